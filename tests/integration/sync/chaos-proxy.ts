import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A loopback HTTP proxy that loses traffic the way a 2G link does: some requests never reach the
// server, and some answers never reach the phone although the server did the work (committed).

export interface ChaosStats {
  requests: number;
  droppedRequests: number;
  droppedResponses: number;
  upstreamErrors: number;
}

export interface ChaosProxy {
  url: string;
  stats: ChaosStats;
  /** Probabilities can be changed during a run (0 for the final convergence rounds if wanted). */
  setRates(dropRequest: number, dropResponse: number): void;
  close(): Promise<void>;
}

export async function startChaosProxy(target: { host: string; port: number }, o: { dropRequest: number; dropResponse: number; random?: () => number }): Promise<ChaosProxy> {
  const random = o.random ?? Math.random;
  let rates = { req: o.dropRequest, res: o.dropResponse };
  const stats: ChaosStats = { requests: 0, droppedRequests: 0, droppedResponses: 0, upstreamErrors: 0 };
  const server: Server = createServer((req, res) => {
    stats.requests++;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (random() < rates.req) {
        stats.droppedRequests++;
        req.socket.destroy();
        return;
      }
      const body = Buffer.concat(chunks);
      const up = request(
        { host: target.host, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, 'content-length': String(body.length), connection: 'close' } },
        (upRes) => {
          const out: Buffer[] = [];
          upRes.on('data', (c: Buffer) => out.push(c));
          upRes.on('end', () => {
            // The server answered (and committed): lose the answer on the way back.
            if (random() < rates.res) {
              stats.droppedResponses++;
              req.socket.destroy();
              return;
            }
            const headers = { ...upRes.headers };
            delete headers['transfer-encoding'];
            delete headers['connection'];
            res.writeHead(upRes.statusCode ?? 502, { ...headers, 'content-length': String(Buffer.concat(out).length) });
            res.end(Buffer.concat(out));
          });
          upRes.on('error', () => {
            stats.upstreamErrors++;
            req.socket.destroy();
          });
        },
      );
      up.on('error', () => {
        // Server down (killed, restarting): the phone sees a broken connection, as in the field.
        stats.upstreamErrors++;
        req.socket.destroy();
      });
      up.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    setRates(a, b) {
      rates = { req: a, res: b };
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
