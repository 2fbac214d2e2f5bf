/** How one key of a config section is read: its kind, its check, and its default when absent. */
export type FieldReader<T> = { fallback?: T; optional?: boolean } & ([T] extends [string[]]
  ? { kind: 'list'; atLeastOne?: boolean }
  : [T] extends [number]
    ? { kind: 'integer'; min: number; max: number }
    : [string] extends [T]
      ? { kind: 'string'; test: (value: string) => boolean; reason: string }
      : { kind: 'choice'; choices: readonly T[] });

type AnyField = { fallback?: unknown; optional?: boolean } & (
  | { kind: 'list'; atLeastOne?: boolean }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'string'; test: (value: string) => boolean; reason: string }
  | { kind: 'choice'; choices: readonly unknown[] }
);

export type FieldsOf<T> = { [K in keyof T]-?: FieldReader<Exclude<T[K], undefined>> };

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expected(field: AnyField): string {
  if (field.kind === 'list') return 'a list';
  if (field.kind === 'integer') return 'number';
  if (field.kind === 'choice') return field.choices.map((choice) => JSON.stringify(choice)).join(' or ');
  return 'string';
}

/** Why `value` does not fit `field`, in words for whoever edits config.json; undefined when it fits. */
function refusalOf(field: AnyField, value: unknown): string | undefined {
  switch (field.kind) {
    case 'string':
      if (typeof value !== 'string') return 'must be a string';
      return field.test(value) ? undefined : field.reason;
    case 'choice':
      return field.choices.includes(value) ? undefined : `must be ${expected(field)}`;
    case 'list':
      if (!Array.isArray(value)) return 'must be a list';
      if (!value.every((item) => typeof item === 'string' && item !== '')) return 'must be a list of non-empty strings';
      return field.atLeastOne && value.length === 0 ? 'must name at least one' : undefined;
    case 'integer':
      return Number.isInteger(value) && (value as number) >= field.min && (value as number) <= field.max
        ? undefined
        : `must be a whole number from ${field.min} to ${field.max}`;
  }
}

/**
 * Reads the section `parent[key]` with `fields`: known keys only, defaults filled in. Each problem is
 * pushed as "section.key: what is wrong"; the section comes back only when it had none.
 */
export function readFields<T>(parent: Record<string, unknown>, key: string, fields: FieldsOf<T>, problems: string[]): T | undefined {
  const source = parent[key];
  if (source === undefined) {
    problems.push(`${key}: missing (expected object)`);
    return undefined;
  }
  if (!isPlainObject(source)) {
    problems.push(`${key}: must be an object`);
    return undefined;
  }
  const before = problems.length;
  const section: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(fields) as [string, AnyField][]) {
    const value = source[name];
    if (value === undefined) {
      if (field.fallback !== undefined) section[name] = Array.isArray(field.fallback) ? [...field.fallback] : field.fallback;
      else if (!field.optional) problems.push(`${key}.${name}: missing (expected ${expected(field)})`);
      continue;
    }
    const refusal = refusalOf(field, value);
    if (refusal) problems.push(`${key}.${name}: ${refusal}`);
    else section[name] = Array.isArray(value) ? [...value] : value;
  }
  return problems.length === before ? (section as T) : undefined;
}
