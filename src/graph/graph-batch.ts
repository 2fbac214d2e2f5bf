import type { GraphClient, GraphRequest, GraphResponse } from './graph-client';
import { GraphError, parseGraphErrorBody } from './graph-error';
import { createWritePacer } from './write-pacer';

type BatchedRequest = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the Graph version root, e.g. /deviceAppManagement/vppTokens/{id}. */
  url: string;
  body?: unknown;
};

type BatchAnswer = { id: string; status: number; headers?: Record<string, string>; body?: unknown };

type Waiting = { request: BatchedRequest; resolve: (r: GraphResponse<unknown>) => void; reject: (e: unknown) => void };

export const maxRequestsPerBatch = 20;
const batchesInFlight = 4;

/** A GraphClient whose requests travel inside $batch calls; a drop-in for the endpoint functions. */
export type BatchingGraphClient = GraphClient;

/**
 * Gathers the requests made in the same moment into Graph $batch calls of at most 20, paced under
 * Intune's write limit. Each caller hears only its own answer, so a bulk change is just many
 * ordinary calls, each failing, retrying and rolling back on its own.
 */
export function createBatchingClient(graph: GraphClient, pacer = createWritePacer()): BatchingGraphClient {
  const queue: Waiting[] = [];
  let draining: Promise<void> | null = null;

  // Several batches on their way at once, as over HTTP/2; the pacer alone decides how fast writes go.
  async function sender() {
    while (queue.length > 0) {
      const group = queue.splice(0, maxRequestsPerBatch);
      const answered = await pacer.reserve(group.filter((w) => w.request.method !== 'GET').length);
      await sendGroup(group);
      answered();
    }
  }

  function drain() {
    draining ??= new Promise((r) => setTimeout(r, 0))
      .then(() => Promise.all(Array.from({ length: batchesInFlight }, sender)))
      .then(() => {
        draining = null;
        // A request queued as the last sender stopped still needs a batch.
        if (queue.length > 0) drain();
      });
  }

  async function sendGroup(group: Waiting[]) {
    const requests = group.map(({ request }, index) => ({
      id: String(index + 1),
      method: request.method,
      url: request.url,
      ...(request.body === undefined ? {} : { body: request.body, headers: { 'Content-Type': 'application/json' } }),
    }));
    let answers: BatchAnswer[];
    try {
      const { body } = await graph.request<{ responses?: BatchAnswer[] }>('/$batch', { method: 'POST', body: { requests } });
      answers = Array.isArray(body?.responses) ? body.responses : [];
    } catch (error) {
      group.forEach((w) => w.reject(error));
      return;
    }
    const byId = new Map(answers.map((a) => [String(a.id), a]));
    group.forEach((waiting, index) => {
      const answer = byId.get(String(index + 1));
      if (!answer) {
        waiting.reject(GraphError.parse(200, '', undefined, new Error(`$batch answered without request ${index + 1}`)));
      } else if (answer.status >= 200 && answer.status < 300) {
        waiting.resolve({ status: answer.status, body: answer.body });
      } else {
        waiting.reject(answerError(answer));
      }
    });
  }

  return {
    ...graph,
    request<T>(path: string, init: GraphRequest = {}) {
      // The caller's abort signal cannot reach into a shared batch; bulk calls are not aborted.
      const request: BatchedRequest = { method: init.method ?? 'GET', url: path, body: init.body };
      return new Promise<GraphResponse<T>>((resolve, reject) => {
        queue.push({ request, resolve: resolve as Waiting['resolve'], reject });
        // Waits a tick, so the calls one bulk action makes together share batches.
        drain();
      });
    },
  };
}

function answerError(answer: BatchAnswer): GraphError {
  const headers = new Map(Object.entries(answer.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? '');
  const fields = parseGraphErrorBody(answer.status, text, { get: (name) => headers.get(name.toLowerCase()) ?? null });
  return new GraphError({ ...fields, kind: 'http' });
}

const batchingClients = new WeakMap<GraphClient, BatchingGraphClient>();

/** One batching client per Graph client, so every bulk run in the app shares one write pace. */
export function batchingClientFor(graph: GraphClient): BatchingGraphClient {
  let batching = batchingClients.get(graph);
  if (!batching) {
    batching = createBatchingClient(graph);
    batchingClients.set(graph, batching);
  }
  return batching;
}
