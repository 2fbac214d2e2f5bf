import { describe, expect, it } from 'vitest';
import { refusedQueryOption, withoutQueryOptions } from './query-options';

const list = new URL('https://graph.microsoft.com/beta/deviceAppManagement/vppTokens?$top=250&$select=id,displayName');

describe('query options a read can do without', () => {
  it('names the option a 400 names when the refused URL carried it', () => {
    expect(refusedQueryOption(list, "Query option '$top' is not allowed on this resource.")).toBe('$top');
    expect(refusedQueryOption(list, 'The query parameter $SELECT is not supported.')).toBe('$select');
  });

  it('names none for another 400, or for an option the URL did not carry', () => {
    expect(refusedQueryOption(list, "Property 'displayName' is read-only.")).toBeUndefined();
    expect(refusedQueryOption(new URL('https://graph.microsoft.com/beta/x?$select=id'), "Query option '$top' is not allowed.")).toBeUndefined();
    expect(refusedQueryOption(list, "Query option '$topmost' is unknown.")).toBeUndefined();
  });

  it('leaves the named options out, whatever their case or $, and keeps the rest', () => {
    const url = new URL('https://graph.microsoft.com/beta/x?$TOP=5&select=id&$skiptoken=abc');
    expect(withoutQueryOptions(url, new Set(['$top', '$select'])).search).toBe('?%24skiptoken=abc');
    expect(withoutQueryOptions(list, new Set())).toBe(list);
  });
});
