package broadsheet.wordpress;

import broadsheet.content.Author;
import broadsheet.content.Slugs;
import broadsheet.newsroom.AccountRepository;
import broadsheet.newsroom.Role;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An export's writers as Broadsheet authors, matched by login to what earlier imports made or by
 * name to authors already there, each new one with a disabled newsroom account.
 */
final class ImportedAuthors {
  private final ImportTransaction tx;
  private final Map<String, Long> byLogin = new HashMap<>();

  ImportedAuthors(ImportTransaction tx) {
    this.tx = tx;
  }

  /** An author of the export's list. */
  void add(Wxr.Author author) {
    if (author.login().isBlank()) {
      tx.report.skipped("authors", "an author without a login");
      return;
    }
    id(author.login(), author.name(), author.email(), author.id());
  }

  /** The author a byline names, made on first sight. */
  long id(String login, String name, String email, String wpId) {
    String key = login.strip().toLowerCase(Locale.ROOT);
    Long known = byLogin.get(key);
    if (known != null) {
      return known;
    }
    var mapping = tx.find(ItemKind.AUTHOR, key, null);
    long id;
    if (mapping.isPresent()) {
      id = mapping.get().localId();
      tx.report.unchanged("authors");
    } else {
      String shown =
          tx.fitted(
              name.isBlank() || name.equals(login)
                  ? nameFromLogin(login)
                  : ItemFields.oneLine(name),
              // WordPress allows display names of 250 characters: both columns hold them whole.
              Math.min(Author.NAME_LIMIT, AccountRepository.NAME_LIMIT),
              "an author's name");
      String slug = Slugs.of(shown);
      var existing = tx.repos.authors().idBySlug(tx.h, slug);
      if (existing.isPresent()) {
        id = existing.get();
        tx.report.note("an author matched an existing author of the same name");
        tx.report.unchanged("authors");
      } else {
        id = tx.repos.authors().insert(tx.h, slug, shown, "", null);
        tx.report.imported("authors");
        account(email, shown, id);
      }
      tx.remember(ItemKind.AUTHOR, key, null, id, "");
    }
    byLogin.put(key, id);
    tx.redirects(OldAddresses.ofAuthor(login, key, wpId), ItemKind.AUTHOR.key, id);
    return id;
  }

  /** A disabled newsroom account for an imported writer, so an admin can let them in later. */
  private void account(String email, String name, long authorId) {
    if (email == null
        || !email.matches("[^@\\s]+@[^@\\s]+")
        || email.length() > AccountRepository.EMAIL_LIMIT) {
      return;
    }
    if (tx.repos.accounts().emailTaken(tx.h, email)) {
      tx.report.note("a writer's e-mail already has a newsroom account; no second one was made");
      return;
    }
    tx.repos.accounts().insert(tx.h, email, name, Role.CONTRIBUTOR, null, authorId, true);
    tx.report.imported("accounts");
    tx.report.note("imported writers get disabled contributor accounts without passwords");
  }

  private static String nameFromLogin(String login) {
    String base = login.strip();
    int at = base.indexOf('@');
    return at > 0 ? base.substring(0, at) : base;
  }
}
