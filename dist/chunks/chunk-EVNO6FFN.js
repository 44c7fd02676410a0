import { createRequire as __banner_createRequire } from 'node:module'; const require = __banner_createRequire(import.meta.url);
import {
  ContentDecodingError,
  CredentialPolicy,
  MAX_BODY_BYTES,
  childPath,
  compilePathPattern,
  compileSelectFilter,
  decodeContent,
  endpointOf,
  queryParams,
  recordedBody,
  rewriteQuery
} from "./chunk-LAR5VPMU.js";
import {
  createS3Client,
  init_protocols,
  protocols_exports,
  require_dist_cjs
} from "./chunk-SN7PMGTJ.js";
import {
  COMPLETE_MARKER,
  InputError,
  RECORDING_MARKER,
  chunkNameOf
} from "./chunk-FOZA2LEF.js";
import {
  endpoints_exports,
  init_endpoints
} from "./chunk-ZGTIDDXV.js";
import {
  __commonJS,
  __require,
  __toCommonJS,
  __toESM
} from "./chunk-FRUAGFES.js";

// node_modules/@aws-sdk/lib-storage/dist-cjs/index.js
var require_dist_cjs2 = __commonJS({
  "node_modules/@aws-sdk/lib-storage/dist-cjs/index.js"(exports) {
    var { PutObjectCommand, ChecksumAlgorithm, CreateMultipartUploadCommand, AbortMultipartUploadCommand, UploadPartCommand, CompleteMultipartUploadCommand, PutObjectTaggingCommand } = require_dist_cjs();
    var { toEndpointV1, getEndpointFromInstructions } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { extendedEncodeURIComponent } = (init_protocols(), __toCommonJS(protocols_exports));
    var { EventEmitter } = __require("events");
    var { Buffer: Buffer2 } = __require("buffer");
    var { statSync, ReadStream } = __require("node:fs");
    var { Readable } = __require("stream");
    var runtimeConfigShared = {
      statSync: () => {
      },
      isFileReadStream(f) {
        return false;
      }
    };
    var runtimeConfig = {
      ...runtimeConfigShared,
      runtime: "node",
      statSync,
      isFileReadStream(f) {
        return f instanceof ReadStream;
      }
    };
    var byteLength = (input) => {
      if (input == null) {
        return 0;
      }
      if (typeof input === "string") {
        return Buffer2.byteLength(input);
      }
      if (typeof input.byteLength === "number") {
        return input.byteLength;
      } else if (typeof input.length === "number") {
        return input.length;
      } else if (typeof input.size === "number") {
        return input.size;
      } else if (typeof input.start === "number" && typeof input.end === "number") {
        return input.end + 1 - input.start;
      } else if (runtimeConfig.isFileReadStream(input)) {
        try {
          return runtimeConfig.statSync(input.path).size;
        } catch (error) {
          return void 0;
        }
      }
      return void 0;
    };
    var BYTE_LENGTH_SOURCE;
    (function(BYTE_LENGTH_SOURCE2) {
      BYTE_LENGTH_SOURCE2["EMPTY_INPUT"] = "a null or undefined Body";
      BYTE_LENGTH_SOURCE2["CONTENT_LENGTH"] = "the ContentLength property of the params set by the caller";
      BYTE_LENGTH_SOURCE2["STRING_LENGTH"] = "the encoded byte length of the Body string";
      BYTE_LENGTH_SOURCE2["TYPED_ARRAY"] = "the byteLength of a typed byte array such as Uint8Array";
      BYTE_LENGTH_SOURCE2["LENGTH"] = "the value of Body.length";
      BYTE_LENGTH_SOURCE2["SIZE"] = "the value of Body.size";
      BYTE_LENGTH_SOURCE2["START_END_DIFF"] = "the numeric difference between Body.start and Body.end";
      BYTE_LENGTH_SOURCE2["STAT"] = "the size of the file given by Body.path on disk as reported by statSync";
    })(BYTE_LENGTH_SOURCE || (BYTE_LENGTH_SOURCE = {}));
    var byteLengthSource = (input, override) => {
      if (override != null) {
        return BYTE_LENGTH_SOURCE.CONTENT_LENGTH;
      }
      if (input == null) {
        return BYTE_LENGTH_SOURCE.EMPTY_INPUT;
      }
      if (typeof input === "string") {
        return BYTE_LENGTH_SOURCE.STRING_LENGTH;
      }
      if (typeof input.byteLength === "number") {
        return BYTE_LENGTH_SOURCE.TYPED_ARRAY;
      } else if (typeof input.length === "number") {
        return BYTE_LENGTH_SOURCE.LENGTH;
      } else if (typeof input.size === "number") {
        return BYTE_LENGTH_SOURCE.SIZE;
      } else if (typeof input.start === "number" && typeof input.end === "number") {
        return BYTE_LENGTH_SOURCE.START_END_DIFF;
      } else if (runtimeConfig.isFileReadStream(input)) {
        try {
          runtimeConfig.statSync(input.path).size;
          return BYTE_LENGTH_SOURCE.STAT;
        } catch (error) {
          return void 0;
        }
      }
      return void 0;
    };
    async function* getChunkStream(data, partSize, getNextData) {
      let partNumber = 1;
      const currentBuffer = { chunks: [], length: 0 };
      for await (const datum of getNextData(data)) {
        currentBuffer.chunks.push(datum);
        currentBuffer.length += datum.byteLength;
        while (currentBuffer.length > partSize) {
          const dataChunk = currentBuffer.chunks.length > 1 ? Buffer2.concat(currentBuffer.chunks) : currentBuffer.chunks[0];
          yield {
            partNumber,
            data: dataChunk.subarray(0, partSize)
          };
          currentBuffer.chunks = [dataChunk.subarray(partSize)];
          currentBuffer.length = currentBuffer.chunks[0].byteLength;
          partNumber += 1;
        }
      }
      yield {
        partNumber,
        data: currentBuffer.chunks.length !== 1 ? Buffer2.concat(currentBuffer.chunks) : currentBuffer.chunks[0],
        lastPart: true
      };
    }
    async function* getChunkUint8Array(data, partSize) {
      let partNumber = 1;
      let startByte = 0;
      let endByte = partSize;
      while (endByte < data.byteLength) {
        yield {
          partNumber,
          data: data.subarray(startByte, endByte)
        };
        partNumber += 1;
        startByte = endByte;
        endByte = startByte + partSize;
      }
      yield {
        partNumber,
        data: data.subarray(startByte),
        lastPart: true
      };
    }
    async function* getDataReadable(data) {
      for await (const chunk of data) {
        if (Buffer2.isBuffer(chunk) || chunk instanceof Uint8Array) {
          yield chunk;
        } else {
          yield Buffer2.from(chunk);
        }
      }
    }
    async function* getDataReadableStream(data) {
      const reader = data.getReader();
      try {
        while (true) {
          const { done, value } = await reader.read();
          if (done) {
            return;
          }
          if (Buffer2.isBuffer(value) || value instanceof Uint8Array) {
            yield value;
          } else {
            yield Buffer2.from(value);
          }
        }
      } catch (e) {
        throw e;
      } finally {
        reader.releaseLock();
      }
    }
    var getChunk = (data, partSize) => {
      if (data instanceof Uint8Array) {
        return getChunkUint8Array(data, partSize);
      }
      if (data instanceof Readable) {
        return getChunkStream(data, partSize, getDataReadable);
      }
      if (data instanceof String || typeof data === "string") {
        return getChunkUint8Array(Buffer2.from(data), partSize);
      }
      if (typeof data.stream === "function") {
        return getChunkStream(data.stream(), partSize, getDataReadableStream);
      }
      if (data instanceof ReadableStream) {
        return getChunkStream(data, partSize, getDataReadableStream);
      }
      throw new Error("Body Data is unsupported format, expected data to be one of: string | Uint8Array | Buffer | Readable | ReadableStream | Blob;.");
    };
    var Upload2 = class _Upload extends EventEmitter {
      static MIN_PART_SIZE = 1024 * 1024 * 5;
      MAX_PARTS = 1e4;
      queueSize = 4;
      partSize;
      leavePartsOnError = false;
      tags = [];
      client;
      params;
      totalBytes;
      totalBytesSource;
      bytesUploadedSoFar;
      abortController;
      concurrentUploaders = [];
      createMultiPartPromise;
      abortMultipartUploadCommand = null;
      uploadedParts = [];
      uploadEnqueuedPartsCount = 0;
      expectedPartsCount;
      uploadId;
      uploadEvent;
      isMultiPart = true;
      singleUploadResult;
      sent = false;
      constructor(options) {
        super();
        this.queueSize = options.queueSize || this.queueSize;
        this.leavePartsOnError = options.leavePartsOnError || this.leavePartsOnError;
        this.tags = options.tags || this.tags;
        this.client = options.client;
        this.params = options.params;
        if (!this.params) {
          throw new Error(`InputError: Upload requires params to be passed to upload.`);
        }
        this.totalBytes = this.params.ContentLength ?? byteLength(this.params.Body);
        this.totalBytesSource = byteLengthSource(this.params.Body, this.params.ContentLength);
        this.bytesUploadedSoFar = 0;
        this.abortController = options.abortController ?? new AbortController();
        this.partSize = options.partSize || Math.max(_Upload.MIN_PART_SIZE, Math.ceil((this.totalBytes || 0) / this.MAX_PARTS));
        if (this.totalBytes !== void 0) {
          this.expectedPartsCount = Math.ceil(this.totalBytes / this.partSize);
        }
        this.__validateInput();
      }
      async abort() {
        this.abortController.abort();
      }
      async done() {
        if (this.sent) {
          throw new Error("@aws-sdk/lib-storage: this instance of Upload has already executed .done(). Create a new instance.");
        }
        this.sent = true;
        return await Promise.race([this.__doMultipartUpload(), this.__abortTimeout(this.abortController.signal)]);
      }
      on(event, listener) {
        this.uploadEvent = event;
        return super.on(event, listener);
      }
      async __uploadUsingPut(dataPart) {
        this.isMultiPart = false;
        const params = { ...this.params, Body: dataPart.data };
        const clientConfig = this.client.config;
        const requestHandler = clientConfig.requestHandler;
        const eventEmitter = requestHandler instanceof EventEmitter ? requestHandler : null;
        const uploadEventListener = (event) => {
          this.bytesUploadedSoFar = event.loaded;
          this.totalBytes = event.total;
          this.__notifyProgress({
            loaded: this.bytesUploadedSoFar,
            total: this.totalBytes,
            part: dataPart.partNumber,
            Key: this.params.Key,
            Bucket: this.params.Bucket
          });
        };
        if (eventEmitter !== null) {
          eventEmitter.on("xhr.upload.progress", uploadEventListener);
        }
        const resolved = await Promise.all([this.client.send(new PutObjectCommand(params)), clientConfig?.endpoint?.()]);
        const putResult = resolved[0];
        let endpoint = resolved[1];
        if (!endpoint) {
          endpoint = toEndpointV1(await getEndpointFromInstructions(params, PutObjectCommand, {
            ...clientConfig
          }));
        }
        if (!endpoint) {
          throw new Error('Could not resolve endpoint from S3 "client.config.endpoint()" nor EndpointsV2.');
        }
        if (eventEmitter !== null) {
          eventEmitter.off("xhr.upload.progress", uploadEventListener);
        }
        const locationKey = this.params.Key.split("/").map((segment) => extendedEncodeURIComponent(segment)).join("/");
        const locationBucket = extendedEncodeURIComponent(this.params.Bucket);
        const Location = (() => {
          const endpointHostnameIncludesBucket = endpoint.hostname.startsWith(`${locationBucket}.`);
          const forcePathStyle = this.client.config.forcePathStyle;
          const optionalPort = endpoint.port ? `:${endpoint.port}` : ``;
          if (forcePathStyle) {
            return `${endpoint.protocol}//${endpoint.hostname}${optionalPort}/${locationBucket}/${locationKey}`;
          }
          if (endpointHostnameIncludesBucket) {
            return `${endpoint.protocol}//${endpoint.hostname}${optionalPort}/${locationKey}`;
          }
          return `${endpoint.protocol}//${locationBucket}.${endpoint.hostname}${optionalPort}/${locationKey}`;
        })();
        this.singleUploadResult = {
          ...putResult,
          Bucket: this.params.Bucket,
          Key: this.params.Key,
          Location
        };
        const totalSize = byteLength(dataPart.data);
        this.__notifyProgress({
          loaded: totalSize,
          total: totalSize,
          part: 1,
          Key: this.params.Key,
          Bucket: this.params.Bucket
        });
      }
      async __createMultipartUpload() {
        const requestChecksumCalculation = await this.client.config.requestChecksumCalculation();
        if (!this.createMultiPartPromise) {
          const createCommandParams = { ...this.params, Body: void 0 };
          if (requestChecksumCalculation === "WHEN_SUPPORTED") {
            createCommandParams.ChecksumAlgorithm = this.params.ChecksumAlgorithm || ChecksumAlgorithm.CRC32;
          }
          this.createMultiPartPromise = this.client.send(new CreateMultipartUploadCommand(createCommandParams)).then((createMpuResponse) => {
            this.abortMultipartUploadCommand = new AbortMultipartUploadCommand({
              Bucket: this.params.Bucket,
              Key: this.params.Key,
              UploadId: createMpuResponse.UploadId
            });
            return createMpuResponse;
          });
        }
        return this.createMultiPartPromise;
      }
      async __doConcurrentUpload(dataFeeder) {
        for await (const dataPart of dataFeeder) {
          if (this.uploadEnqueuedPartsCount > this.MAX_PARTS) {
            throw new Error(`Exceeded ${this.MAX_PARTS} parts in multipart upload to Bucket: ${this.params.Bucket} Key: ${this.params.Key}.`);
          }
          if (this.abortController.signal.aborted) {
            return;
          }
          if (dataPart.partNumber === 1 && dataPart.lastPart) {
            return await this.__uploadUsingPut(dataPart);
          }
          if (!this.uploadId) {
            const { UploadId } = await this.__createMultipartUpload();
            this.uploadId = UploadId;
            if (this.abortController.signal.aborted) {
              return;
            }
          }
          const partSize = byteLength(dataPart.data) || 0;
          const requestHandler = this.client.config.requestHandler;
          const eventEmitter = requestHandler instanceof EventEmitter ? requestHandler : null;
          let lastSeenBytes = 0;
          const uploadEventListener = (event, request) => {
            const requestPartSize = Number(request.query["partNumber"]) || -1;
            if (requestPartSize !== dataPart.partNumber) {
              return;
            }
            if (event.total && partSize) {
              this.bytesUploadedSoFar += event.loaded - lastSeenBytes;
              lastSeenBytes = event.loaded;
            }
            this.__notifyProgress({
              loaded: this.bytesUploadedSoFar,
              total: this.totalBytes,
              part: dataPart.partNumber,
              Key: this.params.Key,
              Bucket: this.params.Bucket
            });
          };
          if (eventEmitter !== null) {
            eventEmitter.on("xhr.upload.progress", uploadEventListener);
          }
          this.uploadEnqueuedPartsCount += 1;
          this.__validateUploadPart(dataPart);
          const partResult = await this.client.send(new UploadPartCommand({
            ...this.params,
            ContentLength: void 0,
            UploadId: this.uploadId,
            Body: dataPart.data,
            PartNumber: dataPart.partNumber
          }));
          if (eventEmitter !== null) {
            eventEmitter.off("xhr.upload.progress", uploadEventListener);
          }
          if (this.abortController.signal.aborted) {
            return;
          }
          if (!partResult.ETag) {
            throw new Error(`Part ${dataPart.partNumber} is missing ETag in UploadPart response. Missing Bucket CORS configuration for ETag header?`);
          }
          this.uploadedParts.push({
            PartNumber: dataPart.partNumber,
            ETag: partResult.ETag,
            ...partResult.ChecksumCRC32 && { ChecksumCRC32: partResult.ChecksumCRC32 },
            ...partResult.ChecksumCRC32C && { ChecksumCRC32C: partResult.ChecksumCRC32C },
            ...partResult.ChecksumCRC64NVME && { ChecksumCRC64NVME: partResult.ChecksumCRC64NVME },
            ...partResult.ChecksumSHA1 && { ChecksumSHA1: partResult.ChecksumSHA1 },
            ...partResult.ChecksumSHA256 && { ChecksumSHA256: partResult.ChecksumSHA256 }
          });
          if (eventEmitter === null) {
            this.bytesUploadedSoFar += partSize;
          }
          this.__notifyProgress({
            loaded: this.bytesUploadedSoFar,
            total: this.totalBytes,
            part: dataPart.partNumber,
            Key: this.params.Key,
            Bucket: this.params.Bucket
          });
        }
      }
      async __doMultipartUpload() {
        const dataFeeder = getChunk(this.params.Body, this.partSize);
        const concurrentUploaderFailures = [];
        for (let index = 0; index < this.queueSize; index++) {
          const currentUpload = this.__doConcurrentUpload(dataFeeder).catch((err) => {
            concurrentUploaderFailures.push(err);
          });
          this.concurrentUploaders.push(currentUpload);
        }
        await Promise.all(this.concurrentUploaders);
        if (concurrentUploaderFailures.length >= 1) {
          await this.markUploadAsAborted();
          throw concurrentUploaderFailures[0];
        }
        if (this.abortController.signal.aborted) {
          await this.markUploadAsAborted();
          throw Object.assign(new Error("Upload aborted."), { name: "AbortError" });
        }
        let result;
        if (this.isMultiPart) {
          const { expectedPartsCount, uploadedParts, totalBytes, totalBytesSource } = this;
          if (totalBytes !== void 0 && expectedPartsCount !== void 0 && uploadedParts.length !== expectedPartsCount) {
            await this.markUploadAsAborted();
            throw new Error(`Expected ${expectedPartsCount} part(s) but uploaded ${uploadedParts.length} part(s).
The expected part count is based on the byte-count of the input.params.Body,
which was read from ${totalBytesSource} and is ${totalBytes}.
If this is not correct, provide an override value by setting a number
to input.params.ContentLength in bytes.
`);
          }
          this.uploadedParts.sort((a, b) => a.PartNumber - b.PartNumber);
          const uploadCompleteParams = {
            ...this.params,
            Body: void 0,
            UploadId: this.uploadId,
            MultipartUpload: {
              Parts: this.uploadedParts
            }
          };
          try {
            result = await this.client.send(new CompleteMultipartUploadCommand(uploadCompleteParams));
          } catch (e) {
            await this.markUploadAsAborted().catch((abortError) => {
              if (e instanceof Error && e.cause === void 0) {
                e.cause = abortError;
              }
            });
            throw e;
          }
          if (typeof result?.Location === "string" && result.Location.includes("%2F")) {
            result.Location = result.Location.replace(/%2F/g, "/");
          }
        } else {
          result = this.singleUploadResult;
        }
        this.abortMultipartUploadCommand = null;
        if (this.tags.length) {
          await this.client.send(new PutObjectTaggingCommand({
            ...this.params,
            Tagging: {
              TagSet: this.tags
            }
          }));
        }
        return result;
      }
      async markUploadAsAborted() {
        if (this.uploadId && !this.leavePartsOnError && null !== this.abortMultipartUploadCommand) {
          await this.client.send(this.abortMultipartUploadCommand);
          this.abortMultipartUploadCommand = null;
        }
      }
      __notifyProgress(progress) {
        if (this.uploadEvent) {
          this.emit(this.uploadEvent, progress);
        }
      }
      async __abortTimeout(abortSignal) {
        return new Promise((resolve, reject) => {
          abortSignal.onabort = () => {
            const abortError = new Error("Upload aborted.");
            abortError.name = "AbortError";
            reject(abortError);
          };
        });
      }
      __validateUploadPart(dataPart) {
        const actualPartSize = byteLength(dataPart.data);
        if (actualPartSize === void 0) {
          throw new Error(`A dataPart was generated without a measurable data chunk size for part number ${dataPart.partNumber}`);
        }
        if (dataPart.partNumber === 1 && dataPart.lastPart) {
          return;
        }
        if (!dataPart.lastPart && actualPartSize !== this.partSize) {
          throw new Error(`The byte size for part number ${dataPart.partNumber}, size ${actualPartSize} does not match expected size ${this.partSize}`);
        }
      }
      __validateInput() {
        if (!this.client) {
          throw new Error(`InputError: Upload requires a AWS client to do uploads with.`);
        }
        if (this.partSize < _Upload.MIN_PART_SIZE) {
          throw new Error(`EntityTooSmall: Your proposed upload part size [${this.partSize}] is smaller than the minimum allowed size [${_Upload.MIN_PART_SIZE}] (5MB)`);
        }
        if (this.queueSize < 1) {
          throw new Error(`Queue size: Must have at least one uploading queue.`);
        }
      }
    };
    exports.Upload = Upload2;
  }
});

