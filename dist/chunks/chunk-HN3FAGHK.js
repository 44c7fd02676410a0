import { createRequire as __banner_createRequire } from 'node:module'; const require = __banner_createRequire(import.meta.url);
import {
  appendAll,
  carriesUserinfo,
  causeKey,
  causesOf,
  classOf,
  describeCause,
  describeKind,
  describeReach,
  diffLines,
  diffWordsWithSpace,
  differenceCauseKey,
  forwardedHeaders,
  forwardedPath,
  fromTo,
  ignoreSnippet,
  noisyPlaces,
  parseShard,
  plural,
  rankByImpact,
  unitKey
} from "./chunk-FFXT3XKC.js";
import {
  MASK
} from "./chunk-LAR5VPMU.js";
import {
  InputError
} from "./chunk-FOZA2LEF.js";

// src/report/visible.ts
var INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]/gu;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function visible(text, keep = "") {
  return text.replace(INVISIBLE, (c) => keep.includes(c) ? c : escapeOf(c));
}
function escapeOf(c) {
  const named = NAMED[c];
  if (named) return named;
  const code = c.codePointAt(0);
  const hex = code.toString(16).toUpperCase();
  return code > 65535 ? `\\u{${hex}}` : `\\u${hex.padStart(4, "0")}`;
}

