/** Every query and mutation key of the apps data module; `appKeys.all` covers every apps query. */
export const appKeys = {
  all: ['apps'] as const,
  /** The tenant's VPP apps, one read for every token. */
  vppApps: () => ['apps', 'vpp'] as const,
  assignedLicenses: (appId: string) => ['apps', 'assignedLicenses', appId] as const,
  licensesForApp: (bundleId: string) => ['apps', 'licensesForApp', bundleId] as const,
};

export const revokeKeys = {
  all: ['apps', 'revoke'] as const,
  /** Revokes that touch one token's licenses: the token's own, and those of its apps. */
  token: (tokenId: string) => ['apps', 'revoke', tokenId] as const,
};
