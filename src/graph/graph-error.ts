export type GraphErrorKind = 'http' | 'network' | 'timeout' | 'parse';

/** What an error answer from Graph says, read into plain fields. */
export type GraphErrorFields = {
  status: number;
  code: string;
  /** Readable text to show the admin, always as text. */
  message: string;
  requestId?: string;
  clientRequestId?: string;
  retryAfterSeconds?: number;
  /** The property a 400 names, when its message names one. */
  property?: string;
};

export type GraphErrorInit = GraphErrorFields & { kind: GraphErrorKind };

type HeaderReader = { get(name: string): string | null };

/** The one error type for every failed Graph call, so every screen shows errors the same way. */
export class GraphError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId?: string;
  readonly clientRequestId?: string;
  readonly retryAfterSeconds?: number;
  readonly property?: string;
  readonly kind: GraphErrorKind;

  constructor(init: GraphErrorInit, options?: { cause?: unknown }) {
    super(init.message, options);
    this.name = 'GraphError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.clientRequestId = init.clientRequestId;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.property = init.property;
    this.kind = init.kind;
  }

  static network(clientRequestId: string, cause?: unknown): GraphError {
    return new GraphError(
      {
        kind: 'network',
        status: 0,
        code: 'networkError',
        message: "Couldn't reach Microsoft Graph: the connection dropped before it answered. Check your connection, then try again.",
        clientRequestId,
      },
      { cause },
    );
  }

  static timeout(clientRequestId: string, seconds?: number): GraphError {
    const waited = seconds === undefined ? '' : ` within ${seconds} seconds`;
    return new GraphError({
      kind: 'timeout',
      status: 0,
      code: 'timeout',
      message: `Microsoft Graph didn't answer${waited}. Try again in a moment.`,
      clientRequestId,
    });
  }

  /** A successful status whose body could not be read as the expected JSON. */
  static parse(status: number, clientRequestId: string, requestId?: string, cause?: unknown): GraphError {
    return new GraphError(
      {
        kind: 'parse',
        status,
        code: 'unreadableResponse',
        message: `Microsoft Graph answered ${statusLine(status)}, but the answer couldn't be read.`,
        clientRequestId,
        requestId,
      },
      { cause },
    );
  }
}

export async function graphErrorFromResponse(response: Response, clientRequestId: string): Promise<GraphError> {
  let body = '';
  try {
    body = await response.text();
  } catch {
    // A body cut off mid-stream still leaves the status and headers to report.
  }
  const fields = parseGraphErrorBody(response.status, body, response.headers);
  return new GraphError({ ...fields, kind: 'http', clientRequestId: clientRequestId || fields.clientRequestId });
}

/**
 * Reads Graph's error body `{ error: { code, message, innerError } }`, Intune's JSON-inside-message
 * variant, and bodies that are not JSON at all (proxies, gateways), into readable fields.
 */
export function parseGraphErrorBody(status: number, bodyText: string, headers: HeaderReader, now: number = Date.now()): GraphErrorFields {
  const error = graphErrorObject(bodyText);
  const inner = record(error?.innerError) ?? record(error?.innererror);
  const code = nonEmpty(error?.code) ?? `http${status}`;
  const message = readableMessage(nonEmpty(error?.message)) ?? `Graph answered ${statusLine(status)}.`;
  const fields: GraphErrorFields = { status, code, message };

  const requestId = nonEmpty(inner?.['request-id']) ?? nonEmpty(headers.get('request-id'));
  if (requestId) fields.requestId = requestId;
  const clientRequestId = nonEmpty(inner?.['client-request-id']) ?? nonEmpty(headers.get('client-request-id'));
  if (clientRequestId) fields.clientRequestId = clientRequestId;
  const retryAfterSeconds = parseRetryAfter(headers.get('retry-after'), now);
  if (retryAfterSeconds !== undefined) fields.retryAfterSeconds = retryAfterSeconds;
  if (status === 400) {
    const property = namedProperty(message) ?? namedProperty(nonEmpty(error?.message) ?? '');
    if (property) fields.property = property;
  }
  return fields;
}

/** Whether trying the same request again later may succeed. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof GraphError)) return false;
  if (error.kind === 'network') return true;
  return error.kind === 'http' && (error.status === 429 || error.status === 503 || error.status === 504);
}

/** Whether Graph may have carried the request out although no answer arrived: the screen must read it back to know. */
export function isOutcomeUnknown(error: unknown): boolean {
  return error instanceof GraphError && (error.kind === 'network' || error.kind === 'timeout');
}

function graphErrorObject(bodyText: string): Record<string, unknown> | undefined {
  return record(record(parseJson(bodyText))?.error);
}

/** Intune wraps its own error as JSON text inside `message`; show the useful part of it. */
function readableMessage(message: string | undefined): string | undefined {
  if (!message) return undefined;
  const wrapped = message.trimStart().startsWith('{') ? record(parseJson(message)) : undefined;
  if (!wrapped) return message.trim();
  const inner = nonEmpty(wrapped.Message) ?? nonEmpty(wrapped.message);
  if (!inner) return message.trim();
  return cleanIntuneMessage(inner, nonEmpty(wrapped.CustomApiErrorPhrase));
}

const boilerplate = [
  /\s*-?\s*Operation ID \(for customer support\):\s*[\w-]*/gi,
  /\s*-?\s*Activity ID:\s*[\w-]*/gi,
  /\s*-?\s*Url:\s*\S*/gi,
];
const genericLead = /^an? (?:internal server )?error (?:has )?occurred\.?$/i;

function cleanIntuneMessage(inner: string, customPhrase: string | undefined): string {
  const phraseAt = inner.search(/\s*-?\s*CustomApiErrorPhrase:/i);
  const inlinePhrase = phraseAt >= 0 ? inner.slice(phraseAt).replace(/^\s*-?\s*CustomApiErrorPhrase:/i, '').trim() : '';
  let rest = phraseAt >= 0 ? inner.slice(0, phraseAt) : inner;
  for (const pattern of boilerplate) rest = rest.replace(pattern, '');
  rest = rest.replace(/^[\s-]+|[\s-]+$/g, '');

  const parts: string[] = [];
  if (rest && !genericLead.test(rest)) parts.push(rest);
  const phrase = customPhrase ?? nonEmpty(inlinePhrase);
  if (phrase && !parts.includes(phrase)) parts.push(phrase);
  // With nothing useful left, the full text at least carries the ids support asks for.
  if (parts.length === 0) return inner.trim();
  return parts.map(sentence).join(' ');
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

// Graph's OData messages name the property as `property 'x'`; anything looser would guess.
function namedProperty(message: string): string | undefined {
  return /propert(?:y|ies) '([A-Za-z][A-Za-z0-9]*)'/i.exec(message)?.[1];
}

function parseRetryAfter(value: string | null, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

const reasonPhrases: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  423: 'Locked',
  424: 'Failed Dependency',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  507: 'Insufficient Storage',
  509: 'Bandwidth Limit Exceeded',
};

function statusLine(status: number): string {
  const phrase = reasonPhrases[status];
  return phrase ? `${status} ${phrase}` : String(status);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
