package broadsheet.content;

import broadsheet.store.Database;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Site settings as name/value rows; the base URL comes from configuration, not the store. */
public final class SettingsRepository {
  private final Jdbi jdbi;

  public SettingsRepository(Database database) {
    this.jdbi = database.jdbi();
  }

  public SiteSettings load(String baseUrl) {
    Map<String, String> values = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery("SELECT name, value FROM settings")
                .map((rs, c) -> values.put(rs.getString("name"), rs.getString("value")))
                .list());
    SiteSettings d = SiteSettings.defaults(baseUrl);
    return new SiteSettings(
        values.getOrDefault("name", d.name()),
        values.getOrDefault("tagline", d.tagline()),
        baseUrl,
        values.containsKey("locale") ? Locale.forLanguageTag(values.get("locale")) : d.locale(),
        values.containsKey("time_zone") ? ZoneId.of(values.get("time_zone")) : d.timeZone());
  }

  public void save(String name, String tagline, Locale locale, ZoneId zone) {
    replace(
        Map.of(
            "name",
            name,
            "tagline",
            tagline,
            "locale",
            locale.toLanguageTag(),
            "time_zone",
            zone.getId()));
  }

  /** The settings whose names begin with {@code prefix}, by name. */
  public Map<String, String> startingWith(String prefix) {
    String pattern = prefix.replace("!", "!!").replace("_", "!_").replace("%", "!%") + "%";
    Map<String, String> values = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery("SELECT name, value FROM settings WHERE name LIKE :pattern ESCAPE '!'")
                .bind("pattern", pattern)
                .map((rs, c) -> values.put(rs.getString("name"), rs.getString("value")))
                .list());
    return values;
  }

  /** Sets each named setting to its value, all in one transaction. */
  public void replace(Map<String, String> values) {
    jdbi.useTransaction(
        h -> {
          for (var e : values.entrySet()) {
            h.createUpdate("DELETE FROM settings WHERE name = :name")
                .bind("name", e.getKey())
                .execute();
            h.createUpdate("INSERT INTO settings (name, value) VALUES (:name, :value)")
                .bind("name", e.getKey())
                .bind("value", e.getValue())
                .execute();
          }
        });
  }
}
