import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * The value of the last render, for handlers that keep their identity across renders (so what they
 * are passed to need not draw again) and read the value when they run. Set before the browser
 * paints, so no event sees an older value than the screen shows.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  return latest;
}
