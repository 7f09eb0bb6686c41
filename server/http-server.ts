// The reference server on its own, behind node:http: what `access-key-elements-server` runs.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { problem } from './problem.js';
import {
  createReferenceServer,
  type Middleware,
  type ReferenceServerOptions,
  type ServerContext,
} from './reference-server.js';

export interface StartReferenceServerOptions extends ReferenceServerOptions {
  /** TCP port; 0 picks a free one. Default 8080. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`: a key store is nothing to expose to a network by accident. */
  host?: string;
  /**
   * Origins (`http://localhost:3000`) whose pages may call the API from the browser, cookies included (CORS). Default
   * none: the page must be served from the same origin.
   */
  allowOrigins?: string[];
}

export interface RunningReferenceServer {
  /** The base URL of the REST contract, e.g. `http://127.0.0.1:8080/api`. */
  url: string;
  port: number;
  /** Stops accepting connections and closes the store. */
  close(): Promise<void>;
}

/** The port is taken: the message is the one line a person needs. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  constructor(readonly port: number, options?: ErrorOptions) {
    super(`Port ${port} is already in use: stop what is using it, or pick another port with --port.`, options);
  }
}

/** Listens on `host:port` and serves the contract under `basePath`; resolves once it accepts connections. */
export function startReferenceServer(options: StartReferenceServerOptions = {}): Promise<RunningReferenceServer> {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  return serveMiddleware(createReferenceServer({ ...options, basePath }), options);
}

/** Serves any middleware of the reference server's shape (the broken variant, say) behind node:http. */
export async function serveMiddleware(
  middleware: Middleware,
  options: StartReferenceServerOptions = {},
): Promise<RunningReferenceServer> {
  const { port = 8080, host = '127.0.0.1', allowOrigins = [], ...serverOptions } = options;
  const basePath = (serverOptions.basePath ?? '').replace(/\/+$/, '');

  const server = createServer((req, res) => {
    void serve(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers: Record<string, string> = {};
    const origin = req.headers.origin;
    if (origin !== undefined && allowOrigins.includes(origin)) {
      Object.assign(headers, { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' });
      if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
        res.writeHead(204, {
          ...headers,
          'Access-Control-Allow-Methods': 'GET, HEAD, POST, PATCH, DELETE',
          'Access-Control-Allow-Headers': 'Authorization, Content-Type',
          'Access-Control-Max-Age': '600',
        });
        res.end();
        return;
      }
    }
    const ctx: ServerContext = {
      method: req.method ?? 'GET',
      path: new URL(req.url ?? '/', 'http://localhost').pathname,
      req,
      status: 404,
      body: undefined,
      type: '',
      set: (field, value) => void (headers[field] = value),
    };
    await middleware(ctx, async () => {
      // Outside the contract's paths. The raw path is not logged: it could hold anything a client typed.
      ctx.body = JSON.stringify(problem(404, 'not-found'));
      ctx.type = 'application/problem+json';
      ctx.status = 404;
      serverOptions.log?.(`${ctx.method} (a path outside the API) 404`);
      req.resume();
    });
    if (typeof ctx.body === 'string' && ctx.type) headers['Content-Type'] = ctx.type;
    res.writeHead(ctx.status, headers);
    res.end(ctx.method === 'HEAD' || typeof ctx.body !== 'string' ? undefined : ctx.body);
  }

  await listen(server, port, host);
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}${basePath}`,
    port: actual,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await serverOptions.store?.close();
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port, { cause: error }) : error);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
