package broadsheet.hostile;

import broadsheet.hostile.Vectors.Vector;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A WordPress export (WXR) that carries the corpus in every field the import reads: post and page
 * titles, contents and excerpts, categories and tags (in the channel and on posts), authors'
 * display names, and comments (which the import counts and leaves). XML 1.1, so that control
 * characters can be written as character references, as WordPress writes them.
 */
final class CorpusWxr {
  /** The fields of an export a vector goes through. */
  static final List<String> FIELDS =
      List.of(
          "post title",
          "post content",
          "post excerpt",
          "page title",
          "page content",
          "category name",
          "category description",
          "tag name",
          "author display name",
          "comment");

  private CorpusWxr() {}

  /** Whether XML can hold the vector at all: no NUL, no half surrogate, no U+FFFE/U+FFFF. */
  static boolean fits(Vector v) {
    if (v.isBytes()) {
      return false;
    }
    String s = v.text();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0 || c == 0xFFFE || c == 0xFFFF) {
        return false;
      }
      if (Character.isHighSurrogate(c)
          && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
        return false;
      }
      if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
        return false;
      }
    }
    return true;
  }

  /** An export of one post, one page, one author, category and tag per group of vectors. */
  static byte[] of(List<List<Vector>> groups) {
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.1\" encoding=\"UTF-8\"?>\n")
        .append("<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\"")
        .append(" xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\"")
        .append(" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"")
        .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n")
        .append("<title>Hostile corpus</title><link>https://old.example</link>")
        .append("<wp:wxr_version>1.2</wp:wxr_version>")
        .append("<wp:base_site_url>https://old.example</wp:base_site_url>\n");
    for (int g = 0; g < groups.size(); g++) {
      String joined = xml(join(groups.get(g), " "));
      x.append("<wp:author><wp:author_id>")
          .append(900 + g)
          .append("</wp:author_id><wp:author_login>corpus-writer-")
          .append(g)
          .append("</wp:author_login><wp:author_email>writer")
          .append(g)
          .append("@old.example</wp:author_email><wp:author_display_name>")
          .append(joined)
          .append("</wp:author_display_name></wp:author>\n");
      x.append("<wp:category><wp:term_id>")
          .append(1000 + g)
          .append("</wp:term_id><wp:category_nicename>corpus-category-")
          .append(g)
          .append("</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name>")
          .append(joined)
          .append("</wp:cat_name><wp:category_description>")
          .append(joined)
          .append("</wp:category_description></wp:category>\n");
      x.append("<wp:tag><wp:term_id>")
          .append(2000 + g)
          .append("</wp:term_id><wp:tag_slug>corpus-tag-")
          .append(g)
          .append("</wp:tag_slug><wp:tag_name>")
          .append(joined)
          .append("</wp:tag_name></wp:tag>\n");
    }
    for (int g = 0; g < groups.size(); g++) {
      List<Vector> group = groups.get(g);
      String joined = xml(join(group, " "));
      String paragraphs = xml(join(group, "\n\n"));
      String day = String.format("2026-11-%02d 08:%02d:00", 1 + g % 28, g % 60);
      x.append("<item><title>")
          .append(joined)
          .append("</title><dc:creator>corpus-writer-")
          .append(g)
          .append("</dc:creator><content:encoded>")
          .append(paragraphs)
          .append("</content:encoded><excerpt:encoded>")
          .append(joined)
          .append("</excerpt:encoded><wp:post_id>")
          .append(5000 + g)
          .append("</wp:post_id><wp:post_date>")
          .append(day)
          .append("</wp:post_date><wp:post_date_gmt>")
          .append(day)
          .append("</wp:post_date_gmt><wp:post_name>corpus-post-")
          .append(g)
          .append("</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>")
          .append("<category domain=\"category\" nicename=\"corpus-category-")
          .append(g)
          .append("\">")
          .append(joined)
          .append("</category><category domain=\"post_tag\" nicename=\"corpus-tag-")
          .append(g)
          .append("\">")
          .append(joined)
          .append("</category><wp:comment><wp:comment_id>")
          .append(7000 + g)
          .append("</wp:comment_id><wp:comment_author>")
          .append(joined)
          .append("</wp:comment_author><wp:comment_content>")
          .append(paragraphs)
          .append("</wp:comment_content><wp:comment_approved>1</wp:comment_approved></wp:comment>")
          .append("</item>\n");
      x.append("<item><title>")
          .append(joined)
          .append("</title><dc:creator>corpus-writer-")
          .append(g)
          .append("</dc:creator><content:encoded>")
          .append(paragraphs)
          .append("</content:encoded><wp:post_id>")
          .append(6000 + g)
          .append("</wp:post_id><wp:post_date>")
          .append(day)
          .append("</wp:post_date><wp:post_name>corpus-page-")
          .append(g)
          .append("</wp:post_name><wp:status>publish</wp:status><wp:post_type>page</wp:post_type>")
          .append("</item>\n");
    }
    x.append("</channel>\n</rss>\n");
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** An export whose one post title is this vector's bytes as they are: no XML can hold it. */
  static byte[] unfit(Vector v) {
    String head =
        "<?xml version=\"1.1\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
            + " xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><title>Unfit</title>"
            + "<wp:wxr_version>1.2</wp:wxr_version><item><title>";
    String tail =
        "</title><wp:post_id>8001</wp:post_id><wp:post_type>post</wp:post_type>"
            + "<wp:status>publish</wp:status><wp:post_name>unfit</wp:post_name></item>"
            + "</channel></rss>\n";
    byte[] value = v.isBytes() ? v.bytes() : reference(v.text());
    byte[] a = head.getBytes(StandardCharsets.UTF_8);
    byte[] b = tail.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[a.length + value.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(value, 0, all, a.length, value.length);
    System.arraycopy(b, 0, all, a.length + value.length, b.length);
    return all;
  }

  /** Text with what XML cannot hold written as character references (which it then refuses). */
  private static byte[] reference(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0 || Character.isSurrogate(c) || c >= 0xFFFE) {
        out.append("&#x").append(Integer.toHexString(c)).append(';');
      } else {
        out.append(xml(String.valueOf(c)));
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String join(List<Vector> group, String separator) {
    return group.stream().map(Vector::text).collect(Collectors.joining(separator));
  }

  /** XML 1.1 text: markup escaped; controls, C1, CR and line separators as references. */
  private static String xml(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F || c == 0x2028) {
            out.append("&#x").append(Integer.toHexString(c)).append(';');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
