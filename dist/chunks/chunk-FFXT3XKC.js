import { createRequire as __banner_createRequire } from 'node:module'; const require = __banner_createRequire(import.meta.url);
import {
  ContentDecodingError,
  CredentialPolicy,
  DEFAULT_CREDENTIAL_POLICY,
  ExchangeFormatError,
  MASK,
  MAX_BODY_BYTES,
  base64Body,
  capResponseBody,
  childPath,
  codingsToUndo,
  compilePathPattern,
  compileSelectFilter,
  configuredEndpoint,
  decodeContent,
  describeDigest,
  digestOf,
  inferredEndpoint,
  isDefaultCredential,
  normalName,
  parseRouteTemplate,
  recordedBody,
  rewriteQuery,
  sameDigest
} from "./chunk-LAR5VPMU.js";
import {
  CancelledError,
  ConfigError,
  GateError,
  InputError,
  SnapshotError,
  TargetUnreachableError,
  chunkGroupOf,
  finishedObjects,
  groupName,
  messageOf,
  newestOf
} from "./chunk-FOZA2LEF.js";
import {
  require_undici
} from "./chunk-QGATWBSM.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-FRUAGFES.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path6) {
      const ctrl = callVisitor(key, node, visitor, path6);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path6, ctrl);
        return visit_(key, ctrl, visitor, path6);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path6 = Object.freeze(path6.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path6);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path6 = Object.freeze(path6.concat(node));
          const ck = visit_("key", node.key, visitor, path6);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path6);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path6) {
      const ctrl = await callVisitor(key, node, visitor, path6);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path6, ctrl);
        return visitAsync_(key, ctrl, visitor, path6);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path6 = Object.freeze(path6.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path6);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path6 = Object.freeze(path6.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path6);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path6);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path6) {
      if (typeof visitor === "function")
        return visitor(key, node, path6);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path6);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path6);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path6);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path6);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path6);
      return void 0;
    }
    function replaceNode(key, path6, node) {
      const parent = path6[path6.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path6, value) {
      let v = value;
      for (let i = path6.length - 1; i >= 0; --i) {
        const k = path6[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path6) => path6 == null || typeof path6 === "object" && !!path6[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path6, value) {
        if (isEmptyPath(path6))
          this.add(value);
        else {
          const [key, ...rest] = path6;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path6) {
        const [key, ...rest] = path6;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path6, keepScalar) {
        const [key, ...rest] = path6;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path6) {
        const [key, ...rest] = path6;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path6, value) {
        const [key, ...rest] = path6;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split2 = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split2 = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split2 = i;
          }
          if (i >= end) {
            if (split2) {
              folds.push(split2);
              end = split2 + endStep;
              split2 = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split2 = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum2, line) => sum2 + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum2, line) => sum2 + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path6, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path6, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path6) {
        if (Collection.isEmptyPath(path6)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path6) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path6, keepScalar) {
        if (Collection.isEmptyPath(path6))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path6, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path6) {
        if (Collection.isEmptyPath(path6))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path6) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path6, value) {
        if (Collection.isEmptyPath(path6)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path6), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path6, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split2 = source.split(/\n( *)/);
      const first = split2[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split2.length; i += 2)
        lines.push([split2[i], split2[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before2, pos) {
      if (before2) {
        pos ?? (pos = before2.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before2[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before2[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before2[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before2, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before2, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path6) => {
      let item = cst;
      for (const [field, index] of path6) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path6) => {
      const parent = visit.itemAtPath(cst, path6.slice(0, -1));
      const field = path6[path6.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path6, item, visitor) {
      let ctrl = visitor(item, path6);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path6.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path6);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path6) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/config/load.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/config/rule-book.ts
import { createHash } from "node:crypto";

// src/compare/types.ts
var KINDS = {
  status: true,
  "content-type": true,
  header: true,
  format: true,
  removed: true,
  added: true,
  type: true,
  value: true,
  length: true,
  order: true,
  text: true,
  bytes: true,
  "no-response": true
};
var DIFFERENCE_KINDS = Object.keys(KINDS);
var DEFAULT_RULES = { ignore: [], headers: [], unordered: [], tolerance: [], severity: [] };

// src/score/latency.ts
var DEFAULT_LATENCY_RULE = { gate: false, minSamples: 20, ratio: 1.5, minDeltaMs: 20 };
var LATENCY_ALPHA = 0.01;
function judgeLatency(samples, rule) {
  const referenceKind = samples.baseline.length > 0 ? "baseline" : "recorded";
  const referenceSamples = referenceKind === "baseline" ? samples.baseline : samples.recorded;
  const candidate = summarise(samples.candidate);
  const stats = { referenceKind, candidate, regression: false, gated: false };
  if (referenceSamples.length === 0) return stats;
  const reference2 = summarise(referenceSamples);
  stats.reference = reference2;
  stats.p95Ratio = reference2.p95 > 0 ? round(candidate.p95 / reference2.p95, 2) : candidate.p95 > 0 ? Number.POSITIVE_INFINITY : 1;
  if (!Number.isFinite(stats.p95Ratio)) delete stats.p95Ratio;
  const pValue = mannWhitneyGreater(samples.candidate, referenceSamples);
  stats.pValue = round(pValue, 6);
  stats.regression = candidate.samples >= rule.minSamples && reference2.samples >= rule.minSamples && candidate.p95 >= rule.ratio * reference2.p95 && candidate.p95 - reference2.p95 >= rule.minDeltaMs && pValue < LATENCY_ALPHA;
  stats.gated = stats.regression && rule.gate;
  return stats;
}
function summarise(values) {
  const sorted = Float64Array.from(values).sort();
  return { samples: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}
function percentile(sorted, q) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
function mannWhitneyGreater(x, y) {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) return 1;
  const xs = Float64Array.from(x).sort();
  const ys = Float64Array.from(y).sort();
  const n = n1 + n2;
  let rankSumX = 0;
  let tieTerm = 0;
  let before2 = 0;
  for (let i = 0, j = 0; i < n1 || j < n2; ) {
    const value = j >= n2 || i < n1 && xs[i] <= ys[j] ? xs[i] : ys[j];
    let fromX = 0;
    while (i < n1 && xs[i] === value) i++, fromX++;
    let fromY = 0;
    while (j < n2 && ys[j] === value) j++, fromY++;
    const ties = fromX + fromY;
    const midRank = before2 + (ties + 1) / 2;
    tieTerm += ties ** 3 - ties;
    for (let k = 0; k < fromX; k++) rankSumX += midRank;
    before2 += ties;
  }
  const u = rankSumX - n1 * (n1 + 1) / 2;
  const mean = n1 * n2 / 2;
  const variance = n1 * n2 / 12 * (n + 1 - tieTerm / (n * (n - 1)));
  if (variance <= 0) return 1;
  const z = (u - mean - 0.5) / Math.sqrt(variance);
  return 1 - normalCdf(z);
}
function normalCdf(z) {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
function describeSlowEndpoints(endpoints) {
  const slow = endpoints.filter((e) => e.latency?.regression);
  const shown = slow.slice(0, 3).map((e) => `${e.endpoint} (p95 ${e.latency.reference.p95} \u2192 ${e.latency.candidate.p95} ms)`);
  return slow.length > 3 ? `${shown.join(", ")} and ${slow.length - 3} more` : shown.join(", ");
}
function round(value, digits) {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

// src/replay/sendable.ts
var TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
var PATH_CHAR = /[^\u0021-\u00ff]/;
var VALUE_CHAR = /[^\t\u0020-\u007e\u0080-\u00ff]/;
var REFUSED = /* @__PURE__ */ new Map([
  ["transfer-encoding", "the client frames the body itself"],
  ["keep-alive", "the client manages its connections"],
  ["upgrade", "the gate never upgrades a connection"],
  ["expect", "the client does not support it"]
]);
var QUOTED_CHARS = 60;
function whyUnsendable(request) {
  if (!TOKEN.test(request.method)) return `the method ${quoted(request.method)} is not an HTTP token`;
  if (!request.path.startsWith("/")) return "the path does not start with /";
  const badPath = PATH_CHAR.exec(request.path);
  if (badPath) return `the path holds ${described(badPath[0])} (character ${badPath.index + 1}), which HTTP/1.1 cannot carry unencoded`;
  let host = false;
  let length = false;
  for (const name in request.headers) {
    const value = request.headers[name];
    if (!TOKEN.test(name)) return `the header name ${quoted(name)} is not an HTTP token`;
    const badValue = VALUE_CHAR.exec(value);
    if (badValue) return `the value of header ${quoted(name.toLowerCase())} holds ${described(badValue[0])} (character ${badValue.index + 1})`;
    const lower = name.toLowerCase();
    const refused = REFUSED.get(lower);
    if (refused) return `the header ${quoted(lower)} cannot be sent: ${refused}`;
    if (lower === "host") {
      if (host) return 'the header "host" is given twice';
      host = true;
    } else if (lower === "content-length") {
      if (length) return 'the header "content-length" is given twice';
      length = true;
      if (!/^[0-9]+$/.test(value)) return 'the header "content-length" is not a whole number';
    } else if (lower === "connection" && !value.split(",").every((option) => TOKEN.test(option.trim()))) {
      return 'the header "connection" holds something other than a list of tokens';
    }
  }
  return void 0;
}
function quoted(text) {
  const points = [...text];
  const shown = points.length > QUOTED_CHARS ? `${points.slice(0, QUOTED_CHARS - 1).join("")}\u2026` : text;
  return JSON.stringify(shown);
}
function described(char) {
  if (char === " ") return "a space";
  const code = char.codePointAt(0);
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

// src/review/expectation.ts
function compileExpectation(entry, index) {
  const at = `expect[${index}]`;
  const template = parseRouteTemplate(entry.endpoint);
  if (!template) throw new Error(`${at}.endpoint: expected a route template like "GET /api/orders/{id}", got ${JSON.stringify(entry.endpoint)}`);
  let place;
  if (entry.place === "status" || entry.place === "body") {
    const wanted = entry.place;
    place = (pattern) => pattern === wanted;
  } else if (entry.place !== void 0) {
    try {
      const compiled = compilePathPattern(entry.place);
      place = (pattern) => compiled.test(pattern);
    } catch (error) {
      throw new Error(`${at}.place: ${error.message}`);
    }
  }
  const expectation = {
    index,
    endpoint: template.name,
    change: entry.change,
    matches: (unit) => {
      if (unit.kind !== entry.change) return false;
      if (entry.from !== void 0 && unit.from !== entry.from) return false;
      if (entry.to !== void 0 && unit.to !== entry.to) return false;
      if (place && !place(unit.pattern)) return false;
      const space = unit.endpoint.indexOf(" ");
      return space > 0 && configuredEndpoint(unit.endpoint.slice(0, space), unit.endpoint.slice(space + 1), [template]) !== void 0;
    }
  };
  if (entry.place !== void 0) expectation.place = entry.place;
  if (entry.from !== void 0) expectation.from = entry.from;
  if (entry.to !== void 0) expectation.to = entry.to;
  if (entry.reason !== void 0) expectation.reason = entry.reason;
  return expectation;
}

// src/config/rule-book.ts
var EMPTY_RULE_BOOK = {
  routes: [],
  expect: [],
  rulesFor: () => DEFAULT_RULES,
  sourceOf: () => void 0,
  redact: [],
  latency: DEFAULT_LATENCY_RULE,
  credentials: DEFAULT_CREDENTIAL_POLICY,
  requestHeaders: () => ({}),
  requestHeaderValues: []
};
function compileRuleBook(file, env = {}) {
  const global = compileBlock(file, DEFAULT_RULES);
  const select = compileSelectFilter(file.select ?? {});
  const byEndpoint = /* @__PURE__ */ new Map();
  const sources = /* @__PURE__ */ new Map();
  const requestHeaders = /* @__PURE__ */ new Map();
  const routes = [];
  for (const [index, route] of (file.routes ?? []).entries()) {
    const template = parseRouteTemplate(route.match);
    routes.push(template);
    byEndpoint.set(template.name, compileBlock(route, global));
    if (route.source) sources.set(template.name, route.source);
    if (route.requestHeaders) requestHeaders.set(template.name, fromEnvironment(route.requestHeaders, `routes[${index}].requestHeaders`, env));
  }
  return {
    routes,
    rulesFor: (endpoint) => byEndpoint.get(endpoint) ?? global,
    sourceOf: (endpoint) => sources.get(endpoint),
    redact: file.redact ?? [],
    credentials: compileCredentials(file.credentials ?? {}),
    requestHeaders: (endpoint) => requestHeaders.get(endpoint) ?? {},
    requestHeaderValues: [...requestHeaders.values()].flatMap((headers) => Object.values(headers)),
    latency: { ...DEFAULT_LATENCY_RULE, ...file.latency },
    expect: (file.expect ?? []).map(compileExpectation),
    hash: createHash("sha256").update(JSON.stringify(file)).digest("hex"),
    ...select ? { select } : {}
  };
}
function fromEnvironment(headers, at, env) {
  const resolved = {};
  for (const [name, reference2] of Object.entries(headers)) {
    const variable = reference2.replace(/^\$\{?|\}$/g, "");
    const value = env[variable];
    if (!value) throw new Error(`${at}.${name}: environment variable ${variable} is not set (or is empty); set it in the step's env:`);
    resolved[name.toLowerCase()] = value;
  }
  const unsendable = whyUnsendable({ method: "GET", path: "/", headers: resolved });
  if (unsendable) throw new Error(`${at}: ${unsendable}`);
  return resolved;
}
function compileCredentials(names3) {
  const added = new Set([...names3.headers ?? [], ...names3.query ?? []].map(normalName));
  for (const [index, name] of (names3.allow ?? []).entries()) {
    if (added.has(normalName(name))) throw new Error(`credentials.allow[${index}]: "${name}" is also listed as a credential in credentials.headers or credentials.query; keep it in one of them`);
    if (!isDefaultCredential(name)) throw new Error(`credentials.allow[${index}]: "${name}" is not a credential by default, so there is nothing to allow; allow lists only names the defaults take for credentials`);
  }
  return new CredentialPolicy(names3);
}
function compileBlock(block, inherited) {
  const ignorePaths = Array.isArray(block.ignore) ? block.ignore : block.ignore?.paths ?? [];
  const ignoreHeaders = Array.isArray(block.ignore) ? [] : block.ignore?.headers ?? [];
  const pattern = (source) => compilePathPattern(source);
  return {
    ignore: [...ignorePaths.map(pattern), ...ignoreHeaders.map((h) => pattern(`header:${h}`)), ...inherited.ignore],
    headers: [.../* @__PURE__ */ new Set([...(block.headers ?? []).map((h) => h.toLowerCase()), ...inherited.headers])],
    unordered: [
      ...(block.unordered ?? []).map((u) => typeof u === "string" ? { pattern: pattern(u) } : { pattern: pattern(u.path), ...u.key ? { key: u.key } : {} }),
      ...inherited.unordered
    ],
    tolerance: [
      ...Object.entries(block.tolerance ?? {}).map(([path6, value]) => typeof value === "number" ? { pattern: pattern(path6), absolute: value } : { pattern: pattern(path6), relative: Number.parseFloat(value) / 100 }),
      ...inherited.tolerance
    ],
    severity: [...Object.entries(block.severity ?? {}).map(([path6, severity]) => ({ pattern: pattern(path6), severity })), ...inherited.severity]
  };
}

// src/config/schema.ts
var jsonPath = {
  type: "string",
  pattern: "^(\\$|header:)",
  "x-expected": 'a JSON path starting with $ (e.g. "$.items[*].price") or "header:name"'
};
var pathList = { type: "array", items: jsonPath };
var pathGlob = { type: "string", pattern: "^[/*]", "x-expected": 'a path glob starting with / (e.g. "/api/**")' };
var headerName = { type: "string", pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", "x-expected": "a header name" };
var headerList = { type: "array", items: headerName };
var nameList = (what) => ({ type: "array", items: { type: "string", minLength: 1, "x-expected": what } });
var environmentVariable = {
  type: "string",
  pattern: "^\\$(\\{[A-Za-z_][A-Za-z0-9_]*\\}|[A-Za-z_][A-Za-z0-9_]*)$",
  "x-expected": 'an environment variable, "$NAME" or "${NAME}" (never the secret itself)',
  "x-secret": true
};
var ruleBlock = {
  ignore: {
    description: "Places never compared: JSON paths, or header:name.",
    "x-expected": "a list of paths, or {paths: [...], headers: [...]}",
    oneOf: [
      pathList,
      {
        type: "object",
        additionalProperties: false,
        properties: { paths: pathList, headers: headerList }
      }
    ]
  },
  headers: { ...headerList, description: "Response headers compared besides content-type." },
  unordered: {
    description: "Arrays compared as multisets, or matched by a key field.",
    type: "array",
    items: {
      "x-expected": 'a JSON path, or {path: "$.items", key: "sku"}',
      oneOf: [
        jsonPath,
        {
          type: "object",
          additionalProperties: false,
          required: ["path"],
          properties: { path: jsonPath, key: { type: "string", minLength: 1 } }
        }
      ]
    }
  },
  tolerance: {
    description: 'Numeric tolerance per JSON path: absolute (0.01) or relative ("1%").',
    type: "object",
    propertyNames: jsonPath,
    additionalProperties: {
      "x-expected": 'a number or "N%"',
      oneOf: [
        { type: "number", minimum: 0 },
        { type: "string", pattern: "^\\d+(\\.\\d+)?%$" }
      ]
    }
  },
  severity: {
    description: "Severity overrides per JSON path.",
    type: "object",
    propertyNames: jsonPath,
    additionalProperties: { enum: ["breaking", "changed", "info"] }
  }
};
var configSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/replay-gate/replay-gate/replay-gate.schema.json",
  title: "replay-gate rules (.github/replay-gate.yml)",
  type: "object",
  additionalProperties: false,
  properties: {
    ...ruleBlock,
    routes: {
      description: "Per-route rules; `match` also names the endpoint requests are grouped under.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["match"],
        properties: {
          match: {
            type: "string",
            pattern: "^([A-Za-z]+|\\*)\\s+/\\S*$",
            "x-expected": 'a route template like "GET /api/orders/{id}"'
          },
          source: { type: "string", description: "The file (and :line) that serves the route, for annotations." },
          requestHeaders: {
            description: 'Headers added to this route\'s requests only, after the headers input (a name in both takes this value). Each value names an environment variable ("$ADMIN_TOKEN" or "${ADMIN_TOKEN}"), so no secret is written in the file; values are masked like the headers input.',
            type: "object",
            "x-secret": true,
            propertyNames: headerName,
            additionalProperties: environmentVariable
          },
          ...ruleBlock
        }
      }
    },
    latency: {
      description: "Response-time regressions per endpoint (p95 against the baseline, else against the recorded durations): always reported; gate: true fails the gate on them.",
      type: "object",
      additionalProperties: false,
      properties: {
        gate: { type: "boolean", description: "Fail the gate on a latency regression (default false: report only)." },
        minSamples: { type: "integer", minimum: 5, description: "Samples needed on each side (default 20)." },
        ratio: { type: "number", minimum: 1, description: "Candidate p95 at least this many times the reference p95 (default 1.5)." },
        minDeltaMs: { type: "number", minimum: 0, description: "And slower by at least this many milliseconds (default 20)." }
      }
    },
    select: {
      description: "Which recorded requests may be replayed, before sampling: path globs (picomatch syntax: * within a segment, ** across, ?, {a,b}, [0-9], +(a|b)) on the path without the query, and methods.",
      type: "object",
      additionalProperties: false,
      properties: {
        include: { type: "array", items: pathGlob, description: "Only paths matching one of these are replayed." },
        exclude: { type: "array", items: pathGlob, description: "Paths matching one of these are never replayed." },
        methods: {
          type: "array",
          description: "Only these methods are replayed (within the methods input).",
          items: { type: "string", pattern: "^[A-Za-z]+$", "x-expected": "an HTTP method such as GET" }
        }
      }
    },
    credentials: {
      description: "Recorded request headers and query parameters that carry credentials: never sent to a target, shown as *** in every report. Defaults: authorization, proxy-authorization, cookie, set-cookie, x-api-key, x-auth-token, x-csrf-token, and names that look like credentials (token, secret, password, session, signature, credential, api key, auth). Names match in any case, with - and _ alike.",
      type: "object",
      additionalProperties: false,
      properties: {
        headers: { ...headerList, description: "More request header names that carry credentials." },
        query: { ...nameList("a query parameter name"), description: "More query parameter names that carry credentials." },
        allow: {
          ...nameList("a header or query parameter name"),
          description: "Names the defaults take for credentials that are not: sent and shown like any other. Each must be such a default, named exactly."
        }
      }
    },
    redact: {
      description: "Values never shown in any report: JSON paths, header:name, query:name.",
      type: "array",
      items: { type: "string", pattern: "^(\\$|header:|query:)", "x-expected": 'a JSON path, "header:name" or "query:name"' }
    },
    expect: {
      description: `Changes this pull request makes on purpose, reviewed with the code: a cause (see the report's "What changed") matching an entry is marked expected in every report and does not fail the gate. An entry that matches nothing is reported as stale.`,
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["endpoint", "change"],
        properties: {
          endpoint: {
            type: "string",
            pattern: "^([A-Za-z]+|\\*)\\s+/\\S*$",
            "x-expected": 'a route template like "GET /api/orders/{id}" ({name} or * for any one segment, * for any method)'
          },
          place: {
            type: "string",
            pattern: "^(\\$|header:|status$|body$)",
            "x-expected": 'a JSON path starting with $ (e.g. "$.items[*].price"), "header:name", "status" or "body"',
            description: "Where the change is; any place when absent."
          },
          change: { enum: [...DIFFERENCE_KINDS], description: "The sort of change, as the report names it." },
          from: { type: "string", minLength: 1, description: "What it was: a JSON type, a status or a media type (any when absent)." },
          to: { type: "string", minLength: 1, description: "What it became (any when absent)." },
          reason: { type: "string", minLength: 1, description: "Why, shown beside the cause in every report." }
        }
      }
    }
  }
};

// src/append-all.ts
function appendAll(into, items) {
  for (const item of items) into.push(item);
  return into;
}

// src/config/validate.ts
function validate(value, schema, at = "") {
  const where = at || "(top level)";
  const show = schema["x-secret"] ? () => "a value not repeated here (it may be a secret)" : showValue;
  if (schema.oneOf) {
    const matching = schema.oneOf.filter((option) => validate(value, option, at).length === 0);
    if (matching.length > 0) return [];
    const sameType = schema.oneOf.filter((option) => option.type === typeOf(value));
    if (sameType.length === 1 && (typeOf(value) === "object" || typeOf(value) === "array")) return validate(value, sameType[0], at);
    return [`${where}: expected ${schema["x-expected"] ?? "another shape"}, got ${show(value)}`];
  }
  if (schema.enum && !schema.enum.includes(value)) {
    return [`${where}: expected one of ${schema.enum.join(", ")}, got ${show(value)}`];
  }
  if (schema.type && typeOf(value) !== schema.type && !(schema.type === "number" && typeOf(value) === "integer")) {
    return [`${where}: expected ${schema["x-expected"] ?? article(schema.type)}, got ${show(value)}`];
  }
  if (typeof value === "string") {
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) return [`${where}: expected ${schema["x-expected"] ?? `text matching ${schema.pattern}`}, got ${show(value)}`];
    if (schema.minLength && value.length < schema.minLength) return [`${where}: must not be empty`];
  }
  if (typeof value === "number" && schema.minimum !== void 0 && value < schema.minimum) {
    return [`${where}: expected a number \u2265 ${schema.minimum}, got ${value}`];
  }
  if (Array.isArray(value) && schema.items) {
    return value.flatMap((item, i) => validate(item, schema.items, `${at}[${i}]`));
  }
  if (typeOf(value) === "object") return validateObject(value, schema, at);
  return [];
}
function validateObject(value, schema, at) {
  const errors = [];
  for (const name of schema.required ?? []) {
    if (!(name in value)) errors.push(`${at || "(top level)"}: "${name}" is required`);
  }
  const known = schema.properties ?? {};
  for (const [key, child] of Object.entries(value)) {
    const place = key in known || !schema.propertyNames ? childPlace(at, key) : `${at}[${JSON.stringify(key)}]`;
    if (schema.propertyNames) {
      const keyErrors = validate(key, schema.propertyNames, place);
      if (keyErrors.length > 0) {
        appendAll(errors, keyErrors.map((e) => e.replace(/, got .*$/, ` as the key, got ${showValue(key)}`)));
        continue;
      }
    }
    if (key in known) appendAll(errors, validate(child, known[key], place));
    else if (schema.additionalProperties === false) {
      const names3 = Object.keys(known);
      errors.push(`${place}: unknown setting${names3.length ? `; expected one of ${names3.join(", ")}` : ""}`);
    } else if (typeof schema.additionalProperties === "object") appendAll(errors, validate(child, schema.additionalProperties, place));
  }
  return errors;
}
function childPlace(at, key) {
  return /^[A-Za-z_][\w-]*$/.test(key) ? at ? `${at}.${key}` : key : `${at}[${JSON.stringify(key)}]`;
}
function typeOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
function article(type) {
  return { object: "a mapping", array: "a list", string: "text", number: "a number", integer: "a whole number", boolean: "true or false" }[type] ?? type;
}
function showValue(value) {
  const type = typeOf(value);
  if (type === "object") return "a mapping";
  if (type === "array") return "a list";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// src/config/load.ts
var DEFAULT_CONFIG_PATH = ".github/replay-gate.yml";
async function loadRuleBook(configPath, workspace, env = process.env) {
  const file = path.resolve(workspace, configPath || DEFAULT_CONFIG_PATH);
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT" && (!configPath || configPath === DEFAULT_CONFIG_PATH)) return EMPTY_RULE_BOOK;
    throw new ConfigError(`config ${configPath}: cannot read it (${error.code ?? "error"})`);
  }
  return parseRuleBook(text, configPath || DEFAULT_CONFIG_PATH, env);
}
function parseRuleBook(text, name, env = process.env) {
  let value;
  const lines = new import_yaml.LineCounter();
  let document;
  try {
    document = (0, import_yaml.parseDocument)(text, { lineCounter: lines });
    if (document.errors.length > 0) throw document.errors[0];
    value = document.toJS() ?? {};
  } catch (error) {
    throw new ConfigError(`config ${name}: not valid YAML: ${error.message.split("\n")[0]}`);
  }
  const errors = validate(value, configSchema);
  if (errors.length > 0) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
    throw new ConfigError(`config ${name}: ${errors[0]}${more}`);
  }
  try {
    const book = compileRuleBook(value, env);
    for (const expectation of book.expect) {
      const node = document.getIn(["expect", expectation.index], true);
      if (node?.range) expectation.line = lines.linePos(node.range[0]).line;
    }
    return book;
  } catch (error) {
    throw new ConfigError(`config ${name}: ${error.message}`);
  }
}

// src/select/hash.ts
function unitHash(text, seed = 0) {
  let h1 = 3735928559 ^ seed;
  let h2 = 1103547991 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
  return ((h2 >>> 0) * 2 ** 21 + (h1 >>> 0 >>> 11)) / 2 ** 53;
}
function seedOf(snapshotName) {
  return Math.floor(unitHash(snapshotName) * 2 ** 32);
}

// src/shard.ts
var MAX_SHARDS = 256;
var SHARD_SALT = 1936220530;
function parseShard(text, what = 'input "shard"') {
  const match = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text);
  if (!match) throw new InputError(`${what}: "${text.slice(0, 40)}" is not i/n (e.g. 2/4, shard 2 of 4)`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || count > MAX_SHARDS) throw new InputError(`${what}: ${count} shards; give 1 to ${MAX_SHARDS}`);
  if (index < 1 || index > count) throw new InputError(`${what}: shard ${index} of ${count} does not exist; shards count from 1 to ${count}`);
  return { index, count };
}
function shardOf(id, seed, count) {
  return Math.min(count, Math.floor(unitHash(id, (seed ^ SHARD_SALT) >>> 0) * count)) + 1;
}
function shardName(shard) {
  return `${shard.index}/${shard.count}`;
}

// src/version.ts
import { readFileSync } from "node:fs";
import path2 from "node:path";
import { fileURLToPath } from "node:url";
function packageVersion(from = path2.dirname(fileURLToPath(import.meta.url))) {
  for (let dir = from; ; dir = path2.dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(path2.join(dir, "package.json"), "utf8"));
      if (manifest.name === "replay-gate" && manifest.version) return manifest.version;
    } catch {
    }
    if (path2.dirname(dir) === dir) return "unknown";
  }
}

// src/compare/render.ts
function renderValue(value, max = 120, mask) {
  switch (typeof value) {
    case "number":
    case "boolean":
      return String(value);
    case "undefined":
      return "undefined";
  }
  const text = value === null ? "null" : typeof value === "object" ? boundedJson(value, max, mask) : JSON.stringify(mask ? mask(value) : value);
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function boundedJson(value, max, mask = (text) => text) {
  let text = "";
  const write = (item) => {
    if (text.length > max) return false;
    if (typeof item !== "object" || item === null) {
      text += JSON.stringify(typeof item === "string" ? mask(item) : item) ?? "null";
      return text.length <= max;
    }
    if (Array.isArray(item)) {
      text += "[";
      for (let i = 0; i < item.length; i++) if (i > 0 && !(text += ",") || !write(item[i])) return false;
      text += "]";
    } else {
      text += "{";
      let first = true;
      for (const key in item) {
        text += `${first ? "" : ","}${JSON.stringify(mask(key))}:`;
        first = false;
        if (!write(item[key])) return false;
      }
      text += "}";
    }
    return text.length <= max;
  };
  write(value);
  return text;
}
function jsonType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
function generalise(path6) {
  return path6.replace(/\[\d+\]/g, "[*]");
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path6, added, removed, oldPosInc, options) {
    const last = path6.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path6.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path6.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/util/string.js
function longestCommonPrefix(str1, str2) {
  let i;
  for (i = 0; i < str1.length && i < str2.length; i++) {
    if (str1[i] != str2[i]) {
      return str1.slice(0, i);
    }
  }
  return str1.slice(0, i);
}
function longestCommonSuffix(str1, str2) {
  let i;
  if (!str1 || !str2 || str1[str1.length - 1] != str2[str2.length - 1]) {
    return "";
  }
  for (i = 0; i < str1.length && i < str2.length; i++) {
    if (str1[str1.length - (i + 1)] != str2[str2.length - (i + 1)]) {
      return str1.slice(-i);
    }
  }
  return str1.slice(-i);
}
function replacePrefix(string, oldPrefix, newPrefix) {
  if (string.slice(0, oldPrefix.length) != oldPrefix) {
    throw Error(`string ${JSON.stringify(string)} doesn't start with prefix ${JSON.stringify(oldPrefix)}; this is a bug`);
  }
  return newPrefix + string.slice(oldPrefix.length);
}
function replaceSuffix(string, oldSuffix, newSuffix) {
  if (!oldSuffix) {
    return string + newSuffix;
  }
  if (string.slice(-oldSuffix.length) != oldSuffix) {
    throw Error(`string ${JSON.stringify(string)} doesn't end with suffix ${JSON.stringify(oldSuffix)}; this is a bug`);
  }
  return string.slice(0, -oldSuffix.length) + newSuffix;
}
function removePrefix(string, oldPrefix) {
  return replacePrefix(string, oldPrefix, "");
}
function removeSuffix(string, oldSuffix) {
  return replaceSuffix(string, oldSuffix, "");
}
function maximumOverlap(string1, string2) {
  return string2.slice(0, overlapCount(string1, string2));
}
function overlapCount(a, b) {
  let startA = 0;
  if (a.length > b.length) {
    startA = a.length - b.length;
  }
  let endB = b.length;
  if (a.length < b.length) {
    endB = a.length;
  }
  const map = Array(endB);
  let k = 0;
  map[0] = 0;
  for (let j = 1; j < endB; j++) {
    if (b[j] == b[k]) {
      map[j] = map[k];
    } else {
      map[j] = k;
    }
    while (k > 0 && b[j] != b[k]) {
      k = map[k];
    }
    if (b[j] == b[k]) {
      k++;
    }
  }
  k = 0;
  for (let i = startA; i < a.length; i++) {
    while (k > 0 && a[i] != b[k]) {
      k = map[k];
    }
    if (a[i] == b[k]) {
      k++;
    }
  }
  return k;
}
function segment(string, segmenter) {
  const parts = [];
  for (const segmentObj of Array.from(segmenter.segment(string))) {
    const segment2 = segmentObj.segment;
    if (parts.length && /\s/.test(parts[parts.length - 1]) && /\s/.test(segment2)) {
      parts[parts.length - 1] += segment2;
    } else {
      parts.push(segment2);
    }
  }
  return parts;
}
function trailingWs(string, segmenter) {
  if (segmenter) {
    return leadingAndTrailingWs(string, segmenter)[1];
  }
  let i;
  for (i = string.length - 1; i >= 0; i--) {
    if (!string[i].match(/\s/)) {
      break;
    }
  }
  return string.substring(i + 1);
}
function leadingWs(string, segmenter) {
  if (segmenter) {
    return leadingAndTrailingWs(string, segmenter)[0];
  }
  const match = string.match(/^\s*/);
  return match ? match[0] : "";
}
function leadingAndTrailingWs(string, segmenter) {
  if (!segmenter) {
    return [leadingWs(string), trailingWs(string)];
  }
  if (segmenter.resolvedOptions().granularity != "word") {
    throw new Error('The segmenter passed must have a granularity of "word"');
  }
  const segments = segment(string, segmenter);
  const firstSeg = segments[0];
  const lastSeg = segments[segments.length - 1];
  const head = /\s/.test(firstSeg) ? firstSeg : "";
  const tail = /\s/.test(lastSeg) ? lastSeg : "";
  return [head, tail];
}

// node_modules/diff/libesm/diff/word.js
var extendedWordChars = "a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}";
var tokenizeIncludingWhitespace = new RegExp(`[${extendedWordChars}]+|\\s+|[^${extendedWordChars}]`, "ug");
var WordDiff = class extends Diff {
  equals(left, right, options) {
    if (options.ignoreCase) {
      left = left.toLowerCase();
      right = right.toLowerCase();
    }
    return left.trim() === right.trim();
  }
  tokenize(value, options = {}) {
    let parts;
    if (options.intlSegmenter) {
      const segmenter = options.intlSegmenter;
      if (segmenter.resolvedOptions().granularity != "word") {
        throw new Error('The segmenter passed must have a granularity of "word"');
      }
      parts = segment(value, segmenter);
    } else {
      parts = value.match(tokenizeIncludingWhitespace) || [];
    }
    const tokens = [];
    let prevPart = null;
    parts.forEach((part) => {
      if (/\s/.test(part)) {
        if (prevPart == null) {
          tokens.push(part);
        } else {
          tokens.push(tokens.pop() + part);
        }
      } else if (prevPart != null && /\s/.test(prevPart)) {
        if (tokens[tokens.length - 1] == prevPart) {
          tokens.push(tokens.pop() + part);
        } else {
          tokens.push(prevPart + part);
        }
      } else {
        tokens.push(part);
      }
      prevPart = part;
    });
    return tokens;
  }
  join(tokens) {
    return tokens.map((token, i) => {
      if (i == 0) {
        return token;
      } else {
        return token.replace(/^\s+/, "");
      }
    }).join("");
  }
  postProcess(changes, options) {
    if (!changes || options.oneChangePerToken) {
      return changes;
    }
    let lastKeep = null;
    let insertion = null;
    let deletion = null;
    changes.forEach((change) => {
      if (change.added) {
        insertion = change;
      } else if (change.removed) {
        deletion = change;
      } else {
        if (insertion || deletion) {
          dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, change, options.intlSegmenter);
        }
        lastKeep = change;
        insertion = null;
        deletion = null;
      }
    });
    if (insertion || deletion) {
      dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, null, options.intlSegmenter);
    }
    return changes;
  }
};
var wordDiff = new WordDiff();
function dedupeWhitespaceInChangeObjects(startKeep, deletion, insertion, endKeep, segmenter) {
  if (deletion && insertion) {
    const [oldWsPrefix, oldWsSuffix] = leadingAndTrailingWs(deletion.value, segmenter);
    const [newWsPrefix, newWsSuffix] = leadingAndTrailingWs(insertion.value, segmenter);
    if (startKeep) {
      const commonWsPrefix = longestCommonPrefix(oldWsPrefix, newWsPrefix);
      startKeep.value = replaceSuffix(startKeep.value, newWsPrefix, commonWsPrefix);
      deletion.value = removePrefix(deletion.value, commonWsPrefix);
      insertion.value = removePrefix(insertion.value, commonWsPrefix);
    }
    if (endKeep) {
      const commonWsSuffix = longestCommonSuffix(oldWsSuffix, newWsSuffix);
      endKeep.value = replacePrefix(endKeep.value, newWsSuffix, commonWsSuffix);
      deletion.value = removeSuffix(deletion.value, commonWsSuffix);
      insertion.value = removeSuffix(insertion.value, commonWsSuffix);
    }
  } else if (insertion) {
    if (startKeep) {
      const ws = leadingWs(insertion.value, segmenter);
      insertion.value = insertion.value.substring(ws.length);
    }
    if (endKeep) {
      const ws = leadingWs(endKeep.value, segmenter);
      endKeep.value = endKeep.value.substring(ws.length);
    }
  } else if (startKeep && endKeep) {
    const newWsFull = leadingWs(endKeep.value, segmenter), [delWsStart, delWsEnd] = leadingAndTrailingWs(deletion.value, segmenter);
    const newWsStart = longestCommonPrefix(newWsFull, delWsStart);
    deletion.value = removePrefix(deletion.value, newWsStart);
    const newWsEnd = longestCommonSuffix(removePrefix(newWsFull, newWsStart), delWsEnd);
    deletion.value = removeSuffix(deletion.value, newWsEnd);
    endKeep.value = replacePrefix(endKeep.value, newWsFull, newWsEnd);
    startKeep.value = replaceSuffix(startKeep.value, newWsFull, newWsFull.slice(0, newWsFull.length - newWsEnd.length));
  } else if (endKeep) {
    const endKeepWsPrefix = leadingWs(endKeep.value, segmenter);
    const deletionWsSuffix = trailingWs(deletion.value, segmenter);
    const overlap = maximumOverlap(deletionWsSuffix, endKeepWsPrefix);
    deletion.value = removeSuffix(deletion.value, overlap);
  } else if (startKeep) {
    const startKeepWsSuffix = trailingWs(startKeep.value, segmenter);
    const deletionWsPrefix = leadingWs(deletion.value, segmenter);
    const overlap = maximumOverlap(startKeepWsSuffix, deletionWsPrefix);
    deletion.value = removePrefix(deletion.value, overlap);
  }
}
var WordsWithSpaceDiff = class extends Diff {
  tokenize(value) {
    const regex = new RegExp(`(\\r?\\n)|[${extendedWordChars}]+|[^\\S\\n\\r]+|[^${extendedWordChars}]`, "ug");
    return value.match(regex) || [];
  }
};
var wordsWithSpaceDiff = new WordsWithSpaceDiff();
function diffWordsWithSpace(oldStr, newStr, options) {
  return wordsWithSpaceDiff.diff(oldStr, newStr, options);
}

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/diff/array.js
var ArrayDiff = class extends Diff {
  tokenize(value) {
    return value.slice();
  }
  join(value) {
    return value;
  }
  removeEmpty(value) {
    return value;
  }
};
var arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
  return arrayDiff.diff(oldArr, newArr, options);
}

// src/compare/volatile.ts
var KINDS2 = [
  ["iso-timestamp", /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/],
  ["http-date", /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/],
  ["uuid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i]
];
function volatileKind(value) {
  if (value.length < 19 || value.length > 40) return void 0;
  for (const [kind, pattern] of KINDS2) if (pattern.test(value)) return kind;
  return void 0;
}
function sameVolatileKind(a, b) {
  const kind = volatileKind(a);
  return kind !== void 0 && kind === volatileKind(b);
}

// src/compare/array-align.ts
var MAX_TABLE_LENGTH = 400;
var MAX_EDITS = 1e3;
function sameElements(a, b, origins) {
  if (a.length > 16) return sameMultiset(fingerprints(a, origins), fingerprints(b, origins));
  const used = new Array(b.length).fill(false);
  return a.every((item) => {
    const j = b.findIndex((other, k) => !used[k] && equivalent(item, other, origins));
    if (j === -1) return false;
    used[j] = true;
    return true;
  });
}
function mayHaveMoved(a, b, origins) {
  const i = a.findIndex((item, k) => !equivalent(item, b[k], origins));
  if (i === -1) return false;
  return b.some((item, k) => k !== i && equivalent(a[i], item, origins)) || a.some((item, k) => k !== i && equivalent(item, b[i], origins));
}
function equivalent(a, b, origins) {
  if (a === b) return true;
  if (typeof a === "string" && typeof b === "string") return sameVolatileKind(a, b) || origins !== void 0 && origins.same(a, b);
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((item, i) => equivalent(item, b[i], origins));
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && equivalent(a[key], b[key], origins));
}
function sameMultiset(a, b) {
  if (a.length !== b.length) return false;
  const counts = /* @__PURE__ */ new Map();
  for (const print of a) counts.set(print, (counts.get(print) ?? 0) + 1);
  for (const print of b) {
    const left = counts.get(print);
    if (!left) return false;
    counts.set(print, left - 1);
  }
  return true;
}
var DIRECT_COMPARISONS = 256;
function alignElements(a, b, origins) {
  if (a.length > MAX_TABLE_LENGTH || b.length > MAX_TABLE_LENGTH) return alignLong(a, b, origins);
  const shorter = Math.min(a.length, b.length);
  const same = sameAt(a, b, origins);
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i2 = a.length - 1; i2 >= 0; i2--) {
    for (let j2 = b.length - 1; j2 >= 0; j2--) {
      table[i2][j2] = same(i2, j2) ? table[i2 + 1][j2 + 1] + 1 : Math.max(table[i2 + 1][j2], table[i2][j2 + 1]);
    }
  }
  let inPlace = 0;
  for (let i2 = 0; i2 < shorter; i2++) if (same(i2, i2)) inPlace++;
  const gaps = new Gaps(table[0][0], inPlace);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (table[i][j] === table[i + 1][j + 1] + 1 && same(i, j)) {
      gaps.anchor();
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) gaps.onlyA(i++);
    else gaps.onlyB(j++);
  }
  while (i < a.length) gaps.onlyA(i++);
  while (j < b.length) gaps.onlyB(j++);
  return gaps.finish();
}
function alignLong(a, b, origins) {
  const printsA = fingerprints(a, origins);
  const printsB = fingerprints(b, origins);
  const shorter = Math.min(a.length, b.length);
  let inPlace = 0;
  for (let i2 = 0; i2 < shorter; i2++) if (printsA[i2] === printsB[i2]) inPlace++;
  const changes = diffArrays(printsA, printsB, { maxEditLength: MAX_EDITS });
  if (!changes) {
    const rest = (length) => Array.from({ length: length - shorter }, (_, k) => shorter + k);
    return { anchored: inPlace, inPlace, pairs: Array.from({ length: shorter }, (_, i2) => [i2, i2]).filter(([i2]) => printsA[i2] !== printsB[i2]), onlyA: rest(a.length), onlyB: rest(b.length) };
  }
  const anchored = changes.reduce((sum2, change) => sum2 + (change.added || change.removed ? 0 : change.count), 0);
  const gaps = new Gaps(anchored, inPlace);
  let i = 0;
  let j = 0;
  for (const change of changes) {
    if (change.removed) for (let k = 0; k < change.count; k++) gaps.onlyA(i++);
    else if (change.added) for (let k = 0; k < change.count; k++) gaps.onlyB(j++);
    else {
      for (let k = 0; k < change.count; k++) gaps.anchor();
      i += change.count;
      j += change.count;
    }
  }
  return gaps.finish();
}
var Gaps = class {
  alignment;
  gapA = [];
  gapB = [];
  constructor(anchored, inPlace) {
    this.alignment = { anchored, inPlace, pairs: [], onlyA: [], onlyB: [] };
  }
  onlyA(i) {
    this.gapA.push(i);
  }
  onlyB(j) {
    this.gapB.push(j);
  }
  anchor() {
    if (this.gapA.length + this.gapB.length === 0) return;
    const paired2 = Math.min(this.gapA.length, this.gapB.length);
    for (let k = 0; k < paired2; k++) this.alignment.pairs.push([this.gapA[k], this.gapB[k]]);
    for (let k = paired2; k < this.gapA.length; k++) this.alignment.onlyA.push(this.gapA[k]);
    for (let k = paired2; k < this.gapB.length; k++) this.alignment.onlyB.push(this.gapB[k]);
    this.gapA = [];
    this.gapB = [];
  }
  finish() {
    this.anchor();
    return this.alignment;
  }
};
function sameAt(a, b, origins) {
  if (a.length * b.length <= DIRECT_COMPARISONS) return (i, j) => equivalent(a[i], b[j], origins);
  const printsA = fingerprints(a, origins);
  const printsB = fingerprints(b, origins);
  return (i, j) => printsA[i] === printsB[j];
}
function fingerprint(value, origins) {
  const abstract = origins ? (_key, item) => abstractOrigins(abstractVolatile(_key, item), origins) : abstractVolatile;
  if (typeof value !== "object" || value === null) return JSON.stringify(abstract("", value)) ?? "undefined";
  return JSON.stringify(value, abstract);
}
function fingerprints(list, origins) {
  return list.map((value) => fingerprint(value, origins));
}
function abstractVolatile(_key, value) {
  if (typeof value !== "string") return value;
  const kind = volatileKind(value);
  return kind ? `\0${kind}` : value;
}
function abstractOrigins(value, origins) {
  return typeof value === "string" ? origins.normalise(value) : value;
}

// src/compare/identity-key.ts
var IDENTITY_KEYS = ["id", "uuid", "key", "slug", "sku", "code"];
var MIN_ELEMENTS = 2;
function identityOf(element, key) {
  if (element === null || typeof element !== "object" || Array.isArray(element)) return void 0;
  const value = element[key];
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return void 0;
}
function identities(list, key) {
  const seen = /* @__PURE__ */ new Set();
  const found = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const identity = identityOf(list[i], key);
    if (identity === void 0 || seen.has(identity)) return void 0;
    seen.add(identity);
    found[i] = identity;
  }
  return found;
}
function matchByIdentity(a, b) {
  if (a.length < MIN_ELEMENTS || b.length < MIN_ELEMENTS) return void 0;
  const first = a[0];
  if (first === null || typeof first !== "object" || Array.isArray(first)) return void 0;
  for (const key of IDENTITY_KEYS) {
    if (identityOf(first, key) === void 0 || identityOf(b[0], key) === void 0) continue;
    const match = matchBy(a, b, key);
    if (match) return match;
  }
  return void 0;
}
function matchBy(a, b, key, minShare = 0.5) {
  const idsA = identities(a, key);
  if (!idsA) return void 0;
  const idsB = identities(b, key);
  if (!idsB) return void 0;
  const indexB = /* @__PURE__ */ new Map();
  for (let j = 0; j < idsB.length; j++) indexB.set(idsB[j], j);
  const match = { key, pairs: [], onlyA: [], onlyB: [], reordered: false };
  const matchedB = new Uint8Array(b.length);
  let last = -1;
  for (let i = 0; i < idsA.length; i++) {
    const j = indexB.get(idsA[i]);
    if (j === void 0) {
      match.onlyA.push(i);
      continue;
    }
    if (j < last) match.reordered = true;
    last = j;
    matchedB[j] = 1;
    match.pairs.push([i, j]);
  }
  if (match.pairs.length < minShare * Math.min(a.length, b.length) || match.pairs.length === 0) return void 0;
  for (let j = 0; j < b.length; j++) if (!matchedB[j]) match.onlyB.push(j);
  return match;
}

// src/compare/json-diff.ts
var MAX_DIFFERENCES = 200;
var DEFAULT_SEVERITY = {
  status: "breaking",
  "content-type": "breaking",
  header: "changed",
  format: "breaking",
  removed: "breaking",
  added: "info",
  type: "breaking",
  value: "changed",
  length: "changed",
  order: "changed",
  text: "changed",
  bytes: "changed",
  "no-response": "breaking"
};
var ABSENT = /* @__PURE__ */ Symbol("absent");
var DifferenceCollector = class {
  constructor(rules, redactor, renders = true, origins) {
    this.rules = rules;
    this.redactor = redactor;
    this.renders = renders;
    this.origins = origins;
    this.checksIgnores = rules.ignore.length > 0;
  }
  rules;
  redactor;
  renders;
  origins;
  differences = [];
  truncated = false;
  /** Most comparisons have no ignore rule: then no place needs testing on the way down. */
  checksIgnores;
  deferred = [];
  /** Adds a difference between two JSON values (ABSENT for a missing side). */
  addValues(kind, path6, pattern, a, b, typed = false, severity) {
    const count = this.differences.length;
    this.add(kind, path6, void 0, void 0, severity, pattern);
    if (this.differences.length === count) return;
    const difference = this.differences[count];
    if (typed) {
      difference.from = jsonType(a);
      difference.to = jsonType(b);
    }
    if (this.renders) this.render(difference, a, b, typed);
    else this.deferred.push({ difference, a, b, typed });
  }
  /** Renders the values of deferred differences, for a request that is about to be shown. */
  materialise() {
    for (const { difference, a, b, typed } of this.deferred.splice(0)) this.render(difference, a, b, typed);
  }
  render(difference, a, b, typed) {
    const show = (value) => typed ? `${jsonType(value)} ${this.show(value, difference.path, 80)}` : this.show(value, difference.path);
    if (a !== ABSENT) difference.expected = show(a);
    if (b !== ABSENT) difference.actual = show(b);
  }
  /** Renders a value found at `path` for a report, with redacted places removed first. */
  show(value, path6, max) {
    if (!this.redactor) return renderValue(value, max);
    return renderValue(this.redactor.json(value, path6), max, this.redactor.masksText ? (text) => this.redactor.text(text) : void 0);
  }
  ignored(pattern) {
    return this.checksIgnores && this.rules.ignore.some((rule) => rule.test(pattern));
  }
  /** `pattern` is the path with indices generalised; JSON traversal passes it, others derive it. */
  add(kind, path6, expected, actual, severity = DEFAULT_SEVERITY[kind], pattern = generalise(path6), change) {
    if (this.ignored(pattern)) return;
    if (this.differences.length >= MAX_DIFFERENCES) {
      this.truncated = true;
      return;
    }
    const override = this.rules.severity.length > 0 ? this.rules.severity.find((rule) => rule.pattern.test(pattern)) : void 0;
    const difference = { kind, path: path6, pattern, severity: override?.severity ?? severity };
    if (expected !== void 0) difference.expected = expected;
    if (actual !== void 0) difference.actual = actual;
    if (change) {
      difference.from = change.from;
      difference.to = change.to;
    }
    this.differences.push(difference);
  }
};
function diffJson(expected, actual, out, path6 = "$") {
  diffValues(expected, actual, out, path6, generalise(path6));
}
function diffValues(a, b, out, path6, pattern) {
  if (a === b) return;
  if (out.checksIgnores && out.ignored(pattern)) return;
  const typeA = typeof a;
  if (typeA === typeof b && a !== null && b !== null) {
    if (typeA === "object") {
      const arrayA = Array.isArray(a);
      if (arrayA === Array.isArray(b)) {
        if (arrayA) diffArrays2(a, b, out, path6, pattern);
        else diffObjects(a, b, out, path6, pattern);
        return;
      }
    } else {
      if (typeA === "number" ? withinTolerance(a, b, out.rules, pattern) : typeA === "string" && sameStrings(a, b, out.origins)) return;
      out.addValues("value", path6, pattern, a, b);
      return;
    }
  }
  const kind = a === null || b === null ? "value" : "type";
  out.addValues(kind, path6, pattern, a, b, true);
}
function sameStrings(a, b, origins) {
  if (sameVolatileKind(a, b)) return true;
  return origins !== void 0 && origins.same(a, b);
}
function keySuffix(key) {
  const first = key.charCodeAt(0);
  if (!(isLetter(first) || first === 95 || first === 36)) return childPath("", key);
  for (let i = 1; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!(isLetter(c) || c >= 48 && c <= 57 || c === 95 || c === 36 || c === 45)) return childPath("", key);
  }
  return `.${key}`;
}
function isLetter(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function diffObjects(a, b, out, path6, pattern) {
  let shared = 0;
  for (const key in a) {
    const suffix = keySuffix(key);
    if (!Object.hasOwn(b, key)) {
      out.addValues("removed", path6 + suffix, pattern + suffix, a[key], ABSENT);
      continue;
    }
    shared++;
    diffValues(a[key], b[key], out, path6 + suffix, pattern + suffix);
  }
  if (Object.keys(b).length === shared) return;
  for (const key in b) {
    if (Object.hasOwn(a, key)) continue;
    const suffix = keySuffix(key);
    out.addValues("added", path6 + suffix, pattern + suffix, ABSENT, b[key]);
  }
}
function diffArrays2(a, b, out, path6, pattern) {
  const unordered = out.rules.unordered.length > 0 ? out.rules.unordered.find((rule) => rule.pattern.test(pattern)) : void 0;
  if (unordered?.key) return diffKeyed(a, b, unordered.key, out, path6, pattern);
  const element = `${pattern}[*]`;
  if (unordered) return diffMultisets(fingerprints(a, out.origins), fingerprints(b, out.origins), a, b, out, path6);
  if (a.length === b.length) {
    const before2 = out.differences.length;
    const wasTruncated = out.truncated;
    for (let i = 0; i < a.length; i++) diffValues(a[i], b[i], out, `${path6}[${i}]`, element);
    if (out.differences.length === before2 && !out.truncated) return;
    const match2 = matchByIdentity(a, b);
    if (match2) {
      if (!match2.reordered && match2.onlyA.length === 0) return;
      out.differences.length = before2;
      out.truncated = wasTruncated;
      return diffMatched(a, b, match2, out, path6, pattern, true);
    }
    if (mayHaveMoved(a, b, out.origins)) redescribeMoves(a, b, out, path6, pattern, before2, wasTruncated);
    return;
  }
  out.add("length", path6, `${a.length} elements`, `${b.length} elements`, void 0, pattern);
  const match = matchByIdentity(a, b);
  if (match) return diffMatched(a, b, match, out, path6, pattern, false);
  for (const [i, j] of alignElements(a, b, out.origins).pairs) diffValues(a[i], b[j], out, `${path6}[${i}]`, element);
}
function diffMatched(a, b, match, out, path6, pattern, listsUnpaired) {
  const element = `${pattern}[*]`;
  if (match.reordered) out.add("order", path6, `${a.length} elements`, `same ${match.key}s, other order`, void 0, pattern);
  for (const [i, j] of match.pairs) diffValues(a[i], b[j], out, `${path6}[${i}]`, element);
  if (!listsUnpaired) return;
  for (const i of match.onlyA) out.addValues("removed", `${path6}[${i}]`, element, a[i], ABSENT, false, "changed");
  for (const j of match.onlyB) out.addValues("added", `${path6}[${j}]`, element, ABSENT, b[j], false, "changed");
}
function redescribeMoves(a, b, out, path6, pattern, before2, wasTruncated) {
  const element = `${pattern}[*]`;
  if (sameElements(a, b, out.origins)) {
    out.differences.length = before2;
    out.truncated = wasTruncated;
    out.add("order", path6, `${a.length} elements`, "same elements, other order", void 0, pattern);
    return;
  }
  const alignment = alignElements(a, b, out.origins);
  if (alignment.anchored <= alignment.inPlace) return;
  out.differences.length = before2;
  out.truncated = wasTruncated;
  for (const [i, j] of alignment.pairs) diffValues(a[i], b[j], out, `${path6}[${i}]`, element);
  for (const i of alignment.onlyA) out.addValues("removed", `${path6}[${i}]`, element, a[i], ABSENT, false, "changed");
  for (const j of alignment.onlyB) out.addValues("added", `${path6}[${j}]`, element, ABSENT, b[j], false, "changed");
}
function diffKeyed(a, b, key, out, path6, pattern) {
  const isRecord = (item) => item !== null && typeof item === "object" && !Array.isArray(item);
  const keyOf = (item) => {
    if (!isRecord(item)) return void 0;
    const identity = identityOf(item, key);
    return identity !== void 0 ? `=${identity}` : `~${JSON.stringify(item[key])}`;
  };
  const shown = (item) => `${key}=${JSON.stringify(item[key])}`;
  const byKey = /* @__PURE__ */ new Map();
  for (const item of b) {
    const k = keyOf(item);
    if (k !== void 0) byKey.set(k, item);
  }
  const seen = /* @__PURE__ */ new Set();
  a.forEach((item, i) => {
    const k = keyOf(item);
    if (k === void 0) return;
    seen.add(k);
    if (byKey.has(k)) diffValues(item, byKey.get(k), out, `${path6}[${i}]`, `${pattern}[*]`);
    else out.add("length", path6, `element ${shown(item)} present`, `element ${shown(item)} missing`, void 0, pattern);
  });
  for (const [k, item] of byKey) {
    if (!seen.has(k)) out.add("length", path6, `element ${shown(item)} absent`, `element ${shown(item)} added`, void 0, pattern);
  }
}
function diffMultisets(printsA, printsB, a, b, out, path6) {
  if (sameMultiset(printsA, printsB)) return;
  if (a.length !== b.length) out.add("length", path6, `${a.length} elements`, `${b.length} elements`);
  else out.addValues("value", path6, generalise(path6), a, b);
}
function withinTolerance(a, b, rules, pattern) {
  if (a === b) return true;
  if (rules.tolerance.length === 0) return false;
  const rule = rules.tolerance.find((candidate) => candidate.pattern.test(pattern));
  if (!rule) return false;
  const delta = Math.abs(a - b);
  if (rule.absolute !== void 0 && delta <= rule.absolute) return true;
  return rule.relative !== void 0 && delta <= rule.relative * Math.max(Math.abs(a), Math.abs(b));
}

// src/compare/json-depth.ts
var MAX_JSON_DEPTH = 512;
function nestsDeeperThan(text, limit = MAX_JSON_DEPTH) {
  if (text.length <= 2 * limit) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) i = endOfString(text, i);
    else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}
function endOfString(text, open2) {
  let quote = text.indexOf('"', open2 + 1);
  while (quote !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return quote;
    quote = text.indexOf('"', quote + 1);
  }
  return text.length;
}

// src/compare/lift.ts
var MIB = 1024 * 1024;
var PAST_BODY_CAP = `past the ${MAX_BODY_BYTES / MIB} MiB body cap: compared by length and SHA-256 of the first ${MAX_BODY_BYTES / MIB} MiB`;
var TOO_DEEP = `JSON nested deeper than ${MAX_JSON_DEPTH} levels: compared by length and SHA-256`;
function mediaType(contentType) {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  return type || void 0;
}
function isJsonType(type) {
  return type !== void 0 && (type === "application/json" || type.endsWith("+json") || type === "text/json");
}
function isTextType(type) {
  return type.startsWith("text/") || type.endsWith("+xml") || ["application/xml", "application/javascript", "application/x-www-form-urlencoded", "application/graphql"].includes(type);
}
var utf8 = new TextDecoder("utf-8", { fatal: true });
function liftBody(response) {
  let lifted = liftedBodies.get(response);
  if (!lifted) liftedBodies.set(response, lifted = lift(response));
  return lifted;
}
var liftedBodies = /* @__PURE__ */ new WeakMap();
function lift(response) {
  if (response.bodyDigest) return { kind: "bytes", ...response.bodyDigest, note: PAST_BODY_CAP };
  const body = response.body;
  if (body.length === 0) return { kind: "empty" };
  const type = mediaType(response.headers["content-type"]);
  const text = decodeText(body);
  if (isJsonType(type) || type === void 0 && text !== void 0 && /^\s*[[{]/.test(text)) {
    if (text === void 0) return bytes(body);
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      return type === void 0 ? { kind: "text", text } : { kind: "invalid-json", text };
    }
    if (nestsDeeperThan(text)) return { ...bytes(body), note: TOO_DEEP };
    return { kind: "json", value };
  }
  if (text !== void 0 && (type === void 0 || isTextType(type))) return { kind: "text", text };
  return bytes(body);
}
function decodeText(body) {
  try {
    return utf8.decode(body);
  } catch {
    return void 0;
  }
}
function bytes(body) {
  return { kind: "bytes", ...digestOf(body) };
}

// src/compare/text-diff.ts
import { createHash as createHash2 } from "node:crypto";
var MAX_TEXT_EDITS = 1e3;
var TOO_MANY_EDITS = `more than ${MAX_TEXT_EDITS} lines changed: compared by line count and SHA-256`;
function diffText(a, b, out) {
  if (a === b) return;
  const parts = diffLines(a, b, { maxEditLength: MAX_TEXT_EDITS });
  if (!parts) {
    out.add("text", "body", summary(a), `${summary(b)} (${TOO_MANY_EDITS})`);
    return;
  }
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.added) added += part.count ?? 0;
    if (part.removed) removed += part.count ?? 0;
  }
  out.add("text", "body", `${removed} line(s) removed`, `${added} line(s) added`);
}
function summary(text) {
  return `${lineCount(text)} lines, sha256 ${createHash2("sha256").update(text).digest("hex").slice(0, 12)}\u2026`;
}
function lineCount(text) {
  let count = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
  return text.length > 0 && !text.endsWith("\n") ? count + 1 : count;
}

