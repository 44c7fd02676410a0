import { createRequire as __banner_createRequire } from 'node:module'; const require = __banner_createRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-SXE26OTR.js";
import "./chunk-6OBFJZPX.js";
import "./chunk-QGATWBSM.js";
import "./chunk-FRUAGFES.js";
export {
  context,
  getOctokit
};
