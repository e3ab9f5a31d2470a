package broadsheet.content;

/** The site settings in force, read once the base URL is known and again when an admin edits. */
public final class CurrentSettings {
  private final SettingsRepository repository;
  private volatile SiteSettings current = SiteSettings.defaults("http://localhost");
  private volatile String baseUrl = "http://localhost";

  public CurrentSettings(SettingsRepository repository) {
    this.repository = repository;
  }

  public void load(String baseUrl) {
    this.baseUrl = baseUrl;
    current = repository.load(baseUrl);
  }

  /** Reads the settings again, after a change (on any node). */
  public void reload() {
    current = repository.load(baseUrl);
  }

  public SiteSettings get() {
    return current;
  }
}
