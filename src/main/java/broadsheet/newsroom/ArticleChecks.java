package broadsheet.newsroom;

import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.Author;
import broadsheet.content.AuthorRepository;
import broadsheet.content.Section;
import broadsheet.content.SectionRepository;
import broadsheet.content.Status;
import broadsheet.search.RelatedPins;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What an article must pass before it is saved, whoever sends it (the editor's form, the Admin
 * API): the byline rule, the form's own checks against the sections and authors there are, the
 * blocking editorial checks for an article that is live or scheduled, the pinned related articles,
 * a schedule time.
 */
final class ArticleChecks {
  private final ArticleRepository articles;
  private final SectionRepository sections;
  private final AuthorRepository authors;
  private final RelatedPins pins;
  private final ArticleReview review;
  private final Supplier<ZoneId> zone;
  private final Clock clock;

  ArticleChecks(
      ArticleRepository articles,
      SectionRepository sections,
      AuthorRepository authors,
      RelatedPins pins,
      ArticleReview review,
      Supplier<ZoneId> zone,
      Clock clock) {
    this.articles = articles;
    this.sections = sections;
    this.authors = authors;
    this.pins = pins;
    this.review = review;
    this.zone = zone;
    this.clock = clock;
  }

  /**
   * The form with the writer's own byline where the rule wants it (article null: a new one).
   * Writers below editor always stand on their own byline, so the article stays theirs; an editor
   * who chose nobody for a new article is the byline too.
   */
  static ArticleForm byline(Account me, Article a, ArticleForm form) {
    boolean own = !me.role().editsEveryone() || (a == null && form.authorIds().isEmpty());
    if (own && me.authorId() != null && !form.hasAuthor(me.authorId())) {
      return form.withAuthorFirst(me.authorId());
    }
    return form;
  }

  /** The form of a stored article, its pinned related articles shown as their addresses. */
  ArticleForm form(Article a) {
    String pinned =
        articles.publishedByIds(pins.of(a.id())).stream()
            .map(Article::path)
            .collect(Collectors.joining(", "));
    return ArticleForm.of(a).withPinned(pinned);
  }

  /** What stops this account saving this form over the article (null: a new one). */
  Map<String, String> problems(Account me, Article a, ArticleForm form) {
    Set<Long> sectionIds = sections.all().stream().map(Section::id).collect(Collectors.toSet());
    Set<Long> authorIds = authors.all().stream().map(Author::id).collect(Collectors.toSet());
    Map<String, String> problems = new LinkedHashMap<>(form.problems(sectionIds, authorIds));
    if (form.authorIds().stream().anyMatch(id -> !Permissions.mayCredit(me, a, id))) {
      problems.putIfAbsent("authors", "Only an editor can put a colleague on the byline.");
    }
    if (a != null && (a.isPublished() || a.status() == Status.SCHEDULED)) {
      // What would stop publishing stops a save that puts it on the site, now or on schedule.
      review.blockers(form, a).forEach(problems::putIfAbsent);
    }
    return problems;
  }

  /** The ids of the pinned articles, or null after noting which address leads nowhere. */
  List<Long> pinnedIds(ArticleForm form, Map<String, String> problems) {
    List<Long> ids = new ArrayList<>();
    for (String slug : form.pinnedSlugs()) {
      var pinned = articles.findBySlug(slug).filter(Article::isPublished);
      if (pinned.isEmpty()) {
        problems.put("pinned", "No published article at …/" + slug + ".");
        return null;
      }
      ids.add(pinned.get().id());
    }
    return ids;
  }

  /** The form's local date and time in the paper's zone, if it is ahead; else null, noted. */
  Instant scheduleTime(String text, Map<String, String> problem) {
    try {
      return future(
          LocalDateTime.parse(text == null ? "" : text).atZone(zone.get()).toInstant(), problem);
    } catch (DateTimeParseException e) {
      problem.put("publish_at", "Give a date and time, e.g. 2026-12-01T07:00.");
      return null;
    }
  }

  /** The time if it is ahead; else null, noted. */
  Instant future(Instant when, Map<String, String> problem) {
    if (!when.isAfter(clock.instant())) {
      problem.put("publish_at", "Choose a time in the future.");
      return null;
    }
    return when;
  }
}
