import java.sql.DriverManager;

/**
 * Empties a PostgreSQL database for a benchmark that needs a fresh store: its public schema is
 * dropped and created again, so the next start migrates from nothing. Only for databases a
 * benchmark may empty.
 *
 * <p>Usage: java -cp target/lib/* bench/tools/EmptyDatabase.java JDBC_URL
 */
public class EmptyDatabase {
  public static void main(String[] args) throws Exception {
    if (args.length != 1 || !args[0].startsWith("jdbc:postgresql:")) {
      System.err.println("usage: EmptyDatabase jdbc:postgresql://HOST/DB?user=…");
      System.exit(2);
    }
    String password = System.getenv("BROADSHEET_DB_PASSWORD");
    var properties = new java.util.Properties();
    if (password != null) properties.setProperty("password", password);
    try (var connection = DriverManager.getConnection(args[0], properties);
        var statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
      statement.execute("CREATE SCHEMA public");
    }
  }
}
