import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePacedValue } from './use-paced-value';

describe('usePacedValue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const render = (value: string, paced: boolean) =>
    renderHook(({ value, paced }) => usePacedValue(value, paced, 250), { initialProps: { value, paced } });

  it('follows the value at once when not paced', () => {
    const hook = render('a', false);
    hook.rerender({ value: 'b', paced: false });
    expect(hook.result.current).toBe('b');
  });

  it('while paced, takes the first change on the next turn and then at most one change per interval', () => {
    const hook = render('page 0', true);
    hook.rerender({ value: 'page 1', paced: true });
    act(() => vi.advanceTimersByTime(0));
    expect(hook.result.current).toBe('page 1');

    hook.rerender({ value: 'page 2', paced: true });
    act(() => vi.advanceTimersByTime(100));
    hook.rerender({ value: 'page 3', paced: true });
    act(() => vi.advanceTimersByTime(100));
    expect(hook.result.current).toBe('page 1');
    act(() => vi.advanceTimersByTime(50));
    expect(hook.result.current).toBe('page 3');
  });

  it('shows the last value at once when pacing ends', () => {
    const hook = render('page 0', true);
    hook.rerender({ value: 'page 1', paced: true });
    act(() => vi.advanceTimersByTime(0));
    hook.rerender({ value: 'page 2', paced: true });
    hook.rerender({ value: 'all pages', paced: false });
    expect(hook.result.current).toBe('all pages');
  });
});
