package broadsheet.newsroom;

import broadsheet.content.AuthorRepository;
import broadsheet.content.CleanText;
import broadsheet.content.Slugs;
import java.util.Map;

/**
 * Creating staff accounts, from the newsroom or the command line: each gets an author profile for
 * its byline, and a password that is either given or generated and shown once.
 */
public final class Accounts {
  private final AccountRepository accounts;
  private final AuthorRepository authors;

  public Accounts(AccountRepository accounts, AuthorRepository authors) {
    this.accounts = accounts;
    this.authors = authors;
  }

  /** A new account and the password to hand over (generated when none was given). */
  public record Created(long id, String password, boolean generated) {}

  /** Adds an account, or returns null with the problems filled in. */
  public Created add(
      String email, String name, String role, String password, Map<String, String> problems) {
    Role r = null;
    try {
      r = Role.of(role);
    } catch (IllegalArgumentException e) {
      problems.put("role", "Choose admin, editor, author or contributor.");
    }
    if (email == null
        || CleanText.firstForbidden(email, false) >= 0
        || !email.strip().matches("[^@\\s]{1,64}@[^@\\s]{1,255}")
        || !AccountRepository.possibleEmail(email.strip())) {
      problems.put("email", "Enter an email address.");
    } else if (accounts.findByEmail(email).isPresent()) {
      problems.put("email", "An account with this email exists already.");
    }
    if (name == null
        || name.isBlank()
        || name.codePointCount(0, name.length()) > AccountRepository.NAME_LIMIT) {
      problems.put(
          "name", "Enter a name of up to " + AccountRepository.NAME_LIMIT + " characters.");
    } else if (CleanText.firstForbidden(name, false) >= 0) {
      problems.put("name", "A name cannot hold control characters.");
    }
    boolean generated = password == null || password.isEmpty();
    String pw = generated ? Passwords.generated() : password;
    String weak = Passwords.problem(pw);
    if (weak != null) {
      problems.put("password", weak);
    }
    if (!problems.isEmpty()) {
      return null;
    }
    String slug = Slugs.of(name);
    String candidate = slug;
    for (int n = 2; authors.findBySlug(candidate).isPresent(); n++) {
      candidate = slug + "-" + n;
    }
    long authorId = authors.insert(candidate, name.strip(), "", null);
    long id = accounts.insert(email, name, r, Passwords.hash(pw), authorId);
    return new Created(id, pw, generated);
  }
}
