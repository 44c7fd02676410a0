/**
 * The engine as a library: `import { runGate } from 'replay-gate'`. The same pipeline the action
 * and the CLI run (snapshot → replay → compare → score → verdict), without GitHub: the caller
 * decides what to do with the results (the action's reports are written from the same object).
 */
export { runGate, tallyGate, type GateHooks, type GateOptions, type GateResults } from './gate.js';
export { judgePartials, type GatePartial, type RunPins } from './partial.js';
export { PARTIAL_FILE, readPartial, writePartial } from './partial-file.js';
export { parseShard, type Shard } from './shard.js';
export { DEFAULT_CONFIG_PATH, loadRuleBook, parseRuleBook } from './config/load.js';
export type { RuleBook } from './config/rule-book.js';
export { ConfigError, GateError, InputError, SnapshotError, TargetUnreachableError } from './errors.js';
export type { FailOn, VerdictName } from './verdict/verdict.js';
export type { EndpointStats, Totals } from './score/types.js';