// src/report/escape.ts
function escapeMarkdown(text) {
  return visible(text.replace(/\r?\n|\r/g, " ")).replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`).replace(/@/g, "@\u200B").replace(/#(?=\w)/g, "#\u200B").replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}\u200B-`);
}
function plainText(text, max, { oneLine: oneLine2 = true } = {}) {
  const laidOut = text.replace(oneLine2 ? /[\r\n\t]+/g : /\r\n?|\t/g, (m) => m === "	" || oneLine2 ? " " : "\n");
  const clean = visible(laidOut, oneLine2 ? "" : "\n").replace(/@(?=[\w-])/g, "@\u200B").replace(/#(?=\d)/g, "#\u200B");
  return clip(clean, max);
}
function inlineCode(text) {
  const flat = visible(text.replace(/\r?\n|\r/g, " "));
  const longest = longestRun(flat, 0);
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function longestRun(text, floor) {
  let longest = floor;
  for (const run of text.matchAll(/`+/g)) if (run[0].length > longest) longest = run[0].length;
  return longest;
}
function codeBlock(text, language = "") {
  const body = visible(text.replace(/\r\n/g, "\n"), "\n	");
  const longest = longestRun(body, 2);
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}
${body}
${fence}`;
}
function escapeHtml(text) {
  return visible(text.replace(/\r\n/g, "\n"), "\n	").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function clip(text, max) {
  if (text.length <= max) return text;
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join("")}\u2026`;
}

// src/log-line.ts
var MAX_LINE_CHARS = 4e3;
var MAX_MESSAGE_CHARS = 16e3;
function logLine(text) {
  const neutral = visible(text, "	").replace(/##\[/g, "##\\[").replace(/^(\s*)::/, "$1\\::");
  return clip(neutral, MAX_LINE_CHARS);
}
function logLines(text) {
  return text.split(/\r?\n/).map(logLine).join("\n");
}
function commandMessage(text) {
  return clip(visible(text.replace(/\r\n/g, "\n"), "\n	").replace(/##\[/g, "##\\["), MAX_MESSAGE_CHARS);
}
function escapedLog(raw) {
  return {
    info: (line) => raw.info(logLine(line)),
    warning: (message, properties) => raw.warning(commandMessage(message), properties),
    error: (message, properties) => raw.error(commandMessage(message), properties),
    notice: (message, properties) => raw.notice(commandMessage(message), properties),
    setFailed: (message) => raw.setFailed(commandMessage(message))
  };
}

// src/cancel-on-signals.ts
function cancelOnSignals(target, options = {}) {
  const stop = new AbortController();
  const hurry = new AbortController();
  const signals = options.signals ?? ["SIGINT", "SIGTERM"];
  let count = 0;
  const handle = (signal) => {
    count++;
    options.onSignal?.(signal, count);
    if (count === 1) stop.abort(new Error(`cancelled by ${signal}`));
    else hurry.abort(new Error(`hurried by ${signal}`));
    if (options.giveUpAt !== void 0 && count >= options.giveUpAt) options.exit?.(signal);
  };
  for (const signal of signals) target.on(signal, handle);
  return {
    stop: stop.signal,
    hurry: hurry.signal,
    dispose: () => {
      for (const signal of signals) target.off(signal, handle);
    }
  };
}

// src/report/curl.ts
function reproductionOf(headers, rules) {
  const inputNames = Object.keys(headers);
  return {
    credentials: rules.credentials,
    addedHeaders: (endpoint) => [.../* @__PURE__ */ new Set([...inputNames, ...Object.keys(rules.requestHeaders(endpoint))])]
  };
}
var NOT_FOR_CURL = /* @__PURE__ */ new Set(["accept-encoding"]);
function curlCommand(example, targetUrl, credentials, addedHeaders) {
  const url = targetUrl.replace(/\/+$/, "") + forwardedPath(example.url, credentials);
  const parts = ["curl", "-sS", "-i"];
  if (example.method !== "GET") parts.push("-X", shellQuote(example.method));
  const added = new Set(addedHeaders);
  for (const [name, value] of Object.entries(forwardedHeaders(example.requestHeaders, credentials))) {
    if (!NOT_FOR_CURL.has(name) && !added.has(name)) parts.push("-H", shellQuote(`${name}: ${value}`));
  }
  for (const name of added) parts.push("-H", shellQuote(`${name}: ${MASK}`));
  const body = example.requestBody;
  if (body && "text" in body) parts.push("--data-binary", shellQuote(body.text));
  parts.push(shellQuote(url));
  if (body && "bytes" in body) return `# the ${body.bytes}-byte body recorded with exchange ${shellComment(example.id)} is not shown: save it from the snapshot as request-body.bin
${parts.join(" ")} --data-binary @request-body.bin`;
  return parts.join(" ");
}
function shellComment(text) {
  return text.replace(/[\r\n]/g, " ");
}
function shellQuote(text) {
  return `'${text.replace(/'/g, `'\\''`).replace(/[\r\n]/g, " ")}'`;
}

// src/report/endpoint-table.ts
var NAME_CHARS = 200;
var MARK = { breaking: "\u274C", changed: "\u26A0\uFE0F", clean: "\u2705" };
function endpointTable(endpoints, rows = endpoints.length, limitNote) {
  const shown = endpoints.slice(0, Math.max(0, rows));
  const lines = shown.map((e) => {
    const mark = e.breaking > 0 ? MARK.breaking : e.differing > 0 ? MARK.changed : MARK.clean;
    return `| ${mark} ${cell(inlineCode(clip(e.endpoint, NAME_CHARS)))} | ${e.requests} | ${e.differing} | ${e.breaking} | ${e.noiseCancelled} | ${cell(mainChange(e))} |`;
  });
  const table = lines.length > 0 ? ["| Endpoint | Requests | Differing | Breaking | Noise cancelled | Main change |", "|---|---:|---:|---:|---:|---|", ...lines] : [];
  const left = endpoints.length - shown.length;
  if (left > 0) {
    const differing = endpoints.slice(shown.length).filter((e) => e.differing > 0).length;
    const which = differing > 0 ? ` (${differing} of them differing)` : " (none of them differing)";
    if (table.length > 0) table.push("");
    table.push(`_${left} more endpoint${left === 1 ? "" : "s"}${which} left out${limitNote ? ` to fit ${limitNote}` : ""}; the full report lists every endpoint._`);
  }
  return table;
}
function cell(text) {
  return text.replace(/\|/g, "\\|");
}
function mainChange(endpoint) {
  const place = endpoint.places[0];
  if (!place) return "";
  const count = `(${place.counts.differed}/${endpoint.compared})`;
  const { expected, actual } = place.example;
  if ((place.kind === "status" || place.kind === "content-type") && expected !== void 0 && actual !== void 0) {
    const what = place.kind === "status" ? "status" : "content type";
    return `${what} ${inlineCode(clip(`${expected} \u2192 ${actual}`, NAME_CHARS))} ${count}`;
  }
  if (place.kind === "type" && place.example.from !== void 0 && place.example.to !== void 0) {
    return `${describeCause({ ...place.example, pattern: place.pattern }, { code: inlineCode, text: escapeMarkdown })} ${count}`;
  }
  return `${describeKind(place.kind, place.pattern)} ${inlineCode(clip(place.pattern, NAME_CHARS))} ${count}`;
}

// src/report/drift-section.ts
var MAX_ROWS = 50;
function driftedPlaces(endpoints) {
  return endpoints.flatMap((e) => Array.isArray(e.drift) ? e.drift.map((drift) => ({ endpoint: e.endpoint, drift })) : []);
}
function driftSection(drifted) {
  const rows = drifted.slice(0, MAX_ROWS).map(({ endpoint, drift }) => `| ${cell(inlineCode(clip(endpoint, NAME_CHARS)))} | ${cell(inlineCode(clip(drift.pattern, NAME_CHARS)))} | ${describeKind(drift.kind, drift.pattern)} | ${drift.requests} |`);
  const more = drifted.length > MAX_ROWS ? ["", `_${drifted.length - MAX_ROWS} more in the full report._`] : [];
  return [
    `<details><summary>Drift, not counted: ${plural(drifted.length, "place")} where the baseline differs from the recording</summary>`,
    "",
    "| Endpoint | Place | Change | Requests |",
    "|---|---|---|---:|",
    ...rows,
    ...more,
    "",
    "</details>"
  ];
}

// src/report/review-lines.ts
var MAX_LISTED = 20;
var REASON_CHARS = 300;
function reviewLines(review, ink, configPath) {
  const fresh = review.units.filter((u) => u.state === "new");
  const gone = review.gone ?? [];
  return {
    notes: review.note ? [noteLine(review.note, review, ink)] : [],
    fresh: listed(fresh.map((u) => `${describeCause(u, ink)}${ink.text(" on ")}${ink.code(u.endpoint)}${u.gating ? "" : ink.text(" (does not fail the gate)")}`), ink),
    gone: listed(gone.map((u) => `${describeCause(u, ink)}${ink.text(" on ")}${ink.code(u.endpoint)}`), ink),
    stale: listed(review.stale.map((s) => staleLine(s, ink, configPath)), ink),
    fingerprint: review.fingerprint
  };
}
function causeMark(cause, review, ink) {
  if (!review) return "";
  const byKey = new Map(review.units.map((u) => [u.key, u]));
  const units = cause.endpoints.map((endpoint) => byKey.get(unitKey({ ...cause, endpoint }))).filter((u) => u !== void 0);
  const parts = [];
  for (const state of ["new", "expected", "accepted"]) {
    const those = units.filter((u) => u.state === state);
    if (those.length === 0) continue;
    const where = those.length === units.length ? "" : those.length === 1 ? ` on ${ink.code(those[0].endpoint)}` : ink.text(` on ${plural(those.length, "endpoint")}`);
    if (state === "new") parts.push(`${ink.text("new since the acceptance")}${where}`);
    if (state === "accepted" && review.acceptance) parts.push(`${ink.text(`accepted by @${review.acceptance.by} ${day(review.acceptance.at)}`)}${where}`);
    if (state === "expected") {
      const reasons = [...new Set(those.map((u) => u.reason).filter((r) => r !== void 0))];
      parts.push(`${ink.text("expected")}${where}${reasons.length > 0 ? ink.text(`: ${clip2(reasons.join("; "), REASON_CHARS)}`) : ""}`);
    }
  }
  return parts.length > 0 ? `${ink.text(" \u2014 ")}${parts.join(ink.text("; "))}` : "";
}
function noteLine(note, review, ink) {
  const covered = review.units.filter((u) => u.state === "accepted").length;
  switch (note.kind) {
    case "accepted":
      return ink.text(`${note.now ? "Accepted now" : "Accepted"} by @${note.by} ${day(note.at)} at `) + ink.code(note.headSha.slice(0, 7)) + ink.text(`: ${plural(covered, "cause")} of this run ${covered === 1 ? "is" : "are"} covered; anything else that changes fails the gate again. Removing the label withdraws it.`);
    case "kept":
      return ink.text(`The acceptance by @${note.by} ${day(note.at)} at `) + ink.code(note.headSha.slice(0, 7)) + ink.text(" stays on record: this run could not be judged, so it neither uses nor changes it.");
    case "denied":
      return ink.text(`@${note.by} added the acceptance label, but ${note.why}: nothing was accepted.`);
    case "withdrawn":
      return ink.text(`The acceptance was withdrawn${note.by ? ` by @${note.by}` : ""}: the acceptance label was removed.`);
    case "not-recorded":
      return ink.text("The label ") + ink.code(note.label) + ink.text(" is on, but no acceptance is on record (it was added when there was nothing to accept): remove it and add it again to accept this run\u2019s changes.");
    case "nothing-to-accept":
      return ink.text(`@${note.by} added the acceptance label, but nothing was accepted: ${note.why}.`);
  }
}
function staleLine(s, ink, configPath) {
  const what = [s.endpoint ? ink.code(s.endpoint) : "", ink.text(s.change), s.place ? ink.code(s.place) : ""].filter(Boolean).join(ink.text(" "));
  const where = `${configPath}${s.line ? `:${s.line}` : ""}`;
  return `${ink.code(`expect[${s.index}]`)}${ink.text(" (")}${what}${ink.text(") in ")}${ink.code(where)}${ink.text(" matches no change of this run: the change it documents is not there (any more); remove the entry once the change has shipped.")}`;
}
function listed(lines, ink) {
  return lines.length > MAX_LISTED ? [...lines.slice(0, MAX_LISTED), ink.text(`and ${lines.length - MAX_LISTED} more in the JSON results`)] : lines;
}
function day(iso) {
  return `on ${iso.slice(0, 16).replace("T", " ")} UTC`;
}
function clip2(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}

// src/report/cause-section.ts
var MAX_CAUSES = 10;
var MAX_ENDPOINTS_NAMED = 5;
var MARK2 = { breaking: "\u274C", changed: "\u26A0\uFE0F", info: "\u2139\uFE0F" };
var MARKDOWN_INK = { code: inlineCode, text: escapeMarkdown };
function causeSection(causes, review) {
  if (causes.length === 0) return [];
  const lines = causes.slice(0, MAX_CAUSES).map((cause) => {
    const named = cause.endpoints.length > 1 ? `: ${cause.endpoints.slice(0, MAX_ENDPOINTS_NAMED).map((e) => inlineCode(clip(e, NAME_CHARS))).join(", ")}${cause.endpoints.length > MAX_ENDPOINTS_NAMED ? ` and ${cause.endpoints.length - MAX_ENDPOINTS_NAMED} more` : ""}` : "";
    return `- ${MARK2[cause.severity] ?? ""} ${describeCause(cause, MARKDOWN_INK)} ${describeReach(cause, MARKDOWN_INK)}${named}${causeMark(cause, review, MARKDOWN_INK)}`;
  });
  const more = causes.length > MAX_CAUSES ? [`- _${plural(causes.length - MAX_CAUSES, "more cause")} in the full report_`] : [];
  const fingerprint = review ? ["", `_Fingerprint of these changes: ${inlineCode(review.fingerprint)} (what an acceptance is bound to)._`] : [];
  return ["### What changed", "", ...lines, ...more, ...fingerprint];
}

// src/report/example-section.ts
var MAX_DIFF_LINES = 30;
var MAX_VALUE_CHARS = 300;
var MAX_EXCERPT_LINES = 60;
var MAX_EXCERPT_CHARS = 3e3;
function exampleSection(endpoint, example, shows, context) {
  const { target, reproduction, reference } = context;
  const out = [
    `### ${inlineCode(clip(endpoint.endpoint, NAME_CHARS))}: ${endpoint.breaking} breaking, ${endpoint.changed} changed of ${endpoint.compared}`,
    ""
  ];
  if (shows.length > 0) out.push(`Shows ${shows.slice(0, 3).map((c) => describeCause(c, MARKDOWN_INK)).join("; ")}${shows.length > 3 ? `; and ${shows.length - 3} more` : ""}.`, "");
  out.push(
    `Example ${inlineCode(clip(`${example.method} ${example.url}`, 500))} (recorded ${inlineCode(clip(example.id, 100))}), ${reference.diffLabel}:`,
    "",
    codeBlock(diffLines2(example.differences).join("\n"), "diff"),
    "",
    "Reproduce against the preview:",
    "",
    codeBlock(curlCommand(example, target, reproduction.credentials, reproduction.addedHeaders(endpoint.endpoint)), "sh")
  );
  if (example.excerpts) {
    out.push(
      "",
      "<details><summary>Both responses</summary>",
      "",
      `${reference.side === "baseline" ? "Baseline" : "Recorded"}:`,
      "",
      codeBlock(bounded(example.excerpts.expected)),
      "",
      "Candidate:",
      "",
      codeBlock(bounded(example.excerpts.actual)),
      "",
      "</details>"
    );
  }
  return out;
}
function diffLines2(differences) {
  const lines = differences.slice(0, MAX_DIFF_LINES).flatMap((d) => {
    const out = [];
    const path2 = oneLine(d.path);
    if (d.expected !== void 0) out.push(`- ${path2}: ${oneLine(d.expected)}`);
    if (d.actual !== void 0) out.push(`+ ${path2}: ${oneLine(d.actual)}`);
    if (out.length === 0) out.push(`! ${path2}: ${describeKind(d.kind, d.pattern)}`);
    return out;
  });
  if (differences.length > MAX_DIFF_LINES) lines.push(`! \u2026 ${differences.length - MAX_DIFF_LINES} more differences in the full report`);
  return lines;
}
function oneLine(value) {
  const flat = value.replace(/\r?\n|\r/g, "\u23CE");
  return flat.length > MAX_VALUE_CHARS ? `${flat.slice(0, MAX_VALUE_CHARS - 1)}\u2026` : flat;
}
function bounded(text) {
  let kept = text.split("\n").slice(0, MAX_EXCERPT_LINES).join("\n");
  if (kept.length > MAX_EXCERPT_CHARS) kept = kept.slice(0, MAX_EXCERPT_CHARS).replace(/[\uD800-\uDBFF]$/, "");
  return kept.length < text.length ? `${kept}
\u2026 (the full report has the rest)` : kept;
}

// src/report/latency-section.ts
var MAX_ROWS2 = 20;
var NAME_CHARS2 = 200;
function latencySection(endpoints) {
  const slow = endpoints.filter((e) => e.latency?.regression && e.latency.reference);
  if (slow.length === 0) return [];
  const lines = slow.slice(0, MAX_ROWS2).map((e) => {
    const { candidate, reference, referenceKind, p95Ratio, gated } = e.latency;
    const against = referenceKind === "baseline" ? "baseline" : "recorded";
    return `- ${inlineCode(clip(e.endpoint, NAME_CHARS2)).replace(/\|/g, "\\|")}: p95 ${reference.p95} \u2192 ${candidate.p95} ms${p95Ratio !== void 0 ? ` (${p95Ratio}\xD7)` : ""}, p50 ${reference.p50} \u2192 ${candidate.p50} ms, ${candidate.samples} vs ${reference.samples} ${against} samples${gated ? "" : " (reported, not gated)"}`;
  });
  if (slow.length > MAX_ROWS2) lines.push(`- \u2026 and ${slow.length - MAX_ROWS2} more in the full report`);
  return ["### Slower responses", "", ...lines];
}

// src/report/noise-section.ts
var MAX_ROWS3 = 50;
function noiseSection(noisy, configPath) {
  const snippet = ignoreSnippet(noisy);
  const rows = noisy.slice(0, MAX_ROWS3).map(({ endpoint, place }) => `| ${cell(inlineCode(clip(endpoint, NAME_CHARS)))} | ${cell(inlineCode(clip(place.pattern, NAME_CHARS)))} | ${place.counts.differed} | ${place.counts.varied} |`);
  const more = noisy.length > MAX_ROWS3 ? ["", `_${noisy.length - MAX_ROWS3} more in the full report._`] : [];
  const places = plural(noisy.length, "place");
  return [
    `### Noise cancelled`,
    "",
    `${places} varied between two answers of the same side, so differences there were not counted.` + (snippet ? ` To stop comparing ${noisy.length === 1 ? "it" : "them"} at all, add this to ${inlineCode(configPath)}:` : ""),
    ...snippet ? ["", codeBlock(snippet, "yaml")] : [],
    "",
    `<details><summary>Where the noise is (${places})</summary>`,
    "",
    "| Endpoint | Place | Differed | Varied by itself |",
    "|---|---|---:|---:|",
    ...rows,
    ...more,
    "",
    "</details>"
  ];
}

// src/report/pick-examples.ts
function pickExamples(ranked, causes, max) {
  const byCause = /* @__PURE__ */ new Map();
  const pool = [];
  for (const endpoint of ranked) {
    if (endpoint.differing === 0 && endpoint.info === 0) continue;
    for (const example of [endpoint.example, ...endpoint.otherExamples ?? []]) {
      if (!example) continue;
      const candidate = { endpoint, example, keys: new Set(example.differences.map(differenceCauseKey)) };
      pool.push(candidate);
      for (const key of candidate.keys) {
        const list = byCause.get(key);
        if (list) list.push(candidate);
        else byCause.set(key, [candidate]);
      }
    }
  }
  const known = new Map(causes.map((c) => [causeKey(c), c]));
  const picked = [];
  const shown = /* @__PURE__ */ new Set();
  const used = /* @__PURE__ */ new Set();
  for (const cause of causes) {
    if (picked.length >= max) break;
    const key = causeKey(cause);
    if (shown.has(key)) continue;
    const found = byCause.get(key)?.find((c) => !used.has(c));
    if (!found) continue;
    used.add(found);
    const shows = [...found.keys].filter((k) => known.has(k) && !shown.has(k)).map((k) => known.get(k));
    for (const k of found.keys) shown.add(k);
    shows.sort((a, b) => causes.indexOf(a) - causes.indexOf(b));
    picked.push({ endpoint: found.endpoint, example: found.example, shows });
  }
  for (const c of pool) {
    if (picked.length >= max) break;
    if (used.has(c) || c.example !== c.endpoint.example) continue;
    if ([...c.keys].some((k) => known.has(k))) continue;
    picked.push({ endpoint: c.endpoint, example: c.example, shows: [] });
  }
  return picked;
}

// src/report/reference.ts
function referenceOf(results) {
  const ref = results.reference;
  if (ref?.kind === "baseline") return { side: "baseline", url: ref.url, diffLabel: "baseline (-) vs candidate (+)" };
  return { side: "recording", diffLabel: "recording (-) vs candidate (+)" };
}

// src/report/variant-section.ts
var MAX_ENDPOINTS = 5;
var MAX_ROWS4 = 10;
function withVariants(ranked) {
  return ranked.filter((e) => (e.variants?.length ?? 0) > 1 && e.variants.some((v) => v.differing > 0));
}
function variantName(variant) {
  if (variant.other) return "(other parameters)";
  return variant.params.length === 0 ? "(no query)" : `?${variant.params.join(",")}`;
}
function variantChange(variant, ink) {
  const d = variant.example?.differences.find((x) => x.severity === "breaking") ?? variant.example?.differences[0];
  return d ? describeCause(d, ink) : void 0;
}
function variantSection(ranked) {
  const endpoints = withVariants(ranked);
  if (endpoints.length === 0) return [];
  const out = ["### By query parameters", ""];
  for (const e of endpoints.slice(0, MAX_ENDPOINTS)) {
    const variants = e.variants;
    out.push(`${inlineCode(clip(e.endpoint, NAME_CHARS))}:`, "", "| Query | Requests | Differing | Breaking | Example |", "|---|---:|---:|---:|---|");
    appendAll(out, variants.slice(0, MAX_ROWS4).map((v) => {
      const change = variantChange(v, { code: inlineCode, text: escapeMarkdown });
      const url = v.example ? inlineCode(clip(`${v.example.method} ${v.example.url}`, 300)) : "";
      const example = url && change ? `${url}: ${change}` : url;
      return `| ${cell(inlineCode(clip(variantName(v), NAME_CHARS)))} | ${v.requests} | ${v.differing} | ${v.breaking} | ${cell(example)} |`;
    }));
    if (variants.length > MAX_ROWS4) out.push("", `_${variants.length - MAX_ROWS4} more variants in the full report._`);
    out.push("");
  }
  if (endpoints.length > MAX_ENDPOINTS) out.push(`_${endpoints.length - MAX_ENDPOINTS} more endpoints with query variants in the full report._`, "");
  return out.slice(0, -1);
}

// src/report/review-section.ts
function reviewSection(results, configPath) {
  if (!results.review) return [];
  const r = reviewLines(results.review, MARKDOWN_INK, configPath);
  const out = [];
  for (const note of r.notes) out.push(note, "");
  const list = (lines) => lines.map((l) => `- ${l}`);
  if (r.fresh.length > 0) appendAll(out, ["### New since the acceptance", "", ...list(r.fresh), ""]);
  if (r.gone.length > 0) appendAll(out, ["<details><summary>Accepted, no longer seen</summary>", "", ...list(r.gone), "", "</details>", ""]);
  if (r.stale.length > 0) appendAll(out, ["### Stale expectations", "", ...list(r.stale), ""]);
  return out;
}

// src/report/markdown.ts
var DEFAULT_EXAMPLES = 5;
var ICON = { pass: "\u2705", fail: "\u274C", error: "\u26A0\uFE0F" };
function commentMarker(checkName) {
  return `<!-- replay-gate:${checkName.replace(/-->/g, "")} -->`;
}
function renderMarkdown(results, options) {
  const lines = [];
  lines.push(`## ${ICON[results.verdict]} ${escapeMarkdown(options.checkName)}: ${results.verdict}`, "");
  lines.push(`**${escapeMarkdown(clip(results.reason, 1e3))}**`, "");
  lines.push(overview(results), "");
  appendAll(lines, reviewSection(results, options.configPath || ".github/replay-gate.yml"));
  const ranked = rankByImpact(results.endpoints.filter((e) => e.requests > 0));
  const causes = causesOf(ranked);
  if (causes.length > 0) appendAll(lines, causeSection(causes, results.review)).push("");
  if (results.verdict === "pass") appendAll(lines, quietTable(ranked, options));
  else if (ranked.length > 0) appendAll(lines, endpointTable(ranked, options.rows, options.limitNote)).push("");
  const examples = Math.max(0, options.examples ?? DEFAULT_EXAMPLES);
  const picked = pickExamples(ranked, causes, Math.max(examples, DEFAULT_EXAMPLES));
  const context = { target: results.target, reproduction: options.reproduction, reference: referenceOf(results) };
  for (const { endpoint, example, shows } of picked.slice(0, examples)) appendAll(lines, exampleSection(endpoint, example, shows, context)).push("");
  const leftOut = Math.min(picked.length, DEFAULT_EXAMPLES) - examples;
  if (options.limitNote && leftOut > 0) {
    lines.push(`_${plural(leftOut, "worked example")} left out to fit ${options.limitNote}; the full report has ${leftOut === 1 ? "it" : "them"}._`, "");
  }
  const slower = latencySection(ranked);
  const noisy = noisyPlaces(ranked);
  const drifted = driftedPlaces(ranked);
  const variants = variantSection(ranked);
  if (options.compact) {
    const parts = [
      variants.length > 0 ? "query variants" : "",
      slower.length > 0 ? "slower responses" : "",
      noisy.length > 0 ? `${plural(noisy.length, "noisy place")} (with a rules snippet to ignore them)` : "",
      drifted.length > 0 ? plural(drifted.length, "drifted place") : ""
    ].filter(Boolean);
    if (parts.length > 0) lines.push(`_${parts.join(", ")} left out to fit ${options.limitNote ?? "the size limit"}; the full report has them._`, "");
  } else {
    if (variants.length > 0) appendAll(lines, variants).push("");
    if (slower.length > 0) appendAll(lines, slower).push("");
    if (noisy.length > 0) appendAll(lines, noiseSection(noisy, options.configPath || ".github/replay-gate.yml")).push("");
    if (drifted.length > 0) appendAll(lines, driftSection(drifted)).push("");
  }
  if (results.snapshot.decodeErrors > 0) appendAll(lines, decodeSection(results)).push("");
  if (results.snapshot.skipped.unsendable) appendAll(lines, unsendableSection(results)).push("");
  if (options.reportUrl) lines.push(`[Full report](${safeUrl(options.reportUrl)}): every endpoint, side-by-side diffs, the JSON results.`, "");
  return lines.join("\n").trimEnd() + "\n";
}
function quietTable(ranked, options) {
  const changed = ranked.filter((e) => classOf(e) !== "clean");
  const clean = ranked.filter((e) => classOf(e) === "clean");
  const out = [];
  if (changed.length > 0) appendAll(out, endpointTable(changed, options.rows, options.limitNote)).push("");
  const rows = Math.max(0, (options.rows ?? ranked.length) - changed.length);
  if (clean.length > 0) {
    out.push(`<details><summary>${plural(clean.length, "clean endpoint")}</summary>`, "");
    appendAll(out, endpointTable(clean, rows, options.limitNote)).push("", "</details>", "");
  }
  return out;
}
function overview(results) {
  const s = results.snapshot;
  const reference = referenceOf(results);
  const skipped = [
    s.skipped.method ? `${s.skipped.method} skipped by method` : "",
    s.skipped.excluded ? `${s.skipped.excluded} excluded by the select paths` : "",
    s.skipped.budget ? `${s.skipped.budget} over the max-requests budget` : "",
    s.skipped.unsendable ? `${s.skipped.unsendable} that cannot be sent as recorded` : "",
    s.decodeErrors ? entries(s.decodeErrors, "undecodable entry") : ""
  ].filter(Boolean);
  return [
    `Replayed ${plural(results.totals.requests, "request")} from ${inlineCode(clip(s.name, 300))} against ${inlineCode(clip(results.target, 300))}`,
    `, compared with ${reference.url ? `the baseline ${inlineCode(clip(reference.url, 300))}` : "the recording"}`,
    ` (${s.read} read${skipped.length ? `, ${skipped.join(", ")}` : ""}).`,
    results.totals.compared > 0 ? ` Score **${results.score}**/100.` : ""
  ].join("");
}
function decodeSection(results) {
  const issues = results.snapshot.decodeIssues.slice(0, 10).map((i) => `- ${escapeMarkdown(`${i.position}: ${i.message}`.slice(0, 300))}`);
  return [`<details><summary>${entries(results.snapshot.decodeErrors, "snapshot entry")} could not be decoded</summary>`, "", ...issues, "", "</details>"];
}
function unsendableSection(results) {
  const count = results.snapshot.skipped.unsendable ?? 0;
  const issues = (results.snapshot.unsendableIssues ?? []).slice(0, 10).map((i) => `- ${escapeMarkdown(`${i.position}: ${i.message}`.slice(0, 300))}`);
  return [`<details><summary>${plural(count, "recorded request")} could not be sent as recorded (skipped, not compared)</summary>`, "", ...issues, "", "</details>"];
}
function entries(count, noun) {
  return plural(count, noun).replace(/entrys$/, "entries");
}
function safeUrl(url) {
  return url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
}

// src/inputs.ts
function readInputs(input, workspace) {
  const mode = oneOf(input, "mode", ["replay", "merge"], "replay");
  const shard = input("shard").trim() ? parseShard(input("shard")) : void 0;
  if (shard && mode === "merge") {
    throw new InputError('input "shard" is for the replay jobs of a matrix; leave it empty in the job with mode: merge');
  }
  const needed = (name, what) => mode === "merge" ? input(name).trim() : required(input, name, what);
  const snapshot = needed("snapshot", "s3://bucket/key, s3://bucket/prefix/ or a path in the workspace");
  const targetUrl = withoutCredentials("target-url", needed("target-url", "the base URL of the preview deployment"));
  const baselineUrl = withoutCredentials("baseline-url", input("baseline-url").trim());
  return {
    gate: {
      snapshot,
      targetUrl,
      ...baselineUrl ? { baselineUrl } : {},
      failOn: oneOf(input, "fail-on", ["breaking", "changed", "never"], "breaking"),
      maxRequests: integer(input, "max-requests", 1e3, 1),
      concurrency: integer(input, "concurrency", 8, 1, 256),
      rateLimit: integer(input, "rate-limit", 50, 0),
      timeoutMs: integer(input, "timeout-ms", 1e4, 1),
      methods: methods(input("methods") || "GET,HEAD,OPTIONS"),
      headers: headerLines(input("headers")),
      ...waitFor(input),
      s3: { endpoint: input("s3-endpoint"), region: input("aws-region") },
      workspace,
      // Empty: the gate derives the seed from the snapshot's name, so re-runs replay the same requests.
      ...input("seed").trim() ? { seed: integer(input, "seed", 0, 0, 2 ** 32 - 1) } : {}
    },
    mode,
    ...shard ? { shard } : {},
    config: input("config").trim(),
    githubToken: input("github-token"),
    comment: boolean(input, "comment", true),
    checkName: input("check-name").trim() || "replay-gate",
    onError: oneOf(input, "on-error", ["fail", "neutral"], "fail"),
    // The runner passes action.yml's default when the workflow sets nothing; an empty value (set
    // on purpose, or a run outside the runner) turns acceptance by label off.
    acceptLabel: input("accept-label").trim()
  };
}
function required(input, name, what) {
  const value = input(name).trim();
  if (!value) throw new InputError(`input "${name}" is required: ${what}`);
  return value;
}
function withoutCredentials(name, url) {
  if (carriesUserinfo(url)) {
    throw new InputError(`input "${name}" must not carry credentials (user:password@); send them with input "headers" instead`);
  }
  return url;
}
function oneOf(input, name, allowed, fallback) {
  const value = input(name).trim().toLowerCase() || fallback;
  if (!allowed.includes(value)) throw new InputError(`input "${name}" must be one of ${allowed.join(", ")}; got "${value}"`);
  return value;
}
function integer(input, name, fallback, min, max = Number.MAX_SAFE_INTEGER) {
  const raw = input(name).trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(`input "${name}" must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ""}; got "${raw}"`);
  }
  return value;
}
function waitFor(input) {
  const waitTimeoutMs = integer(input, "wait-timeout-ms", 3e5, 1);
  const raw = input("wait-for").trim();
  if (!raw) return { waitTimeoutMs };
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(raw) || /\s/.test(raw)) {
    throw new InputError(`input "wait-for" must be a path on the target, like /healthz; got "${raw}"`);
  }
  return { waitFor: raw.startsWith("/") ? raw : `/${raw}`, waitTimeoutMs };
}
function boolean(input, name, fallback) {
  const raw = input(name).trim().toLowerCase();
  if (!raw) return fallback;
  if (["true", "yes", "1", "on"].includes(raw)) return true;
  if (["false", "no", "0", "off"].includes(raw)) return false;
  throw new InputError(`input "${name}" must be true or false; got "${raw}"`);
}
function methods(raw) {
  const list = raw.split(/[\s,]+/).filter(Boolean).map((m) => m.toUpperCase());
  for (const method of list) {
    if (!/^[A-Z]+$/.test(method)) throw new InputError(`input "methods" holds "${method}", which is not an HTTP method`);
  }
  if (list.length === 0) throw new InputError('input "methods" must name at least one HTTP method, e.g. GET,HEAD,OPTIONS');
  return new Set(list);
}
function headerLines(raw) {
  const headers = {};
  raw.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).trim().toLowerCase();
    if (colon <= 0 || !/^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(name)) {
      throw new InputError(`input "headers" line ${index + 1} must read "Name: value"`);
    }
    headers[name] = line.slice(colon + 1).trim();
  });
  return headers;
}

