import { renderHook } from '@testing-library/react';
import { useCallback } from 'react';
import { describe, expect, it } from 'vitest';
import { useLatest } from './use-latest';

describe('useLatest', () => {
  it('lets a handler made once read the value of the last render', () => {
    const { result, rerender } = renderHook(({ value }) => {
      const latest = useLatest(value);
      return useCallback(() => latest.current, [latest]);
    }, { initialProps: { value: 'first' } });
    const handler = result.current;
    rerender({ value: 'second' });
    expect(result.current).toBe(handler);
    expect(handler()).toBe('second');
  });
});
