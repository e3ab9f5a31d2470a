package broadsheet.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The picture at the top of an article. Alt text is required to publish; credit is owed. */
public record FeaturedImage(String url, String alt, String caption, String credit) {
  private static final Pattern VARIANT =
      Pattern.compile("(/media/[0-9a-f]{64})-([0-9]{3,4})\\.(jpg|png)");
  private static final int[] WIDTHS = {400, 800, 1600};

  /**
   * For an uploaded image (named by hash and width), the srcset of its resized variants up to the
   * width used; null for other images, which have only the one size.
   */
  public String srcset() {
    Matcher m = VARIANT.matcher(url == null ? "" : url);
    if (!m.matches()) {
      return null;
    }
    int largest = Integer.parseInt(m.group(2));
    StringBuilder out = new StringBuilder();
    for (int w : WIDTHS) {
      if (w <= largest) {
        out.append(out.isEmpty() ? "" : ", ")
            .append(m.group(1))
            .append('-')
            .append(w)
            .append('.')
            .append(m.group(3))
            .append(' ')
            .append(w)
            .append('w');
      }
    }
    return out.toString();
  }
}
