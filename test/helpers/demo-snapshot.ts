import { demoTraffic, ndjsonGzip, recordTraffic } from '../../stack/record.js';
import { type LocalS3, startS3 } from '../../stack/s3.js';
import { startSampleService } from '../../stack/sample-service.js';

/**
 * A local S3 holding the demo's traffic as recorded from the v1 sample service, at
 * s3://traffic/shop/2026-11-24.ndjson.gz: the snapshot the bundled-action tests replay.
 */
export async function demoSnapshotInS3(): Promise<LocalS3> {
  const s3 = await startS3(['traffic']);
  const v1 = await startSampleService('v1');
  const lines = await recordTraffic(v1.url, demoTraffic());
  await v1.close();
  await s3.put('traffic', 'shop/2026-11-24.ndjson.gz', ndjsonGzip(lines));
  return s3;
}