// src/compare/compare-responses.ts
function compareResponses(expected, actual, rules, method, redactor, renders = true, origins) {
  const out = new DifferenceCollector(rules, redactor, renders, origins);
  const materialise = () => out.materialise();
  if (expected.status !== actual.status) {
    const classChanged = Math.floor(expected.status / 100) !== Math.floor(actual.status / 100);
    const change = { from: String(expected.status), to: String(actual.status) };
    out.add("status", "status", change.from, change.to, classChanged ? "breaking" : "changed", "status", change);
    if (classChanged) return { differences: out.differences, truncated: false, materialise };
  }
  const typeA = mediaType(expected.headers["content-type"]);
  const typeB = mediaType(actual.headers["content-type"]);
  if (typeA !== typeB && typeA !== void 0) {
    const change = { from: typeA, to: typeB ?? "(none)" };
    out.add("content-type", "header:content-type", change.from, change.to, typeB === void 0 ? "changed" : "breaking", "header:content-type", change);
  }
  for (const name of rules.headers) {
    const a = expected.headers[name];
    const b = actual.headers[name];
    if (a === b || a !== void 0 && b !== void 0 && origins?.same(a, b)) continue;
    const shown = (value) => redactor ? redactor.headerValue(name, value) : value;
    if (b === void 0) out.add("removed", `header:${name}`, shown(a), "(absent)", "breaking");
    else if (a === void 0) out.add("added", `header:${name}`, "(absent)", shown(b), "changed");
    else out.add("header", `header:${name}`, shown(a), shown(b));
  }
  if (method !== "HEAD" && !(typeA === typeB && sameBytes(expected, actual))) compareBodies(expected, actual, out);
  return { differences: out.differences, truncated: out.truncated, materialise };
}
function sameBytes(a, b) {
  if (a.bodyDigest || b.bodyDigest) return sameDigest(digestOfBody(a), digestOfBody(b));
  return a.body.equals(b.body);
}
function digestOfBody(response) {
  if (response.bodyDigest) return response.bodyDigest;
  let digest = digests.get(response);
  if (!digest) digests.set(response, digest = digestOf(response.body));
  return digest;
}
var digests = /* @__PURE__ */ new WeakMap();
function compareBodies(expected, actual, out) {
  const a = liftBody(expected);
  const b = liftBody(actual);
  const notes = [a, b].flatMap((body) => body.kind === "bytes" && body.note ? [body.note] : []);
  if (notes.length > 0) {
    const [da, db] = [a.kind === "bytes" ? a : digestOfBody(expected), b.kind === "bytes" ? b : digestOfBody(actual)];
    if (!sameDigest(da, db)) out.add("bytes", "body", describeDigest(da), `${describeDigest(db)} (${[...new Set(notes)].join("; ")})`);
    return;
  }
  if (a.kind === "json" && b.kind === "json") return diffJson(a.value, b.value, out);
  if (a.kind === "json") {
    out.add("format", "body", "JSON", describeKind(b));
    return;
  }
  if (a.kind === "text" && b.kind === "text") return diffText(a.text, b.text, out);
  if (a.kind === "bytes" && b.kind === "bytes") {
    if (a.sha256 !== b.sha256) out.add("bytes", "body", `${a.bytes} bytes`, `${b.bytes} bytes, other content`);
    return;
  }
  if (a.kind === "empty" && b.kind === "empty") return;
  if (a.kind === "invalid-json" && b.kind === "invalid-json") {
    if (a.text !== b.text) out.add("text", "body", "invalid JSON", "other invalid JSON");
    return;
  }
  out.add("format", "body", describeKind(a), describeKind(b), b.kind === "json" ? "changed" : "breaking");
}
function describeKind(body) {
  switch (body.kind) {
    case "empty":
      return "empty body";
    case "json":
      return "JSON";
    case "invalid-json":
      return "malformed JSON";
    case "text":
      return "text";
    case "bytes":
      return `${body.bytes} bytes of binary`;
  }
}

