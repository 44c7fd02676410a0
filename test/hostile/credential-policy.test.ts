// The credential policy and the secret masker on their own: which names are credentials (and
// which are not), what is left out of a forwarded request, and how secrets are masked in text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import fc from 'fast-check';
import { compareOutcome } from '../../src/compare/compare-exchange.js';
import { Redactor } from '../../src/compare/redact.js';
import { renderValue } from '../../src/compare/render.js';
import { DEFAULT_RULES } from '../../src/compare/types.js';
import { parseRuleBook } from '../../src/config/load.js';
import { ConfigError, InputError } from '../../src/errors.js';
import { readInputs } from '../../src/inputs.js';
import { outgoingRequest } from '../../src/replay/outgoing.js';
import { Target } from '../../src/replay/target.js';
import type { ReplayOutcome } from '../../src/replay/types.js';
import { curlCommand, reproductionOf } from '../../src/report/curl.js';
import { CredentialPolicy, DEFAULT_CREDENTIAL_POLICY, looksLikeCredential } from '../../src/secrets/credential-policy.js';
import { queryParams, rewriteQuery } from '../../src/secrets/query-string.js';
import { SecretMasker } from '../../src/secrets/secret-masker.js';
import { carriesUserinfo, withoutUserinfo } from '../../src/secrets/url-credentials.js';
import type { Exchange } from '../../src/snapshot/types.js';
import { projectRoot } from '../../stack/project-root.js';
import { json } from '../corpus/answers.js';

const CREDENTIAL_NAMES = [
  'authorization', 'Proxy-Authorization', 'x-preview-token', 'api_key', 'apiKey', 'X-APIKey', 'X-Amz-Signature', 'X-Amz-Credential',
  'sessionid', 'PHPSESSID', 'JSESSIONID', 'x-session-id', 'access_token', 'accessToken', 'refresh_token', 'id_token', 'x-auth', 'auth',
  'authToken', 'oauth_token', 'OAuthToken', 'oauth2', 'x-authz', 'client_secret', 'password', 'db_passwd', 'x-csrf-token', '_csrf', 'x-xsrf-token',
];
const ORDINARY_NAMES = [
  'author', 'authors', 'Author', 'x-author', 'authorId', 'authority', 'coauthor', 'page', 'pageToken', 'page_token', 'nextPageToken', 'next_token',
  'continuation-token', 'sync_token', 'accept', 'user-agent', 'content-type', 'x-request-id', 'q', 'sort', 'keyboard', 'cursor', 'expand',
];

test('names that look like credentials are credentials; author, pagination tokens and ordinary names are not', (t) => {
  t.deepEqual(CREDENTIAL_NAMES.filter((name) => !looksLikeCredential(name) && !DEFAULT_CREDENTIAL_POLICY.isCredentialHeader(name)), []);
  t.deepEqual(ORDINARY_NAMES.filter((name) => looksLikeCredential(name)), []);
  // `?author=` must never count as `auth`: a blog's listing by author would lose its filter.
  t.false(DEFAULT_CREDENTIAL_POLICY.isCredentialQuery('author'));
  t.is(DEFAULT_CREDENTIAL_POLICY.forwardableUrl('/posts?author=ann&token=t0k3n'), '/posts?author=ann');
});

test('the verdict does not depend on case, nor on - against _', (t) => {
  const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,24}$/);
  t.notThrows(() => fc.assert(fc.property(fc.oneof(name, fc.constantFrom(...CREDENTIAL_NAMES, ...ORDINARY_NAMES)), (n) => {
    const lower = looksLikeCredential(n.toLowerCase());
    return looksLikeCredential(n.toUpperCase()) === lower
      && looksLikeCredential(n.toLowerCase().replace(/_/g, '-')) === lower
      && looksLikeCredential(n.toLowerCase().replace(/-/g, '_')) === lower;
  }), { numRuns: 2000 }));
});

test('the default list holds cookies and tokens whose names say nothing; the rules file adds names and allows only by name', (t) => {
  for (const name of ['cookie', 'set-cookie', 'x-api-key', 'x-auth-token', 'x-csrf-token', 'proxy-authorization']) {
    t.true(DEFAULT_CREDENTIAL_POLICY.isCredentialHeader(name), name);
  }
  const policy = new CredentialPolicy({ headers: ['X-Tenant-Key'], query: ['sid'], allow: ['x-session-id'] });
  t.true(policy.isCredentialHeader('x-tenant-key'));
  t.true(policy.isCredentialQuery('SID'));
  t.false(policy.isCredentialHeader('x-session-id'));
  t.false(policy.isCredentialHeader('X_Session_Id'), 'allowed whatever its case, with _ for -');
  t.true(policy.isCredentialHeader('x-session-token'), 'only the name allowed is lifted');
  t.false(policy.isCredentialQuery('x-tenant-key'), 'a header name added is not a query parameter name');
});

