import { useCallback, useEffect, useRef, useState, type FocusEvent, type MouseEvent, type PointerEvent } from 'react';
import { lateModule, useArrived, usePreloadWhenQuiet } from '../../../ui/lazy-with-preload';

// As long as Fluent's own tooltips wait before showing on hover.
const showDelayMs = 250;

/** What the tooltip says, and the element (a cell, a row's icon button) it says it over. */
export type Shown = { over: HTMLElement; text: string };

/**
 * A row's icon button's name (its aria-label), or else the text a cell describes itself with
 * (aria-describedby), if any.
 */
function described(target: EventTarget | null): Shown | undefined {
  if (!(target instanceof Element)) return undefined;
  const button = target.closest<HTMLElement>('[role="gridcell"] button[aria-label]');
  if (button) return { over: button, text: button.getAttribute('aria-label')! };
  const cell = target.closest<HTMLElement>('[role="gridcell"][aria-describedby]');
  const id = cell?.getAttribute('aria-describedby');
  const text = id ? cell!.ownerDocument.getElementById(id)?.textContent : undefined;
  return cell && text ? { over: cell, text } : undefined;
}

/**
 * One tooltip for every cell and row button of the grid, shown over the one the pointer rests on or
 * the focus is in. A Fluent Tooltip per cell would be simpler, but each keeps its content mounted in
 * a portal of its own, and a keystroke in the search box that brings 25 new rows would mount 75 of
 * them. The cells and buttons say the same text to assistive technology themselves
 * (aria-describedby, aria-label), so this one is for the eye only.
 */
export function useCellTooltip() {
  const [shown, setShownState] = useState<Shown | undefined>();
  // Read by the handlers below, which stay the same across renders.
  const current = useRef<Shown | undefined>(undefined);
  const focused = useRef<HTMLElement | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const show = useCallback((next: Shown | undefined) => {
    clearTimeout(timer.current);
    current.current = next;
    setShownState(next);
  }, []);
  const hide = useCallback(() => show(undefined), [show]);
  /** Where the pointer went, the focused cell's tooltip stays. */
  const backToFocus = useCallback(() => {
    if (current.current && current.current.over !== focused.current) hide();
    else clearTimeout(timer.current);
  }, [hide]);

  const onPointerOver = useCallback(
    (event: PointerEvent) => {
      const next = described(event.target);
      if (!next) return backToFocus();
      if (current.current?.over === next.over) return;
      clearTimeout(timer.current);
      // From one cell's tooltip to the next at once, as Fluent's own do.
      timer.current = setTimeout(() => show(next), current.current ? 0 : showDelayMs);
    },
    [backToFocus, show],
  );

  const onFocus = useCallback(
    (event: FocusEvent) => {
      const next = described(event.target);
      focused.current = next?.over ?? null;
      show(next);
    },
    [show],
  );

  // A pressed button may now say something else (Sync licenses becomes Syncing…): its tooltip goes
  // until the pointer or the focus comes back to it.
  const onClick = useCallback(
    (event: MouseEvent) => {
      if (current.current && event.target instanceof Element && event.target.closest('button') === current.current.over) hide();
    },
    [hide],
  );

  const onBlur = useCallback(() => {
    focused.current = null;
    hide();
  }, [hide]);

  return { shown, hide, handlers: { onPointerOver, onPointerLeave: backToFocus, onFocus, onBlur, onClick } };
}

// Fluent's Tooltip brings its positioning (Floating UI) and a portal, some 15 kB gzip the list
// would otherwise download before its rows: it comes once the page is quiet, or when a cell first
// asks for it. The cells themselves never change for it, so nothing under the focus remounts.
const tooltipView = lateModule(() => import('./cell-tooltip-view'));

/** The grid's one tooltip, over `shown.over`, once its code is here. */
export function CellTooltip({ shown, onHide }: { shown: Shown | undefined; onHide: () => void }) {
  usePreloadWhenQuiet(tooltipView);
  const view = useArrived(tooltipView, shown !== undefined);
  return view ? <view.CellTooltipView shown={shown} onHide={onHide} /> : null;
}
