export interface S3Settings {
    /** S3-compatible endpoint (MinIO, R2, s3rver); empty for AWS itself. */
    endpoint?: string;
    region?: string;
}
