import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { attentionItems, summarizeAttention, type AttentionFilter } from './attention';
import { AttentionSummary } from './attention-summary';
import { at, day, now, token } from '../../../test/test-tokens';
import { toTokenRow } from './token-rows';


function renderSummary(tokens: VppToken[], { pressed, complete = true }: { pressed?: string; complete?: boolean } = {}) {
  const summary = summarizeAttention(tokens.map((t) => toTokenRow(t, now)));
  const onShow = vi.fn<(filter: AttentionFilter) => void>();
  render(
    <FluentProvider theme={webLightTheme}>
      <AttentionSummary items={attentionItems(summary)} total={summary.total} complete={complete} pressed={pressed} onShow={onShow} />
    </FluentProvider>,
  );
  return onShow;
}

const tenant = [
  token({}),
  token({ state: 'invalid' }),
  token({ expirationDateTime: at(-2 * day) }),
  token({ expirationDateTime: at(3 * day) }),
  token({ lastSyncStatus: 'failed' }),
];

describe('AttentionSummary', () => {
  it('counts what needs attention, in an admin’s words', () => {
    renderSummary(tenant);
    const group = screen.getByRole('group', { name: 'Tokens that need attention' });
    expect(group.textContent).toContain('Needs attention:');
    const buttons = screen.getAllByRole('button').map((button) => button.textContent);
    expect(buttons).toEqual(['2 unhealthy', '2 warnings', '1 expired', '1 invalid', '1 expiring within 7 days', '1 with a failed last sync', 'Warning windows']);
  });

  it('shows exactly the counted tokens when a count is pressed', () => {
    const onShow = renderSummary(tenant);
    fireEvent.click(screen.getByRole('button', { name: '2 unhealthy' }));
    expect(onShow).toHaveBeenLastCalledWith({ health: ['unhealthy'], issue: undefined });
    fireEvent.click(screen.getByRole('button', { name: '1 expiring within 7 days' }));
    expect(onShow).toHaveBeenLastCalledWith({ health: [], issue: 'expiresSoon' });
  });

  it('marks the count on show as pressed, and pressing it again shows every token', () => {
    const onShow = renderSummary(tenant, { pressed: 'expired' });
    const expired = screen.getByRole('button', { name: '1 expired' });
    expect(expired.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: '1 invalid' }).getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(expired);
    expect(onShow).toHaveBeenLastCalledWith({ health: [], issue: undefined });
  });

  it('says when every token is healthy, and that counts are partial while pages arrive', () => {
    renderSummary([token({}), token({})], { complete: false });
    expect(screen.getByText('All 2 tokens are healthy so far.')).toBeTruthy();
    // Healthy by the warning windows, which stay one click away.
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Warning windows']);
  });

  it('shows nothing before any token has arrived', () => {
    renderSummary([]);
    expect(screen.queryByRole('group')).toBeNull();
  });
});
