/**
 * Scripted failures for tests and demos: "the next PATCH to a token answers 503 with
 * Retry-After 2". Faults are consumed in the order they were added, one match per request
 * (requests inside a $batch each count), so a test knows exactly which call fails.
 *
 * status 0 is a dropped connection: `handle` answers `Response.error()` (type "error", status 0),
 * which MSW turns into a rejected fetch and the Node adapter turns into a destroyed socket.
 *
 * A fault without `path` also matches a `$batch` envelope (path "/$batch"); give a path such as
 * "/vppTokens" to aim at the requests inside a batch instead.
 *
 * status 200 and 204 are faults that succeed: the request is carried out first, then answered
 * `delayMs` late (a client that gave up meanwhile never learns that its change was made), 204
 * without the body, and with `nextLink` a list page carries that `@odata.nextLink` instead of its own.
 */
import { badRequest, defaultCode, defaultMessage, GraphHttpError } from './errors.ts';

export interface FaultSpec {
  /** HTTP method to match, any case; absent matches every method. */
  method?: string;
  /** Substring of the path after /graph/{version}, any case; absent matches every path. */
  path?: string;
  /** 0 drops the connection; 200 and 204 carry the request out (see above); otherwise 400-599. */
  status: number;
  /** How many matching requests fail; default 1. */
  times?: number;
  delayMs?: number;
  /** Seconds, sent as Retry-After. */
  retryAfter?: number;
  code?: string;
  message?: string;
  /** Wrap the message in Intune's JSON-in-message document. */
  intuneMessage?: boolean;
  /** A 400 that names a property: "Invalid value for property 'displayName'". */
  property?: string;
  /** With status 200: the `@odata.nextLink` the answer carries instead of its own, any JSON value. */
  nextLink?: unknown;
}

export interface Fault extends FaultSpec {
  id: string;
  /** Matching requests still to fail. */
  remaining: number;
}

const KEYS = new Set(['method', 'path', 'status', 'times', 'delayMs', 'retryAfter', 'code', 'message', 'intuneMessage', 'property', 'nextLink']);

function isWholeNumber(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

export function parseFaultSpec(value: unknown): FaultSpec {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest('A fault must be a JSON object.');
  }
  const spec = value as Record<string, unknown>;
  for (const key of Object.keys(spec)) {
    if (!KEYS.has(key)) throw badRequest(`Unknown fault field '${key}'. Known fields: ${[...KEYS].join(', ')}.`);
  }
  const { status, method, path, times, delayMs, retryAfter, code, message, intuneMessage, property, nextLink } = spec;
  if (!(status === 0 || status === 200 || status === 204 || isWholeNumber(status, 400, 599))) {
    throw badRequest(`Fault field 'status' must be 0 (dropped connection), 200 or 204 (carried out, answered late or bodiless) or 400-599.`);
  }
  if (nextLink !== undefined && status !== 200) throw badRequest(`Fault field 'nextLink' goes with status 200.`);
  const optionalString = (name: string, v: unknown) => {
    if (v !== undefined && typeof v !== 'string') throw badRequest(`Fault field '${name}' must be a string.`);
  };
  optionalString('method', method);
  optionalString('path', path);
  optionalString('code', code);
  optionalString('message', message);
  optionalString('property', property);
  if (times !== undefined && !isWholeNumber(times, 1, 1_000_000)) throw badRequest(`Fault field 'times' must be a whole number from 1.`);
  if (delayMs !== undefined && !isWholeNumber(delayMs, 0, 120_000)) throw badRequest(`Fault field 'delayMs' must be 0-120000.`);
  if (retryAfter !== undefined && !isWholeNumber(retryAfter, 0, 86_400)) throw badRequest(`Fault field 'retryAfter' must be whole seconds.`);
  if (intuneMessage !== undefined && typeof intuneMessage !== 'boolean') throw badRequest(`Fault field 'intuneMessage' must be true or false.`);
  return spec as unknown as FaultSpec;
}

export class FaultList {
  private faults: Fault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, id: `fault-${this.nextId++}`, remaining: spec.times ?? 1 };
    this.faults.push(fault);
    return { ...fault };
  }

  clear(): void {
    this.faults = [];
  }

  list(): Fault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  /** The first pending fault matching this request, counted as used. */
  take(method: string, path: string): Fault | undefined {
    const lowerPath = path.toLowerCase();
    const fault = this.faults.find(
      (f) =>
        (f.method === undefined || f.method.toUpperCase() === method.toUpperCase()) &&
        (f.path === undefined || lowerPath.includes(f.path.toLowerCase())),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return { ...fault };
  }
}

/** A fault that lets the request be carried out, changing only how (and when) it is answered. */
export function isSuccessFault(fault: FaultSpec): boolean {
  return fault.status === 200 || fault.status === 204;
}

/** The route's own answer, reshaped by a success fault: late, without its body, or with another nextLink. */
export async function reshapeAnswer(fault: Fault, response: Response): Promise<Response> {
  if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (!response.ok) return response;
  const headers = new Headers(response.headers);
  if (fault.status === 204) {
    headers.delete('content-type');
    return new Response(null, { status: 204, headers });
  }
  if (fault.nextLink === undefined || !/json/i.test(headers.get('content-type') ?? '')) return response;
  const body = (await response.json()) as Record<string, unknown>;
  return new Response(JSON.stringify({ ...body, '@odata.nextLink': fault.nextLink }), { status: response.status, headers });
}

/** The error a (non-dropping) fault answers with. */
export function faultError(fault: Fault): GraphHttpError {
  const code = fault.code ?? defaultCode(fault.status);
  let message = fault.message ?? defaultMessage(fault.status);
  if (fault.property !== undefined) {
    message = `Invalid value for property '${fault.property}'` + (fault.message ? `: ${fault.message}` : '.');
  }
  return new GraphHttpError(fault.status, code, message, {
    ...(fault.intuneMessage ? { intune: true } : {}),
    ...(fault.retryAfter !== undefined ? { retryAfter: fault.retryAfter } : {}),
  });
}
