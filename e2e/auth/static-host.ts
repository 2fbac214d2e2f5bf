/**
 * A plain static host that reads the build's staticwebapp.config.json the way Azure Static Web Apps
 * does (global headers, per-route headers, navigation fallback and its exclusions), so a test can
 * load the shipped files under the shipped Content-Security-Policy.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

type SwaConfig = {
  navigationFallback?: { rewrite: string; exclude?: string[] };
  routes?: { route: string; headers?: Record<string, string> }[];
  globalHeaders?: Record<string, string>;
};

export type StaticHost = { origin: string; config: SwaConfig; close(): Promise<void> };

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

/** SWA's wildcards: `*` for anything, `{a,b}` for alternatives. */
export function matchesPattern(pattern: string, path: string): boolean {
  const source = pattern
    .replace(/[.+?^$()|[\]\\]/g, '\\$&')
    .replace(/\{([^}]*)\}/g, (_, list: string) => `(${list.split(',').join('|')})`)
    .replace(/\*/g, '.*');
  return new RegExp(`^${source}$`).test(path);
}

export async function startStaticHost(options: { root: string; port: number; files?: Record<string, { body: string; type: string }> }): Promise<StaticHost> {
  const config = JSON.parse(readFileSync(join(options.root, 'staticwebapp.config.json'), 'utf8')) as SwaConfig;

  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    const headers: Record<string, string> = { ...config.globalHeaders };
    for (const route of config.routes ?? []) if (matchesPattern(route.route, path)) Object.assign(headers, route.headers);

    const given = options.files?.[path];
    if (given) {
      res.writeHead(200, { ...headers, 'Content-Type': given.type });
      res.end(given.body);
      return;
    }
    const file = normalize(join(options.root, path === '/' ? '/index.html' : path));
    const found = file.startsWith(normalize(options.root)) && existsSync(file) && statSync(file).isFile() && !file.endsWith('staticwebapp.config.json');
    const fallback = config.navigationFallback;
    const target = found ? file : fallback && !(fallback.exclude ?? []).some((pattern) => matchesPattern(pattern, path)) ? join(options.root, fallback.rewrite) : undefined;
    if (!target) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': types[extname(target)] ?? 'application/octet-stream' });
    res.end(readFileSync(target));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, 'localhost', () => resolve());
  });
  return {
    origin: `http://localhost:${options.port}`,
    config,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
