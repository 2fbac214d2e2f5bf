/**
 * Graph's error envelope and Intune's habit of hiding a JSON document inside `error.message`.
 * Clients must cope with both, so the simulator produces both, exactly in the published shapes.
 */

/** Per-request ids that every answer (success or error) carries, as Graph does. */
export interface RequestContext {
  requestId: string;
  clientRequestId: string;
  url: URL;
  now: () => number;
}

export interface GraphErrorOptions {
  /** Wrap the message in Intune's `{"_version":3,"Message":...}` JSON string. */
  intune?: boolean;
  /** Seconds, sent as the Retry-After header (and RetryAfter inside an Intune message). */
  retryAfter?: number;
}

/** Thrown anywhere in a request's handling; the top of the handler turns it into a Response. */
export class GraphHttpError extends Error {
  override name = 'GraphHttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly options: GraphErrorOptions = {},
  ) {
    super(message);
  }
}

export const JSON_CONTENT_TYPE = 'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8';

/** Graph's innerError.date: UTC, seconds precision, no zone suffix. */
function graphDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

export function baseHeaders(ctx: RequestContext, extra: Record<string, string> = {}): Headers {
  const headers = new Headers(extra);
  headers.set('request-id', ctx.requestId);
  headers.set('client-request-id', ctx.clientRequestId);
  return headers;
}

export function jsonResponse(
  status: number,
  body: unknown,
  ctx: RequestContext,
  extra: Record<string, string> = {},
): Response {
  const headers = baseHeaders(ctx, extra);
  headers.set('Content-Type', JSON_CONTENT_TYPE);
  return new Response(JSON.stringify(body), { status, headers });
}

export function noContent(ctx: RequestContext): Response {
  return new Response(null, { status: 204, headers: baseHeaders(ctx) });
}

/**
 * Intune's message document. The human-readable reason sits in CustomApiErrorPhrase and at the end
 * of Message; "Activity ID" is this request's request-id so support can correlate.
 */
export function intuneMessage(phrase: string, ctx: RequestContext, retryAfter?: number): string {
  const intuneUrl =
    'https://fef.msub02.manage.microsoft.com/StatelessAppMetadataFEService' +
    ctx.url.pathname.replace(/^\/graph\/(beta|v1\.0)/i, '') +
    '?api-version=2024-02-02';
  return JSON.stringify({
    _version: 3,
    Message:
      'An error has occurred - Operation ID (for customer support): 00000000-0000-0000-0000-000000000000' +
      ` - Activity ID: ${ctx.requestId} - Url: ${intuneUrl} - CustomApiErrorPhrase: ${phrase}`,
    CustomApiErrorPhrase: phrase,
    RetryAfter: retryAfter ?? null,
    ErrorSourceService: '',
    HttpHeaders: '{}',
  });
}

export function errorResponse(error: GraphHttpError, ctx: RequestContext): Response {
  const { retryAfter, intune } = error.options;
  const message = intune ? intuneMessage(error.message, ctx, retryAfter) : error.message;
  const extra: Record<string, string> = retryAfter !== undefined ? { 'Retry-After': String(retryAfter) } : {};
  return jsonResponse(
    error.status,
    {
      error: {
        code: error.code,
        message,
        innerError: {
          date: graphDate(ctx.now()),
          'request-id': ctx.requestId,
          'client-request-id': ctx.clientRequestId,
        },
      },
    },
    ctx,
    extra,
  );
}

/** Graph's usual code per status, for faults that name only a status. */
export function defaultCode(status: number): string {
  const codes: Record<number, string> = {
    400: 'BadRequest',
    401: 'InvalidAuthenticationToken',
    403: 'Forbidden',
    404: 'ResourceNotFound',
    405: 'MethodNotAllowed',
    409: 'Conflict',
    412: 'PreconditionFailed',
    423: 'Locked',
    424: 'FailedDependency',
    429: 'TooManyRequests',
    500: 'InternalServerError',
    502: 'BadGateway',
    503: 'ServiceUnavailable',
    504: 'GatewayTimeout',
  };
  return codes[status] ?? (status >= 500 ? 'InternalServerError' : 'BadRequest');
}

export function defaultMessage(status: number): string {
  const messages: Record<number, string> = {
    400: 'The request is invalid.',
    401: 'Access token has expired or is not yet valid.',
    403: 'Application is not authorized to perform this operation.',
    404: 'The requested resource does not exist.',
    409: 'The request conflicts with the current state of the resource.',
    412: 'The precondition given in the request evaluated to false.',
    429: 'Too many requests. Please retry after the time given in the Retry-After header.',
    500: 'An internal server error occurred.',
    502: 'Bad gateway.',
    503: 'The service is currently unavailable. Please try again later.',
    504: 'The gateway timed out.',
  };
  return messages[status] ?? `The request failed with status ${status}.`;
}

// Helpers for the errors the routes raise, so wording stays uniform (clients look for `property 'x'`).

export function badRequest(message: string, options?: GraphErrorOptions): GraphHttpError {
  return new GraphHttpError(400, 'BadRequest', message, options);
}

export function invalidProperty(name: string, version: string): GraphHttpError {
  return badRequest(
    `Invalid property '${name}': it does not exist on type 'microsoft.graph.vppToken' in ${version}.`,
  );
}

export function invalidValue(name: string, reason: string, options?: GraphErrorOptions): GraphHttpError {
  return badRequest(`Invalid value for property '${name}': ${reason}`, options);
}

export function tokenNotFound(id: string): GraphHttpError {
  return new GraphHttpError(404, 'ResourceNotFound', `VPP token with id '${id}' was not found.`, { intune: true });
}

export function appNotFound(id: string): GraphHttpError {
  return new GraphHttpError(404, 'ResourceNotFound', `Mobile app with id '${id}' was not found.`, { intune: true });
}

export function segmentNotFound(segment: string): GraphHttpError {
  return badRequest(`Resource not found for the segment '${segment}'.`);
}
