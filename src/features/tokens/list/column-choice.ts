/**
 * Which of the list's columns the admin shows, kept per browser as Intune's "Columns" does. The name
 * always shows: a row must say which token it is.
 */
export const alwaysShownColumn = 'name';

const storageKey = 'vpp-console.list.hidden-columns';

/**
 * The hidden column ids the browser kept, only those still known; `byDefault` when nothing was kept
 * or it is unreadable.
 */
export function readHiddenColumns(storage: Pick<Storage, 'getItem'> | undefined, known: readonly string[], byDefault: readonly string[] = []): string[] {
  try {
    const kept = storage?.getItem(storageKey);
    const parsed: unknown = kept == null ? byDefault : JSON.parse(kept);
    return known.filter((id) => id !== alwaysShownColumn && (Array.isArray(parsed) ? parsed : byDefault).includes(id));
  } catch {
    return known.filter((id) => byDefault.includes(id));
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

/**
 * The shown column the row actions (sync, renew) follow: the fixes sit beside the health that calls
 * for them, and beside the name, which always shows, when the admin hides the health.
 */
export function actionsColumnAfter(shown: readonly { id: string }[]): string {
  return shown.some((column) => column.id === 'health') ? 'health' : alwaysShownColumn;
}

const widthsKey = 'vpp-console.list.column-widths';

/** Narrower than this a column shows nothing useful; wider than this it is a slip of the mouse. */
const widthLimits = { min: 40, max: 1600 };

/** The widths (px) the admin gave columns by resizing them, only for known columns and sane values. */
export function readColumnWidths(storage: Pick<Storage, 'getItem'> | undefined, known: readonly string[]): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(widthsKey) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const kept = Object.entries(parsed as Record<string, unknown>).filter(
      (entry): entry is [string, number] =>
        known.includes(entry[0]) && typeof entry[1] === 'number' && Number.isFinite(entry[1]) && entry[1] >= widthLimits.min && entry[1] <= widthLimits.max,
    );
    return Object.fromEntries(kept.map(([id, width]) => [id, Math.round(width)]));
  } catch {
    return {};
  }
}

export function writeColumnWidths(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, widths: Readonly<Record<string, number>>) {
  try {
    if (Object.keys(widths).length === 0) storage?.removeItem(widthsKey);
    else storage?.setItem(widthsKey, JSON.stringify(widths));
  } catch {
    // As with the hidden columns: the widths still hold until reload.
  }
}
