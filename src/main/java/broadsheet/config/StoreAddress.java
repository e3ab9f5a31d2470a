package broadsheet.config;

import java.util.regex.Pattern;

/**
 * How a store's address is shown to people. Every message, log line and help text that names a
 * store goes through {@link #redact}, so a password given in the URL is never printed.
 */
public final class StoreAddress {
  // A parameter whose name ends in "password" (password=, sslpassword=), wherever it stands.
  private static final Pattern PARAMETER =
      Pattern.compile("(?i)((?:^|[?&;\\s])[\\w.-]*password=)[^&;\\s]*");
  // The password of user:password@host.
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]*):[^@/\\s]*@");

  private StoreAddress() {}

  /** {@code text} with every password in it (a URL's, or a message naming one) replaced by ***. */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    String hidden = PARAMETER.matcher(text).replaceAll("$1***");
    return USER_INFO.matcher(hidden).replaceAll("$1:***@");
  }

  /**
   * The store named for a person: "database NAME on HOST:PORT" for PostgreSQL, the file for SQLite;
   * no user, password or other parameter.
   */
  public static String describe(String url) {
    String rest = url.startsWith("jdbc:") ? url.substring(5) : url;
    if (rest.startsWith("sqlite:")) {
      return "the SQLite store " + rest.substring("sqlite:".length());
    }
    if (!rest.startsWith("postgresql:")) {
      return redact(url);
    }
    rest = rest.substring("postgresql:".length());
    int query = rest.indexOf('?');
    String path = query < 0 ? rest : rest.substring(0, query);
    String host = "localhost:5432";
    if (path.startsWith("//")) {
      int slash = path.indexOf('/', 2);
      host = path.substring(2, slash < 0 ? path.length() : slash);
      host = host.substring(host.lastIndexOf('@') + 1);
      if (!host.contains(":") && !host.contains("]")) {
        host = host + ":5432";
      }
      path = slash < 0 ? "" : path.substring(slash + 1);
    }
    String database = path.startsWith("/") ? path.substring(1) : path;
    return "database " + (database.isEmpty() ? "(the user's own)" : database) + " on " + host;
  }
}
