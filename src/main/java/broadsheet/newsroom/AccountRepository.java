package broadsheet.newsroom;

import broadsheet.content.Names;
import broadsheet.store.Database;
import broadsheet.store.Instants;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Staff accounts. */
public final class AccountRepository {
  private static final String SELECT =
      "SELECT a.id, a.email, a.name, a.role, a.disabled, a.author_id, au.slug AS author_slug"
          + " FROM accounts a LEFT JOIN authors au ON au.id = a.author_id";

  private final Jdbi jdbi;

  public AccountRepository(Database database) {
    this.jdbi = database.jdbi();
  }

  public Optional<Account> findById(long id) {
    return jdbi.withHandle(
        h -> h.createQuery(SELECT + " WHERE a.id = :id").bind("id", id).map(this::map).findOne());
  }

  /** The limits of the accounts table (VARCHAR(n); PostgreSQL refuses more, SQLite would not). */
  public static final int EMAIL_LIMIT = 320;

  /** As an author's name (VARCHAR(250)): an imported writer's account takes their name whole. */
  public static final int NAME_LIMIT = 250;

  /**
   * Whether an account could have this email at all: no longer than the column, and no NUL, which
   * PostgreSQL cannot hold in text. Anything else is not looked up, so both stores answer alike.
   */
  static boolean possibleEmail(String email) {
    return email != null && email.length() <= EMAIL_LIMIT && email.indexOf('\0') < 0;
  }

  public Optional<Account> findByEmail(String email) {
    if (!possibleEmail(email)) {
      return Optional.empty();
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT + " WHERE a.email = :email")
                .bind("email", normalise(email))
                .map(this::map)
                .findOne());
  }

  public List<Account> all() {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT).map(this::map).list().stream()
                .sorted(
                    Comparator.comparing(Account::name, Names.ORDER).thenComparingLong(Account::id))
                .toList());
  }

  public boolean anyAdmin() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM accounts WHERE role = 'admin' AND disabled = 0")
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  public String passwordHash(long id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT password_hash FROM accounts WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne()
                .orElse(null));
  }

  public long insert(String email, String name, Role role, String passwordHash, Long authorId) {
    return jdbi.withHandle(h -> insert(h, email, name, role, passwordHash, authorId, false));
  }

  /**
   * Creates an account inside the caller's transaction; an imported writer's account starts
   * disabled and without a password, until an admin lets them in.
   */
  public long insert(
      Handle h,
      String email,
      String name,
      Role role,
      String passwordHash,
      Long authorId,
      boolean disabled) {
    return h.createUpdate(
            "INSERT INTO accounts (email, name, role, password_hash, author_id, disabled,"
                + " created_at) VALUES (:email, :name, :role, :hash, :author, :disabled, :at)")
        .bind("email", normalise(email))
        .bind("name", name.strip())
        .bind("role", role.code())
        .bind("hash", passwordHash)
        .bind("author", authorId)
        .bind("disabled", disabled ? 1 : 0)
        .bind("at", Instants.format(Instant.now()))
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  public boolean emailTaken(Handle h, String email) {
    return h.createQuery("SELECT COUNT(*) FROM accounts WHERE email = :email")
            .bind("email", normalise(email))
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  public void setPassword(long id, String passwordHash) {
    jdbi.useHandle(
        h ->
            h.createUpdate("UPDATE accounts SET password_hash = :hash WHERE id = :id")
                .bind("hash", passwordHash)
                .bind("id", id)
                .execute());
  }

  public void update(long id, Role role, boolean disabled) {
    jdbi.useHandle(
        h ->
            h.createUpdate("UPDATE accounts SET role = :role, disabled = :disabled WHERE id = :id")
                .bind("role", role.code())
                .bind("disabled", disabled ? 1 : 0)
                .bind("id", id)
                .execute());
  }

  static String normalise(String email) {
    return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
  }

  private Account map(java.sql.ResultSet rs, StatementContext ctx) throws java.sql.SQLException {
    long author = rs.getLong("author_id");
    Long authorId = rs.wasNull() ? null : author;
    return new Account(
        rs.getLong("id"),
        rs.getString("email"),
        rs.getString("name"),
        Role.of(rs.getString("role")),
        rs.getInt("disabled") != 0,
        authorId,
        rs.getString("author_slug"));
  }
}