// src/record/redactor.ts
import { createHmac, randomBytes } from "node:crypto";

// src/secrets/keyed-hash.ts
var KEYED_HASH_PREFIX = "rg-hmac-";
function holdsKeyedHash(value) {
  return value.includes(KEYED_HASH_PREFIX);
}

// src/record/redactor.ts
var KEY_VARIABLE = "REPLAY_GATE_RECORD_KEY";
var MIN_ECHOED_VALUE = 6;
var MAX_JSON_DEPTH = 64;
var Redactor = class {
  constructor(rules, key) {
    this.key = key;
    const headerPaths = rules.json.filter((p) => /^header:/i.test(p.trim())).map((p) => p.trim().slice(7).trim());
    this.policy = new CredentialPolicy({ headers: rules.headers, query: rules.query });
    this.extraHeaders = new Set([...rules.headers, ...headerPaths].map((h) => h.toLowerCase()));
    this.extraQuery = new Set(rules.query);
    this.paths = rules.json.filter((p) => !/^header:/i.test(p.trim())).map(compilePathPattern);
  }
  key;
  policy;
  extraHeaders;
  extraQuery;
  paths;
  hash(value) {
    return `${KEYED_HASH_PREFIX}${createHmac("sha256", this.key).update(value).digest("hex").slice(0, 32)}`;
  }
  /** The exchange with every redacted value replaced, in place; returns it. */
  redact(exchange) {
    const seen = /* @__PURE__ */ new Map();
    const stand = (value) => {
      const hashed = this.hash(value);
      if (value.length >= MIN_ECHOED_VALUE) seen.set(value, hashed);
      return hashed;
    };
    const request = exchange.request;
    const values = queryParams(request.url);
    let at = 0;
    request.url = rewriteQuery(request.url, (name) => {
      while (at < values.length && values[at].name !== name) at++;
      const value = values[at++]?.value ?? "";
      return this.isQuery(name) ? stand(value) : void 0;
    });
    this.redactHeaders(request.headers, stand);
    request.body = this.redactJson(request.body, stand);
    const response = exchange.response;
    if (response) {
      this.redactHeaders(response.headers, stand);
      response.body = this.redactJson(response.body, stand);
    }
    if (seen.size > 0) scrubEchoes(exchange, seen);
    return exchange;
  }
  isQuery(name) {
    return this.policy.isCredentialQuery(name) || this.extraQuery.has(name);
  }
  redactHeaders(headers, stand) {
    for (const [name, value] of Object.entries(headers)) {
      if (!this.policy.isCredentialHeader(name) && !this.extraHeaders.has(name)) continue;
      headers[name] = redactHeaderValue(name, value, stand);
    }
  }
  redactJson(body, stand) {
    if (this.paths.length === 0 || typeof body !== "string" || !/^\s*[[{]/.test(body)) return body;
    let value;
    try {
      value = JSON.parse(body);
    } catch {
      return body;
    }
    let changed = false;
    const walk = (node, path5, depth) => {
      if (path5 !== "$" && this.paths.some((p) => p.test(path5))) {
        changed = true;
        return stand(typeof node === "string" ? node : JSON.stringify(node));
      }
      if (depth >= MAX_JSON_DEPTH || typeof node !== "object" || node === null) return node;
      if (Array.isArray(node)) return node.map((item) => walk(item, `${path5}[*]`, depth + 1));
      const out = {};
      for (const [key, item] of Object.entries(node)) out[key] = walk(item, childPath(path5, key), depth + 1);
      return out;
    };
    const redacted = walk(value, "$", 0);
    return changed ? JSON.stringify(redacted) : body;
  }
};
function redactHeaderValue(name, value, stand) {
  if (name === "authorization" || name === "proxy-authorization") {
    const scheme = /^([A-Za-z][\w.+-]*)\s+(\S.*)$/.exec(value);
    return scheme ? `${scheme[1]} ${stand(scheme[2])}` : stand(value);
  }
  if (name === "cookie") return value.split(/;\s*/).map((pair) => cookiePair(pair, stand)).join("; ");
  if (name === "set-cookie") {
    return value.split(/,\s*(?=[^;,=\s]+=)/).map((cookie) => {
      const [pair = "", ...attributes] = cookie.split(";");
      return [cookiePair(pair.trim(), stand), ...attributes].join(";");
    }).join(", ");
  }
  return stand(value);
}
function cookiePair(pair, stand) {
  const equals = pair.indexOf("=");
  return equals > 0 ? `${pair.slice(0, equals)}=${stand(pair.slice(equals + 1))}` : stand(pair);
}
function scrubEchoes(exchange, seen) {
  const scrub = (text) => {
    let out = text;
    for (const [raw, hashed] of seen) if (out.includes(raw)) out = out.split(raw).join(hashed);
    return out;
  };
  const scrubHeaders = (headers) => {
    for (const [name, value] of Object.entries(headers)) headers[name] = scrub(value);
  };
  exchange.request.url = scrub(exchange.request.url);
  scrubHeaders(exchange.request.headers);
  if (typeof exchange.request.body === "string") exchange.request.body = scrub(exchange.request.body);
  if (exchange.response) {
    scrubHeaders(exchange.response.headers);
    if (typeof exchange.response.body === "string") exchange.response.body = scrub(exchange.response.body);
  }
}
function redactionKey(env, warn) {
  const text = env[KEY_VARIABLE];
  if (text) {
    if (text.length < 16) throw new Error(`${KEY_VARIABLE} must be at least 16 characters (e.g. openssl rand -hex 32)`);
    return Buffer.from(text, "utf8");
  }
  warn(`record: ${KEY_VARIABLE} is not set: redacted values are hashed with a random key for this process only, so they stay equal within this run but not across runs`);
  return randomBytes(32);
}

// src/record/config.ts
var DEFAULT_METHODS = ["GET", "HEAD", "OPTIONS"];
var DEFAULT_SETTINGS = {
  sample: { rate: 1, perEndpointPerMinute: 0, methods: [...DEFAULT_METHODS], include: [], exclude: [] },
  redact: { headers: [], query: [], json: [] },
  writer: { chunkBytes: 64 * 1024 * 1024, chunkMs: 5 * 6e4, sessionMs: 60 * 6e4, spillBytes: 512 * 1024 * 1024 },
  maxBodyBytes: 1024 * 1024,
  queueLength: 2048,
  memoryBytes: 64 * 1024 * 1024
};
function settingsOf(options = {}) {
  return {
    sample: { ...DEFAULT_SETTINGS.sample, ...options.sample },
    redact: { ...DEFAULT_SETTINGS.redact, ...options.redact },
    writer: { ...DEFAULT_SETTINGS.writer, ...options.writer },
    // Past the gate's own body cap a body is compared by digest anyway, and lines stay well under its line cap.
    maxBodyBytes: Math.min(options.maxBodyBytes ?? DEFAULT_SETTINGS.maxBodyBytes, MAX_BODY_BYTES),
    queueLength: options.queueLength ?? DEFAULT_SETTINGS.queueLength,
    memoryBytes: options.memoryBytes ?? DEFAULT_SETTINGS.memoryBytes
  };
}

// src/record/output.ts
import os from "node:os";
import path2 from "node:path";

// src/record/folder-store.ts
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
async function folderStore(dir) {
  const stagingDir = path.join(dir, ".recording");
  await mkdir(stagingDir, { recursive: true });
  return {
    name: dir,
    stagingDir,
    async putFile(key, file) {
      await rename(file, path.join(dir, key));
    },
    async putText(key, text) {
      const temporary = path.join(stagingDir, `${key}.tmp`);
      await writeFile(temporary, text);
      await rename(temporary, path.join(dir, key));
    },
    close() {
    }
  };
}

// src/record/s3-store.ts
var import_lib_storage = __toESM(require_dist_cjs2(), 1);
import { createReadStream } from "node:fs";
import { mkdir as mkdir2, unlink } from "node:fs/promises";
function parseOutputUrl(url) {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(url);
  if (!match || !match[1]) throw new InputError(`--out "${url}" is not s3://bucket/prefix/`);
  const prefix = match[2];
  return { bucket: match[1], prefix: prefix === "" || prefix.endsWith("/") ? prefix : `${prefix}/` };
}
async function s3Store(url, settings, stagingDir) {
  const { bucket, prefix } = parseOutputUrl(url);
  const client = createS3Client(settings);
  await mkdir2(stagingDir, { recursive: true });
  const upload = async (key, body) => {
    await new import_lib_storage.Upload({ client, params: { Bucket: bucket, Key: `${prefix}${key}`, Body: body }, queueSize: 1, leavePartsOnError: false }).done();
  };
  return {
    name: `s3://${bucket}/${prefix}`,
    stagingDir,
    async putFile(key, file) {
      const stream = createReadStream(file);
      try {
        await upload(key, stream);
      } finally {
        stream.destroy();
      }
      await unlink(file);
    },
    putText: (key, text) => upload(key, text),
    close: () => client.destroy()
  };
}

// src/record/output.ts
function openOutput(options, cwd = process.cwd()) {
  if (options.out.startsWith("s3://")) {
    const spill = options.spillDir ?? path2.join(os.tmpdir(), `replay-gate-record-${process.pid}`);
    return s3Store(options.out, options.s3 ?? {}, path2.resolve(cwd, spill));
  }
  return folderStore(path2.resolve(cwd, options.out));
}

// src/record/sampler.ts
var MAX_ENDPOINTS_PER_MINUTE = 1e4;
var Sampler = class {
  constructor(rules, now = Date.now, random = Math.random) {
    this.rules = rules;
    this.now = now;
    this.random = random;
    this.filter = compileSelectFilter({ include: rules.include, exclude: rules.exclude, methods: rules.methods });
  }
  rules;
  now;
  random;
  filter;
  minute = -1;
  counts = /* @__PURE__ */ new Map();
  decide(method, url) {
    if (!url.startsWith("/")) return { record: false, reason: "excluded" };
    const upper = method.toUpperCase();
    const selected = this.filter?.(upper, url) ?? "keep";
    if (selected !== "keep") return { record: false, reason: selected };
    if (this.rules.rate < 1 && this.random() >= this.rules.rate) return { record: false, reason: "rate" };
    if (this.rules.perEndpointPerMinute > 0) {
      const endpoint = endpointOf(upper, url);
      const minute = Math.floor(this.now() / 6e4);
      if (minute !== this.minute) {
        this.minute = minute;
        this.counts.clear();
      }
      const count = this.counts.get(endpoint) ?? 0;
      if (count >= this.rules.perEndpointPerMinute) return { record: false, reason: "endpoint-cap" };
      if (count === 0 && this.counts.size >= MAX_ENDPOINTS_PER_MINUTE) return { record: false, reason: "endpoint-cap" };
      this.counts.set(endpoint, count + 1);
    }
    return { record: true };
  }
};
function parseRate(text) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  if (!match) return void 0;
  const value = Number(match[1]) / (match[2] ? 100 : 1);
  return value >= 0 && value <= 1 ? value : void 0;
}

// src/record/recorder.ts
import { randomBytes as randomBytes3 } from "node:crypto";

// src/record/body-capture.ts
import { createHash } from "node:crypto";
var MemoryBudget = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  used = 0;
  take(bytes) {
    if (this.used + bytes > this.limit) return false;
    this.used += bytes;
    return true;
  }
  release(bytes) {
    this.used -= bytes;
  }
};
var BodyCapture = class {
  constructor(cap, budget) {
    this.cap = cap;
    this.budget = budget;
  }
  cap;
  budget;
  parts = [];
  kept = 0;
  bytes = 0;
  /** The memory budget ran out: the body is incomplete, and the exchange must not be recorded. */
  starved = false;
  hash;
  hashed = 0;
  add(chunk) {
    this.bytes += chunk.length;
    if (this.starved) return;
    if (this.kept < this.cap) {
      const take = chunk.length <= this.cap - this.kept ? chunk : chunk.subarray(0, this.cap - this.kept);
      if (!this.budget.take(take.length)) {
        this.starve();
        return;
      }
      this.parts.push(take);
      this.kept += take.length;
      if (take.length === chunk.length) return;
    }
    if (!this.hash) {
      this.hash = createHash("sha256");
      for (const part of this.parts) this.hash.update(part);
      this.hashed = this.kept;
    }
    const offset = this.bytes - chunk.length;
    const start = Math.max(0, this.hashed - offset);
    const room = MAX_BODY_BYTES - this.hashed;
    if (room > 0 && start < chunk.length) {
      const piece = chunk.subarray(start, start + room);
      this.hash.update(piece);
      this.hashed += piece.length;
    }
  }
  /** The body when it was kept whole. */
  whole() {
    return this.bytes === this.kept && !this.starved ? Buffer.concat(this.parts, this.kept) : void 0;
  }
  /** Past the cap: its digest, as the gate would compute it for the whole body. */
  digest() {
    return this.hash && !this.starved ? { bytes: this.bytes, sha256: this.hash.digest("hex") } : void 0;
  }
  /** Gives the kept bytes back to the budget; after this the capture holds nothing. */
  free() {
    this.budget.release(this.kept);
    this.parts.length = 0;
    this.kept = 0;
  }
  /** The body could not be observed whole: the exchange will be dropped, counted. */
  spoil() {
    if (!this.starved) this.starve();
  }
  starve() {
    this.starved = true;
    this.free();
  }
};