// src/report/write-reports.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// src/report/html-assets.ts
var REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #fff; --bg-soft: #f6f8fa;
  --bad: #cf222e; --bad-bg: #ffebe9; --warn: #9a6700; --warn-bg: #fff8c5; --good: #1a7f37; --good-bg: #dafbe1;
  --info: #0969da; --info-bg: #ddf4ff; --del: #ffebe9; --del-mark: #ffcecb; --add: #dafbe1; --add-mark: #aceebb;
  --noise: #f6f8fa; --noise-mark: #e6e9ed; --on-badge: #fff; }
/* GitHub's dark palette: the same meanings, contrast kept for text on every tint. */
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg: #0d1117; --bg-soft: #151b23;
    --bad: #ff7b72; --bad-bg: #3c1618; --warn: #d29922; --warn-bg: #3a2d0c; --good: #3fb950; --good-bg: #12301b;
    --info: #58a6ff; --info-bg: #0c2d4a; --del: #3c1618; --del-mark: #6e2a2b; --add: #12301b; --add-mark: #1f5a2e;
    --noise: #1b212a; --noise-mark: #2b323c; --on-badge: #0d1117; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 1280px; margin: 0 auto; padding: 16px 24px 48px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 0; } h3 { font-size: 14px; margin: 16px 0 6px; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 12px; }
