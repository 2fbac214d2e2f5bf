import { describe, expect, it } from 'vitest';
import { actorFromBearer } from '../../simulator/audit-events';
import { createDemoSignIn, demoAccount } from './demo-sign-in';

describe('the demo sign-in’s access token', () => {
  it('is an unsigned JWT naming the demo account, so the simulator’s audit log knows who changed what', async () => {
    const token = await createDemoSignIn().getAccessToken();
    const [header, , signature] = token.split('.');
    expect(JSON.parse(atob(header!))).toEqual({ alg: 'none', typ: 'JWT' });
    expect(signature).toBe('');
    expect(actorFromBearer(token)).toMatchObject({ userPrincipalName: demoAccount.username, applicationDisplayName: 'VPP Console', auditActorType: 'ItPro' });
    expect(actorFromBearer(token).userId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
