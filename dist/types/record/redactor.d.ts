import type { Exchange } from '../snapshot/types.js';
/** What is redacted beyond the gate's credential policy, which always applies. */
export interface RedactRules {
    /** Header names, request and response. */
    headers: string[];
    /** Query parameter names. */
    query: string[];
    /** JSON paths in request and response bodies, the rules file's syntax (`$.user.email`, `$..token`). */
    json: string[];
}
/** The environment variable that holds the redaction key. */
export declare const KEY_VARIABLE = "REPLAY_GATE_RECORD_KEY";
/**
 * Replaces what must not be recorded by a keyed hash, `rg-hmac-<hex>`: HMAC-SHA256 under one key,
 * so two requests with the same token carry the same stand-in and the gate still compares them
 * equal, while the stand-in reveals nothing without the key. The credential policy is the gate's
 * own (src/secrets/credential-policy.ts), so what the gate would refuse to send or show is what
 * the recorder never writes. A redacted value a response echoes (a token in a body, a cookie in
 * a header) is replaced there too.
 */
export declare class Redactor {
    private readonly key;
    private readonly policy;
    private readonly extraHeaders;
    private readonly extraQuery;
    private readonly paths;
    constructor(rules: RedactRules, key: Buffer);
    hash(value: string): string;
    /** The exchange with every redacted value replaced, in place; returns it. */
    redact(exchange: Exchange): Exchange;
    private isQuery;
    private redactHeaders;
    private redactJson;
}
/**
 * The key from REPLAY_GATE_RECORD_KEY; without one, a random key for this process, with a warning:
 * stand-ins are then equal within one run only, so sessions from two runs compare credentials as
 * different. Never a fixed default key, which would make every stand-in guessable.
 */
export declare function redactionKey(env: NodeJS.ProcessEnv, warn: (line: string) => void): Buffer;
