import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import type { HealthLevel } from '../model/health';

/** Graph's token states in the words an admin reads in the grid and the state filter. */
export const stateLabels: Readonly<Record<string, string>> = {
  valid: 'Valid',
  expired: 'Expired',
  invalid: 'Invalid',
  assignedToExternalMDM: 'Managed by another MDM',
  duplicateLocationId: 'Duplicate location',
  unknown: 'Unknown',
};

export const knownStates: readonly string[] = Object.keys(stateLabels);

/** A state added to Graph after this code shows as Graph spells it rather than vanishing. */
export function stateLabel(state: string | null | undefined): string {
  if (!state) return 'Unknown';
  return stateLabels[state] ?? state;
}

export const healthLabels: Readonly<Record<HealthLevel, string>> = {
  unhealthy: 'Unhealthy',
  warning: 'Warning',
  healthy: 'Healthy',
};

export const healthLevels: readonly HealthLevel[] = ['unhealthy', 'warning', 'healthy'];

/** What a state filter says it shows: the states picked, or nothing when it shows all. */
export function stateFilterText(states: readonly string[]): string {
  return states.map(stateLabel).join(', ');
}

export function healthFilterText(health: readonly HealthLevel[]): string {
  return health.map((level) => healthLabels[level]).join(', ');
}

const accountTypeLabels: Readonly<Record<string, string>> = { business: 'Business', education: 'Education' };

export function accountTypeLabel(type: string | null | undefined): string {
  if (!type) return '';
  return accountTypeLabels[type] ?? type;
}

const syncStatusLabels: Readonly<Record<string, string>> = {
  completed: 'completed',
  failed: 'failed',
  inProgress: 'in progress',
  none: '',
};

/** "completed", "failed", "in progress"; nothing for a token that never synced. */
export function syncStatusLabel(status: string | null | undefined): string {
  if (!status) return '';
  return syncStatusLabels[status] ?? status;
}

export function autoUpdateLabel(on: boolean | null | undefined): string {
  return on ? 'On' : 'Off';
}

const deliveryProtocolLabels: Readonly<Record<string, string>> = {
  default: 'Default',
  mobileDeviceManagement: 'MDM',
  declarativeDeviceManagement: 'Declarative (DDM)',
};

/**
 * How Apple delivers the token's apps to devices (beta's appleDeviceAppDeliveryProtocolType, newer
 * than Graph's published typings). Set by Intune and shown only; a value added to Graph later shows
 * as Graph spells it.
 */
export function deliveryProtocolLabel(token: VppToken): string {
  const protocol = (token as VppToken & { appleDeviceAppDeliveryProtocolType?: string | null }).appleDeviceAppDeliveryProtocolType;
  if (!protocol) return '';
  return deliveryProtocolLabels[protocol] ?? protocol;
}
