package broadsheet.newsroom;

import broadsheet.checks.Finding;
import broadsheet.content.Article;
import broadsheet.content.Author;
import broadsheet.content.Page;
import broadsheet.content.Section;
import broadsheet.content.Status;
import java.util.List;
import java.util.Map;

/** The view records of the newsroom's templates under src/main/jte/admin. */
public final class AdminViews {
  private AdminViews() {}

  /** Around every newsroom page: who is signed in, their form token, the stylesheet. */
  public record Frame(
      String siteName, Account account, String csrf, String stylesheet, String current) {
    public boolean may(String capability) {
      return switch (capability) {
        case "desk" -> Permissions.managesDesk(account);
        case "accounts" -> Permissions.managesAccounts(account);
        case "upload" -> Permissions.canUpload(account);
        default -> false;
      };
    }
  }

  public record SignIn(
      String siteName,
      String stylesheet,
      String next,
      String loginToken,
      String email,
      String error,
      int status) {}

  public record Setup(
      String siteName,
      String stylesheet,
      String token,
      String loginToken,
      Map<String, String> errors,
      String email,
      String name) {}

  public record ArticleRow(Article article, boolean editable) {}

  public record ArticleList(
      Frame frame,
      List<ArticleRow> rows,
      List<Section> sections,
      List<Author> authors,
      String status,
      String section,
      String author,
      String q,
      boolean findings,
      int page,
      int pages,
      String query) {
    public List<Status> statuses() {
      return List.of(Status.values());
    }
  }

  public record Editor(
      Frame frame,
      Article article,
      ArticleForm form,
      Map<String, String> errors,
      List<Section> sections,
      List<Author> authors,
      List<Status> moves,
      String previewHtml,
      boolean canCorrect,
      List<PreviewLink> previewLinks,
      String previewHost,
      String message,
      List<UploadedImage> images,
      Map<String, List<Finding>> findings,
      boolean mayOverride) {
    /** The findings next to one field (none: empty). */
    public List<Finding> findingsOf(String field) {
      return findings.getOrDefault(field, List.of());
    }
  }

  public record History(
      Frame frame,
      Article article,
      List<Transition> transitions,
      List<Revision> revisions,
      List<ArticleReview.Overridden> overrides) {}

  public record Compare(
      Frame frame,
      Article article,
      Revision left,
      Revision right,
      List<WordDiff.Part> headline,
      List<WordDiff.Part> standfirst,
      List<WordDiff.Part> body) {}

  public record Sections(
      Frame frame,
      List<Section> sections,
      Map<String, String> errors,
      String slug,
      String name,
      String description,
      String parent) {}

  public record Pages(Frame frame, List<Page> pages) {}

  public record Tags(Frame frame, List<broadsheet.content.Tag> tags, String error) {}

  public record PageEditor(
      Frame frame,
      String slug,
      String title,
      String body,
      boolean published,
      Map<String, String> errors,
      boolean isNew) {}

  public record Accounts(
      Frame frame,
      List<Account> accounts,
      Map<String, String> errors,
      String email,
      String name,
      String role,
      String createdPassword) {
    public List<Role> roles() {
      return List.of(Role.values());
    }
  }

  public record Password(Frame frame, Map<String, String> errors, String message) {}

  public record Media(Frame frame, List<UploadedImage> images, String error, String message) {}

  public record Import(Frame frame, String error, String report) {}

  public record Problem(Frame frame, int status, String heading, String message) {}

  /** The house style form: quotes "curly" or "straight", headline limits as typed. */
  public record HouseStyle(
      Frame frame,
      String quotes,
      String chars,
      String width,
      Map<String, String> errors,
      boolean saved) {}
}
