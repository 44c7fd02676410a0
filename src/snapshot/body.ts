import { isUtf8 } from 'node:buffer';
import type { RecordedBody } from './types.js';

/** Bytes as a recorded body: UTF-8 text stays text, anything else becomes base64; none is null. */
export function recordedBody(bytes: Buffer): RecordedBody {
  if (bytes.length === 0) return null;
  return isUtf8(bytes) ? bytes.toString('utf8') : { base64: bytes.toString('base64') };
}
