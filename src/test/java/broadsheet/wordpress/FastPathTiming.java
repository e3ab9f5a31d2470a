package broadsheet.wordpress;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each fast path of the body conversion saves, on one thread, over the bodies of an export
 * (bench/differential/run passes the import benchmark's): the stage it speeds up, timed with it and
 * with the full way it stands in for, best of several rounds. Not a test: run by the bench script.
 */
final class FastPathTiming {
  private static final Pattern CAPTION =
      Pattern.compile("\\[(?:wp_)?caption[^\\]]*\\](.*?)\\[/(?:wp_)?caption\\]", Pattern.DOTALL);

  private FastPathTiming() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    List<String> contents = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      WxrReader.read(
          in,
          new Wxr.Handler() {
            @Override
            public void item(Wxr.Item item) {
              if (item.postType().equals("post") || item.postType().equals("page")) {
                contents.add(item.content());
              }
            }
          });
    }
    WordPressContent content = new WordPressContent(new NoMedia(), tag -> {});
    Shortcodes shortcodes = new Shortcodes(new NoMedia(), tag -> {});
    Tidying tidying = new Tidying(new NoMedia());
    List<String> beforeParagraphs = new ArrayList<>();
    List<String> sanitized = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    for (String body : contents) {
      // The stages' inputs as a classic post's conversion hands them on.
      beforeParagraphs.add(shortcodes.expand(body, ""));
      sanitized.add(tidying.sanitized(AutoParagraphs.autop(beforeParagraphs.getLast())));
      Matcher m = CAPTION.matcher(body);
      while (m.find()) {
        captions.add(m.group(1));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d bodies, %d captions, best of %d rounds, one thread%n",
        contents.size(),
        captions.size(),
        rounds);
    time("whole conversion", contents, b -> content.convert(b, ""), rounds);
    time("paragraphs: scanner", beforeParagraphs, AutoParagraphs::autop, rounds);
    time("paragraphs: patterns", beforeParagraphs, FastPathsDifferentialTest::autop, rounds);
    time("blocks: cut as written", sanitized, FastPathTiming::tidied, rounds);
    time("blocks: always parsed", sanitized, Tidying::parsed, rounds);
    time("captions: read off the text", captions, FastPathTiming::caption, rounds);
    time("captions: always parsed", captions, CaptionShortcode::parsed, rounds);
    int cut = 0;
    for (String s : sanitized) {
      cut += Tidying.cut(s) != null ? 1 : 0;
    }
    int plain = 0;
    for (String c : captions) {
      plain += CaptionShortcode.plain(c) != null ? 1 : 0;
    }
    System.out.printf(
        Locale.ROOT,
        "cut as written: %d of %d bodies; captions read off the text: %d of %d%n",
        cut,
        sanitized.size(),
        plain,
        captions.size());
  }

  private static Object tidied(String sanitized) {
    WordPressContent.Body cut = Tidying.cut(sanitized);
    return cut != null ? cut : Tidying.parsed(sanitized);
  }

  private static Object caption(String inner) {
    CaptionShortcode.Parts plain = CaptionShortcode.plain(inner);
    return plain != null ? plain : CaptionShortcode.parsed(inner);
  }

  private static void time(String what, List<String> inputs, Function<String, ?> f, int rounds) {
    long best = Long.MAX_VALUE;
    int sink = 0;
    for (int r = 0; r < rounds; r++) {
      long start = System.nanoTime();
      for (String input : inputs) {
        sink += f.apply(input).hashCode() & 1;
      }
      best = Math.min(best, System.nanoTime() - start);
    }
    System.out.printf(Locale.ROOT, "%-30s %8.3f s   (%d)%n", what, best / 1e9, sink % 2);
  }
}