pre { background: var(--bg-soft); border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; overflow-x: auto; white-space: pre-wrap; word-break: break-all; margin: 6px 0; }
header.verdict { border-left: 6px solid var(--muted); padding: 12px 16px; background: var(--bg-soft); border-radius: 6px; margin-bottom: 16px; }
header.verdict.fail { border-color: var(--bad); background: var(--bad-bg); }
header.verdict.pass { border-color: var(--good); background: var(--good-bg); }
header.verdict.error { border-color: var(--warn); background: var(--warn-bg); }
.verdict-word { display: inline-block; color: var(--on-badge); background: var(--muted); border-radius: 6px; padding: 0 10px; margin-right: 6px; font-size: 20px; }
.fail .verdict-word { background: var(--bad); } .pass .verdict-word { background: var(--good); } .error .verdict-word { background: var(--warn); }
.reason { font-weight: 600; margin: 4px 0; } .meta { color: var(--muted); margin: 4px 0 0; }
.totals { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0 0; padding: 0; list-style: none; }
.totals li { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 4px 10px; }
.totals b { font-size: 16px; margin-right: 4px; }
.filters { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; gap: 12px; padding: 10px 0; background: var(--bg); border-bottom: 1px solid var(--line); }
.filters label { white-space: nowrap; cursor: pointer; }
.filters input[type=search] { flex: 1 1 240px; min-width: 200px; padding: 5px 8px; border: 1px solid var(--line); border-radius: 6px; font: inherit; }
.filters output { color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--bg-soft); font-weight: 600; } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
#endpoints a { color: inherit; text-decoration: none; } #endpoints a:hover { text-decoration: underline; }
.badge { display: inline-block; min-width: 68px; text-align: center; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; }
.badge.breaking { color: var(--bad); background: var(--bad-bg); } .badge.changed { color: var(--warn); background: var(--warn-bg); }
.badge.info { color: var(--info); background: var(--info-bg); } .badge.noise { color: var(--muted); background: var(--bg-soft); }
.badge.clean { color: var(--good); background: var(--good-bg); }
article.endpoint { border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; margin: 16px 0; }
article.endpoint > header { display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
.counts { color: var(--muted); }
table.diff { table-layout: fixed; border: 1px solid var(--line); }
table.diff td { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12px; padding: 0 6px; border: 0; white-space: pre-wrap; word-break: break-all; }
table.diff col.ln { width: 44px; }
table.diff td.ln { width: 44px; color: var(--muted); text-align: right; user-select: none; background: var(--bg-soft); }
table.diff th { font-size: 12px; }
table.diff tr.removed td.l, table.diff tr.changed td.l { background: var(--del); }
table.diff tr.added td.r, table.diff tr.changed td.r { background: var(--add); }
table.diff td.l mark { background: var(--del-mark); } table.diff td.r mark { background: var(--add-mark); }
table.diff tr.skipped td { color: var(--muted); background: var(--bg-soft); text-align: center; font-style: italic; padding: 0; }
button.unfold { all: unset; display: block; width: 100%; cursor: pointer; padding: 2px 0; }
button.unfold:hover, button.unfold:focus-visible { color: var(--info); text-decoration: underline; }
/* A line that differs only where values vary on their own: shown, but not as a change. */
table.diff tr.changed.noise td.l, table.diff tr.changed.noise td.r { background: var(--noise); }
table.diff tr.changed.noise td mark { background: var(--noise-mark); text-decoration: underline dotted; }
a { color: var(--info); }
button.copy { float: right; margin: -2px -6px 0 8px; font: 12px/1.6 inherit; font-family: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 0 8px; cursor: pointer; }
button.copy:hover { background: var(--bg-soft); }
.scroll { overflow-x: auto; }
/* Phones (360 px and up): nothing wider than the screen; wide tables scroll on their own. */
@media (max-width: 720px) {
  main { padding: 12px 12px 32px; }
  h1 { font-size: 20px; } .verdict-word { font-size: 16px; }
  .filters { gap: 6px 10px; }
  .filters input[type=search] { min-width: 0; flex-basis: 100%; }
  table:not(.diff) { display: block; overflow-x: auto; }
  article.endpoint { padding: 10px; }
  table.diff td.ln { width: 28px; padding: 0 2px; font-size: 10px; }
  table.diff col.ln { width: 28px; }
  table.diff th { font-weight: 600; font-size: 11px; }
}
/* Paper: what the filters show, every folded line unfolded, no controls, articles kept whole. */
@media print {
  :root { --bg: #fff; --fg: #000; }
  .filters, button.copy, #no-match { display: none !important; }
  table.diff tr[data-folded][hidden] { display: table-row !important; }
  table.diff tr.skipped { display: none !important; }
  .filters { position: static; }
  article.endpoint { break-inside: avoid-page; }
  a { color: inherit; }
  pre, table.diff td { white-space: pre-wrap; }
}
mark { color: inherit; border-radius: 2px; }
.empty { color: var(--muted); font-style: italic; }
section.global { margin-top: 32px; }
ul.causes { padding-left: 20px; line-height: 1.6; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
[hidden] { display: none !important; }
`;
var REPORT_JS = `
(function () {
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name="class"]'));
  var search = document.getElementById('search');
  var shown = document.getElementById('shown');
  var none = document.getElementById('no-match');
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-class]'));

  // The filters live in the address (#hide=noise,clean&q=orders), so a link or a reload keeps
  // them; the hash, not the query, because a file:// page may not rewrite its query.
  function readState() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    if (!params.has('hide') && !params.has('q')) return;
    var hidden = (params.get('hide') || '').split(',');
    boxes.forEach(function (box) { box.checked = hidden.indexOf(box.value) === -1; });
    search.value = params.get('q') || '';
  }
  function writeState() {
    var params = new URLSearchParams();
    var hidden = boxes.filter(function (box) { return !box.checked; }).map(function (box) { return box.value; });
    if (hidden.length > 0) params.set('hide', hidden.join(','));
    if (search.value.trim() !== '') params.set('q', search.value.trim());
    var hash = params.toString();
    history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
  }
  function apply() {
    var on = {};
    boxes.forEach(function (box) { on[box.value] = box.checked; });
    var query = search.value.trim().toLowerCase();
    var rows = 0;
    items.forEach(function (item) {
      var visible = on[item.getAttribute('data-class')] === true &&
        (query === '' || item.getAttribute('data-search').indexOf(query) !== -1);
      item.hidden = !visible;
      if (visible && item.tagName === 'TR') rows++;
    });
    shown.textContent = String(rows);
    none.hidden = rows > 0;
  }
  function changed() { apply(); writeState(); }
  boxes.forEach(function (box) { box.addEventListener('change', changed); });
  search.addEventListener('input', changed);

  document.addEventListener('click', function (event) {
    var target = event.target;
    // An endpoint link scrolls to its details without putting #ep-3 where the filters are kept.
    var link = target.closest && target.closest('a[href^="#ep-"]');
    if (link) {
      var article = document.getElementById(link.getAttribute('href').slice(1));
      if (article) { event.preventDefault(); article.scrollIntoView(); }
      return;
    }
    // A folded run of unchanged lines: the lines are in the page, hidden; a click shows them.
    var unfold = target.closest && target.closest('button.unfold');
    if (unfold) {
      var row = unfold.closest('tr').nextElementSibling;
      while (row && row.hasAttribute('data-folded')) { row.hidden = false; row.removeAttribute('data-folded'); row = row.nextElementSibling; }
      unfold.closest('tr').hidden = true;
      return;
    }
    var copy = target.closest && target.closest('button.copy');
    if (copy) {
      var text = copy.parentNode.getAttribute('data-copy');
      var done = function () { copy.textContent = 'Copied'; setTimeout(function () { copy.textContent = 'Copy'; }, 1500); };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
      else { fallbackCopy(text); done(); }
    }
  });
  // The curl and the rules snippet get a copy button; what is copied is the text as shown.
  Array.prototype.slice.call(document.querySelectorAll('pre.curl, pre.snippet')).forEach(function (pre) {
    pre.setAttribute('data-copy', pre.textContent);
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', 'Copy to the clipboard');
    pre.insertBefore(button, pre.firstChild);
  });
  function fallbackCopy(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) { /* nothing more to try: the text stays selectable */ }
    document.body.removeChild(area);
  }

  readState();
  apply();
  window.addEventListener('hashchange', function () { readState(); apply(); });
})();
`;

// src/report/side-by-side.ts
var CONTEXT = 3;
var MAX_LINES = 200;
var MAX_EDIT_LENGTH = 150;
var MAX_WORD_DIFF_CHARS = 600;
function sideBySide(fullExpected, fullActual) {
  const [expected, actual] = [firstLines(fullExpected), firstLines(fullActual)];
  const found = diffLines(expected, actual, { maxEditLength: MAX_EDIT_LENGTH });
  const changes = found ?? [
    { value: expected, removed: true, added: false, count: 0 },
    { value: actual, added: true, removed: false, count: 0 }
  ];
  const rows = [];
  let left = 1;
  let right = 1;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    const lines = linesOf(change.value);
    if (!change.added && !change.removed) {
      for (const text of lines) rows.push({ kind: "same", left: { line: left++, parts: plain(text) }, right: { line: right++, parts: plain(text) } });
      continue;
    }
    const next = changes[i + 1];
    const removed = change.removed ? lines : [];
    const added = change.added ? lines : next?.added ? linesOf(next.value) : [];
    if (change.removed && next?.added) i++;
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      const before = removed[k];
      const after = added[k];
      if (before !== void 0 && after !== void 0) {
        const [l, r] = found ? wordParts(before, after) : [plain(before, true), plain(after, true)];
        rows.push({ kind: "changed", left: { line: left++, parts: l }, right: { line: right++, parts: r } });
      } else if (before !== void 0) rows.push({ kind: "removed", left: { line: left++, parts: plain(before, true) } });
      else rows.push({ kind: "added", right: { line: right++, parts: plain(after, true) } });
    }
  }
  return fold(rows);
}
function firstLines(text) {
  const lines = text.split("\n");
  return lines.length <= MAX_LINES ? text : `${lines.slice(0, MAX_LINES).join("\n")}
