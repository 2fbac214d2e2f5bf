/**
 * Tokens stored verbatim through the control API, for tests of data Graph may send but the
 * simulator's own validation would refuse: markup in names, unknown enum members, unreadable dates,
 * missing and null properties. Only `id` is checked, because the store is keyed on it.
 */
import { badRequest } from './errors.ts';
import type { VppTokenEntity } from './vpp-token.ts';

/** One entity or a list of them; an entity without an id gets a new one. */
export function parseRawTokens(body: unknown): VppTokenEntity[] {
  const items = Array.isArray(body) ? body : [body];
  return items.map((item, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw badRequest(`Raw token ${index} must be a JSON object.`);
    }
    const { id } = item as { id?: unknown };
    if (id === undefined) return { ...item, id: crypto.randomUUID() } as VppTokenEntity;
    if (typeof id !== 'string' || id.trim() === '') throw badRequest(`Raw token ${index}: 'id' must be a non-empty string when given.`);
    return item as VppTokenEntity;
  });
}
