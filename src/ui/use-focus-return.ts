import type { PresenceMotionSlotProps } from '@fluentui/react-components';
import { useLayoutEffect, useRef } from 'react';

/**
 * Gives focus back to what had it when a dialog opened, once the dialog has left the screen. Fluent's
 * dialog does so only for a trigger marked by its useRestoreFocusTarget, whose focus manager would
 * join every screen's first download; without it, closing a dialog left focus on the page's body.
 * Pass the result as the Dialog's `surfaceMotion`. `elsewhere`, where given, decides instead, from
 * the element that had focus (which may have left the page meanwhile).
 */
export function useFocusReturn(open: boolean, elsewhere?: (opener: HTMLElement | null) => void): PresenceMotionSlotProps {
  const opener = useRef<HTMLElement | null>(null);
  // Layout effects run before the dialog's own effect moves focus into it.
  useLayoutEffect(() => {
    if (!open) return;
    const focused = document.activeElement;
    opener.current = focused instanceof HTMLElement && focused !== document.body ? focused : null;
  }, [open]);
  return {
    onMotionFinish: (_, { direction }) => {
      if (direction !== 'exit') return;
      if (elsewhere) elsewhere(opener.current);
      else if (opener.current?.isConnected) opener.current.focus();
    },
  };
}