// src/record/counters.ts
var Counters = class {
  seen = 0;
  recorded = 0;
  skipped = /* @__PURE__ */ new Map();
  dropped = /* @__PURE__ */ new Map();
  skip(reason) {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
  }
  drop(reason) {
    this.dropped.set(reason, (this.dropped.get(reason) ?? 0) + 1);
  }
  get droppedTotal() {
    let total = 0;
    for (const count of this.dropped.values()) total += count;
    return total;
  }
};
function progressLine(counters, written) {
  const dropped = counters.droppedTotal;
  const why = dropped > 0 ? ` (${[...counters.dropped].map(([reason, count]) => `${reason} ${count}`).join(", ")})` : "";
  const waiting = written.waiting > 0 ? `, ${written.waiting} waiting (${mb(written.waitingBytes)})` : "";
  return `record: ${counters.seen} seen, ${counters.recorded} recorded, ${dropped} dropped${why}, ${mb(written.bytes)} written, ${written.stored} chunks stored${waiting}`;
}
function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

// src/record/encode.ts
var HOP_BY_HOP = /* @__PURE__ */ new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade"]);
async function encodeCapture(capture, id) {
  const { requestBody, responseBody } = capture;
  try {
    if (requestBody.starved || responseBody.starved) return "memory";
    const requestBytes = requestBody.whole();
    if (!requestBytes) return "body-over-cap";
    const response = { status: capture.status, headers: headerMap(capture.responseHeaders), body: null, durationMs: capture.durationMs };
    const wire = responseBody.whole();
    const coding = response.headers["content-encoding"];
    if (!wire) {
      const digest = responseBody.digest();
      if (!digest || coding && coding.toLowerCase() !== "identity") return "body-over-cap";
      response.bodyDigest = digest;
      delete response.headers["content-length"];
    } else if (capture.method === "HEAD" || wire.length === 0) {
      response.body = null;
    } else {
      const content = coding ? await decodeContent(wire, coding, MAX_BODY_BYTES) : void 0;
      if (content) {
        delete response.headers["content-encoding"];
        delete response.headers["content-length"];
      }
      if (content?.capped) response.bodyDigest = content.digest;
      else response.body = recordedBody(content?.bytes ?? wire);
    }
    return {
      id,
      recordedAt: new Date(capture.startedAt).toISOString(),
      request: { method: capture.method, url: capture.url, headers: headerMap(capture.requestHeaders), body: recordedBody(requestBytes) },
      response
    };
  } catch (error) {
    if (error instanceof ContentDecodingError) return "undecodable";
    throw error;
  } finally {
    requestBody.free();
    responseBody.free();
  }
}
function headerMap(headers) {
  const map = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === void 0 || HOP_BY_HOP.has(lower)) continue;
    map[lower] = Array.isArray(value) ? value.join(lower === "cookie" ? "; " : ", ") : String(value);
  }
  return map;
}

