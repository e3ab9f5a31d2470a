package broadsheet.config;

/**
 * How to reach a media bucket: the endpoint of an S3-compatible service other than AWS (from
 * BROADSHEET_S3_ENDPOINT; addressed path-style), and, where they are not left to the SDK's own
 * chain (AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY …), a region and keys.
 */
public record BucketAccess(
    String endpoint, String region, String accessKeyId, String secretAccessKey) {
  /** AWS itself, region and keys from the SDK's standard chain. */
  public static final BucketAccess AWS = new BucketAccess(null, null, null, null);

  /** The endpoint in BROADSHEET_S3_ENDPOINT, if any; the rest from the SDK's chain. */
  public static BucketAccess fromEnvironment() {
    String endpoint = System.getenv("BROADSHEET_S3_ENDPOINT");
    return new BucketAccess(
        endpoint == null || endpoint.isBlank() ? null : endpoint.strip(), null, null, null);
  }

  public boolean hasKeys() {
    return accessKeyId != null && secretAccessKey != null;
  }

  /** Without the secret key. */
  @Override
  public String toString() {
    return "BucketAccess[endpoint=%s, region=%s, keys=%s]"
        .formatted(endpoint, region, hasKeys() ? accessKeyId + ":…" : "from the environment");
  }
}
