export type RouteParams = Readonly<Record<string, string>>;

/**
 * Matches `pathname` against a route pattern such as `/tokens/:tokenId`: each `:name` segment
 * takes one decoded path segment, `*` takes whatever is left. A trailing slash does not matter.
 * Answers the parameters, or null when the path is not the pattern's.
 */
export function matchPath(pattern: string, pathname: string): RouteParams | null {
  const wanted = segments(pattern);
  const given = segments(pathname);
  const params: Record<string, string> = {};
  for (let i = 0; i < wanted.length; i++) {
    const part = wanted[i]!;
    if (part === '*') return params;
    const value = given[i];
    if (value === undefined) return null;
    if (part.startsWith(':')) {
      const decoded = decode(value);
      if (decoded === null || decoded === '') return null;
      params[part.slice(1)] = decoded;
    } else if (part !== value) {
      return null;
    }
  }
  return given.length === wanted.length ? params : null;
}

function segments(path: string): string[] {
  return path.split('/').filter((part) => part !== '');
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed escape (`%E0%A4%A`) names no token: the path simply does not match.
    return null;
  }
}
