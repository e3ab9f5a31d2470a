package broadsheet.cli;

import broadsheet.content.AuthorRepository;
import broadsheet.newsroom.AccountRepository;
import broadsheet.newsroom.Accounts;
import broadsheet.store.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `broadsheet user add`: staff accounts from the command line. */
@Command(
    name = "user",
    description = "Manage newsroom accounts.",
    subcommands = UserCommand.Add.class)
final class UserCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    CommandLine.usage(this, System.out);
    return 2;
  }

  @Command(
      name = "add",
      description =
          "Add an account. The password is read from standard input, or generated and printed once.")
  static final class Add implements Callable<Integer> {
    @Option(names = "--email", required = true, description = "Sign-in email address.")
    String email;

    @Option(names = "--name", required = true, description = "Name as it appears in bylines.")
    String name;

    @Option(
        names = "--role",
        required = true,
        description = "admin, editor, author or contributor.")
    String role;

    @picocli.CommandLine.Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() throws Exception {
      String password = System.console() == null ? readStdin() : null;
      try (Database database = store.open()) {
        var accounts =
            new Accounts(new AccountRepository(database), new AuthorRepository(database));
        Map<String, String> problems = new LinkedHashMap<>();
        Accounts.Created created = accounts.add(email, name, role, password, problems);
        if (created == null) {
          // Input the newsroom would refuse too (a name longer than the column …): bad usage.
          System.err.println("broadsheet: " + String.join(" ", problems.values()));
          return 2;
        }
        System.out.println("Added " + role + " " + email + ".");
        if (created.generated()) {
          System.out.println("Password (shown once): " + created.password());
        }
        return 0;
      }
    }

    /** The first line of standard input when something was piped in; empty means generate. */
    private static String readStdin() throws java.io.IOException {
      if (System.in.available() == 0) {
        return null;
      }
      var reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = reader.readLine();
      return line == null || line.isEmpty() ? null : line;
    }
  }
}
