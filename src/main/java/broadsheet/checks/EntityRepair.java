package broadsheet.checks;

/**
 * Entities encoded twice in the text of HTML blocks ({@code &amp;#8217;}, {@code &amp;quot;})
 * decoded once, to the entity that was meant; an {@code &amp;} before anything else stays.
 */
final class EntityRepair implements Repair {
  @Override
  public String rule() {
    return "visible-markup";
  }

  @Override
  public String apply(String body) {
    return HtmlBlockText.rewrite(body, Entities::decodedOnce);
  }
}
