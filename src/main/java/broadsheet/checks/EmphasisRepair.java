package broadsheet.checks;

/**
 * Paired emphasis Markdown in the text of HTML blocks, where it would show raw, made the HTML it
 * meant: {@code **text**} and {@code __text__} become {@code <strong>}, {@code *text*} becomes
 * {@code <em>}. A pair never spans a tag, so the HTML stays balanced.
 */
final class EmphasisRepair implements Repair {
  @Override
  public String rule() {
    return "raw-markdown";
  }

  @Override
  public String apply(String body) {
    return HtmlBlockText.rewrite(body, Emphasis::asHtml);
  }
}
