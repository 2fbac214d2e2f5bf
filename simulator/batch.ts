/**
 * JSON batching: up to 20 requests in one POST /$batch, each run through the same handler as a
 * direct call (faults and scope checks apply to each one), ordered by dependsOn, with 424 for a
 * request whose dependency failed.
 *
 * If a request inside the batch hits a dropped-connection fault, the whole batch connection
 * drops: requests before it have taken effect and the client hears nothing, as on a real network.
 */
import { badRequest, GraphHttpError } from './errors.ts';

export const MAX_BATCH_REQUESTS = 20;

const METHODS = new Set(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']);

export interface BatchItem {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  dependsOn: string[];
}

export interface BatchResponseItem {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

export function parseBatch(payload: unknown): BatchItem[] {
  if (typeof payload !== 'object' || payload === null || !Array.isArray((payload as { requests?: unknown }).requests)) {
    throw badRequest("Invalid batch payload: expected an object with a 'requests' array.");
  }
  const requests = (payload as { requests: unknown[] }).requests;
  if (requests.length === 0) throw badRequest('Invalid batch payload: the batch has no requests.');
  if (requests.length > MAX_BATCH_REQUESTS) {
    throw badRequest(`Invalid batch payload: a batch holds at most ${MAX_BATCH_REQUESTS} requests, this one has ${requests.length}.`);
  }
  const items: BatchItem[] = [];
  const ids = new Set<string>();
  for (const raw of requests) {
    if (typeof raw !== 'object' || raw === null) throw badRequest('Invalid batch payload: each request must be an object.');
    const r = raw as Record<string, unknown>;
    if (typeof r.id !== 'string' || r.id === '') throw badRequest("Invalid batch payload: each request needs a string 'id'.");
    if (ids.has(r.id)) throw badRequest(`Invalid batch payload: the request id '${r.id}' is used more than once.`);
    ids.add(r.id);
    const method = typeof r.method === 'string' ? r.method.toUpperCase() : '';
    if (!METHODS.has(method)) throw badRequest(`Invalid batch payload: request '${r.id}' has an invalid method.`);
    if (typeof r.url !== 'string' || r.url === '' || /^[a-z][a-z0-9+.-]*:/i.test(r.url)) {
      throw badRequest(`Invalid batch payload: request '${r.id}' needs a relative 'url'.`);
    }
    const headers: Record<string, string> = {};
    if (r.headers !== undefined) {
      if (typeof r.headers !== 'object' || r.headers === null) throw badRequest(`Invalid batch payload: request '${r.id}' has invalid headers.`);
      for (const [name, value] of Object.entries(r.headers)) headers[name.toLowerCase()] = String(value);
    }
    if (r.body !== undefined && r.body !== null && headers['content-type'] === undefined) {
      throw badRequest(`Invalid batch payload: request '${r.id}' has a body but no Content-Type header.`);
    }
    let dependsOn: string[] = [];
    if (r.dependsOn !== undefined) {
      if (!Array.isArray(r.dependsOn) || !r.dependsOn.every((d) => typeof d === 'string')) {
        throw badRequest(`Invalid batch payload: request '${r.id}' has an invalid 'dependsOn'.`);
      }
      dependsOn = r.dependsOn as string[];
    }
    items.push({
      id: r.id,
      method,
      url: r.url,
      headers,
      ...(r.body !== undefined && r.body !== null ? { body: r.body } : {}),
      dependsOn,
    });
  }
  for (const item of items) {
    for (const dep of item.dependsOn) {
      if (!ids.has(dep) || dep === item.id) {
        throw badRequest(`Invalid batch payload: request '${item.id}' depends on '${dep}', which is not another request in this batch.`);
      }
    }
  }
  return order(items);
}

/** Listed order, except that a request runs after everything it depends on. */
function order(items: BatchItem[]): BatchItem[] {
  const done = new Set<string>();
  const ordered: BatchItem[] = [];
  const pending = [...items];
  while (pending.length > 0) {
    const index = pending.findIndex((item) => item.dependsOn.every((dep) => done.has(dep)));
    if (index < 0) throw badRequest('Invalid batch payload: the dependsOn references form a cycle.');
    const [next] = pending.splice(index, 1);
    if (!next) break;
    ordered.push(next);
    done.add(next.id);
  }
  return ordered;
}

export function innerRequest(item: BatchItem, serviceRoot: string, outer: Request): Request {
  const headers = new Headers(item.headers);
  const clientRequestId = outer.headers.get('client-request-id');
  if (clientRequestId && !headers.has('client-request-id')) headers.set('client-request-id', clientRequestId);
  const body =
    item.body === undefined ? undefined : typeof item.body === 'string' ? item.body : JSON.stringify(item.body);
  return new Request(`${serviceRoot}/${item.url.replace(/^\/+/, '')}`, {
    method: item.method,
    headers,
    ...(body !== undefined ? { body } : {}),
  });
}

async function toItem(id: string, response: Response): Promise<BatchResponseItem> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const text = await response.text();
  let body: unknown;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { id, status: response.status, headers, ...(body !== undefined ? { body } : {}) };
}

/**
 * Runs the items in order. `execute` answers one inner request; `failedDependency` builds the 424
 * answer. Returns undefined when an inner request dropped the connection.
 */
export async function runBatch(
  items: BatchItem[],
  execute: (item: BatchItem) => Promise<Response>,
  failedDependency: (item: BatchItem, dependency: string) => Response,
): Promise<BatchResponseItem[] | undefined> {
  const statusById = new Map<string, number>();
  const responses: BatchResponseItem[] = [];
  for (const item of items) {
    const failed = item.dependsOn.find((dep) => (statusById.get(dep) ?? 0) >= 400);
    const response = failed !== undefined ? failedDependency(item, failed) : await execute(item);
    if (response.type === 'error') return undefined;
    statusById.set(item.id, response.status);
    responses.push(await toItem(item.id, response));
  }
  return responses;
}

export function failedDependencyError(dependency: string): GraphHttpError {
  return new GraphHttpError(424, 'FailedDependency', `The request was not executed because request '${dependency}', which it depends on, failed.`);
}
