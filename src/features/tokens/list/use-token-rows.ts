import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useDeferredValue, useMemo, useState } from 'react';
import { summarizeAttention } from './attention';
import { filterRows, type ListView } from './list-view';
import { createRowDeriver, sortRows } from './token-rows';

const noTokens: VppToken[] = [];

/**
 * The rows the grid shows, worked out in stages so each input redoes only its own share: a keystroke
 * filters the already sorted rows, and a sort reorders rows already derived.
 */
export function useTokenRows(tokens: VppToken[] | undefined, now: number, view: ListView) {
  // While pages stream in, React may fold several of them into one render instead of re-sorting the
  // growing list for each; the first page still shows at once.
  const arrived = useDeferredValue(tokens);
  const [deriveRows] = useState(createRowDeriver);
  const all = useMemo(() => deriveRows(arrived ?? noTokens, now), [deriveRows, arrived, now]);
  const summary = useMemo(() => summarizeAttention(all), [all]);
  const sorted = useMemo(() => sortRows(all, view.sort, view.direction), [all, view.sort, view.direction]);
  const { search, states, health, issue } = view;
  const shown = useMemo(() => filterRows(sorted, { search, states, health, issue }), [sorted, search, states, health, issue]);
  /** Every token that has arrived, as rows; undefined until the first page has. */
  const rows = arrived === undefined ? undefined : all;
  return { rows, summary, shown };
}
