import { describe, expect, it } from 'vitest';
import { GraphError, graphErrorFromResponse, isRetryable, parseGraphErrorBody } from './graph-error';

const now = Date.parse('2026-03-10T12:00:00Z');

function headers(values: Record<string, string> = {}) {
  const lower = new Map(Object.entries(values).map(([name, value]) => [name.toLowerCase(), value]));
  return { get: (name: string) => lower.get(name.toLowerCase()) ?? null };
}

function graphBody(code: string, message: string, inner: Record<string, string> = {}) {
  return JSON.stringify({
    error: {
      code,
      message,
      innerError: { date: '2026-03-10T12:00:00', 'request-id': 'req-1', 'client-request-id': 'client-1', ...inner },
    },
  });
}

function intuneMessage(message: string, customPhrase = '') {
  return JSON.stringify({
    _version: 3,
    Message: message,
    CustomApiErrorPhrase: customPhrase,
    RetryAfter: null,
    ErrorSourceService: '',
    HttpHeaders: '{}',
  });
}

const boilerplate =
  'An error has occurred - Operation ID (for customer support): 00000000-0000-0000-0000-000000000000 - Activity ID: 4f1a7c3e-9b2d-4e8f-a1c6-5d3b2e7f9a10 - Url: https://fef.msua06.manage.microsoft.com/StatelessAppMetadataFEService/deviceAppManagement/vppTokens(%27a1b2%27)?api-version=5023-05-04 - CustomApiErrorPhrase: ';

describe('parseGraphErrorBody', () => {
  it('reads a plain Graph error', () => {
    const body = graphBody('ResourceNotFound', 'Resource not found for the segment \'vppTokens\'.');
    expect(parseGraphErrorBody(404, body, headers(), now)).toEqual({
      status: 404,
      code: 'ResourceNotFound',
      message: "Resource not found for the segment 'vppTokens'.",
      requestId: 'req-1',
      clientRequestId: 'client-1',
    });
  });

  it("shows Intune's inner message with the operation, activity and URL boilerplate removed", () => {
    const body = graphBody('BadRequest', intuneMessage(`The Apple ID does not match this token. - ${boilerplate.replace('An error has occurred - ', '')}`));
    expect(parseGraphErrorBody(400, body, headers(), now).message).toBe('The Apple ID does not match this token.');
  });

  it("keeps Intune's custom error phrase", () => {
    const body = graphBody('BadRequest', intuneMessage(`${boilerplate}The token has expired`, 'The token has expired'));
    expect(parseGraphErrorBody(400, body, headers(), now).message).toBe('The token has expired.');
  });

  it('keeps a custom phrase written only inside the message', () => {
    const body = graphBody('BadRequest', intuneMessage(`${boilerplate}Location already in use`));
    expect(parseGraphErrorBody(400, body, headers(), now).message).toBe('Location already in use.');
  });

  it("keeps Intune's whole inner message, ids and all, when nothing else useful is in it", () => {
    const body = graphBody('InternalServerError', intuneMessage(boilerplate));
    expect(parseGraphErrorBody(500, body, headers(), now).message).toBe(boilerplate.trim());
  });

  it('shows the raw message when it is JSON without an inner Message', () => {
    const body = graphBody('BadRequest', '{"detail":"odd"}');
    expect(parseGraphErrorBody(400, body, headers(), now).message).toBe('{"detail":"odd"}');
  });

  it('names the property a 400 complains about', () => {
    const body = graphBody(
      'BadRequest',
      "The property 'countryOrRegon' does not exist on type 'microsoft.graph.vppToken'. Make sure to only use property names that are defined by the type.",
    );
    expect(parseGraphErrorBody(400, body, headers(), now).property).toBe('countryOrRegon');
  });

  it('names the property inside an Intune message', () => {
    const body = graphBody('BadRequest', intuneMessage(`Invalid value for property 'appleId' - ${boilerplate.replace('An error has occurred - ', '')}`));
    const fields = parseGraphErrorBody(400, body, headers(), now);
    expect(fields.property).toBe('appleId');
    expect(fields.message).toBe("Invalid value for property 'appleId'.");
  });

  it('does not guess a property from other quoted words', () => {
    const body = graphBody('BadRequest', "Resource not found for the segment 'vppTokens'.");
    expect(parseGraphErrorBody(400, body, headers(), now)).not.toHaveProperty('property');
  });

  it('only looks for a property on a 400', () => {
    const body = graphBody('Conflict', "The property 'displayName' is locked.");
    expect(parseGraphErrorBody(409, body, headers(), now)).not.toHaveProperty('property');
  });

  it('explains an HTML page from a proxy by its status', () => {
    const html = '<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
    expect(parseGraphErrorBody(502, html, headers({ 'request-id': 'req-h' }), now)).toEqual({
      status: 502,
      code: 'http502',
      message: 'Graph answered 502 Bad Gateway.',
      requestId: 'req-h',
    });
  });

  it('explains an empty body by its status', () => {
    expect(parseGraphErrorBody(503, '', headers(), now).message).toBe('Graph answered 503 Service Unavailable.');
    expect(parseGraphErrorBody(418, '', headers(), now).message).toBe('Graph answered 418.');
  });

  it('explains a JSON body without an error object by its status', () => {
    expect(parseGraphErrorBody(500, '{"value":[]}', headers(), now)).toMatchObject({ code: 'http500', message: 'Graph answered 500 Internal Server Error.' });
    expect(parseGraphErrorBody(500, '{"error":"boom"}', headers(), now).message).toBe('Graph answered 500 Internal Server Error.');
  });

  it('takes the request ids from the headers when the body has none', () => {
    const body = JSON.stringify({ error: { code: 'Forbidden', message: 'Access denied.' } });
    expect(parseGraphErrorBody(403, body, headers({ 'request-id': 'req-2', 'client-request-id': 'client-2' }), now)).toMatchObject({
      requestId: 'req-2',
      clientRequestId: 'client-2',
    });
  });

  it('reads a Retry-After in seconds', () => {
    const body = graphBody('TooManyRequests', 'Too many requests.');
    expect(parseGraphErrorBody(429, body, headers({ 'Retry-After': '17' }), now).retryAfterSeconds).toBe(17);
  });

  it('reads a Retry-After given as a date, as seconds from now', () => {
    const later = new Date(now + 90_000).toUTCString();
    expect(parseGraphErrorBody(429, '', headers({ 'Retry-After': later }), now).retryAfterSeconds).toBe(90);
    const past = new Date(now - 90_000).toUTCString();
    expect(parseGraphErrorBody(429, '', headers({ 'Retry-After': past }), now).retryAfterSeconds).toBe(0);
  });

  it('ignores a Retry-After it cannot read', () => {
    expect(parseGraphErrorBody(429, '', headers({ 'Retry-After': 'soon' }), now)).not.toHaveProperty('retryAfterSeconds');
  });
});

