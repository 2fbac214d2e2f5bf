// What a browser downloads before each route can render, worked out from a build's manifest
// (`vite build --manifest`): the entry, what must load before the first render, the route's lazy
// chunk, and everything those import statically. Chunks loaded later (prefetched pages, dialogs)
// are not counted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const entryKey = 'index.html';

/** Loaded by main.tsx before anything renders in the Entra build: the sign-in seam and msal-react's provider. */
export const beforeRenderKeys = ['src/auth/entra-sign-in.tsx'];

/** MSAL itself: loaded beside the first render, needed before the first Graph request (a token). */
export const beforeDataKeys = ['src/auth/msal-instance.ts'];

/** Each route's lazy module, as the manifest names it. */
export const routeKeys = {
  'token list (/)': 'src/features/tokens/list/token-list-page.tsx',
  'token detail (/tokens/:id)': 'src/features/tokens/detail/token-detail-page.tsx',
  'add token (/tokens/new)': 'src/features/tokens/create/create-token-page.tsx',
};

export const listRouteName = 'token list (/)';

/**
 * Issue 8's budget for the list route, in gzip bytes (kB as Vite reports them): the JavaScript its
 * first render needs. MSAL loads beside that render and is counted separately, as what the first
 * token row needs (a token for Graph).
 */
export const listBudgetBytes = 200_000;

/** Builds the app into `outDir` with a manifest; `mode` 'production' is what `npm run build` ships. */
export function buildForMeasure(outDir, mode = 'production') {
  const built = spawnSync('npx', ['vite', 'build', '--mode', mode, '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'error'], {
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error(`vite build --mode ${mode} failed`);
}

function staticClosure(manifest, keys) {
  const files = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest; update scripts/lib/bundle-size.mjs`);
    files.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return files;
}

/**
 * First-load JavaScript per route, gzip and raw bytes: what its first render needs, and with MSAL
 * what its first data needs; plus the shell (entry and pre-render chunks) and the whole build for scale.
 */
export function measureFirstLoad(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const sizes = new Map();
  const sizeOf = (file) => {
    if (!sizes.has(file)) {
      const code = readFileSync(join(outDir, file));
      sizes.set(file, { raw: code.length, gzip: gzipSync(code).length });
    }
    return sizes.get(file);
  };
  const sum = (files) =>
    [...files].reduce((total, file) => ({ raw: total.raw + sizeOf(file).raw, gzip: total.gzip + sizeOf(file).gzip }), { raw: 0, gzip: 0 });
  const shellKeys = [entryKey, ...beforeRenderKeys.filter((key) => manifest[key])];
  const shell = staticClosure(manifest, shellKeys);
  const routes = Object.entries(routeKeys).map(([name, key]) => {
    const files = staticClosure(manifest, [...shellKeys, key]);
    const withData = staticClosure(manifest, [...shellKeys, key, ...beforeDataKeys.filter((dataKey) => manifest[dataKey])]);
    return { name, files: [...files], ...sum(files), withData: { files: [...withData], ...sum(withData) } };
  });
  const allJs = readdirSync(join(outDir, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `assets/${file}`);
  return { shell: { files: [...shell], ...sum(shell) }, routes, all: { files: allJs, ...sum(allJs) } };
}

/** Files in a build that carry simulator or demo-only code (there should be none in production). */
export function demoCodeIn(outDir) {
  const markers = ['_simulator', 'Demo Admin', 'demo-access-token'];
  return readdirSync(join(outDir, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .flatMap((file) => {
      const code = readFileSync(join(outDir, 'assets', file), 'utf8');
      const named = /simulator|demo/i.test(file) ? [`assets/${file} is a demo chunk`] : [];
      return [...named, ...markers.filter((marker) => code.includes(marker)).map((marker) => `assets/${file} contains "${marker}"`)];
    });
}

// The libraries every first render of this app needs, and nothing of the app: what no amount of
// splitting can take out of the list's first download.
const floorProbe = (withMsal) => `
import { MsalProvider } from '@azure/msal-react';
import { FluentProvider, webLightTheme, Button, Text, Spinner } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
${withMsal ? "import { PublicClientApplication } from '@azure/msal-browser'; const msal = new PublicClientApplication({ auth: { clientId: 'x' } });" : 'const msal = window.msal;'}
function Page() { useQuery({ queryKey: ['x'], queryFn: async () => 1 }); return <Spinner />; }
createRoot(document.body).render(<MsalProvider instance={msal}><QueryClientProvider client={new QueryClient()}><FluentProvider theme={webLightTheme}><Text>x</Text><Button>x</Button><Page /></FluentProvider></QueryClientProvider></MsalProvider>);
`;

/**
 * Gzip bytes of React, msal-react's provider, Fluent's provider with a few parts and React Query in
 * one chunk: what no first render of this app can do without. `withMsal` adds MSAL itself.
 */
export async function measureStackFloor({ withMsal = false } = {}) {
  // Inside the project, so the probe resolves the project's own packages.
  const dir = mkdtempSync(join(process.cwd(), '.bundle-floor-'));
  try {
    writeFileSync(join(dir, 'floor.tsx'), floorProbe(withMsal));
    const output = await build({
      root: dir,
      configFile: false,
      logLevel: 'error',
      plugins: [react()],
      build: { write: false, rolldownOptions: { input: join(dir, 'floor.tsx'), output: { codeSplitting: false } } },
    });
    const code = (Array.isArray(output) ? output[0] : output).output.filter((file) => file.type === 'chunk').map((chunk) => chunk.code).join('');
    return gzipSync(code).length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