// src/record/shipper.ts
import { stat, unlink as unlink2 } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
var Shipper = class {
  constructor(store, log, backoffMs = { first: 1e3, max: 3e4 }) {
    this.store = store;
    this.log = log;
    this.backoffMs = backoffMs;
  }
  store;
  log;
  backoffMs;
  jobs = [];
  running;
  stopping = false;
  waitingBytes = 0;
  stored = 0;
  failures = 0;
  lastError = "";
  get waiting() {
    return this.jobs.length;
  }
  async file(key, file) {
    const { size } = await stat(file);
    this.waitingBytes += size;
    this.push({ kind: "file", key, file, bytes: size });
  }
  text(key, text) {
    this.push({ kind: "text", key, text });
  }
  push(job) {
    this.jobs.push(job);
    this.running ??= this.run().finally(() => {
      this.running = void 0;
    });
  }
  async run() {
    let backoff = this.backoffMs.first;
    while (this.jobs.length > 0) {
      const job = this.jobs[0];
      try {
        if (job.kind === "file") await this.store.putFile(job.key, job.file);
        else await this.store.putText(job.key, job.text);
      } catch (error) {
        this.failures++;
        const message = `${error.name}: ${error.message}`.split("\n")[0];
        if (message !== this.lastError) this.log(`record: storing ${job.key} in ${this.store.name} failed (${message}); retrying, chunks wait on disk`);
        this.lastError = message;
        if (this.stopping) return;
        await sleep(backoff);
        backoff = Math.min(backoff * 2, this.backoffMs.max);
        continue;
      }
      if (this.lastError) this.log(`record: ${this.store.name} is storing again`);
      this.lastError = "";
      backoff = this.backoffMs.first;
      this.jobs.shift();
      if (job.kind === "file") {
        this.waitingBytes -= job.bytes;
        this.stored++;
      }
    }
  }
  /**
   * Waits until everything is stored, or the deadline passes; then stops retrying. Returns the
   * keys still not stored (their files stay in the staging folder).
   */
  async flush(deadline) {
    while (this.jobs.length > 0 && Date.now() < deadline) {
      const running = this.running;
      if (!running) break;
      await Promise.race([running, sleep(Math.max(1, Math.min(200, deadline - Date.now())))]);
    }
    this.stopping = true;
    return this.jobs.map((job) => job.key);
  }
  /** Removes a staged file that will never be stored (dropped whole). */
  static async discard(file) {
    await unlink2(file).catch(() => void 0);
  }
};

