import { describe, expect, it } from 'vitest';
import { parseSearch, stringifySearch } from './query-string';

describe('the app’s query strings', () => {
  it('reads each parameter as plain text, a list with its commas, the first of a repeated name', () => {
    expect(parseSearch('?state=invalid,expired&q=2027')).toEqual({ state: 'invalid,expired', q: '2027' });
    expect(parseSearch('q=a+b%26c&q=second')).toEqual({ q: 'a b&c' });
    expect(parseSearch('')).toEqual({});
  });

  it('keeps JSON-looking values as the text they are', () => {
    expect(parseSearch('?q=%221%22&n=2')).toEqual({ q: '"1"', n: '2' });
  });

  it('writes plain pairs in the order given, lists with plain commas, and nothing for empty values', () => {
    expect(stringifySearch({ q: 'a,b c', state: ['invalid', 'expired'], health: [], issue: undefined, dir: null, sort: '' })).toBe(
      '?q=a,b+c&state=invalid,expired',
    );
    expect(stringifySearch({})).toBe('');
  });

  it('round-trips what it writes', () => {
    const search = { q: 'ü & = ?#,', state: 'valid' };
    expect(parseSearch(stringifySearch(search))).toEqual(search);
  });
});
