import { type Environment, type RuleBook } from './rule-book.js';
export declare const DEFAULT_CONFIG_PATH = ".github/replay-gate.yml";
/**
 * Reads and validates the rules file. A missing file at the default path means defaults; a
 * missing file the user named, bad YAML, or a value off the schema is a ConfigError naming the
 * place and the problem. The routes' requestHeaders take their values from `env`.
 */
export declare function loadRuleBook(configPath: string, workspace: string, env?: Environment): Promise<RuleBook>;
export declare function parseRuleBook(text: string, name: string, env?: Environment): RuleBook;
