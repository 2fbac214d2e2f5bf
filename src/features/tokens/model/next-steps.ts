import type { HealthAction, TokenHealth } from './health';

export type NextStep = { action: HealthAction; messages: string[] };

/**
 * A token's health reasons grouped by what fixes them, worst first, so each fix is offered once
 * (a failed and an overdue sync both ask for one sync, not two buttons).
 */
export function nextSteps(health: TokenHealth): NextStep[] {
  const steps: NextStep[] = [];
  for (const { action, message } of health.reasons) {
    const step = steps.find((s) => s.action === action);
    if (step) step.messages.push(message);
    else steps.push({ action, messages: [message] });
  }
  return steps;
}

/** Whether a renewal is what the token needs: expired, expiring within the warning window, or no longer accepted by Apple. */
export function needsRenewal(health: TokenHealth): boolean {
  return health.reasons.some((reason) => reason.action === 'renew');
}
