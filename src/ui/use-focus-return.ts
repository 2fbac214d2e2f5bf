import type { PresenceMotionSlotProps } from '@fluentui/react-components';
import { useState } from 'react';

/**
 * Gives focus back to what had it when a dialog opened, once the dialog has left the screen. Fluent's
 * dialog does so only for a trigger marked by its useRestoreFocusTarget, whose focus manager would
 * join every screen's first download; without it, closing a dialog left focus on the page's body.
 * Pass the result as the Dialog's `surfaceMotion`. `elsewhere`, where given, decides instead, from
 * the element that had focus (which may have left the page meanwhile).
 */
export function useFocusReturn(open: boolean, elsewhere?: (opener: HTMLElement | null) => void): PresenceMotionSlotProps {
  // Read while rendering, not in an effect: when effects run again (StrictMode in development), a
  // dialog mounted already open (the first question asked) has moved focus into itself by then.
  const [opener, setOpener] = useState(() => (open ? focusedElement() : null));
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setOpener(focusedElement());
  }
  return {
    onMotionFinish: (_, { direction }) => {
      if (direction !== 'exit') return;
      if (elsewhere) elsewhere(opener);
      else if (opener?.isConnected) opener.focus();
    },
  };
}

function focusedElement(): HTMLElement | null {
  const focused = document.activeElement;
  return focused instanceof HTMLElement && focused !== document.body ? focused : null;
}
