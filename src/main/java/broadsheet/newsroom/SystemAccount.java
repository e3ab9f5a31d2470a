package broadsheet.newsroom;

import broadsheet.store.Database;

/**
 * The account that tools write under (the repairs of {@code broadsheet check --fix}), so their
 * revisions show in an article's history by name. It has no password and is disabled: nobody signs
 * in as it.
 */
public final class SystemAccount {
  static final String EMAIL = "editorial-checks@system.invalid";
  static final String NAME = "Editorial checks (automatic repair)";

  private SystemAccount() {}

  /** The tools' account, made on first use. */
  public static Account of(Database database) {
    var accounts = new AccountRepository(database);
    return accounts
        .findByEmail(EMAIL)
        .orElseGet(
            () -> {
              long id =
                  database
                      .jdbi()
                      .inTransaction(
                          h -> accounts.insert(h, EMAIL, NAME, Role.EDITOR, null, null, true));
              return accounts.findById(id).orElseThrow();
            });
  }
}