test('forwarding drops credential query parameters entirely and keeps every other byte of the URL', (t) => {
  const policy = DEFAULT_CREDENTIAL_POLICY;
  t.is(policy.forwardableUrl('/a?x=1&token=abc&api_key=k%20y&y=a+b&access_token='), '/a?x=1&y=a+b');
  t.is(policy.forwardableUrl('/a?token=abc'), '/a');
  t.is(policy.forwardableUrl('/a?%74oken=abc&q=%E2%9C%93'), '/a?q=%E2%9C%93', 'a percent-encoded name is still the name');
  t.is(policy.forwardableUrl('/a?q=1&&b'), '/a?q=1&&b', 'untouched when nothing is a credential');
  fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom('q', 'page', 'token', 'api_key', 'sort'), fc.string()), { maxLength: 6 }), (params) => {
    const url = `/p?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
    const sent = queryParams(policy.forwardableUrl(url));
    return sent.every((p) => !policy.isCredentialQuery(p.name)) && sent.length === params.filter(([k]) => !policy.isCredentialQuery(k)).length;
  }));
});

test('rewriteQuery replaces a value after the recorded name, encoded', (t) => {
  t.is(rewriteQuery('/a?T=1&b=2', (name) => (name === 'T' ? 'x y' : undefined)), '/a?T=x%20y&b=2');
  t.is(rewriteQuery('/a', () => null), '/a');
  // Against the plain reading: split on &, name before the first =.
  const part = fc.stringMatching(/^[a-c=%+]{0,4}$/);
  t.notThrows(() => fc.assert(fc.property(fc.array(part, { maxLength: 5 }), fc.constantFrom('a', 'b', 'ab'), (parts, dropped) => {
    const url = `/p?${parts.join('&')}`;
    const expected = parts.filter((p) => {
      const name = p.split('=')[0]!;
      return !name || queryParams(`?${name}`)[0]?.name !== dropped;
    });
    const changed = expected.length !== parts.length;
    return rewriteQuery(url, (name) => (name === dropped ? null : undefined)) === (!changed ? url : expected.length ? `/p?${expected.join('&')}` : '/p');
  }), { numRuns: 2000 }));
});

test('the recorded values of a request: header values, credentials without their scheme, cookie values, query values', (t) => {
  const values = DEFAULT_CREDENTIAL_POLICY.recordedValues({
    url: '/x?token=a%2Fb&page=2',
    headers: { authorization: 'Bearer prod-bearer', cookie: 'sid=prod-cookie; theme=dark', accept: 'json' },
  });
  t.deepEqual(values.sort(), ['Bearer prod-bearer', 'a%2Fb', 'a/b', 'dark', 'prod-bearer', 'prod-cookie', 'sid=prod-cookie; theme=dark'].sort());
});

test('the outgoing request: credentials left out, the headers input added, a route header winning on its route', (t) => {
  const exchange: Exchange = {
    id: 'r1',
    request: {
      method: 'GET', url: '/api/orders/1?token=prod&expand=items',
      headers: { authorization: 'Bearer prod', 'x-session-id': 'trace-1', 'x-tenant-key': 'prod-tenant', accept: 'json' },
      body: null,
    },
  };
  const policy = new CredentialPolicy({ headers: ['x-tenant-key'], allow: ['x-session-id'] });
  const request = outgoingRequest(exchange, '', { 'x-preview-token': 'ci', authorization: 'Bearer ci-admin' }, policy);
  t.is(request.path, '/api/orders/1?expand=items');
  t.deepEqual(request.headers, { 'x-session-id': 'trace-1', accept: 'json', 'accept-encoding': 'gzip, deflate, br', 'x-preview-token': 'ci', authorization: 'Bearer ci-admin' });
  t.is(outgoingRequest(exchange, '', {}).headers['x-tenant-key'], 'prod-tenant', 'not a credential by default');
  t.false('x-session-id' in outgoingRequest(exchange, '', {}).headers, 'a session id is a credential by default');
});

test('the curl sends what the replay sent, with the same policy: credentials out, added headers as ***', (t) => {
  const rules = parseRuleBook(
    'credentials: {headers: [x-tenant-key], query: [sid]}\nroutes:\n  - match: "GET /api/admin"\n    requestHeaders: {authorization: "$ADMIN"}\n',
    'rules.yml', { ADMIN: 'admin-secret' },
  );
  const reproduction = reproductionOf({ 'x-preview-token': 'ci-secret' }, rules);
  const example = {
    id: 'r1', method: 'GET', url: '/api/admin?sid=***&q=1&access_token=***', differences: [],
    requestHeaders: { accept: 'json', 'x-tenant-key': '***', cookie: '***', host: 'prod' },
  };
  t.is(
    curlCommand(example, 'https://pr-1.example', reproduction.credentials, reproduction.addedHeaders('GET /api/admin')),
    "curl -sS -i -H 'accept: json' -H 'x-preview-token: ***' -H 'authorization: ***' 'https://pr-1.example/api/admin?q=1'",
  );
  t.deepEqual(reproduction.addedHeaders('GET /api/other'), ['x-preview-token']);
});

test('the masker masks every occurrence, percent-encoded and JSON-escaped too, and leaves values under 4 characters alone', (t) => {
  const masker = new SecretMasker(['s3cr3t/v@lue "q"', 'abc', 'tok-1234']);
  t.is(masker.mask('a s3cr3t/v@lue "q" b s3cr3t%2Fv%40lue%20%22q%22 c s3cr3t%2fv%40lue+%22q%22 d s3cr3t/v@lue \\"q\\"'), 'a *** b *** c *** d ***');
  t.is(masker.mask('abc tok-1234tok-1234'), 'abc ******');
  t.deepEqual(masker.maskDeep({ 'tok-1234': ['x tok-1234', 1, null], n: 2 }), { '***': ['x ***', 1, null], n: 2 });
  t.true(new SecretMasker(['ab', '']).empty);
  let gathered = 0;
  const lazy = masker.with(() => {
    gathered++;
    return ['later-secret'];
  });
  t.is(gathered, 0, 'values are gathered only when something is masked');
  t.is(lazy.mask('later-secret tok-1234'), '*** ***');
  lazy.mask('again');
  t.is(gathered, 1);
});

test('a value cut to length never keeps a prefix of a secret: masking comes first', (t) => {
  const secret = 'prefix-of-a-long-secret-value';
  const masker = new SecretMasker([secret]);
  const mask = (text: string) => masker.mask(text);
  for (let pad = 60; pad < 90; pad++) {
    const shown = renderValue({ note: `${'x'.repeat(pad)}${secret}` }, 80, mask);
    t.false(shown.includes(secret.slice(0, 6)), shown);
  }
  // Excerpts: the cut moves past a secret that runs across it; many secrets before it shift nothing into view.
  for (let pad = 20; pad < 60; pad++) {
    const text = `${`${secret} `.repeat(3)}${'x'.repeat(pad)}${secret}${'y'.repeat(100)}`;
    const shown = masker.maskPrefix(text, 120);
    t.true(shown.cut);
    t.false(shown.text.includes(secret.slice(0, 4)), shown.text);
  }
  t.deepEqual(masker.maskPrefix(`a ${secret}`, 100), { text: 'a ***', cut: false });
  t.deepEqual(new SecretMasker().maskPrefix('abcdef', 3), { text: 'abc', cut: true });
});

function outcome(request: Exchange['request'], recorded: ReturnType<typeof json>, candidate: ReturnType<typeof json>): ReplayOutcome {
  return { selected: { endpoint: 'GET /x', exchange: { id: 'r1', request } }, recorded, candidate: [{ response: candidate }, { response: candidate }] };
}

test('a recorded credential echoed by production is masked in that exchange’s differences and excerpts', (t) => {
  const request = { method: 'GET', url: '/x?access_token=query-secret-1', headers: { authorization: 'Bearer header-secret-1', cookie: 'sid=cookie-secret-1' }, body: null };
  const recorded = json({ user: 'ann', echo: 'header-secret-1', q: 'query-secret-1', c: 'cookie-secret-1', n: 1 });
  const comparison = compareOutcome(outcome(request, recorded, json({ user: 'ann', n: 2 })), { rules: DEFAULT_RULES, redactor: new Redactor([]) });
  comparison.materialise?.();
  const everything = JSON.stringify(comparison);
  for (const secret of ['header-secret-1', 'query-secret-1', 'cookie-secret-1']) t.false(everything.includes(secret), secret);
  t.is(comparison.url, '/x?access_token=***');
  t.deepEqual(comparison.requestHeaders, { authorization: '***', cookie: '***' });
  t.true(comparison.excerpts!.expected.includes('"echo": "***"'));
  t.true(comparison.differences.some((d) => d.path === '$.echo' && d.expected === '"***"'));
});

test('a compared response header that is a credential shows as ***; the headers input values are masked in any other', (t) => {
  const rules = { ...DEFAULT_RULES, headers: ['set-cookie', 'x-echo'] };
  const request = { method: 'GET', url: '/x', headers: {}, body: null };
  const a = json({}, 200, { 'set-cookie': 'sid=one', 'x-echo': 'plain' });
  const b = json({}, 200, { 'set-cookie': 'sid=two', 'x-echo': 'says ci-preview-secret' });
  const redactor = new Redactor([], { secrets: new SecretMasker(['ci-preview-secret']) });
  const comparison = compareOutcome(outcome(request, a, b), { rules, redactor });
  t.deepEqual(comparison.differences.map((d) => [d.path, d.expected, d.actual]), [['header:set-cookie', '***', '***'], ['header:x-echo', 'plain', 'says ***']]);
});

test('credentials in a deployment URL are refused with one line that never holds them', (t) => {
  // Any password, written as a URL carries it (percent-encoded where it must be).
  const password = fc.string({ minLength: 4, unit: 'grapheme' });
  fc.assert(fc.property(password, fc.constantFrom('target-url', 'baseline-url'), (secret, input) => {
    const url = `https://deploy:${encodeURIComponent(secret)}@pr-1.preview.example`;
    try {
      readInputs((name) => ({ snapshot: 's3://b/k', 'target-url': 'https://ok.example', [input]: url })[name] ?? '', '/w');
    } catch (error) {
      return error instanceof InputError && error.message === `input "${input}" must not carry credentials (user:password@); send them with input "headers" instead`;
    }
    return false;
  }), { numRuns: 300 });
  const options = { concurrency: 1, rateLimit: 0, timeoutMs: 10, maxBodyBytes: 10 };
  // Written raw, a password can break the URL apart; whatever the parser makes of it, it is refused unprinted.
  for (const raw of ['http://u:pa/ss@host', 'https://u:#pa55@host', 'https://u:?pa55@host', 'https://u:pa55@host']) {
    const error = t.throws(() => new Target(raw, options), { instanceOf: InputError }, raw);
    t.false(error!.message.includes('pa55') || error!.message.includes('pa/ss'), error!.message);
  }
  t.true(carriesUserinfo('https://user@host'));
  t.false(carriesUserinfo('https://host/users/@me'));
  t.is(withoutUserinfo('https://u:p%40ss@host/base'), 'https://***@host/base');
  t.is(withoutUserinfo('https://host/base'), 'https://host/base');
  const query = t.throws(() => new Target('https://host/?access_token=q-secret', options));
  t.false(query!.message.includes('q-secret'));
});

