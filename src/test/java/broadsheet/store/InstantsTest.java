package broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Stored times read back exactly as the general ISO parser reads them, and fail as it fails. */
class InstantsTest {
  @Test
  void storedTimesReadBackAsWritten() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 20_000; i++) {
      // Years 0001 to 9999: every time the store writes in its twenty-character shape.
      Instant t = Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_300_799L));
      String stored = Instants.format(t);
      assertThat(stored).hasSize(20);
      assertThat(Instants.parse(stored)).isEqualTo(t).isEqualTo(Instant.parse(stored));
    }
  }

  @Test
  void otherShapesAreLeftToTheGeneralParser() {
    for (String text :
        new String[] {
          "2025-07-27T11:46:19.250Z",
          "2025-07-27T23:59:60Z", // a leap second, which ISO reading smooths into the last second
          "2025-07-27T24:00:00Z", // midnight at the end of the day
          "+12025-07-27T11:46:19Z",
        }) {
      assertThat(Instants.parse(text)).as(text).isEqualTo(Instant.parse(text));
    }
    assertThat(Instants.parse(null)).isNull();
  }

  @Test
  void malformedTimesFailAsTheGeneralParserFails() {
    for (String text :
        new String[] {
          "2025-02-30T11:46:19Z",
          "2025-13-01T11:46:19Z",
          "2025-07-27T11:61:19Z",
          "2025-07-2xT11:46:19Z",
          "2025-07-27 11:46:19Z",
          "-025-07-27T11:46:19Z",
          "",
        }) {
      assertThatThrownBy(() -> Instants.parse(text))
          .as(text)
          .isInstanceOf(DateTimeParseException.class);
    }
  }
}
