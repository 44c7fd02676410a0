/**
 * A node:http server for bench/record-overhead.ts, in its own process: the same answer as
 * replay-throughput-server.ts, with `recorder()` from replay-gate/record watching every request
 * when its second argument is a folder to record into (the third, if any, the share recorded). Prints its URL.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { recorder } from '../src/record/index.js';

const body = Buffer.from(JSON.stringify({ id: 981, status: 'open', customer: { id: 503, name: 'Customer 3' }, total: 65, updatedAt: '2026-11-24T10:00:00.000Z' }));
const serviceMs = Number(process.argv[2] ?? 0);
const out = process.argv[3];
// The share recorded (0..1), 1 when not given: the bench also runs it at a rate a busy service would use.
const rate = Number(process.argv[4] ?? 1);
const rec = out ? recorder({ out, progressMs: 0, log: () => {}, sample: { rate } }) : undefined;

function answer(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
}

const server = createServer((req, res) => {
  rec?.(req, res);
  if (serviceMs > 0) setTimeout(answer, serviceMs, res);
  else answer(res);
});
server.keepAliveTimeout = 60_000;
await rec?.ready;
server.listen(0, '127.0.0.1', () => process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}\n`));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
