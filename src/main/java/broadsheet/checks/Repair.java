package broadsheet.checks;

/**
 * A repair whose intent is certain: the same body with what one rule finds put right, or the very
 * same string when there is nothing to repair (so callers compare by identity or equality).
 */
interface Repair {
  String rule();

  /** The body source (Markdown, or the HTML blocks an import writes) with the repair applied. */
  String apply(String body);
}