const configMistakes: [string, Record<string, string>, string][] = [
  ['routes:\n  - match: "GET /a"\n    requestHeaders: {authorization: "Bearer literal-secret"}', {},
    'config rules.yml: routes[0].requestHeaders["authorization"]: expected an environment variable, "$NAME" or "${NAME}" (never the secret itself), got a value not repeated here (it may be a secret)'],
  ['routes:\n  - match: "GET /a"\n    requestHeaders: {authorization: 12345678}', {},
    'config rules.yml: routes[0].requestHeaders["authorization"]: expected an environment variable, "$NAME" or "${NAME}" (never the secret itself), got a value not repeated here (it may be a secret)'],
  ['routes:\n  - match: "GET /a"\n    requestHeaders: "Bearer literal-secret"', {},
    'config rules.yml: routes[0].requestHeaders: expected a mapping, got a value not repeated here (it may be a secret)'],
  ['routes:\n  - match: "GET /a"\n    requestHeaders: {authorization: "${ADMIN_TOKEN}"}', { OTHER: 'x' },
    'config rules.yml: routes[0].requestHeaders.authorization: environment variable ADMIN_TOKEN is not set (or is empty); set it in the step\'s env:'],
  ['routes:\n  - match: "GET /a"\n    requestHeaders: {"bad header": "$X"}', { X: 'x' },
    'config rules.yml: routes[0].requestHeaders["bad header"]: expected a header name as the key, got "bad header"'],
  // An environment value the client could not send (a pasted token with a newline): said once, naming the route, never quoting it.
  ['routes:\n  - match: "GET /a"\n    requestHeaders: {authorization: "$BROKEN"}', { BROKEN: 'Bearer line-one\nline-two' },
    'config rules.yml: routes[0].requestHeaders: the value of header "authorization" holds U+000A (character 16)'],
  ['credentials: {allow: [accept]}', {},
    'config rules.yml: credentials.allow[0]: "accept" is not a credential by default, so there is nothing to allow; allow lists only names the defaults take for credentials'],
  ['credentials: {headers: [x-tenant], allow: [x-tenant]}', {},
    'config rules.yml: credentials.allow[0]: "x-tenant" is also listed as a credential in credentials.headers or credentials.query; keep it in one of them'],
  ['credentials: {query: [""]}', {}, 'config rules.yml: credentials.query[0]: must not be empty'],
  ['credentials: {cookies: [a]}', {}, 'config rules.yml: credentials.cookies: unknown setting; expected one of headers, query, allow'],
];

