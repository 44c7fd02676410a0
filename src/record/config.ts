import { MAX_BODY_BYTES } from '../body/digest.js';
import type { RedactRules } from './redactor.js';
import type { SampleRules } from './sampler.js';

/** Where and how chunks are written: grouped by the stage that needs them. */
export interface WriterSettings {
  /** Start a new chunk once this many uncompressed bytes are in the current one. */
  chunkBytes: number;
  /** ...or once the current chunk is this old. */
  chunkMs: number;
  /** Close the session (write its `.complete` marker) and start a new one this often. */
  sessionMs: number;
  /** Finished chunks waiting to be stored may use at most this much local disk; then samples are dropped. */
  spillBytes: number;
}

/** The whole recorder's settings: the CLI's flags and the middleware's options alike. */
export interface RecorderSettings {
  sample: SampleRules;
  redact: RedactRules;
  writer: WriterSettings;
  /** Bodies are kept up to this many bytes each (at most the gate's 10 MiB); longer ones only as a digest (identity coding), else the exchange is dropped. */
  maxBodyBytes: number;
  /** Captures waiting to be encoded: at most this many... */
  queueLength: number;
  /** ...and all captures held (in flight and waiting) at most this many bytes of body. */
  memoryBytes: number;
}

export const DEFAULT_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const;

export const DEFAULT_SETTINGS: RecorderSettings = {
  sample: { rate: 1, perEndpointPerMinute: 0, methods: [...DEFAULT_METHODS], include: [], exclude: [] },
  redact: { headers: [], query: [], json: [] },
  writer: { chunkBytes: 64 * 1024 * 1024, chunkMs: 5 * 60_000, sessionMs: 60 * 60_000, spillBytes: 512 * 1024 * 1024 },
  maxBodyBytes: 1024 * 1024,
  queueLength: 2048,
  memoryBytes: 64 * 1024 * 1024,
};

/** Partial settings, as the middleware takes them, over the defaults. */
export interface RecorderOptions {
  sample?: Partial<SampleRules>;
  redact?: Partial<RedactRules>;
  writer?: Partial<WriterSettings>;
  maxBodyBytes?: number;
  queueLength?: number;
  memoryBytes?: number;
}

export function settingsOf(options: RecorderOptions = {}): RecorderSettings {
  return {
    sample: { ...DEFAULT_SETTINGS.sample, ...options.sample },
    redact: { ...DEFAULT_SETTINGS.redact, ...options.redact },
    writer: { ...DEFAULT_SETTINGS.writer, ...options.writer },
    // Past the gate's own body cap a body is compared by digest anyway, and lines stay well under its line cap.
    maxBodyBytes: Math.min(options.maxBodyBytes ?? DEFAULT_SETTINGS.maxBodyBytes, MAX_BODY_BYTES),
    queueLength: options.queueLength ?? DEFAULT_SETTINGS.queueLength,
    memoryBytes: options.memoryBytes ?? DEFAULT_SETTINGS.memoryBytes,
  };
}