// src/secrets/secret-masker.ts
var MIN_SECRET_CHARS = 4;
var SecretMasker = class _SecretMasker {
  constructor(source = []) {
    this.source = source;
  }
  source;
  pattern;
  collected;
  /** The longest form searched for. */
  longest = 0;
  /** No secret long enough to look for: masking leaves every text as it is. */
  get empty() {
    return this.compiled() === null;
  }
  /** A masker for these secrets and `more`, gathered when first needed. */
  with(more) {
    return new _SecretMasker(() => [...this.values(), ...more()]);
  }
  mask(text) {
    const pattern = this.compiled();
    return pattern ? text.replace(pattern, MASK) : text;
  }
  /**
   * The first `max` characters of `text`, masked, for a report that shows no more. A secret
   * running across the cut is kept whole up to its end, so it is masked whole: cutting first
   * could leave a prefix of it. Only the part near the cut is searched beyond `max`.
   */
  maskPrefix(text, max) {
    if (text.length <= max) return { text: this.mask(text), cut: false };
    const pattern = this.compiled();
    if (!pattern) return { text: text.slice(0, max), cut: true };
    let end = max;
    for (const match of text.slice(0, max + this.longest).matchAll(pattern)) {
      if (match.index < max) end = Math.max(end, match.index + match[0].length);
    }
    return { text: this.mask(text.slice(0, end)), cut: end < text.length };
  }
  /** A copy of a JSON-like value with every string (and key) masked. */
  maskDeep(value) {
    if (this.compiled() === null) return value;
    return this.walk(value);
  }
  walk(value) {
    if (typeof value === "string") return this.mask(value);
    if (Array.isArray(value)) return value.map((item) => this.walk(item));
    if (value !== null && typeof value === "object") {
      const out = {};
      for (const [key, item] of Object.entries(value)) out[this.mask(key)] = this.walk(item);
      return out;
    }
    return value;
  }
  values() {
    this.collected ??= [...typeof this.source === "function" ? this.source() : this.source];
    return this.collected;
  }
  compiled() {
    if (this.pattern !== void 0) return this.pattern;
    const forms = /* @__PURE__ */ new Set();
    for (const value of this.values()) {
      if (value.length < MIN_SECRET_CHARS) continue;
      forms.add(value);
      forms.add(JSON.stringify(value).slice(1, -1));
      forms.add(encodeURIComponent(value));
      forms.add(encodeURIComponent(value).replace(/%20/g, "+"));
    }
    const sorted = [...forms].sort((a, b) => b.length - a.length);
    this.longest = sorted[0]?.length ?? 0;
    const sources = sorted.map(patternOf);
    this.pattern = sources.length > 0 ? new RegExp(sources.join("|"), "g") : null;
    return this.pattern;
  }
};
function patternOf(form) {
  return form.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/%([0-9A-F])([0-9A-F])/g, (_, a, b) => `%[${a}${a.toLowerCase()}][${b}${b.toLowerCase()}]`);
}

// src/compare/redact.ts
var REDACTED = "[redacted]";
var MAX_SHOWN_BODY = 4096;
var NO_SECRETS = new SecretMasker();
var Redactor = class _Redactor {
  paths;
  headers;
  queries;
  credentials;
  secrets;
  /** From the `redact` entries, or from another Redactor, sharing its compiled entries. */
  constructor(entries, options = {}) {
    if (entries instanceof _Redactor) {
      ({ paths: this.paths, headers: this.headers, queries: this.queries } = entries);
      this.credentials = options.credentials ?? entries.credentials;
      this.secrets = options.secrets ?? entries.secrets;
      return;
    }
    const paths = [];
    const headers = /* @__PURE__ */ new Set();
    const queries = /* @__PURE__ */ new Set();
    for (const entry of entries) {
      if (entry.startsWith("header:")) headers.add(entry.slice(7).trim().toLowerCase());
      else if (entry.startsWith("query:")) queries.add(entry.slice(6).trim());
      else paths.push(compilePathPattern(entry));
    }
    [this.paths, this.headers, this.queries] = [paths, headers, queries];
    this.credentials = options.credentials ?? DEFAULT_CREDENTIAL_POLICY;
    this.secrets = options.secrets ?? NO_SECRETS;
  }
  /**
   * The same redaction for one request: its own recorded credentials are masked too, wherever its
   * answers echo them. They are gathered only if something of the request is rendered.
   */
  forRequest(request) {
    return new _Redactor(this, { secrets: this.secrets.with(() => this.credentials.recordedValues(request)) });
  }
  /** Whether the `redact` list is in force (then text bodies are not shown). */
  get active() {
    return this.paths.length + this.headers.size + this.queries.size > 0;
  }
  isRedactedPath(path6) {
    const pattern = generalise(path6);
    return this.paths.some((p) => p.test(pattern));
  }
  /**
   * A copy of `value` (found at `path`) with every redacted place replaced. Secrets are masked
   * when it is written out (`text`, or renderValue's `mask`), not here: a large subtree is
   * rendered only as far as a report shows it.
   */
  json(value, path6 = "$") {
    if (this.paths.length === 0) return value;
    if (this.isRedactedPath(path6)) return REDACTED;
    if (Array.isArray(value)) return value.map((item, i) => this.json(item, `${path6}[${i}]`));
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.json(item, childPath(path6, key))]));
    }
    return value;
  }
  /** Whether there are secrets to mask: without any, `text` changes nothing. */
  get masksText() {
    return !this.secrets.empty;
  }
  /** Text as it may be shown: secrets masked. Mask before cutting text to length (or use `prefix`). */
  text(text) {
    return this.secrets.mask(text);
  }
  /** At most the first `max` characters of text as they may be shown, secrets masked whole. */
  prefix(text, max) {
    return this.secrets.maskPrefix(text, max);
  }
  /** Recorded request headers as they may be shown: credentials `***`, redacted ones `[redacted]`. */
  headerMap(headers) {
    let shown;
    for (const name in headers) {
      const masked = this.hiddenHeader(name);
      if (masked === void 0) continue;
      shown ??= { ...headers };
      shown[name] = masked;
    }
    return shown ?? headers;
  }
  /** One header's value as it may be shown, e.g. in a difference of a compared response header. */
  headerValue(name, value) {
    return this.hiddenHeader(name) ?? this.secrets.mask(value);
  }
  hiddenHeader(name) {
    if (this.headers.has(name.toLowerCase())) return REDACTED;
    if (this.credentials.isCredentialHeader(name)) return MASK;
    return void 0;
  }
  /**
   * A recorded request body as it may be shown (the curl reproducer sends it): JSON with the
   * values of credential-looking keys `***` and redacted paths `[redacted]`; a form with its
   * credential fields `***`, as in a query; other text only while no `redact` rule is on, as for
   * response excerpts; binary or over 4 KiB, only its size.
   */
  requestBody(body) {
    if (body === null) return void 0;
    const bytes2 = typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body.base64, "base64");
    if (bytes2.length === 0) return void 0;
    const text = bytes2.toString("utf8");
    if (bytes2.length > MAX_SHOWN_BODY || text.includes("\0") || text.includes("\uFFFD")) return { bytes: bytes2.length };
    const json = parseJson(text);
    if (json !== void 0) return { text: this.text(JSON.stringify(this.json(this.maskCredentialKeys(json.value)))) };
    if (/^[^\s=&]+=[^\s]*$/.test(text)) return { text: this.text(this.url(`?${text}`).slice(1)) };
    return this.active ? { bytes: bytes2.length } : { text: this.text(text) };
  }
  maskCredentialKeys(value) {
    if (Array.isArray(value)) return value.map((item) => this.maskCredentialKeys(item));
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.credentials.isCredentialQuery(key) && (typeof item !== "object" || item === null) ? MASK : this.maskCredentialKeys(item)]));
  }
  /** The URL with the values of credential query parameters `***` and of redacted ones `[redacted]`. */
  url(url) {
    return rewriteQuery(url, (name) => {
      if (this.queries.has(name)) return REDACTED;
      return this.credentials.isCredentialQuery(name) ? MASK : void 0;
    });
  }
};
function parseJson(text) {
  const first = text.trimStart()[0];
  if (first !== "{" && first !== "[") return void 0;
  try {
    return { value: JSON.parse(text) };
  } catch {
    return void 0;
  }
}

// src/compare/compare-exchange.ts
var EXCERPT_CHARS = 4e3;
var DEFAULT_REDACTOR = new Redactor([]);
function statKey(difference) {
  const sort = difference.kind === "added" || difference.kind === "removed" ? "presence" : difference.kind;
  return `${difference.pattern} ${sort}`;
}
function reference(outcome) {
  return outcome.baseline?.length ? outcome.baseline[0].response : outcome.recorded;
}
function selfPair(outcome) {
  return outcome.baseline?.length ? [outcome.baseline[0], outcome.baseline[1]] : [outcome.candidate[0], outcome.candidate[1]];
}
function differsAtFirstLook(outcome, context, knownToVary) {
  const look = firstLook(outcome, context);
  if (!look.found || look.found.differences.length === 0) return false;
  const varied = new Set(look.selfVaried);
  return look.found.differences.some((d) => !varied.has(statKey(d)) && !knownToVary?.has(statKey(d)));
}
function matchesRecording(outcome, context) {
  if (!outcome.recorded || outcome.baseline?.length) return false;
  const look = firstLook(outcome, context);
  const matches = look.found !== void 0 && look.found.differences.length === 0;
  if (!matches) firstLooks.delete(outcome);
  return matches;
}
var firstLooks = /* @__PURE__ */ new WeakMap();
function firstLook(outcome, context) {
  let look = firstLooks.get(outcome);
  if (look) return look;
  const { request } = outcome.selected.exchange;
  const redactor = (context.redactor ?? DEFAULT_REDACTOR).forRequest(request);
  const origins = context.origins?.forRequest(request);
  look = { redactor, selfVaried: keysBetween(selfPair(outcome), context, request.method, origins) };
  if (origins) look.origins = origins;
  const expected = reference(outcome);
  const actual = outcome.candidate[0]?.response;
  if (expected && actual) look.found = compareResponses(expected, actual, context.rules, request.method, redactor, false, origins);
  firstLooks.set(outcome, look);
  return look;
}
function compareOutcome(outcome, context) {
  const { exchange, endpoint } = outcome.selected;
  const method = exchange.request.method;
  const look = firstLook(outcome, context);
  const { redactor } = look;
  const comparison = {
    endpoint,
    id: exchange.id,
    method,
    url: redactor.url(exchange.request.url),
    requestHeaders: redactor.headerMap(exchange.request.headers),
    outcome: "compared",
    differences: [],
    selfVaried: look.selfVaried,
    paired: outcome.paired ?? true,
    drift: [],
    latency: latencyOf(outcome)
  };
  const requestBody = redactor.requestBody(exchange.request.body);
  if (requestBody) comparison.requestBody = requestBody;
  const expected = reference(outcome);
  if (!expected) {
    comparison.outcome = "no-reference";
    return comparison;
  }
  const first = outcome.candidate[0];
  if (!first?.response) {
    comparison.differences = [
      { kind: "no-response", path: "response", pattern: "response", severity: "breaking", expected: String(expected.status), actual: first?.error ?? "no answer" }
    ];
    return comparison;
  }
  const found = look.found;
  let differences = found.differences;
  const again2 = outcome.confirmation;
  const expectedAgain = outcome.baseline?.length ? again2?.baseline?.response : expected;
  if (again2?.candidate.response && expectedAgain && differences.length > 0) {
    const repeated = new Set(compareResponses(expectedAgain, again2.candidate.response, context.rules, method, void 0, false, look.origins).differences.map(statKey));
    const flaky = differences.filter((d) => !repeated.has(statKey(d)));
    differences = differences.filter((d) => repeated.has(statKey(d)));
    comparison.selfVaried = [.../* @__PURE__ */ new Set([...comparison.selfVaried, ...flaky.map(statKey)])];
  }
  let materialiseDrift = () => {
  };
  if (outcome.baseline?.length && outcome.recorded) {
    const againstBaseline = new Set(differences.map(statKey));
    const drift = compareResponses(outcome.recorded, first.response, context.rules, method, redactor, false, look.origins);
    comparison.drift = drift.differences.filter((d) => !againstBaseline.has(statKey(d)));
    materialiseDrift = drift.materialise;
  }
  if (differences.length > 0 || comparison.drift.length > 0) {
    comparison.materialise = () => {
      found.materialise();
      materialiseDrift();
      if (differences.length > 0) comparison.excerpts = { expected: excerpt(expected, redactor), actual: excerpt(first.response, redactor) };
      delete comparison.materialise;
    };
  }
  comparison.differences = differences;
  return comparison;
}
function keysBetween([a, b], context, method, origins) {
  if (!a?.response || !b?.response) return [];
  const { differences } = compareResponses(a.response, b.response, context.rules, method, void 0, false, origins);
  return [...new Set(differences.map(statKey))];
}
function latencyOf(outcome) {
  const latency = {};
  const candidateMs = outcome.candidate[0]?.response?.durationMs;
  const baselineMs = outcome.baseline?.[0]?.response?.durationMs;
  if (candidateMs !== void 0) latency.candidateMs = candidateMs;
  if (baselineMs !== void 0) latency.baselineMs = baselineMs;
  if (outcome.recorded?.durationMs !== void 0) latency.recordedMs = outcome.recorded.durationMs;
  return latency;
}
function excerpt(response, redactor = DEFAULT_REDACTOR) {
  const lifted = liftBody(response);
  let body;
  switch (lifted.kind) {
    case "json":
      body = JSON.stringify(redactor.json(lifted.value), null, 2) ?? "";
      break;
    case "text":
    case "invalid-json":
      body = redactor.active ? `(${lifted.text.length} characters of text, hidden: redaction is on)` : lifted.text;
      break;
    case "bytes":
      body = `(${describeDigest(lifted)}${lifted.note ? `; ${lifted.note}` : ""})`;
      break;
    case "empty":
      body = "(empty body)";
  }
  const head = `HTTP ${response.status} ${response.headers["content-type"] ?? ""}`.trim();
  const shown = redactor.prefix(`${head}

${body}`, EXCERPT_CHARS);
  return shown.cut ? `${shown.text}
\u2026 (trimmed)` : shown.text;
}

// src/compare/adaptive-asking.ts
var CALIBRATION_REQUESTS = 20;
var PAIR_EVERY = 4;
var AdaptiveAsking = class {
  constructor(contextFor, calibration = CALIBRATION_REQUESTS) {
    this.contextFor = contextFor;
    this.calibration = calibration;
  }
  contextFor;
  calibration;
  endpoints = /* @__PURE__ */ new Map();
  comparisons = /* @__PURE__ */ new WeakMap();
  pairs(selected) {
    const known = this.knowledgeOf(selected.endpoint);
    const index = selected.position ?? known.started;
    known.started++;
    if (index < this.calibration) return true;
    return known.varied.size > 0 && (index - this.calibration) % PAIR_EVERY === 0;
  }
  needsBaseline(outcome) {
    const known = this.knowledgeOf(outcome.selected.endpoint);
    if (known.varied.size > 0 || known.baselineTells || known.calibrated < this.calibration) return true;
    return !matchesRecording(outcome, this.contextFor(outcome.selected.endpoint));
  }
  needsConfirmation(outcome) {
    const known = this.knowledgeOf(outcome.selected.endpoint);
    return differsAtFirstLook(outcome, this.contextFor(outcome.selected.endpoint), known.varied);
  }
  learn(outcome) {
    const comparison = compareOutcome(outcome, this.contextFor(outcome.selected.endpoint));
    this.comparisons.set(outcome, comparison);
    const known = this.knowledgeOf(comparison.endpoint);
    if (comparison.paired ?? true) known.calibrated++;
    for (const key of comparison.selfVaried) known.varied.add(key);
    if (comparison.drift.length > 0 || comparison.differences.length > 0) known.baselineTells = true;
  }
  /** The comparison of an outcome: the one learnt from, else made now. */
  compare(outcome) {
    const comparison = this.comparisons.get(outcome);
    if (!comparison) return compareOutcome(outcome, this.contextFor(outcome.selected.endpoint));
    this.comparisons.delete(outcome);
    return comparison;
  }
  knowledgeOf(endpoint) {
    let known = this.endpoints.get(endpoint);
    if (!known) this.endpoints.set(endpoint, known = { started: 0, calibrated: 0, varied: /* @__PURE__ */ new Set(), baselineTells: false });
    return known;
  }
};

// src/compare/origins.ts
var PLACEHOLDER = "\0origin";
var SCHEMES = ["https://", "http://"];
var BOUNDARY = "(?![A-Za-z0-9.:@_~-])";
var OriginSet = class _OriginSet {
  pattern;
  bases;
  withRecorded = /* @__PURE__ */ new Map();
  /** `bases`: absolute URLs without query (a target URL with its base path counts as one). */
  constructor(bases) {
    this.bases = [...new Set(bases.map(baseOf).filter((base) => base !== void 0))];
  }
  /**
   * This set plus the origin the request was recorded at: where its URL was absolute, else the
   * scheme-less `host` it was sent with. Sets are shared between requests of one origin.
   */
  forRequest(request) {
    const recorded = request.origin ? [request.origin] : hostOrigins(request.headers.host);
    if (recorded.length === 0) return this;
    const key = recorded.join(" ");
    let set = this.withRecorded.get(key);
    if (!set) {
      if (this.withRecorded.size >= 64) return new _OriginSet([...this.bases, ...recorded]);
      this.withRecorded.set(key, set = new _OriginSet([...this.bases, ...recorded]));
    }
    return set;
  }
  /** Whether two unequal strings are equal once every own base in them reads as one. */
  same(a, b) {
    if (this.bases.length === 0 || !a.includes("://") && !b.includes("://")) return false;
    return this.normalise(a) === this.normalise(b);
  }
  normalise(text) {
    if (!text.includes("://")) return text;
    this.pattern ??= new RegExp(
      // Longest first, so a target with a base path wins over its bare origin.
      `(?:${[...this.bases].sort((x, y) => y.length - x.length).map(escape).join("|")})${BOUNDARY}`,
      "gi"
    );
    return text.replace(this.pattern, PLACEHOLDER);
  }
};
function baseOf(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return void 0;
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, "")}`;
}
function hostOrigins(host) {
  if (!host || !/^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/.test(host)) return [];
  return SCHEMES.map((scheme) => `${scheme}${host}`);
}
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/replay/progress.ts
var PROGRESS_INTERVAL_MS = 5e3;
var ProgressLog = class {
  constructor(log, now = () => performance.now(), intervalMs = PROGRESS_INTERVAL_MS) {
    this.log = log;
    this.now = now;
    this.intervalMs = intervalMs;
    this.started = now();
  }
  log;
  now;
  intervalMs;
  started;
  lastLine = Number.NEGATIVE_INFINITY;
  update(progress) {
    const now = this.now();
    const last = progress.done === progress.total;
    if (!last && now - this.lastLine < this.intervalMs) return;
    if (!last && this.lastLine === Number.NEGATIVE_INFINITY && now - this.started < this.intervalMs) return;
    this.lastLine = now;
    this.log(describeProgress(progress, now - this.started));
  }
};
function describeProgress(progress, elapsedMs) {
  const { done, total } = progress;
  const rate = elapsedMs > 0 ? done * 1e3 / elapsedMs : 0;
  const parts = [`${total === 0 ? 100 : Math.floor(100 * done / total)}%`, `${rate.toFixed(1)}/s`];
  if (progress.failures > 0) parts.push(`${progress.failures} failed`);
  if (progress.throttled > 0) parts.push(`${progress.throttled} throttled`);
  if (done < total && rate > 0) parts.push(`about ${formatDuration((total - done) / rate * 1e3)} left`);
  return `Replayed ${done}/${total} requests (${parts.join(", ")})`;
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  const seconds2 = Math.round(ms / 1e3);
  if (seconds2 < 60) return `${seconds2} s`;
  return `${Math.floor(seconds2 / 60)} min${seconds2 % 60 ? ` ${seconds2 % 60} s` : ""}`;
}

// src/replay/asking-plan.ts
function alwaysPaired(needsConfirmation = () => false) {
  return { pairs: () => true, needsBaseline: () => true, needsConfirmation };
}

// src/replay/concurrent.ts
async function* mapConcurrent(items, limit, work, stop = () => false, signal) {
  const streamed = Symbol.asyncIterator in items;
  const source = streamed ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  const finished2 = [];
  let head = 0;
  const ahead = [];
  let running = 0;
  let exhausted = false;
  let pulling = false;
  let failure;
  let wake;
  const notify = () => {
    const resume = wake;
    wake = void 0;
    resume?.();
  };
  const going = () => !failure && !signal?.aborted && !stop();
  const slotFree = () => going() && running + (finished2.length - head) < limit;
  const mayPull = () => !exhausted && !pulling && going() && ahead.length < limit && (streamed || slotFree());
  const start = (item) => {
    running++;
    work(item).then(
      (value) => {
        running--;
        if (!signal?.aborted) finished2.push(value);
        fill();
        notify();
      },
      (error) => {
        running--;
        failure ??= { error };
        notify();
      }
    );
  };
  const fill = () => {
    for (; ; ) {
      while (ahead.length > 0 && slotFree()) start(ahead.shift());
      if (!mayPull()) return;
      let next;
      try {
        next = source.next();
      } catch (error) {
        failure ??= { error };
        return;
      }
      if (!(next instanceof Promise)) {
        if (next.done) exhausted = true;
        else ahead.push(next.value);
        continue;
      }
      pulling = true;
      next.then(
        (result) => {
          pulling = false;
          if (result.done) exhausted = true;
          else if (!signal?.aborted && !failure) ahead.push(result.value);
          fill();
          notify();
        },
        (error) => {
          pulling = false;
          failure ??= { error };
          notify();
        }
      );
      return;
    }
  };
  signal?.addEventListener("abort", notify, { once: true });
  try {
    fill();
    for (; ; ) {
      if (head === finished2.length) {
        if (failure || signal?.aborted) break;
        if (running === 0 && !pulling) break;
        await new Promise((resolve) => wake = resolve);
        continue;
      }
      const value = finished2[head];
      finished2[head++] = void 0;
      if (head === finished2.length) {
        finished2.length = 0;
        head = 0;
      }
      fill();
      yield value;
    }
    if (failure && !signal?.aborted) throw failure.error;
  } finally {
    signal?.removeEventListener("abort", notify);
    if (!exhausted) {
      const closing = source.return?.();
      if (closing instanceof Promise) closing.catch(() => {
      });
    }
  }
}

// src/verdict/verdict.ts
function decide(board, failOn) {
  const { totals } = board;
  if (totals.requests === 0) return { verdict: "error", reason: "cannot judge: no request was replayed (the selection was empty)" };
  if (totals.compared === 0) {
    return { verdict: "error", reason: "cannot judge: no replayed request had a recorded response to compare with" };
  }
  const offending = board.endpoints.filter((e) => failOn === "changed" ? e.differing > 0 : e.breaking > 0);
  const breakingSummary = `${totals.breaking} of ${totals.compared} requests changed in breaking ways`;
  if (failOn !== "never" && offending.length > 0) {
    const what = failOn === "changed" ? `${totals.differing} of ${totals.compared} requests changed` : breakingSummary;
    return { verdict: "fail", reason: `${what}, on ${plural(offending.length, "endpoint")}: ${names(offending)}` };
  }
  const slow = failOn === "never" ? [] : board.endpoints.filter((e) => e.latency?.gated);
  if (slow.length > 0) return { verdict: "fail", reason: `p95 latency regressed on ${plural(slow.length, "endpoint")}: ${describeSlowEndpoints(slow)}` };
  const noise = totals.noiseCancelled > 0 ? `; ${plural(totals.noiseCancelled, "request")} differed only in noise` : "";
  if (totals.differing > 0) {
    return {
      verdict: "pass",
      reason: `${totals.differing} of ${totals.compared} requests changed (${totals.breaking} breaking), below fail-on: ${failOn}${noise}`
    };
  }
  return {
    verdict: "pass",
    reason: `no regression on ${plural(totals.compared, "request")} across ${plural(totals.endpoints, "endpoint")}${noise}`
  };
}
function names(endpoints) {
  const shown = endpoints.slice(0, 3).map((e) => e.endpoint);
  return endpoints.length > 3 ? `${shown.join(", ")} and ${endpoints.length - 3} more` : shown.join(", ");
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// src/replay/widespread.ts
var MIN_REQUESTS_FOR_RATE = 20;
var MAX_FAILING_RATE = 0.5;
var ENDPOINT_FAILING_RATE = 0.5;
var FAILING_ENDPOINT_SHARE = 0.8;
var MIN_FAILING_ENDPOINTS = 2;
var EndpointTally = class {
  endpoints = /* @__PURE__ */ new Map();
  /** Counts one request of `endpoint`. */
  add(endpoint, failed) {
    let counts = this.endpoints.get(endpoint);
    if (!counts) this.endpoints.set(endpoint, counts = { requests: 0, failed: 0 });
    counts.requests++;
    if (failed) counts.failed++;
  }
  get size() {
    return this.endpoints.size;
  }
  /** Plain counts, for a shard's partial; `from` adds them back (shards are judged together). */
  entries() {
    return [...this.endpoints].map(([name, counts]) => [name, { ...counts }]);
  }
  addAll(entries) {
    for (const [name, { requests, failed }] of entries) {
      let counts = this.endpoints.get(name);
      if (!counts) this.endpoints.set(name, counts = { requests: 0, failed: 0 });
      counts.requests += requests;
      counts.failed += failed;
    }
  }
  /** Endpoints where more than half of the requests failed. */
  failing() {
    let failing = 0;
    for (const e of this.endpoints.values()) if (e.failed / e.requests > ENDPOINT_FAILING_RATE) failing++;
    return failing;
  }
  /** More than half of `failed` of `total` requests, and failing on at least 80% of the endpoints seen and on at least two. */
  widespread(failed, total) {
    if (failed / total <= MAX_FAILING_RATE) return false;
    const failing = this.failing();
    return failing >= MIN_FAILING_ENDPOINTS && failing >= FAILING_ENDPOINT_SHARE * this.endpoints.size;
  }
};

// src/replay/refusals.ts
function isRefusal(status, recordedStatus) {
  if (status === 401 || status === 407) return !refusedInProduction(recordedStatus);
  if (status === 403) return recordedStatus !== void 0 && recordedStatus >= 200 && recordedStatus < 300;
  return false;
}
function refusedInProduction(recordedStatus) {
  return recordedStatus === 401 || recordedStatus === 407;
}
var RefusalTally = class {
  requests = 0;
  refused = 0;
  statuses = /* @__PURE__ */ new Set();
  /** The same rule as for 5xx (widespread.ts), over refused requests. */
  endpoints = new EndpointTally();
  record(status, endpoint, recordedStatus) {
    if (refusedInProduction(recordedStatus)) return;
    this.requests++;
    const refused = isRefusal(status, recordedStatus);
    this.endpoints.add(endpoint, refused);
    if (!refused) return;
    this.refused++;
    this.statuses.add(status);
  }
  counters() {
    return { requests: this.requests, refused: this.refused, statuses: [...this.statuses].sort((a, b) => a - b), endpoints: this.endpoints.entries() };
  }
  /** Adds another tally's counters (a shard's). */
  addAll(counters) {
    this.requests += counters.requests;
    this.refused += counters.refused;
    for (const status of counters.statuses) this.statuses.add(status);
    this.endpoints.addAll(counters.endpoints);
  }
  /** Clear enough to stop the run: no point asking a preview hundreds of times for a 401. */
  get stopsRun() {
    return this.requests >= MIN_REQUESTS_FOR_RATE && (this.complete || this.endpoints.widespread(this.refused, this.requests));
  }
  /** At the end of a run: the gate could not judge (see the class comment). */
  get walled() {
    return this.complete || this.requests >= MIN_REQUESTS_FOR_RATE && this.endpoints.widespread(this.refused, this.requests);
  }
  get complete() {
    return this.requests > 0 && this.refused === this.requests;
  }
  /** `target https://… refused 90 of 90 requests with 401 on 3 of 3 endpoints: check …` */
  describe(name) {
    const statuses = [...this.statuses].sort((a, b) => a - b).join("/");
    return `${name} refused ${this.refused} of ${plural(this.requests, "request")} with ${statuses} on ${this.endpoints.failing()} of ${plural(this.endpoints.size, "endpoint")}: check the credentials in the headers input`;
  }
};

