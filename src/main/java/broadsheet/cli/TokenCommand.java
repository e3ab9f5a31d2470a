package broadsheet.cli;

import broadsheet.newsroom.AccessTokens;
import broadsheet.newsroom.Account;
import broadsheet.newsroom.AccountRepository;
import broadsheet.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `broadsheet token create|list|revoke`: personal access tokens for the Admin API. */
@Command(
    name = "token",
    description = "Manage personal access tokens for the Admin API.",
    subcommands = {
      TokenCommand.Create.class,
      TokenCommand.ListTokens.class,
      TokenCommand.Revoke.class
    })
final class TokenCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    CommandLine.usage(this, System.out);
    return 2;
  }

  /** What a subcommand does with the store and the account its --email names. */
  private interface AccountWork {
    int run(Database database, Account account);
  }

  /** Runs the work on the account of this email, or says on stderr that there is none (1). */
  private static int withAccount(StoreOptions store, String email, AccountWork work)
      throws java.io.IOException {
    try (Database database = store.open()) {
      var account = new AccountRepository(database).findByEmail(email);
      if (account.isEmpty()) {
        System.err.println("broadsheet: no account has the email " + email);
        return 1;
      }
      return work.run(database, account.get());
    }
  }

  @Command(
      name = "create",
      description =
          "Make a token that acts as the account, with its role. Prints the token once on"
              + " standard output; only its digest is stored.")
  static final class Create implements Callable<Integer> {
    @Option(names = "--email", required = true, description = "The account's email address.")
    String email;

    @Option(names = "--name", required = true, description = "What will use the token.")
    String name;

    @Option(
        names = "--expires",
        paramLabel = "DAYS",
        description = "Days until the token expires (default: never).")
    Integer days;

    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() throws Exception {
      String problem = AccessTokens.labelProblem(name);
      if (problem == null) {
        problem = AccessTokens.daysProblem(days);
      }
      if (problem != null) {
        System.err.println("broadsheet: " + problem);
        return 2;
      }
      return withAccount(
          store,
          email,
          (database, account) -> {
            if (account.disabled()) {
              System.err.println("broadsheet: the account " + email + " is disabled");
              return 1;
            }
            var tokens = new AccessTokens(database, Clock.systemUTC());
            System.out.println(tokens.issue(account.id(), name, days).secret());
            return 0;
          });
    }
  }

  @Command(name = "list", description = "List an account's tokens (never their secrets).")
  static final class ListTokens implements Callable<Integer> {
    @Option(names = "--email", required = true, description = "The account's email address.")
    String email;

    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() throws Exception {
      return withAccount(store, email, (database, account) -> list(database, account));
    }

    private static int list(Database database, Account account) {
      Instant now = Instant.now();
      for (var t : new AccessTokens(database, Clock.systemUTC()).of(account.id())) {
        String state = t.revoked() ? "revoked" : t.live(now) ? "live" : "expired";
        System.out.printf(
            "%d\t%s\t%s\tcreated %s\tlast used %s\texpires %s%n",
            t.id(),
            state,
            t.label(),
            t.createdAt(),
            t.lastUsedAt() == null ? "never" : t.lastUsedAt(),
            t.expiresAt() == null ? "never" : t.expiresAt());
      }
      return 0;
    }
  }

  @Command(name = "revoke", description = "Revoke one of an account's tokens by its id.")
  static final class Revoke implements Callable<Integer> {
    @Option(names = "--email", required = true, description = "The account's email address.")
    String email;

    @Option(names = "--id", required = true, description = "The token's id, as listed.")
    long id;

    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() throws Exception {
      return withAccount(
          store,
          email,
          (database, account) -> {
            if (!new AccessTokens(database, Clock.systemUTC()).revoke(account.id(), id)) {
              System.err.println("broadsheet: " + email + " has no token " + id);
              return 1;
            }
            System.out.println("Revoked token " + id + ".");
            return 0;
          });
    }
  }
}