\u2026 ${lines.length - MAX_LINES} more lines in the JSON results
`;
}
function linesOf(value) {
  const lines = value.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}
function plain(text, marked = false) {
  return [{ text, marked }];
}
function wordParts(before, after) {
  if (before.length > MAX_WORD_DIFF_CHARS || after.length > MAX_WORD_DIFF_CHARS) return [plain(before, true), plain(after, true)];
  const left = [];
  const right = [];
  for (const change of diffWordsWithSpace(before, after)) {
    if (!change.added) left.push({ text: change.value, marked: change.removed });
    if (!change.removed) right.push({ text: change.value, marked: change.added });
  }
  return [left, right];
}
function fold(rows) {
  const near = rows.map(() => false);
  rows.forEach((row, i) => {
    if (row.kind === "same") return;
    for (let j = Math.max(0, i - CONTEXT); j <= Math.min(rows.length - 1, i + CONTEXT); j++) near[j] = true;
  });
  const out = [];
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].kind !== "same" || near[i]) {
      out.push(rows[i]);
      continue;
    }
    let j = i;
    while (j < rows.length && rows[j].kind === "same" && !near[j]) j++;
    if (j - i === 1) out.push(rows[i]);
    else out.push({ kind: "skipped", skipped: j - i, folded: rows.slice(i, j) });
    i = j - 1;
  }
  return out;
}

// src/report/html-endpoint.ts
var MAX_PLACES = 200;
var MAX_DIFFERENCES = 200;
var EXCERPT_CHARS = { sideBySide: 2e4, plain: 1500 };
function searchTextOf(endpoint) {
  const variantUrls = (endpoint.variants ?? []).slice(0, 20).map((v) => v.example?.url ?? "");
  return [endpoint.endpoint, ...endpoint.places.map((p) => p.pattern), endpoint.example?.url ?? "", ...variantUrls].join(" ").toLowerCase().slice(0, 2e3);
}
function endpointArticle(endpoint, id, options) {
  const cls = classOf(endpoint);
  const drift = driftedPlaces([endpoint]);
  const parts = [
    `<article class="endpoint" id="${id}" data-class="${cls}" data-search="${escapeHtml(searchTextOf(endpoint))}">`,
    `<header><span class="badge ${cls}">${cls}</span><h2 class="mono">${escapeHtml(endpoint.endpoint)}</h2>`,
    `<span class="counts">${endpoint.requests} requests \xB7 ${endpoint.compared} compared \xB7 ${endpoint.differing} differing \xB7 ${endpoint.breaking} breaking \xB7 ${endpoint.changed} changed \xB7 ${endpoint.info} info only \xB7 ${endpoint.noiseCancelled} noise-cancelled${typeof endpoint.drifted === "number" ? ` \xB7 ${endpoint.drifted} drifted` : ""}</span></header>`
  ];
  const latency = endpoint.latency;
  if (latency?.reference) {
    parts.push(`<p class="counts">Response time p50 ${latency.reference.p50} \u2192 ${latency.candidate.p50} ms, p95 ${latency.reference.p95} \u2192 ${latency.candidate.p95} ms against the ${latency.referenceKind === "baseline" ? "baseline" : "recording"}${latency.regression ? ' <span class="badge breaking">slower</span>' : ""}</p>`);
  }
  if (endpoint.places.length > 0) parts.push("<h3>Real differences</h3>", placesTable(endpoint.places, endpoint.compared));
  if (endpoint.example) parts.push(exampleHtml(endpoint, options));
  if ((endpoint.variants?.length ?? 0) > 1) parts.push("<h3>By query parameters</h3>", variantsTable(endpoint));
  if (endpoint.noise.length > 0) {
    parts.push("<h3>Noise (varies on its own; not counted)</h3>", placesTable(endpoint.noise, endpoint.compared, true));
  }
  if (drift.length > 0) parts.push("<h3>Drift (the baseline differs from the recording; not counted)</h3>", driftTable(drift));
  parts.push("</article>");
  return parts.join("\n");
}
function placesTable(places, compared, noise = false) {
  const rows = places.slice(0, MAX_PLACES).map((p) => `<tr><td class="mono">${escapeHtml(p.pattern)}</td><td>${escapeHtml(describeKind(p.kind, p.pattern))}</td><td>${escapeHtml(p.severity)}</td><td class="n">${p.counts.differed}/${compared}</td><td class="n">${p.counts.varied}</td><td class="mono">${escapeHtml(exampleValues(p.example))}</td></tr>`);
  const more = places.length > MAX_PLACES ? `<p class="empty">${places.length - MAX_PLACES} more places in the JSON results.</p>` : "";
  return `<table class="places${noise ? " noise" : ""}"><thead><tr><th>Place</th><th>Change</th><th>Severity</th><th class="n">Differed</th><th class="n">Varied by itself</th><th>First seen</th></tr></thead><tbody>${rows.join("")}</tbody></table>${more}`;
}
function driftTable(drift) {
  const rows = drift.slice(0, MAX_PLACES).map(({ drift: d }) => `<tr><td class="mono">${escapeHtml(d.pattern)}</td><td>${escapeHtml(describeKind(d.kind, d.pattern))}</td><td class="n">${d.requests}</td><td class="mono">${escapeHtml(exampleValues(d.example))}</td></tr>`);
  return `<table class="drift"><thead><tr><th>Place</th><th>Change</th><th class="n">Requests</th><th>First seen</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