// src/replay/health.ts
var MAX_CONSECUTIVE = 10;
var TargetHealth = class _TargetHealth {
  attempts = 0;
  /** Asks that got no answer. */
  failures = 0;
  /** Answers 5xx where the recording was not. */
  serverErrors = 0;
  consecutive = 0;
  firstError;
  firstServerError;
  endpoints = new EndpointTally();
  refusals = new RefusalTally();
  /**
   * Counts one ask: its answer, the endpoint it belongs to and what production had answered.
   * `firstOfRequest`: refusals are counted per request, on its first answer, so the error line's
   * counts are requests, whether the run asked each once, twice or three times.
   */
  record(answer, endpoint = "", recordedStatus, firstOfRequest = true) {
    this.attempts++;
    if (answer.error !== void 0) {
      this.failures++;
      this.consecutive++;
      this.endpoints.add(endpoint, true);
      this.firstError ??= answer.error;
      return;
    }
    this.consecutive = 0;
    const { status } = answer.response;
    if (firstOfRequest) this.refusals.record(status, endpoint, recordedStatus);
    const serverError = status >= 500 && !(recordedStatus !== void 0 && recordedStatus >= 500);
    this.endpoints.add(endpoint, serverError);
    if (serverError) {
      this.serverErrors++;
      this.firstServerError ??= `${status} on ${endpoint || "a request"}`;
    }
  }
  counters() {
    const counters = {
      attempts: this.attempts,
      failures: this.failures,
      serverErrors: this.serverErrors,
      consecutive: this.consecutive,
      endpoints: this.endpoints.entries(),
      refusals: this.refusals.counters()
    };
    if (this.firstError !== void 0) counters.firstError = this.firstError;
    if (this.firstServerError !== void 0) counters.firstServerError = this.firstServerError;
    return counters;
  }
  /**
   * The health of several shards' asks taken together: counts add up; the first errors are the
   * first shard's that had one; failures in a row are the longest run of any shard (each ran
   * its own).
   */
  static merged(all) {
    const health = new _TargetHealth();
    for (const c of all) {
      health.attempts += c.attempts;
      health.failures += c.failures;
      health.serverErrors += c.serverErrors;
      health.consecutive = Math.max(health.consecutive, c.consecutive);
      health.firstError ??= c.firstError;
      health.firstServerError ??= c.firstServerError;
      health.endpoints.addAll(c.endpoints);
      health.refusals.addAll(c.refusals);
    }
    return health;
  }
  /** Clear enough, mid-run, that the target cannot be judged: stop sending to it. */
  get tripped() {
    return this.unanswering || this.refusals.stopsRun || this.attempts >= MIN_REQUESTS_FOR_RATE && this.endpoints.widespread(this.failures + this.serverErrors, this.attempts);
  }
  /** At the end of a run (or after `tripped`): the answers cannot be judged as the code's. */
  get cannotJudge() {
    return this.tripped || this.dead || this.refusals.walled;
  }
  get dead() {
    return this.attempts > 0 && this.failures === this.attempts;
  }
  /** Gone away mid-run, or mostly not answering (see the class comment). */
  get unanswering() {
    if (this.consecutive >= MAX_CONSECUTIVE) return true;
    return this.attempts >= MIN_REQUESTS_FOR_RATE && this.failures / this.attempts > MAX_FAILING_RATE;
  }
  /** Why the target cannot be judged, in one line that says what to fix; `name` is e.g. `target https://…`. */
  describe(name) {
    if (this.dead) return `${name} is unreachable: all ${this.attempts} requests failed (${this.firstError})`;
    if (!this.unanswering && this.refusals.walled) return this.refusals.describe(name);
    const failed = this.failures + this.serverErrors;
    const parts = [];
    if (this.failures > 0) parts.push(`${this.failures} without an answer (first: ${this.firstError})`);
    if (this.serverErrors > 0) {
      parts.push(`${this.serverErrors} answered 5xx, failing ${this.endpoints.failing()} of ${this.endpoints.size} endpoints (first: ${this.firstServerError})`);
    }
    return `${name} unhealthy: ${failed} of ${this.attempts} requests failed: ${parts.join("; ")}`;
  }
};

// src/snapshot/origin-relative.ts
function reduceUrl(url) {
  if (url.startsWith("/") && !url.startsWith("//")) return { path: dropFragment(url) };
  const absolute = url.startsWith("//") ? `http:${url}` : url;
  if (!/^https?:\/\//i.test(absolute)) return void 0;
  let parsed;
  try {
    parsed = new URL(absolute);
  } catch {
    return void 0;
  }
  const reduced = { path: `${parsed.pathname}${parsed.search}` };
  if (!url.startsWith("//")) reduced.origin = parsed.origin;
  return reduced;
}
function originRelative(url, what = '"request.url"') {
  return reduceOrThrow(url, what).path;
}
function reduceOrThrow(url, what = '"request.url"') {
  const reduced = reduceUrl(url);
  if (reduced) return reduced;
  if (/^https?:/i.test(url)) throw new ExchangeFormatError(`${what} is not a valid URL: ${JSON.stringify(url.slice(0, 80))}`);
  throw new ExchangeFormatError(`${what} must start with / or http(s)://, got ${JSON.stringify(url.slice(0, 80))}`);
}
function dropFragment(path6) {
  const hash = path6.indexOf("#");
  return hash === -1 ? path6 : path6.slice(0, hash);
}

// src/replay/outgoing.ts
var HOP_BY_HOP = /* @__PURE__ */ new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "host",
  "content-length",
  "expect",
  "http2-settings"
]);
function isForwarded(name, credentials) {
  return !HOP_BY_HOP.has(name) && !credentials.isCredentialHeader(name);
}
function forwardedHeaders(recorded, credentials) {
  const headers = {};
  for (const name in recorded) if (isForwarded(name, credentials)) headers[name] = recorded[name];
  return headers;
}
function forwardedPath(url, credentials) {
  return encodeNonAscii(credentials.forwardableUrl(reduceUrl(url)?.path ?? url));
}
function encodeNonAscii(path6) {
  return path6.replace(/[^\x00-\x7f]+/gu, (run) => {
    try {
      return encodeURI(run);
    } catch {
      return run;
    }
  });
}
function outgoingRequest(exchange, basePath, extraHeaders, credentials = DEFAULT_CREDENTIAL_POLICY) {
  const headers = forwardedHeaders(exchange.request.headers, credentials);
  headers["accept-encoding"] = "gzip, deflate, br";
  Object.assign(headers, extraHeaders);
  const request = { method: exchange.request.method, path: basePath + forwardedPath(exchange.request.url, credentials), headers };
  const body = bodyBytes(exchange.request.body);
  if (body) request.body = body;
  return request;
}
function bodyBytes(body) {
  if (body === null) return void 0;
  return typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body.base64, "base64");
}

// src/replay/replay.ts
function requestBuilder(rules) {
  const added = /* @__PURE__ */ new Map();
  const headersFor = (endpoint) => {
    let headers = added.get(endpoint);
    if (headers) return headers;
    const own = rules.routeHeaders?.(endpoint);
    if (!own || Object.keys(own).length === 0) return rules.extraHeaders;
    added.set(endpoint, headers = { ...rules.extraHeaders, ...own });
    return headers;
  };
  return (exchange, endpoint, basePath) => outgoingRequest(exchange, basePath, headersFor(endpoint), rules.credentials);
}
async function* replay(selection, plan) {
  const sides = [{ name: "target", target: plan.candidate, health: new TargetHealth() }];
  if (plan.baseline) sides.push({ name: "baseline", target: plan.baseline, health: new TargetHealth() });
  const [candidate, baseline] = sides;
  for (const side of sides) plan.onHealth?.(side.name, side.health);
  const requestFor = requestBuilder(plan);
  const asker = (side, selected) => {
    const request = requestFor(selected.exchange, selected.endpoint, side.target.basePath);
    const recordedStatus = selected.exchange.response?.status;
    let failed;
    let asked = 0;
    return async () => {
      if (failed) return failed;
      const first = asked++ === 0;
      const answer = await side.target.send(request);
      side.health.record(answer, selected.endpoint, recordedStatus, first);
      if (answer.error) failed = answer;
      return answer;
    };
  };
  const asking = plan.asking ?? alwaysPaired(plan.needsConfirmation);
  const ask = async (selected) => {
    const askCandidate = asker(candidate, selected);
    const askBaseline = baseline && asker(baseline, selected);
    const paired2 = asking.pairs(selected);
    const outcome = { selected, paired: paired2, candidate: [] };
    const recorded = selected.exchange.response;
    if (recorded) outcome.recorded = observedFromRecording(recorded);
    if (askBaseline && paired2) {
      const [first, baselineAnswers] = await Promise.all([askCandidate(), (async () => [await askBaseline(), await askBaseline()])()]);
      outcome.candidate = [first];
      outcome.baseline = baselineAnswers;
    } else if (askBaseline) {
      outcome.candidate = [await askCandidate()];
      outcome.baseline = asking.needsBaseline(outcome) ? [await askBaseline()] : [];
    } else {
      outcome.candidate = paired2 ? [await askCandidate(), await askCandidate()] : [await askCandidate()];
    }
    if (asking.needsConfirmation(outcome)) {
      const asksBaseline = askBaseline && outcome.baseline.length > 0;
      const [again2, baselineAgain] = await Promise.all([askCandidate(), asksBaseline ? askBaseline() : void 0]);
      outcome.confirmation = baselineAgain ? { candidate: again2, baseline: baselineAgain } : { candidate: again2 };
    }
    asking.learn?.(outcome);
    return outcome;
  };
  let done = 0;
  const total = plan.total ?? (Array.isArray(selection) ? selection.length : 0);
  const tripped = () => sides.some((side) => side.health.tripped);
  for await (const outcome of mapConcurrent(selection, plan.concurrency, ask, tripped, plan.signal)) {
    done++;
    plan.onProgress?.({
      done,
      total,
      failures: sides.reduce((sum2, side) => sum2 + side.health.failures + side.health.serverErrors, 0),
      throttled: sides.reduce((sum2, side) => sum2 + side.target.counters.throttled, 0)
    });
    yield outcome;
  }
  if (plan.signal?.aborted) return;
  for (const side of sides) {
    if (plan.deferHealth ? side.health.tripped : side.health.cannotJudge) {
      throw new TargetUnreachableError(side.health.describe(`${side.name} ${side.target.origin}`));
    }
  }
}
function observedFromRecording(recorded) {
  const observed2 = {
    status: recorded.status,
    headers: recorded.headers,
    body: bodyBytes(recorded.body) ?? Buffer.alloc(0)
  };
  if (recorded.bodyDigest) observed2.bodyDigest = recorded.bodyDigest;
  if (recorded.durationMs !== void 0) observed2.durationMs = recorded.durationMs;
  return observed2;
}

// src/replay/target.ts
var import_undici = __toESM(require_undici(), 1);

// src/secrets/url-credentials.ts
var LOOSE_USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)[^]*@/i;
function carriesUserinfo(url) {
  const parsed = parse(url);
  return parsed ? parsed.username !== "" || parsed.password !== "" : LOOSE_USERINFO.test(url.trim());
}
function withoutUserinfo(url) {
  if (!carriesUserinfo(url)) return url;
  const parsed = parse(url);
  if (parsed) return `${parsed.protocol}//***@${parsed.host}${parsed.pathname}${parsed.search}${parsed.hash}`;
  return url.trim().replace(LOOSE_USERINFO, "$1***@");
}
function parse(url) {
  try {
    return new URL(url.trim());
  } catch {
    return void 0;
  }
}

// src/replay/clock.ts
var systemClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
  epochMs: () => Date.now()
};

// src/replay/answer-body.ts
var NONE = Buffer.alloc(0);
function needsDecoding(kept, contentEncoding) {
  return kept.length > 0 && contentEncoding !== void 0 && (codingsToUndo(contentEncoding)?.length ?? 0) > 0;
}
function plainBody(kept, wireBytes, cap) {
  return wireBytes > cap ? { body: NONE, bodyDigest: digestOf(kept, wireBytes, false, cap) } : { body: kept };
}
async function decodedBody(kept, wireBytes, contentEncoding, cap) {
  try {
    const content = await decodeContent(kept, contentEncoding, cap, wireBytes > kept.length);
    if (!content) return plainBody(kept, wireBytes, cap);
    return content.capped ? { body: NONE, bodyDigest: content.digest } : { body: content.bytes };
  } catch {
    return plainBody(kept, wireBytes, cap);
  }
}

// src/replay/dispatch-once.ts
function dispatchOnce(dispatcher, request, limits) {
  const unsendable = whyUnsendable(request);
  if (unsendable) return Promise.resolve({ error: `not sent: ${unsendable}`, answered: false });
  const started = performance.now();
  return new Promise((settle) => {
    let status = 0;
    let headers = {};
    let body = new CappedBody(limits.maxBodyBytes);
    let answered = false;
    let running;
    let settled = false;
    const resolve = (answer) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      settle(answer);
    };
    const fail = (error) => resolve({ error: describeTransportError(error, limits.timeoutMs), answered });
    const deadline = setTimeout(() => {
      const error = new DeadlineError();
      running?.abort(error);
      fail(error);
    }, limits.timeoutMs);
    const handler = {
      onRequestStart(controller) {
        running = controller;
        if (settled) controller.abort(new DeadlineError());
      },
      // The first byte of an answer (undici's parser began a message). Deprecated in undici's
      // types but still forwarded; onResponseStart below covers it should that ever stop.
      onResponseStarted() {
        answered = true;
      },
      onResponseStart(_controller, statusCode, responseHeaders) {
        answered = true;
        status = statusCode;
        headers = headerMap(responseHeaders);
        body = new CappedBody(limits.maxBodyBytes);
      },
      onResponseData(controller, chunk) {
        if (controller.aborted) return;
        body.push(chunk);
      },
      onResponseEnd() {
        clearTimeout(deadline);
        const { kept, bytes: bytes2 } = body.result();
        const done = (decoded) => resolve({ response: observed(status, headers, decoded, Math.round(performance.now() - started)) });
        if (!needsDecoding(kept, headers["content-encoding"])) done(plainBody(kept, bytes2, limits.maxBodyBytes));
        else decodedBody(kept, bytes2, headers["content-encoding"], limits.maxBodyBytes).then(done, fail);
      },
      onResponseError(_controller, error) {
        fail(error);
      }
    };
    try {
      dispatcher.dispatch(
        {
          method: request.method,
          path: request.path,
          headers: request.headers,
          body: request.body ?? null,
          headersTimeout: limits.timeoutMs,
          bodyTimeout: limits.timeoutMs
        },
        handler
      );
    } catch (error) {
      fail(error);
    }
  });
}
function observed(status, headers, decoded, durationMs) {
  const response = { status, headers, body: decoded.body, durationMs };
  if (decoded.bodyDigest) response.bodyDigest = decoded.bodyDigest;
  return response;
}
var CappedBody = class {
  constructor(cap) {
    this.cap = cap;
  }
  cap;
  chunks = [];
  bytes = 0;
  push(chunk) {
    if (this.bytes <= this.cap) this.chunks.push(chunk);
    this.bytes += chunk.length;
  }
  result() {
    const whole = Buffer.concat(this.chunks);
    return { kept: this.bytes > this.cap ? whole.subarray(0, this.cap) : whole, bytes: this.bytes };
  }
};
var DeadlineError = class extends Error {
  name = "TimeoutError";
  constructor() {
    super("the answer was not complete at the deadline");
  }
};
function headerMap(raw) {
  const headers = {};
  for (const name in raw) {
    const value = raw[name];
    if (value !== void 0) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}
function describeTransportError(error, timeoutMs) {
  const err = error;
  if (err.name === "TimeoutError" || err.code === "UND_ERR_HEADERS_TIMEOUT" || err.code === "UND_ERR_BODY_TIMEOUT") {
    return `no answer within ${timeoutMs} ms`;
  }
  const code = err.code ?? err.cause?.code;
  const message = (err.cause?.message ?? err.message ?? String(error)).split("\n")[0];
  return code && !message?.includes(code) ? `${code}: ${message}` : message ?? "request failed";
}

// src/replay/rate-limiter.ts
var MIN_RATE = 1;
var SLOW_DOWN_SPACING_MS = 1e3;
var RECOVERY_STEP_MS = 5e3;
var RECOVERY_FACTOR = 1.25;
var RateLimiter = class {
  constructor(perSecond, clock = systemClock) {
    this.clock = clock;
    this.ceiling = perSecond > 0 ? perSecond : Number.POSITIVE_INFINITY;
    this.rate = this.ceiling;
    this.tokens = Math.max(1, perSecond);
    this.last = clock.now();
    this.window.start = this.last;
  }
  clock;
  rate;
  ceiling;
  tokens;
  last;
  pausedUntil = 0;
  lastSlowDown = Number.NEGATIVE_INFINITY;
  lastChange = Number.NEGATIVE_INFINITY;
  queue = Promise.resolve();
  /** Starts in the current and the previous one-second window: the rate an unlimited bucket ran at. */
  window = { start: 0, count: 0, previousRate: 0 };
  /** How many times the target made the bucket slow down. */
  slowDowns = 0;
  /** Starts per second allowed now; Infinity when unlimited. */
  get currentRate() {
    return this.rate;
  }
  /** Resolves when a request may start; callers are served in arrival order. */
  take() {
    if (this.rate === Number.POSITIVE_INFINITY && this.pausedUntil === 0) {
      this.count(this.clock.now());
      return Promise.resolve();
    }
    const turn = this.queue.then(() => this.wait());
    this.queue = turn;
    return turn;
  }
  /**
   * The target refused a request for overload: nothing starts for `pauseMs`, and the rate halves
   * (at most once per SLOW_DOWN_SPACING_MS).
   */
  throttled(pauseMs) {
    const now = this.clock.now();
    this.pausedUntil = Math.max(this.pausedUntil, now + Math.max(0, pauseMs));
    if (now - this.lastSlowDown < SLOW_DOWN_SPACING_MS) return;
    this.lastSlowDown = now;
    this.lastChange = now;
    this.slowDowns++;
    const running = Number.isFinite(this.rate) ? this.rate : this.observedRate(now);
    this.rate = Math.max(MIN_RATE, running / 2);
    this.tokens = Math.min(this.tokens, 1);
    this.last = now;
  }
  async wait() {
    for (; ; ) {
      const now = this.clock.now();
      if (now < this.pausedUntil) {
        await this.clock.sleep(this.pausedUntil - now);
        continue;
      }
      this.recover(now);
      if (this.rate === Number.POSITIVE_INFINITY) {
        this.count(now);
        return;
      }
      this.tokens = Math.min(Math.max(1, this.rate), this.tokens + (now - this.last) / 1e3 * this.rate);
      this.last = now;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        this.count(now);
        return;
      }
      await this.clock.sleep(Math.ceil((1 - this.tokens) / this.rate * 1e3));
    }
  }
  recover(now) {
    if (this.rate >= this.ceiling || now - this.lastChange < RECOVERY_STEP_MS) return;
    this.lastChange = now;
    this.rate = Math.min(this.ceiling, this.rate * RECOVERY_FACTOR);
  }
  count(now) {
    const elapsed = now - this.window.start;
    if (elapsed >= 1e3) {
      this.window.previousRate = this.window.count * 1e3 / elapsed;
      this.window.start = now;
      this.window.count = 0;
    }
    this.window.count++;
  }
  observedRate(now) {
    const current = this.window.count * 1e3 / Math.max(now - this.window.start, 1e3);
    return Math.max(this.window.previousRate, current, MIN_RATE);
  }
};

// src/replay/retry-after.ts
var MAX_RETRY_AFTER_MS = 6e4;
function retryAfterMs(value, epochMs) {
  const text = value?.trim();
  if (!text) return void 0;
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1e3, MAX_RETRY_AFTER_MS);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return void 0;
  return Math.min(Math.max(0, at - epochMs), MAX_RETRY_AFTER_MS);
}

// src/replay/target.ts
var IDEMPOTENT = /* @__PURE__ */ new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);
var RETRYABLE = /ECONNREFUSED|ECONNRESET|EPIPE|UND_ERR_SOCKET|other side closed/;
var CONNECTION_RETRY_DELAY_MS = 100;
var DEFAULT_THROTTLE_RETRIES = 3;
var Target = class {
  constructor(baseUrl, options) {
    this.options = options;
    const url = parseBaseUrl(baseUrl);
    this.origin = url.origin;
    this.basePath = url.pathname.replace(/\/+$/, "");
    this.pool = new import_undici.Pool(this.origin, { connections: options.concurrency, keepAliveTimeout: 1e4 });
    this.clock = options.clock ?? systemClock;
    this.limiter = new RateLimiter(options.rateLimit, this.clock);
  }
  options;
  origin;
  basePath;
  pool;
  limiter;
  clock;
  counters = { sent: 0, throttled: 0, connectionRetries: 0 };
  /**
   * Sends one request and returns its answer. A connection refused or reset before any byte of an
   * answer is tried once more, for idempotent methods only. An overloaded target (429; 503 with Retry-After,
   * for idempotent methods) pauses and slows the whole target's bucket, and the request is asked
   * again up to `throttleRetries` times; still refused after that, it is a failure to answer, not
   * an answer to compare: a preview's load limits are not the pull request's behaviour.
   */
  async send(request) {
    const maxThrottleRetries = this.options.throttleRetries ?? DEFAULT_THROTTLE_RETRIES;
    let connectionRetries = 0;
    let throttleRetries = 0;
    for (; ; ) {
      const answer = await this.attempt(request);
      if (!answer.response) {
        if (connectionRetries > 0 || answer.answered !== false || !RETRYABLE.test(answer.error) || !IDEMPOTENT.has(request.method)) return answer;
        connectionRetries++;
        this.counters.connectionRetries++;
        await this.clock.sleep(CONNECTION_RETRY_DELAY_MS);
        continue;
      }
      const pause = this.throttlePause(answer.response, request.method, throttleRetries);
      if (pause === void 0) return answer;
      if (throttleRetries >= maxThrottleRetries) {
        const { status } = answer.response;
        return { error: `still ${status}${status === 429 ? " Too Many Requests" : " Service Unavailable"} after ${throttleRetries} retries honouring Retry-After` };
      }
      throttleRetries++;
      this.counters.throttled++;
      this.limiter.throttled(pause);
    }
  }
  /**
   * One GET of `path` (below the base path), outside the bucket: it asks whether the deployment
   * is up at all, before any replay starts.
   */
  async probe(path6, headers, timeoutMs) {
    return this.exchange({ method: "GET", path: this.basePath + path6, headers }, timeoutMs);
  }
  /**
   * Every answer the gate waits for has settled by the time it closes a target (dispatchOnce
   * always settles); what undici may still hold is a request given up at its deadline. A graceful
   * close would wait for that one as long as the server likes, so the pool is destroyed.
   */
  close() {
    return this.pool.destroyed ? Promise.resolve() : this.pool.destroy();
  }
  /** Ends every request in flight at once, each as an answer with an error: the run is cancelled. */
  abort() {
    return this.pool.destroy();
  }
  /** Milliseconds to wait before asking again when the answer says the target is overloaded. */
  throttlePause(response, method, retries) {
    const asked = retryAfterMs(response.headers["retry-after"], this.clock.epochMs());
    if (response.status === 429) return asked ?? Math.min(1e3 * 2 ** retries, MAX_RETRY_AFTER_MS);
    if (response.status === 503 && asked !== void 0 && IDEMPOTENT.has(method)) return asked;
    return void 0;
  }
  async attempt(request) {
    await this.limiter.take();
    return this.exchange(request, this.options.timeoutMs);
  }
  exchange(request, timeoutMs) {
    this.counters.sent++;
    return dispatchOnce(this.pool, request, { timeoutMs, maxBodyBytes: this.options.maxBodyBytes });
  }
};
function parseBaseUrl(baseUrl) {
  const shown = withoutUserinfo(baseUrl);
  if (carriesUserinfo(baseUrl)) {
    throw new InputError(`"${shown}" must not carry credentials (user:password@); send them with input "headers" instead`);
  }
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new InputError(`"${shown}" is not a URL; give the base URL of the deployment, e.g. https://pr-42.preview.example.com`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new InputError(`"${shown}" must be an http:// or https:// URL`);
  }
  if (url.search || url.hash) throw new InputError(`"${url.origin}${url.pathname}" must not carry a query or fragment`);
  return url;
}
function describeThrottling(target) {
  const rate = target.limiter.currentRate;
  const now = Number.isFinite(rate) ? `; now at most ${Math.round(rate * 10) / 10} requests/s` : "";
  return `${target.origin} asked the gate to slow down ${target.counters.throttled} times (429, or 503 with Retry-After): paused as asked and halved the rate ${target.limiter.slowDowns} times${now}`;
}

