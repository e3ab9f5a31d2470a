package broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
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

  @Test
  void timesAreWrittenAsTheInstantWritesItself() {
    SplittableRandom random = new SplittableRandom(12);
    for (int i = 0; i < 20_000; i++) {
      // From the year -5000 to 15000, with fractions of a second the store drops.
      Instant t =
          Instant.ofEpochSecond(
              random.nextLong(-219_967_804_800L, 411_176_476_800L), random.nextInt(1_000_000_000));
      assertThat(Instants.format(t)).isEqualTo(t.truncatedTo(ChronoUnit.SECONDS).toString());
    }
    assertThat(Instants.format(Instant.parse("0000-01-01T00:00:00Z")))
        .isEqualTo("0000-01-01T00:00:00Z");
    assertThat(Instants.format(null)).isNull();
  }

  @Test
  void wordPressDatesReadAsTheFormatterReadsThem() {
    DateTimeFormatter wordPress = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    SplittableRandom random = new SplittableRandom(13);
    for (int i = 0; i < 20_000; i++) {
      LocalDateTime t =
          LocalDateTime.ofEpochSecond(
              random.nextLong(-62_135_596_800L, 253_402_300_799L), 0, java.time.ZoneOffset.UTC);
      String text = t.format(wordPress);
      assertThat(Instants.dateTime(text, ' ')).isEqualTo(LocalDateTime.parse(text, wordPress));
    }
    for (String text :
        new String[] {
          "2025-02-30 11:46:19",
          "2025-07-27 24:00:00",
          "2025-07-27 23:59:60",
          "2025-07-27T11:46:19",
          "2025-07-27 11:46",
          "0000-00-00 00:00:00",
          "2025-07-2x 11:46:19",
          "",
        }) {
      assertThat(Instants.dateTime(text, ' ')).as(text).isNull();
    }
  }
}
