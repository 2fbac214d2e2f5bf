import { render, renderHook } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFocusReturn } from './use-focus-return';

const exited = { direction: 'exit' } as const;
const entered = { direction: 'enter' } as const;
const event = null as never;

function button(label: string) {
  const element = document.createElement('button');
  element.textContent = label;
  document.body.append(element);
  return element;
}

afterEach(() => document.body.replaceChildren());

describe('useFocusReturn', () => {
  it('gives focus back to what had it when the dialog opened, once the dialog has gone', () => {
    const opener = button('Delete token');
    opener.focus();
    const { result, rerender } = renderHook(({ open }) => useFocusReturn(open), { initialProps: { open: true } });
    button('Cancel').focus();
    rerender({ open: false });
    result.current.onMotionFinish!(event, entered);
    expect(document.activeElement).not.toBe(opener);
    result.current.onMotionFinish!(event, exited);
    expect(document.activeElement).toBe(opener);
  });

  it('lets the caller decide where focus goes, given what had it', () => {
    const opener = button('Renew token');
    opener.focus();
    const elsewhere = vi.fn();
    const { result, rerender } = renderHook(({ open }) => useFocusReturn(open, elsewhere), { initialProps: { open: true } });
    rerender({ open: false });
    result.current.onMotionFinish!(event, exited);
    expect(elsewhere).toHaveBeenCalledWith(opener);
  });

  it('remembers the opener of each opening, not the first', () => {
    const first = button('Renew token');
    first.focus();
    const { result, rerender } = renderHook(({ open }) => useFocusReturn(open), { initialProps: { open: true } });
    rerender({ open: false });
    const second = button('Renew token again');
    second.focus();
    rerender({ open: true });
    button('Close').focus();
    rerender({ open: false });
    result.current.onMotionFinish!(event, exited);
    expect(document.activeElement).toBe(second);
  });

  it('remembers the opener when the dialog mounts already open and its own effects take focus first', () => {
    const opener = button('Delete token');
    opener.focus();
    const cancel = button('Cancel');
    // A child's effects run before its parent's: the dialog has taken focus before any effect of the hook could read it.
    function FocusTrap() {
      useLayoutEffect(() => cancel.focus(), []);
      return null;
    }
    let motion: ReturnType<typeof useFocusReturn> | undefined;
    function Question({ open }: { open: boolean }) {
      motion = useFocusReturn(open);
      return open ? <FocusTrap /> : null;
    }
    const { rerender } = render(<Question open />);
    expect(document.activeElement).toBe(cancel);
    rerender(<Question open={false} />);
    motion!.onMotionFinish!(event, exited);
    expect(document.activeElement).toBe(opener);
  });
});