// src/replay/wait-for.ts
var FIRST_DELAY_MS = 500;
var MAX_DELAY_MS = 1e4;
var MAX_PROBE_MS = 1e4;
var MIN_PROBE_MS = 1e3;
var LOG_INTERVAL_MS = 3e4;
async function waitForTarget(target, name, options) {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => {
  });
  const where = `${name} ${target.origin}${target.basePath}`;
  const started = clock.now();
  const deadline = started + options.timeoutMs;
  let delay = FIRST_DELAY_MS;
  let tries = 0;
  let last = "";
  let lastLogged = { at: Number.NEGATIVE_INFINITY, what: "" };
  for (; ; ) {
    const probeMs = Math.min(MAX_PROBE_MS, Math.max(MIN_PROBE_MS, deadline - clock.now()));
    const answer = await target.probe(options.path, options.headers, probeMs);
    tries++;
    if (answer.response && answer.response.status >= 200 && answer.response.status < 300) {
      if (tries > 1) log(`${where} answered ${answer.response.status} on ${options.path} after ${tries} tries (${seconds(clock.now() - started)})`);
      return;
    }
    last = answer.response ? `last answer ${answer.response.status}${credentialsHint(answer.response.status)}` : `last error: ${answer.error}`;
    const now = clock.now();
    if (now >= deadline) {
      throw new TargetUnreachableError(`${where} did not answer 2xx on ${options.path} within ${seconds(options.timeoutMs)}: ${last}`);
    }
    if (last !== lastLogged.what || now - lastLogged.at >= LOG_INTERVAL_MS) {
      lastLogged = { at: now, what: last };
      log(`Waiting for ${where} to answer 2xx on ${options.path} (${last}); up to ${seconds(deadline - now)} more`);
    }
    await clock.sleep(Math.min(delay, deadline - now));
    delay = Math.min(delay * 2, MAX_DELAY_MS);
  }
}
function credentialsHint(status) {
  return status === 401 || status === 403 || status === 407 ? ": check the credentials in the headers input" : "";
}
function seconds(ms) {
  const s = ms / 1e3;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

// src/select/allocate.ts
function allocate(counts, budget) {
  const byCount = [...counts].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const shares = /* @__PURE__ */ new Map();
  let remaining = budget;
  byCount.forEach(([name, count], i) => {
    const share = Math.min(count, Math.floor(remaining / (byCount.length - i)));
    shares.set(name, share);
    remaining -= share;
  });
  for (const [name, count] of [...byCount].sort((a, b) => a[0] < b[0] ? -1 : 1)) {
    if (remaining === 0) break;
    if (shares.get(name) < count) {
      shares.set(name, shares.get(name) + 1);
      remaining--;
    }
  }
  return shares;
}
function waterLevel(counts, budget) {
  const sorted = [...counts].sort((a, b) => a - b);
  let remaining = budget;
  for (let i = 0; i < sorted.length; i++) {
    const fair = remaining / (sorted.length - i);
    if (sorted[i] >= fair) return fair;
    remaining -= sorted[i];
  }
  return Infinity;
}

// src/select/rank-reservoir.ts
var RankReservoir = class _RankReservoir {
  /** Replayable exchanges of the endpoint seen so far, kept or not. */
  seen = 0;
  ranks = new Float64Array(16);
  length = 0;
  worst = Infinity;
  /** Made of several trimmed reservoirs: it may hold fewer ranks than a share asks for. */
  partial = false;
  /**
   * One reservoir for endpoints found, once the snapshot was read, to be one (slugs): their
   * ranks up to the lowest `worst` among them, the bound below which each holds all of its ranks,
   * so a threshold never admits a rank some member already refused.
   */
  static merged(members) {
    if (members.length === 1) return members[0];
    const into = new _RankReservoir();
    let bound = Infinity;
    for (const member of members) {
      into.seen += member.seen;
      if (member.worst < bound) bound = member.worst;
    }
    for (const member of members) {
      for (let i = 0; i < member.length; i++) {
        const rank = member.ranks[i];
        if (rank <= bound) into.push(rank);
      }
    }
    into.worst = bound;
    into.partial = bound !== Infinity;
    return into;
  }
  get kept() {
    return this.length;
  }
  add(rank) {
    this.seen++;
    if (rank >= this.worst) return;
    this.push(rank);
  }
  push(rank) {
    if (this.length === this.ranks.length) {
      const grown = new Float64Array(this.ranks.length * 2);
      grown.set(this.ranks);
      this.ranks = grown;
    }
    this.ranks[this.length++] = rank;
  }
  /** Keeps the `cap` lowest ranks once at least that many are held. */
  trim(cap) {
    if (this.length < cap || cap === 0) return;
    this.sorted();
    this.length = cap;
    this.worst = this.ranks[cap - 1];
    if (this.ranks.length > 4 * cap && this.ranks.length > 16) this.ranks = this.ranks.slice(0, Math.max(16, 2 * cap));
  }
  /**
   * The threshold that chooses the `share` best-ranked exchanges of the endpoint: every rank
   * below `rank`, and the first `atRank` exchanges (in snapshot order) of rank exactly `rank`.
   * Exact ties come only from repeated ids; snapshot order breaks them, as it always did.
   */
  threshold(share) {
    if (share >= this.seen) return { rank: Infinity, atRank: 0, share };
    if (share === 0) return { rank: -Infinity, atRank: 0, share };
    if (share > this.length && !this.partial) throw new Error(`internal error: a share of ${share} but ${this.length} ranks held`);
    share = Math.min(share, this.length);
    if (share === 0) return { rank: -Infinity, atRank: 0, share };
    const ranks = this.sorted();
    const rank = ranks[share - 1];
    let below = share - 1;
    while (below > 0 && ranks[below - 1] === rank) below--;
    return { rank, atRank: share - below, share };
  }
  sorted() {
    const held = this.ranks.subarray(0, this.length);
    held.sort();
    return held;
  }
};

// src/select/screen.ts
function screenExchange(exchange, options) {
  const { method, url } = exchange.request;
  if (!options.methods.has(method)) return { skip: "method" };
  const decision = options.filter?.(method, url) ?? "keep";
  if (decision !== "keep") return { skip: decision };
  const routed = configuredEndpoint(method, url, options.routes ?? []);
  const endpoint = routed ?? inferredEndpoint(method, url);
  const why = options.unsendable?.why(exchange, endpoint);
  if (why !== void 0) return { skip: "unsendable", why };
  return { endpoint, routed: routed !== void 0 };
}

// src/select/segment-census.ts
var MIN_DISTINCT = 20;
var MAX_SHARE = 0.1;
var SLUG = "{slug}";
var MAX_TRACKED = 1e3;
var MAX_PREFIXES = 1e4;
var SegmentCensus = class {
  places = /* @__PURE__ */ new Map();
  /** Counts the literal segments of an endpoint as inferred per URL (`GET /products/blue-shoe`). */
  count(endpoint) {
    const { method, segments } = split(endpoint);
    for (let i = 2; i < segments.length; i++) {
      const value = segments[i];
      if (!isLiteral(value)) continue;
      const key = placeKey(method, segments, i);
      let place = this.places.get(key);
      if (!place) {
        if (this.places.size >= MAX_PREFIXES) continue;
        this.places.set(key, place = { total: 0, values: /* @__PURE__ */ new Map() });
      }
      place.total++;
      const seen = place.values.get(value);
      if (seen !== void 0) place.values.set(value, seen + 1);
      else if (place.values.size < MAX_TRACKED) place.values.set(value, 1);
    }
  }
  /** Whether the segment at `index` under these earlier segments is a parameter. */
  isParameter(method, segments, index) {
    const place = this.places.get(placeKey(method, segments, index));
    if (!place || place.values.size < MIN_DISTINCT) return false;
    const limit = MAX_SHARE * place.total;
    for (const count of place.values.values()) if (count > limit) return false;
    return true;
  }
  /**
   * The endpoint with its parameter places named `{slug}`: `GET /products/blue-shoe/reviews`
   * becomes `GET /products/{slug}/reviews`. Places are read under the prefixes as counted, so one
   * level of slugs is found under each prefix of literal and id segments.
   */
  generalise(endpoint) {
    const { method, segments } = split(endpoint);
    let changed;
    for (let i = 2; i < segments.length; i++) {
      if (!isLiteral(segments[i]) || !this.isParameter(method, segments, i)) continue;
      changed ??= [...segments];
      changed[i] = SLUG;
    }
    return changed ? `${method} ${changed.join("/")}` : endpoint;
  }
};
function split(endpoint) {
  const space = endpoint.indexOf(" ");
  return { method: endpoint.slice(0, space), segments: endpoint.slice(space + 1).split("/") };
}
function isLiteral(segment2) {
  return segment2 !== "" && !(segment2.startsWith("{") && segment2.endsWith("}"));
}
function placeKey(method, segments, index) {
  return `${method} ${segments.slice(0, index).join("/")}`;
}

// src/select/select.ts
async function planSelection(exchanges, options, counts) {
  const strata = /* @__PURE__ */ new Map();
  const routed = /* @__PURE__ */ new Set();
  const census = new SegmentCensus();
  let kept = 0;
  const trim = () => {
    const cap = Math.floor(waterLevel(seenCounts(strata), options.maxRequests)) + 1;
    kept = 0;
    for (const reservoir of strata.values()) {
      reservoir.trim(cap);
      kept += reservoir.kept;
    }
  };
  for await (const exchange of exchanges) {
    counts.read++;
    const screened = screenExchange(exchange, options);
    if ("skip" in screened) {
      counts.skipped[screened.skip] = (counts.skipped[screened.skip] ?? 0) + 1;
      if (screened.why !== void 0) {
        const place = exchange.place ?? { source: "the snapshot", position: `exchange ${exchange.id}` };
        options.unsendable.issues.add({ ...place, message: screened.why });
      }
      continue;
    }
    if (screened.routed) routed.add(screened.endpoint);
    else census.count(screened.endpoint);
    let reservoir = strata.get(screened.endpoint);
    if (!reservoir) strata.set(screened.endpoint, reservoir = new RankReservoir());
    const before2 = reservoir.kept;
    reservoir.add(unitHash(exchange.id, options.seed));
    kept += reservoir.kept - before2;
    if (kept > 2 * options.maxRequests + strata.size) trim();
  }
  const names3 = /* @__PURE__ */ new Map();
  const members = /* @__PURE__ */ new Map();
  for (const [name, reservoir] of strata) {
    const final = routed.has(name) ? name : census.generalise(name);
    names3.set(name, final);
    const list = members.get(final);
    if (list) list.push(reservoir);
    else members.set(final, [reservoir]);
  }
  const endpoints = new Map([...members].map(([name, list]) => [name, RankReservoir.merged(list)]));
  const shares = allocate(new Map([...endpoints].map(([name, reservoir]) => [name, reservoir.seen])), options.maxRequests);
  const thresholds = /* @__PURE__ */ new Map();
  let selected = 0;
  let seen = 0;
  let highest = -Infinity;
  for (const [name, reservoir] of endpoints) {
    const threshold = reservoir.threshold(shares.get(name));
    thresholds.set(name, threshold);
    selected += threshold.share;
    seen += reservoir.seen;
    if (threshold.rank > highest) highest = threshold.rank;
  }
  counts.endpoints = endpoints.size;
  counts.selected = selected;
  counts.skipped.budget = seen - selected;
  return { options, thresholds, names: names3, highest, selected };
}
async function* chosenExchanges(exchanges, plan) {
  const taken = /* @__PURE__ */ new Map();
  let chosen = 0;
  for await (const exchange of exchanges) {
    const rank = unitHash(exchange.id, plan.options.seed);
    if (rank > plan.highest) continue;
    const screened = screenExchange(exchange, plan.options);
    if ("skip" in screened) continue;
    const endpoint = plan.names.get(screened.endpoint);
    const threshold = endpoint === void 0 ? void 0 : plan.thresholds.get(endpoint);
    if (!threshold || rank > threshold.rank) continue;
    let so = taken.get(endpoint);
    if (!so) taken.set(endpoint, so = { chosen: 0, atRank: 0 });
    if (rank === threshold.rank && so.atRank++ >= threshold.atRank) continue;
    if (++so.chosen > threshold.share) throw changedBetweenReads();
    chosen++;
    yield { exchange, endpoint, position: so.chosen - 1 };
  }
  if (chosen !== plan.selected) throw changedBetweenReads();
}
function mayBeChosen(plan) {
  const { seed } = plan.options;
  return (id) => unitHash(id, seed) <= plan.highest;
}
function changedBetweenReads() {
  return new SnapshotError("the snapshot changed between its two reads (the selection reads it twice); run again on a snapshot that is no longer being written");
}
function* seenCounts(strata) {
  for (const reservoir of strata.values()) yield reservoir.seen;
}

// src/select/types.ts
function emptySelectionCounts() {
  return { read: 0, selected: 0, skipped: { method: 0, excluded: 0, budget: 0, unsendable: 0 }, endpoints: 0 };
}

// src/score/variants.ts
var MAX_VARIANTS = 20;
var MAX_NAMES = 20;
var MAX_NAME_CHARS = 100;
function queryNames(url) {
  const q = url.indexOf("?");
  if (q === -1) return [];
  const hash = url.indexOf("#", q);
  const query = url.slice(q + 1, hash === -1 ? void 0 : hash);
  const names3 = /* @__PURE__ */ new Set();
  for (const part of query.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    let name = eq === -1 ? part : part.slice(0, eq);
    try {
      name = decodeURIComponent(name.replace(/\+/g, " "));
    } catch {
    }
    names3.add(name.slice(0, MAX_NAME_CHARS));
    if (names3.size >= MAX_NAMES) break;
  }
  return [...names3].sort();
}

// src/score/tally.ts
var TALLY_VERSION = 1;
var MAX_EXAMPLES_PER_ENDPOINT = 50;
var MAX_DRIFT_PER_ENDPOINT = 50;
var MAX_CHANGES_PER_PLACE = 8;
var MAX_TRACKED_VARIANTS = 200;
var VARIANT_CANDIDATES = 3;
var OTHER_VARIANT = "\0other";
var KEY_SALT = 1801812339;
var RANK = { breaking: 0, changed: 1, info: 2 };
var SIDES = ["candidate", "baseline", "recorded"];
var TallyBuilder = class {
  constructor(seed = 0) {
    this.seed = seed;
  }
  seed;
  endpoints = /* @__PURE__ */ new Map();
  add(comparison) {
    let state = this.endpoints.get(comparison.endpoint);
    if (!state) this.endpoints.set(comparison.endpoint, state = emptyEndpoint());
    if (isQuiet(comparison)) return addQuiet(state, comparison);
    const single = endpointOf(comparison, unitHash(comparison.id, this.seed));
    const kept = mergeEndpoint(state, single);
    if (!kept) return;
    comparison.materialise?.();
    const record = state.examples.get(comparison.id);
    if (record && record === single.examples.get(comparison.id) && comparison.excerpts) record.excerpts = comparison.excerpts;
  }
  value() {
    return plainTally(this.seed, this.endpoints);
  }
};
function mergeTallies(tallies) {
  if (tallies.length === 0) throw new Error("no tally to merge");
  const seed = tallies[0].seed;
  const endpoints = /* @__PURE__ */ new Map();
  for (const tally of tallies) {
    if (tally.kind !== "replay-gate-tally" || tally.version !== TALLY_VERSION) throw new Error(`not a version ${TALLY_VERSION} tally`);
    if (tally.seed !== seed) throw new Error(`tallies of different seeds (${seed} and ${tally.seed}) do not merge`);
    for (const endpoint of tally.endpoints) {
      let state = endpoints.get(endpoint.endpoint);
      if (!state) endpoints.set(endpoint.endpoint, state = emptyEndpoint());
      mergeEndpoint(state, stateOf(clone(endpoint)));
    }
  }
  return plainTally(seed, endpoints);
}
function emptyTally(seed = 0) {
  return { kind: "replay-gate-tally", version: TALLY_VERSION, seed, endpoints: [] };
}
function before(a, b) {
  return a.rank < b.rank || a.rank === b.rank && a.id < b.id;
}
var hashes = /* @__PURE__ */ new Map();
function keyHash(key) {
  let hash = hashes.get(key);
  if (hash === void 0) {
    if (hashes.size >= 1e5) hashes.clear();
    hashes.set(key, hash = unitHash(key, KEY_SALT));
  }
  return hash;
}
function changeKey(d) {
  return `${d.pattern}\0${d.kind}\0${d.from ?? ""}\0${d.to ?? ""}`;
}
function emptyEndpoint() {
  return {
    requests: 0,
    compared: 0,
    drifted: 0,
    places: /* @__PURE__ */ new Map(),
    differedAt: /* @__PURE__ */ new Map(),
    variants: /* @__PURE__ */ new Map(),
    drift: /* @__PURE__ */ new Map(),
    examples: /* @__PURE__ */ new Map(),
    latency: { candidate: /* @__PURE__ */ new Map(), baseline: /* @__PURE__ */ new Map(), recorded: /* @__PURE__ */ new Map() }
  };
}
function zeroCounts() {
  return { differed: 0, varied: 0, differedOnly: 0, variedOnly: 0 };
}
function isQuiet(comparison) {
  return comparison.outcome !== "compared" || comparison.differences.length === 0 && comparison.selfVaried.length === 0 && comparison.drift.length === 0;
}
function addQuiet(state, comparison) {
  state.requests++;
  if (comparison.outcome === "compared") state.compared++;
  const { candidateMs, baselineMs, recordedMs } = comparison.latency;
  if (candidateMs !== void 0) state.latency.candidate.set(candidateMs, (state.latency.candidate.get(candidateMs) ?? 0) + 1);
  if (baselineMs !== void 0) state.latency.baseline.set(baselineMs, (state.latency.baseline.get(baselineMs) ?? 0) + 1);
  if (recordedMs !== void 0) state.latency.recorded.set(recordedMs, (state.latency.recorded.get(recordedMs) ?? 0) + 1);
  const params = queryNames(comparison.url);
  const variantKey = JSON.stringify(params);
  const variant = state.variants.get(variantKey);
  if (variant) {
    variant.requests++;
    return;
  }
  state.variants.set(variantKey, { key: variantKey, params, other: false, requests: 1, candidates: [] });
  boundVariants(state);
  pruneExamples(state);
}
function endpointOf(comparison, rank) {
  const state = emptyEndpoint();
  const { id } = comparison;
  state.requests = 1;
  const { candidateMs, baselineMs, recordedMs } = comparison.latency;
  if (candidateMs !== void 0) state.latency.candidate.set(candidateMs, 1);
  if (baselineMs !== void 0) state.latency.baseline.set(baselineMs, 1);
  if (recordedMs !== void 0) state.latency.recorded.set(recordedMs, 1);
  const params = queryNames(comparison.url);
  const variantKey = JSON.stringify(params);
  const variant = { key: variantKey, params, other: false, requests: 1, candidates: [] };
  state.variants.set(variantKey, variant);
  if (comparison.outcome !== "compared") return state;
  state.compared = 1;
  const paired2 = comparison.paired ?? true;
  const differedKeys = /* @__PURE__ */ new Set();
  for (const difference of comparison.differences) {
    const key = statKey(difference);
    if (differedKeys.has(key)) continue;
    differedKeys.add(key);
    const varied = comparison.selfVaried.includes(key);
    const counts = { differed: 1, varied: 0, differedOnly: varied ? 0 : 1, variedOnly: 0 };
    const change = { key: changeKey(difference), kind: difference.kind, severity: difference.severity, requests: 1 };
    if (difference.from !== void 0) change.from = difference.from;
    if (difference.to !== void 0) change.to = difference.to;
    state.places.set(key, {
      key,
      pattern: difference.pattern,
      severity: difference.severity,
      counts,
      tested: paired2 ? { ...counts } : zeroCounts(),
      example: { rank, id, difference },
      changes: [change]
    });
  }
  for (const key of comparison.selfVaried) {
    let place = state.places.get(key);
    if (!place) {
      const space = key.lastIndexOf(" ");
      place = { key, pattern: space === -1 ? key : key.slice(0, space), severity: "info", counts: zeroCounts(), tested: zeroCounts(), changes: [] };
      state.places.set(key, place);
    }
    if (place.counts.varied > 0) continue;
    for (const counts of paired2 ? [place.counts, place.tested] : [place.counts]) {
      counts.varied = 1;
      if (!differedKeys.has(key)) counts.variedOnly = 1;
    }
  }
  if (differedKeys.size > 0) {
    const keys = [...differedKeys].sort();
    state.differedAt.set(JSON.stringify([variantKey, keys]), { variant: variantKey, keys, requests: 1 });
    variant.candidates.push({ rank, id });
    const record = {
      id,
      method: comparison.method,
      url: comparison.url,
      requestHeaders: comparison.requestHeaders,
      differences: comparison.differences.map((difference) => ({ key: statKey(difference), difference }))
    };
    if (comparison.requestBody) record.requestBody = comparison.requestBody;
    state.examples.set(id, record);
  }
  if (comparison.drift.length > 0) state.drifted = 1;
  for (const difference of comparison.drift) {
    const key = statKey(difference);
    const drift = state.drift.get(key);
    if (drift) drift.requests++;
    else state.drift.set(key, { key, pattern: difference.pattern, requests: 1, example: { rank, id, difference } });
  }
  return state;
}
function mergeEndpoint(into, from) {
  let kept = false;
  into.requests += from.requests;
  into.compared += from.compared;
  into.drifted += from.drifted;
  for (const side of SIDES) {
    const counts = into.latency[side];
    for (const [ms, requests] of from.latency[side]) counts.set(ms, (counts.get(ms) ?? 0) + requests);
  }
  for (const [key, place] of from.places) {
    const mine = into.places.get(key);
    if (!mine) {
      into.places.set(key, place);
      if (place.example) kept = true;
      continue;
    }
    if (place.example) {
      if (!mine.example) {
        mine.severity = place.severity;
        mine.example = place.example;
        kept = true;
      } else {
        if (RANK[place.severity] < RANK[mine.severity]) mine.severity = place.severity;
        if (before(place.example, mine.example)) mine.example = place.example, kept = true;
      }
    }
    addCounts(mine.counts, place.counts);
    addCounts(mine.tested, place.tested);
    mine.changes = mergeChanges(mine.changes, place.changes);
  }
  for (const [id, entry] of from.differedAt) {
    const mine = into.differedAt.get(id);
    if (mine) mine.requests += entry.requests;
    else into.differedAt.set(id, entry);
  }
  for (const [key, variant] of from.variants) {
    const mine = into.variants.get(key);
    if (!mine) {
      into.variants.set(key, variant);
      if (variant.candidates.length > 0) kept = true;
      continue;
    }
    mine.requests += variant.requests;
    if (offerCandidates(mine, variant.candidates)) kept = true;
  }
  if (boundVariants(into)) kept = true;
  for (const [key, drift] of from.drift) {
    const mine = into.drift.get(key);
    if (!mine) {
      into.drift.set(key, drift);
      kept = true;
      continue;
    }
    mine.requests += drift.requests;
    if (before(drift.example, mine.example)) mine.example = drift.example, kept = true;
  }
  if (into.drift.size > MAX_DRIFT_PER_ENDPOINT) {
    const keep = lowestKeys(into.drift.keys(), MAX_DRIFT_PER_ENDPOINT);
    for (const key of into.drift.keys()) if (!keep.has(key)) into.drift.delete(key);
  }
  if (kept || from.examples.size > 1) {
    for (const [id, record] of from.examples) if (!into.examples.has(id)) into.examples.set(id, record);
  }
  pruneExamples(into);
  return kept && referencesAny(into, from);
}
function pruneExamples(state) {
  if (state.examples.size > 2 * (MAX_EXAMPLES_PER_ENDPOINT + VARIANT_CANDIDATES * state.variants.size) + 16) keepReferencedExamples(state);
}
function addCounts(into, from) {
  into.differed += from.differed;
  into.varied += from.varied;
  into.differedOnly += from.differedOnly;
  into.variedOnly += from.variedOnly;
}
function mergeChanges(a, b) {
  if (b.length === 0) return a;
  if (b.length === 1 && a.length <= MAX_CHANGES_PER_PLACE) return withChange(a, b[0]);
  const byKey = new Map(a.map((c) => [c.key, c]));
  for (const change of b) {
    const mine = byKey.get(change.key);
    if (!mine) byKey.set(change.key, { ...change });
    else {
      mine.requests += change.requests;
      if (RANK[change.severity] < RANK[mine.severity]) mine.severity = change.severity;
    }
  }
  if (byKey.size <= MAX_CHANGES_PER_PLACE) return [...byKey.values()];
  const keep = lowestKeys(byKey.keys(), MAX_CHANGES_PER_PLACE);
  return [...byKey.values()].filter((c) => keep.has(c.key));
}
function withChange(a, change) {
  const mine = a.find((c) => c.key === change.key);
  if (mine) {
    mine.requests += change.requests;
    if (RANK[change.severity] < RANK[mine.severity]) mine.severity = change.severity;
    return a;
  }
  const all = [...a, { ...change }];
  if (all.length <= MAX_CHANGES_PER_PLACE) return all;
  let highest = 0;
  for (let i = 1; i < all.length; i++) if (rankedAfter(all[i].key, all[highest].key)) highest = i;
  all.splice(highest, 1);
  return all;
}
function rankedAfter(a, b) {
  const x = keyHash(a);
  const y = keyHash(b);
  return x > y || x === y && a > b;
}
function offerCandidates(variant, offered) {
  if (offered.length === 0) return false;
  const all = [...variant.candidates, ...offered.filter((c) => !variant.candidates.some((m) => m.id === c.id))];
  all.sort((a, b) => before(a, b) ? -1 : before(b, a) ? 1 : 0);
  variant.candidates = all.slice(0, VARIANT_CANDIDATES);
  return variant.candidates.some((c) => offered.includes(c));
}
function boundVariants(state) {
  if (state.variants.size - (state.variants.has(OTHER_VARIANT) ? 1 : 0) <= MAX_TRACKED_VARIANTS) return false;
  const named2 = [...state.variants.keys()].filter((key) => key !== OTHER_VARIANT);
  if (named2.length <= MAX_TRACKED_VARIANTS) return false;
  const keep = lowestKeys(named2, MAX_TRACKED_VARIANTS);
  let other = state.variants.get(OTHER_VARIANT);
  if (!other) state.variants.set(OTHER_VARIANT, other = { key: OTHER_VARIANT, params: [], other: true, requests: 0, candidates: [] });
  let kept = false;
  const folded = /* @__PURE__ */ new Set();
  for (const key of named2) {
    if (keep.has(key)) continue;
    const variant = state.variants.get(key);
    state.variants.delete(key);
    folded.add(key);
    other.requests += variant.requests;
    if (offerCandidates(other, variant.candidates)) kept = true;
  }
  for (const [id, entry] of [...state.differedAt]) {
    if (!folded.has(entry.variant)) continue;
    state.differedAt.delete(id);
    const otherId = JSON.stringify([OTHER_VARIANT, entry.keys]);
    const mine = state.differedAt.get(otherId);
    if (mine) mine.requests += entry.requests;
    else state.differedAt.set(otherId, { variant: OTHER_VARIANT, keys: entry.keys, requests: entry.requests });
  }
  return kept;
}
function lowestKeys(keys, k) {
  const ranked = [...keys].map((key) => ({ key, hash: keyHash(key) }));
  ranked.sort((a, b) => a.hash - b.hash || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return new Set(ranked.slice(0, k).map((r) => r.key));
}
function placesWithRequests(places) {
  const differed = [];
  for (const place of places) if (place.example) differed.push(place.key);
  return differed.length <= MAX_EXAMPLES_PER_ENDPOINT ? new Set(differed) : lowestKeys(differed, MAX_EXAMPLES_PER_ENDPOINT);
}
function keepReferencedExamples(state) {
  const referenced = /* @__PURE__ */ new Set();
  const withRequests = placesWithRequests(state.places.values());
  for (const key of withRequests) referenced.add(state.places.get(key).example.id);
  for (const variant of state.variants.values()) for (const c of variant.candidates) referenced.add(c.id);
  for (const id of state.examples.keys()) if (!referenced.has(id)) state.examples.delete(id);
}
function referencesAny(into, from) {
  for (const [key, place] of from.places) if (place.example && into.places.get(key)?.example === place.example) return true;
  for (const [key, drift] of from.drift) if (into.drift.get(key)?.example === drift.example) return true;
  for (const [id, record] of from.examples) if (into.examples.get(id) === record) return true;
  return false;
}
function stateOf(endpoint) {
  return {
    requests: endpoint.requests,
    compared: endpoint.compared,
    drifted: endpoint.drifted,
    places: new Map(endpoint.places.map((p) => [p.key, p])),
    differedAt: new Map(endpoint.differedAt.map((d) => [JSON.stringify([d.variant, d.keys]), d])),
    variants: new Map(endpoint.variants.map((v) => [v.key, v])),
    drift: new Map(endpoint.drift.map((d) => [d.key, d])),
    examples: new Map(endpoint.examples.map((e) => [e.id, e])),
    latency: { candidate: new Map(endpoint.latency.candidate), baseline: new Map(endpoint.latency.baseline), recorded: new Map(endpoint.latency.recorded) }
  };
}
function plainTally(seed, endpoints) {
  for (const state of endpoints.values()) keepReferencedExamples(state);
  return {
    kind: "replay-gate-tally",
    version: TALLY_VERSION,
    seed,
    endpoints: sortedBy([...endpoints], ([name]) => name).map(([endpoint, s]) => ({
      endpoint,
      requests: s.requests,
      compared: s.compared,
      drifted: s.drifted,
      places: sortedBy([...s.places.values()], (p) => p.key).map((p) => ({ ...p, changes: sortedBy(p.changes, (c) => c.key) })),
      differedAt: sortedBy([...s.differedAt], ([id]) => id).map(([, d]) => d),
      variants: sortedBy([...s.variants.values()], (v) => v.key),
      drift: sortedBy([...s.drift.values()], (d) => d.key),
      examples: sortedBy([...s.examples.values()], (e) => e.id),
      latency: { candidate: byValue(s.latency.candidate), baseline: byValue(s.latency.baseline), recorded: byValue(s.latency.recorded) }
    }))
  };
}
function byValue(counts) {
  return [...counts].sort((a, b) => a[0] - b[0]);
}
function samplesOf(pairs) {
  let total = 0;
  for (const [, requests] of pairs) total += requests;
  const samples = new Float64Array(total);
  let at = 0;
  for (const [ms, requests] of pairs) samples.fill(ms, at, at += requests);
  return samples;
}
function sortedBy(items, key) {
  return items.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
function clone(value) {
  return structuredClone(value);
}

// src/snapshot/decompress.ts
import { createGunzip } from "node:zlib";

// src/snapshot/peek.ts
import { Readable } from "node:stream";
async function peek(input, bytes2) {
  const chunks = input[Symbol.asyncIterator]();
  const parts = [];
  let length = 0;
  let failure;
  while (length < bytes2) {
    let next;
    try {
      next = await chunks.next();
    } catch (error) {
      failure = error;
      break;
    }
    if (next.done) break;
    parts.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(parts);
  return { head, stream: new Replayed(head, chunks, input, failure) };
}
var Replayed = class extends Readable {
  constructor(head, rest, source, failure) {
    super();
    this.head = head;
    this.rest = rest;
    this.source = source;
    this.failure = failure;
    if (this.head?.length === 0) this.head = void 0;
  }
  head;
  rest;
  source;
  failure;
  _read() {
    if (this.head) {
      const head = this.head;
      this.head = void 0;
      this.push(head);
      return;
    }
    if (this.failure) {
      this.destroy(this.failure);
      return;
    }
    this.rest.next().then(
      (next) => this.push(next.done ? null : next.value),
      (error) => this.destroy(error)
    );
  }
  _destroy(error, callback) {
    this.source.destroy();
    callback(error);
  }
};

// src/snapshot/decompress.ts
async function decompressed(input) {
  const { head, stream } = await peek(input, 2);
  if (head[0] !== 31 || head[1] !== 139) return stream;
  const gunzip = createGunzip({ chunkSize: 64 * 1024 });
  stream.on("error", (error) => gunzip.destroy(error));
  gunzip.on("close", () => stream.destroy());
  return stream.pipe(gunzip);
}

// src/snapshot/detect.ts
var DETECT_BYTES = 4096;
var GOR_HEADER = /^[123] [0-9A-Za-z-]+ \d+( -?\d+)?\r?\n/;
var FIRST_KEY = /^\s*\{\s*"((?:[^"\\]|\\.)*)"/;
function detectFormat(name, head) {
  const text = head.toString("utf8").replace(/^\uFEFF/, "");
  if (GOR_HEADER.test(text)) return "gor";
  const firstKey = FIRST_KEY.exec(text)?.[1];
  if (firstKey === "log") return "har";
  const base = name.toLowerCase().replace(/\.gz$/, "");
  if (base.endsWith(".har")) return "har";
  if (firstKey !== void 0) return "ndjson";
  if (/\.gor(_\d+)?$/.test(base)) return "gor";
  return "ndjson";
}

// src/snapshot/part.ts
function reportIssue(context, position, message) {
  context.issues.add({ source: context.name, position, message });
}

// src/snapshot/gor-pairing.ts
var GorPairer = class {
  constructor(window = 1e4) {
    this.window = window;
  }
  window;
  queue = /* @__PURE__ */ new Map();
  /** Ids still waiting for their other half, to their place in the queue. */
  waiting = /* @__PURE__ */ new Map();
  next = 0;
  request(id, exchange, place) {
    const early = this.partnerOf(id, "response");
    if (early) {
      early.exchange = exchange;
      if (early.response) exchange.response = early.response;
      early.paired = true;
    } else {
      this.enqueue({ id, exchange, place, paired: false });
    }
    return this.drain();
  }
  response(id, response, place) {
    const request = this.partnerOf(id, "exchange");
    if (request) {
      request.exchange.response = response;
      request.paired = true;
    } else {
      this.enqueue({ id, response, place, paired: false });
    }
    return this.drain();
  }
  /** The end of the snapshot: whatever still waits goes on alone. */
  flush() {
    return this.drain(0);
  }
  partnerOf(id, has) {
    const slot = this.waiting.get(id);
    const pending = slot === void 0 ? void 0 : this.queue.get(slot);
    if (!pending || pending[has] === void 0) return void 0;
    this.waiting.delete(id);
    return pending;
  }
  enqueue(pending) {
    const slot = this.next++;
    this.queue.set(slot, pending);
    this.waiting.set(pending.id, slot);
  }
  /** Hands on the head of the queue while it is paired, or while the queue is over `window`. */
  drain(window = this.window) {
    const out = [];
    for (const [slot, head] of this.queue) {
      if (!head.paired && this.queue.size <= window) break;
      this.queue.delete(slot);
      if (this.waiting.get(head.id) === slot) this.waiting.delete(head.id);
      if (head.exchange) out.push(head.exchange);
      else reportIssue(head.place.context, head.place.position, `a response (id ${head.id}) without its request`);
    }
    return out;
  }
};

// src/snapshot/memory-guard.ts
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
var MemoryGuard = class {
  constructor(headroomBytes = 16 * 1024 * 1024, every = 100, collect = fullCollection()) {
    this.headroomBytes = headroomBytes;
    this.every = every;
    this.collect = collect;
    this.floor = garbageBound();
  }
  headroomBytes;
  every;
  collect;
  count = 0;
  floor;
  /** Called once per exchange read. */
  tick() {
    if (++this.count % this.every !== 0) return;
    const used = garbageBound();
    if (used < this.floor) this.floor = used;
    if (used - this.floor < this.headroomBytes) return;
    if (!this.collect) return;
    this.collect();
    this.floor = garbageBound();
  }
};
function garbageBound() {
  const stats = getHeapStatistics();
  return stats.used_heap_size + stats.external_memory;
}
var cached;
function fullCollection() {
  if (cached !== void 0) return cached;
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc");
    cached = typeof gc === "function" ? gc : null;
  } catch {
    cached = null;
  }
  return cached;
}

// src/snapshot/gor-payloads.ts
var PAYLOAD_SEPARATOR = Buffer.from("\n\u{1F435}\u{1F648}\u{1F649}\n");
var MAX_PAYLOAD_BYTES = 128 * 1024 * 1024;
var HEADER = /^([123]) (\S+) (\d+)(?: (-?\d+))?\r?$/;
async function* gorPayloads(input) {
  const edgeLength = PAYLOAD_SEPARATOR.length - 1;
  let parts = [];
  let held = 0;
  let base = 0;
  let offset = 0;
  let index = 0;
  let oversized = false;
  const cut = (payload) => {
    index++;
    const at = base;
    const result = oversized ? oversizedProblem(index, at) : payloadOf(payload(), index, at);
    parts = [];
    held = 0;
    oversized = false;
    return result;
  };
  for await (const chunk of input) {
    let from = 0;
    if (held > 0) {
      const before2 = lastBytes(parts, edgeLength);
      const at = Buffer.concat([before2, chunk.subarray(0, edgeLength)]).indexOf(PAYLOAD_SEPARATOR);
      if (at !== -1 && at < before2.length) {
        const length = held - before2.length + at;
        yield cut(() => Buffer.concat(parts, held).subarray(0, length));
        from = at + PAYLOAD_SEPARATOR.length - before2.length;
        base = offset + from;
      }
    }
    for (let at = chunk.indexOf(PAYLOAD_SEPARATOR, from); at !== -1; at = chunk.indexOf(PAYLOAD_SEPARATOR, from)) {
      const piece = chunk.subarray(from, at);
      yield cut(() => parts.length === 0 ? piece : Buffer.concat([...parts, piece]));
      from = at + PAYLOAD_SEPARATOR.length;
      base = offset + from;
    }
    if (from < chunk.length) {
      parts.push(chunk.subarray(from));
      held += chunk.length - from;
    }
    if (held > MAX_PAYLOAD_BYTES) oversized = true;
    if (oversized) parts = [lastBytes(parts, edgeLength)];
    offset += chunk.length;
  }
  if (oversized) yield oversizedProblem(index + 1, base);
  else if (held > 0) {
    const rest = Buffer.concat(parts, held);
    if (rest.toString("latin1").trim() !== "") yield payloadOf(rest, index + 1, base);
  }
}
function oversizedProblem(index, offset) {
  return { kind: "problem", index, offset, message: `the payload is larger than ${MAX_PAYLOAD_BYTES / 1024 / 1024} MiB; skipped` };
}
function lastBytes(parts, count) {
  const pieces = [];
  let length = 0;
  for (let i = parts.length - 1; i >= 0 && length < count; i--) {
    const part = parts[i];
    const take = Math.min(part.length, count - length);
    pieces.unshift(part.subarray(part.length - take));
    length += take;
  }
  return Buffer.concat(pieces, length);
}
function payloadOf(bytes2, index, offset) {
  const lineEnd = bytes2.indexOf(10);
  const header = bytes2.subarray(0, lineEnd === -1 ? bytes2.length : lineEnd).toString("latin1");
  const match = HEADER.exec(header);
  if (!match) {
    return { kind: "problem", index, offset, message: `not a GoReplay payload header (TYPE ID TIMESTAMP): ${JSON.stringify(header.slice(0, 80))}` };
  }
  const payload = {
    kind: "payload",
    index,
    offset,
    type: Number(match[1]),
    id: match[2],
    timestamp: match[3],
    message: lineEnd === -1 ? Buffer.alloc(0) : bytes2.subarray(lineEnd + 1)
  };
  if (match[4] !== void 0) payload.latency = match[4];
  return payload;
}

// src/body/http-body.ts
var FramingError = class extends Error {
};
var CR = 13;
var LF = 10;
var SIZE_LINE_CAP = 4096;
var SIZE_DIGITS_CAP = 12;
var TRAILER_CAP = 64 * 1024;
var SIZE = 0;
var EXTENSION = 1;
var SIZE_LF = 2;
var DATA = 3;
var DATA_CR = 4;
var DATA_LF = 5;
var TRAILER_START = 6;
var TRAILER_LINE = 7;
var END_LF = 8;
var BodyReader = class {
  framing = "length";
  /** Gets the body's bytes, when someone wants them. */
  sink;
  remaining = 0;
  state = SIZE;
  digits = 0;
  lineBytes = 0;
  trailerBytes = 0;
  start(framing, length, sink) {
    this.framing = framing;
    this.sink = sink;
    this.remaining = framing === "length" ? length : 0;
    this.state = SIZE;
    this.digits = 0;
    this.lineBytes = 0;
    this.trailerBytes = 0;
  }
  /** A chunked body's last chunk (size 0) has been read: only trailers and the blank line may follow. */
  get lastChunkRead() {
    return this.framing === "chunked" && this.state >= TRAILER_START;
  }
  /** Reads from `chunk[pos]`: the index just past the body's end, or -1 when the body goes on past this chunk. */
  read(chunk, pos) {
    if (this.framing === "length") {
      const take = Math.min(this.remaining, chunk.length - pos);
      if (take > 0 && this.sink) this.sink(pos === 0 && take === chunk.length ? chunk : chunk.subarray(pos, pos + take));
      this.remaining -= take;
      return this.remaining === 0 ? pos + take : -1;
    }
    if (this.framing === "close") {
      if (pos < chunk.length && this.sink) this.sink(pos === 0 ? chunk : chunk.subarray(pos));
      return -1;
    }
    return this.readChunked(chunk, pos);
  }
  readChunked(chunk, pos) {
    const length = chunk.length;
    while (pos < length) {
      const byte = chunk[pos];
      switch (this.state) {
        case SIZE: {
          const value = hexValue(byte);
          if (value >= 0) {
            if (++this.digits > SIZE_DIGITS_CAP) throw new FramingError("a chunk size too large to follow");
            this.remaining = this.remaining * 16 + value;
          } else if (this.digits === 0) throw new FramingError("a chunk size that is not hexadecimal");
          else if (byte === CR) this.state = SIZE_LF;
          else if (byte === 59 || byte === 32 || byte === 9) this.state = EXTENSION;
          else throw new FramingError("a chunk size that is not hexadecimal");
          pos++;
          this.line();
          break;
        }
        case EXTENSION:
          if (byte === CR) this.state = SIZE_LF;
          else if (byte === LF) throw new FramingError("a chunk-size line not ending in CRLF");
          pos++;
          this.line();
          break;
        case SIZE_LF:
          if (byte !== LF) throw new FramingError("a chunk-size line not ending in CRLF");
          pos++;
          this.lineBytes = 0;
          this.digits = 0;
          this.state = this.remaining === 0 ? TRAILER_START : DATA;
          break;
        case DATA: {
          const take = Math.min(this.remaining, length - pos);
          if (this.sink) this.sink(pos === 0 && take === length ? chunk : chunk.subarray(pos, pos + take));
          this.remaining -= take;
          pos += take;
          if (this.remaining === 0) this.state = DATA_CR;
          break;
        }
        case DATA_CR:
          if (byte !== CR) throw new FramingError("chunk data not followed by CRLF");
          pos++;
          this.state = DATA_LF;
          break;
        case DATA_LF:
          if (byte !== LF) throw new FramingError("chunk data not followed by CRLF");
          pos++;
          this.state = SIZE;
          break;
        case TRAILER_START:
          pos++;
          this.state = byte === CR ? END_LF : TRAILER_LINE;
          this.trailer(1);
          break;
        case TRAILER_LINE: {
          const lf = chunk.indexOf(LF, pos);
          const end = lf === -1 ? length : lf + 1;
          this.trailer(end - pos);
          pos = end;
          if (lf !== -1) this.state = TRAILER_START;
          break;
        }
        case END_LF:
          if (byte !== LF) throw new FramingError("a trailer section not ending in CRLF");
          return pos + 1;
      }
    }
    return -1;
  }
  line() {
    if (++this.lineBytes > SIZE_LINE_CAP) throw new FramingError("a chunk-size line too long to follow");
  }
  trailer(bytes2) {
    this.trailerBytes += bytes2;
    if (this.trailerBytes > TRAILER_CAP) throw new FramingError("a trailer section too long to follow");
  }
};
function hexValue(byte) {
  if (byte >= 48 && byte <= 57) return byte - 48;
  const lower = byte | 32;
  if (lower >= 97 && lower <= 102) return lower - 97 + 10;
  return -1;
}

// src/snapshot/http-message.ts
async function parseHttpRequest(bytes2) {
  const { startLine, headers, body } = splitMessage(bytes2);
  const match = /^([A-Za-z]+) (\S+) HTTP\/\d(?:\.\d)?$/.exec(startLine);
  if (!match) throw new ExchangeFormatError(`not an HTTP request line: ${JSON.stringify(startLine.slice(0, 80))}`);
  const wire = unframed(body, headers);
  const content = await contentOf(wire, headers);
  if (content?.capped === false) {
    dropCodingHeaders(headers);
    return { method: match[1].toUpperCase(), url: originRelative(match[2]), headers, body: recordedBody(content.bytes) };
  }
  return { method: match[1].toUpperCase(), url: originRelative(match[2]), headers, body: recordedBody(wire) };
}
async function parseHttpResponse(bytes2) {
  const { startLine, headers, body } = splitMessage(bytes2);
  const match = /^HTTP\/\d(?:\.\d)? (\d{3})(?: .*)?$/.exec(startLine);
  if (!match) throw new ExchangeFormatError(`not an HTTP status line: ${JSON.stringify(startLine.slice(0, 80))}`);
  const status = Number(match[1]);
  if (status < 100 || status > 599) throw new ExchangeFormatError(`status ${status} is not an HTTP status code (100-599)`);
  const wire = unframed(body, headers);
  const content = await contentOf(wire, headers);
  if (content) dropCodingHeaders(headers);
  if (content?.capped) return { status, headers, body: null, bodyDigest: content.digest };
  const decoded = content?.bytes ?? wire;
  if (decoded.length > MAX_BODY_BYTES) return { status, headers, body: null, bodyDigest: digestOf(decoded) };
  return { status, headers, body: recordedBody(decoded) };
}
async function contentOf(wire, headers) {
  if (wire.length === 0) return void 0;
  try {
    return await decodeContent(wire, headers["content-encoding"], MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof ContentDecodingError) throw new ExchangeFormatError(error.message);
    throw error;
  }
}
function dropCodingHeaders(headers) {
  delete headers["content-encoding"];
  delete headers["content-length"];
}
function splitMessage(bytes2) {
  let end = bytes2.indexOf("\r\n\r\n");
  let gap = 4;
  const bare = bytes2.indexOf("\n\n");
  if (end === -1 || bare !== -1 && bare < end) {
    end = bare;
    gap = 2;
  }
  const head = (end === -1 ? bytes2 : bytes2.subarray(0, end)).toString("latin1");
  const body = end === -1 ? Buffer.alloc(0) : bytes2.subarray(end + gap);
  const [startLine = "", ...lines] = head.split(/\r?\n/);
  const headers = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    if (colon <= 0) throw new ExchangeFormatError(`malformed header line ${JSON.stringify(line.slice(0, 80))}`);
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = name in headers ? `${headers[name]}${name === "cookie" ? "; " : ", "}${value}` : value;
  }
  return { startLine: startLine.trim(), headers, body };
}
function unframed(raw, headers) {
  const transfer = (headers["transfer-encoding"] ?? "").toLowerCase();
  if (transfer.split(",").map((t) => t.trim()).includes("chunked")) {
    delete headers["transfer-encoding"];
    return dechunk(raw);
  }
  if (headers["content-length"] === void 0) return raw;
  const length = Number(headers["content-length"]);
  if (!Number.isInteger(length) || length < 0) throw new ExchangeFormatError(`content-length ${JSON.stringify(headers["content-length"])} is not a number`);
  if (raw.length > 0 && raw.length < length) throw new ExchangeFormatError(`the body is cut short: ${raw.length} of ${length} bytes recorded`);
  return raw.subarray(0, length);
}
function dechunk(raw) {
  const parts = [];
  const reader = new BodyReader();
  reader.start("chunked", 0, (piece) => parts.push(piece));
  let end;
  try {
    end = reader.read(raw, 0);
  } catch (error) {
    if (error instanceof FramingError) throw new ExchangeFormatError(`chunked body: ${error.message}`);
    throw error;
  }
  if (end === -1 && !reader.lastChunkRead) throw new ExchangeFormatError("chunked body: cut short before its last chunk (size 0)");
  return Buffer.concat(parts);
}

