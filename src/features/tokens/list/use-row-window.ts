import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { rowsToDraw, scrollTopShowing, type RowLayout, type RowRange } from './row-window';

type View = { scrollTop: number; height: number };

/**
 * The rows of `layout` that `scroller` shows, following its scrolling and its size, and the moves
 * the grid makes itself (back to the top, to a row the keyboard reached).
 */
export function useRowWindow(scroller: HTMLElement | null, layout: RowLayout, options: { overscan: number; initialScrollTop?: number }) {
  const [view, setView] = useState<View>({ scrollTop: options.initialScrollTop ?? 0, height: 0 });
  const initialScrollTop = useRef(options.initialScrollTop);

  useLayoutEffect(() => {
    if (!scroller) return;
    // Once, when the grid first shows: where the admin was before opening a token.
    if (initialScrollTop.current) scroller.scrollTo({ top: initialScrollTop.current });
    initialScrollTop.current = undefined;
    const read = () =>
      setView((current) =>
        current.scrollTop === scroller.scrollTop && current.height === scroller.clientHeight
          ? current
          : { scrollTop: scroller.scrollTop, height: scroller.clientHeight },
      );
    read();
    // Drawn in the same frame as the scroll, so fast scrolling never shows an empty stretch.
    const onScroll = () => flushSync(read);
    scroller.addEventListener('scroll', onScroll, { passive: true });
    const observer = new ResizeObserver(read);
    observer.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, [scroller]);

  const range: RowRange = rowsToDraw(layout, view.scrollTop, view.height, options.overscan);
  const scrollToTop = useCallback(() => scroller?.scrollTo({ top: 0 }), [scroller]);
  const scrollToRow = useCallback(
    (index: number) => scroller?.scrollTo({ top: scrollTopShowing(layout, index, scroller.scrollTop, scroller.clientHeight) }),
    [scroller, layout],
  );
  return { range, scrollToTop, scrollToRow };
}
