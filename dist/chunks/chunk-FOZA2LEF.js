import { createRequire as __banner_createRequire } from 'node:module'; const require = __banner_createRequire(import.meta.url);

// src/errors.ts
var GateError = class extends Error {
  name = "GateError";
};
var InputError = class extends GateError {
  name = "InputError";
};
var SnapshotError = class extends GateError {
  name = "SnapshotError";
};
var ConfigError = class extends GateError {
  name = "ConfigError";
};
var TargetUnreachableError = class extends GateError {
  name = "TargetUnreachableError";
};
var CancelledError = class extends GateError {
  name = "CancelledError";
};
function messageOf(error) {
  if (error instanceof Error) return error.message.split("\n")[0] ?? String(error);
  return String(error);
}

// src/snapshot/chunks.ts
var CHUNK = /^(.*[^/])_(\d{1,6})((?:\.[A-Za-z0-9]+)*)$/;
function chunkNameOf(key) {
  const match = CHUNK.exec(key);
  if (!match) return void 0;
  return { base: match[1], index: Number(match[2]), extensions: match[3] };
}
function newestOf(objects) {
  let newest;
  for (const object of objects) {
    if (!newest || object.modified > newest.modified || object.modified === newest.modified && naturalCompare(object.key, newest.key) > 0) {
      newest = object;
    }
  }
  return newest;
}
function chunkGroupOf(newest, keys) {
  const chunk = chunkNameOf(newest);
  if (!chunk) return [newest];
  const group = [...keys].filter((key) => {
    const other = chunkNameOf(key);
    return other !== void 0 && other.base === chunk.base && other.extensions === chunk.extensions;
  });
  return group.sort((a, b) => chunkNameOf(a).index - chunkNameOf(b).index || naturalCompare(a, b));
}
function naturalCompare(a, b) {
  return COLLATOR.compare(a, b);
}
var COLLATOR = new Intl.Collator("en", { numeric: true, sensitivity: "variant" });
function groupName(prefix, keys) {
  if (keys.length === 1) return `${prefix}${keys[0]}`;
  const chunk = chunkNameOf(keys[0]);
  return `${prefix}${chunk.base}_*${chunk.extensions} (${keys.length} chunks)`;
}

// src/snapshot/sessions.ts
var RECORDING_MARKER = ".recording";
var COMPLETE_MARKER = ".complete";
function isSessionMarker(key) {
  return key.endsWith(RECORDING_MARKER) || key.endsWith(COMPLETE_MARKER);
}
function finishedObjects(objects) {
  const keys = new Set(objects.map((o) => o.key));
  const unfinished = (base) => keys.has(`${base}${RECORDING_MARKER}`) && !keys.has(`${base}${COMPLETE_MARKER}`);
  return objects.filter((object) => {
    if (isSessionMarker(object.key)) return false;
    const chunk = chunkNameOf(object.key);
    return !chunk || !unfinished(chunk.base);
  });
}

export {
  GateError,
  InputError,
  SnapshotError,
  ConfigError,
  TargetUnreachableError,
  CancelledError,
  messageOf,
  chunkNameOf,
  newestOf,
  chunkGroupOf,
  groupName,
  RECORDING_MARKER,
  COMPLETE_MARKER,
  finishedObjects
};
