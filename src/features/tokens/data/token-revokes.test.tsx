import { MutationObserver, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { revokeKeys } from '../../apps/data/app-keys';
import type { RevokeRequest } from '../../apps/data/revoke-licenses';
import { watch } from '../../../test/simulated-graph';
import { tokenKeys } from './token-keys';
import { useTokenReadAfterRevokes } from './token-revokes';

const tokenId = 'token-a';

/** A revoke on the token that runs until `finish` is called, as the apps section starts one. */
function startRevoke(queryClient: QueryClient, request: RevokeRequest) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const running = new MutationObserver<void, Error, RevokeRequest>(queryClient, { mutationKey: revokeKeys.token(tokenId), mutationFn: () => done }).mutate(request);
  return { finish: async () => act(async () => (finish(), await running)) };
}

function tokenPage() {
  const queryClient = new QueryClient();
  let reads = 0;
  watch(queryClient, { queryKey: tokenKeys.detail(tokenId), queryFn: async () => ({ id: tokenId, read: ++reads }) });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  renderHook(() => useTokenReadAfterRevokes(tokenId), { wrapper });
  return { queryClient, reads: () => reads };
}

const tokenRevoke: RevokeRequest = { scope: 'token', tokenId, notifyManagedDevices: false, revokeUntrackedLicenses: false };

describe('useTokenReadAfterRevokes', () => {
  it('reads the token again once its last revoke of the token’s licenses is over, not before', async () => {
    const page = tokenPage();
    await waitFor(() => expect(page.reads()).toBe(1));
    const first = await act(async () => startRevoke(page.queryClient, tokenRevoke));
    const second = await act(async () => startRevoke(page.queryClient, tokenRevoke));
    await first.finish();
    expect(page.reads()).toBe(1);
    await second.finish();
    await waitFor(() => expect(page.reads()).toBe(2));
  });

  it('leaves the token alone after a revoke of one app, which writes nothing on the token', async () => {
    const page = tokenPage();
    await waitFor(() => expect(page.reads()).toBe(1));
    const app = { id: 'app-1' } as never;
    const revoke = await act(async () => startRevoke(page.queryClient, { scope: 'app', tokenId, app, notifyManagedDevices: false }));
    await revoke.finish();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.reads()).toBe(1);
  });
});
