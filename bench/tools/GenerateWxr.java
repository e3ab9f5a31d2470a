import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic WordPress export (WXR 1.2) for the import benchmark: 20 authors, 12 categories
 * (two of them children), 300 tags, 2,000 image attachments, then POSTS posts of about 600 words of
 * classic-editor text (paragraphs separated by blank lines, no &lt;p&gt;; inline strong, em and
 * links; occasional [caption] shortcodes, blockquotes and &lt;!--more--&gt;), with featured images
 * for half of them and a comment or two on one in ten.
 *
 * <p>The words come from an invented vocabulary below, drawn with a Zipf-like frequency; no real
 * articles. A fixed seed (java.util.Random, whose algorithm is specified) makes every run write the
 * same bytes. The file is streamed item by item; only the set of slug hashes (8 bytes a post, to
 * keep slugs unique) grows with POSTS.
 *
 * <p>Usage: java bench/tools/GenerateWxr.java OUT.xml [POSTS] (default 50000; about 4 KB a post)
 */
public class GenerateWxr {
  static final String SITE = "https://bench.example";
  static final int AUTHORS = 20;
  static final int TAGS = 300;
  static final int ATTACHMENTS = 2000;
  static final int WORDS_PER_POST = 600;
  static final long SEED = 20250101L;

  /** Local time of the site is two hours ahead of GMT. */
  static final int LOCAL_OFFSET_HOURS = 2;

  /**
   * Plain English words, most common first; the rank decides the frequency (Zipf). Function words
   * lead, then everyday news words. A few carry accents, so the file exercises UTF-8.
   */
  static final String[] VOCABULARY =
      ("the of and to a in that is for on it with as was at by he be this from they have are "
              + "has but not his had which its were said an or will their would been there more who "
              + "when we about after also new than over into two first can year time people city "
              + "council week last could before other some those between three while where under "
              + "since during because still town should most many only through local plan public "
              + "school river harbour market station street bridge ferry tram road park library "
              + "hospital museum theatre garden square house houses housing rent budget money price "
              + "prices cost costs wage wages worker workers union strike vote voters election mayor "
              + "minister government report reports evening morning night summer winter spring autumn "
              + "weather rain storm wind snow flood coast island village county region north south east "
              + "west centre edge corner hall office shop shops café bakery kitchen restaurant menu "
              + "festival concert music band choir song stage film gallery painting exhibition artist "
              + "writer book books reader readers paper story stories photograph letter letters editor "
              + "season match league team club player players coach goal score win loss draw cup final "
              + "fans ground pitch race runner cyclist swim sailing boat boats crew captain port trade "
              + "export import cargo crane container shipping freight rail line lines service services "
              + "bus buses driver drivers passenger passengers ticket tickets fare fares timetable delay "
              + "delays works repair repairs building builders site plans planning permission residents "
              + "neighbours family families children parents teacher teachers pupil pupils student "
              + "students class classes lesson exam results college university research study studies "
              + "doctor doctors nurse nurses patient patients ward clinic care health water power energy "
              + "solar heating electricity grid bill bills tax taxes fund funding grant grants charity "
              + "volunteer volunteers police officer officers court judge case trial witness fire crew "
              + "firefighters ambulance accident safety speed limit traffic cars car parking bicycle "
              + "path paths trees tree forest field fields farm farmer farmers harvest crop crops food "
              + "bread fish fishing catch net nets market stall stalls fair history old older young "
              + "younger small large long short early late open closed busy quiet bright dark cold warm "
              + "wet dry good better best bad worse quick slow full empty high low near far whole half "
              + "several every each few another same different own next previous later earlier today "
              + "yesterday tomorrow again ago almost already always never often perhaps once soon "
              + "together well very much little enough around across along behind beyond inside "
              + "outside toward against without within says told asked agreed decided expected hoped "
              + "wanted called opened closed began finished moved built raised cut rose fell found "
              + "showed gave took made came went saw kept left brought paid spent sold bought met "
              + "held ran named added warned promised explained described welcomed rejected approved "
              + "delayed reopened renamed naïve façade rôle déjà")
          .split(" ");

