/**
 * A revoke's progress as Graph shows it: Graph answers the request at once (204) and Apple frees the
 * licenses later, reporting through an action result on the app or the token. These rules read one
 * snapshot of Graph into where the revoke stands.
 */

/** The fields of Graph's revoke action results (on iosVppApp, macOsVppApp and vppToken) that matter here. */
export type RevokeActionResult = {
  actionName?: string | null;
  actionState?: string | null;
  actionFailureReason?: string | null;
  startDateTime?: string | null;
  failedLicensesCount?: number | null;
  totalLicensesCount?: number | null;
  userId?: string | null;
  managedDeviceId?: string | null;
};

const keyOf = (result: RevokeActionResult) =>
  [result.actionName, result.startDateTime, result.userId, result.managedDeviceId].map((part) => part ?? '').join('|');

/** The action results that were not there before the revoke was asked: the ones it added. */
export function resultsAddedSince(before: readonly RevokeActionResult[] | null | undefined, now: readonly RevokeActionResult[] | null | undefined) {
  const known = new Set((before ?? []).map(keyOf));
  return (now ?? []).filter((result) => !known.has(keyOf(result)));
}

export type RevokeStatus = { state: 'waiting' } | { state: 'done' } | { state: 'failed'; reason: string; failedLicenses?: number };

/**
 * Where a revoke stands: done once the licenses it should free are free (`counts`, when the revoke
 * has any to watch: usedNow down to usedTarget) or its action result says done; failed when the
 * result says so, with Apple's reason.
 */
export function revokeStatus({ added, counts }: { added: readonly RevokeActionResult[]; counts?: { usedNow: number; usedTarget: number } }): RevokeStatus {
  const failed = added.find((result) => result.actionState === 'failed');
  if (failed) return { state: 'failed', reason: describeRevokeFailure(failed.actionFailureReason), failedLicenses: failed.failedLicensesCount ?? undefined };
  if ((counts && counts.usedNow <= counts.usedTarget) || added.some((result) => result.actionState === 'done')) return { state: 'done' };
  return { state: 'waiting' };
}

/** Apple's and Intune's reasons (vppTokenActionFailureReason), with what the admin can do about each. */
export function describeRevokeFailure(reason: string | null | undefined): string {
  switch (reason) {
    case 'appleFailure':
      return 'Apple refused to revoke the licenses. Try again later; if it keeps failing, check the token in Apple Business Manager.';
    case 'expiredVppToken':
      return 'The token has expired, so Apple takes no requests for it. Renew the token, then revoke again.';
    case 'expiredApplePushNotificationCertificate':
      return "Intune's Apple push notification certificate has expired, so devices cannot be told. Renew the certificate in Intune, then revoke again.";
    case 'internalError':
      return 'Intune had an internal error while revoking. Try again in a few minutes.';
    default:
      return 'The revoke failed without a reason from Apple or Intune. Try again in a few minutes.';
  }
}
