import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { ConfigError } from '../errors.js';
import { compileRuleBook, EMPTY_RULE_BOOK, type Environment, type RuleBook, type RulesFile } from './rule-book.js';
import { configSchema } from './schema.js';
import { validate } from './validate.js';

export const DEFAULT_CONFIG_PATH = '.github/replay-gate.yml';

/**
 * Reads and validates the rules file. A missing file at the default path means defaults; a
 * missing file the user named, bad YAML, or a value off the schema is a ConfigError naming the
 * place and the problem. The routes' requestHeaders take their values from `env`.
 */
export async function loadRuleBook(configPath: string, workspace: string, env: Environment = process.env): Promise<RuleBook> {
  const file = path.resolve(workspace, configPath || DEFAULT_CONFIG_PATH);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && (!configPath || configPath === DEFAULT_CONFIG_PATH)) return EMPTY_RULE_BOOK;
    throw new ConfigError(`config ${configPath}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseRuleBook(text, configPath || DEFAULT_CONFIG_PATH, env);
}

export function parseRuleBook(text: string, name: string, env: Environment = process.env): RuleBook {
  let value: unknown;
  // Kept to place `expect:` entries on their lines (a stale one is annotated there).
  const lines = new LineCounter();
  let document: ReturnType<typeof parseDocument>;
  try {
    document = parseDocument(text, { lineCounter: lines });
    if (document.errors.length > 0) throw document.errors[0];
    value = document.toJS() ?? {};
  } catch (error) {
    throw new ConfigError(`config ${name}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const errors = validate(value, configSchema);
  if (errors.length > 0) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    throw new ConfigError(`config ${name}: ${errors[0]}${more}`);
  }
  try {
    const book = compileRuleBook(value as RulesFile, env);
    for (const expectation of book.expect) {
      const node = document.getIn(['expect', expectation.index], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) expectation.line = lines.linePos(node.range[0]).line;
    }
    return book;
  } catch (error) {
    // The schema checks the shape of paths; the compiler finds what a regex cannot, like "[" never closed.
    throw new ConfigError(`config ${name}: ${(error as Error).message}`);
  }
}

