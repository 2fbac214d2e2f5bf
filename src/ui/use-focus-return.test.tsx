import { renderHook } from '@testing-library/react';
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
});
