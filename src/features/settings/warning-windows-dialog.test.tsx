import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveWarningWindows } from './use-warning-windows';
import { WarningWindowsDialog } from './warning-windows-dialog';
import { defaultWarningWindows, readWarningWindows } from './warning-windows';

function renderDialog() {
  const onClose = vi.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <WarningWindowsDialog open onClose={onClose} />
    </FluentProvider>,
  );
  return onClose;
}

const select = (label: string) => screen.getByRole('combobox', { name: label }) as HTMLSelectElement;

describe('WarningWindowsDialog', () => {
  // The windows are the page's, shared by every screen: each test starts from the defaults, nothing kept.
  beforeEach(() => {
    saveWarningWindows(defaultWarningWindows);
    window.localStorage.clear();
  });

  it('opens on Intune’s defaults, each field labelled, the default named', () => {
    renderDialog();
    expect(screen.getByRole('dialog', { name: 'Warning windows' })).toBeTruthy();
    expect(select('Warn before a token expires').value).toBe('7');
    expect(select('Sync warning after').value).toBe('1');
    expect(select('Unhealthy after').value).toBe('3');
    expect(select('Licenses running out at').value).toBe('90');
    expect(select('Revoke, then delete: wait for Apple up to').value).toBe('10');
    expect([...select('Warn before a token expires').options].map((option) => option.text)).toEqual([
      '7 days (default)',
      '14 days',
      '30 days',
      '60 days',
      '90 days',
    ]);
  });

  it('says at the fields why sync ages out of order cannot be saved, and saves nothing', () => {
    const onClose = renderDialog();
    fireEvent.change(select('Sync warning after'), { target: { value: '5' } });
    expect(screen.getByText('The warning must come before the token turns unhealthy: choose less than 3 days.')).toBeTruthy();
    expect(screen.getByText('A token turns unhealthy only after its sync warning: choose more than 5 days.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(window.localStorage.getItem('vpp-console.warning-windows')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(select('Sync warning after'));
  });

  it('keeps valid windows in this browser on Save, and goes back to the defaults on request', () => {
    const onClose = renderDialog();
    fireEvent.change(select('Warn before a token expires'), { target: { value: '60' } });
    fireEvent.change(select('Sync warning after'), { target: { value: '5' } });
    fireEvent.change(select('Unhealthy after'), { target: { value: '7' } });
    expect(screen.queryByText(/must come before/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onClose).toHaveBeenCalled();
    expect(readWarningWindows(window.localStorage)).toEqual({ expiringWithinDays: 60, syncWarningAfterDays: 5, syncUnhealthyAfterDays: 7, runningOutPercent: 90, revokeWaitMinutes: 10 });

    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults' }));
    expect(select('Warn before a token expires').value).toBe('7');
  });
});