// src/snapshot/read-gor.ts
async function* readGor(input, context, pairer) {
  context.position = "at the start";
  for await (const payload of gorPayloads(input)) {
    const position = `payload ${payload.index} (byte ${payload.offset})`;
    if (payload.kind === "problem") reportIssue(context, position, payload.message);
    else if (payload.type !== 3) yield* paired(payload, { context, position }, pairer);
    context.position = `after payload ${payload.index}`;
  }
}
async function* paired(payload, place, pairer) {
  try {
    if (payload.type === 1) {
      const exchange = { id: payload.id, request: await parseHttpRequest(payload.message), place: { source: place.context.name, position: place.position } };
      const recordedAt = isoTime(payload.timestamp);
      if (recordedAt) exchange.recordedAt = recordedAt;
      yield* pairer.request(payload.id, exchange, place);
    } else {
      const response = await parseHttpResponse(payload.message);
      if (payload.latency !== void 0 && Number(payload.latency) >= 0) response.durationMs = Math.round(Number(payload.latency) / 1e6);
      yield* pairer.response(payload.id, response, place);
    }
  } catch (error) {
    if (!(error instanceof ExchangeFormatError)) throw error;
    reportIssue(place.context, place.position, `${payload.type === 1 ? "request" : "response"} ${payload.id}: ${error.message}`);
  }
}
function isoTime(timestamp) {
  const digits = timestamp.length;
  const ms = digits >= 18 ? Number(BigInt(timestamp) / 1000000n) : digits >= 15 ? Math.floor(Number(timestamp) / 1e3) : digits >= 12 ? Number(timestamp) : Number(timestamp) * 1e3;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? void 0 : date.toISOString();
}

// src/snapshot/read-har.ts
import { StringDecoder } from "node:string_decoder";

// src/snapshot/har.ts
function harEntryToExchange(value, id) {
  const entry = asObject(value, "the entry");
  const request = asObject(entry.request, '"request"');
  const method = request.method;
  if (typeof method !== "string" || !/^[A-Za-z]+$/.test(method)) throw new ExchangeFormatError('"request.method" must be an HTTP method');
  if (typeof request.url !== "string" || request.url === "") throw new ExchangeFormatError('"request.url" is missing');
  const postData = request.postData === void 0 || request.postData === null ? void 0 : asObject(request.postData, '"request.postData"');
  const url = reduceOrThrow(request.url);
  const exchange = {
    id,
    request: {
      method: method.toUpperCase(),
      url: url.path,
      ...url.origin ? { origin: url.origin } : {},
      headers: headersOf(request.headers, '"request.headers"'),
      body: typeof postData?.text === "string" && postData.text !== "" ? postData.text : null
    }
  };
  if (typeof entry.startedDateTime === "string") exchange.recordedAt = entry.startedDateTime;
  const response = responseOf(entry.response, entry.time);
  if (response) exchange.response = response;
  return exchange;
}
function responseOf(value, time) {
  if (value === void 0 || value === null) return void 0;
  const response = asObject(value, '"response"');
  const status = response.status;
  if (typeof status !== "number" || !Number.isInteger(status) || status < 0 || status > 599 || status > 0 && status < 100) {
    throw new ExchangeFormatError('"response.status" must be an HTTP status code (100-599), or 0 for none');
  }
  if (status === 0) return void 0;
  const body = contentBody(response.content);
  if (body === void 0) return void 0;
  const recorded = { status, headers: headersOf(response.headers, '"response.headers"'), body };
  if (typeof time === "number" && time >= 0) recorded.durationMs = Math.round(time);
  return capResponseBody(recorded);
}
function contentBody(value) {
  if (value === void 0 || value === null) return null;
  const content = asObject(value, '"response.content"');
  if (typeof content.text !== "string") return typeof content.size === "number" && content.size > 0 ? void 0 : null;
  if (content.text === "") return null;
  if (content.encoding === "base64") return base64Body(content.text, '"response.content.text"');
  if (content.encoding !== void 0 && content.encoding !== null && content.encoding !== "") {
    throw new ExchangeFormatError(`"response.content.encoding" ${JSON.stringify(content.encoding)} is not supported (only base64)`);
  }
  return content.text;
}
function headersOf(value, what) {
  if (value === void 0 || value === null) return {};
  if (!Array.isArray(value)) throw new ExchangeFormatError(`${what} must be a list of {name, value}`);
  const headers = {};
  for (const [i, item] of value.entries()) {
    const header = asObject(item, `${what}[${i}]`);
    if (typeof header.name !== "string" || typeof header.value !== "string") {
      throw new ExchangeFormatError(`${what}[${i}] must have a string name and value`);
    }
    const name = header.name.toLowerCase();
    if (name.startsWith(":")) continue;
    const separator = name === "cookie" ? "; " : ", ";
    headers[name] = name in headers ? `${headers[name]}${separator}${header.value}` : header.value;
  }
  return headers;
}
function asObject(value, what) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ExchangeFormatError(`${what} must be a JSON object`);
  return value;
}

// src/snapshot/har-scanner.ts
var MAX_ENTRY_CHARS = 64 * 1024 * 1024;
var QUOTE = 34;
var BACKSLASH = 92;
var COMMA = 44;
var COLON = 58;
var NEWLINE = 10;
var OPEN_OBJECT = 123;
var CLOSE_OBJECT = 125;
var OPEN_ARRAY = 91;
var CLOSE_ARRAY = 93;
var DEEP = { array: false, role: "other", expectKey: false };
var HELD_LEVELS = 3;
var KEY_CHARS = "entries".length;
var HarScanner = class {
  stack = [];
  deeper = 0;
  inString = false;
  escaped = false;
  /** Characters of a key being read (keys of the top two objects only). */
  key;
  started = false;
  finished = false;
  failed = false;
  sawEntries = false;
  entries = 0;
  /** The entry being captured: its pieces from earlier chunks and where it began. */
  capture;
  /** A non-object element of log.entries is being skipped. */
  inScalar = false;
  line = 1;
  lineStart = 0;
  offset = 0;
  /** Entries seen so far, for positions such as "after entry 12". */
  get entryCount() {
    return this.entries;
  }
  push(chunk) {
    const events = [];
    if (this.failed) return events;
    if (this.capture) this.capture.start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.endString();
        else if (this.key && this.key.length <= KEY_CHARS) this.key.push(chunk[i]);
        continue;
      }
      if (c === NEWLINE) {
        this.line++;
        this.lineStart = this.offset + i + 1;
        continue;
      }
      if (c === 32 || c === 9 || c === 13) continue;
      const problem = this.structural(c, chunk, i, events);
      if (problem) {
        events.push(this.problemAt(i, problem));
        this.failed = true;
        return events;
      }
    }
    if (this.capture) this.keep(chunk.slice(this.capture.start));
    this.offset += chunk.length;
    return events;
  }
  /** Call once the stream has ended: reports a HAR cut short or one without log.entries. */
  end() {
    if (this.failed) return [];
    const at = { kind: "problem", line: this.line, column: this.offset - this.lineStart + 1 };
    if (!this.started) return [{ ...at, message: 'the file is empty: expected a HAR object {"log": {...}}' }];
    if (this.capture) {
      return [{ ...at, message: `the file ends inside entry ${this.entries} (which starts at line ${this.capture.line}): it was cut short` }];
    }
    if (this.depth > 0 || this.inString) {
      return [{ ...at, message: "the file ends before the HAR is closed: it was cut short" }];
    }
    if (!this.sawEntries) return [{ ...at, message: "no log.entries list: not a HAR 1.2 file, or one without entries" }];
    return [];
  }
  /** Handles one character outside strings; returns a message when the file is not a HAR at all. */
  structural(c, chunk, i, events) {
    const top = this.top;
    if (!this.started) {
      if (c !== OPEN_OBJECT) return `not a HAR file: expected {"log": ...} at the start, found ${JSON.stringify(chunk[i])}`;
      this.started = true;
      this.stack.push({ array: false, role: "root", expectKey: true });
      return void 0;
    }
    if (this.finished) return void 0;
    if (top?.role === "entries" && this.depth === 3) return this.atEntriesLevel(c, chunk, i, events);
    switch (c) {
      case QUOTE:
        this.inString = true;
        if (top && !top.array && top.expectKey && this.stack.length <= 2) this.key = [];
        return void 0;
      case COLON:
        if (top && !top.array && top !== DEEP) top.expectKey = false;
        return void 0;
      case COMMA:
        if (top && !top.array && top !== DEEP) top.expectKey = true;
        return void 0;
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        return this.open(c === OPEN_ARRAY, top);
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        this.close(chunk, i, events);
        return void 0;
      default:
        if (top?.role === "log" && top.key === "entries" && !top.expectKey) {
          return `log.entries must be a list of entries, found ${JSON.stringify(chunk.slice(i, i + 12))}`;
        }
        return void 0;
    }
  }
  atEntriesLevel(c, chunk, i, events) {
    if (c === COMMA) {
      this.inScalar = false;
      return void 0;
    }
    if (c === CLOSE_ARRAY) {
      this.inScalar = false;
      this.close(chunk, i, events);
      return void 0;
    }
    if (this.inScalar) return void 0;
    this.entries++;
    if (c === OPEN_OBJECT) {
      this.capture = { pieces: [], chars: 0, start: i, line: this.line, column: this.offset + i - this.lineStart + 1 };
      this.enter({ array: false, role: "other", expectKey: true });
      return void 0;
    }
    events.push(this.problemAt(i, `entry ${this.entries} is not a JSON object`));
    if (c === OPEN_ARRAY) this.enter({ array: true, role: "other", expectKey: false });
    else if (c === QUOTE) this.inString = true;
    else this.inScalar = true;
    return void 0;
  }
  open(array, parent) {
    let role = "other";
    if (parent?.role === "root" && parent.key === "log" && !parent.expectKey) {
      if (array) return 'not a HAR file: "log" must be an object';
      role = "log";
    } else if (parent?.role === "log" && parent.key === "entries" && !parent.expectKey) {
      if (!array) return "log.entries must be a list of entries, found an object";
      role = "entries";
      this.sawEntries = true;
    }
    this.enter({ array, role, expectKey: !array });
    return void 0;
  }
  get depth() {
    return this.stack.length + this.deeper;
  }
  get top() {
    return this.deeper > 0 ? DEEP : this.stack[this.stack.length - 1];
  }
  enter(frame) {
    if (this.stack.length < HELD_LEVELS) this.stack.push(frame);
    else this.deeper++;
  }
  /** Adds text to the entry being captured, or gives the entry up once it is past the cap. */
  keep(piece) {
    const capture = this.capture;
    capture.chars += piece.length;
    if (capture.chars > MAX_ENTRY_CHARS) capture.pieces = [];
    else capture.pieces.push(piece);
  }
  close(chunk, i, events) {
    if (this.deeper > 0) this.deeper--;
    else this.stack.pop();
    if (this.depth === 0) this.finished = true;
    if (this.capture && this.depth === 3 && this.top?.role === "entries") {
      this.keep(chunk.slice(this.capture.start, i + 1));
      const { pieces, chars, line, column } = this.capture;
      this.capture = void 0;
      if (chars > MAX_ENTRY_CHARS) {
        events.push({ kind: "problem", line, column, message: `entry ${this.entries} is ${chars} characters, over the ${MAX_ENTRY_CHARS / 1024 / 1024} Mi-character entry cap; skipped` });
      } else {
        events.push({ kind: "entry", index: this.entries, line, column, text: pieces.join("") });
      }
    }
  }
  endString() {
    this.inString = false;
    if (!this.key) return;
    const top = this.stack[this.stack.length - 1];
    top.key = this.key.join("");
    this.key = void 0;
  }
  problemAt(i, message) {
    return { kind: "problem", line: this.line, column: this.offset + i - this.lineStart + 1, message };
  }
};

