package broadsheet.checks;

import broadsheet.content.SettingsRepository;
import broadsheet.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * The site as the rules see it, read from the store: the paper's style (settings named {@code
 * style_…}, one small read each time, so a change shows on every node at once), the names its
 * headlines write with an apostrophe and the old WordPress hosts (read again when a minute has
 * passed, so a save in the newsroom costs no scan of every headline).
 */
public final class SiteViews implements Supplier<SiteView> {
  private static final Duration FRESH = Duration.ofMinutes(1);

  private final Jdbi jdbi;
  private final SettingsRepository settings;
  private final String previewHost;
  private final Supplier<Set<String>> oldHosts;
  private final Clock clock;
  private SiteView view;
  private Instant readAt = Instant.MIN;

  /**
   * @param oldHosts the hosts of the WordPress sites imported into this store
   */
  public SiteViews(
      Database database, String previewHost, Supplier<Set<String>> oldHosts, Clock clock) {
    this.jdbi = database.jdbi();
    this.settings = new SettingsRepository(database);
    this.previewHost = previewHost;
    this.oldHosts = oldHosts;
    this.clock = clock;
  }

  @Override
  public synchronized SiteView get() {
    Instant now = clock.instant();
    if (view == null || readAt.plus(FRESH).isBefore(now)) {
      view = new SiteView(style(), previewHost, oldHosts.get(), possessives(), now);
      readAt = now;
      return view;
    }
    return new SiteView(style(), previewHost, view.oldHosts(), view.possessives(), now);
  }

  /** The paper's style as stored, defaults for what is not. */
  public Style style() {
    Map<String, String> values = settings.startingWith("style_");
    Style d = Style.DEFAULT;
    return new Style(
        values.containsKey("style_quotes")
            ? !"straight".equals(values.get("style_quotes"))
            : d.curlyQuotes(),
        number(values.get("style_headline_chars"), d.headlineChars()),
        number(values.get("style_headline_width"), d.headlineWidth()));
  }

  /** Stores the paper's style; the next check reads it. */
  public void save(Style style) {
    settings.replace(
        Map.of(
            "style_quotes", style.curlyQuotes() ? "curly" : "straight",
            "style_headline_chars", String.valueOf(style.headlineChars()),
            "style_headline_width", String.valueOf(style.headlineWidth())));
  }

  private Set<String> possessives() {
    Set<String> names = new HashSet<>();
    jdbi.useHandle(
        h ->
            h.createQuery("SELECT headline FROM articles")
                .mapTo(String.class)
                .useStream(
                    headlines ->
                        headlines.forEach(
                            headline ->
                                LostApostrophe.possessives(
                                    headline == null ? "" : headline, names))));
    return names;
  }

  private static int number(String text, int fallback) {
    return text != null && text.matches("[0-9]{1,5}") ? Integer.parseInt(text) : fallback;
  }
}
