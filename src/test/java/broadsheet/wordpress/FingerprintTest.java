package broadsheet.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a re-import compares an item with: its named fields, under a version. */
class FingerprintTest {
  private static Wxr.Item item(String content, String excerpt) {
    return new Wxr.Item(
        "Harbour reopens",
        "https://old.example/?p=7",
        "Thu, 10 Jul 2025 09:30:00 +0000",
        "editor",
        "https://old.example/?p=7",
        content,
        excerpt,
        "7",
        "2025-07-10 10:30:00",
        "2025-07-10 09:30:00",
        "harbour-reopens",
        "publish",
        "0",
        "post",
        "",
        false,
        "",
        List.of(new Wxr.ItemTerm("category", "port", "Port")),
        List.of(new Wxr.Meta("_thumbnail_id", "12")),
        3);
  }

  @Test
  void theCurrentVersionIsFixedForTheSameFields() {
    // Written down once: a change here needs a new version, or every re-import reports updates.
    assertThat(Fingerprint.of(item("The quay is open.", "")))
        .isEqualTo("v1:" + "UoeGmyFo4HbPBC8Yz3YiWE1iZz5qPm8BS8N3_Gi9dQc")
        .hasSizeLessThanOrEqualTo(64);
  }

  @Test
  void fieldsAreHashedApartAndEveryOneCounts() {
    String print = Fingerprint.of(item("ab", ""));
    assertThat(Fingerprint.of(item("a", "b"))).isNotEqualTo(print);
    assertThat(Fingerprint.of(item("ab", null))).isNotEqualTo(print);
    assertThat(Fingerprint.of(item("ab", ""))).isEqualTo(print);
  }

  @Test
  void aFingerprintOfEitherVersionMatchesTheItemItWasMadeOf() throws Exception {
    Wxr.Item item = item("The quay is open.", "");
    String current = Fingerprint.of(item);
    String version0 =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(item.toString().getBytes(StandardCharsets.UTF_8)));

    assertThat(Fingerprint.version0(item)).isEqualTo(version0);
    assertThat(Fingerprint.matches(version0, item, current)).isTrue();
    assertThat(Fingerprint.matches(current, item, current)).isTrue();
    assertThat(Fingerprint.isCurrent(version0)).isFalse();
    assertThat(Fingerprint.isCurrent(current)).isTrue();

    Wxr.Item changed = item("The quay is closed.", "");
    assertThat(Fingerprint.matches(version0, changed, Fingerprint.of(changed))).isFalse();
    assertThat(Fingerprint.matches(current, changed, Fingerprint.of(changed))).isFalse();
    assertThat(Fingerprint.matches(null, item, current)).isFalse();
  }
}
