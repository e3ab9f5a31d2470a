package broadsheet;

import broadsheet.config.BucketAccess;
import broadsheet.config.MediaLocation;
import broadsheet.config.MediaSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 API server for a test: s3proxy (the build copies its jar to target/s3proxy/), run as
 * its own process with the filesystem backend in a temp folder and signature-v4 keys, on a free
 * port. {@link #stop()} takes it away and {@link #start()} brings it back on the same port and
 * folder, for tests of a bucket that cannot be reached.
 *
 * <pre>{@code
 * try (S3Proxy s3 = S3Proxy.running()) {
 *   s3.createBucket("media");
 *   ServerConfig config = TestStore.server(dir).withMedia(s3.media("media", "site"));
 *   // or, for a child process: its environment plus s3.environment() and --media s3://media/site
 * }
 * }</pre>
 */
public final class S3Proxy implements AutoCloseable {
  public static final String ACCESS_KEY = "broadsheet-test";
  public static final String SECRET_KEY = "broadsheet-test-secret";
  public static final String REGION = "us-east-1";
  private static final Path JAR = Path.of("target", "s3proxy", "s3proxy.jar");

  private final Path folder;
  private final int port;
  private Process process;
  private S3Client client;

  private S3Proxy(Path folder, int port) {
    this.folder = folder;
    this.port = port;
  }

  /** A new s3proxy, started, with no bucket yet. */
  public static S3Proxy running() {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(
          JAR.toAbsolutePath() + " is missing: the build copies it (mvn generate-test-resources)");
    }
    try {
      S3Proxy proxy = new S3Proxy(Files.createTempDirectory("s3proxy"), freePort());
      Files.createDirectories(proxy.folder.resolve("blobs"));
      Files.writeString(
          proxy.folder.resolve("s3proxy.conf"),
          String.join(
              "\n",
              "s3proxy.endpoint=" + proxy.endpoint(),
              "s3proxy.authorization=aws-v2-or-v4",
              "s3proxy.identity=" + ACCESS_KEY,
              "s3proxy.credential=" + SECRET_KEY,
              "jclouds.provider=filesystem",
              "jclouds.filesystem.basedir=" + proxy.folder.resolve("blobs"),
              ""));
      proxy.start();
      return proxy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the process (again, after {@link #stop()}) and waits until it takes connections. */
  public void start() {
    if (process != null && process.isAlive()) {
      return;
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    Path log = folder.resolve("s3proxy.log");
    try {
      process =
          new ProcessBuilder(
                  List.of(
                      java,
                      "-Xmx256m",
                      "-XX:TieredStopAtLevel=1",
                      "-jar",
                      JAR.toAbsolutePath().toString(),
                      "--properties",
                      folder.resolve("s3proxy.conf").toString()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start s3proxy", e);
    }
    Process started = process;
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (!accepts()) {
      if (!started.isAlive() || System.nanoTime() > deadline) {
        started.destroyForcibly();
        throw new IllegalStateException("s3proxy did not start:\n" + tail(log));
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Stops the process: the bucket's service is away until {@link #start()}. */
  public void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  /** How a server in this JVM reaches it. */
  public BucketAccess access() {
    return new BucketAccess(endpoint(), REGION, ACCESS_KEY, SECRET_KEY);
  }

  /** Media in {@code bucket} under {@code prefix}, linked at the server's own /media/. */
  public MediaSettings media(String bucket, String prefix) {
    return new MediaSettings(MediaLocation.bucket(bucket, prefix), access(), null);
  }

  /** What a child process (`broadsheet serve --media s3://…`) needs in its environment. */
  public Map<String, String> environment() {
    return Map.of(
        "BROADSHEET_S3_ENDPOINT", endpoint(),
        "AWS_ACCESS_KEY_ID", ACCESS_KEY,
        "AWS_SECRET_ACCESS_KEY", SECRET_KEY,
        "AWS_REGION", REGION);
  }

  /** An S3 client of its own, for a test to look into the bucket. */
  public synchronized S3Client client() {
    if (client == null) {
      client =
          S3Client.builder()
              .httpClient(UrlConnectionHttpClient.create())
              .endpointOverride(URI.create(endpoint()))
              .forcePathStyle(true)
              // s3proxy does not take the newer checksums AWS's SDK sends by default.
              .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
              .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
              .region(Region.of(REGION))
              .credentialsProvider(
                  StaticCredentialsProvider.create(
                      AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
              .build();
    }
    return client;
  }

  public void createBucket(String name) {
    client().createBucket(b -> b.bucket(name));
  }

  @Override
  public void close() {
    stop();
    if (client != null) {
      client.close();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temp folder left behind is not worth failing a test for.
    }
  }

  private boolean accepts() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
