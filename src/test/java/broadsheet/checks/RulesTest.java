package broadsheet.checks;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.content.BodyRenderer;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule on real-looking copy: what it finds, and what it leaves alone. */
class RulesTest {
  static final BodyRenderer RENDERER = new BodyRenderer();
  static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");
  static final SiteView SITE =
      new SiteView(
          Style.DEFAULT, "preview.gazette.example", Set.of("oldgazette.example"), Set.of(), NOW);

  static Copy copy(String headline, String standfirst, String body) {
    return new Copy(headline, standfirst, body, RENDERER.render(body), "", "", "", null, List.of());
  }

  static Copy body(String body) {
    return copy("Harbour dredging starts in March", "The council has hired a contractor.", body);
  }

  static List<String> rules(Copy copy) {
    return EditorialChecks.find(copy, SITE).stream().map(Finding::rule).toList();
  }

  static List<Finding> of(String rule, Copy copy) {
    return EditorialChecks.find(copy, SITE).stream().filter(f -> f.rule().equals(rule)).toList();
  }

  @Test
  void cleanCopyHasNoFindings() {
    Copy clean =
        body(
            "The dredger arrives on **Monday**, and *work* starts at once.\n\n"
                + "“We have waited long enough,” said the harbour master (who took the post in"
                + " 2019).\n\n## What changes\n\nSee [the plan](https://gazette.example/plan).");
    assertThat(rules(clean)).isEmpty();
  }

  @Test
  void rawEmphasisInHtmlIsFoundAndQuoted() {
    Copy leaked =
        body(
            "<p>Officials said it was not a proposal that **“automatically paves the way for"
                + " peace.”** Talks resume today.</p>");
    List<Finding> found = of("raw-markdown", leaked);
    assertThat(found).hasSize(1);
    assertThat(found.getFirst().passage()).startsWith("**“automatically paves");
    assertThat(found.getFirst().field()).isEqualTo("body");
    assertThat(found.getFirst().blocking()).isTrue();
  }

  @Test
  void rawHeadingsLinksAndUnderscoresAreFound() {
    assertThat(of("raw-markdown", body("<p># Timetable</p>"))).hasSize(1);
    assertThat(of("raw-markdown", body("<p>Read [the notice](https://gazette.example/n).</p>")))
        .hasSize(1);
    assertThat(of("raw-markdown", body("<p>It was __final__, she said.</p>"))).hasSize(1);
    assertThat(of("raw-markdown", copy("Ferry **cancelled** again", "Storms.", "Text.")))
        .extracting(Finding::field)
        .containsExactly("headline");
  }

  @Test
  void markdownLookalikesAreLeftAlone() {
    assertThat(of("raw-markdown", body("<p>Tickets cost 2*3 pounds; see file_name_here.</p>")))
        .isEmpty();
    assertThat(of("raw-markdown", body("<p>The #1 seed lost; ratings ** dipped ** a bit.</p>")))
        .isEmpty();
    assertThat(of("raw-markdown", body("```\n**kept** as code\n```"))).isEmpty();
  }

  @Test
  void doubleEncodedEntitiesAndEscapedTagsAreFound() {
    List<Finding> found =
        of("visible-markup", body("<p>The mayor&amp;#8217;s plan &amp;quot;works&amp;quot;.</p>"));
    assertThat(found).hasSize(3);
    assertThat(found.getFirst().passage()).contains("&#8217;");
    assertThat(of("visible-markup", body("<p>Shown as &lt;p&gt;text&lt;/p&gt; on the page.</p>")))
        .hasSize(2);
    assertThat(of("visible-markup", body("<p>Fish &amp; chips, and 3 &lt; 4.</p>"))).isEmpty();
  }

  @Test
  void lostApostrophesAreFoundBesideTheProperForm() {
    Copy copy =
        copy(
            "Russias Economic Outlook",
            "Growth slows as sanctions on Russia bite.",
            "Analysts dont agree on the figures.");
    assertThat(of("lost-apostrophe", copy))
        .extracting(Finding::passage)
        .containsExactly("Russias", "dont");
    SiteView site = new SiteView(Style.DEFAULT, "", Set.of(), Set.of("Kenya"), NOW);
    assertThat(EditorialChecks.find(copy("Kenyas Tea Harvest", "Prices rise.", "Text."), site))
        .extracting(Finding::rule)
        .contains("lost-apostrophe");
    assertThat(of("lost-apostrophe", copy("Games Return", "The Game is on.", "Text."))).isEmpty();
    assertThat(of("lost-apostrophe", body("Canals and the Canal Trust."))).isEmpty();
  }

