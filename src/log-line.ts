import type { AnnotationProperties } from './github/workflow-annotations.js';
import { clip } from './report/escape.js';
import { visible } from './report/visible.js';

// The runner keeps every line; one that long is data, and the report has all of it.
const MAX_LINE_CHARS = 4000;
const MAX_MESSAGE_CHARS = 16_000;

/**
 * One line for the log, the runner's or a terminal's, whatever text it carries: no data in it
 * can start a workflow command or switch commands off, nor draw on a terminal.
 * - Line breaks and every other control, bidi or invisible character are written out (`\n`,
 *   `\u001B`, `\u202E`), so the text stays on this one line and reads as what it is.
 * - The runner takes a line as a command when it starts with `::` after leading white space
 *   (`::warning::`, `::add-mask::`, `::stop-commands::`), and, in the legacy form, when `##[`
 *   appears anywhere in it (`##[error]`): a backslash goes before either.
 * - At most 4,000 characters.
 * Applying it twice changes nothing, so a line may pass through more than one sink.
 */
export function logLine(text: string): string {
  const neutral = visible(text, '\t').replace(/##\[/g, '##\\[').replace(/^(\s*)::/, '$1\\::');
  return clip(neutral, MAX_LINE_CHARS);
}

/** Text of several lines, each made a safe log line: for a stack trace on a terminal. */
export function logLines(text: string): string {
  return text.split(/\r?\n/).map(logLine).join('\n');
}

/**
 * The message of a workflow command (`::warning::…`, `::error::…`). @actions/core writes `%`, CR
 * and LF in it as `%25`, `%0D` and `%0A`, and properties also `:` and `,`, so the message stays one
 * command and the runner shows its lines as lines; what is left to do is what it does not do.
 */
export function commandMessage(text: string): string {
  return clip(visible(text.replace(/\r\n/g, '\n'), '\n\t').replace(/##\[/g, '##\\['), MAX_MESSAGE_CHARS);
}

/** Where the action writes its log: @actions/core itself, or a test's stand-in. */
export interface LogSink {
  info(line: string): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
  setFailed(message: string): void;
}

/**
 * The sink every log line of the action goes through: wrapping the sink, rather than each call,
 * means no line that carries a URL, a header name or a server's error text can forget it.
 */
export function escapedLog(raw: LogSink): LogSink {
  return {
    info: (line) => raw.info(logLine(line)),
    warning: (message, properties) => raw.warning(commandMessage(message), properties),
    error: (message, properties) => raw.error(commandMessage(message), properties),
    notice: (message, properties) => raw.notice(commandMessage(message), properties),
    setFailed: (message) => raw.setFailed(commandMessage(message)),
  };
}
