package broadsheet.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The editorial checks, one rule per class, registered here in the order findings are listed; the
 * same for the newsroom, the Admin API, the WordPress import and {@code broadsheet check}.
 */
public final class EditorialChecks {
  private static final List<Rule> RULES =
      List.of(
          new RawMarkdown(),
          new VisibleMarkup(),
          new PrivateLink(),
          new MissingAlt(),
          new LostApostrophe(),
          new Unbalanced(),
          new QuoteStyle(),
          new OldDomainLink(),
          new HeadlineLength(),
          new HeadlineIsStandfirst(),
          new EmptyStandfirst(),
          new MissingCredit(),
          new ScheduledInPast(),
          new EmptyCorrection());

  private static final List<Repair> REPAIRS = List.of(new EmphasisRepair(), new EntityRepair());

  private final Supplier<SiteView> site;

  /**
   * @param site what the rules know of the site, asked at each check
   */
  public EditorialChecks(Supplier<SiteView> site) {
    this.site = site;
  }

  /** Every rule's id, in order. */
  public static List<String> rules() {
    return RULES.stream().map(Rule::id).toList();
  }

  /** Whether the rule of this id stops publishing. */
  public static boolean isBlocking(String rule) {
    return RULES.stream().anyMatch(r -> r.id().equals(rule) && r.blocking());
  }

  /** What every rule finds in the copy. */
  public List<Finding> find(Copy copy) {
    return find(copy, site.get());
  }

  /** What every rule finds in the copy, seen from this site. */
  public static List<Finding> find(Copy copy, SiteView site) {
    List<Finding> out = new ArrayList<>();
    for (Rule rule : RULES) {
      out.addAll(rule.find(copy, site));
    }
    return out;
  }

  /** What the site view is now (for many checks in a row). */
  public SiteView site() {
    return site.get();
  }

  /** A body with the certain repairs applied, and which rules' repairs changed it. */
  public record Repaired(String body, List<String> rules) {
    public boolean changed() {
      return !rules.isEmpty();
    }
  }

  /** The body with every certain repair applied (the rules' ids of those that changed it). */
  public static Repaired repair(String body) {
    String current = body == null ? "" : body;
    List<String> applied = new ArrayList<>();
    for (Repair repair : REPAIRS) {
      String next = repair.apply(current);
      if (!next.equals(current)) {
        applied.add(repair.rule());
        current = next;
      }
    }
    return new Repaired(current, applied);
  }

  /**
   * Findings by field for the editor, one message per field joined: a blocking finding first.
   * Fields are the editor's input names.
   */
  public static Map<String, List<Finding>> byField(List<Finding> findings) {
    Map<String, List<Finding>> out = new LinkedHashMap<>();
    for (Finding f : findings) {
      out.computeIfAbsent(f.field(), k -> new ArrayList<>()).add(f);
    }
    return out;
  }
}