  @Test
  void unbalancedQuotesAndBracketsAreFound() {
    assertThat(of("unbalanced", body("He said (after a pause that it was over."))).hasSize(1);
    assertThat(of("unbalanced", body("“It ends here,” he said, “and now."))).hasSize(1);
    assertThat(of("unbalanced", body("“A quote that runs on.\n\n“And ends here.”"))).isEmpty();
    assertThat(of("unbalanced", body("Options: a) walk, b) ride. :)"))).isEmpty();
  }

  @Test
  void quotesFollowThePaperStyle() {
    assertThat(of("quote-style", body("He said \"no\" and it's over."))).hasSize(1);
    SiteView straight = new SiteView(new Style(false, 70, 600), "", Set.of(), Set.of(), NOW);
    assertThat(EditorialChecks.find(body("He said “no”."), straight))
        .extracting(Finding::rule)
        .contains("quote-style");
    assertThat(EditorialChecks.find(body("He said \"no\"."), straight))
        .extracting(Finding::rule)
        .doesNotContain("quote-style");
  }

  @Test
  void linksNoReaderCanFollowBlockAndOldSiteLinksWarn() {
    assertThat(of("private-link", body("[Draft](https://preview.gazette.example/city/x)")))
        .hasSize(1);
    assertThat(
            of("private-link", body("[Local](http://localhost:8080/x) [LAN](http://192.168.1.4/)")))
        .hasSize(2);
    assertThat(
            of(
                "private-link",
                body("[Public](https://172.32.0.1/) [Site](https://gazette.example/)")))
        .isEmpty();
    assertThat(of("old-domain-link", body("[Old](https://www.oldgazette.example/2019/05/x/)")))
        .hasSize(1);
  }

  @Test
  void headlinesStandfirstsAndImagesAreChecked() {
    String longHeadline =
        "Council approves the long-awaited harbour dredging plan after a heated all-night meeting";
    assertThat(rules(copy(longHeadline, "Work starts soon.", "Text."))).contains("headline-length");
    assertThat(rules(copy("W".repeat(50), "Wide.", "Text."))).contains("headline-length");
    assertThat(rules(copy("Ferry cancelled", "Ferry cancelled.", "Text.")))
        .contains("standfirst-repeats-headline");
    assertThat(rules(copy("Ferry cancelled", " ", "Text."))).contains("empty-standfirst");
    assertThat(of("missing-alt", body("![](https://gazette.example/a.jpg)"))).hasSize(1);
    assertThat(of("missing-alt", body("![The quay at dawn](https://gazette.example/a.jpg)")))
        .isEmpty();
    Copy uncredited =
        new Copy(
            "Quay",
            "Dawn.",
            "Text.",
            "<p>Text.</p>",
            "https://gazette.example/q.jpg",
            "The quay",
            "",
            null,
            List.of());
    assertThat(rules(uncredited)).containsExactly("missing-credit");
  }

  @Test
  void schedulesInThePastAndEmptyCorrectionsWarn() {
    Copy late =
        new Copy(
            "Quay",
            "Dawn.",
            "Text.",
            "<p>Text.</p>",
            "",
            "",
            "",
            NOW.minusSeconds(60),
            List.of(" "));
    assertThat(rules(late)).containsExactly("scheduled-in-past", "empty-correction");
    Copy ahead =
        new Copy(
            "Quay",
            "Dawn.",
            "Text.",
            "<p>Text.</p>",
            "",
            "",
            "",
            NOW.plusSeconds(60),
            List.of("Fixed a date."));
    assertThat(rules(ahead)).isEmpty();
  }

  @Test
  void everyRuleHasAnIdAndOnlyTheFourBlockingOnesBlock() {
    assertThat(EditorialChecks.rules()).doesNotHaveDuplicates().hasSize(14);
    assertThat(EditorialChecks.rules().stream().filter(EditorialChecks::isBlocking))
        .containsExactlyInAnyOrder("raw-markdown", "visible-markup", "private-link", "missing-alt");
  }
}
