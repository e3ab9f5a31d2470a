package broadsheet.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which events lead from what webhooks were told of an article to what it is now. */
class ArticleStateTest {
  private static final ArticleState DRAFT = new ArticleState(false, 4, 0);
  private static final ArticleState LIVE = new ArticleState(true, 4, 0);

  @Test
  void publishingAndWithdrawingAreOneEventEachWhateverElseChanged() {
    assertThat(DRAFT.eventsTo(new ArticleState(true, 9, 3), false))
        .containsExactly(Event.PUBLISHED);
    assertThat(ArticleState.UNKNOWN.eventsTo(LIVE, false)).containsExactly(Event.PUBLISHED);
    assertThat(LIVE.eventsTo(new ArticleState(false, 9, 3), false))
        .containsExactly(Event.UNPUBLISHED);
    assertThat(DRAFT.eventsTo(new ArticleState(true, 9, 3), true)).containsExactly(Event.PUBLISHED);
  }

  @Test
  void whilePublishedASaveIsAnUpdateAndANoteACorrection() {
    assertThat(LIVE.eventsTo(new ArticleState(true, 5, 0), false)).containsExactly(Event.UPDATED);
    assertThat(LIVE.eventsTo(new ArticleState(true, 4, 7), false)).containsExactly(Event.CORRECTED);
    assertThat(LIVE.eventsTo(new ArticleState(true, 5, 7), false))
        .containsExactly(Event.UPDATED, Event.CORRECTED);
    assertThat(LIVE.eventsTo(LIVE, false)).isEmpty();
    assertThat(LIVE.eventsTo(new ArticleState(true, 5, 7), true)).as("an import").isEmpty();
  }

  @Test
  void draftsAndWithdrawnArticlesAnnounceNothing() {
    assertThat(DRAFT.eventsTo(new ArticleState(false, 9, 2), false)).isEmpty();
  }

  @Test
  void eventNamesAreReadStrictly() {
    assertThat(Event.parse(" article.updated, ARTICLE.PUBLISHED,"))
        .containsExactly(Event.PUBLISHED, Event.UPDATED);
    assertThatThrownBy(() -> Event.parse("article.published,article.deleted"))
        .hasMessageStartingWith("unknown event article.deleted");
    assertThatThrownBy(() -> Event.parse(" , ")).hasMessageStartingWith("name at least one event");
  }

  @Test
  void retriesDoubleFromAMinuteToFourHours() {
    RetrySchedule s = RetrySchedule.DEFAULT;
    assertThat(s.after(1)).hasMinutes(1);
    assertThat(s.after(3)).hasMinutes(4);
    assertThat(s.after(9)).hasHours(4);
    assertThat(s.after(40)).hasHours(4);
  }

  @Test
  void onlyHttpAddressesWithAHostTakeWebhooks() {
    assertThat(WebhookStore.urlProblem("https://partner.example/hooks?x=1")).isNull();
    assertThat(WebhookStore.urlProblem("http://127.0.0.1:8080/h")).isNull();
    for (String bad :
        new String[] {
          "",
          "ftp://x.example/",
          "mailto:a@x.example",
          "https://",
          "/relative",
          "https://a b/",
          "https://user:pw@x.example/",
          "https://x.example/#frag",
          "https://x.example/" + "a".repeat(2000)
        }) {
      assertThat(WebhookStore.urlProblem(bad)).as(bad).isNotNull();
    }
  }
}
