// Apart from s3.ts so the engine's types (and the code that starts every run) never reach the AWS SDK.
export interface S3Settings {
  /** S3-compatible endpoint (MinIO, R2, s3rver); empty for AWS itself. */
  endpoint?: string;
  region?: string;
}
