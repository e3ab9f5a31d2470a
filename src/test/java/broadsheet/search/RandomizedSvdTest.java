package broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomizedSvdTest {
  /** A sparse matrix of rank three: every row a mix of three random sparse patterns. */
  private static RandomizedSvd.Sparse rankThree(int rows, int columns) {
    SplittableRandom random = new SplittableRandom(3);
    double[][] patterns = new double[3][columns];
    for (double[] p : patterns) {
      for (int c = 0; c < columns; c++) {
        p[c] = random.nextInt(3) == 0 ? random.nextDouble(0.5, 2) : 0;
      }
    }
    int[][] cols = new int[rows][];
    float[][] vals = new float[rows][];
    for (int r = 0; r < rows; r++) {
      double[] row = new double[columns];
      for (double[] p : patterns) {
        double mix = random.nextDouble();
        for (int c = 0; c < columns; c++) {
          row[c] += mix * p[c];
        }
      }
      int n = (int) java.util.Arrays.stream(row).filter(x -> x != 0).count();
      cols[r] = new int[n];
      vals[r] = new float[n];
      for (int c = 0, e = 0; c < columns; c++) {
        if (row[c] != 0) {
          cols[r][e] = c;
          vals[r][e++] = (float) row[c];
        }
      }
    }
    return new RandomizedSvd.Sparse(columns, cols, vals);
  }

  /** aᵀa, computed densely: its eigenvectors are a's right singular vectors. */
  private static double[][] gram(RandomizedSvd.Sparse a) {
    double[][] g = new double[a.columns()][a.columns()];
    for (int r = 0; r < a.rows(); r++) {
      for (int x = 0; x < a.cols()[r].length; x++) {
        for (int y = 0; y < a.cols()[r].length; y++) {
          g[a.cols()[r][x]][a.cols()[r][y]] += (double) a.vals()[r][x] * a.vals()[r][y];
        }
      }
    }
    return g;
  }

  @Test
  void findsTheLeadingRightSingularVectorsOfALowRankMatrix() {
    RandomizedSvd.Sparse a = rankThree(80, 50);
    double[][] v = RandomizedSvd.rightVectors(a, 3, 1);
    RandomizedSvd.Eigen exact = RandomizedSvd.Eigen.of(gram(a));
    for (int c = 0; c < 3; c++) {
      double dot = 0;
      for (int t = 0; t < a.columns(); t++) {
        dot += v[t][c] * exact.vectors()[t][exact.order()[c]];
      }
      // The same direction, up to its sign.
      assertThat(Math.abs(dot)).as("vector %d", c).isCloseTo(1, within(1e-6));
    }
  }

  @Test
  void theVectorsAreOrthonormalAndTheSameEveryTime() {
    RandomizedSvd.Sparse a = rankThree(60, 40);
    double[][] v = RandomizedSvd.rightVectors(a, 8, 7);
    for (int x = 0; x < 3; x++) {
      for (int y = 0; y < 3; y++) {
        double dot = 0;
        for (double[] row : v) {
          dot += row[x] * row[y];
        }
        assertThat(dot).isCloseTo(x == y ? 1 : 0, within(1e-9));
      }
    }
    assertThat(RandomizedSvd.rightVectors(a, 8, 7)).isDeepEqualTo(v);
  }

  @Test
  void theEigenDecompositionRebuildsTheMatrix() {
    double[][] m = {{4, 1, 2}, {1, 3, 0}, {2, 0, 5}};
    RandomizedSvd.Eigen e = RandomizedSvd.Eigen.of(m);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        double s = 0;
        for (int k = 0; k < 3; k++) {
          s += e.vectors()[i][k] * e.values()[k] * e.vectors()[j][k];
        }
        assertThat(s).isCloseTo(m[i][j], within(1e-9));
      }
    }
    assertThat(e.values()[e.order()[0]]).isGreaterThan(e.values()[e.order()[2]]);
  }

  @Test
  void anEmptyMatrixHasNoVectors() {
    var empty = new RandomizedSvd.Sparse(0, new int[0][], new float[0][]);
    assertThat(RandomizedSvd.rightVectors(empty, 30, 1)).isEmpty();
  }
}
