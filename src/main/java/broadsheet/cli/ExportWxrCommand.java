package broadsheet.cli;

import broadsheet.content.SettingsRepository;
import broadsheet.store.Database;
import broadsheet.wordpress.WxrExport;
import broadsheet.wordpress.WxrImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `broadsheet export-wxr FILE`: the whole site as WXR 1.2, for WordPress or another Broadsheet. */
@Command(name = "export-wxr", description = "Export everything as a WordPress export (WXR 1.2).")
final class ExportWxrCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Where to write the export (.xml).")
  Path file;

  @Option(
      names = "--base-url",
      defaultValue = "${env:BROADSHEET_BASE_URL:-http://localhost:8080}",
      description =
          "The site's public address, for links in the export (default ${DEFAULT-VALUE}).")
  String baseUrl;

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() throws Exception {
    Path folder = file.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
      throw new IllegalArgumentException("cannot write " + file + ": its folder is not writable");
    }
    if (store.location().inDataDir() && !Files.exists(store.location().sqliteFile())) {
      throw new IllegalArgumentException("no store in " + store.data + " to export");
    }
    try (Database database = store.open()) {
      var site = new SettingsRepository(database).load(baseUrl.replaceAll("/+$", ""));
      var summary = new WxrExport(database, WxrImport.Repositories.of(database), site).write(file);
      System.out.printf(
          "Exported %d articles, %d pages, %d sections, %d tags, %d authors, %d media to %s%n",
          summary.articles(),
          summary.pages(),
          summary.sections(),
          summary.tags(),
          summary.authors(),
          summary.media(),
          file);
    }
    return 0;
  }
}
