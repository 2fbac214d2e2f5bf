/**
 * The test provider's people. Both sign in to the same tenant; what differs is what the tenant has
 * consented for them on Graph, which is what Graph itself checks.
 */
export const graphResource = 'https://graph.microsoft.com';
export const readWriteScope = 'DeviceManagementServiceConfig.ReadWrite.All';
export const readScope = 'DeviceManagementServiceConfig.Read.All';

export const testTenantId = '8d3c5a4e-2f4b-4c1e-9a57-6b0c1d2e3f40';

export type TestUser = {
  id: string;
  name: string;
  username: string;
  /** Graph permissions (bare names, as Entra puts them in `scp`) granted to this user. */
  graphScopes: string[];
};

export const testUsers = {
  admin: {
    id: 'b1f0e7c2-4a1d-4c55-8f0e-2d9a7c3b6e11',
    name: 'Adele Vance',
    username: 'adele.vance@contoso.test',
    graphScopes: [readWriteScope, readScope],
  },
  reader: {
    id: 'c2a1f8d3-5b2e-4d66-9a1f-3e0b8d4c7f22',
    name: 'Megan Bowen',
    username: 'megan.bowen@contoso.test',
    graphScopes: [readScope],
  },
} as const satisfies Record<string, TestUser>;

export type TestUserKey = keyof typeof testUsers;

export function isTestUserKey(value: unknown): value is TestUserKey {
  return typeof value === 'string' && Object.hasOwn(testUsers, value);
}

/** The cookie a test sets on the provider's host to say who signs in next (no login form to fill). */
export const userCookie = 'e2e_user';
