import { createRequire as __banner_createRequire } from 'node:module'; const require = __banner_createRequire(import.meta.url);
import {
  DEFAULT_CONFIG_PATH,
  PARTIAL_FILE,
  judgePartials,
  loadRuleBook,
  parseRuleBook,
  parseShard,
  readPartial,
  runGate,
  tallyGate,
  writePartial
} from "./chunks/chunk-FFXT3XKC.js";
import "./chunks/chunk-LAR5VPMU.js";
import {
  ConfigError,
  GateError,
  InputError,
  SnapshotError,
  TargetUnreachableError
} from "./chunks/chunk-FOZA2LEF.js";
import "./chunks/chunk-QGATWBSM.js";
import "./chunks/chunk-FRUAGFES.js";
export {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  GateError,
  InputError,
  PARTIAL_FILE,
  SnapshotError,
  TargetUnreachableError,
  judgePartials,
  loadRuleBook,
  parseRuleBook,
  parseShard,
  readPartial,
  runGate,
  tallyGate,
  writePartial
};
