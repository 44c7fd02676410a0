export declare const configSchema: {
    readonly $schema: 'https://json-schema.org/draft/2020-12/schema';
    readonly $id: 'https://github.com/replay-gate/replay-gate/replay-gate.schema.json';
    readonly title: 'replay-gate rules (.github/replay-gate.yml)';
    readonly type: 'object';
    readonly additionalProperties: false;
    readonly properties: {
        readonly ignore: {
            readonly description: 'Places never compared: JSON paths, or header:name.';
            readonly 'x-expected': 'a list of paths, or {paths: [...], headers: [...]}';
            readonly oneOf: readonly [{
                readonly type: 'array';
                readonly items: {
                    readonly type: 'string';
                    readonly pattern: '^(\\$|header:)';
                    readonly 'x-expected': 'a JSON path starting with $ (e.g. "$.items[*].price") or "header:name"';
                };
            }, {
                readonly type: 'object';
                readonly additionalProperties: false;
                readonly properties: {
                    readonly paths: {
                        readonly type: 'array';
                        readonly items: {
                            readonly type: 'string';
                            readonly pattern: '^(\\$|header:)';
                            readonly 'x-expected': 'a JSON path starting with $ (e.g. "$.items[*].price") or "header:name"';
                        };
                    };
                    readonly headers: {
                        readonly type: 'array';
                        readonly items: {
                            readonly type: 'string';
                            readonly pattern: '^[!#$%&\'*+.^_`|~0-9A-Za-z-]+$';
                            readonly 'x-expected': 'a header name';
                        };
                    };
                };
            }];
        };
        readonly headers: {
            readonly type: 'array';
            readonly items: {
                readonly type: 'string';
                readonly pattern: '^[!#$%&\'*+.^_`|~0-9A-Za-z-]+$';
                readonly 'x-expected': 'a header name';
            };
            readonly description: 'Response headers compared besides content-type.';
        };
        readonly unordered: {
            readonly description: 'Arrays compared as multisets, or matched by a key field.';
            readonly type: 'array';
            readonly items: {
                readonly 'x-expected': 'a JSON path, or {path: "$.items", key: "sku"}';
                readonly oneOf: readonly [{
                    readonly type: 'string';
                    readonly pattern: '^(\\$|header:)';
                    readonly 'x-expected': 'a JSON path starting with $ (e.g. "$.items[*].price") or "header:name"';
                }, {
                    readonly type: 'object';
                    readonly additionalProperties: false;
                    readonly required: readonly ['path'];
                    readonly properties: {
                        readonly path: {
                            readonly type: 'string';
                            readonly pattern: '^(\\$|header:)';
                            readonly 'x-expected': 'a JSON path starting with $ (e.g. "$.items[*].price") or "header:name"';
                        };
                        readonly key: {
                            readonly type: 'string';
                            readonly minLength: 1;
                        };
                    };
                }];
            };
        };
        readonly tolerance: {
            readonly description: 'Numeric tolerance per JSON path: absolute (0.01) or relative ("1%").';
            readonly type: 'object';
            readonly propertyNames: {
                readonly type: 'string';
                readonly pattern: '^(\\$|header:)';
                readonly 'x-expected': 'a JSON path starting with $ (e.g. "$.items[*].price") or "header:name"';
            };
            readonly additionalProperties: {
                readonly 'x-expected': 'a number or "N%"';
                readonly oneOf: readonly [{
                    readonly type: 'number';
                    readonly minimum: 0;
                }, {
                    readonly type: 'string';
                    readonly pattern: '^\\d+(\\.\\d+)?%$';
                }];
            };
        };
        readonly severity: {
            readonly description: 'Severity overrides per JSON path.';
            readonly type: 'object';
            readonly propertyNames: {
                readonly type: 'string';
                readonly pattern: '^(\\$|header:)';
                readonly 'x-expected': 'a JSON path starting with $ (e.g. "$.items[*].price") or "header:name"';
            };
            readonly additionalProperties: {
                readonly enum: readonly ['breaking', 'changed', 'info'];
            };
        };
        readonly routes: {
            readonly description: 'Per-route rules; `match` also names the endpoint requests are grouped under.';
            readonly type: 'array';
            readonly items: {
                readonly type: 'object';
                readonly additionalProperties: false;
                readonly required: readonly ['match'];
                readonly properties: {
                    readonly ignore: {
                        readonly description: 'Places never compared: JSON paths, or header:name.';
                        readonly 'x-expected': 'a list of paths, or {paths: [...], headers: [...]}';
                        readonly oneOf: readonly [{
                            readonly type: 'array';
                            readonly items: {
                                readonly type: 'string';
                                readonly pattern: '^(\\$|header:)';
                                readonly 'x-expected': 'a JSON path starting with $ (e.g. "$.items[*].price") or "header:name"';
                            };
                        }, {
                            readonly type: 'object';
                            readonly additionalProperties: false;
                            readonly properties: {
                                readonly paths: {
                                    readonly type: 'array';
                                    readonly items: {
                                        readonly type: 'string';
                                        readonly pattern: '^(\\$|header:)';
                                        readonly 'x-expected': 'a JSON path starting with $ (e.g. "$.items[*].price") or "header:name"';
                                    };
                                };
                                readonly headers: {
                                    readonly type: 'array';
                                    readonly items: {
                                        readonly type: 'string';
                                        readonly pattern: '^[!#$%&\'*+.^_`|~0-9A-Za-z-]+$';
                                        readonly 'x-expected': 'a header name';
                                    };
                                };
                            };
                        }];
                    };
                    readonly headers: {
                        readonly type: 'array';
                        readonly items: {
                            readonly type: 'string';
                            readonly pattern: '^[!#$%&\'*+.^_`|~0-9A-Za-z-]+$';
                            readonly 'x-expected': 'a header name';
                        };
                        readonly description: 'Response headers compared besides content-type.';
                    };
                    readonly unordered: {
                        readonly description: 'Arrays compared as multisets, or matched by a key field.';
                        readonly type: 'array';
                        readonly items: {
                            readonly 'x-expected': 'a JSON path, or {path: "$.items", key: "sku"}';
                            readonly oneOf: readonly [{
                                readonly type: 'string';
                                readonly pattern: '^(\\$|header:)';
                                readonly 'x-expected': 'a JSON path starting with $ (e.g. "$.items[*].price") or "header:name"';
                            }, {
                                readonly type: 'object';
                                readonly additionalProperties: false;
                                readonly required: readonly ['path'];
                                readonly properties: {
                                    readonly path: {
                                        readonly type: 'string';
                                        readonly pattern: '^(\\$|header:)';
                                        readonly 'x-expected': 'a JSON path starting with $ (e.g. "$.items[*].price") or "header:name"';
                                    };
                                    readonly key: {
                                        readonly type: 'string';
                                        readonly minLength: 1;
                                    };
                                };
                            }];
                        };
                    };
                    readonly tolerance: {
                        readonly description: 'Numeric tolerance per JSON path: absolute (0.01) or relative ("1%").';
                        readonly type: 'object';
                        readonly propertyNames: {
                            readonly type: 'string';
                            readonly pattern: '^(\\$|header:)';
                            readonly 'x-expected': 'a JSON path starting with $ (e.g. "$.items[*].price") or "header:name"';
                        };
                        readonly additionalProperties: {
                            readonly 'x-expected': 'a number or "N%"';
                            readonly oneOf: readonly [{
                                readonly type: 'number';
                                readonly minimum: 0;
                            }, {
                                readonly type: 'string';
                                readonly pattern: '^\\d+(\\.\\d+)?%$';
                            }];
                        };
                    };
                    readonly severity: {
                        readonly description: 'Severity overrides per JSON path.';
                        readonly type: 'object';
                        readonly propertyNames: {
                            readonly type: 'string';
                            readonly pattern: '^(\\$|header:)';
                            readonly 'x-expected': 'a JSON path starting with $ (e.g. "$.items[*].price") or "header:name"';
                        };
                        readonly additionalProperties: {
                            readonly enum: readonly ['breaking', 'changed', 'info'];
                        };
                    };
                    readonly match: {
                        readonly type: 'string';
                        readonly pattern: '^([A-Za-z]+|\\*)\\s+/\\S*$';
                        readonly 'x-expected': 'a route template like "GET /api/orders/{id}"';
                    };
                    readonly source: {
                        readonly type: 'string';
                        readonly description: 'The file (and :line) that serves the route, for annotations.';
                    };
                    readonly requestHeaders: {
                        readonly description: 'Headers added to this route\'s requests only, after the headers input (a name in both takes this value). Each value names an environment variable ("$ADMIN_TOKEN" or "${ADMIN_TOKEN}"), so no secret is written in the file; values are masked like the headers input.';
                        readonly type: 'object';
                        readonly 'x-secret': true;
                        readonly propertyNames: {
                            readonly type: 'string';
                            readonly pattern: '^[!#$%&\'*+.^_`|~0-9A-Za-z-]+$';
                            readonly 'x-expected': 'a header name';
                        };
                        readonly additionalProperties: {
                            readonly type: 'string';
                            readonly pattern: '^\\$(\\{[A-Za-z_][A-Za-z0-9_]*\\}|[A-Za-z_][A-Za-z0-9_]*)$';
                            readonly 'x-expected': 'an environment variable, "$NAME" or "${NAME}" (never the secret itself)';
                            readonly 'x-secret': true;
                        };
                    };
                };
            };
        };
        readonly latency: {
            readonly description: 'Response-time regressions per endpoint (p95 against the baseline, else against the recorded durations): always reported; gate: true fails the gate on them.';
            readonly type: 'object';
            readonly additionalProperties: false;
            readonly properties: {
                readonly gate: {
                    readonly type: 'boolean';
                    readonly description: 'Fail the gate on a latency regression (default false: report only).';
                };
                readonly minSamples: {
                    readonly type: 'integer';
                    readonly minimum: 5;
                    readonly description: 'Samples needed on each side (default 20).';
                };
                readonly ratio: {
                    readonly type: 'number';
                    readonly minimum: 1;
                    readonly description: 'Candidate p95 at least this many times the reference p95 (default 1.5).';
                };
                readonly minDeltaMs: {
                    readonly type: 'number';
                    readonly minimum: 0;
                    readonly description: 'And slower by at least this many milliseconds (default 20).';
                };
            };
        };
        readonly select: {
            readonly description: 'Which recorded requests may be replayed, before sampling: path globs (picomatch syntax: * within a segment, ** across, ?, {a,b}, [0-9], +(a|b)) on the path without the query, and methods.';
            readonly type: 'object';
            readonly additionalProperties: false;
            readonly properties: {
                readonly include: {
                    readonly type: 'array';
                    readonly items: {
                        readonly type: 'string';
                        readonly pattern: '^[/*]';
                        readonly 'x-expected': 'a path glob starting with / (e.g. "/api/**")';
                    };
                    readonly description: 'Only paths matching one of these are replayed.';
                };
                readonly exclude: {
                    readonly type: 'array';
                    readonly items: {
                        readonly type: 'string';
                        readonly pattern: '^[/*]';
                        readonly 'x-expected': 'a path glob starting with / (e.g. "/api/**")';
                    };
                    readonly description: 'Paths matching one of these are never replayed.';
                };
                readonly methods: {
                    readonly type: 'array';
                    readonly description: 'Only these methods are replayed (within the methods input).';
                    readonly items: {
                        readonly type: 'string';
                        readonly pattern: '^[A-Za-z]+$';
                        readonly 'x-expected': 'an HTTP method such as GET';
                    };
                };
            };
        };
        readonly credentials: {
            readonly description: 'Recorded request headers and query parameters that carry credentials: never sent to a target, shown as *** in every report. Defaults: authorization, proxy-authorization, cookie, set-cookie, x-api-key, x-auth-token, x-csrf-token, and names that look like credentials (token, secret, password, session, signature, credential, api key, auth). Names match in any case, with - and _ alike.';
            readonly type: 'object';
            readonly additionalProperties: false;
            readonly properties: {
                readonly headers: {
                    readonly type: 'array';
                    readonly items: {
                        readonly type: 'string';
                        readonly pattern: '^[!#$%&\'*+.^_`|~0-9A-Za-z-]+$';
                        readonly 'x-expected': 'a header name';
                    };
                    readonly description: 'More request header names that carry credentials.';
                };
                readonly query: {
                    readonly type: 'array';
                    readonly items: {
                        readonly type: 'string';
                        readonly minLength: 1;
                        readonly 'x-expected': string;
                    };
                    readonly description: 'More query parameter names that carry credentials.';
                };
                readonly allow: {
                    readonly type: 'array';
                    readonly items: {
                        readonly type: 'string';
                        readonly minLength: 1;
                        readonly 'x-expected': string;
                    };
                    readonly description: 'Names the defaults take for credentials that are not: sent and shown like any other. Each must be such a default, named exactly.';
                };
            };
        };
        readonly redact: {
            readonly description: 'Values never shown in any report: JSON paths, header:name, query:name.';
            readonly type: 'array';
            readonly items: {
                readonly type: 'string';
                readonly pattern: '^(\\$|header:|query:)';
                readonly 'x-expected': 'a JSON path, "header:name" or "query:name"';
            };
        };
        readonly expect: {
            readonly description: 'Changes this pull request makes on purpose, reviewed with the code: a cause (see the report\'s "What changed") matching an entry is marked expected in every report and does not fail the gate. An entry that matches nothing is reported as stale.';
            readonly type: 'array';
            readonly items: {
                readonly type: 'object';
                readonly additionalProperties: false;
                readonly required: readonly ['endpoint', 'change'];
                readonly properties: {
                    readonly endpoint: {
                        readonly type: 'string';
                        readonly pattern: '^([A-Za-z]+|\\*)\\s+/\\S*$';
                        readonly 'x-expected': 'a route template like "GET /api/orders/{id}" ({name} or * for any one segment, * for any method)';
                    };
                    readonly place: {
                        readonly type: 'string';
                        readonly pattern: '^(\\$|header:|status$|body$)';
                        readonly 'x-expected': 'a JSON path starting with $ (e.g. "$.items[*].price"), "header:name", "status" or "body"';
                        readonly description: 'Where the change is; any place when absent.';
                    };
                    readonly change: {
                        readonly enum: readonly import("../compare/types.js").DifferenceKind[];
                        readonly description: 'The sort of change, as the report names it.';
                    };
                    readonly from: {
                        readonly type: 'string';
                        readonly minLength: 1;
                        readonly description: 'What it was: a JSON type, a status or a media type (any when absent).';
                    };
                    readonly to: {
                        readonly type: 'string';
                        readonly minLength: 1;
                        readonly description: 'What it became (any when absent).';
                    };
                    readonly reason: {
                        readonly type: 'string';
                        readonly minLength: 1;
                        readonly description: 'Why, shown beside the cause in every report.';
                    };
                };
            };
        };
    };
};
