package broadsheet.site;

import broadsheet.content.Article;
import broadsheet.content.Author;
import broadsheet.content.SiteSettings;
import broadsheet.web.Dates;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org JSON-LD for article pages, as search engines read news. Every object is written with
 * its members in the order given here, so each node renders the same bytes (and ETag) for a page:
 * {@code Map.of} iterates in an order drawn afresh by each JVM.
 */
final class StructuredData {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StructuredData() {}

  static String newsArticle(
      Article a, SiteSettings site, String canonical, String imageUrl, String logoUrl) {
    Map<String, Object> ld = object("@context", "https://schema.org", "@type", "NewsArticle");
    ld.put("headline", a.headline());
    if (!a.standfirst().isBlank()) {
      ld.put("description", a.standfirst());
    }
    ld.put("datePublished", Dates.iso(a.publishedAt(), a.timeZone()));
    ld.put("dateModified", Dates.iso(a.modifiedAt(), a.timeZone()));
    ld.put("inLanguage", site.language());
    ld.put("articleSection", a.section().name());
    if (!a.tags().isEmpty()) {
      ld.put("keywords", a.tags().stream().map(t -> t.name()).toList());
    }
    ld.put("author", a.authors().stream().map(au -> person(au, site)).toList());
    ld.put(
        "publisher",
        object(
            "@type", "NewsMediaOrganization",
            "name", site.name(),
            "url", site.absolute("/"),
            "logo", object("@type", "ImageObject", "url", logoUrl)));
    ld.put("image", List.of(imageUrl));
    ld.put("mainEntityOfPage", object("@type", "WebPage", "@id", canonical));
    ld.put("url", canonical);
    try {
      return JSON.writeValueAsString(ld);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> person(Author author, SiteSettings site) {
    return object("@type", "Person", "name", author.name(), "url", site.absolute(author.path()));
  }

  /** A JSON object of these names and values, written in this order. */
  private static Map<String, Object> object(Object... namesAndValues) {
    Map<String, Object> members = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      members.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return members;
  }
}