// src/record/spill.ts
import { readdir, unlink as unlink3 } from "node:fs/promises";
import path3 from "node:path";
async function recoverSpill(stagingDir, shipper, log) {
  const names = await readdir(stagingDir).catch(() => []);
  const sessions = /* @__PURE__ */ new Map();
  for (const name of names) {
    if (name.endsWith(".part") || name.endsWith(".tmp")) {
      await unlink3(path3.join(stagingDir, name)).catch(() => void 0);
      continue;
    }
    const chunk = chunkNameOf(name);
    if (!chunk || !name.endsWith(".ndjson.gz") || !chunk.base.startsWith("session-")) continue;
    sessions.set(chunk.base, [...sessions.get(chunk.base) ?? [], name]);
  }
  let found = 0;
  for (const [base, chunks] of sessions) {
    chunks.sort((a, b) => chunkNameOf(a).index - chunkNameOf(b).index);
    for (const name of chunks) await shipper.file(name, path3.join(stagingDir, name));
    shipper.text(`${base}${COMPLETE_MARKER}`, `${JSON.stringify({ recovered: true, chunks: chunks.length })}
`);
    found += chunks.length;
  }
  if (found > 0) log(`record: ${found} chunk(s) of ${sessions.size} earlier session(s) found in ${stagingDir}: storing them`);
  return found;
}

