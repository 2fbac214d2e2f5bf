import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import type { TokenPatch } from './token-fields';

/**
 * What the app shows for a token: the server's value with every pending save laid over it, in the
 * order the saves were made. A save that fails simply leaves this list, so only its own fields fall
 * back to the server's value.
 */
export function applyPendingPatches<T extends VppToken>(server: T, patches: readonly TokenPatch[]): T {
  let shown: T | undefined;
  for (const patch of patches) {
    for (const [key, value] of Object.entries(patch)) {
      // The token file is a secret and not part of what the server shows back.
      if (key === 'token' || value === undefined) continue;
      shown ??= { ...server };
      (shown as Record<string, unknown>)[key] = Array.isArray(value) ? [...value] : value;
    }
  }
  // Untouched tokens keep their identity, so memoised rows do not re-render.
  return shown ?? server;
}

/** The list with pending saves applied; the same array when nothing in it is pending. */
export function applyPendingToList(list: VppToken[], pendingById: Map<string, TokenPatch[]>): VppToken[] {
  if (pendingById.size === 0) return list;
  let shown: VppToken[] | undefined;
  list.forEach((token, index) => {
    const patches = token.id === undefined ? undefined : pendingById.get(token.id);
    if (!patches || patches.length === 0) return;
    const next = applyPendingPatches(token, patches);
    if (next === token) return;
    shown ??= list.slice();
    shown[index] = next;
  });
  return shown ?? list;
}
