import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDrawnInSteps } from './use-drawn-in-steps';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('useDrawnInSteps', () => {
  it('draws the first step, then a step more each time, and counts what is left', () => {
    const items = numbers(25);
    const { result } = renderHook(() => useDrawnInSteps(items, 10));
    expect(result.current.drawn).toEqual(numbers(10));
    expect(result.current.notDrawn).toBe(15);
    act(() => result.current.drawMore());
    expect(result.current.drawn).toEqual(numbers(20));
    act(() => result.current.drawMore());
    expect(result.current.drawn).toEqual(items);
    expect(result.current.notDrawn).toBe(0);
  });

  it('draws nothing while there are no items yet, and keeps its step when they arrive', () => {
    const { result, rerender } = renderHook(({ items }: { items: number[] | undefined }) => useDrawnInSteps(items, 10), { initialProps: { items: undefined as number[] | undefined } });
    expect(result.current.drawn).toBeUndefined();
    expect(result.current.notDrawn).toBe(0);
    rerender({ items: numbers(12) });
    expect(result.current.drawn).toEqual(numbers(10));
    expect(result.current.notDrawn).toBe(2);
  });
});
