import { QueryClient } from '@tanstack/react-query';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { describe, expect, it } from 'vitest';
import { simulatedGraph } from '../../../test/simulated-graph';
import { startBulkRun } from './bulk-change';
import { startBulkUndo } from './bulk-undo';
import { tokenKeys } from './token-keys';
import type { TokenList } from './token-queries';

const { simulator, requests, graph } = simulatedGraph({ timeoutMs: 5000 });

describe('undo of a bulk edit', () => {
  it('puts back each token the edit changed through $batch, and names the one changed since', async () => {
    simulator.reset(12);
    const tokens = simulator.state();
    const off = tokens.filter((t) => !t.automaticallyUpdateApps).map((t) => t.id!);
    expect(off.length).toBeGreaterThan(2);
    const queryClient = new QueryClient();
    queryClient.setQueryData<TokenList>(tokenKeys.list(), { tokens, complete: true });
    const run = { id: 'run-1', action: { kind: 'edit', edit: { kind: 'automaticallyUpdateApps', on: true } } } as const;
    startBulkRun(queryClient, graph, run, tokens);
    await expect.poll(() => queryClient.isMutating(), { timeout: 5000 }).toBe(0);
    expect(simulator.state().every((t) => t.automaticallyUpdateApps)).toBe(true);

    // Another save turned one back off since: Undo must leave it alone and say so.
    const changedSince = off[0]!;
    queryClient.setQueryData<VppToken>(tokenKeys.detail(changedSince), { ...tokens.find((t) => t.id === changedSince), automaticallyUpdateApps: false });
    requests.length = 0;
    const undo = startBulkUndo(queryClient, graph, run, 'run-2');
    await expect.poll(() => queryClient.isMutating(), { timeout: 5000 }).toBe(0);

    expect(undo).toMatchObject({ kind: 'undo', of: 'Turn automatic app updates on' });
    expect(undo.notUndone).toHaveLength(1);
    expect(undo.notUndone[0]!.reason).toContain('Automatically update apps left alone: changed since (now off)');
    const stored = new Map(simulator.state().map((t) => [t.id, t.automaticallyUpdateApps]));
    for (const id of off.slice(1)) expect(stored.get(id)).toBe(false);
    // Tokens the edit did not change, and the one left alone, keep their value.
    expect(stored.get(changedSince)).toBe(true);
    expect([...stored.values()].filter(Boolean)).toHaveLength(tokens.length - off.length + 1);
    expect(requests.filter((request) => request.path === '/$batch')).toHaveLength(1);
  });
});