function variantsTable(endpoint) {
  const rows = endpoint.variants.map((v) => {
    const change = variantChange(v, { code: (text) => `<code>${escapeHtml(text)}</code>`, text: escapeHtml });
    const example = v.example ? `<span class="mono">${escapeHtml(`${v.example.method} ${v.example.url}`)}</span>${change ? `: ${change}` : ""}` : "";
    return `<tr><td class="mono">${escapeHtml(variantName(v))}</td><td class="n">${v.requests}</td><td class="n">${v.differing}</td><td class="n">${v.breaking}</td><td>${example}</td></tr>`;
  });
  return `<table class="variants"><thead><tr><th>Query</th><th class="n">Requests</th><th class="n">Differing</th><th class="n">Breaking</th><th>Example</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
function exampleValues(d) {
  if (d.expected === void 0 && d.actual === void 0) return "";
  return `${d.expected ?? "(absent)"} \u2192 ${d.actual ?? "(absent)"}`;
}
function exampleHtml(endpoint, options) {
  const example = endpoint.example;
  const differences = example.differences.slice(0, MAX_DIFFERENCES).map((d) => `<tr><td class="mono">${escapeHtml(d.path)}</td><td>${escapeHtml(describeKind(d.kind, d.pattern))}</td><td>${escapeHtml(d.severity)}</td><td class="mono">${escapeHtml(d.expected ?? "")}</td><td class="mono">${escapeHtml(d.actual ?? "")}</td></tr>`);
  const parts = [
    `<h3>Example <span class="mono">${escapeHtml(`${example.method} ${example.url}`)}</span> <span class="counts">(recorded ${escapeHtml(example.id)}; ${escapeHtml(options.reference.diffLabel)})</span></h3>`,
    `<table class="differences"><thead><tr><th>Path</th><th>Change</th><th>Severity</th><th>${options.reference.side === "baseline" ? "Baseline" : "Recording"}</th><th>Candidate</th></tr></thead><tbody>${differences.join("")}</tbody></table>`,
    `<h3>Reproduce against the preview</h3><pre class="curl">${escapeHtml(curlCommand(example, options.target, options.reproduction.credentials, options.reproduction.addedHeaders(endpoint.endpoint)))}</pre>`
  ];
  if (example.excerpts && options.excerpts === "side-by-side") {
    const [expected, actual] = [example.excerpts.expected, example.excerpts.actual].map((text) => bounded2(text, EXCERPT_CHARS.sideBySide));
    parts.push("<h3>Responses side by side</h3>", diffTable(sideBySide(expected, actual), noiseKeys(endpoint), options.reference));
  } else if (example.excerpts && options.excerpts === "plain") {
    const [expected, actual] = [example.excerpts.expected, example.excerpts.actual].map((text) => bounded2(text, EXCERPT_CHARS.plain));
    parts.push("<h3>Responses</h3>", `<pre>${escapeHtml(expected)}</pre>`, `<pre>${escapeHtml(actual)}</pre>`);
  } else if (example.excerpts) {
    parts.push('<p class="empty">Both responses are in the JSON results.</p>');
  }
  return parts.join("\n");
}
function noiseKeys(endpoint) {
  const lastKey = (pattern) => /(?:\.|\[")([^.[\]"]+)"?\]?$/.exec(pattern)?.[1];
  const real = new Set(endpoint.example?.differences.map((d) => lastKey(d.path)) ?? []);
  return new Set(endpoint.noise.map((p) => lastKey(p.pattern)).filter((k) => k !== void 0 && !real.has(k)));
}
function diffTable(rows, noise, reference) {
  const row = (r, folded = false) => {
    const side = (s, cls) => s ? `<td class="ln">${s.line}</td><td class="${cls}">${partsHtml(s.parts)}</td>` : `<td class="ln"></td><td class="${cls}"></td>`;
    const key = r.kind === "changed" ? /^\s*"([^"]+)":/.exec(r.left?.parts.map((p) => p.text).join("") ?? "")?.[1] : void 0;
    const isNoise = key !== void 0 && noise.has(key);
    return `<tr class="${isNoise ? "changed noise" : r.kind}"${isNoise ? ' title="Noise: varies on its own; not counted"' : ""}${folded ? " data-folded hidden" : ""}>${side(r.left, "l")}${side(r.right, "r")}</tr>`;
  };
  const body = rows.map((r) => r.kind === "skipped" ? `<tr class="skipped"><td colspan="4"><button type="button" class="unfold" aria-expanded="false">\u22EF ${r.skipped} unchanged lines</button></td></tr>${(r.folded ?? []).map((f) => row(f, true)).join("")}` : row(r));
  return `<table class="diff"><colgroup><col class="ln"><col><col class="ln"><col></colgroup><thead><tr><th colspan="2">${reference.side === "baseline" ? "Baseline" : "Recording"}</th><th colspan="2">Candidate (this PR)</th></tr></thead><tbody>${body.join("")}</tbody></table>`;
}
function partsHtml(parts) {
  return parts.map((p) => p.marked ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text)).join("");
}
function bounded2(text, max) {
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/[\uD800-\uDBFF]$/, "")}
\u2026 ${text.length - max} more characters in the JSON results`;
}

