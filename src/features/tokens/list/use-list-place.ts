import { useCallback, useRef, useState } from 'react';
import { recallListPlace, rememberListPlace } from './list-memory';
import type { GridPlace } from './token-grid';

/**
 * Keeps where the admin is in the grid, so that coming back from a token shows the same rows with
 * the same row focused. `viewQuery` is the view on screen when the list opens.
 */
export function useListPlace(viewQuery: string) {
  const [initialPlace] = useState(() => {
    const recalled = recallListPlace();
    return recalled?.viewQuery === viewQuery ? recalled : undefined;
  });
  const place = useRef<GridPlace>({ scrollTop: initialPlace?.scrollTop ?? 0, focusedRowId: initialPlace?.focusedRowId });
  const onPlaceChange = useCallback((change: Partial<GridPlace>) => Object.assign(place.current, change), []);
  const rememberPlace = useCallback(
    (currentViewQuery: string, openedRowId: string) => rememberListPlace({ ...place.current, viewQuery: currentViewQuery, focusedRowId: openedRowId }),
    [],
  );
  return { initialPlace, onPlaceChange, rememberPlace };
}
