import { useCallback, useMemo, useState } from 'react';
import { readHiddenColumns, shownColumns, writeHiddenColumns } from './column-choice';
import { tokenColumns } from './token-columns';

const storage = () => (typeof window === 'undefined' ? undefined : window.localStorage);
const knownIds = tokenColumns.map((column) => column.id);

/** The list's columns as this browser shows them, and the way to change which. */
export function useColumnChoice() {
  const [hidden, setHidden] = useState(() => readHiddenColumns(storage(), knownIds));
  const columns = useMemo(() => shownColumns(tokenColumns, hidden), [hidden]);
  const changeHidden = useCallback((next: string[]) => {
    setHidden(next);
    writeHiddenColumns(storage(), next);
  }, []);
  return { columns, hidden, changeHidden };
}
