import { describe, expect, it } from 'vitest';
import { parseSearch, stringifySearch } from '../../../config/query-string';
import { listSearchOf, listSearchSchema, listViewOf, listViewQuery } from './list-search';
import { defaultView, type ListView } from './list-view';

/** What the `/` route makes of an address's query string. */
const read = (query: string) => listViewOf(listSearchSchema.parse(parseSearch(query)));
const write = (view: Partial<ListView>) => listViewQuery({ ...defaultView, ...view });

describe('the list’s view in the URL', () => {
  it('is the default for an empty query string, and the default writes nothing', () => {
    expect(read('')).toEqual(defaultView);
    expect(write({})).toBe('');
  });

  it('reads every part', () => {
    expect(read('q=contoso+north&sort=expires&dir=desc&state=valid,invalid&health=warning&issue=expiresSoon')).toEqual({
      search: 'contoso north',
      sort: 'expires',
      direction: 'descending',
      states: ['valid', 'invalid'],
      health: ['warning'],
      issue: 'expiresSoon',
    });
  });

  it('round-trips any view', () => {
    const views: Partial<ListView>[] = [
      { search: 'a&b=c, d' },
      { sort: 'name', direction: 'ascending' },
      { sort: 'health', direction: 'ascending' },
      { states: ['assignedToExternalMDM', 'duplicateLocationId'], health: ['unhealthy', 'healthy'] },
      { issue: 'syncLate', search: 'ü' },
    ];
    for (const view of views) expect(read(write(view))).toEqual({ ...defaultView, ...view });
  });

  it('writes today’s format: plain pairs, filters with plain commas, no JSON', () => {
    expect(write({ states: ['invalid', 'expired'], search: 'a,b c' })).toBe('q=a,b+c&state=invalid,expired');
    expect(write({ search: '2027', states: ['invalid', 'expired'] })).toBe('q=2027&state=invalid,expired');
    expect(stringifySearch(listSearchOf({ ...defaultView, sort: 'name', direction: 'ascending' }))).toBe('?sort=name&dir=asc');
  });

  it('reads links shared before the router changed as they were meant', () => {
    expect(read('state=invalid,expired&q=2027')).toEqual({ ...defaultView, search: '2027', states: ['invalid', 'expired'] });
  });

  it('lets each wrong parameter fall back to its default alone, keeping the others', () => {
    expect(read('sort=colour&dir=sideways&state=valid,bogus&health=great&issue=nope&q=north')).toEqual({ ...defaultView, search: 'north', states: ['valid'] });
    expect(read('sort=name&dir=sideways')).toMatchObject({ sort: 'name', direction: 'ascending' });
  });

  it('gives a column its natural direction when the link names none, and ignores a direction without a column', () => {
    expect(read('sort=name')).toMatchObject({ sort: 'name', direction: 'ascending' });
    expect(read('dir=asc')).toEqual(defaultView);
  });

  it('drops repeated filter values', () => {
    expect(read('state=valid,valid&health=warning,warning')).toMatchObject({ states: ['valid'], health: ['warning'] });
  });

  it('spells a search one canonical way, so a view has one address', () => {
    const canonical = (query: string) => stringifySearch(listSearchSchema.parse(parseSearch(query)));
    expect(canonical('dir=asc&sort=health&dir=desc&state=&q=')).toBe('?sort=health&dir=asc');
    expect(canonical('health=warning&sort=health&dir=desc')).toBe('?health=warning');
    expect(canonical('sort=name')).toBe('?sort=name&dir=asc');
  });

  it('names every parameter, the default ones as undefined, so none of the address’s unvalidated text shows through', () => {
    expect(listSearchSchema.parse(parseSearch('health=great&sort=colour'))).toEqual({
      q: undefined,
      sort: undefined,
      dir: undefined,
      state: undefined,
      health: undefined,
      issue: undefined,
    });
    expect(Object.keys(listSearchSchema.parse({}))).toEqual(['q', 'sort', 'dir', 'state', 'health', 'issue']);
  });

  it('takes the values a navigation gives as well as the text an address holds', () => {
    expect(listSearchSchema.parse({ state: ['expired', 'bogus'], health: 'warning', q: 42 })).toMatchObject({ q: undefined, state: ['expired'], health: ['warning'] });
  });
});
