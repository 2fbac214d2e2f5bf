import { useCallback, useEffect, useRef, useState, type FocusEvent, type PointerEvent } from 'react';
import { lateModule, useArrived, usePreloadWhenQuiet } from '../../../ui/lazy-with-preload';

// As long as Fluent's own tooltips wait before showing on hover.
const showDelayMs = 250;

/** A cell's description, and the cell it belongs to. */
export type Shown = { cell: HTMLElement; text: string };

/** The text a cell describes itself with (aria-describedby), if any. */
function describedCell(target: EventTarget | null): Shown | undefined {
  const cell = target instanceof Element ? target.closest<HTMLElement>('[role="gridcell"][aria-describedby]') : null;
  const id = cell?.getAttribute('aria-describedby');
  const text = id ? cell!.ownerDocument.getElementById(id)?.textContent : undefined;
  return cell && text ? { cell, text } : undefined;
}

/**
 * One tooltip for every cell of the grid, shown over the cell the pointer rests on or the focus is
 * in. A Fluent Tooltip per cell would be simpler, but each keeps its content mounted in a portal of
 * its own, and a keystroke in the search box that brings 25 new rows would mount 75 of them. The
 * cells say the same text to assistive technology themselves (aria-describedby), so this one is
 * for the eye only.
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
    if (current.current && current.current.cell !== focused.current) hide();
    else clearTimeout(timer.current);
  }, [hide]);

  const onPointerOver = useCallback(
    (event: PointerEvent) => {
      const next = describedCell(event.target);
      if (!next) return backToFocus();
      if (current.current?.cell === next.cell) return;
      clearTimeout(timer.current);
      // From one cell's tooltip to the next at once, as Fluent's own do.
      timer.current = setTimeout(() => show(next), current.current ? 0 : showDelayMs);
    },
    [backToFocus, show],
  );

  const onFocus = useCallback(
    (event: FocusEvent) => {
      const next = describedCell(event.target);
      focused.current = next?.cell ?? null;
      show(next);
    },
    [show],
  );

  const onBlur = useCallback(() => {
    focused.current = null;
    hide();
  }, [hide]);

  return { shown, hide, handlers: { onPointerOver, onPointerLeave: backToFocus, onFocus, onBlur } };
}

// Fluent's Tooltip brings its positioning (Floating UI) and a portal, some 15 kB gzip the list
// would otherwise download before its rows: it comes once the page is quiet, or when a cell first
// asks for it. The cells themselves never change for it, so nothing under the focus remounts.
const tooltipView = lateModule(() => import('./cell-tooltip-view'));

/** The grid's one tooltip, over `shown.cell`, once its code is here. */
export function CellTooltip({ shown, onHide }: { shown: Shown | undefined; onHide: () => void }) {
  usePreloadWhenQuiet(tooltipView);
  const view = useArrived(tooltipView, shown !== undefined);
  return view ? <view.CellTooltipView shown={shown} onHide={onHide} /> : null;
}
