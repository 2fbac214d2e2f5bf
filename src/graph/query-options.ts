/**
 * Query options a read can do without. Graph documents `$top` and `$select` on the collections this
 * app reads, but a tenant's Graph may refuse one with a 400 that names it; the read is then made
 * again without it, and later reads leave it out from the start.
 */
export const droppableQueryOptions = ['$top', '$select'] as const;

/** The droppable option a refusal's message names, when the refused URL carried it. */
export function refusedQueryOption(url: URL, message: string): string | undefined {
  return droppableQueryOptions.find((option) => hasOption(url, option) && new RegExp(`\\${option}\\b`, 'i').test(message));
}

/** `url` without the named options (`$top`, or plain `top` as beta also accepts). */
export function withoutQueryOptions(url: URL, options: ReadonlySet<string>): URL {
  if (options.size === 0) return url;
  const next = new URL(url);
  for (const key of [...next.searchParams.keys()]) {
    if (options.has(normalise(key))) next.searchParams.delete(key);
  }
  return next;
}

function hasOption(url: URL, option: string): boolean {
  return [...url.searchParams.keys()].some((key) => normalise(key) === option);
}

const normalise = (key: string) => (key.startsWith('$') ? key : `$${key}`).toLowerCase();
