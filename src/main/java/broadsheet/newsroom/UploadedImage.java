package broadsheet.newsroom;

import java.time.Instant;

/** An image uploaded to the newsroom, stored by the hash of its bytes. */
public record UploadedImage(
    String hash, String format, int width, int height, long bytes, Instant uploadedAt, String alt) {

  /** The variant widths made for it: never wider than the original. */
  public int[] widths() {
    return java.util.Arrays.stream(ImageStore.WIDTHS).filter(w -> w <= width).toArray();
  }

  public int largest() {
    int[] w = widths();
    return w.length == 0 ? width : w[w.length - 1];
  }

  public String variantExtension() {
    return ImageStore.variantExtension(format);
  }

  /** The names of its stored files: the original, then each variant. */
  public java.util.List<String> files() {
    var names = new java.util.ArrayList<String>();
    names.add(hash + "." + format);
    for (int w : widths()) {
      names.add(hash + "-" + w + "." + variantExtension());
    }
    return names;
  }

  /**
   * The URL articles use: the largest variant (srcset offers the others), or the original for an
   * image narrower than every variant.
   */
  public String url() {
    return widths().length == 0
        ? "/media/" + hash + "." + format
        : "/media/" + hash + "-" + largest() + "." + variantExtension();
  }

  /** The smallest picture of it there is, for the newsroom's lists. */
  public String thumbnail() {
    int[] w = widths();
    return w.length == 0 ? url() : "/media/" + hash + "-" + w[0] + "." + variantExtension();
  }
}
