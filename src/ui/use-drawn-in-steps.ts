import { useCallback, useMemo, useState } from 'react';

/**
 * A long list drawn a step at a time: the first `step` items, then `step` more each time the admin
 * asks. Hundreds of table rows with their buttons take seconds to draw; the newest are what is looked
 * at first.
 */
export function useDrawnInSteps<T>(items: readonly T[] | undefined, step: number) {
  const [count, setCount] = useState(step);
  const drawn = useMemo(() => items?.slice(0, count), [items, count]);
  const notDrawn = Math.max(0, (items?.length ?? 0) - count);
  const drawMore = useCallback(() => setCount((current) => current + step), [step]);
  return { drawn, notDrawn, drawMore };
}
