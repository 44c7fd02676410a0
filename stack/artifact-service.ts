// A local stand-in for the GitHub Actions artifact service that @actions/artifact (v2+) talks to:
// the results service's Twirp API (CreateArtifact, FinalizeArtifact, ListArtifacts,
// GetSignedArtifactURL) and the blob storage the signed URLs point at (Azure block blob protocol:
// Put Block, Put Block List, Put Blob to upload; Get Blob to download). Each job of the run gets
// its own runtime token, as on GitHub: a merge job lists and downloads what other jobs uploaded.
// It keeps what was uploaded so a test can look inside (or delete it), and records what strayed
// from the protocol.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';
const SIGNATURE = 'stand-in-signature';

export interface StoredArtifact {
  id: number;
  name: string;
  /** The backend id of the job that created it. */
  job: string;
  /** The uploaded bytes: a zip archive holding the files. */
  content: Buffer;
  /** x-ms-blob-content-type of the upload, given back when the blob is read. */
  contentType?: string;
  /** What FinalizeArtifact reported. */
  size: string;
  hash?: string;
  finalized: boolean;
  createdAt: Date;
}

export interface ArtifactService {
  /** ACTIONS_RESULTS_URL for the action. */
  url: string;
  /** ACTIONS_RUNTIME_TOKEN for the action: a JWT with the Actions.Results scope the client reads. */
  token: string;
  /** The runtime token of another job of the same workflow run (job 1 is `token`'s). */
  jobToken(job: number): string;
  artifacts: Map<string, StoredArtifact>;
  problems: string[];
  close(): Promise<void>;
}

export interface ArtifactServiceOptions {
  /** Answer CreateArtifact with this HTTP status (a Twirp error) instead of creating anything. */
  failCreate?: number;
}

const RUN_ID = '8d2d3b3c-3f4e-4a5b-9c6d-7e8f9a0b1c2d';
const jobId = (job: number) => `1a2b3c4d-5e6f-4a7b-8c9d-${job.toString(16).padStart(12, '0')}`;

