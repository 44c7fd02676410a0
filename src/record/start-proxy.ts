import { createServer } from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import { type RecorderSettings } from './config.js';
import { createRecordingProxy, type ProxyTarget } from './proxy.js';
import { Recorder } from './recorder.js';
import type { ChunkStore } from './store.js';

export interface RunningProxy {
  /** `http://host:port`, the port as bound. */
  url: string;
  recorder: Recorder;
  /** Extra endpoint for probes, when asked for. */
  healthUrl?: string;
  /**
   * Stops accepting; ends each connection once nothing is in flight on it (idle ones at once,
   * busy ones as their answers complete); after `drainMs` destroys what is left (tunnels too);
   * then writes and stores the session for up to `storeMs`; resolves to the keys not stored in time.
   */
  shutdown(drainMs: number, storeMs: number): Promise<string[]>;
}

export interface ProxyOptions {
  upstream: ProxyTarget;
  listen: { host: string; port: number };
  health?: { host: string; port: number };
  settings: RecorderSettings;
  store: ChunkStore;
  key: Buffer;
  log: (line: string) => void;
  backoffMs?: { first: number; max: number };
}

export async function startRecordingProxy(options: ProxyOptions): Promise<RunningProxy> {
  const recorder = new Recorder(options.settings, { store: options.store, key: options.key, log: options.log, backoffMs: options.backoffMs });
  const { server, drain, destroyAll } = createRecordingProxy(options.upstream, recorder, options.log);
  await listen(server, options.listen);
  let health: Server | undefined;
  let draining = false;
  if (options.health) {
    // Liveness is the process answering; readiness ends when shutdown starts, so a load balancer stops sending.
    health = createServer((req, res) => {
      const ready = req.url === '/readyz' ? !draining : true;
      res.writeHead(ready ? 200 : 503, { 'content-type': 'text/plain' }).end(`${ready ? 'ok' : 'draining'}\n${recorder.progress()}\n`);
    });
    await listen(health, options.health);
  }
  return {
    url: urlOf(server),
    recorder,
    ...(health ? { healthUrl: urlOf(health) } : {}),
    async shutdown(drainMs, storeMs) {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      drain();
      const timer = setTimeout(destroyAll, drainMs);
      await closed;
      clearTimeout(timer);
      const left = await recorder.close(Date.now() + storeMs);
      health?.close();
      return left;
    },
  };
}

function listen(server: Server, at: { host: string; port: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(at.port, at.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function urlOf(server: Server): string {
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}
