package broadsheet.wordpress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What an item of an export was when it was imported, so that a re-import of the same site passes
 * over what has not changed. The SHA-256 of the item's named fields, marked with the version of
 * that list ({@code v1:} and the hash in URL-safe Base64, 46 characters where the column holds 64):
 * a field added to {@link Wxr.Item} changes no fingerprint until it is added here, and then under a
 * new version, with the older ones still read.
 *
 * <p>Stores written before versions hold the SHA-256 of the item record's text in hex, with no mark
 * (version 0). Such a fingerprint is compared the old way; when it matches, the item is unchanged
 * and its fingerprint is written again in the current version.
 */
final class Fingerprint {
  private static final String V1 = "v1:";

  private Fingerprint() {}

  /** The item's fingerprint in the current version. */
  static String of(Wxr.Item item) {
    MessageDigest sha = sha256();
    field(sha, "title", item.title());
    field(sha, "link", item.link());
    field(sha, "pubDate", item.pubDate());
    field(sha, "creator", item.creator());
    field(sha, "guid", item.guid());
    field(sha, "content", item.content());
    field(sha, "excerpt", item.excerpt());
    field(sha, "postId", item.postId());
    field(sha, "postDate", item.postDate());
    field(sha, "postDateGmt", item.postDateGmt());
    field(sha, "postName", item.postName());
    field(sha, "status", item.status());
    field(sha, "postParent", item.postParent());
    field(sha, "postType", item.postType());
    field(sha, "password", item.password());
    field(sha, "sticky", Boolean.toString(item.sticky()));
    field(sha, "attachmentUrl", item.attachmentUrl());
    for (Wxr.ItemTerm term : item.terms()) {
      field(sha, "term.domain", term.domain());
      field(sha, "term.slug", term.slug());
      field(sha, "term.name", term.name());
    }
    for (Wxr.Meta meta : item.meta()) {
      field(sha, "meta.key", meta.key());
      field(sha, "meta.value", meta.value());
    }
    field(sha, "comments", Integer.toString(item.comments()));
    return V1 + Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest());
  }

  /**
   * Whether a stored fingerprint, of any version, is of this item as it is now; {@code current} is
   * its fingerprint in the current version.
   */
  static boolean matches(String stored, Wxr.Item item, String current) {
    if (stored == null) {
      return false;
    }
    return isCurrent(stored) ? stored.equals(current) : stored.equals(version0(item));
  }

  /** Whether a stored fingerprint is of the current version, or needs writing again. */
  static boolean isCurrent(String stored) {
    return stored != null && stored.startsWith(V1);
  }

  /** Before versions: the SHA-256 of the record's text, which every new field of it changed. */
  static String version0(Wxr.Item item) {
    return HexFormat.of()
        .formatHex(sha256().digest(item.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** A field as its name, its length and its text: no two lists of fields hash alike. */
  private static void field(MessageDigest sha, String name, String value) {
    String text = value == null ? "" : value;
    sha.update(name.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) (value == null ? 0 : 1));
    sha.update(Integer.toString(text.length()).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) ':');
    sha.update(text.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