  static final String[] FIRST_NAMES = {
    "Ada", "Bram", "Celia", "Dario", "Edith", "Farid", "Greta", "Hugo", "Ines", "Jonas",
    "Kalinda", "Lorne", "Mira", "Nils", "Orla", "Piet", "Quinn", "Rosalind", "Soren", "Tamsin",
    "Ulla", "Viggo", "Wren", "Xavi", "Yara", "Zeno", "Agnès", "Björn", "Chloé", "Dörte"
  };
  static final String[] LAST_NAMES = {
    "Ashgrove",
    "Brannock",
    "Calloway",
    "Dunmore",
    "Elverly",
    "Fairweather",
    "Grimsby",
    "Holloway",
    "Ingleby",
    "Jessop",
    "Kettering",
    "Larkspur",
    "Merriweather",
    "Northcote",
    "Oakhurst",
    "Pemberton",
    "Quarrington",
    "Ravensworth",
    "Stainforth",
    "Thistlewood",
    "Underhill",
    "Vantongeren",
    "Whitlock",
    "Yardley",
    "O'Kerrigan",
    "Møller",
    "Åberg"
  };

  /** Nicename, name, parent nicename ("" for none). Parents come before their children. */
  static final String[][] CATEGORIES = {
    {"news", "News", ""},
    {"politics", "Politics", "news"},
    {"local", "Local", "news"},
    {"business", "Business", ""},
    {"sport", "Sport", ""},
    {"culture", "Culture", ""},
    {"opinion", "Opinion", ""},
    {"science", "Science", ""},
    {"transport", "Transport", ""},
    {"weather", "Weather", ""},
    {"food-drink", "Food & Drink", ""},
    {"letters", "Letters", ""},
  };

  static final String[] OTHER_STATUSES = {"draft", "pending", "future", "private"};
  static final String[] EXTERNAL_SITES = {
    "https://www.example.org/", "https://news.example.com/", "https://data.example.net/reports/"
  };

  final Random random = new Random(SEED);
  final double[] cumulative;
  final String[] authorLogins = new String[AUTHORS];
  final String[] tagSlugs = new String[TAGS];
  final String[] tagNames = new String[TAGS];
  final Set<Long> slugHashes = new HashSet<>();
  final StringBuilder out = new StringBuilder(1 << 16);
  int nextCommentId = 1;

