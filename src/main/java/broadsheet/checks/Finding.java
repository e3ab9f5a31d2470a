package broadsheet.checks;

/**
 * What a rule found: the rule's id, the field it concerns (as the editor names its inputs), the
 * passage quoted, how to fix it, and whether it stops publishing.
 */
public record Finding(String rule, String field, String passage, String fix, boolean blocking) {}
