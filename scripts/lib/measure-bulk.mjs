// A bulk change of many tokens through the app's own code: startBulkRun ($batch, 20 to a call)
// beside the same saves sent as one PATCH per token. Runs in Node against the simulator; Vite
// loads the TypeScript modules, so nothing here re-implements the app.
import { MutationObserver } from '@tanstack/react-query';
import { createServer } from 'vite';
import { simulator } from './demo-server.mjs';

const bulkChangeModule = '/src/features/tokens/data/bulk-change.ts';

/** The app modules a bulk run needs, loaded once; undefined when the app has no bulk change yet. */
export async function loadBulkModules() {
  const vite = await createServer({ server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'error' });
  try {
    await vite.ssrLoadModule(bulkChangeModule);
  } catch {
    await vite.close();
    return undefined;
  }
  const load = (path) => vite.ssrLoadModule(path);
  return {
    bulk: await load(bulkChangeModule),
    graphClient: await load('/src/graph/graph-client.ts'),
    queries: await load('/src/features/tokens/data/token-queries.ts'),
    update: await load('/src/features/tokens/data/update-token.ts'),
    queryClient: await load('/src/app/query-client.ts'),
    close: () => vite.close(),
  };
}

/** Counts the requests the Graph client sends, by kind, while `run` runs. */
async function countingRequests(run) {
  const counts = { total: 0, batch: 0, patch: 0, other: 0 };
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    counts.total++;
    if (url.endsWith('/$batch')) counts.batch++;
    else if (method === 'PATCH') counts.patch++;
    else counts.other++;
    return realFetch(input, init);
  };
  try {
    await run();
  } finally {
    globalThis.fetch = realFetch;
  }
  return counts;
}

function settled(queryClient) {
  return new Promise((resolve) => {
    const check = () => {
      if (queryClient.isMutating() > 0) return;
      unsubscribe();
      resolve();
    };
    const unsubscribe = queryClient.getMutationCache().subscribe(check);
    check();
  });
}

/**
 * Turns automatic app updates on for `count` tokens that have it off, once through startBulkRun and
 * once as one save per token (the same mutation through the plain client), each from a fresh
 * simulator of 3,000 tokens answering after `latencyMs`. Returns per way: milliseconds from start to
 * the last save settled, the requests sent, and the saves that failed.
 */
export async function measureBulkOnce(modules, url, { count, latencyMs, way }) {
  const { bulk, graphClient, queries, update, queryClient: qc } = modules;
  await simulator(url, 'reset', { tokens: 3000 });
  await simulator(url, 'settings', { latencyMs });
  const graph = graphClient.createGraphClient({ baseUrl: '/graph', version: 'beta', getAccessToken: async () => 'bench', origin: url });
  const queryClient = qc.createAppQueryClient();
  const tokens = (await queries.fetchTokenList(graph, {})).filter((token) => token.automaticallyUpdateApps === false).slice(0, count);
  if (tokens.length < count) throw new Error(`only ${tokens.length} tokens have automatic updates off`);

  const start = performance.now();
  const requests = await countingRequests(async () => {
    if (way === 'batch') {
      bulk.startBulkRun(queryClient, graph, { id: 'bench', action: { kind: 'edit', edit: { kind: 'automaticallyUpdateApps', on: true } } }, tokens);
    } else {
      for (const token of tokens) {
        const observer = new MutationObserver(queryClient, update.updateTokenOptions(graph, queryClient, token.id));
        void observer.mutate({ automaticallyUpdateApps: true }).catch(() => undefined);
      }
    }
    await settled(queryClient);
  });
  const ms = performance.now() - start;
  const failed = queryClient.getMutationCache().findAll({ status: 'error' }).length;
  queryClient.clear();
  return { ms, requests, failed };
}
