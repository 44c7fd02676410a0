import { createRequire as __banner_createRequire } from 'node:module'; const require = __banner_createRequire(import.meta.url);
import {
  KEY_VARIABLE,
  Recorder,
  openOutput,
  redactionKey,
  settingsOf
} from "./chunks/chunk-EVNO6FFN.js";
import "./chunks/chunk-LAR5VPMU.js";
import "./chunks/chunk-SN7PMGTJ.js";
import "./chunks/chunk-FOZA2LEF.js";
import "./chunks/chunk-ZGTIDDXV.js";
import "./chunks/chunk-FRUAGFES.js";

// src/record/middleware.ts
function recorder(options) {
  const log = options.log ?? ((line) => process.stderr.write(`${line}
`));
  let instance;
  const ready = openOutput(options).then((store) => {
    instance = new Recorder(settingsOf(options), { store, key: redactionKey(process.env, log), log });
    return instance;
  });
  ready.catch((error) => log(`record: cannot open ${options.out}: ${error.message}; not recording`));
  const progressMs = options.progressMs ?? 6e4;
  const timer = progressMs > 0 ? setInterval(() => instance && log(instance.progress()), progressMs).unref() : void 0;
  const observe = (req, res) => {
    const rec = instance;
    if (!rec) return;
    let ticket;
    try {
      ticket = rec.admit(req.method ?? "GET", req.url ?? "/");
      if (ticket) watch(rec, ticket, req, res);
    } catch (error) {
      if (ticket) rec.abandon(ticket, "error");
      log(`record: ${error.message}`);
    }
  };
  const middleware = ((req, res, next) => {
    observe(req, res);
    next?.();
  });
  middleware.onRequest = (request, reply, done) => {
    observe(request.raw, reply.raw);
    done();
  };
  middleware.ready = ready.then(() => void 0);
  middleware.ready.catch(() => void 0);
  middleware.progress = () => instance?.progress() ?? "record: not started";
  middleware.close = async (timeoutMs = 1e4) => {
    if (timer) clearInterval(timer);
    const rec = await ready.catch(() => void 0);
    return rec ? rec.close(Date.now() + timeoutMs) : [];
  };
  return middleware;
}
function watch(rec, admitted, req, res) {
  let ticket = admitted;
  const url = req.url ?? "/";
  const method = (req.method ?? "GET").toUpperCase();
  const emit = req.emit;
  req.emit = function(event, ...args) {
    if (event === "data" && ticket) see(ticket.requestBody, args[0], "utf8");
    return emit.apply(this, [event, ...args]);
  };
  const write = res.write;
  const end = res.end;
  res.write = function(...args) {
    if (ticket && args[0] !== void 0 && typeof args[0] !== "function") see(ticket.responseBody, args[0], args[1]);
    return write.apply(this, args);
  };
  res.end = function(...args) {
    if (ticket && args[0] !== void 0 && typeof args[0] !== "function") see(ticket.responseBody, args[0], args[1]);
    return end.apply(this, args);
  };
  res.once("finish", () => {
    req.emit = emit;
    const done = ticket;
    ticket = void 0;
    if (!done) return;
    try {
      rec.submit({
        method,
        url,
        requestHeaders: req.headers,
        requestBody: done.requestBody,
        status: res.statusCode,
        responseHeaders: res.getHeaders(),
        responseBody: done.responseBody,
        startedAt: done.startedAt,
        durationMs: Date.now() - done.startedAt
      });
    } catch {
      rec.abandon(done, "error");
    }
  });
  res.once("close", () => {
    if (ticket) {
      rec.abandon(ticket, "no-response");
      ticket = void 0;
    }
  });
}
function see(body, chunk, encoding) {
  try {
    body.add(toBuffer(chunk, encoding));
  } catch {
    body.spoil();
  }
}
function toBuffer(chunk, encoding) {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === "string" ? encoding : "utf8");
}
export {
  KEY_VARIABLE,
  recorder
};
