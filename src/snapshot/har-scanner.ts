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
export const MAX_ENTRY_CHARS = 64 * 1024 * 1024;

type Role = 'root' | 'log' | 'entries' | 'other';

interface Frame {
  array: boolean;
  role: Role;
  /** Objects near the top only: the last key read, and whether a key comes next. */
  key?: string;
  expectKey: boolean;
}

const QUOTE = 34, BACKSLASH = 92, COMMA = 44, COLON = 58, NEWLINE = 10;
const OPEN_OBJECT = 123, CLOSE_OBJECT = 125, OPEN_ARRAY = 91, CLOSE_ARRAY = 93;

/**
 * Stands for every container below log.entries' elements: their structure does not matter, only
 * their nesting, which is counted (`deeper`) rather than held frame by frame.
 */
const DEEP: Frame = { array: false, role: 'other', expectKey: false };

/** Frames are held for the root, log and log.entries levels; anything below is only counted. */
const HELD_LEVELS = 3;

/** Characters of a key kept: enough to tell "entries" from any longer key. */
const KEY_CHARS = 'entries'.length;

export class HarScanner {
  private readonly stack: Frame[] = [];
  private deeper = 0;
  private inString = false;
  private escaped = false;
  /** Characters of a key being read (keys of the top two objects only). */
  private key: string[] | undefined;
  private started = false;
  private finished = false;
  private failed = false;
  private sawEntries = false;
  private entries = 0;
  /** The entry being captured: its pieces from earlier chunks and where it began. */
  private capture: { pieces: string[]; chars: number; start: number; line: number; column: number } | undefined;
  /** A non-object element of log.entries is being skipped. */
  private inScalar = false;
  private line = 1;
  private lineStart = 0;
  private offset = 0;

  /** Entries seen so far, for positions such as "after entry 12". */
  get entryCount(): number {
    return this.entries;
  }

