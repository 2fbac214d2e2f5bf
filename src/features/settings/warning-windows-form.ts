import { daysText, syncAgesInOrder, warningWindowChoices, type WarningWindow, type WarningWindows } from './warning-windows';

/** What is wrong with the windows as chosen, each message for the field it belongs to; empty when they can be saved. */
export function warningWindowsProblems(windows: WarningWindows): Partial<Record<WarningWindow, string>> {
  const problems: Partial<Record<WarningWindow, string>> = {};
  for (const name of Object.keys(warningWindowChoices) as WarningWindow[]) {
    if (!warningWindowChoices[name].includes(windows[name])) problems[name] = 'Choose one of the listed values.';
  }
  if (!problems.syncWarningAfterDays && !problems.syncUnhealthyAfterDays && !syncAgesInOrder(windows)) {
    const { syncWarningAfterDays: warning, syncUnhealthyAfterDays: unhealthy } = windows;
    problems.syncWarningAfterDays = `The warning must come before the token turns unhealthy: choose less than ${daysText(unhealthy)}.`;
    problems.syncUnhealthyAfterDays = `A token turns unhealthy only after its sync warning: choose more than ${daysText(warning)}.`;
  }
  return problems;
}

/** How each choice reads in the settings, Intune's own default named as such. */
export function choiceLabel(name: WarningWindow, value: number, defaultValue: number): string {
  const text = name === 'runningOutPercent' ? `${value} %` : name === 'revokeWaitMinutes' ? `${value} minutes` : value === 1 ? '1 day' : `${value} days`;
  return value === defaultValue ? `${text} (default)` : text;
}
