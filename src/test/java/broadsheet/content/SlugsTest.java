package broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Slugs are made from headlines, names and WordPress post names alike. */
class SlugsTest {
  @Test
  void wordsBecomeLowerCaseAsciiJoinedByHyphens() {
    assertThat(Slugs.of("Council approves Kettle Point plan"))
        .isEqualTo("council-approves-kettle-point-plan");
    assertThat(Slugs.of("  --Harbour: berths & moorings!--  "))
        .isEqualTo("harbour-berths-and-moorings");
    assertThat(Slugs.of("Tomás Ó Briain in Zürich")).isEqualTo("tomas-o-briain-in-zurich");
    assertThat(Slugs.of("2025 budget, part 2")).isEqualTo("2025-budget-part-2");
  }

  @Test
  void nothingSluggableBecomesUntitled() {
    assertThat(Slugs.of("")).isEqualTo("untitled");
    assertThat(Slugs.of("?!")).isEqualTo("untitled");
    assertThat(Slugs.of("Привет")).isEqualTo("untitled");
  }

  @Test
  void longNamesAreCutWithoutATrailingHyphen() {
    String slug = Slugs.of("a".repeat(119) + " tail of the headline");
    assertThat(slug).isEqualTo("a".repeat(119));
    assertThat(Slugs.of("word ".repeat(60))).hasSizeLessThanOrEqualTo(120).doesNotEndWith("-");
    assertThat(Slugs.isValid(Slugs.of("word ".repeat(60)))).isTrue();
  }
}