// src/record/writer.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rename as rename2 } from "node:fs/promises";
import path4 from "node:path";
import { finished } from "node:stream/promises";
import { constants, createGzip } from "node:zlib";
var GZIP_BACKLOG = 1024 * 1024;
var BATCH_BYTES = 64 * 1024;
var SessionWriter = class {
  constructor(settings, stagingDir, shipper, now = Date.now) {
    this.settings = settings;
    this.stagingDir = stagingDir;
    this.shipper = shipper;
    this.now = now;
  }
  settings;
  stagingDir;
  shipper;
  now;
  session;
  chunk;
  tail = Promise.resolve();
  bytes = 0;
  /** Whether another line of `bytes` still fits in the spill bound: finished chunks waiting plus the open one. */
  hasRoom(bytes) {
    return this.shipper.waitingBytes + (this.chunk ? this.chunk.out.bytesWritten + this.chunk.pendingBytes / 4 : 0) + bytes / 4 <= this.settings.spillBytes;
  }
  write(line) {
    return this.serial(() => this.writeLine(line));
  }
  /** Rotates what is too old; called every second or so. */
  tick() {
    return this.serial(async () => {
      const now = this.now();
      if (this.session && now - this.session.startedAt >= this.settings.sessionMs) await this.endSession();
      else if (this.chunk && now - this.chunk.startedAt >= this.settings.chunkMs) await this.endChunk();
    });
  }
  /** Finishes the open chunk and the session: after this every written line is in a stored-or-queued chunk. */
  close() {
    return this.serial(() => this.endSession());
  }
  serial(step) {
    const next = this.tail.then(step);
    this.tail = next.catch(() => void 0);
    return next;
  }
  async writeLine(line) {
    const chunk = this.chunk ?? this.openChunk();
    const bytes = Buffer.byteLength(line) + 1;
    chunk.bytes += bytes;
    this.bytes += bytes;
    this.session.exchanges++;
    chunk.pending.push(line);
    chunk.pendingBytes += bytes;
    if (chunk.pendingBytes >= BATCH_BYTES) await this.flush(chunk);
    if (chunk.bytes >= this.settings.chunkBytes) await this.endChunk();
  }
  async flush(chunk) {
    if (chunk.pending.length === 0) return;
    const text = `${chunk.pending.join("\n")}
`;
    chunk.pending = [];
    chunk.pendingBytes = 0;
    if (!chunk.gzip.write(text) && chunk.gzip.writableLength > GZIP_BACKLOG) await new Promise((resolve) => chunk.gzip.once("drain", resolve));
  }
  openChunk() {
    if (!this.session) {
      const started = this.now();
      const stamp = new Date(started).toISOString().replace(/\.\d{3}Z$/, "Z").replace(/:/g, "-");
      this.session = { base: `session-${stamp}-${randomBytes2(3).toString("hex")}`, startedAt: started, chunks: 0, exchanges: 0 };
      this.shipper.text(`${this.session.base}${RECORDING_MARKER}`, `${JSON.stringify({ startedAt: new Date(started).toISOString() })}
`);
    }
    const key = `${this.session.base}_${this.session.chunks++}.ndjson.gz`;
    const file = path4.join(this.stagingDir, key);
    const gzip = createGzip({ level: constants.Z_BEST_SPEED });
    const out = createWriteStream(`${file}.part`);
    gzip.pipe(out);
    this.chunk = { key, file, gzip, out, bytes: 0, startedAt: this.now(), pending: [], pendingBytes: 0 };
    return this.chunk;
  }
  async endChunk() {
    const chunk = this.chunk;
    if (!chunk) return;
    this.chunk = void 0;
    await this.flush(chunk);
    chunk.gzip.end();
    await finished(chunk.out);
    await rename2(`${chunk.file}.part`, chunk.file);
    await this.shipper.file(chunk.key, chunk.file);
  }
  async endSession() {
    await this.endChunk();
    const session = this.session;
    if (!session) return;
    this.session = void 0;
    const summary = { startedAt: new Date(session.startedAt).toISOString(), endedAt: new Date(this.now()).toISOString(), chunks: session.chunks, exchanges: session.exchanges };
    this.shipper.text(`${session.base}${COMPLETE_MARKER}`, `${JSON.stringify(summary)}
`);
  }
};

