import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';

export interface RawServer {
  url: string;
  port: number;
  /** TCP connections accepted so far. */
  connections: number;
  /** Requests seen: each time a connection's bytes so far first held a complete head (`\r\n\r\n`). */
  requests: number;
  /** Every byte received, per connection in the order they were accepted. */
  received: Buffer[][];
  close(): Promise<void>;
}

/**
 * A raw TCP server on 127.0.0.1, port 0: `onRequest` gets the socket once a request head has
 * arrived and writes whatever bytes the test needs (endless 1xx, half a body, a reset). Every
 * socket is destroyed at the test's teardown, so nothing outlives the test.
 */
export async function rawServe(t: { teardown(fn: () => unknown): void }, onRequest: (socket: Socket, index: number) => void = () => {}): Promise<RawServer> {
  const sockets = new Set<Socket>();
  const state: RawServer = { url: '', port: 0, connections: 0, requests: 0, received: [], close: async () => {} };
  const server: Server = createServer((socket) => {
    state.connections++;
    sockets.add(socket);
    const received: Buffer[] = [];
    state.received.push(received);
    let head = '';
    let finished = false;
    socket.on('data', (chunk) => {
      received.push(chunk);
      head += chunk.toString('latin1');
      // One request per connection is all these tests need: keep-alive is not the subject.
      if (!head.includes('\r\n\r\n') || finished) return;
      finished = true;
      onRequest(socket, state.requests++);
    });
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  let closed = false;
  state.close = () => {
    if (closed) return Promise.resolve();
    closed = true;
    for (const socket of sockets) socket.destroy();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  t.teardown(state.close);
  state.port = (server.address() as AddressInfo).port;
  state.url = `http://127.0.0.1:${state.port}`;
  return state;
}
