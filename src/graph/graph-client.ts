import { GraphError, graphErrorFromResponse } from './graph-error';
import { refusedQueryOption, withoutQueryOptions } from './query-options';

export type GraphVersion = 'beta' | 'v1.0';

export type GraphClientOptions = {
  baseUrl: string;
  version: GraphVersion;
  getAccessToken: (options?: { forceRefresh?: boolean }) => Promise<string>;
  /** A request slower than this fails as a timeout; the caller's edit is kept. */
  timeoutMs?: number;
  /** Where a relative baseUrl such as /graph is resolved; the page's own origin by default. */
  origin?: string;
};

export type GraphRequest = {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
};

export type GraphResponse<T> = { status: number; body: T | undefined };

export type GraphPage<T> = { value: T[]; '@odata.nextLink'?: string };

export type GraphClient = {
  readonly version: GraphVersion;
  /** Where Graph lives, without the version: /graph for the embedded simulator. */
  readonly baseUrl: string;
  request<T>(path: string, init?: GraphRequest): Promise<GraphResponse<T>>;
  /** Follows @odata.nextLink to the end, handing each page over as it arrives. */
  getAllPages<T>(path: string, init: { signal?: AbortSignal; onPage?: (items: T[], soFar: T[]) => void; what?: string }): Promise<T[]>;
};

const defaultTimeoutMs = 30_000;

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const root = new URL(`${options.baseUrl.replace(/\/$/, '')}/${options.version}/`, options.origin ?? window.location.origin);

  async function send<T>(url: URL, init: GraphRequest, forceRefresh: boolean): Promise<GraphResponse<T>> {
    const clientRequestId = crypto.randomUUID();
    const accessToken = await options.getAccessToken({ forceRefresh });
    const headers: Record<string, string> = {
      Authorization: `Bearer ${accessToken}`,
      'client-request-id': clientRequestId,
      Accept: 'application/json',
    };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';

    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await fetch(url, {
        method: init.method ?? 'GET',
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal,
      });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      if (timeout.aborted) throw GraphError.timeout(clientRequestId, timeoutMs / 1000);
      throw GraphError.network(clientRequestId);
    }

    // A token that expired or was revoked between our check and Graph's: ask for a fresh one, once.
    if (response.status === 401 && !forceRefresh) return send(url, init, true);
    if (!response.ok) throw await graphErrorFromResponse(response, clientRequestId);
    if (response.status === 204) return { status: 204, body: undefined };
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      // The answer was cut off part-way: as good as no answer.
      if (init.signal?.aborted) throw error;
      throw timeout.aborted ? GraphError.timeout(clientRequestId, timeoutMs / 1000) : GraphError.network(clientRequestId, error);
    }
    if (!text) return { status: response.status, body: undefined };
    try {
      return { status: response.status, body: JSON.parse(text) as T };
    } catch {
      throw new GraphError({
        status: response.status,
        code: 'unreadableResponse',
        message: 'Graph answered with something that is not JSON.',
        clientRequestId,
        requestId: response.headers.get('request-id') ?? undefined,
        kind: 'parse',
      });
    }
  }

  function resolve(path: string) {
    return new URL(path.replace(/^\//, ''), root);
  }

  // Query options this Graph refused, for the rest of the session (this client's life).
  const refusedOptions = new Set<string>();

  /** A read, made again without a query option Graph refuses by name (each option once). */
  async function read<T>(url: URL, init: GraphRequest): Promise<GraphResponse<T>> {
    const trimmed = withoutQueryOptions(url, refusedOptions);
    try {
      return await send<T>(trimmed, init, false);
    } catch (error) {
      const refused = error instanceof GraphError && error.kind === 'http' && error.status === 400 ? refusedQueryOption(trimmed, error.message) : undefined;
      if (!refused) throw error;
      refusedOptions.add(refused);
      return read<T>(trimmed, init);
    }
  }

  return {
    version: options.version,
    baseUrl: options.baseUrl.replace(/\/$/, ''),
    request: (path, init = {}) => ((init.method ?? 'GET') === 'GET' ? read(resolve(path), init) : send(resolve(path), init, false)),
    async getAllPages<T>(path: string, init: { signal?: AbortSignal; onPage?: (items: T[], soFar: T[]) => void; what?: string }) {
      const all: T[] = [];
      let next: URL | undefined = resolve(path);
      while (next) {
        const { body } = await read<GraphPage<T>>(next, { signal: init.signal });
        if (!body || !Array.isArray(body.value)) {
          throw new GraphError({ status: 200, code: 'unreadableResponse', message: `Graph answered a page without a list of ${init.what ?? 'tokens'}.`, kind: 'parse' });
        }
        all.push(...body.value);
        init.onPage?.(body.value, all);
        next = nextPageUrl(body['@odata.nextLink'], root);
      }
      return all;
    },
  };
}

/**
 * The bearer token goes only where Graph itself lives: a nextLink to another origin or outside the
 * Graph root is refused rather than followed.
 */
export function nextPageUrl(nextLink: unknown, root: URL): URL | undefined {
  if (nextLink === undefined || nextLink === null) return undefined;
  let url: URL | undefined;
  try {
    url = typeof nextLink === 'string' ? new URL(nextLink, root) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) {
    throw new GraphError({
      status: 200,
      code: 'unreadableNextLink',
      message: 'Graph sent a link to the next page that does not point back to Graph, so the rest of the list was not loaded.',
      kind: 'parse',
    });
  }
  return url;
}
