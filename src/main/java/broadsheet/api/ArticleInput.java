package broadsheet.api;

import broadsheet.newsroom.ArticleForm;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON an article is created or updated from, laid over the editor's form: a field that is sent
 * replaces the form's, one that is not keeps it (for a new article, the empty form). The form is
 * then checked exactly as the editor's is; its problems are named by the JSON field they came from.
 */
final class ArticleInput {
  static final Set<String> FIELDS =
      Set.of(
          "headline",
          "slug",
          "standfirst",
          "body",
          "section_id",
          "tags",
          "author_ids",
          "image",
          "seo_title",
          "seo_description",
          "canonical_url",
          "related");
  private static final Set<String> IMAGE = Set.of("url", "alt", "caption", "credit");

  /** The form's field names where the JSON's differ. */
  private static final Map<String, String> FIELD_NAMES =
      Map.of(
          "section", "section_id",
          "authors", "author_ids",
          "image_url", "image.url",
          "image_alt", "image.alt",
          "pinned", "related",
          "parent", "parent_id");

  private ArticleInput() {}

  static ArticleForm empty() {
    return new ArticleForm("", "", "", "", "", "", List.of(), "", "", "", "", "", "", "", "");
  }

  /** The JSON field a problem of the editor's form is about. */
  static String field(String formField) {
    return FIELD_NAMES.getOrDefault(formField, formField);
  }

  static ArticleForm over(ArticleForm base, JsonInput in) {
    in.only(FIELDS);
    Long section = in.integer("section_id");
    List<String> tags = in.strings("tags");
    if (tags != null) {
      for (int i = 0; i < tags.size(); i++) {
        if (tags.get(i).contains(",")) {
          throw ApiProblem.unprocessable("tags[" + i + "]", "A tag cannot hold a comma.");
        }
      }
    }
    List<Long> authors = in.integers("author_ids");
    String related = related(in.strings("related"));
    String[] image = {base.imageUrl(), base.imageAlt(), base.imageCaption(), base.imageCredit()};
    if (in.isNull("image")) {
      image = new String[] {"", "", "", ""};
    } else if (in.has("image")) {
      JsonInput i = in.object("image").only(IMAGE);
      image =
          new String[] {
            or(line(i.string("url", false)), image[0]),
            or(line(i.string("alt", false)), image[1]),
            or(line(i.string("caption", false)), image[2]),
            or(line(i.string("credit", false)), image[3])
          };
    }
    return new ArticleForm(
        or(line(in.string("headline", false)), base.headline()),
        or(line(in.string("slug", false)), base.slug()),
        or(line(in.string("standfirst", false)), base.standfirst()),
        or(body(in.string("body", true)), base.body()),
        section == null ? base.sectionId() : String.valueOf(section),
        tags == null ? base.tags() : String.join(", ", tags),
        authors == null ? base.authorIds() : authors.stream().distinct().toList(),
        image[0],
        image[1],
        image[2],
        image[3],
        or(line(in.string("seo_title", false)), base.seoTitle()),
        or(line(in.string("seo_description", false)), base.seoDescription()),
        or(line(in.string("canonical_url", false)), base.canonicalUrl()),
        or(related, base.pinned()));
  }

  private static String related(List<String> addresses) {
    if (addresses == null) {
      return null;
    }
    if (addresses.size() > 5) {
      throw ApiProblem.unprocessable("related", "Pin at most five articles.");
    }
    return String.join(", ", addresses);
  }

  /** As the editor's form takes a one-line field: without the spaces around it. */
  private static String line(String value) {
    return value == null ? null : value.strip();
  }

  private static String body(String value) {
    return value == null ? null : value.replace("\r\n", "\n");
  }

  private static String or(String value, String otherwise) {
    return value == null ? otherwise : value;
  }
}
