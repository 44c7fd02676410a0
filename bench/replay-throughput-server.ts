/**
 * The one server every contender of bench/replay-throughput.ts is measured against, in a process
 * of its own so no client shares its event loop. Answers every path with the same small JSON
 * document (what a typical API read returns) over keep-alive, and prints its URL. With a service
 * time in milliseconds as its argument, it answers that long after each request, as a real
 * service does while it queries its database; without, at once, so only the clients' own cost
 * limits the rate.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const body = Buffer.from(JSON.stringify({
  id: 981,
  status: 'open',
  customer: { id: 503, name: 'Customer 3' },
  items: [
    { sku: 'SKU-1', qty: 2, price: 12.5 },
    { sku: 'SKU-4', qty: 1, price: 40 },
  ],
  total: 65,
  updatedAt: '2026-11-24T10:00:00.000Z',
}));

const serviceMs = Number(process.argv[2] ?? 0);

function answer(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
}

// Requests answered since /__count was last asked (bench/time-to-verdict.ts counts at the service).
let answered = 0;
const server = createServer((req, res) => {
  if (req.url === '/__count') {
    res.end(String(answered));
    answered = 0;
    return;
  }
  answered++;
  if (serviceMs > 0) setTimeout(answer, serviceMs, res);
  else answer(res);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
// The bench ends this process; if the bench dies, closing stdin ends it too.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
