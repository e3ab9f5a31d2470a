package broadsheet.newsroom;

import java.util.Locale;

/**
 * WordPress's capability ladder. A contributor writes drafts and submits them for review; an author
 * also publishes, uploads and edits their own; an editor works on everyone's articles and manages
 * sections, tags and pages; an admin also manages accounts and settings.
 */
public enum Role {
  CONTRIBUTOR,
  AUTHOR,
  EDITOR,
  ADMIN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
  }

  /** Parses a role name; unknown names are refused with the list of valid ones. */
  public static Role of(String code) {
    for (Role r : values()) {
      if (r.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown role " + code + ": use admin, editor, author or contributor");
  }

  boolean atLeast(Role other) {
    return ordinal() >= other.ordinal();
  }

  boolean canPublish() {
    return atLeast(AUTHOR);
  }

  boolean canUpload() {
    return atLeast(AUTHOR);
  }

  boolean editsEveryone() {
    return atLeast(EDITOR);
  }

  boolean managesDesk() {
    return atLeast(EDITOR);
  }

  boolean managesAccounts() {
    return this == ADMIN;
  }
}
