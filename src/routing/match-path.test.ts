import { describe, expect, it } from 'vitest';
import { matchPath } from './match-path';

describe('matchPath', () => {
  it('matches a literal path, with or without a trailing slash', () => {
    expect(matchPath('/tokens/new', '/tokens/new')).toEqual({});
    expect(matchPath('/tokens/new', '/tokens/new/')).toEqual({});
    expect(matchPath('/', '/')).toEqual({});
  });

  it('takes a parameter from its segment, decoded', () => {
    expect(matchPath('/tokens/:tokenId', '/tokens/a%2Fb%20c')).toEqual({ tokenId: 'a/b c' });
  });

  it('refuses paths with other segments or another number of them', () => {
    expect(matchPath('/tokens/:tokenId', '/tokens')).toBeNull();
    expect(matchPath('/tokens/:tokenId', '/tokens/1/edit')).toBeNull();
    expect(matchPath('/', '/tokens')).toBeNull();
    expect(matchPath('/tokens/new', '/tokens/old')).toBeNull();
  });

  it('refuses a parameter that is not a valid escape rather than throwing', () => {
    expect(matchPath('/tokens/:tokenId', '/tokens/%E0%A4%A')).toBeNull();
  });

  it('lets a star take whatever is left, nothing included', () => {
    expect(matchPath('*', '/anything/at/all')).toEqual({});
    expect(matchPath('*', '/')).toEqual({});
  });
});
