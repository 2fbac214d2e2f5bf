/**
 * Which of the list's columns the admin shows, kept per browser as Intune's "Columns" does. The name
 * always shows: a row must say which token it is.
 */
export const alwaysShownColumn = 'name';

const storageKey = 'vpp-console.list.hidden-columns';

/** The hidden column ids the browser kept, only those still known; none when nothing was kept or it is unreadable. */
export function readHiddenColumns(storage: Pick<Storage, 'getItem'> | undefined, known: readonly string[]): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(storageKey) ?? '[]');
    return Array.isArray(parsed) ? known.filter((id) => id !== alwaysShownColumn && parsed.includes(id)) : [];
  } catch {
    return [];
  }
}

export function writeHiddenColumns(storage: Pick<Storage, 'setItem'> | undefined, hidden: readonly string[]) {
  try {
    storage?.setItem(storageKey, JSON.stringify(hidden));
  } catch {
    // A browser that keeps nothing (private mode, full storage) still shows the choice until reload.
  }
}

/** The columns to draw, in their own order, without the hidden ones. */
export function shownColumns<T extends { id: string }>(columns: readonly T[], hidden: readonly string[]): T[] {
  return columns.filter((column) => column.id === alwaysShownColumn || !hidden.includes(column.id));
}
