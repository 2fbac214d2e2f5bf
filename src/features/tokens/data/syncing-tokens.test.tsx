import { MutationObserver, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useSyncingTokenIds } from './sync-token';
import { syncTokenKeys } from './token-keys';

/** A sync of `id` that runs until `finish` is called. */
function startSync(queryClient: QueryClient, id: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const running = new MutationObserver(queryClient, { mutationKey: syncTokenKeys.token(id), mutationFn: () => done }).mutate();
  return { finish: async () => act(async () => (finish(), await running)) };
}

describe('useSyncingTokenIds', () => {
  it('holds the tokens whose sync is running, drops each as it ends, and keeps its identity while they stay the same', async () => {
    const queryClient = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
    const { result, rerender } = renderHook(() => useSyncingTokenIds(), { wrapper });
    expect([...result.current]).toEqual([]);

    const first = await act(async () => startSync(queryClient, 'token-a'));
    const second = await act(async () => startSync(queryClient, 'token-b'));
    await waitFor(() => expect([...result.current].sort()).toEqual(['token-a', 'token-b']));
    const shown = result.current;
    rerender();
    expect(result.current).toBe(shown);

    await first.finish();
    await waitFor(() => expect([...result.current]).toEqual(['token-b']));
    await second.finish();
    await waitFor(() => expect([...result.current]).toEqual([]));
  });
});