  GenerateWxr() {
    // Zipf-Mandelbrot, close to English: rank r has weight 1 / (r + 2.7), so "the" is about one
    // word in sixteen rather than one in six.
    cumulative = new double[VOCABULARY.length];
    double sum = 0;
    for (int r = 0; r < VOCABULARY.length; r++) {
      sum += 1.0 / (r + 2.7);
      cumulative[r] = sum;
    }
    for (int r = 0; r < cumulative.length; r++) {
      cumulative[r] /= sum;
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: java bench/tools/GenerateWxr.java OUT.xml [POSTS]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    int posts = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    long started = System.nanoTime();
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer writer =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      new GenerateWxr().write(writer, posts);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long bytes = Files.size(file);
    System.err.printf(
        Locale.ROOT,
        "GenerateWxr: %d posts, %d attachments, %.1f MB (%d bytes a post, all included) in %.1f s -> %s%n",
        posts,
        ATTACHMENTS,
        bytes / 1e6,
        posts == 0 ? 0 : bytes / posts,
        seconds,
        file);
  }

  void write(Writer w, int posts) throws IOException {
    writeHeader();
    flush(w);
    // Attachments take ids 1..ATTACHMENTS, posts the ids after them.
    for (int id = 1; id <= ATTACHMENTS; id++) {
      writeAttachment(id);
      flush(w);
    }
    // Posts spread evenly over 2015-01-01 .. 2025-12-31 (local time), ids rising with the date.
    long start = LocalDateTime.of(2015, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    long end = LocalDateTime.of(2025, 12, 31, 23, 0).toEpochSecond(ZoneOffset.UTC);
    double step = posts == 0 ? 0 : (double) (end - start) / posts;
    for (int i = 0; i < posts; i++) {
      long local = start + (long) (i * step) + (long) (random.nextDouble() * step);
      writePost(ATTACHMENTS + 1 + i, LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC));
      flush(w);
    }
    out.append("</channel>\n</rss>\n");
    flush(w);
  }

  void flush(Writer w) throws IOException {
    w.append(out);
    out.setLength(0);
  }

  // ---------------------------------------------------------------- channel

  void writeHeader() {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n")
        .append("<!-- This is a WordPress eXtended RSS file generated by GenerateWxr for the")
        .append(" Broadsheet import benchmark. All text is synthetic. -->\n")
        .append("<rss version=\"2.0\"\n")
        .append("\txmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\"\n")
        .append("\txmlns:content=\"http://purl.org/rss/1.0/modules/content/\"\n")
        .append("\txmlns:wfw=\"http://wellformedweb.org/CommentAPI/\"\n")
        .append("\txmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
        .append("\txmlns:wp=\"http://wordpress.org/export/1.2/\"\n")
        .append(">\n\n<channel>\n");
    element(1, "title", "The Bench Gazette");
    element(1, "link", SITE);
    element(1, "description", "News, sport & culture from a town that does not exist");
    element(1, "pubDate", rfc822(LocalDateTime.of(2026, 1, 2, 9, 30)));
    element(1, "language", "en-GB");
    element(1, "wp:wxr_version", "1.2");
    element(1, "wp:base_site_url", SITE);
    element(1, "wp:base_blog_url", SITE);
    out.append('\n');

    Set<String> logins = new HashSet<>();
    for (int a = 0; a < AUTHORS; a++) {
      String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
      String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
      String login = slugify(first).substring(0, 1) + slugify(last).replace("-", "");
      while (!logins.add(login)) {
        login = login + (a + 1);
      }
      authorLogins[a] = login;
      out.append("\t<wp:author>");
      out.append("<wp:author_id>").append(a + 1).append("</wp:author_id>");
      cdataElement(0, "wp:author_login", login, false);
      cdataElement(0, "wp:author_email", login + "@bench.example", false);
      cdataElement(0, "wp:author_display_name", first + " " + last, false);
      cdataElement(0, "wp:author_first_name", first, false);
      cdataElement(0, "wp:author_last_name", last, false);
      out.append("</wp:author>\n");
    }
    out.append('\n');

    for (int c = 0; c < CATEGORIES.length; c++) {
      out.append("\t<wp:category>\n");
      element(2, "wp:term_id", String.valueOf(c + 1));
      cdataElement(2, "wp:category_nicename", CATEGORIES[c][0], true);
      cdataElement(2, "wp:category_parent", CATEGORIES[c][2], true);
      cdataElement(2, "wp:cat_name", CATEGORIES[c][1], true);
      out.append("\t</wp:category>\n");
    }
    out.append('\n');

    // Tags: distinct names of one or two words taken from the news part of the vocabulary.
    Map<String, String> names = new LinkedHashMap<>(); // slug -> name
    int firstNewsWord = 80;
    while (names.size() < TAGS) {
      String word = VOCABULARY[firstNewsWord + random.nextInt(VOCABULARY.length - firstNewsWord)];
      String name =
          random.nextInt(3) == 0
              ? capitalize(word)
              : capitalize(word)
                  + " "
                  + VOCABULARY[firstNewsWord + random.nextInt(VOCABULARY.length - firstNewsWord)];
      names.putIfAbsent(slugify(name), name);
    }
    int t = 0;
    for (var tag : names.entrySet()) {
      String name = tag.getValue();
      tagNames[t] = name;
      tagSlugs[t] = tag.getKey();
      out.append("\t<wp:tag>\n");
      element(2, "wp:term_id", String.valueOf(CATEGORIES.length + 1 + t));
      cdataElement(2, "wp:tag_slug", tagSlugs[t], true);
      cdataElement(2, "wp:tag_name", name, true);
      out.append("\t</wp:tag>\n");
      t++;
    }
    out.append('\n');
    element(1, "generator", "https://wordpress.org/?v=6.7.1");
    out.append('\n');
  }

  // ---------------------------------------------------------------- items

  void writeAttachment(int id) {
    LocalDateTime local =
        LocalDateTime.of(2025, 1, 1 + (id - 1) * 30 / ATTACHMENTS, 8, 0).plusMinutes(id % 600);
    String file = "2025/01/photo-" + id + ".jpg";
    String url = SITE + "/wp-content/uploads/" + file;
    String title = capitalize(phrase(2 + random.nextInt(3)));
    String author = authorLogins[random.nextInt(AUTHORS)];
    out.append("\t<item>\n");
    element(2, "title", title);
    element(2, "link", SITE + "/?attachment_id=" + id);
    element(2, "pubDate", rfc822(local.minusHours(LOCAL_OFFSET_HOURS)));
    cdataElement(2, "dc:creator", author, true);
    out.append("\t\t<guid isPermaLink=\"false\">").append(url).append("</guid>\n");
    out.append("\t\t<description></description>\n");
    cdataElement(2, "content:encoded", "", true);
    cdataElement(2, "excerpt:encoded", capitalize(phrase(4 + random.nextInt(6))) + ".", true);
    element(2, "wp:post_id", String.valueOf(id));
    cdataElement(2, "wp:post_date", mysql(local), true);
    cdataElement(2, "wp:post_date_gmt", mysql(local.minusHours(LOCAL_OFFSET_HOURS)), true);
    cdataElement(2, "wp:comment_status", "open", true);
    cdataElement(2, "wp:ping_status", "closed", true);
    cdataElement(2, "wp:post_name", "photo-" + id, true);
    cdataElement(2, "wp:status", "inherit", true);
    element(2, "wp:post_parent", "0");
    element(2, "wp:menu_order", "0");
    cdataElement(2, "wp:post_type", "attachment", true);
    cdataElement(2, "wp:post_password", "", true);
    element(2, "wp:is_sticky", "0");
    cdataElement(2, "wp:attachment_url", url, true);
    postmeta("_wp_attached_file", file);
    postmeta("_wp_attachment_image_alt", capitalize(phrase(3 + random.nextInt(5))));
    out.append("\t</item>\n");
  }

  void writePost(int id, LocalDateTime local) {
    LocalDateTime gmt = local.minusHours(LOCAL_OFFSET_HOURS);
    String title = title();
    String slug = uniqueSlug(slugify(title));
    int author = random.nextInt(AUTHORS);
    String status =
        random.nextInt(100) < 95
            ? "publish"
            : OTHER_STATUSES[random.nextInt(OTHER_STATUSES.length)];

    out.append("\t<item>\n");
    element(2, "title", title);
    element(
        2,
        "link",
        SITE
            + "/"
            + local.getYear()
            + "/"
            + two(local.getMonthValue())
            + "/"
            + two(local.getDayOfMonth())
            + "/"
            + slug
            + "/");
    element(2, "pubDate", rfc822(gmt));
    cdataElement(2, "dc:creator", authorLogins[author], true);
    out.append("\t\t<guid isPermaLink=\"false\">")
        .append(SITE)
        .append("/?p=")
        .append(id)
        .append("</guid>\n");
    out.append("\t\t<description></description>\n");
    out.append("\t\t<content:encoded><![CDATA[");
    body(id);
    out.append("]]></content:encoded>\n");
    cdataElement(2, "excerpt:encoded", sentence(10 + random.nextInt(12)), true);
    element(2, "wp:post_id", String.valueOf(id));
    cdataElement(2, "wp:post_date", mysql(local), true);
    cdataElement(2, "wp:post_date_gmt", mysql(gmt), true);
    cdataElement(2, "wp:comment_status", random.nextInt(10) < 8 ? "open" : "closed", true);
    cdataElement(2, "wp:ping_status", random.nextInt(10) < 6 ? "open" : "closed", true);
    cdataElement(2, "wp:post_name", slug, true);
    cdataElement(2, "wp:status", status, true);
    element(2, "wp:post_parent", "0");
    element(2, "wp:menu_order", "0");
    cdataElement(2, "wp:post_type", "post", true);
    cdataElement(2, "wp:post_password", "", true);
    element(2, "wp:is_sticky", "0");

    // One category, the first few far more often than the rest.
    String[] category = CATEGORIES[Math.min(zipf(CATEGORIES.length), CATEGORIES.length - 1)];
    categoryElement("category", category[0], category[1]);
    int tagCount = random.nextInt(5);
    int[] chosen = new int[tagCount];
    for (int k = 0; k < tagCount; k++) {
      int tag;
      do {
        tag = zipf(TAGS);
      } while (contains(chosen, k, tag));
      chosen[k] = tag;
      categoryElement("post_tag", tagSlugs[tag], tagNames[tag]);
    }

    postmeta("_edit_last", String.valueOf(author + 1));
    if (random.nextBoolean()) {
      postmeta("_thumbnail_id", String.valueOf(1 + random.nextInt(ATTACHMENTS)));
    }
    if (random.nextInt(10) == 0) {
      int comments = 1 + random.nextInt(2);
      LocalDateTime when = local;
      for (int c = 0; c < comments; c++) {
        when = when.plusMinutes(5 + random.nextInt(3 * 24 * 60));
        comment(when);
      }
    }
    out.append("\t</item>\n");
  }

  void comment(LocalDateTime local) {
    String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
    String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
    StringBuilder text = new StringBuilder();
    int sentences = 1 + random.nextInt(3);
    for (int s = 0; s < sentences; s++) {
      if (s > 0) {
        text.append(' ');
      }
      text.append(sentence(6 + random.nextInt(14)));
    }
    out.append("\t\t<wp:comment>\n");
    element(3, "wp:comment_id", String.valueOf(nextCommentId++));
    cdataElement(3, "wp:comment_author", first + " " + last, true);
    cdataElement(
        3,
        "wp:comment_author_email",
        slugify(first) + "." + slugify(last) + "@mail.example.org",
        true);
    element(3, "wp:comment_author_url", "");
    cdataElement(3, "wp:comment_author_IP", "192.0.2." + (1 + random.nextInt(254)), true);
    cdataElement(3, "wp:comment_date", mysql(local), true);
    cdataElement(3, "wp:comment_date_gmt", mysql(local.minusHours(LOCAL_OFFSET_HOURS)), true);
    cdataElement(3, "wp:comment_content", text.toString(), true);
    cdataElement(3, "wp:comment_approved", "1", true);
    cdataElement(3, "wp:comment_type", "", true);
    element(3, "wp:comment_parent", "0");
    element(3, "wp:comment_user_id", "0");
    out.append("\t\t</wp:comment>\n");
  }

  // ---------------------------------------------------------------- body text

  /**
   * About 600 words of classic-editor text: paragraphs separated by a blank line, no &lt;p&gt;
   * (WordPress adds them when it renders), a rare single line break inside a paragraph (which
   * WordPress turns into &lt;br /&gt;), inline strong, em and links, and now and then a caption
   * shortcode, a blockquote or a &lt;!--more--&gt;. Written straight into the CDATA section.
   */
  void body(int id) {
    int words = 0;
    int paragraphs = 0;
    int target = WORDS_PER_POST - 60 + random.nextInt(121);
    int morePlace = random.nextInt(10) < 3 ? 1 + random.nextInt(2) : -1;
    while (words < target) {
      if (paragraphs > 0) {
        out.append("\n\n");
      }
      if (paragraphs == morePlace) {
        out.append("<!--more-->\n\n");
      }
      if (paragraphs > 0 && random.nextInt(40) == 0) {
        int attachment = 1 + random.nextInt(ATTACHMENTS);
        String url = SITE + "/wp-content/uploads/2025/01/photo-" + attachment + ".jpg";
        out.append("[caption id=\"attachment_")
            .append(attachment)
            .append("\" align=\"alignnone\" width=\"800\"]<img src=\"")
            .append(url)
            .append("\" alt=\"")
            .append(capitalize(phrase(3 + random.nextInt(4))))
            .append("\" width=\"800\" height=\"600\" class=\"size-full wp-image-")
            .append(attachment)
            .append("\" /> ")
            .append(capitalize(phrase(5 + random.nextInt(8))))
            .append(".[/caption]\n\n");
      }
      if (paragraphs > 1 && random.nextInt(25) == 0) {
        out.append("<blockquote>");
        int n = 12 + random.nextInt(20);
        out.append(sentence(n));
        out.append("</blockquote>\n\n");
        words += n;
      }
      words += paragraph(id);
      paragraphs++;
    }
  }

  /** One paragraph of 2–6 sentences; returns its word count. */
  int paragraph(int id) {
    int sentences = 2 + random.nextInt(5);
    int words = 0;
    for (int s = 0; s < sentences; s++) {
      if (s > 0) {
        out.append(random.nextInt(60) == 0 ? "\n" : " ");
      }
      int n = 8 + random.nextInt(16);
      words += n;
      int markupAt = random.nextInt(6) == 0 ? 1 + random.nextInt(n - 4) : -1;
      for (int k = 0; k < n; k++) {
        if (k > 0) {
          out.append(k == n / 2 && random.nextInt(4) == 0 ? ", " : " ");
        }
        if (k == markupAt) {
          int len = 2 + random.nextInt(3);
          inlineMarkup(id, len);
          k += len - 1;
          continue;
        }
        String word = word();
        out.append(k == 0 ? capitalize(word) : word);
      }
      out.append(random.nextInt(30) == 0 ? "?" : ".");
    }
    return words;
  }

  void inlineMarkup(int id, int len) {
    String text = phrase(len);
    switch (random.nextInt(5)) {
      case 0, 1 -> out.append("<strong>").append(text).append("</strong>");
      case 2 -> out.append("<em>").append(text).append("</em>");
      case 3 -> {
        // A link to an earlier post, by its shortlink.
        int target =
            id > ATTACHMENTS + 1 ? ATTACHMENTS + 1 + random.nextInt(id - ATTACHMENTS - 1) : id;
        out.append("<a href=\"")
            .append(SITE)
            .append("/?p=")
            .append(target)
            .append("\">")
            .append(text)
            .append("</a>");
      }
      default -> {
        out.append("<a href=\"")
            .append(EXTERNAL_SITES[random.nextInt(EXTERNAL_SITES.length)])
            .append(slugify(phrase(2 + random.nextInt(3))))
            .append("?ref=bench&amp;id=")
            .append(random.nextInt(100_000))
            .append("\" target=\"_blank\" rel=\"noopener\">")
            .append(text)
            .append("</a>");
      }
    }
  }

  String title() {
    String title = capitalize(phrase(4 + random.nextInt(6)));
    int r = random.nextInt(20);
    if (r == 0) {
      title = title + " & " + word();
    } else if (r == 1) {
      title = title + ": \u2018" + phrase(2) + "\u2019";
    }
    return title;
  }

  String sentence(int words) {
    return capitalize(phrase(words)) + ".";
  }

  String phrase(int words) {
    StringBuilder b = new StringBuilder(words * 7);
    for (int k = 0; k < words; k++) {
      if (k > 0) {
        b.append(' ');
      }
      b.append(word());
    }
    return b.toString();
  }

  String word() {
    int i = Arrays.binarySearch(cumulative, random.nextDouble());
    return VOCABULARY[Math.min(i < 0 ? -i - 1 : i, VOCABULARY.length - 1)];
  }

  /** A rank in [0, n) with Zipf-like weights 1 / (rank + 1). */
  int zipf(int n) {
    double h = 0;
    for (int r = 1; r <= n; r++) {
      h += 1.0 / r;
    }
    double u = random.nextDouble() * h;
    for (int r = 0; r < n; r++) {
      u -= 1.0 / (r + 1);
      if (u <= 0) {
        return r;
      }
    }
    return n - 1;
  }

  // ---------------------------------------------------------------- XML helpers

  void element(int indent, String name, String text) {
    tabs(indent);
    out.append('<').append(name).append('>');
    escape(text);
    out.append("</").append(name).append(">\n");
  }

  void cdataElement(int indent, String name, String text, boolean newline) {
    tabs(indent);
    out.append('<').append(name).append("><![CDATA[");
    out.append(text.replace("]]>", "]]]]><![CDATA[>"));
    out.append("]]></").append(name).append('>');
    if (newline) {
      out.append('\n');
    }
  }

  void categoryElement(String domain, String nicename, String name) {
    out.append("\t\t<category domain=\"").append(domain).append("\" nicename=\"");
    escape(nicename);
    out.append("\"><![CDATA[")
        .append(name.replace("]]>", "]]]]><![CDATA[>"))
        .append("]]></category>\n");
  }

  void postmeta(String key, String value) {
    out.append("\t\t<wp:postmeta>\n");
    cdataElement(3, "wp:meta_key", key, true);
    cdataElement(3, "wp:meta_value", value, true);
    out.append("\t\t</wp:postmeta>\n");
  }

  void tabs(int n) {
    for (int i = 0; i < n; i++) {
      out.append('\t');
    }
  }

  void escape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#039;");
        default -> out.append(c);
      }
    }
  }

  // ---------------------------------------------------------------- small helpers

  String uniqueSlug(String base) {
    String slug = base;
    for (int n = 2; !slugHashes.add(hash(slug)); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  static long hash(String s) {
    long h = 1125899906842597L;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return h ^ (h >>> 29) * 0x9E3779B97F4A7C15L;
  }

  static boolean contains(int[] a, int n, int v) {
    for (int i = 0; i < n; i++) {
      if (a[i] == v) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, ASCII letters and digits, words joined by hyphens (accents dropped). */
  static String slugify(String s) {
    String plain = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(plain.length());
    boolean dash = false;
    for (int i = 0; i < plain.length(); i++) {
      char c = Character.toLowerCase(plain.charAt(i));
      if (c == '\u00f8') {
        c = 'o';
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && b.length() > 0) {
          b.append('-');
        }
        b.append(c);
        dash = false;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK && c != '\'' && c != '\u2019') {
        dash = true;
      }
    }
    return b.toString();
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }

  /** 2019-03-04 07:05:00 */
  static String mysql(LocalDateTime t) {
    return t.getYear()
        + "-"
        + two(t.getMonthValue())
        + "-"
        + two(t.getDayOfMonth())
        + " "
        + two(t.getHour())
        + ":"
        + two(t.getMinute())
        + ":"
        + two(t.getSecond());
  }

  /** RFC 822 as WordPress writes it, in GMT: Mon, 04 Mar 2019 05:05:00 +0000 */
  static String rfc822(LocalDateTime gmt) {
    DayOfWeek day = gmt.getDayOfWeek();
    return day.getDisplayName(TextStyle.SHORT, Locale.US)
        + ", "
        + two(gmt.getDayOfMonth())
        + " "
        + gmt.getMonth().getDisplayName(TextStyle.SHORT, Locale.US)
        + " "
        + gmt.getYear()
        + " "
        + two(gmt.getHour())
        + ":"
        + two(gmt.getMinute())
        + ":"
        + two(gmt.getSecond())
        + " +0000";
  }
}
