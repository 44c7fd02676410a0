// A local stand-in for the GitHub Actions artifact service that @actions/artifact (v2+) talks to:
// the results service's Twirp API (CreateArtifact, FinalizeArtifact) and the blob storage the
// signed upload URL points at (Azure block blob protocol: Put Block, Put Block List, Put Blob).
// It keeps what was uploaded so a test can look inside, and records what strayed from the protocol.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';

export interface StoredArtifact {
  id: number;
  name: string;
  /** The uploaded bytes: a zip archive holding the files. */
  content: Buffer;
  /** What FinalizeArtifact reported. */
  size: string;
  hash?: string;
  finalized: boolean;
}

export interface ArtifactService {
  /** ACTIONS_RESULTS_URL for the action. */
  url: string;
  /** ACTIONS_RUNTIME_TOKEN for the action: a JWT with the Actions.Results scope the client reads. */
  token: string;
  artifacts: Map<string, StoredArtifact>;
  problems: string[];
  close(): Promise<void>;
}

export interface ArtifactServiceOptions {
  /** Answer CreateArtifact with this HTTP status (a Twirp error) instead of creating anything. */
  failCreate?: number;
}

const RUN_ID = '8d2d3b3c-3f4e-4a5b-9c6d-7e8f9a0b1c2d';
const JOB_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

export async function startArtifactService(options: ArtifactServiceOptions = {}): Promise<ArtifactService> {
  const jwt = (claims: object) => ['{"alg":"none","typ":"JWT"}', JSON.stringify(claims), 'sig'].map((p) => Buffer.from(p).toString('base64url')).join('.');
  const token = jwt({ scp: `Actions.GenericRead:${RUN_ID} Actions.Results:${RUN_ID}:${JOB_ID}`, exp: Math.floor(Date.now() / 1000) + 3600 });
  const artifacts = new Map<string, StoredArtifact>();
  const blocks = new Map<string, Map<string, Buffer>>();
  const problems: string[] = [];
  let nextId = 5_000_001;
  let url = '';

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  async function twirp(method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.authorization !== `Bearer ${token}`) {
      problems.push(`${method} without the runtime token as a bearer token`);
      return json(res, 401, { code: 'unauthenticated', msg: 'bad token' });
    }
    const body = JSON.parse((await readBody(req)).toString('utf8') || '{}');
    // Requests use the protobuf field names (snake_case); wrapper types such as StringValue are plain strings.
    if (body.workflow_run_backend_id !== RUN_ID || body.workflow_job_run_backend_id !== JOB_ID) {
      problems.push(`${method} with backend ids that are not the token's`);
    }
    if (method === 'CreateArtifact') {
      if (options.failCreate) return json(res, options.failCreate, { code: 'invalid_argument', msg: 'artifact service refused the upload' });
      if (artifacts.has(body.name)) return json(res, 409, { code: 'already_exists', msg: `an artifact named ${body.name} already exists` });
      artifacts.set(body.name, { id: nextId++, name: body.name, content: Buffer.alloc(0), size: '0', finalized: false });
      return json(res, 200, { ok: true, signedUploadUrl: `${url}/blob/${encodeURIComponent(body.name)}?sig=stand-in-signature&se=2099-01-01` });
    }
    if (method === 'FinalizeArtifact') {
      const artifact = artifacts.get(body.name);
      if (!artifact) return json(res, 404, { code: 'not_found', msg: 'no such artifact' });
      if (Number(body.size) !== artifact.content.length) problems.push(`FinalizeArtifact size ${body.size}, but ${artifact.content.length} bytes were uploaded`);
      const sha = createHash('sha256').update(artifact.content).digest('hex');
      if (body.hash && body.hash !== `sha256:${sha}`) problems.push('FinalizeArtifact hash does not match the uploaded bytes');
      Object.assign(artifact, { size: String(body.size), hash: body.hash, finalized: true });
      return json(res, 200, { ok: true, artifactId: String(artifact.id) });
    }
    problems.push(`unknown Twirp method ${method}`);
    return json(res, 404, { code: 'bad_route', msg: method });
  }

  async function blob(name: string, query: URLSearchParams, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const artifact = artifacts.get(name);
    const body = await readBody(req);
    if (!artifact || query.get('sig') !== 'stand-in-signature') {
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
    } else if (!comp) artifact.content = body;
    else problems.push(`unexpected blob operation comp=${comp}`);
    res.writeHead(201, {
      etag: `"0x${createHash('md5').update(artifact.content).digest('hex').slice(0, 16)}"`,
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
    url, token, artifacts, problems,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections();
    }),
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