  push(chunk: string): ScanEvent[] {
    const events: ScanEvent[] = [];
    if (this.failed) return events;
    if (this.capture) this.capture.start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.endString();
        // Only "log" and "entries" matter: a longer key need not (and, from a hostile file, must not) be held.
        else if (this.key && this.key.length <= KEY_CHARS) this.key.push(chunk[i]!);
        continue;
      }
      if (c === NEWLINE) {
        this.line++;
        this.lineStart = this.offset + i + 1;
        continue;
      }
      if (c === 32 || c === 9 || c === 13) continue;
      const problem = this.structural(c, chunk, i, events);
      if (problem) {
        events.push(this.problemAt(i, problem));
        this.failed = true;
        return events;
      }
    }
    if (this.capture) this.keep(chunk.slice(this.capture.start));
    this.offset += chunk.length;
    return events;
  }

  /** Call once the stream has ended: reports a HAR cut short or one without log.entries. */
  end(): ScanEvent[] {
    if (this.failed) return [];
    const at = { kind: 'problem' as const, line: this.line, column: this.offset - this.lineStart + 1 };
    if (!this.started) return [{ ...at, message: 'the file is empty: expected a HAR object {"log": {...}}' }];
    if (this.capture) {
      return [{ ...at, message: `the file ends inside entry ${this.entries} (which starts at line ${this.capture.line}): it was cut short` }];
    }
    if (this.depth > 0 || this.inString) {
      return [{ ...at, message: 'the file ends before the HAR is closed: it was cut short' }];
    }
    if (!this.sawEntries) return [{ ...at, message: 'no log.entries list: not a HAR 1.2 file, or one without entries' }];
    return [];
  }

  /** Handles one character outside strings; returns a message when the file is not a HAR at all. */
  private structural(c: number, chunk: string, i: number, events: ScanEvent[]): string | undefined {
    const top = this.top;
    if (!this.started) {
      if (c !== OPEN_OBJECT) return `not a HAR file: expected {"log": ...} at the start, found ${JSON.stringify(chunk[i])}`;
      this.started = true;
      this.stack.push({ array: false, role: 'root', expectKey: true });
      return undefined;
    }
    if (this.finished) return undefined;
    if (top?.role === 'entries' && this.depth === 3) return this.atEntriesLevel(c, chunk, i, events);
    switch (c) {
      case QUOTE:
        this.inString = true;
        if (top && !top.array && top.expectKey && this.stack.length <= 2) this.key = [];
        return undefined;
      case COLON:
        if (top && !top.array && top !== DEEP) top.expectKey = false;
        return undefined;
      case COMMA:
        if (top && !top.array && top !== DEEP) top.expectKey = true;
        return undefined;
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        return this.open(c === OPEN_ARRAY, top);
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        this.close(chunk, i, events);
        return undefined;
      default:
        if (top?.role === 'log' && top.key === 'entries' && !top.expectKey) {
          return `log.entries must be a list of entries, found ${JSON.stringify(chunk.slice(i, i + 12))}`;
        }
        return undefined;
    }
  }

  private atEntriesLevel(c: number, chunk: string, i: number, events: ScanEvent[]): string | undefined {
    if (c === COMMA) {
      this.inScalar = false;
      return undefined;
    }
    if (c === CLOSE_ARRAY) {
      this.inScalar = false;
      this.close(chunk, i, events);
      return undefined;
    }
    if (this.inScalar) return undefined;
    this.entries++;
    if (c === OPEN_OBJECT) {
      this.capture = { pieces: [], chars: 0, start: i, line: this.line, column: this.offset + i - this.lineStart + 1 };
      this.enter({ array: false, role: 'other', expectKey: true });
      return undefined;
    }
    events.push(this.problemAt(i, `entry ${this.entries} is not a JSON object`));
    if (c === OPEN_ARRAY) this.enter({ array: true, role: 'other', expectKey: false });
    else if (c === QUOTE) this.inString = true;
    else this.inScalar = true;
    return undefined;
  }

  private open(array: boolean, parent: Frame | undefined): string | undefined {
    let role: Role = 'other';
    if (parent?.role === 'root' && parent.key === 'log' && !parent.expectKey) {
      if (array) return 'not a HAR file: "log" must be an object';
      role = 'log';
    } else if (parent?.role === 'log' && parent.key === 'entries' && !parent.expectKey) {
      if (!array) return 'log.entries must be a list of entries, found an object';
      role = 'entries';
      this.sawEntries = true;
    }
    this.enter({ array, role, expectKey: !array });
    return undefined;
  }

  private get depth(): number {
    return this.stack.length + this.deeper;
  }

  private get top(): Frame | undefined {
    return this.deeper > 0 ? DEEP : this.stack[this.stack.length - 1];
  }

  private enter(frame: Frame): void {
    if (this.stack.length < HELD_LEVELS) this.stack.push(frame);
    else this.deeper++;
  }

  /** Adds text to the entry being captured, or gives the entry up once it is past the cap. */
  private keep(piece: string): void {
    const capture = this.capture!;
    capture.chars += piece.length;
    if (capture.chars > MAX_ENTRY_CHARS) capture.pieces = [];
    else capture.pieces.push(piece);
  }

  private close(chunk: string, i: number, events: ScanEvent[]): void {
    if (this.deeper > 0) this.deeper--;
    else this.stack.pop();
    if (this.depth === 0) this.finished = true;
    if (this.capture && this.depth === 3 && this.top?.role === 'entries') {
      this.keep(chunk.slice(this.capture.start, i + 1));
      const { pieces, chars, line, column } = this.capture;
      this.capture = undefined;
      if (chars > MAX_ENTRY_CHARS) {
        events.push({ kind: 'problem', line, column, message: `entry ${this.entries} is ${chars} characters, over the ${MAX_ENTRY_CHARS / 1024 / 1024} Mi-character entry cap; skipped` });
      } else {
        events.push({ kind: 'entry', index: this.entries, line, column, text: pieces.join('') });
      }
    }
  }

  private endString(): void {
    this.inString = false;
    if (!this.key) return;
    const top = this.stack[this.stack.length - 1]!;
    top.key = this.key.join('');
    this.key = undefined;
  }

  private problemAt(i: number, message: string): ScanProblem {
    return { kind: 'problem', line: this.line, column: this.offset + i - this.lineStart + 1, message };
  }
}
