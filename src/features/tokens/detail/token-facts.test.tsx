import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GraphProvider } from '../../../graph/graph-context';
import { simulatedGraph, testQueryClient } from '../../../test/simulated-graph';
import { at, day, now, token } from '../../../test/test-tokens';
import { TokenFacts } from './token-facts';

const sim = simulatedGraph();

function factsOf(facts: Parameters<typeof TokenFacts>[0]['token']) {
  render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={testQueryClient()}>
        <GraphProvider client={sim.graph}>
          <TokenFacts token={facts} now={now} />
        </GraphProvider>
      </QueryClientProvider>
    </FluentProvider>,
  );
  const shown = new Map<string, string>();
  for (const term of screen.getAllByRole('term')) shown.set(term.textContent ?? '', term.nextElementSibling?.textContent ?? '');
  return shown;
}

describe('TokenFacts', () => {
  it('says the state and the last sync’s result in the words the list uses, not as Graph spells them', () => {
    const facts = factsOf(token({ state: 'assignedToExternalMDM', lastSyncStatus: 'inProgress', lastSyncDateTime: at(-2 * day) }));
    expect(facts.get('State')).toBe('Managed by another MDM');
    expect(facts.get('Last sync')).toBe('2 days ago (in progress)');
  });

  it('adds no result to a token that never synced, and shows a state newer than this code as Graph spells it', () => {
    const facts = factsOf(token({ state: 'suspendedByApple' as never, lastSyncStatus: 'none', lastSyncDateTime: '0001-01-01T00:00:00Z' }));
    expect(facts.get('State')).toBe('suspendedByApple');
    expect(facts.get('Last sync')).toBe('never');
  });

  it('shows the newest revoke of the token in words, once, instead of Graph’s action name and state', () => {
    const facts = factsOf(
      token({
        tokenActionResults: [
          { actionName: 'RevokeLicenses', actionState: 'failed', startDateTime: at(-3 * day), lastUpdatedDateTime: at(-3 * day) },
          { actionName: 'RevokeLicenses', actionState: 'done', startDateTime: at(-day), lastUpdatedDateTime: at(-day) },
        ],
      }),
    );
    expect(facts.get('Revoke licenses')).toBe('Done yesterday');
    expect([...facts.keys()].filter((term) => term.includes('RevokeLicenses'))).toEqual([]);
  });
});
