import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useMemo, useState } from 'react';
import { summarizeAttention } from './attention';
import { filterRows, type ListView } from './list-view';
import { noLicenses, type TokenLicenses } from '../../apps/model/vpp-apps';
import type { WarningWindows } from '../../settings/warning-windows';
import { createRowDeriver, sortRows, withLicenses } from './token-rows';
import { usePacedValue } from './use-paced-value';

const noTokens: VppToken[] = [];

/**
 * The rows the grid shows, worked out in stages so each input redoes only its own share: a keystroke
 * filters the already sorted rows, and a sort reorders rows already derived.
 */
export function useTokenRows(
  tokens: VppToken[] | undefined,
  complete: boolean,
  now: number,
  view: ListView,
  licensesByToken: ReadonlyMap<string, TokenLicenses> | undefined,
  windows: WarningWindows,
) {
  // 3,000 tokens come in 120 pages: the grid takes them in a few times a second, not 120 times.
  const arrived = usePacedValue(tokens, !complete, 250);
  const [deriveRows] = useState(createRowDeriver);
  const derived = useMemo(() => deriveRows(arrived ?? noTokens, now, windows), [deriveRows, arrived, now, windows]);
  const all = useMemo(() => withLicenses(derived, licensesByToken, noLicenses), [derived, licensesByToken]);
  const summary = useMemo(() => summarizeAttention(all), [all]);
  const sorted = useMemo(() => sortRows(all, view.sort, view.direction), [all, view.sort, view.direction]);
  const { search, states, health, issue } = view;
  const shown = useMemo(() => filterRows(sorted, { search, states, health, issue }), [sorted, search, states, health, issue]);
  /** Every token that has arrived, as rows; undefined until the first page has. */
  const rows = arrived === undefined ? undefined : all;
  return { rows, summary, shown };
}