// src/record/recorder.ts
var Recorder = class {
  constructor(settings, deps) {
    this.settings = settings;
    this.deps = deps;
    const now = deps.now ?? Date.now;
    this.sampler = new Sampler(settings.sample, now, deps.random);
    this.redactor = new Redactor(settings.redact, deps.key);
    this.budget = new MemoryBudget(settings.memoryBytes);
    this.shipper = new Shipper(deps.store, deps.log, deps.backoffMs);
    this.writer = new SessionWriter(settings.writer, deps.store.stagingDir, this.shipper, now);
    this.ticker = setInterval(() => void this.writer.tick().catch((error) => this.fail(error)), 1e3).unref();
    this.recovered = recoverSpill(deps.store.stagingDir, this.shipper, deps.log).catch((error) => {
      this.fail(error);
      return 0;
    });
  }
  settings;
  deps;
  counters = new Counters();
  sampler;
  redactor;
  budget;
  shipper;
  writer;
  queue = new Queue();
  draining;
  ticker;
  idPrefix = randomBytes3(4).toString("hex");
  sequence = 0;
  closed = false;
  /** How many chunks of earlier runs were found waiting on disk (and are being stored). */
  recovered;
  /** Called as a request arrives: a ticket when it is to be recorded. Never throws. */
  admit(method, url) {
    if (this.closed) return void 0;
    this.counters.seen++;
    const decision = this.sampler.decide(method, url);
    if (!decision.record) {
      this.counters.skip(decision.reason);
      return void 0;
    }
    const cap = this.settings.maxBodyBytes;
    return { requestBody: new BodyCapture(cap, this.budget), responseBody: new BodyCapture(cap, this.budget), startedAt: (this.deps.now ?? Date.now)() };
  }
  /** A sampled exchange that will not be recorded (client gone, upstream failed): its memory back. */
  abandon(ticket, reason) {
    ticket.requestBody.free();
    ticket.responseBody.free();
    this.counters.drop(reason);
  }
  /** Hands a finished capture over; returns at once. */
  submit(capture) {
    if (this.queue.length >= this.settings.queueLength || !this.writer.hasRoom(capture.responseBody.kept + capture.requestBody.kept)) {
      capture.requestBody.free();
      capture.responseBody.free();
      this.counters.drop(this.queue.length >= this.settings.queueLength ? "queue" : "spill-full");
      return;
    }
    this.queue.push(capture);
    this.schedule();
  }
  // The work starts on a later turn of the event loop, after the response has been handed on.
  schedule() {
    this.draining ??= new Promise((resolve) => setImmediate(resolve)).then(() => this.drain()).finally(() => {
      this.draining = void 0;
      if (this.queue.length > 0) this.schedule();
    });
  }
  async drain() {
    for (let capture = this.queue.shift(); capture; capture = this.queue.shift()) {
      try {
        const encoded = await encodeCapture(capture, `${this.idPrefix}-${++this.sequence}`);
        if (typeof encoded === "string") {
          this.counters.drop(encoded);
          continue;
        }
        const line = JSON.stringify(this.redactor.redact(encoded));
        if (!this.writer.hasRoom(line.length)) {
          this.counters.drop("spill-full");
          continue;
        }
        await this.writer.write(line);
        this.counters.recorded++;
      } catch (error) {
        this.counters.drop("error");
        this.fail(error);
      }
    }
  }
  /** Chunks stored so far, and objects waiting to be. */
  storage() {
    return { stored: this.shipper.stored, waiting: this.shipper.waiting };
  }
  progress() {
    return progressLine(this.counters, { bytes: this.writer.bytes, stored: this.shipper.stored, waiting: this.shipper.waiting, waitingBytes: this.shipper.waitingBytes });
  }
  /**
   * Stops sampling, writes what is queued, closes the session and stores it, until `deadline`
   * (epoch ms). Returns the keys that could not be stored in time (left in the staging folder).
   */
  async close(deadline) {
    this.closed = true;
    clearInterval(this.ticker);
    await this.recovered;
    while (this.draining) await this.draining;
    await this.writer.close();
    const left = await this.shipper.flush(deadline);
    this.deps.store.close();
    return left;
  }
  fail(error) {
    this.deps.log(`record: ${error.message ?? String(error)}`);
  }
};
var Queue = class {
  items = [];
  head = 0;
  get length() {
    return this.items.length - this.head;
  }
  push(item) {
    this.items.push(item);
  }
  shift() {
    if (this.head >= this.items.length) return void 0;
    const item = this.items[this.head];
    this.items[this.head++] = void 0;
    if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
};

export {
  holdsKeyedHash,
  DEFAULT_METHODS,
  DEFAULT_SETTINGS,
  settingsOf,
  openOutput,
  KEY_VARIABLE,
  redactionKey,
  parseRate,
  Recorder
};
