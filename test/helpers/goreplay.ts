/**
 * Writes GoReplay files the way GoReplay's file output does (output_file.go, protocol.go): each
 * payload is `TYPE ID TIMESTAMP LATENCY\n` + the raw HTTP message, followed by the separator
 * `\n🐵🙈🙉\n`. Type 1 is a request, 2 its response, 3 a replayed response.
 */
export const SEPARATOR = '\n🐵🙈🙉\n';

export interface GorPayloadSpec {
  type: 1 | 2 | 3;
  id: string;
  /** Nanoseconds since the epoch. */
  timestamp?: bigint;
  /** Nanoseconds; GoReplay writes -1 as "absent" by leaving the field out. */
  latency?: number;
  message: Buffer | string;
}

export function gorPayload(spec: GorPayloadSpec): Buffer {
  const timestamp = spec.timestamp ?? 1_764_000_000_000_000_000n;
  const header = `${spec.type} ${spec.id} ${timestamp}${spec.latency === undefined ? '' : ` ${spec.latency}`}\n`;
  return Buffer.concat([Buffer.from(header), Buffer.from(spec.message)]);
}

export function gorFile(payloads: GorPayloadSpec[]): Buffer {
  return Buffer.concat(payloads.flatMap((p) => [gorPayload(p), Buffer.from(SEPARATOR)]));
}

/** A 24-hex-digit id, as GoReplay's uuid() makes, from a number. */
export function gorId(n: number): string {
  return n.toString(16).padStart(24, '0');
}

export function httpRequest(method: string, target: string, headers: Record<string, string> = {}, body: Buffer | string = ''): Buffer {
  const head = [`${method} ${target} HTTP/1.1`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), Buffer.from(body)]);
}

export function httpResponse(status: number, headers: Record<string, string> = {}, body: Buffer | string = ''): Buffer {
  const head = [`HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Status'}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), Buffer.from(body)]);
}

/** Chunked transfer coding of `body`, in pieces of `size` bytes. */
export function chunked(body: Buffer | string, size: number): Buffer {
  const bytes = Buffer.from(body);
  const parts: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) {
    const piece = bytes.subarray(at, at + size);
    parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}