describe('graphErrorFromResponse', () => {
  it('builds a GraphError from a Response, keeping the client-request-id the app sent', async () => {
    const response = new Response(graphBody('BadRequest', "The property 'foo' does not exist."), {
      status: 400,
      headers: { 'Content-Type': 'application/json', 'Retry-After': '5' },
    });
    const error = await graphErrorFromResponse(response, 'sent-id');
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'GraphError',
      kind: 'http',
      status: 400,
      code: 'BadRequest',
      message: "The property 'foo' does not exist.",
      requestId: 'req-1',
      clientRequestId: 'sent-id',
      retryAfterSeconds: 5,
      property: 'foo',
    });
  });

  it('copes with a response without a body', async () => {
    const error = await graphErrorFromResponse(new Response(null, { status: 504 }), 'sent-id');
    expect(error).toMatchObject({ status: 504, message: 'Graph answered 504 Gateway Timeout.', clientRequestId: 'sent-id' });
  });
});

describe('GraphError', () => {
  it('explains a network failure and what to do, true for a read as much as for a save', () => {
    const error = GraphError.network('sent-id', new TypeError('Failed to fetch'));
    expect(error).toMatchObject({ kind: 'network', status: 0, clientRequestId: 'sent-id' });
    expect(error.message).toBe("Couldn't reach Microsoft Graph: the connection dropped before it answered. Check your connection, then try again.");
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('explains a timeout', () => {
    expect(GraphError.timeout('sent-id', 30)).toMatchObject({
      kind: 'timeout',
      message: "Microsoft Graph didn't answer within 30 seconds. Try again in a moment.",
    });
  });

  it('explains an answer that could not be read', () => {
    expect(GraphError.parse(200, 'sent-id', 'req-9')).toMatchObject({
      kind: 'parse',
      status: 200,
      requestId: 'req-9',
      message: "Microsoft Graph answered 200, but the answer couldn't be read.",
    });
  });
});

describe('isRetryable', () => {
  const http = (status: number) => new GraphError({ kind: 'http', status, code: 'x', message: 'x' });

  it('retries throttling, unavailability, gateway timeouts and network failures', () => {
    expect(isRetryable(http(429))).toBe(true);
    expect(isRetryable(http(503))).toBe(true);
    expect(isRetryable(http(504))).toBe(true);
    expect(isRetryable(GraphError.network('id'))).toBe(true);
  });

  it('does not retry what would fail again', () => {
    for (const status of [400, 401, 403, 404, 409, 500, 502]) expect(isRetryable(http(status))).toBe(false);
    expect(isRetryable(GraphError.parse(200, 'id'))).toBe(false);
    expect(isRetryable(new Error('other'))).toBe(false);
    expect(isRetryable(undefined)).toBe(false);
  });
});
