import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../../../simulator/seed.ts';
import { GraphProvider } from '../../../graph/graph-context';
import { simulatedGraph, testQueryClient } from '../../../test/simulated-graph';
import { TokenAppsSection } from './token-apps-section';

const sim = simulatedGraph({ timeoutMs: 2_000 });
const tokenId = SEED_IDS.contosoSchools;

function renderSection() {
  render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={testQueryClient()}>
        <GraphProvider client={sim.graph}>
          <TokenAppsSection tokenId={tokenId} tokenName="Contoso Schools" readOnly={false} syncAction={null} />
        </GraphProvider>
      </QueryClientProvider>
    </FluentProvider>,
  );
}

describe('TokenAppsSection', () => {
  it('keeps a token revoke’s message when the apps read again afterwards find none (the token was deleted elsewhere)', async () => {
    renderSection();
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke licenses' }, { timeout: 5_000 }));
    // Someone deletes the token, and with it its apps, before the admin confirms.
    const deleted = await sim.simulator.handle(
      new Request(`http://localhost:5173/graph/beta/deviceAppManagement/vppTokens/${tokenId}`, { method: 'DELETE', headers: { Authorization: 'Bearer other-admin' } }),
    );
    expect(deleted.status).toBe(204);
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: /^Revoke \d/ }));

    // The revoke is refused; the apps are read again, and Graph lists none on the token.
    expect(await screen.findByText('No apps were bought with this token, or Intune has not synced them yet.', undefined, { timeout: 5_000 })).toBeTruthy();
    expect(screen.getByText('The revoke was not started')).toBeTruthy();
    expect(screen.getByText('This token no longer exists in Intune: it was deleted elsewhere', { exact: false })).toBeTruthy();
  });
});
