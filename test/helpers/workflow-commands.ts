/**
 * The workflow commands the Actions runner would act on in a step's output, read the way the
 * runner reads them (actions/runner: ActionCommandManager.TryProcessCommand, ActionCommand.cs):
 * - lines end at LF, CR or CRLF (.NET's ReadLine);
 * - `::name props::data` when the line starts with `::` after leading white space (TryParseV2);
 * - otherwise the legacy `##[name props]data` anywhere in the line (TryParse), for a registered name.
 * Properties and data are unescaped as the runner does.
 */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
  line: string;
}

// Every command extension the runner registers, plus stop-commands; matched ignoring case.
const REGISTERED = new Set([
  'set-env', 'set-output', 'save-state', 'add-mask', 'add-path', 'add-matcher', 'remove-matcher', 'debug',
  'warning', 'error', 'notice', 'group', 'endgroup', 'echo', 'stop-commands',
]);

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
const unescapeLegacy = (s: string) => s.replace(/%3B/g, ';').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%5D/g, ']').replace(/%25/g, '%');

export function workflowCommands(output: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of output.split(/\r\n|\r|\n/)) {
    const command = parseV2(line) ?? parseLegacy(line);
    if (command) commands.push(command);
  }
  return commands;
}

function parseV2(line: string): WorkflowCommand | undefined {
  // .NET's TrimStart: Unicode white space, as JavaScript's \s (plus NEL).
  const message = line.replace(/^[\s\u0085]+/, '');
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!REGISTERED.has(command.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeData(message.slice(end + 2)), line };
}

function parseLegacy(line: string): WorkflowCommand | undefined {
  const at = line.indexOf('##[');
  if (at < 0) return undefined;
  const close = line.indexOf(']', at);
  if (close < 0) return undefined;
  const info = line.slice(at + 3, close);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!REGISTERED.has(command.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).split(';').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = unescapeLegacy(pair.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeLegacy(line.slice(close + 1)), line };
}
