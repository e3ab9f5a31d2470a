package broadsheet.content;

/** The site settings in force, read once the base URL is known and again when an admin edits. */
public final class CurrentSettings {
  private final SettingsRepository repository;
  private volatile SiteSettings current = SiteSettings.defaults("http://localhost");

  public CurrentSettings(SettingsRepository repository) {
    this.repository = repository;
  }

  public void load(String baseUrl) {
    current = repository.load(baseUrl);
  }

  public SiteSettings get() {
    return current;
  }
}
