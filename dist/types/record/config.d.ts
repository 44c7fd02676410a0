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
export declare const DEFAULT_METHODS: readonly ['GET', 'HEAD', 'OPTIONS'];
export declare const DEFAULT_SETTINGS: RecorderSettings;
/** Partial settings, as the middleware takes them, over the defaults. */
export interface RecorderOptions {
    sample?: Partial<SampleRules>;
    redact?: Partial<RedactRules>;
    writer?: Partial<WriterSettings>;
    maxBodyBytes?: number;
    queueLength?: number;
    memoryBytes?: number;
}
export declare function settingsOf(options?: RecorderOptions): RecorderSettings;
