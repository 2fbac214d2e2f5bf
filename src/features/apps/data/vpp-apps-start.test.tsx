import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createGraphClient } from '../../../graph/graph-client';
import { GraphProvider } from '../../../graph/graph-context';
import { simulatedGraph, testQueryClient } from '../../../test/simulated-graph';
import { appKeys } from './app-keys';
import { mobileAppsPath, useStartVppAppsRead } from './vpp-apps';

const sim = simulatedGraph();

function mount(graph = sim.graph) {
  const queryClient = testQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <GraphProvider client={graph}>{children}</GraphProvider>
    </QueryClientProvider>
  );
  renderHook(() => useStartVppAppsRead(), { wrapper });
  return queryClient;
}

describe('useStartVppAppsRead', () => {
  it('starts the tenant’s apps read as a token page mounts, with nothing else asked of Graph', async () => {
    const queryClient = mount();
    await waitFor(() => expect(queryClient.getQueryData(appKeys.vppApps())).toBeDefined());
    expect(sim.requests).toEqual([{ method: 'GET', path: mobileAppsPath }]);
  });

  it('asks nothing of Graph v1.0, whose apps do not say which token bought them', async () => {
    const v1 = createGraphClient({ baseUrl: '/graph', version: 'v1.0', getAccessToken: async () => 'test', origin: 'http://localhost:5173', timeoutMs: 400 });
    mount(v1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sim.requests).toEqual([]);
  });
});