// src/snapshot/read-har.ts
async function* readHar(input, context) {
  const decoder = new StringDecoder("utf8");
  const scanner = new HarScanner();
  let atStart = true;
  context.position = "at the start";
  for await (const chunk of input) {
    let text = decoder.write(chunk);
    if (atStart && text.length > 0) {
      if (text.startsWith("\uFEFF")) text = text.slice(1);
      atStart = false;
    }
    yield* exchangesOf(scanner.push(text), context);
    context.position = `after entry ${scanner.entryCount}`;
  }
  yield* exchangesOf(scanner.push(decoder.end()), context);
  yield* exchangesOf(scanner.end(), context);
}
function* exchangesOf(events, context) {
  for (const event of events) {
    if (event.kind === "problem") {
      reportIssue(context, `line ${event.line}, column ${event.column}`, event.message);
      continue;
    }
    const position = `entry ${event.index} (line ${event.line})`;
    let value;
    try {
      value = JSON.parse(event.text);
    } catch (error) {
      reportIssue(context, position, `not JSON: ${error.message}`);
      continue;
    }
    try {
      const exchange = harEntryToExchange(value, `${context.idPrefix}entry-${event.index}`);
      exchange.place = { source: context.name, position };
      yield exchange;
    } catch (error) {
      if (!(error instanceof ExchangeFormatError)) throw error;
      reportIssue(context, position, error.message);
    }
  }
}

// src/snapshot/lines.ts
var MAX_LINE_BYTES = 64 * 1024 * 1024;
async function* lineBatchesOf(input, maxBytes = MAX_LINE_BYTES) {
  let parts = [];
  let held = 0;
  let number = 0;
  const line = (last) => {
    number++;
    const bytes2 = held + last.length;
    const result = bytes2 > maxBytes ? { number, bytes: bytes2 } : { number, text: textOf(parts.length === 0 ? last : Buffer.concat([...parts, last]), number) };
    parts = [];
    held = 0;
    return result;
  };
  for await (const chunk of input) {
    let from = 0;
    const batch = [];
    for (let end = chunk.indexOf(10, from); end !== -1; end = chunk.indexOf(10, from)) {
      batch.push(line(chunk.subarray(from, end)));
      from = end + 1;
    }
    if (batch.length > 0) yield batch;
    if (from === chunk.length) continue;
    held += chunk.length - from;
    if (held <= maxBytes) parts.push(chunk.subarray(from));
    else parts = [];
  }
  if (held > 0) yield [line(Buffer.alloc(0))];
}
function textOf(bytes2, number) {
  let text = bytes2.toString("utf8");
  if (text.endsWith("\r")) text = text.slice(0, -1);
  if (number === 1 && text.startsWith("\uFEFF")) text = text.slice(1);
  return text;
}

// src/snapshot/line-id.ts
var FRONT = '{"id":"';
var ANOTHER_ID = /"id"|\\u006[49]/g;
function idAtFront(line) {
  if (!line.startsWith(FRONT)) return void 0;
  const end = line.indexOf('"', FRONT.length);
  if (end === -1) return void 0;
  const id = line.slice(FRONT.length, end);
  if (id.includes("\\")) return void 0;
  ANOTHER_ID.lastIndex = end;
  if (ANOTHER_ID.test(line)) return void 0;
  return id;
}

// src/snapshot/ndjson.ts
function parseExchangeLine(text, number) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ExchangeFormatError(`not JSON: ${error.message}`);
  }
  return toExchange(value, `line-${number}`);
}
function toExchange(value, fallbackId) {
  const record = asObject2(value, "the line");
  const request = toRequest(asObject2(record.request, '"request"'));
  const exchange = { id: optionalString(record.id, '"id"') ?? fallbackId, request };
  const recordedAt = optionalString(record.recordedAt, '"recordedAt"');
  if (recordedAt !== void 0) exchange.recordedAt = recordedAt;
  if (record.response !== void 0 && record.response !== null) {
    exchange.response = toResponse(asObject2(record.response, '"response"'));
  }
  return exchange;
}
function toRequest(record) {
  const method = optionalString(record.method, '"request.method"');
  if (!method || !/^[A-Za-z]+$/.test(method)) throw new ExchangeFormatError('"request.method" must be an HTTP method');
  const url = optionalString(record.url, '"request.url"');
  if (!url) throw new ExchangeFormatError('"request.url" is missing');
  const reduced = reduceOrThrow(url);
  const request = {
    method: method.toUpperCase(),
    url: reduced.path,
    headers: toHeaders(record.headers, '"request.headers"'),
    body: toBody(record.body, '"request.body"')
  };
  if (reduced.origin) request.origin = reduced.origin;
  return request;
}
function toResponse(record) {
  const status = record.status;
  if (typeof status !== "number" || !Number.isInteger(status) || status < 100 || status > 599) {
    throw new ExchangeFormatError('"response.status" must be an HTTP status code (100-599)');
  }
  const response = {
    status,
    headers: toHeaders(record.headers, '"response.headers"'),
    body: toBody(record.body, '"response.body"')
  };
  if (typeof record.durationMs === "number") response.durationMs = record.durationMs;
  if (record.bodyDigest !== void 0 && record.bodyDigest !== null) {
    if (response.body !== null) throw new ExchangeFormatError('"response.bodyDigest" stands for a body: "response.body" must then be null');
    response.bodyDigest = toDigest(record.bodyDigest);
  }
  return capResponseBody(response);
}
function toDigest(value) {
  const record = asObject2(value, '"response.bodyDigest"');
  const { bytes: bytes2, sha256, partial } = record;
  if (typeof bytes2 !== "number" || !Number.isSafeInteger(bytes2) || bytes2 < 0) throw new ExchangeFormatError('"response.bodyDigest.bytes" must be a whole number of bytes');
  if (typeof sha256 !== "string" || !/^[0-9a-f]{64}$/.test(sha256)) throw new ExchangeFormatError('"response.bodyDigest.sha256" must be 64 lower-case hex digits');
  if (partial !== void 0 && partial !== true) throw new ExchangeFormatError('"response.bodyDigest.partial" must be true or absent');
  return partial ? { bytes: bytes2, sha256, partial } : { bytes: bytes2, sha256 };
}
function toHeaders(value, what) {
  if (value === void 0 || value === null) return {};
  const record = asObject2(value, what);
  const headers = {};
  for (const [name, raw] of Object.entries(record)) {
    if (typeof raw === "string") headers[name.toLowerCase()] = raw;
    else if (typeof raw === "number") headers[name.toLowerCase()] = String(raw);
    else if (Array.isArray(raw) && raw.every((item) => typeof item === "string")) headers[name.toLowerCase()] = raw.join(", ");
    else throw new ExchangeFormatError(`${what}.${name} must be a string`);
  }
  return headers;
}
function toBody(value, what) {
  if (value === void 0 || value === null) return null;
  if (typeof value === "string") return value;
  if (typeof value === "object" && typeof value.base64 === "string") {
    return base64Body(value.base64, `${what}.base64`);
  }
  throw new ExchangeFormatError(`${what} must be a string, {"base64": "..."} or null`);
}
function asObject2(value, what) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ExchangeFormatError(`${what} must be a JSON object`);
  }
  return value;
}
function optionalString(value, what) {
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "string") throw new ExchangeFormatError(`${what} must be a string`);
  return value;
}

// src/snapshot/read-ndjson.ts
async function* readNdjson(input, context, wanted) {
  context.position = "at the start";
  for await (const batch of lineBatchesOf(input)) {
    for (const line of batch) {
      if (line.text === void 0) {
        reportIssue(context, `line ${line.number}`, `the line is ${line.bytes} bytes, over the ${MAX_LINE_BYTES / 1024 / 1024} MiB line cap; skipped`);
        continue;
      }
      if (line.text.trim() === "") continue;
      if (wanted) {
        const id = idAtFront(line.text);
        if (id !== void 0 && !wanted(id)) continue;
      }
      try {
        const exchange = parseExchangeLine(line.text, line.number);
        if (context.idPrefix && exchange.id === `line-${line.number}`) exchange.id = `${context.idPrefix}${exchange.id}`;
        exchange.place = { source: context.name, position: `line ${line.number}` };
        yield exchange;
      } catch (error) {
        if (!(error instanceof ExchangeFormatError)) throw error;
        reportIssue(context, `line ${line.number}`, error.message);
      }
    }
    context.position = `after line ${batch[batch.length - 1].number}`;
  }
}

// src/snapshot/read.ts
async function* readExchanges(source, issues, options = {}) {
  const pairer = new GorPairer();
  const memory = new MemoryGuard();
  for (const [index, part] of source.parts.entries()) {
    const context = {
      name: part.name,
      issues,
      position: "at the start",
      idPrefix: source.parts.length > 1 ? `${index + 1}:` : ""
    };
    let input;
    try {
      input = await decompressed(await part.open());
      const { head, stream } = await peek(input, DETECT_BYTES);
      input = stream;
      const format = detectFormat(part.name, head);
      options.onPart?.(part.name, format);
      const exchanges = format === "har" ? readHar(stream, context) : format === "gor" ? readGor(stream, context, pairer) : readNdjson(stream, context, options.wanted);
      for await (const exchange of exchanges) {
        memory.tick();
        yield exchange;
      }
    } catch (error) {
      if (!isStreamFailure(error)) throw error;
      issues.add({ source: part.name, position: context.position, message: `the snapshot stream ended early: ${error.message}` });
    } finally {
      input?.destroy();
    }
  }
  yield* pairer.flush();
}
function isStreamFailure(error) {
  return error instanceof Error && typeof error.code === "string";
}

