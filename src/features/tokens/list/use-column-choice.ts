import { useCallback, useMemo, useState } from 'react';
import { readColumnWidths, readHiddenColumns, shownColumns, writeColumnWidths, writeHiddenColumns } from './column-choice';
import { tokenColumns } from './token-columns';

const storage = () => (typeof window === 'undefined' ? undefined : window.localStorage);
const knownIds = tokenColumns.map((column) => column.id);
const hiddenByDefault = tokenColumns.filter((column) => column.hiddenByDefault).map((column) => column.id);

/** The list's columns as this browser shows them (which, and how wide), and the ways to change them. */
export function useColumnChoice() {
  const [hidden, setHidden] = useState(() => readHiddenColumns(storage(), knownIds, hiddenByDefault));
  const columns = useMemo(() => shownColumns(tokenColumns, hidden), [hidden]);
  const changeHidden = useCallback((next: string[]) => {
    setHidden(next);
    writeHiddenColumns(storage(), next);
  }, []);
  // Read once: the grid sizes columns itself while the admin drags; these start it where they left off.
  const [widths, setWidths] = useState(() => readColumnWidths(storage(), knownIds));
  // Changes on reset, so the grid starts its sizing again rather than keep the dragged widths.
  const [widthsVersion, setWidthsVersion] = useState(0);
  // Merged with what was kept, so a hidden column keeps its width for when it shows again.
  const changeWidths = useCallback((next: Record<string, number>) => {
    writeColumnWidths(storage(), { ...readColumnWidths(storage(), knownIds), ...next });
  }, []);
  const resetWidths = useCallback(() => {
    writeColumnWidths(storage(), {});
    setWidths({});
    setWidthsVersion((version) => version + 1);
  }, []);
  return { columns, hidden, changeHidden, widths, widthsVersion, changeWidths, resetWidths };
}