export async function startArtifactService(options: ArtifactServiceOptions = {}): Promise<ArtifactService> {
  const jwt = (claims: object) => ['{"alg":"none","typ":"JWT"}', JSON.stringify(claims), 'sig'].map((p) => Buffer.from(p).toString('base64url')).join('.');
  const tokens = new Map<string, string>(); // token → the job it was issued to
  const jobToken = (job: number) => {
    const token = jwt({ scp: `Actions.GenericRead:${RUN_ID} Actions.Results:${RUN_ID}:${jobId(job)}`, exp: Math.floor(Date.now() / 1000) + 3600 });
    tokens.set(token, jobId(job));
    return token;
  };
  const token = jobToken(1);
  const artifacts = new Map<string, StoredArtifact>();
  const blocks = new Map<string, Map<string, Buffer>>();
  const problems: string[] = [];
  let nextId = 5_000_001;
  let url = '';

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const signed = (name: string, permissions: string) => `${url}/blob/${encodeURIComponent(name)}?sig=${SIGNATURE}&se=2099-01-01&sp=${permissions}`;

  async function twirp(method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const job = tokens.get(req.headers.authorization?.replace(/^Bearer /, '') ?? '');
    if (!job || !req.headers.authorization?.startsWith('Bearer ')) {
      problems.push(`${method} without the runtime token as a bearer token`);
      return json(res, 401, { code: 'unauthenticated', msg: 'bad token' });
    }
    const body = JSON.parse((await readBody(req)).toString('utf8') || '{}');
    // Requests use the protobuf field names (snake_case); wrapper types such as StringValue are
    // plain strings, int64 a decimal string. Answers use the JSON names (lowerCamelCase).
    if (body.workflow_run_backend_id !== RUN_ID) problems.push(`${method} with a run backend id that is not the token's`);
    // GetSignedArtifactURL names the job that uploaded the artifact, as ListArtifacts gave it.
    if (method !== 'GetSignedArtifactURL' && body.workflow_job_run_backend_id !== job) {
      problems.push(`${method} with a job backend id that is not the token's`);
    }
    if (method === 'CreateArtifact') {
      if (options.failCreate) return json(res, options.failCreate, { code: 'invalid_argument', msg: 'artifact service refused the upload' });
      if (artifacts.has(body.name)) return json(res, 409, { code: 'already_exists', msg: `an artifact named ${body.name} already exists` });
      artifacts.set(body.name, { id: nextId++, name: body.name, job, content: Buffer.alloc(0), size: '0', finalized: false, createdAt: new Date() });
      return json(res, 200, { ok: true, signedUploadUrl: signed(body.name, 'cw') });
    }
    if (method === 'FinalizeArtifact') {
      const artifact = artifacts.get(body.name);
      if (!artifact) return json(res, 404, { code: 'not_found', msg: 'no such artifact' });
      if (artifact.job !== job) problems.push(`FinalizeArtifact of ${body.name} by a job that did not create it`);
      if (Number(body.size) !== artifact.content.length) problems.push(`FinalizeArtifact size ${body.size}, but ${artifact.content.length} bytes were uploaded`);
      const sha = createHash('sha256').update(artifact.content).digest('hex');
      if (body.hash && body.hash !== `sha256:${sha}`) problems.push('FinalizeArtifact hash does not match the uploaded bytes');
      Object.assign(artifact, { size: String(body.size), hash: body.hash, finalized: true });
      return json(res, 200, { ok: true, artifactId: String(artifact.id) });
    }
    if (method === 'ListArtifacts') {
      // Every finalized artifact of the run, whichever job uploaded it; the filters are exact.
      const listed = [...artifacts.values()].filter((a) => a.finalized
        && (body.name_filter === undefined || a.name === body.name_filter)
        && (body.id_filter === undefined || String(a.id) === String(body.id_filter)));
      for (const key of Object.keys(body)) {
        if (!['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name_filter', 'id_filter'].includes(key)) problems.push(`ListArtifacts with unknown field ${key}`);
      }
      return json(res, 200, {
        artifacts: listed.map((a) => ({
          workflowRunBackendId: RUN_ID, workflowJobRunBackendId: a.job, databaseId: String(a.id), name: a.name,
          size: a.size, createdAt: a.createdAt.toISOString(), ...(a.hash ? { digest: a.hash } : {}),
        })),
      });
    }
    if (method === 'GetSignedArtifactURL') {
      const artifact = artifacts.get(body.name);
      if (!artifact?.finalized) return json(res, 404, { code: 'not_found', msg: `no artifact named ${body.name}` });
      if (body.workflow_job_run_backend_id !== artifact.job) problems.push(`GetSignedArtifactURL of ${body.name} with a job backend id that is not its uploader's`);
      return json(res, 200, { signedUrl: signed(body.name, 'r') });
    }
    problems.push(`unknown Twirp method ${method}`);
    return json(res, 404, { code: 'bad_route', msg: method });
  }

  /** Get Blob: the zip as uploaded, with the content type the upload gave it. */
  function download(name: string, query: URLSearchParams, res: ServerResponse): void {
    const artifact = artifacts.get(name);
    if (!artifact?.finalized || query.get('sig') !== SIGNATURE || query.get('sp') !== 'r') {
      problems.push(`blob download of ${name} without a signed read URL from GetSignedArtifactURL`);
      res.writeHead(artifact ? 403 : 404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': artifact.contentType ?? 'application/octet-stream',
      'content-length': artifact.content.length,
      etag: etagOf(artifact.content),
      'last-modified': artifact.createdAt.toUTCString(),
      'x-ms-blob-type': 'BlockBlob',
      'x-ms-version': '2024-11-04',
    });
    res.end(artifact.content);
  }

  async function blob(name: string, query: URLSearchParams, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const artifact = artifacts.get(name);
    const body = await readBody(req);
    if (!artifact || artifact.finalized || query.get('sig') !== SIGNATURE || query.get('sp') !== 'cw') {
      problems.push(`blob upload to ${name} without a signed URL from CreateArtifact`);
      res.writeHead(403).end();
      return;
    }
    const comp = query.get('comp');
    const staged = blocks.get(name) ?? new Map<string, Buffer>();
    blocks.set(name, staged);
    if (comp === 'block') staged.set(query.get('blockid') ?? '', body);
    else if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]!);
      const missing = ids.filter((id) => !staged.has(id));
      if (missing.length > 0) problems.push(`block list names ${missing.length} blocks never staged`);
      artifact.content = Buffer.concat(ids.map((id) => staged.get(id) ?? Buffer.alloc(0)));
      artifact.contentType = headerOf(req, 'x-ms-blob-content-type');
    } else if (!comp) {
      artifact.content = body;
      artifact.contentType = headerOf(req, 'x-ms-blob-content-type');
    }
    else problems.push(`unexpected blob operation comp=${comp}`);
    res.writeHead(201, {
      etag: etagOf(artifact.content),
      'last-modified': new Date().toUTCString(),
      'x-ms-request-id': `stand-in-${Date.now()}`,
      'x-ms-version': '2024-11-04',
      'x-ms-request-server-encrypted': 'true',
      date: new Date().toUTCString(),
    });
    res.end();
  }

  const server = createServer((req, res) => {
    const parsed = new URL(req.url ?? '/', 'http://localhost');
    const done = parsed.pathname.startsWith(TWIRP) && req.method === 'POST'
      ? twirp(parsed.pathname.slice(TWIRP.length), req, res)
      : parsed.pathname.startsWith('/blob/') && req.method === 'PUT'
        ? blob(decodeURIComponent(parsed.pathname.slice(6)), parsed.searchParams, req, res)
        : parsed.pathname.startsWith('/blob/') && req.method === 'GET'
          ? Promise.resolve().then(() => download(decodeURIComponent(parsed.pathname.slice(6)), parsed.searchParams, res))
          : Promise.resolve().then(() => {
          problems.push(`unexpected ${req.method} ${parsed.pathname}`);
          res.writeHead(404).end();
        });
    done.catch((error: unknown) => {
      problems.push(`stand-in crashed: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url, token, jobToken, artifacts, problems,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections();
    }),
  };
}

function etagOf(content: Buffer): string {
  return `"0x${createHash('md5').update(content).digest('hex').slice(0, 16)}"`;
}

function headerOf(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
