/**
 * Node's http request/response <-> the simulator's Fetch `handle`. Used by the Vite plugin (dev and
 * preview, via Connect middleware) and usable by any plain node:http server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MOUNT, type GraphSimulator } from './graph-simulator.ts';

// Per-hop headers (and HTTP/2 pseudo-headers) describe the connection, not the request.
const SKIP_REQUEST_HEADERS = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'content-length', 'expect']);

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The full URL (http://host/graph/...) as a Fetch Request, body included. */
export async function toFetchRequest(req: IncomingMessage): Promise<Request> {
  const host = req.headers.host ?? 'localhost';
  const scheme = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  // Connect strips a mount path from req.url; originalUrl keeps it.
  const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':') || SKIP_REQUEST_HEADERS.has(name)) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  return new Request(`${scheme}://${host}${path}`, {
    method,
    headers,
    ...(body && body.length > 0 ? { body: new Uint8Array(body) } : {}),
  });
}

/**
 * Writes a Fetch Response back. A `Response.error()` (the simulator's dropped connection) cuts the
 * answer off part-way, so the browser sees a network failure rather than an HTTP answer. Some bytes
 * go out first: a keep-alive socket closed before any byte makes Chromium silently resend the
 * request, which would hide the failure from the app.
 */
export async function sendFetchResponse(res: ServerResponse, response: Response): Promise<void> {
  if (response.type === 'error') {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '4096' });
    res.write('{"value":', () => res.req.socket.destroy());
    return;
  }
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  res.end(body);
}

export function isSimulatorPath(url: string | undefined): boolean {
  const path = (url ?? '').split('?')[0] ?? '';
  return path === MOUNT || path.startsWith(`${MOUNT}/`);
}

/**
 * Connect-style middleware: answers /graph/... from the simulator and passes anything else on
 * (or answers 404 when there is no `next`, as in a bare node:http server).
 */
export function createNodeHandler(sim: GraphSimulator) {
  return (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): void => {
    const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url;
    if (!isSimulatorPath(url)) {
      if (next) next();
      else {
        res.statusCode = 404;
        res.end();
      }
      return;
    }
    toFetchRequest(req)
      .then((request) => sim.handle(request))
      .then((response) => sendFetchResponse(res, response))
      .catch((error: unknown) => {
        if (next) next(error);
        else {
          res.statusCode = 500;
          res.end(String(error));
        }
      });
  };
}
