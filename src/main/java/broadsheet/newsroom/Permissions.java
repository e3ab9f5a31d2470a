package broadsheet.newsroom;

import broadsheet.content.Article;
import broadsheet.content.Status;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what to an article: the one place the capability ladder of {@link Role} meets the
 * workflow. "Own" means the account's author profile is on the byline.
 */
final class Permissions {
  private Permissions() {}

  static boolean owns(Account account, Article article) {
    return account.authorId() != null
        && article.authors().stream().anyMatch(a -> a.id() == account.authorId());
  }

  public static boolean canEdit(Account account, Article article) {
    if (account.role().editsEveryone()) {
      return true;
    }
    if (!owns(account, article)) {
      return false;
    }
    if (account.role() == Role.CONTRIBUTOR) {
      return article.status() == Status.DRAFT || article.status() == Status.REVIEW;
    }
    return true;
  }

  /** The statuses this account may move the article to from where it stands now. */
  public static Set<Status> transitions(Account account, Article article) {
    Set<Status> possible = EnumSet.noneOf(Status.class);
    if (!canEdit(account, article)) {
      return possible;
    }
    Status from = article.status();
    switch (from) {
      case DRAFT -> possible.addAll(EnumSet.of(Status.REVIEW, Status.SCHEDULED, Status.PUBLISHED));
      case REVIEW -> possible.addAll(EnumSet.of(Status.DRAFT, Status.SCHEDULED, Status.PUBLISHED));
      case SCHEDULED -> possible.addAll(EnumSet.of(Status.DRAFT, Status.PUBLISHED));
      case PUBLISHED -> possible.add(Status.UNPUBLISHED);
      case UNPUBLISHED -> possible.addAll(EnumSet.of(Status.DRAFT, Status.PUBLISHED));
    }
    if (!account.role().canPublish()) {
      possible.removeAll(EnumSet.of(Status.SCHEDULED, Status.PUBLISHED, Status.UNPUBLISHED));
    }
    return possible;
  }

  /**
   * Whether this account may put this author on the byline of the article (null: a new one). Being
   * on the byline makes an owner, so only editors and admins credit colleagues; others may keep
   * whoever is already there and themselves.
   */
  static boolean mayCredit(Account account, Article article, long authorId) {
    return account.role().editsEveryone()
        || (account.authorId() != null && account.authorId() == authorId)
        || (article != null && article.authors().stream().anyMatch(a -> a.id() == authorId));
  }

  public static boolean canCorrect(Account account, Article article) {
    return article.status() == Status.PUBLISHED
        && (account.role().editsEveryone()
            || (account.role().canPublish() && owns(account, article)));
  }

  public static boolean canUpload(Account account) {
    return account.role().canUpload();
  }

  public static boolean managesDesk(Account account) {
    return account.role().managesDesk();
  }

  public static boolean managesAccounts(Account account) {
    return account.role().managesAccounts();
  }
}
