import { useEffect, useRef, useState } from 'react';

/**
 * `value`, but while `paced` it changes at most once every `intervalMs` (the first change at once).
 * While pages stream in, each would otherwise re-sort and re-count the whole growing list.
 */
export function usePacedValue<T>(value: T, paced: boolean, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const shownAt = useRef(0);
  if (!paced && shown !== value) setShown(value);
  useEffect(() => {
    if (!paced || shown === value) return;
    const timer = setTimeout(
      () => {
        shownAt.current = Date.now();
        setShown(value);
      },
      Math.max(0, shownAt.current + intervalMs - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [paced, shown, value, intervalMs]);
  return paced ? shown : value;
}
