import { useMutation, useMutationState, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import type { GraphClient } from '../../../graph/graph-client';
import { useGraphClient } from '../../../graph/graph-context';
import { isRetryable } from '../../../graph/graph-error';
import { nextPollDelay, sleep, type PollSchedule } from '../../../graph/poll-schedule';
import { resultsAddedSince, revokeStatus, type RevokeActionResult, type RevokeStatus } from '../model/revoke';
import { licenseUse, type VppApp } from '../model/vpp-apps';
import { appKeys, revokeKeys } from './app-keys';
import { mobileAppsPath } from './vpp-apps';

/** What to revoke. `notifyManagedDevices` tells the devices' users their app stops being licensed. */
export type RevokeRequest =
  | { scope: 'token'; tokenId: string; notifyManagedDevices: boolean; revokeUntrackedLicenses: boolean }
  | { scope: 'app'; tokenId: string; app: VppApp; notifyManagedDevices: boolean }
  | { scope: 'user'; tokenId: string; app: VppApp; userId: string; notifyManagedDevices: boolean }
  | { scope: 'device'; tokenId: string; app: VppApp; managedDeviceId: string; notifyManagedDevices: boolean };

/** How the revoke ended as far as the admin waited: freed, refused with Apple's reason, or still going. */
export type RevokeOutcome = RevokeStatus | { state: 'stillRunning' };

// Apple frees licenses in seconds to minutes; past five the admin is told it is still going.
export const revokePolling: PollSchedule = { firstDelayMs: 1000, maxDelayMs: 8000, timeLimitMs: 300_000 };

const tokenPath = (tokenId: string) => `/deviceAppManagement/vppTokens/${encodeURIComponent(tokenId)}`;
// The per-app revokes are bound to iosVppApp: Graph reaches them through the type cast.
const iosAppPath = (appId: string) => `${mobileAppsPath}/${encodeURIComponent(appId)}/microsoft.graph.iosVppApp`;

async function readTokenResults(graph: GraphClient, tokenId: string, signal?: AbortSignal): Promise<RevokeActionResult[]> {
  const { body } = await graph.request<VppToken>(`${tokenPath(tokenId)}?$select=id,tokenActionResults`, { signal });
  return (body?.tokenActionResults ?? []) as RevokeActionResult[];
}

async function readApp(graph: GraphClient, appId: string, signal?: AbortSignal): Promise<VppApp> {
  const { body } = await graph.request<VppApp>(`${mobileAppsPath}/${encodeURIComponent(appId)}`, { signal });
  if (!body) throw new Error('Graph answered without the app.');
  return body;
}

/** Sends the revoke; Graph answers 204 and Apple does the work afterwards. */
export async function sendRevoke(graph: GraphClient, request: RevokeRequest): Promise<void> {
  const { notifyManagedDevices } = request;
  switch (request.scope) {
    case 'token':
      await graph.request(`${tokenPath(request.tokenId)}/revokeLicenses`, {
        method: 'POST',
        body: { notifyManagedDevices, revokeUntrackedLicenses: request.revokeUntrackedLicenses },
      });
      return;
    case 'app':
      await graph.request(`${iosAppPath(request.app.id)}/revokeAllLicenses`, { method: 'POST', body: { notifyManagedDevices } });
      return;
    case 'user':
      await graph.request(`${iosAppPath(request.app.id)}/revokeUserLicense`, { method: 'POST', body: { userId: request.userId, notifyManagedDevices } });
      return;
    case 'device':
      await graph.request(`${iosAppPath(request.app.id)}/revokeDeviceLicense`, {
        method: 'POST',
        body: { managedDeviceId: request.managedDeviceId, notifyManagedDevices },
      });
  }
}

/** Puts a freshly read app into the tenant's list, so every screen shows Graph's new counts. */
function storeApp(queryClient: QueryClient, app: VppApp) {
  queryClient.setQueryData<VppApp[]>(appKeys.vppApps(), (apps) => apps?.map((known) => (known.id === app.id ? { ...known, ...app } : known)));
}

/** Reads Graph on the schedule until `check` says the revoke is done or failed, or time runs out. */
async function waitFor(check: () => Promise<RevokeStatus>, schedule: PollSchedule): Promise<RevokeOutcome> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    const delay = nextPollDelay(schedule, attempt, Date.now() - started);
    if (delay === undefined) return { state: 'stillRunning' };
    await sleep(delay);
    try {
      const status = await check();
      if (status.state !== 'waiting') return status;
    } catch (error) {
      // A passing failure (throttling, a dropped connection) waits for the next look.
      if (!isRetryable(error)) throw error;
    }
  }
}

/**
 * One revoke from request to Apple's answer. For one app: the app read back until its count falls
 * or its action result reports. For the token: its action results until the revoke reports, then
 * every app's counts read again. Nothing is rolled back: what Graph did stays done.
 */
export function revokeOptions(graph: GraphClient, queryClient: QueryClient, schedule: PollSchedule = revokePolling) {
  return {
    mutationFn: async (request: RevokeRequest): Promise<RevokeOutcome> => {
      if (request.scope === 'token') {
        const before = await readTokenResults(graph, request.tokenId);
        await sendRevoke(graph, request);
        return waitFor(async () => revokeStatus({ added: resultsAddedSince(before, await readTokenResults(graph, request.tokenId)) }), schedule);
      }
      const { app } = request;
      const usedBefore = licenseUse(app).used;
      const usedTarget = request.scope === 'app' ? 0 : usedBefore - 1;
      await sendRevoke(graph, request);
      return waitFor(async () => {
        const now = await readApp(graph, app.id);
        storeApp(queryClient, now);
        const added = resultsAddedSince(app.revokeLicenseActionResults as RevokeActionResult[], now.revokeLicenseActionResults as RevokeActionResult[]);
        return revokeStatus({ added, counts: { usedNow: licenseUse(now).used, usedTarget } });
      }, schedule);
    },
    onSettled: async (_data: unknown, _error: unknown, request: RevokeRequest) => {
      // Counts and licenses are read again once no other revoke on this token is still on its way.
      if (queryClient.isMutating({ mutationKey: revokeKeys.token(request.tokenId) }) > 1) return;
      await queryClient.invalidateQueries({ queryKey: appKeys.all });
    },
  };
}

// Before a delete the admin may wait longer: the delete must not take licenses Apple still counts.
export const revokeBeforeDeletePolling = (waitMinutes: number): PollSchedule => ({ ...revokePolling, timeLimitMs: waitMinutes * 60_000 });

export function useRevokeLicenses(tokenId: string, schedule: PollSchedule = revokePolling) {
  const graph = useGraphClient();
  const queryClient = useQueryClient();
  return useMutation({ ...revokeOptions(graph, queryClient, schedule), mutationKey: revokeKeys.token(tokenId) });
}

/** The revokes on a token still on their way, whichever screen started them. */
export function usePendingRevokes(tokenId: string): RevokeRequest[] {
  return useMutationState({
    filters: { mutationKey: revokeKeys.token(tokenId), status: 'pending' },
    select: (mutation) => mutation.state.variables as RevokeRequest,
  });
}
