import { createRequire as __banner_createRequire } from 'node:module'; const require = __banner_createRequire(import.meta.url);
import {
  createS3Client,
  openS3Object,
  parseS3Url,
  resolveS3Objects
} from "./chunk-SN7PMGTJ.js";
import "./chunk-FOZA2LEF.js";
import "./chunk-ZGTIDDXV.js";
import "./chunk-FRUAGFES.js";
export {
  createS3Client,
  openS3Object,
  parseS3Url,
  resolveS3Objects
};