// src/snapshot/source.ts
import { createHash as createHash3 } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path3 from "node:path";
async function resolveSnapshot(reference2, options) {
  if (reference2.startsWith("s3://")) {
    const { createS3Client, openS3Object, parseS3Url, resolveS3Objects } = await import("./s3-4PH2RYEZ.js");
    const client = createS3Client(options.s3);
    const location = parseS3Url(reference2);
    const objects = await resolveS3Objects(client, location);
    return {
      name: groupName(`s3://${location.bucket}/`, objects.map((o) => o.key)),
      parts: objects.map((object) => {
        let etag = "";
        return {
          name: `s3://${object.bucket}/${object.key}`,
          open: async () => {
            const opened = await openS3Object(client, object);
            etag = opened.etag;
            return opened.body;
          },
          remote: true,
          pin: async () => etag
        };
      })
    };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(reference2)) {
    throw new SnapshotError(`snapshot "${reference2}" is neither s3://bucket/key nor a path in the workspace`);
  }
  const file = path3.resolve(options.workspace, reference2);
  const info = await stat(file).catch(() => void 0);
  if (!info) throw new SnapshotError(`snapshot file ${reference2} does not exist (looked in ${options.workspace})`);
  if (info.isDirectory()) return resolveFolder(reference2, file);
  if (!info.isFile()) throw new SnapshotError(`snapshot ${reference2} is not a file`);
  return { name: reference2, parts: [filePart(reference2, file)] };
}
async function resolveFolder(reference2, folder) {
  const files = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith(".")) continue;
    files.push({ key: entry.name, modified: (await stat(path3.join(folder, entry.name))).mtimeMs });
  }
  const newest = newestOf(finishedObjects(files));
  if (!newest) throw new SnapshotError(`no snapshot in folder ${reference2}: it holds ${files.length > 0 ? "only sessions still being recorded" : "no files"}`);
  const names3 = chunkGroupOf(newest.key, files.map((f) => f.key));
  const prefix = reference2.endsWith("/") || reference2.endsWith(path3.sep) ? reference2 : `${reference2}/`;
  return { name: groupName(prefix, names3), parts: names3.map((name) => filePart(`${prefix}${name}`, path3.join(folder, name))) };
}
function filePart(name, file) {
  return { name, open: async () => createReadStream(file), pin: () => sha256Of(file) };
}
async function sha256Of(file) {
  const hash = createHash3("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest("hex");
}

// src/snapshot/spill.ts
import { createReadStream as createReadStream2, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path4 from "node:path";
import { pipeline, Readable as Readable2, Transform } from "node:stream";
import { finished } from "node:stream/promises";
async function spillRemoteParts(source) {
  if (!source.parts.some((part) => part.remote)) return { ...source, dispose: async () => {
  } };
  const dir = await mkdtemp(path4.join(process.env.RUNNER_TEMP || os.tmpdir(), "replay-gate-spill-"));
  const parts = source.parts.map((part, index) => part.remote ? spilledPart(part, path4.join(dir, `part-${index}`)) : part);
  return { ...source, parts, folder: dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}
function spilledPart(part, file) {
  let written;
  return {
    name: part.name,
    remote: true,
    ...part.pin ? { pin: part.pin } : {},
    open: async () => {
      if (written) return again(file, await written);
      const input = await part.open();
      const out = createWriteStream(file);
      let failure;
      const tee = new Transform({
        transform(chunk, _encoding, done) {
          out.write(chunk, (error) => done(error ?? null, chunk));
        }
      });
      input.once("error", (error) => failure = error);
      const close = () => {
        if (!out.writableEnded) out.end();
      };
      tee.once("end", close);
      tee.once("close", close);
      written = finished(out).then(() => failure ? { failure } : {}, (error) => ({ failure: failure ?? error }));
      return pipeline(input, tee, () => {
      });
    }
  };
}
function again(file, first) {
  return Readable2.from((async function* () {
    yield* createReadStream2(file);
    if (first.failure) throw first.failure;
  })(), { objectMode: false });
}

// src/snapshot/types.ts
var DecodeIssues = class {
  constructor(keep = 100) {
    this.keep = keep;
  }
  keep;
  kept = [];
  count = 0;
  add(issue) {
    this.count++;
    if (this.kept.length < this.keep) this.kept.push(issue);
  }
};

// src/gate.ts
async function runGate(options, hooks = {}) {
  const { partial, secrets } = await tallyRun(options, hooks);
  return secrets.maskDeep(judgePartials([partial], { failOn: options.failOn, ...options.rules ? { rules: options.rules } : {} }));
}
async function tallyGate(options, hooks = {}) {
  const { partial, secrets } = await tallyRun(options, hooks);
  return secrets.maskDeep(partial);
}
async function tallyRun(options, hooks) {
  const rules = options.rules ?? EMPTY_RULE_BOOK;
  const shard = options.shard ?? { index: 1, count: 1 };
  const sharded = shard.count > 1;
  const secrets = new SecretMasker([...Object.values(options.headers), ...rules.requestHeaderValues]);
  const log = hooks.log ? (line) => hooks.log(secrets.mask(line)) : () => {
  };
  const issues = new DecodeIssues();
  const unsendable = new DecodeIssues();
  const counts = emptySelectionCounts();
  const partial = emptyPartial(options, shard);
  const targets = [];
  const healths = [];
  const { signal } = hooks;
  const abortTargets = () => {
    for (const t of targets) t.abort().catch(() => {
    });
  };
  signal?.addEventListener("abort", abortTargets, { once: true });
  let disposeSpill = async () => {
  };
  let tally;
  try {
    const badHeaders = whyUnsendable({ method: "GET", path: "/", headers: options.headers });
    if (badHeaders) throw new InputError(`input "headers": ${badHeaders}`);
    const badWait = options.waitFor && whyUnsendable({ method: "GET", path: options.waitFor, headers: {} });
    if (badWait) throw new InputError(`input "wait-for": ${badWait}`);
    const targetOptions = {
      concurrency: options.concurrency,
      // `rate-limit` is the whole run's: n shards never load a preview n times harder than one.
      rateLimit: options.rateLimit / shard.count,
      timeoutMs: options.timeoutMs,
      maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES
    };
    const target = new Target(options.targetUrl, targetOptions);
    targets.push(target);
    const baseline = options.baselineUrl ? new Target(options.baselineUrl, targetOptions) : void 0;
    if (baseline) targets.push(baseline);
    const redactor = new Redactor(rules.redact, { credentials: rules.credentials, secrets });
    const origins = new OriginSet([options.targetUrl, ...options.baselineUrl ? [options.baselineUrl] : []]);
    const contextFor = (endpoint) => ({ rules: rules.rulesFor(endpoint), redactor, origins });
    const resolved = await untilCancelled(resolveSnapshot(options.snapshot, { s3: options.s3, workspace: options.workspace }), signal);
    const source = await spillRemoteParts(resolved);
    disposeSpill = source.dispose;
    partial.pins.snapshot.name = source.name;
    const seed = options.seed ?? seedOf(source.name);
    partial.pins.seed = seed;
    partial.tally = emptyTally(seed);
    log(`Reading snapshot ${source.name} (sampling seed ${seed})${sharded ? `, shard ${shardName(shard)}` : ""}`);
    const requestRules = { extraHeaders: options.headers, routeHeaders: rules.requestHeaders, credentials: rules.credentials };
    const requestFor = requestBuilder(requestRules);
    const why = (exchange, endpoint) => whyUnsendable(requestFor(exchange, endpoint, target.basePath));
    const plan = await untilCancelled(planSelection(
      readExchanges(source, issues),
      {
        methods: options.methods,
        maxRequests: options.maxRequests,
        seed,
        routes: rules.routes,
        unsendable: { why, issues: unsendable },
        ...rules.select ? { filter: rules.select } : {}
      },
      counts
    ), signal);
    if (options.shard) partial.pins.snapshot.objects = await Promise.all(source.parts.map(async (part) => ({ key: part.name, etag: await part.pin?.() ?? "" })));
    log(`Selected ${counts.selected} of ${counts.read} exchanges across ${counts.endpoints} endpoints`);
    if (issues.count > 0) log(`${issues.count} snapshot entries could not be decoded; first: ${describeIssue(issues.kept[0])}`);
    if (unsendable.count > 0) log(`${unsendable.count} recorded requests cannot be sent as recorded and were skipped; first: ${describeIssue(unsendable.kept[0])}`);
    if (options.waitFor && plan.selected > 0) {
      const wait = { path: options.waitFor, timeoutMs: options.waitTimeoutMs ?? 3e5, headers: options.headers, log };
      await untilCancelled(Promise.all([waitForTarget(target, "target", wait), baseline && waitForTarget(baseline, "baseline", wait)]), signal);
    }
    tally = new TallyBuilder(seed);
    const asking = new AdaptiveAsking(contextFor);
    const progressLog = new ProgressLog(log);
    const chosen = chosenExchanges(readExchanges(source, new DecodeIssues(0), { wanted: mayBeChosen(plan) }), plan);
    const selection = sharded ? inShard(chosen, seed, shard) : chosen;
    const outcomes = replay(selection, {
      // A shard's share, for progress only: the hash spreads ids evenly, so n-th of the selection
      // is close (counting it exactly would take a third read of the snapshot).
      total: sharded ? Math.round(plan.selected / shard.count) : plan.selected,
      candidate: target,
      ...baseline ? { baseline } : {},
      asking,
      concurrency: options.concurrency,
      ...requestRules,
      onProgress: (reported) => {
        const progress = sharded ? { ...reported, total: Math.max(reported.total, reported.done) } : reported;
        if (hooks.progress) hooks.progress(progress);
        else progressLog.update(progress);
      },
      onHealth: (side, health) => healths.push({ side, origin: (side === "target" ? target : baseline).origin, health }),
      ...sharded ? { deferHealth: true } : {},
      ...signal ? { signal } : {}
    });
    for await (const outcome of outcomes) {
      tally.add(asking.compare(outcome));
      partial.judged++;
    }
    for (const t of targets) if (t.counters.throttled > 0) log(describeThrottling(t));
    if (signal?.aborted) partial.cancelled = true;
  } catch (error) {
    if (!(error instanceof GateError)) throw error;
    partial.error = error instanceof CancelledError ? messageOf(error) : `cannot judge: ${messageOf(error)}`;
    if (error instanceof CancelledError) partial.cancelled = true;
  } finally {
    signal?.removeEventListener("abort", abortTargets);
    await Promise.all([...targets.map((t) => t.close()), disposeSpill()]);
    if (tally) partial.tally = tally.value();
    partial.health = healths.map(({ side, origin, health }) => ({ side, origin, counters: health.counters() }));
    partial.selection = {
      counts,
      decodeErrors: issues.count,
      decodeIssues: issues.kept,
      unsendable: unsendable.count,
      unsendableIssues: unsendable.kept
    };
    partial.finishedAt = (/* @__PURE__ */ new Date()).toISOString();
  }
  return { partial, secrets };
}
async function* inShard(chosen, seed, shard) {
  for await (const selected of chosen) if (shardOf(selected.exchange.id, seed, shard.count) === shard.index) yield selected;
}
var EMPTY_TOTALS = {
  endpoints: 0,
  endpointsDiffering: 0,
  endpointsBreaking: 0,
  requests: 0,
  compared: 0,
  differing: 0,
  breaking: 0,
  changed: 0,
  info: 0,
  noiseCancelled: 0
};
function errorResults(options, reason) {
  const now = (/* @__PURE__ */ new Date()).toISOString();
  return {
    version: 1,
    verdict: "error",
    reason,
    failOn: options.failOn,
    target: withoutUserinfo(options.targetUrl),
    reference: options.baselineUrl ? { kind: "baseline", url: withoutUserinfo(options.baselineUrl) } : { kind: "recording" },
    snapshot: { name: options.snapshot, decodeErrors: 0, decodeIssues: [], unsendableIssues: [], ...emptySelectionCounts() },
    score: 0,
    totals: { ...EMPTY_TOTALS },
    endpoints: [],
    startedAt: now,
    finishedAt: now
  };
}
function untilCancelled(work, signal) {
  if (!signal) return work;
  work.catch(() => {
  });
  return new Promise((resolve, reject) => {
    const cancel = () => reject(new CancelledError("cancelled before any request was replayed"));
    if (signal.aborted) return cancel();
    signal.addEventListener("abort", cancel, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", cancel));
  });
}
function describeIssue(issue) {
  return `${issue.source} ${issue.position}: ${issue.message}`;
}

// src/score/causes.ts
var RANK2 = { breaking: 0, changed: 1, info: 2 };
function causesOf(endpoints) {
  const causes = /* @__PURE__ */ new Map();
  for (const endpoint of endpoints) {
    for (const place of endpoint.places) {
      for (const change of changesOf(place)) {
        const key = causeKey({ ...change, pattern: place.pattern });
        let cause = causes.get(key);
        if (!cause) {
          cause = { kind: change.kind, pattern: place.pattern, severity: change.severity, endpoints: [], requests: 0, perEndpoint: /* @__PURE__ */ new Map() };
          if (change.from !== void 0) cause.from = change.from;
          if (change.to !== void 0) cause.to = change.to;
          causes.set(key, cause);
        }
        if (RANK2[change.severity] < RANK2[cause.severity]) cause.severity = change.severity;
        cause.requests += change.requests;
        cause.perEndpoint.set(endpoint.endpoint, (cause.perEndpoint.get(endpoint.endpoint) ?? 0) + change.requests);
      }
    }
  }
  const out = [...causes.values()].map(({ perEndpoint, ...cause }) => ({
    ...cause,
    endpoints: [...perEndpoint].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([name]) => name)
  }));
  return out.sort(
    (a, b) => RANK2[a.severity] - RANK2[b.severity] || b.requests - a.requests || b.endpoints.length - a.endpoints.length || compare(a.pattern, b.pattern) || compare(a.kind, b.kind) || compare(a.from ?? "", b.from ?? "") || compare(a.to ?? "", b.to ?? "")
  );
}
function causeKey(c) {
  return `${c.pattern}\0${c.kind}\0${c.from ?? ""}\0${c.to ?? ""}`;
}
function differenceCauseKey(d) {
  const [from, to] = fromTo(d);
  return `${d.pattern}\0${d.kind}\0${from ?? ""}\0${to ?? ""}`;
}
function fromTo(d) {
  const rendered = d.kind === "status" || d.kind === "content-type";
  return [d.from ?? (rendered ? d.expected : void 0), d.to ?? (rendered ? d.actual : void 0)];
}
function changesOf(place) {
  if (place.changes && place.changes.length > 0) return place.changes;
  const change = { kind: place.example.kind ?? place.kind, severity: place.severity, requests: place.counts.differed };
  const [from, to] = fromTo(place.example);
  if (from !== void 0) change.from = from;
  if (to !== void 0) change.to = to;
  return [change];
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/review/fingerprint.ts
import { createHash as createHash4 } from "node:crypto";
var KEY_CHARS2 = 16;
function unitKey(unit) {
  return shortHash(JSON.stringify(["unit", unit.endpoint, unit.pattern, unit.kind, unit.from ?? null, unit.to ?? null]));
}
function causeIdentityKey(cause) {
  return shortHash(JSON.stringify(["cause", cause.pattern, cause.kind, cause.from ?? null, cause.to ?? null]));
}
function unitsOf(causes) {
  const units = [];
  for (const cause of causes) {
    for (const endpoint of cause.endpoints) {
      const unit = { key: "", endpoint, kind: cause.kind, pattern: cause.pattern, severity: cause.severity };
      if (cause.from !== void 0) unit.from = cause.from;
      if (cause.to !== void 0) unit.to = cause.to;
      unit.key = unitKey(unit);
      units.push(unit);
    }
  }
  return units;
}
function fingerprintOf(keys) {
  return shortHash(JSON.stringify(["fingerprint", [...new Set(keys)].sort()]));
}
function shortHash(text) {
  return createHash4("sha256").update(text).digest("hex").slice(0, KEY_CHARS2);
}

// src/report/describe-kind.ts
var WORDS = {
  status: "status changed",
  "content-type": "content type changed",
  header: "header changed",
  format: "body format changed",
  removed: "field removed",
  added: "field added",
  type: "type changed",
  value: "value changed",
  length: "length changed",
  order: "order changed",
  text: "text changed",
  bytes: "bytes changed",
  "no-response": "no response"
};
function describeKind2(kind, pattern) {
  if ((kind === "removed" || kind === "added") && pattern.endsWith("[*]")) return `element ${kind}`;
  if ((kind === "removed" || kind === "added") && pattern.startsWith("header:")) return `header ${kind}`;
  return WORDS[kind] ?? String(kind);
}

// src/report/describe-cause.ts
var PLACE_CHARS = 200;
var A = { array: "an array", object: "an object", null: "null" };
function withArticle(type) {
  return A[type] ?? `a ${type}`;
}
function describeCause(cause, ink) {
  const place = ink.code(clip(cause.pattern));
  const { from, to } = cause;
  if (cause.kind === "type" && from !== void 0 && to !== void 0) {
    return `${place} ${ink.text(`became ${withArticle(to)} (was ${withArticle(from)})`)}`;
  }
  if ((cause.kind === "status" || cause.kind === "content-type") && from !== void 0 && to !== void 0) {
    return `${ink.text(cause.kind === "status" ? "status" : "content type")} ${ink.code(clip(`${from} \u2192 ${to}`))}`;
  }
  return `${ink.text(describeKind2(cause.kind, cause.pattern))} ${place}`;
}
function describeReach(cause, ink) {
  const where = cause.endpoints.length === 1 ? ink.code(clip(cause.endpoints[0])) : ink.text(plural(cause.endpoints.length, "endpoint"));
  return `${ink.text("on ")}${where}${ink.text(`, ${plural(cause.requests, "request")}`)}`;
}
function clip(text) {
  return text.length > PLACE_CHARS ? `${text.slice(0, PLACE_CHARS - 1)}\u2026` : text;
}

// src/review/judge.ts
var PLAIN_INK = { code: (text) => text, text: (text) => text };
var MAX_NAMED = 3;
function gates(severity, failOn) {
  if (failOn === "never") return false;
  return severity === "breaking" || failOn === "changed" && severity === "changed";
}
function judgeReview(results, review) {
  const judged = review.judged ?? { verdict: results.verdict, reason: results.reason };
  const expected = review.units.filter((u) => u.state === "expected");
  const accepted = review.units.filter((u) => u.state === "accepted");
  const uncovered = review.units.filter((u) => u.gating && (u.state === "open" || u.state === "new"));
  const covered = [
    expected.length > 0 ? `${plural(expected.length, "cause")} expected by the rules file` : "",
    accepted.length > 0 && review.acceptance ? `${plural(accepted.length, "cause")} accepted by @${review.acceptance.by}` : ""
  ].filter(Boolean).join(", ");
  if (judged.verdict !== "fail" || !review.units.some((u) => u.gating)) {
    return { verdict: judged.verdict, reason: covered && judged.verdict !== "error" ? `${judged.reason}; ${covered}` : judged.reason };
  }
  if (uncovered.length > 0) {
    const fresh = uncovered.filter((u) => u.state === "new");
    if (review.acceptance && fresh.length > 0) {
      return { verdict: "fail", reason: `${plural(fresh.length, "new cause")} since the acceptance by @${review.acceptance.by}: ${named(fresh)}` };
    }
    return { verdict: "fail", reason: covered ? `${judged.reason}; ${covered}, ${uncovered.length} not: ${named(uncovered)}` : judged.reason };
  }
  const slow = results.failOn === "never" ? [] : results.endpoints.filter((e) => e.latency?.gated);
  if (slow.length > 0) return { verdict: "fail", reason: `p95 latency regressed on ${plural(slow.length, "endpoint")}: ${describeSlowEndpoints(slow)}; ${covered}` };
  if (review.acceptance && accepted.length > 0) {
    const also = expected.length > 0 ? `; ${plural(expected.length, "cause")} expected by the rules file` : "";
    return { verdict: "pass", reason: `accepted by @${review.acceptance.by}: ${plural(accepted.length, "cause")} reviewed at ${review.acceptance.headSha.slice(0, 7)}${also}` };
  }
  return { verdict: "pass", reason: `every change that would fail the gate is expected by the rules file: ${covered}` };
}
function named(units) {
  const shown = units.slice(0, MAX_NAMED).map((u) => `${describeCause(u, PLAIN_INK)} on ${u.endpoint}`);
  return units.length > MAX_NAMED ? `${shown.join(", ")} and ${units.length - MAX_NAMED} more` : shown.join(", ");
}

// src/review/expectations.ts
function reviewExpectations(results, expectations) {
  const causes = (results.causes ?? causesOf(results.endpoints)).map((cause) => ({ ...cause, key: causeIdentityKey(cause) }));
  const matched = /* @__PURE__ */ new Set();
  const units = unitsOf(causes).map((unit) => {
    const reviewed = { ...unit, state: "open", gating: gates(unit.severity, results.failOn) };
    const expectation = expectations.find((e) => e.matches(unit));
    if (expectation) {
      matched.add(expectation.index);
      Object.assign(reviewed, { state: "expected", expectation: expectation.index }, expectation.reason !== void 0 ? { reason: expectation.reason } : {});
    }
    return reviewed;
  });
  const stale = expectations.filter((e) => !matched.has(e.index)).map(staleOf);
  const fingerprint2 = fingerprintOf(units.map((u) => u.key));
  const review = { fingerprint: fingerprint2, units, stale, judged: { verdict: results.verdict, reason: results.reason } };
  if (results.verdict === "error" && results.totals.compared === 0) review.stale = [];
  return { ...judgeReview(results, review), causes, fingerprint: fingerprint2, review };
}
function staleOf(e) {
  const stale = { index: e.index, change: e.change };
  if (e.endpoint !== void 0) stale.endpoint = e.endpoint;
  if (e.place !== void 0) stale.place = e.place;
  if (e.reason !== void 0) stale.reason = e.reason;
  if (e.line !== void 0) stale.line = e.line;
  return stale;
}

// src/score/noise-test.ts
var ALPHA = 0.01;
function isRegression(counts, tested = counts) {
  if (counts.differed === 0) return false;
  if (counts.varied === 0) return true;
  return mcnemarOneSided(tested.differedOnly, tested.variedOnly) < ALPHA;
}
function mcnemarOneSided(b, c) {
  const n = b + c;
  if (b === 0) return 1;
  let total = 0;
  for (let k = b; k <= n; k++) total += Math.exp(logChoose(n, k) - n * Math.LN2);
  return Math.min(1, total);
}
function logChoose(n, k) {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}
var logFactorials = [0];
function logFactorial(n) {
  for (let i = logFactorials.length; i <= n; i++) logFactorials[i] = logFactorials[i - 1] + Math.log(i);
  return logFactorials[n];
}

// src/score/rank.ts
function rankByImpact(endpoints) {
  return [...endpoints].sort(
    (a, b) => b.breaking - a.breaking || b.differing - a.differing || b.info - a.info || b.noiseCancelled - a.noiseCancelled || b.requests - a.requests || (a.endpoint < b.endpoint ? -1 : a.endpoint > b.endpoint ? 1 : 0)
  );
}
function classOf(endpoint) {
  if (endpoint.breaking > 0) return "breaking";
  if (endpoint.differing > 0) return "changed";
  if (endpoint.info > 0) return "info";
  if (endpoint.noiseCancelled > 0) return "noise";
  return "clean";
}

// src/score/judge.ts
var MAX_OTHER_EXAMPLES = 4;
var RANK3 = { breaking: 0, changed: 1, info: 2 };
function judge(tally, options = {}) {
  const endpoints = rankByImpact(tally.endpoints.map((endpoint) => judgeEndpoint(endpoint, options)));
  const totals = {
    endpoints: endpoints.length,
    endpointsDiffering: endpoints.filter((e) => e.differing > 0).length,
    endpointsBreaking: endpoints.filter((e) => e.breaking > 0).length,
    requests: sum(endpoints, "requests"),
    compared: sum(endpoints, "compared"),
    differing: sum(endpoints, "differing"),
    breaking: sum(endpoints, "breaking"),
    changed: sum(endpoints, "changed"),
    info: sum(endpoints, "info"),
    noiseCancelled: sum(endpoints, "noiseCancelled")
  };
  const score = totals.compared === 0 ? 0 : Math.round(1e3 * (totals.compared - totals.differing) / totals.compared) / 10;
  return { endpoints, totals, score };
}
function judgeEndpoint(tally, options) {
  const records = new Map(tally.examples.map((r) => [r.id, r]));
  const withRequests = placesWithRequests(tally.places);
  const judged = /* @__PURE__ */ new Map();
  for (const place of tally.places) {
    const space = place.key.lastIndexOf(" ");
    const sort = space === -1 ? "value" : place.key.slice(space + 1);
    const example = place.example?.difference ?? { kind: sort === "presence" ? "removed" : sort, path: place.pattern, pattern: place.pattern, severity: "info" };
    const stats2 = {
      key: place.key,
      pattern: place.pattern,
      kind: example.kind,
      severity: place.example ? place.severity : "info",
      counts: { ...place.counts },
      example,
      regression: isRegression(place.counts, place.tested)
    };
    if (place.changes.length > 0) {
      stats2.changes = place.changes.map(({ kind, severity, requests, from, to }) => {
        const change = { kind, severity, requests };
        if (from !== void 0) change.from = from;
        if (to !== void 0) change.to = to;
        return change;
      }).sort((a, b) => b.requests - a.requests || changeOrder(a, b));
    }
    const record = place.example && withRequests.has(place.key) ? records.get(place.example.id) : void 0;
    if (record) stats2.record = record;
    judged.set(place.key, stats2);
  }
  const stats = {
    endpoint: tally.endpoint,
    requests: tally.requests,
    compared: tally.compared,
    differing: 0,
    breaking: 0,
    changed: 0,
    info: 0,
    noiseCancelled: 0,
    places: [],
    noise: [],
    drifted: tally.drifted,
    drift: [...tally.drift].sort((a, b) => b.requests - a.requests || order(a.pattern, b.pattern) || order(a.key, b.key)).map((d) => ({ pattern: d.pattern, kind: d.example.difference.kind, requests: d.requests, example: d.example.difference }))
  };
  const byVariant = /* @__PURE__ */ new Map();
  for (const { keys, variant, requests } of tally.differedAt) {
    let counts = byVariant.get(variant);
    if (!counts) byVariant.set(variant, counts = { differing: 0, breaking: 0 });
    const real = keys.map((key) => judged.get(key)).filter((place) => place.regression);
    if (real.length === 0) stats.noiseCancelled += requests;
    else if (real.some((p) => p.severity === "breaking")) {
      stats.breaking += requests;
      counts.breaking += requests;
      counts.differing += requests;
    } else if (real.some((p) => p.severity === "changed")) {
      stats.changed += requests;
      counts.differing += requests;
    } else stats.info += requests;
  }
  stats.differing = stats.breaking + stats.changed;
  const ranked = [...judged.values()].sort(
    (a, b) => RANK3[a.severity] - RANK3[b.severity] || b.counts.differed - a.counts.differed || order(a.pattern, b.pattern) || order(a.key, b.key)
  );
  const strip = ({ record: _, key: __, ...place }) => place;
  stats.places = ranked.filter((p) => p.regression).map(strip);
  stats.noise = ranked.filter((p) => !p.regression && p.counts.varied > 0 && p.counts.differed > 0).map(strip);
  const worst = ranked.find((p) => p.regression && p.record);
  if (worst?.record) stats.example = exampleOf(worst.record, judged);
  const others = otherExamples(ranked, stats.example, judged);
  if (others.length > 0) stats.otherExamples = others;
  const variants = shownVariants(tally.variants, byVariant).map((v) => variantStats(v, records, judged));
  if (variants.length > 0) stats.variants = variants;
  if (options.latency && tally.latency.candidate.length > 0) {
    const { candidate, baseline, recorded } = tally.latency;
    stats.latency = judgeLatency({ candidate: samplesOf(candidate), baseline: samplesOf(baseline), recorded: samplesOf(recorded) }, options.latency);
  }
  return stats;
}
function shownVariants(variants, counts) {
  if (variants.length <= 1) return [];
  const all = variants.map((v) => ({ key: v.key, params: v.params, other: v.other, requests: v.requests, ...counts.get(v.key) ?? { differing: 0, breaking: 0 }, candidates: v.candidates })).sort((a, b) => Number(a.other) - Number(b.other) || b.requests - a.requests || compareNames(a.params, b.params) || order(a.key, b.key));
  const named2 = all.filter((v) => !v.other);
  if (named2.length <= MAX_VARIANTS && named2.length === all.length) return all;
  const kept = named2.slice(0, MAX_VARIANTS);
  const rest = [...named2.slice(MAX_VARIANTS), ...all.filter((v) => v.other)];
  if (rest.length === 0) return kept;
  const other = { key: OTHER_VARIANT, params: [], other: true, requests: 0, differing: 0, breaking: 0, candidates: [] };
  for (const v of rest) {
    other.requests += v.requests;
    other.differing += v.differing;
    other.breaking += v.breaking;
    for (const c of v.candidates) other.candidates.push(c);
  }
  other.candidates = other.candidates.sort((a, b) => before(a, b) ? -1 : before(b, a) ? 1 : 0).slice(0, VARIANT_CANDIDATES);
  return [...kept, other];
}
function variantStats(variant, records, judged) {
  const stats = { params: variant.params, requests: variant.requests, differing: variant.differing, breaking: variant.breaking };
  if (variant.other) stats.other = true;
  if (variant.differing > 0) {
    for (const { id } of variant.candidates) {
      const record = records.get(id);
      if (!record) continue;
      const example = exampleOf(record, judged);
      if (example.differences.some((d) => d.severity !== "info")) {
        stats.example = example;
        break;
      }
    }
  }
  return stats;
}
function otherExamples(ranked, first, judged) {
  const shown = new Set(first?.differences.map(changeKey) ?? []);
  const ids = new Set(first ? [first.id] : []);
  const out = [];
  for (const place of ranked) {
    if (out.length >= MAX_OTHER_EXAMPLES) break;
    if (!place.regression || !place.record || ids.has(place.record.id)) continue;
    if (shown.has(changeKey(place.example))) continue;
    const example = exampleOf(place.record, judged);
    if (example.differences.length === 0) continue;
    ids.add(example.id);
    for (const d of example.differences) shown.add(changeKey(d));
    out.push(example);
  }
  return out;
}
function exampleOf(record, judged) {
  const example = {
    id: record.id,
    method: record.method,
    url: record.url,
    requestHeaders: record.requestHeaders,
    differences: record.differences.filter(({ key }) => judged.get(key)?.regression).map(({ difference }) => difference)
  };
  if (record.requestBody) example.requestBody = record.requestBody;
  if (record.excerpts) example.excerpts = record.excerpts;
  return example;
}
function changeOrder(a, b) {
  const x = `${a.kind}\0${a.from ?? ""}\0${a.to ?? ""}`;
  const y = `${b.kind}\0${b.from ?? ""}\0${b.to ?? ""}`;
  return x < y ? -1 : x > y ? 1 : 0;
}
function order(x, y) {
  return x < y ? -1 : x > y ? 1 : 0;
}
function compareNames(a, b) {
  const x = a.join("&");
  const y = b.join("&");
  return x < y ? -1 : x > y ? 1 : 0;
}
function sum(endpoints, field) {
  return endpoints.reduce((total, e) => total + e[field], 0);
}

// src/score/suggest.ts
var SNIPPET_ROUTES = 30;
var SNIPPET_PATHS = 10;
var MAX_CHARS = 200;
var ROUTE = /^([A-Za-z]+|\*)\s+\/\S*$/;
var IGNORABLE = /^(\$|header:)/;
function noisyPlaces(endpoints) {
  return endpoints.flatMap((e) => e.noise.map((place) => ({ endpoint: e.endpoint, place })));
}
function suggestRules(endpoints) {
  return ignoreSnippet(noisyPlaces(endpoints));
}
function ignoreSnippet(noisy) {
  const byRoute = /* @__PURE__ */ new Map();
  for (const { endpoint, place } of noisy) {
    if (!ROUTE.test(endpoint) || endpoint.length > MAX_CHARS || !pasteable(place.pattern)) continue;
    const list = byRoute.get(endpoint) ?? [];
    if (!list.includes(place.pattern) && list.length < SNIPPET_PATHS) list.push(place.pattern);
    byRoute.set(endpoint, list);
  }
  if (byRoute.size === 0) return void 0;
  const lines = ["routes:"];
  for (const [endpoint, paths] of [...byRoute].slice(0, SNIPPET_ROUTES)) {
    lines.push(`  - match: ${yamlString(endpoint)}`, "    ignore:");
    appendAll(lines, paths.map((p) => `      - ${yamlString(p)}`));
  }
  return lines.join("\n");
}
function pasteable(pattern) {
  if (!IGNORABLE.test(pattern) || pattern.length > MAX_CHARS) return false;
  try {
    compilePathPattern(pattern);
    return true;
  } catch {
    return false;
  }
}
function yamlString(text) {
  return JSON.stringify(text).replace(/[^\x20-\x7e]/gu, (c) => {
    const code = c.codePointAt(0);
    return code > 65535 ? `\\U${code.toString(16).padStart(8, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

// src/partial.ts
var PARTIAL_VERSION = 1;
function emptyPartial(options, shard) {
  const now = (/* @__PURE__ */ new Date()).toISOString();
  return {
    kind: "replay-gate-partial",
    version: PARTIAL_VERSION,
    shard: { index: shard.index, count: shard.count },
    pins: { snapshot: { name: options.snapshot, objects: [] }, seed: options.seed ?? 0, rulesHash: options.rules?.hash ?? "defaults", gateVersion: packageVersion() },
    tally: emptyTally(options.seed ?? 0),
    target: withoutUserinfo(options.targetUrl),
    reference: options.baselineUrl ? { kind: "baseline", url: withoutUserinfo(options.baselineUrl) } : { kind: "recording" },
    failOn: options.failOn,
    latency: options.rules?.latency ?? DEFAULT_LATENCY_RULE,
    selection: { counts: emptySelectionCounts(), decodeErrors: 0, decodeIssues: [], unsendable: 0, unsendableIssues: [] },
    judged: 0,
    health: [],
    startedAt: now,
    finishedAt: now
  };
}
function judgePartials(partials, options = {}) {
  const first = partials[0];
  if (!first) return errorResults({ snapshot: "", targetUrl: "", failOn: options.failOn ?? "breaking" }, "cannot judge: no shard results to merge");
  const failOn = options.failOn ?? first.failOn;
  const results = errorResults({ snapshot: first.pins.snapshot.name, targetUrl: first.target, failOn }, "");
  results.reference = first.reference;
  results.startedAt = partials.map((p) => p.startedAt).sort()[0];
  results.finishedAt = partials.map((p) => p.finishedAt).sort().at(-1);
  const { selection } = first;
  Object.assign(results.snapshot, selection.counts, { decodeErrors: selection.decodeErrors, decodeIssues: selection.decodeIssues, unsendableIssues: selection.unsendableIssues });
  const unsplit = misshapen(partials);
  if (unsplit) {
    results.reason = `cannot judge: ${unsplit}`;
    return results;
  }
  const cancelled = partials.some((p) => p.cancelled);
  const failed = partials.filter((p) => p.error !== void 0);
  if (failed.length > 0) {
    const one = failed[0];
    results.reason = first.shard.count === 1 ? one.error : `shard ${names2(failed)} could not judge: ${one.error.replace(/^cannot judge: /, "")}`;
    if (cancelled) results.cancelled = true;
    return results;
  }
  const mismatch = disagreement(partials, options);
  if (mismatch) {
    results.reason = `cannot judge: ${mismatch}`;
    return results;
  }
  if (!cancelled) {
    for (const side of ["target", "baseline"]) {
      const counters = partials.flatMap((p) => p.health.filter((h) => h.side === side));
      if (counters.length === 0) continue;
      const health = TargetHealth.merged(counters.map((h) => h.counters));
      if (health.cannotJudge) {
        results.reason = `cannot judge: ${health.describe(`${side} ${counters[0].origin}`)}`;
        return results;
      }
    }
  }
  const tally = partials.length === 1 ? first.tally : mergeTallies(partials.map((p) => p.tally));
  const board = judge(tally, { latency: options.rules?.latency ?? first.latency });
  Object.assign(results, { score: board.score, totals: board.totals, endpoints: board.endpoints, causes: causesOf(board.endpoints) }, decide(board, failOn));
  const suggested = suggestRules(board.endpoints);
  if (suggested) results.suggestedRules = suggested;
  const { counts } = selection;
  if (counts.selected === 0) results.reason = `cannot judge: ${emptySelectionReason(selection)}`;
  Object.assign(results, reviewExpectations(results, options.rules?.expect ?? []));
  const judged = partials.reduce((total, p) => total + p.judged, 0);
  if (cancelled && judged < counts.selected) {
    const sofar = results.verdict === "error" ? "" : `; so far ${results.reason}`;
    Object.assign(results, { verdict: "error", reason: `cancelled after ${judged} of ${counts.selected} requests${sofar}`, cancelled: true });
  }
  return results;
}
function misshapen(partials) {
  const count = partials[0].shard.count;
  const counts = new Set(partials.map((p) => p.shard.count));
  if (counts.size > 1) return `the shards were split different ways: ${[...new Set(partials.map((p) => shardName(p.shard)))].join(", ")}`;
  const seen = /* @__PURE__ */ new Map();
  for (const p of partials) seen.set(p.shard.index, (seen.get(p.shard.index) ?? 0) + 1);
  const twice = [...seen].filter(([, n]) => n > 1).map(([index]) => `${index}/${count}`);
  if (twice.length > 0) return `shard ${twice.join(", ")} given more than once`;
  const missing = [];
  for (let index = 1; index <= count; index++) if (!seen.has(index)) missing.push(`${index}/${count}`);
  if (missing.length > 0) return `shard ${shortList(missing)} ${missing.length === 1 ? "is" : "are"} missing`;
  return void 0;
}
function disagreement(partials, options) {
  const reference2 = partials.find((p) => p.shard.index === 1);
  for (const [what, of] of PINNED) {
    const odd = partials.filter((p) => of(p) !== of(reference2));
    if (odd.length > 0) return `shard ${names2(odd)} ${odd.length === 1 ? "disagrees" : "disagree"} with shard ${shardName(reference2.shard)} on ${what}`;
  }
  if (options.rules && (options.rules.hash ?? "defaults") !== reference2.pins.rulesHash) return "the merge job's rules file differs from the one the shards ran with";
  return void 0;
}
var PINNED = [
  ["the gate version", (p) => p.pins.gateVersion],
  ["the snapshot (a different object or ETag: did a newer one arrive under the prefix?)", (p) => JSON.stringify(p.pins.snapshot)],
  ["the seed", (p) => String(p.pins.seed)],
  ["the rules (their hash)", (p) => p.pins.rulesHash + JSON.stringify(p.latency)],
  ["the target or reference", (p) => JSON.stringify([p.target, p.reference])],
  ["what the snapshot held (selection counts, decode issues)", (p) => JSON.stringify(p.selection)],
  ["the tally version", (p) => `${p.tally.kind} ${p.tally.version} ${p.tally.seed}`]
];
function names2(partials) {
  return shortList([...partials].sort((a, b) => a.shard.index - b.shard.index).map((p) => shardName(p.shard)));
}
function shortList(items) {
  return items.length > 5 ? `${items.slice(0, 5).join(", ")} and ${items.length - 5} more` : items.join(", ");
}
function emptySelectionReason(selection) {
  const { counts, decodeErrors, decodeIssues, unsendable, unsendableIssues } = selection;
  if (counts.read === 0 && decodeErrors > 0) {
    return `no exchange in the snapshot could be decoded (${decodeErrors} bad entries; first: ${describeIssue(decodeIssues[0])})`;
  }
  if (counts.read === 0) return "the snapshot holds no exchanges";
  const excluded = counts.skipped.excluded ? `, ${counts.skipped.excluded} are excluded by the select paths of the rules file` : "";
  const unsent = unsendable ? `, ${unsendable} cannot be sent as recorded (first: ${describeIssue(unsendableIssues[0])})` : "";
  return `none of the ${counts.read} exchanges may be replayed: ${counts.skipped.method} use methods outside the methods input${excluded}${unsent}`;
}

// src/partial-file.ts
import { mkdir, open, stat as stat2, writeFile } from "node:fs/promises";
import path5 from "node:path";
var PARTIAL_FILE = "partial.json";
var MAX_PARTIAL_BYTES = 256 * 1024 * 1024;
async function writePartial(dir, partial) {
  await mkdir(dir, { recursive: true });
  const file = path5.join(dir, PARTIAL_FILE);
  await writeFile(file, JSON.stringify(partial));
  return file;
}
async function readPartial(where) {
  const info = await stat2(where).catch(() => void 0);
  if (!info) throw new InputError(`${where}: no such file or folder`);
  const file = info.isDirectory() ? path5.join(where, PARTIAL_FILE) : where;
  const fileInfo = info.isDirectory() ? await stat2(file).catch(() => void 0) : info;
  if (!fileInfo?.isFile()) throw new InputError(`${where}: holds no ${PARTIAL_FILE} (a shard writes it with --shard i/n --out DIR)`);
  if (fileInfo.size > MAX_PARTIAL_BYTES) throw new InputError(`${file}: ${fileInfo.size} bytes, past the ${MAX_PARTIAL_BYTES} a partial may have`);
  const handle = await open(file, "r");
  let text;
  try {
    text = await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not JSON (${error.message.split("\n")[0]})`);
  }
  const wrong = whyNotPartial(value);
  if (wrong) throw new InputError(`${file}: ${wrong}`);
  return value;
}
function whyNotPartial(value) {
  if (!isObject(value)) return "not a replay-gate partial (not a JSON object)";
  if (value.kind !== "replay-gate-partial") return 'not a replay-gate partial (no "kind": "replay-gate-partial")';
  if (value.version !== PARTIAL_VERSION) return `a version ${String(value.version).slice(0, 20)} partial; this replay-gate reads version ${PARTIAL_VERSION}`;
  const { shard, pins, tally, selection, health } = value;
  if (!isObject(shard) || !isCount(shard.count) || shard.count < 1 || shard.count > MAX_SHARDS || !isCount(shard.index) || shard.index < 1 || shard.index > shard.count) {
    return 'its "shard" is not {index, count} with 1 <= index <= count';
  }
  if (!isObject(pins) || !isObject(pins.snapshot) || typeof pins.snapshot.name !== "string" || !Array.isArray(pins.snapshot.objects) || typeof pins.seed !== "number" || typeof pins.rulesHash !== "string" || typeof pins.gateVersion !== "string") return 'its "pins" are incomplete';
  if (!pins.snapshot.objects.every((o) => isObject(o) && typeof o.key === "string" && typeof o.etag === "string")) return 'its "pins" are incomplete';
  if (!isObject(tally) || tally.kind !== "replay-gate-tally" || tally.version !== 1 || typeof tally.seed !== "number" || !Array.isArray(tally.endpoints)) return 'its "tally" is not a version 1 tally';
  for (const endpoint of tally.endpoints) {
    const wrong = whyNotEndpoint(endpoint);
    if (wrong) return `its "tally" has a malformed endpoint${isObject(endpoint) && typeof endpoint.endpoint === "string" ? ` (${endpoint.endpoint.slice(0, 80)})` : ""}: ${wrong}`;
  }
  if (!isObject(selection) || !isObject(selection.counts) || !isCount(selection.counts.read) || !isCount(selection.counts.selected) || !isCount(selection.counts.endpoints) || !isObject(selection.counts.skipped) || !isCount(selection.decodeErrors) || !Array.isArray(selection.decodeIssues) || !isCount(selection.unsendable) || !Array.isArray(selection.unsendableIssues)) return 'its "selection" is incomplete';
  if (!Array.isArray(health) || !health.every((h) => isObject(h) && (h.side === "target" || h.side === "baseline") && typeof h.origin === "string" && isHealth(h.counters))) {
    return 'its "health" is malformed';
  }
  if (!isCount(value.judged) || typeof value.target !== "string" || !isObject(value.reference) || typeof value.failOn !== "string" || !isObject(value.latency)) {
    return "it lacks fields a partial has (judged, target, reference, failOn, latency)";
  }
  if (value.error !== void 0 && typeof value.error !== "string") return 'its "error" is not a line of text';
  return void 0;
}
function whyNotEndpoint(endpoint) {
  if (!isObject(endpoint) || typeof endpoint.endpoint !== "string") return "no name";
  if (!isCount(endpoint.requests) || !isCount(endpoint.compared) || !isCount(endpoint.drifted)) return "its counts";
  const { places, differedAt, variants, drift, examples, latency } = endpoint;
  if (!Array.isArray(places) || !places.every(isPlace)) return "its places";
  if (!Array.isArray(differedAt) || !differedAt.every((d) => isObject(d) && typeof d.variant === "string" && isStrings(d.keys) && isCount(d.requests))) return "its differedAt";
  if (!Array.isArray(variants) || !variants.every((v) => isObject(v) && typeof v.key === "string" && isStrings(v.params) && typeof v.other === "boolean" && isCount(v.requests) && Array.isArray(v.candidates) && v.candidates.every(isRanked))) return "its variants";
  if (!Array.isArray(drift) || !drift.every((d) => isObject(d) && typeof d.key === "string" && typeof d.pattern === "string" && isCount(d.requests) && isExample(d.example))) return "its drift";
  if (!Array.isArray(examples) || !examples.every((e) => isObject(e) && typeof e.id === "string" && typeof e.method === "string" && typeof e.url === "string" && isObject(e.requestHeaders) && Array.isArray(e.differences) && e.differences.every((d) => isObject(d) && typeof d.key === "string" && isDifference(d.difference)))) return "its examples";
  if (!isObject(latency) || !["candidate", "baseline", "recorded"].every((k) => isSampleCounts(latency[k], endpoint.requests))) return "its latency samples";
  return void 0;
}
function isSampleCounts(value, requests) {
  if (!Array.isArray(value)) return false;
  let total = 0;
  for (const pair of value) {
    if (!Array.isArray(pair) || pair.length !== 2 || !Number.isFinite(pair[0]) || !isCount(pair[1])) return false;
    total += pair[1];
  }
  return total <= requests;
}
function isHealth(counters) {
  if (!isObject(counters) || !["attempts", "failures", "serverErrors", "consecutive"].every((k) => isCount(counters[k]))) return false;
  const { refusals } = counters;
  return isTallied(counters.endpoints) && isObject(refusals) && isCount(refusals.requests) && isCount(refusals.refused) && Array.isArray(refusals.statuses) && refusals.statuses.every(isCount) && isTallied(refusals.endpoints);
}
function isTallied(value) {
  return Array.isArray(value) && value.every((entry) => Array.isArray(entry) && entry.length === 2 && typeof entry[0] === "string" && isObject(entry[1]) && isCount(entry[1].requests) && isCount(entry[1].failed));
}
function isPlace(place) {
  if (!isObject(place) || typeof place.key !== "string" || typeof place.pattern !== "string" || !isSeverity(place.severity)) return false;
  if (!isCounts(place.counts) || !isCounts(place.tested)) return false;
  if (place.example !== void 0 && !isExample(place.example)) return false;
  return Array.isArray(place.changes) && place.changes.every((c) => isObject(c) && typeof c.key === "string" && typeof c.kind === "string" && isSeverity(c.severity) && isCount(c.requests));
}
function isCounts(counts) {
  return isObject(counts) && isCount(counts.differed) && isCount(counts.varied) && isCount(counts.differedOnly) && isCount(counts.variedOnly);
}
function isRanked(value) {
  return isObject(value) && typeof value.rank === "number" && Number.isFinite(value.rank) && typeof value.id === "string";
}
function isExample(value) {
  return isRanked(value) && isDifference(value.difference);
}
function isDifference(value) {
  return isObject(value) && typeof value.kind === "string" && typeof value.path === "string" && typeof value.pattern === "string" && isSeverity(value.severity);
}
function isSeverity(value) {
  return value === "breaking" || value === "changed" || value === "info";
}
function isStrings(value) {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function isCount(value) {
  return Number.isSafeInteger(value) && value >= 0;
}

export {
  DIFFERENCE_KINDS,
  EMPTY_RULE_BOOK,
  appendAll,
  DEFAULT_CONFIG_PATH,
  loadRuleBook,
  parseRuleBook,
  diffWordsWithSpace,
  diffLines,
  ProgressLog,
  describeProgress,
  plural,
  forwardedHeaders,
  forwardedPath,
  carriesUserinfo,
  systemClock,
  retryAfterMs,
  SegmentCensus,
  causesOf,
  causeKey,
  differenceCauseKey,
  fromTo,
  unitKey,
  fingerprintOf,
  describeKind2 as describeKind,
  describeCause,
  describeReach,
  judgeReview,
  named,
  rankByImpact,
  classOf,
  noisyPlaces,
  ignoreSnippet,
  parseShard,
  shardName,
  packageVersion,
  emptyPartial,
  judgePartials,
  FramingError,
  BodyReader,
  readExchanges,
  resolveSnapshot,
  DecodeIssues,
  runGate,
  tallyGate,
  errorResults,
  PARTIAL_FILE,
  MAX_PARTIAL_BYTES,
  writePartial,
  readPartial
};
