package broadsheet.webhooks;

import java.time.Duration;

/**
 * When a failed delivery is tried again: after {@code first}, then twice as long each time up to
 * {@code longest}, until {@code span} after the event; then it is marked failed.
 */
record RetrySchedule(Duration first, Duration longest, Duration span) {
  /** One minute, doubling to four hours, for a day: about a dozen attempts in all. */
  static final RetrySchedule DEFAULT =
      new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(4), Duration.ofDays(1));

  /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
  Duration after(int attempts) {
    Duration wait = first;
    for (int i = 1; i < attempts && wait.compareTo(longest) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(longest) > 0 ? longest : wait;
  }
}