for (const [index, [text, env, message]] of configMistakes.entries()) {
  test(`a credentials mistake in the rules file is one line (${index}): ${message.slice(18, 70)}`, (t) => {
    const error = t.throws(() => parseRuleBook(text, 'rules.yml', env), { instanceOf: ConfigError });
    t.is(error!.message, message);
    t.false(error!.message.includes('literal-secret'));
  });
}

test('route request headers come from the environment, lower-cased, on their route only', (t) => {
  const book = parseRuleBook('routes:\n  - match: "GET /api/admin/{id}"\n    requestHeaders: {Authorization: "$ADMIN_TOKEN", x-role: "${ROLE}"}\n', 'rules.yml', { ADMIN_TOKEN: 'Bearer adm', ROLE: 'ops' });
  t.deepEqual(book.requestHeaders('GET /api/admin/{id}'), { authorization: 'Bearer adm', 'x-role': 'ops' });
  t.deepEqual(book.requestHeaders('GET /api/orders/{id}'), {});
  t.deepEqual(book.requestHeaderValues, ['Bearer adm', 'ops']);
});

test('the README’s rules file example is a valid rules file, credentials and route headers included', (t) => {
  const readme = readFileSync(path.join(projectRoot(), 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Rules file'));
  const example = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
  const book = parseRuleBook(example, 'README.md', { ADMIN_TOKEN: 'Bearer from-env' });
  t.deepEqual(book.requestHeaders('GET /api/admin/{id}'), { authorization: 'Bearer from-env' });
  t.true(book.credentials.isCredentialHeader('x-tenant-key'));
  t.false(book.credentials.isCredentialHeader('x-session-id'));
});

test('the curl reproduces the body that was sent: JSON and forms with credential fields ***, other text as is, large or binary by size', (t) => {
  const example = (body: Exchange['request']['body'], redact: string[] = []) => {
    const request: Exchange['request'] = { method: 'POST', url: '/api/login', headers: { 'content-type': 'application/json' }, body };
    const comparison = compareOutcome(outcome(request, json({ ok: true }), json({ ok: false })), { rules: DEFAULT_RULES, redactor: new Redactor(redact) });
    return { id: comparison.id, method: comparison.method, url: comparison.url, requestHeaders: comparison.requestHeaders, differences: [], ...(comparison.requestBody ? { requestBody: comparison.requestBody } : {}) };
  };
  const curl = (body: Exchange['request']['body'], redact: string[] = []) => curlCommand(example(body, redact), 'http://pr.local', DEFAULT_CREDENTIAL_POLICY, []);
  const login = curl('{"user":"ann","password":"hunter2-prod","nested":{"api_key":"k-123456"},"items":[1,2]}');
  t.regex(login, /-X 'POST' .*--data-binary '\{"user":"ann","password":"\*\*\*","nested":\{"api_key":"\*\*\*"\},"items":\[1,2\]\}' 'http:\/\/pr\.local\/api\/login'$/);
  t.false(login.includes('hunter2') || login.includes('k-123456'));
  t.regex(curl('user=ann&access_token=tok-secret-1'), /--data-binary 'user=ann&access_token=\*\*\*'/);
  t.regex(curl('plain words'), /--data-binary 'plain words'/);
  // With a redact rule on, free text is not shown: the body goes from a file.
  t.regex(curl('plain words', ['$.x']), /^# the 11-byte body recorded with exchange .* is not shown[^\n]*\n.* --data-binary @request-body\.bin$/);
  t.regex(curl({ base64: Buffer.from([0, 1, 2, 3]).toString('base64') }), /4-byte body .* --data-binary @request-body\.bin$/s);
  t.false(curl(null).includes('--data-binary'));
});
