package broadsheet.checks;

import java.util.List;
import java.util.Locale;

/** A standfirst that only repeats the headline. Warns. */
final class HeadlineIsStandfirst implements Rule {
  @Override
  public String id() {
    return "standfirst-repeats-headline";
  }

  @Override
  public boolean blocking() {
    return false;
  }

  @Override
  public List<Finding> find(Copy copy, SiteView site) {
    String h = normal(copy.headline());
    if (!h.isEmpty() && h.equals(normal(copy.standfirst()))) {
      return List.of(
          finding(
              "standfirst",
              copy.standfirst(),
              "Write a standfirst that adds to the headline: say what happened, to whom, or why it matters."));
    }
    return List.of();
  }

  /** Letters and digits only, in lower case: "Tram line opens." equals "tram line opens". */
  private static String normal(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
