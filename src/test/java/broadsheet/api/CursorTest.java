package broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cursors read back as written, before 1970 too, and nothing else reads as one. */
class CursorTest {
  @Test
  void aCursorReadsBackAsWritten() {
    Random random = new Random(20);
    for (int i = 0; i < 1000; i++) {
      long seconds = random.nextLong(-5_000_000_000L, 5_000_000_000L);
      long id = random.nextLong(1, Long.MAX_VALUE);
      Cursor written = new Cursor(Instant.ofEpochSecond(seconds), id, 0);
      assertThat(Cursor.parse(written.encode(), false)).isEqualTo(written);
      Cursor ranked = Cursor.at(random.nextInt(0, 100_000));
      assertThat(Cursor.parse(ranked.encode(), true)).isEqualTo(ranked);
    }
  }

  @Test
  void aListRefusesAnotherListsCursorAndAnythingElse() {
    String plain = new Cursor(Instant.ofEpochSecond(1_764_921_600L), 126, 0).encode();
    String ranked = Cursor.at(20).encode();
    for (String[] c :
        new String[][] {
          {plain, "true"}, {ranked, "false"}, {"%%%", "false"}, {"cDE", "false"}, {"", "true"}
        }) {
      assertThatThrownBy(() -> Cursor.parse(c[0], Boolean.parseBoolean(c[1])))
          .as(c[0])
          .isInstanceOf(ApiProblem.class);
    }
  }
}
