package broadsheet.media;

import broadsheet.config.BucketAccess;
import broadsheet.config.MediaLocation;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Media files as objects in a bucket of an S3-compatible service (AWS S3, MinIO, Ceph, R2), named
 * PREFIX/FILE, each with its Content-Type and the long-lived Cache-Control it is served with, so a
 * CDN or the bucket itself can hand them out as this server would.
 */
final class MediaBucket implements MediaStore {
  /** Where only an endpoint is given: the region most S3-compatible services accept. */
  static final Region DEFAULT_REGION = Region.US_EAST_1;

  static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

  private final S3Client s3;
  private final MediaLocation location;
  private final String where;

  private MediaBucket(S3Client s3, MediaLocation location, String where) {
    this.s3 = s3;
    this.location = location;
    this.where = where;
  }

  static MediaBucket open(MediaLocation location, BucketAccess access) {
    S3ClientBuilder builder =
        S3Client.builder()
            .httpClient(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(2))
                    .socketTimeout(Duration.ofSeconds(20))
                    .build())
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(30)))
            // Checksums only where the API requires them: not every S3-compatible service takes
            // the newer trailing checksums AWS asks for by default.
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .region(region(access))
            .credentialsProvider(
                access.hasKeys()
                    ? StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(access.accessKeyId(), access.secretAccessKey()))
                    : DefaultCredentialsProvider.builder().build());
    if (access.endpoint() != null) {
      URI endpoint;
      try {
        endpoint = URI.create(access.endpoint());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "BROADSHEET_S3_ENDPOINT " + access.endpoint() + " is not an address", e);
      }
      if (endpoint.getScheme() == null || endpoint.getHost() == null) {
        throw new IllegalArgumentException(
            "BROADSHEET_S3_ENDPOINT "
                + access.endpoint()
                + ": use an address like http://HOST:PORT");
      }
      builder.endpointOverride(endpoint).forcePathStyle(true);
    }
    String where = location + (access.endpoint() == null ? "" : " at " + access.endpoint());
    return new MediaBucket(builder.build(), location, where);
  }

  private static Region region(BucketAccess access) {
    if (access.region() != null) {
      return Region.of(access.region());
    }
    try {
      return DefaultAwsRegionProviderChain.builder().build().getRegion();
    } catch (SdkClientException e) {
      if (access.endpoint() != null) {
        return DEFAULT_REGION;
      }
      throw new IllegalArgumentException(
          "--media "
              + "s3://…: no AWS region; set AWS_REGION (or BROADSHEET_S3_ENDPOINT for"
              + " another service)",
          e);
    }
  }

  @Override
  public boolean has(String name) {
    try {
      s3.headObject(b -> b.bucket(location.bucket()).key(location.key(name)));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw failure("look up " + name, e);
    } catch (SdkException e) {
      throw failure("look up " + name, e);
    }
  }

  @Override
  public void put(String name, byte[] bytes) {
    try {
      s3.putObject(
          b ->
              b.bucket(location.bucket())
                  .key(location.key(name))
                  .contentType(MediaStore.contentType(name))
                  .cacheControl(CACHE_CONTROL),
          RequestBody.fromBytes(bytes));
    } catch (SdkException e) {
      throw failure("store " + name, e);
    }
  }

  @Override
  public Optional<MediaFile> open(String name) {
    try {
      ResponseInputStream<GetObjectResponse> object =
          s3.getObject(b -> b.bucket(location.bucket()).key(location.key(name)));
      return Optional.of(new MediaFile(name, object.response().contentLength(), object));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return Optional.empty();
      }
      throw failure("read " + name, e);
    } catch (SdkException e) {
      throw failure("read " + name, e);
    }
  }

  @Override
  public void check() {
    try {
      s3.headBucket(b -> b.bucket(location.bucket()));
    } catch (S3Exception e) {
      if (e.statusCode() >= 500) {
        throw failure("reach the bucket", e);
      }
      throw new IllegalStateException(
          switch (e.statusCode()) {
            case 404 -> "the media bucket " + where + " does not exist";
            case 301, 400 ->
                "the media bucket " + where + " is in another region than the one given";
            case 401, 403 ->
                "the media bucket "
                    + where
                    + " refuses these keys (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)";
            default -> "the media bucket " + where + " answered " + e.statusCode();
          },
          e);
    } catch (SdkException e) {
      // Unreachable now: the server starts anyway and answers media with 503 until it is back.
      throw failure("reach the bucket", e);
    }
  }

  @Override
  public String describe() {
    return where;
  }

  @Override
  public void close() {
    s3.close();
  }

  private MediaUnavailable failure(String doing, SdkException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new MediaUnavailable("cannot " + doing + " in " + where + ": " + reason, e);
  }
}
