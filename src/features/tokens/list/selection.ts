/** Which tokens the admin has ticked, and the one a Shift-click range starts from. */
export type Selection = { ids: ReadonlySet<string>; anchor?: string };

export const noSelection: Selection = { ids: new Set() };

/**
 * A tick on one row; with `range` (Shift-click), every row from the last ticked one to this one,
 * in the order the grid shows them, takes this row's new state.
 */
export function toggleRow(selection: Selection, id: string, order: readonly string[], range: boolean): Selection {
  const selecting = !selection.ids.has(id);
  const ids = new Set(selection.ids);
  const from = range && selection.anchor !== undefined ? order.indexOf(selection.anchor) : -1;
  const to = order.indexOf(id);
  const span = from >= 0 && to >= 0 ? order.slice(Math.min(from, to), Math.max(from, to) + 1) : [id];
  for (const each of span) {
    if (selecting) ids.add(each);
    else ids.delete(each);
  }
  return { ids, anchor: id };
}

export type ShownSelection = 'none' | 'some' | 'all';

export function shownSelection(selection: Selection, shown: readonly string[]): ShownSelection {
  const ticked = shown.filter((id) => selection.ids.has(id)).length;
  if (ticked === 0) return 'none';
  return ticked === shown.length ? 'all' : 'some';
}

/** The header tick: every token matching the current view, or, when they all are ticked, none of them. */
export function toggleAllShown(selection: Selection, shown: readonly string[]): Selection {
  const ids = new Set(selection.ids);
  if (shownSelection(selection, shown) === 'all') shown.forEach((id) => ids.delete(id));
  else shown.forEach((id) => ids.add(id));
  return { ids, anchor: selection.anchor };
}

/** Forgets ticks on tokens that are gone (deleted here or elsewhere); the same object when none are. */
export function withoutMissing(selection: Selection, present: ReadonlySet<string>): Selection {
  if ([...selection.ids].every((id) => present.has(id))) return selection;
  return { ids: new Set([...selection.ids].filter((id) => present.has(id))), anchor: selection.anchor };
}
