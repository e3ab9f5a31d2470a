package broadsheet.wordpress;

import broadsheet.content.Correction;
import broadsheet.content.Slugs;
import broadsheet.content.Status;
import broadsheet.store.Instants;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;

/** An export's fields as Broadsheet holds them: statuses, dates, slugs, text, corrections. */
final class ItemFields {
  private static final DateTimeFormatter WP_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** Post meta an import reads; any other key is reported as not mapped. */
  static final Set<String> MAPPED_META =
      Set.of(
          "_thumbnail_id",
          "_yoast_wpseo_title",
          "_yoast_wpseo_metadesc",
          "_yoast_wpseo_canonical",
          "_wp_old_slug",
          "_wp_attached_file",
          "_wp_attachment_image_alt",
          "_broadsheet_correction",
          "_broadsheet_image_credit",
          "_broadsheet_update");

  private ItemFields() {}

  /** A post's or page's status; null for one Broadsheet has none for (trash, auto-draft …). */
  static Status status(Wxr.Item item) {
    return switch (item.status()) {
      case "publish" -> Status.PUBLISHED;
      case "future" -> Status.SCHEDULED;
      case "draft" -> Status.DRAFT;
      case "pending" -> Status.REVIEW;
      case "private" -> Status.UNPUBLISHED;
      default -> null;
    };
  }

  /** Corrections and updates, as Broadsheet's own exports carry them ("instant text"). */
  static List<Correction> corrections(Wxr.Item item) {
    List<Correction> out = new ArrayList<>();
    for (Wxr.Meta meta : item.meta()) {
      Correction.Kind kind =
          switch (meta.key()) {
            case "_broadsheet_correction" -> Correction.Kind.CORRECTION;
            case "_broadsheet_update" -> Correction.Kind.UPDATE;
            default -> null;
          };
      int space = meta.value().indexOf(' ');
      if (kind == null || space < 0) {
        continue;
      }
      try {
        Instant at = Instant.parse(meta.value().substring(0, space));
        out.add(new Correction(0, kind, meta.value().substring(space + 1), at));
      } catch (DateTimeParseException e) {
        // Not ours after all: it stays reported as unmapped meta.
      }
    }
    return out;
  }

  record Dates(Instant when, ZoneId zone) {}

  /**
   * When the item was published, and in which zone: WordPress keeps the local time and the UTC
   * time, so their difference is the offset the paper used. Drafts carry a UTC time of zeros.
   */
  static Dates dates(Wxr.Item item, ZoneId siteZone) {
    LocalDateTime local = localDate(item.postDate());
    LocalDateTime utc = localDate(item.postDateGmt());
    if (utc != null) {
      Instant when = utc.toInstant(ZoneOffset.UTC);
      if (local == null) {
        return new Dates(when, siteZone);
      }
      long offset = Duration.between(utc, local).toSeconds();
      offset = Math.round(offset / 900.0) * 900;
      if (Math.abs(offset) > 18 * 3600) {
        return new Dates(when, siteZone);
      }
      ZoneOffset zone = ZoneOffset.ofTotalSeconds((int) offset);
      boolean siteMatches = siteZone.getRules().getOffset(when).equals(zone);
      return new Dates(when, siteMatches ? siteZone : zone);
    }
    if (local != null) {
      return new Dates(local.atZone(siteZone).toInstant(), siteZone);
    }
    try {
      return new Dates(
          ZonedDateTime.parse(item.pubDate(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
          siteZone);
    } catch (DateTimeParseException e) {
      return new Dates(Instant.now(), siteZone);
    }
  }

  /** A WordPress date ("2025-07-10 09:30:00"); null for none or WordPress's zeros. */
  static LocalDateTime localDate(String date) {
    if (date == null || date.isBlank() || date.startsWith("0000")) {
      return null;
    }
    String text = date.strip();
    LocalDateTime plain = Instants.dateTime(text, ' ');
    if (plain != null) {
      return plain;
    }
    try {
      // What the fast reading refuses (30 February) the formatter settles as WordPress did.
      return LocalDateTime.parse(text, WP_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A headline for an item WordPress let go without a title: its first words. */
  static String firstWords(String body) {
    String words = plainText(body);
    if (words.isBlank()) {
      return "Untitled";
    }
    return words.length() <= 80 ? words : words.substring(0, 80).replaceAll("\\s+\\S*$", "") + "…";
  }

  /** The item's slug as WordPress wrote it (maybe percent-encoded, maybe ending .html). */
  static String slugOf(String postName, String title) {
    String decoded = decode(postName).replaceFirst("(?i)\\.html?$", "");
    return Slugs.of(decoded.isBlank() ? title : decoded);
  }

  static String httpUrl(String value) {
    return value != null && value.strip().matches("https?://\\S+") ? value.strip() : null;
  }

  static String mimeType(String url) {
    String lower = url.toLowerCase(Locale.ROOT).replaceFirst("[?#].*$", "");
    String ext = lower.substring(lower.lastIndexOf('.') + 1);
    return switch (ext) {
      case "jpg", "jpeg" -> "image/jpeg";
      case "png" -> "image/png";
      case "gif" -> "image/gif";
      case "webp" -> "image/webp";
      case "mp3" -> "audio/mpeg";
      case "mp4" -> "video/mp4";
      case "pdf" -> "application/pdf";
      default -> null;
    };
  }

  /** Text without markup or entities (WordPress titles and excerpts hold both). */
  private static final java.util.regex.Pattern LINE_BREAKS =
      java.util.regex.Pattern.compile("[ \\t\\n\\f\\r]*[\\n\\r\\f\\t][ \\t\\n\\f\\r]*");

  /** Text as one line, as jsoup's text is: each run of whitespace holding a break one space. */
  static String oneLine(String text) {
    return LINE_BREAKS.matcher(text.strip()).replaceAll(" ");
  }

  static String plainText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return oneLine(html);
    }
    return Jsoup.parseBodyFragment(html).text().strip();
  }

  /** A slug as WordPress may have percent-encoded it. */
  static String decode(String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
