package broadsheet.search;

import java.util.SplittableRandom;

/**
 * The leading right singular vectors of a sparse matrix, by the randomized range finder of Halko,
 * Martinsson and Tropp with power iterations: a few passes over the matrix's entries, then an exact
 * eigen-decomposition of a small square matrix. A fixed seed makes it deterministic: the same
 * matrix always gives the same vectors.
 */
final class RandomizedSvd {
  /** Extra directions sampled beyond those kept; they make the leading ones accurate. */
  private static final int OVERSAMPLE = 10;

  /** Power iterations: each sharpens the gap between strong and weak directions. */
  private static final int POWER = 2;

  private RandomizedSvd() {}

  /** A sparse matrix by rows: row {@code i} holds columns {@code cols[i]} with {@code vals[i]}. */
  record Sparse(int columns, int[][] cols, float[][] vals) {
    int rows() {
      return cols.length;
    }

    /** this × m, where m has a row per column of this. */
    double[][] times(double[][] m) {
      int width = m[0].length;
      double[][] out = new double[rows()][width];
      for (int i = 0; i < rows(); i++) {
        double[] o = out[i];
        for (int e = 0; e < cols[i].length; e++) {
          double v = vals[i][e];
          double[] r = m[cols[i][e]];
          for (int c = 0; c < width; c++) {
            o[c] += v * r[c];
          }
        }
      }
      return out;
    }

    /** this transposed × m, where m has a row per row of this. */
    double[][] transposeTimes(double[][] m) {
      int width = m[0].length;
      double[][] out = new double[columns][width];
      for (int i = 0; i < rows(); i++) {
        double[] r = m[i];
        for (int e = 0; e < cols[i].length; e++) {
          double v = vals[i][e];
          double[] o = out[cols[i][e]];
          for (int c = 0; c < width; c++) {
            o[c] += v * r[c];
          }
        }
      }
      return out;
    }
  }

  /**
   * The first {@code k} right singular vectors of {@code a}, strongest first, as one row of length
   * k per column of {@code a} (orthonormal columns). Fewer when the matrix is smaller than k.
   */
  static double[][] rightVectors(Sparse a, int k, long seed) {
    int width = Math.min(k + OVERSAMPLE, Math.min(a.rows(), a.columns()));
    int keep = Math.min(k, width);
    if (width == 0) {
      return new double[a.columns()][0];
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[][] omega = new double[a.columns()][width];
    for (double[] row : omega) {
      for (int c = 0; c < width; c++) {
        row[c] = random.nextDouble(-1, 1);
      }
    }
    double[][] q = orthonormalise(a.times(omega));
    for (int i = 0; i < POWER; i++) {
      q = orthonormalise(a.times(orthonormalise(a.transposeTimes(q))));
    }
    // a ≈ q qᵀ a; with bt = aᵀ q, the right vectors of a are bt's left ones: bt w / σ, where
    // btᵀ bt = w σ² wᵀ.
    double[][] bt = a.transposeTimes(q);
    double[][] gram = new double[width][width];
    for (double[] row : bt) {
      for (int x = 0; x < width; x++) {
        for (int y = 0; y < width; y++) {
          gram[x][y] += row[x] * row[y];
        }
      }
    }
    Eigen eigen = Eigen.of(gram);
    double[][] v = new double[a.columns()][keep];
    for (int c = 0; c < keep; c++) {
      int e = eigen.order()[c];
      double sigma = Math.sqrt(Math.max(eigen.values()[e], 0));
      if (sigma < 1e-12) {
        continue;
      }
      for (int t = 0; t < a.columns(); t++) {
        double s = 0;
        for (int x = 0; x < width; x++) {
          s += bt[t][x] * eigen.vectors()[x][e];
        }
        v[t][c] = s / sigma;
      }
    }
    return v;
  }

  /** Orthonormal columns spanning those of m (modified Gram-Schmidt), in place. */
  static double[][] orthonormalise(double[][] m) {
    int width = m[0].length;
    for (int c = 0; c < width; c++) {
      for (int p = 0; p < c; p++) {
        double dot = 0;
        for (double[] row : m) {
          dot += row[c] * row[p];
        }
        for (double[] row : m) {
          row[c] -= dot * row[p];
        }
      }
      double norm = 0;
      for (double[] row : m) {
        norm += row[c] * row[c];
      }
      double length = Math.sqrt(norm);
      for (double[] row : m) {
        row[c] = length > 1e-12 ? row[c] / length : 0;
      }
    }
    return m;
  }

  /** Eigenvalues and vectors (as columns) of a small symmetric matrix; order: largest first. */
  record Eigen(double[] values, double[][] vectors, int[] order) {
    /** By cyclic Jacobi rotations, which converge for any symmetric matrix. */
    static Eigen of(double[][] symmetric) {
      int n = symmetric.length;
      double[][] a = new double[n][];
      for (int i = 0; i < n; i++) {
        a[i] = symmetric[i].clone();
      }
      double[][] v = new double[n][n];
      for (int i = 0; i < n; i++) {
        v[i][i] = 1;
      }
      for (int sweep = 0; sweep < 100 && offDiagonal(a) > 1e-22 * (1 + diagonal(a)); sweep++) {
        for (int p = 0; p < n; p++) {
          for (int q = p + 1; q < n; q++) {
            if (Math.abs(a[p][q]) > 1e-300) {
              rotate(a, v, p, q);
            }
          }
        }
      }
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        values[i] = a[i][i];
      }
      int[] order =
          java.util.stream.IntStream.range(0, n)
              .boxed()
              .sorted((x, y) -> Double.compare(values[y], values[x]))
              .mapToInt(Integer::intValue)
              .toArray();
      return new Eigen(values, v, order);
    }

    private static void rotate(double[][] a, double[][] v, int p, int q) {
      int n = a.length;
      double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
      double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      if (theta == 0) {
        t = 1;
      }
      double c = 1 / Math.sqrt(t * t + 1);
      double s = t * c;
      for (int k = 0; k < n; k++) {
        double akp = a[k][p];
        double akq = a[k][q];
        a[k][p] = c * akp - s * akq;
        a[k][q] = s * akp + c * akq;
      }
      for (int k = 0; k < n; k++) {
        double apk = a[p][k];
        double aqk = a[q][k];
        a[p][k] = c * apk - s * aqk;
        a[q][k] = s * apk + c * aqk;
      }
      for (int k = 0; k < n; k++) {
        double vkp = v[k][p];
        double vkq = v[k][q];
        v[k][p] = c * vkp - s * vkq;
        v[k][q] = s * vkp + c * vkq;
      }
    }

    private static double offDiagonal(double[][] a) {
      double s = 0;
      for (int i = 0; i < a.length; i++) {
        for (int j = 0; j < a.length; j++) {
          if (i != j) {
            s += a[i][j] * a[i][j];
          }
        }
      }
      return s;
    }

    private static double diagonal(double[][] a) {
      double s = 0;
      for (int i = 0; i < a.length; i++) {
        s += a[i][i] * a[i][i];
      }
      return s;
    }
  }
}
