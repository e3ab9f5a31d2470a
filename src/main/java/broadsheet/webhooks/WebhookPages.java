package broadsheet.webhooks;

import broadsheet.newsroom.AdminViews;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The view records of admin/webhooks.jte and admin/webhook-log.jte. */
public final class WebhookPages {
  private WebhookPages() {}

  /** A webhook as listed: never its secret. */
  public record Hook(long id, String url, List<String> events, String createdBy, String created) {}

  /** The list, the form to add one (as typed, with its errors), and a secret just made. */
  public record Overview(
      AdminViews.Frame frame,
      List<Hook> hooks,
      String url,
      List<String> checked,
      Map<String, String> errors,
      String madeUrl,
      String madeSecret) {
    /** Every event's name, for the form's boxes. */
    public List<String> events() {
      return Arrays.stream(Event.values()).map(Event::code).toList();
    }
  }

  /** One delivery of the log. */
  public record Delivery(
      long id,
      String event,
      String eventId,
      long articleId,
      String status,
      int attempts,
      String created,
      String lastAttempt,
      String responseCode,
      String error) {}

  /** A webhook's delivery log; {@code queuedAgain} after a "send again". */
  public record Log(
      AdminViews.Frame frame, Hook hook, List<Delivery> deliveries, boolean queuedAgain) {}
}
