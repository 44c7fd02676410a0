/**
 * Finds the elements of `log.entries` in a HAR file as it streams by, without parsing the rest:
 * a HAR of hundreds of megabytes is never held whole, only one entry at a time. The scanner
 * follows just enough JSON structure (strings, nesting, keys near the top) to know where each
 * entry starts and ends; the entry's own text is then parsed by JSON.parse, so a damaged entry
 * costs that entry only.
 */
export interface ScannedEntry {
    kind: 'entry';
    /** 1-based among the elements of log.entries. */
    index: number;
    line: number;
    column: number;
    text: string;
}
export interface ScanProblem {
    kind: 'problem';
    line: number;
    column: number;
    message: string;
}
export type ScanEvent = ScannedEntry | ScanProblem;
/**
 * The longest entry kept, in characters, as an NDJSON line is capped (src/snapshot/lines.ts):
 * room for both bodies at the body cap, base64-encoded; a longer entry is skipped as it streams by.
 */
export declare const MAX_ENTRY_CHARS: number;
export declare class HarScanner {
    private readonly stack;
    private deeper;
    private inString;
    private escaped;
    /** Characters of a key being read (keys of the top two objects only). */
    private key;
    private started;
    private finished;
    private failed;
    private sawEntries;
    private entries;
    /** The entry being captured: its pieces from earlier chunks and where it began. */
    private capture;
    /** A non-object element of log.entries is being skipped. */
    private inScalar;
    private line;
    private lineStart;
    private offset;
    /** Entries seen so far, for positions such as "after entry 12". */
    get entryCount(): number;
    push(chunk: string): ScanEvent[];
    /** Call once the stream has ended: reports a HAR cut short or one without log.entries. */
    end(): ScanEvent[];
    /** Handles one character outside strings; returns a message when the file is not a HAR at all. */
    private structural;
    private atEntriesLevel;
    private open;
    private get depth();
    private get top();
    private enter;
    /** Adds text to the entry being captured, or gives the entry up once it is past the cap. */
    private keep;
    private close;
    private endString;
    private problemAt;
}