// src/report/html-report.ts
var SIDE_BY_SIDE_ENDPOINTS = 100;
var EXCERPT_ENDPOINTS = 1e3;
var CLASSES = ["breaking", "changed", "info", "noise", "clean"];
var CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
function renderHtmlReport(results, options) {
  const ranked = rankByImpact(results.endpoints);
  const counts = new Map(CLASSES.map((c) => [c, 0]));
  for (const e of ranked) counts.set(classOf(e), counts.get(classOf(e)) + 1);
  const detailed = ranked.map((e, i) => ({ e, id: `ep-${i}` })).filter(({ e }) => e.places.length + e.noise.length > 0 || e.example || (e.drift?.length ?? 0) > 0);
  const articles = detailed.map(({ e, id }, i) => endpointArticle(e, id, {
    target: results.target,
    reproduction: options.reproduction,
    reference: referenceOf(results),
    excerpts: i < SIDE_BY_SIDE_ENDPOINTS ? "side-by-side" : i < EXCERPT_ENDPOINTS ? "plain" : "none"
  }));
  const withDetails = new Set(detailed.map(({ id }) => id));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(`${options.checkName}: ${results.verdict}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${verdictHeader(results, options)}
${reviewBlock(results, options.configPath)}${causeList(causesOf(ranked), results.review)}
<nav class="filters" aria-label="Filter endpoints">
${CLASSES.map((c) => `<label><input type="checkbox" name="class" value="${c}" checked> <span class="badge ${c}">${c}</span> ${counts.get(c)}</label>`).join("\n")}
<input type="search" id="search" placeholder="Search endpoints and changed places" aria-label="Search endpoints">
<output><span id="shown">${ranked.length}</span> of ${plural(ranked.length, "endpoint")} shown</output>
</nav>
<table id="endpoints">
<thead><tr><th>Class</th><th>Endpoint</th><th class="n">Requests</th><th class="n">Differing</th><th class="n">Breaking</th><th class="n">Noise cancelled</th><th>Main change</th></tr></thead>
<tbody>
${ranked.map((e, i) => endpointRow(e, `ep-${i}`, withDetails.has(`ep-${i}`))).join("\n")}
</tbody>
</table>
<p id="no-match" class="empty" hidden>No endpoint matches the filters.</p>
<section id="details">
${articles.join("\n")}
</section>
${noiseSummary(results, options)}
${driftSummary(results)}
${decodeIssues(results)}
${unsendableIssues(results)}
<footer>${escapeHtml(options.checkName)} \xB7 ${escapeHtml(results.startedAt)} \u2013 ${escapeHtml(results.finishedAt)}${options.runUrl ? ` \xB7 <a href="${escapeHtml(options.runUrl)}" rel="noreferrer">workflow run</a>` : ""}</footer>
</main>
<script>${REPORT_JS}</script>
</body>
</html>
`;
}
function verdictHeader(results, options) {
  const t = results.totals;
  const s = results.snapshot;
  const word = { pass: "PASS", fail: "FAIL", error: "ERROR" }[results.verdict];
  const totals = [
    [t.requests, "requests replayed"],
    [t.compared, "compared"],
    [t.differing, "differing"],
    [t.breaking, "breaking"],
    [t.changed, "changed"],
    [t.info, "info only"],
    [t.noiseCancelled, "noise-cancelled"],
    [t.endpoints, "endpoints"]
  ];
  return `<header class="verdict ${results.verdict}">
<h1><span class="verdict-word">${word}</span> ${escapeHtml(options.checkName)}</h1>
<p class="reason">${escapeHtml(results.reason)}</p>
<p class="meta">Snapshot <code>${escapeHtml(s.name)}</code> (${s.read} read, ${s.selected} selected, ${s.skipped.method} skipped by method, ${s.skipped.budget} over budget, ${s.decodeErrors} undecodable${s.skipped.unsendable ? `, ${s.skipped.unsendable} not sendable as recorded` : ""}) replayed against <code>${escapeHtml(results.target)}</code>, compared with ${referenceOf(results).url ? `the baseline <code>${escapeHtml(referenceOf(results).url)}</code>` : "the recording"}, fail-on ${escapeHtml(results.failOn)}${t.compared > 0 ? `, score ${results.score}/100` : ""}.</p>
<ul class="totals">${totals.map(([n, label]) => `<li><b>${n}</b>${label}</li>`).join("")}</ul>
</header>`;
}
function placeChange(place) {
  const [from, to] = fromTo(place.example);
  return { kind: place.kind, pattern: place.pattern, ...from !== void 0 ? { from } : {}, ...to !== void 0 ? { to } : {} };
}
var HTML_INK = { code: (text) => `<code>${escapeHtml(text)}</code>`, text: escapeHtml };
var MAX_CAUSES2 = 200;
function causeList(causes, review) {
  if (causes.length === 0) return "";
  const items = causes.slice(0, MAX_CAUSES2).map((c) => `<li><span class="badge ${c.severity}">${escapeHtml(c.severity)}</span> ${describeCause(c, HTML_INK)} ${describeReach(c, HTML_INK)}${c.endpoints.length > 1 ? `: ${c.endpoints.slice(0, 20).map((e) => `<span class="mono">${escapeHtml(e)}</span>`).join(", ")}${c.endpoints.length > 20 ? ` and ${c.endpoints.length - 20} more` : ""}` : ""}${causeMark(c, review, HTML_INK)}</li>`);
  const more = causes.length > MAX_CAUSES2 ? `<p class="empty">${causes.length - MAX_CAUSES2} more causes in the JSON results.</p>` : "";
  const fingerprint = review ? `<p class="meta">Fingerprint of these changes: <code>${escapeHtml(review.fingerprint)}</code> (what an acceptance is bound to).</p>` : "";
  return `<section class="global" id="causes"><h2>What changed: ${plural(causes.length, "cause")}</h2><ul class="causes">${items.join("")}</ul>${more}${fingerprint}</section>`;
}
function reviewBlock(results, configPath = ".github/replay-gate.yml") {
  if (!results.review) return "";
  const r = reviewLines(results.review, HTML_INK, configPath);
  const list = (title, lines) => lines.length > 0 ? `<h3>${escapeHtml(title)}</h3><ul>${lines.map((l) => `<li>${l}</li>`).join("")}</ul>` : "";
  const body = r.notes.map((n) => `<p>${n}</p>`).join("") + list("New since the acceptance", r.fresh) + list("Accepted, no longer seen", r.gone) + list("Stale expectations", r.stale);
  return body ? `<section class="global" id="review"><h2>Review</h2>${body}</section>` : "";
}
function endpointRow(e, id, linked) {
  const cls = classOf(e);
  const name = linked ? `<a href="#${id}" class="mono">${escapeHtml(e.endpoint)}</a>` : `<span class="mono">${escapeHtml(e.endpoint)}</span>`;
  const place = e.places[0];
  const main = place ? `${describeCause(placeChange(place), HTML_INK)} (${place.counts.differed}/${e.compared})` : "";
  return `<tr data-class="${cls}" data-search="${escapeHtml(searchTextOf(e))}"><td><span class="badge ${cls}">${cls}</span></td><td>${name}</td><td class="n">${e.requests}</td><td class="n">${e.differing}</td><td class="n">${e.breaking}</td><td class="n">${e.noiseCancelled}</td><td>${main}</td></tr>`;
}
function noiseSummary(results, options) {
  const noisy = noisyPlaces(rankByImpact(results.endpoints));
  if (noisy.length === 0) return "";
  const snippet = ignoreSnippet(noisy);
  return `<section class="global" id="noise"><h2>Noise: ${plural(noisy.length, "place")} that vary on their own</h2>
<p>Differences there were not counted.${snippet ? ` To stop comparing them at all, add this to <code>${escapeHtml(options.configPath || ".github/replay-gate.yml")}</code>:` : ""}</p>
${snippet ? `<pre class="snippet">${escapeHtml(snippet)}</pre>` : ""}</section>`;
}
function driftSummary(results) {
  const drifted = driftedPlaces(rankByImpact(results.endpoints));
  if (drifted.length === 0) return "";
  const rows = drifted.slice(0, 500).map(({ endpoint, drift }) => `<tr><td class="mono">${escapeHtml(endpoint)}</td><td class="mono">${escapeHtml(drift.pattern)}</td><td>${escapeHtml(describeKind(drift.kind, drift.pattern))}</td><td class="n">${drift.requests}</td></tr>`);
  return `<section class="global" id="drift"><h2>Drift: ${plural(drifted.length, "place")} where the baseline differs from the recording</h2>
<p>The data or the environment moved since the recording; this pull request did not cause it, and it was not counted.</p>
<table><thead><tr><th>Endpoint</th><th>Place</th><th>Change</th><th class="n">Requests</th></tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
}
function decodeIssues(results) {
  const s = results.snapshot;
  if (s.decodeErrors === 0) return "";
  const items = s.decodeIssues.map((i) => `<li><code>${escapeHtml(`${i.source} ${i.position}`)}</code>: ${escapeHtml(i.message)}</li>`);
  return `<section class="global" id="decode"><h2>${plural(s.decodeErrors, "snapshot entry").replace(/entrys$/, "entries")} could not be decoded</h2><ul>${items.join("")}</ul></section>`;
}
function unsendableIssues(results) {
  const s = results.snapshot;
  const count = s.skipped.unsendable ?? 0;
  if (count === 0) return "";
  const items = (s.unsendableIssues ?? []).map((i) => `<li><code>${escapeHtml(`${i.source} ${i.position}`)}</code>: ${escapeHtml(i.message)}</li>`);
  const more = count > items.length ? `<p class="empty">The first ${items.length} are listed.</p>` : "";
  return `<section class="global" id="unsendable"><h2>${plural(count, "recorded request")} could not be sent as recorded</h2>
<p>The HTTP client refuses them as they are (a control character in a header or the path, a header name that is no token, \u2026): they were skipped, not compared, and do not count against the pull request.</p><ul>${items.join("")}</ul>${more}</section>`;
}

// src/report/write-reports.ts
async function writeReports(results, dir, options) {
  await mkdir(dir, { recursive: true });
  const files = { json: path.join(dir, "results.json"), html: path.join(dir, "report.html") };
  await writeFile(files.json, JSON.stringify(results, null, 2));
  await writeFile(files.html, htmlOrNotice(results, options));
  return files;
}
function htmlOrNotice(results, options) {
  try {
    return renderHtmlReport(results, options);
  } catch (error) {
    const why = escapeHtml(error.message ?? String(error));
    return `<!doctype html><meta charset="utf-8"><title>${escapeHtml(options.checkName)}: ${results.verdict}</title><p>The HTML report could not be rendered (${why}); results.json beside this file has everything.</p>
`;
  }
}

export {
  cancelOnSignals,
  escapeMarkdown,
  plainText,
  clip,
  reproductionOf,
  diffLines2 as diffLines,
  DEFAULT_EXAMPLES,
  commentMarker,
  renderMarkdown,
  readInputs,
  logLine,
  logLines,
  escapedLog,
  writeReports
};
