package broadsheet.cli;

import broadsheet.config.BucketAccess;
import broadsheet.config.MediaLocation;
import broadsheet.media.MediaStore;
import broadsheet.newsroom.MediaCopy;
import broadsheet.store.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `broadsheet media copy --to s3://BUCKET/PREFIX`: moves a site's media files into a bucket. */
@Command(
    name = "media",
    description = "Media files: copy a site's images to a bucket.",
    subcommands = {MediaCommand.Copy.class})
final class MediaCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    CommandLine.usage(this, System.err);
    return 2;
  }

  @Command(
      name = "copy",
      description =
          "Copy the media files the store lists (originals and variants) to a bucket; files"
              + " already there are left as they are, so it can be run again.")
  static final class Copy implements Callable<Integer> {
    @Option(
        names = "--to",
        required = true,
        paramLabel = "s3://BUCKET/PREFIX",
        description =
            "The bucket (endpoint in BROADSHEET_S3_ENDPOINT, region and keys in AWS_REGION,"
                + " AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY).")
    String to;

    @Option(
        names = "--media",
        paramLabel = "DIR",
        defaultValue = "${env:BROADSHEET_MEDIA}",
        description = "Where the files are now (default media/ in the data directory).")
    String from;

    @CommandLine.Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() throws Exception {
      MediaLocation source;
      MediaLocation target;
      try {
        source = MediaLocation.parse(from, store.data);
        target = MediaLocation.parse(to, store.data);
      } catch (IllegalArgumentException e) {
        System.err.println(
            "broadsheet: " + e.getMessage().replaceFirst("^--media " + to, "--to " + to));
        return 2;
      }
      if (!target.isBucket()) {
        System.err.println("broadsheet: --to " + to + ": use s3://BUCKET/PREFIX");
        return 2;
      }
      if (source.equals(target)) {
        System.err.println("broadsheet: --media and --to name the same bucket, " + target);
        return 2;
      }
      BucketAccess access = BucketAccess.fromEnvironment();
      try (Database database = store.open();
          MediaStore into = MediaStore.open(target, access);
          MediaStore outOf = MediaStore.open(source, access)) {
        try {
          into.check();
        } catch (IllegalStateException e) {
          System.err.println("broadsheet: " + e.getMessage());
          return 1;
        }
        MediaCopy.Result result =
            MediaCopy.run(database, outOf, into, name -> System.out.println("copied " + name));
        result.missing().forEach(name -> System.out.println("missing " + name));
        System.out.printf(
            "Copied %d files to %s; %d were there already.%n",
            result.copied(), into.describe(), result.present());
        if (!result.missing().isEmpty()) {
          System.err.printf(
              "broadsheet: %d files the store lists are not in %s (listed above as missing)%n",
              result.missing().size(), outOf.describe());
          return 1;
        }
        return 0;
      }
    }
  }
}
