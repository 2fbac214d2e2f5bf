/**
 * The app's query strings: plain `name=value` pairs as any link or admin writes them
 * (`?state=invalid,expired&q=2027`), not the router's default of JSON in the URL, so that links
 * shared before the router changed keep working. Routes validate what they read (validateSearch).
 */

/** Every parameter as its text; the first wins when a name repeats. */
export function parseSearch(search: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(search)) if (!Object.hasOwn(params, name)) params[name] = value;
  return params;
}

/**
 * `?` and the parameters in the order given, or '' when none has a value. A list is written with
 * plain commas (`state=invalid,expired`): they separate its values, and text containing one reads
 * back the same. Empty text, an empty list, undefined and null are left out.
 */
export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(search)) {
    const text = Array.isArray(value) ? value.join(',') : value === undefined || value === null ? '' : String(value);
    if (text !== '') params.set(name, text);
  }
  const query = params.toString().replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}
