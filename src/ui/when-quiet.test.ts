import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quietAtMostMs, whenQuiet } from './when-quiet';

describe('whenQuiet', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the browser to be idle and then for every read to Graph to end', async () => {
    const queryClient = new QueryClient();
    let answer!: (value: string) => void;
    void queryClient.prefetchQuery({ queryKey: ['tokens', 'list'], queryFn: () => new Promise<string>((resolve) => (answer = resolve)) });
    const run = vi.fn();
    whenQuiet(queryClient, run);

    // Without requestIdleCallback (Node), idle means a second later.
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).not.toHaveBeenCalled();
    answer('13 tokens');
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs once idle when nothing is being read, and not at all once cancelled', async () => {
    const queryClient = new QueryClient();
    const run = vi.fn();
    whenQuiet(queryClient, run);
    const cancelled = vi.fn();
    whenQuiet(queryClient, cancelled)();
    await vi.advanceTimersByTimeAsync(999);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('runs after quietAtMostMs even while a read to Graph is still waiting (a long Retry-After), and only once', async () => {
    const queryClient = new QueryClient();
    let answer!: (value: string) => void;
    void queryClient.prefetchQuery({ queryKey: ['tokens', 'list'], queryFn: () => new Promise<string>((resolve) => (answer = resolve)) });
    const run = vi.fn();
    whenQuiet(queryClient, run);

    await vi.advanceTimersByTimeAsync(quietAtMostMs - 1);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    answer('13 tokens');
    await vi.advanceTimersByTimeAsync(quietAtMostMs);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
