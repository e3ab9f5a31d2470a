package broadsheet.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.store.Database;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The article list's text filter finds the same articles on both stores for any input: %, _ and \
 * are plain characters, and case is folded for A to Z only (SQLite folds no other letters).
 */
class DeskFilterTest {
  private static final List<String> HEADLINES =
      List.of(
          "Café opens on the square",
          "Über the river",
          "A 100% rise in fares",
          "A 1000 new seats",
          "snake_case names",
          "snakeXcase names",
          "Files in C:\\Docs moved",
          "Plain news");

  @RegisterExtension static final RunningSite site = RunningSite.with(DeskFilterTest::paper);

  static void paper(Database db) {
    Fixtures f = Fixtures.on(db);
    long section = f.section("news", "News", null);
    long author = f.author("ada", "Ada");
    for (int i = 0; i < HEADLINES.size(); i++) {
      f.article("story-" + i, section, HEADLINES.get(i), "Text.", author, List.of(), i + 1);
    }
  }

  private static List<String> found(Staff editor, String typed) {
    String body =
        editor.get("/admin/articles?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)).body();
    return Jsoup.parse(body).select("td a, li a").eachText().stream()
        .filter(HEADLINES::contains)
        .sorted()
        .toList();
  }

  @Test
  void textIsMatchedAsTypedWithCaseFoldedForAToZ() {
    Staff editor = Staff.signedIn(site, "editor@example.com", "editor");
    assertThat(found(editor, "CAFé")).containsExactly("Café opens on the square");
    assertThat(found(editor, "CAFÉ")).isEmpty();
    // A to Z fold, Ü matches as typed (the fixture's standfirst repeats the headline in lower
    // case).
    assertThat(found(editor, "ÜBER THE")).containsExactly("Über the river");
    assertThat(found(editor, "100%")).containsExactly("A 100% rise in fares");
    assertThat(found(editor, "snake_case")).containsExactly("snake_case names");
    assertThat(found(editor, "c:\\docs")).containsExactly("Files in C:\\Docs moved");
    assertThat(found(editor, "\\")).containsExactly("Files in C:\\Docs moved");
    assertThat(found(editor, "!%_")).isEmpty();
    assertThat(found(editor, "plain\0 news")).containsExactly("Plain news");
    assertThat(found(editor, "x".repeat(199) + "😀")).isEmpty();
  }
}
