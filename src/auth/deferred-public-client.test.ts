// @vitest-environment jsdom
import { EventType, PublicClientApplication, type EventMessage, type IPublicClientApplication } from '@azure/msal-browser';
import { describe, expect, it, vi } from 'vitest';
import { deferPublicClientApplication } from './deferred-public-client';

/** The real MSAL, handed over when the test says it has arrived. */
function arriving() {
  let arrive!: () => void;
  let fail!: (error: Error) => void;
  const real = new PublicClientApplication({ auth: { clientId: '00000000-0000-0000-0000-000000000001', authority: 'https://login.microsoftonline.com/common' } });
  const loaded = new Promise<IPublicClientApplication>((resolve, reject) => {
    arrive = () => resolve(real);
    fail = reject;
  });
  const load = vi.fn(() => loaded);
  return { real, load, arrive, fail };
}

describe('deferPublicClientApplication', () => {
  it('starts loading at once and knows no account until MSAL is here', () => {
    const msal = arriving();
    const instance = deferPublicClientApplication(msal.load);
    expect(msal.load).toHaveBeenCalledTimes(1);
    expect(instance.getAllAccounts()).toEqual([]);
    expect(instance.getActiveAccount()).toBeNull();
    expect(instance.getLogger()).toBeDefined();
  });

  it('hands callbacks added before MSAL arrived to the real instance, which then reports its start to them', async () => {
    const msal = arriving();
    const instance = deferPublicClientApplication(msal.load);
    const seen: string[] = [];
    instance.addEventCallback((message: EventMessage) => seen.push(message.eventType));
    const removed = vi.fn();
    instance.removeEventCallback(instance.addEventCallback(removed)!);

    const initialized = instance.initialize();
    msal.arrive();
    await initialized;
    expect(seen).toEqual(expect.arrayContaining([EventType.INITIALIZE_START, EventType.INITIALIZE_END]));
    expect(removed).not.toHaveBeenCalled();
  });

  it('initializes the real instance once however many ask at the same time', async () => {
    const msal = arriving();
    const initialize = vi.spyOn(msal.real, 'initialize');
    const instance = deferPublicClientApplication(msal.load);
    const both = Promise.all([instance.initialize(), instance.initialize()]);
    msal.arrive();
    await both;
    expect(initialize).toHaveBeenCalledTimes(1);
  });

  it('applies settings given before MSAL arrived, and passes calls straight through after', async () => {
    const msal = arriving();
    const wrapper = vi.spyOn(msal.real, 'initializeWrapperLibrary');
    const instance = deferPublicClientApplication(msal.load);
    instance.initializeWrapperLibrary('@azure/msal-react' as never, '5.7.1');
    expect(wrapper).not.toHaveBeenCalled();
    msal.arrive();
    await instance.initialize();
    expect(wrapper).toHaveBeenCalledWith('@azure/msal-react', '5.7.1');
    expect(instance.getConfiguration()).toBe(msal.real.getConfiguration());
    expect(await instance.handleRedirectPromise()).toBeNull();
  });

  it('fails every waiting call with the reason MSAL could not load', async () => {
    const msal = arriving();
    const instance = deferPublicClientApplication(msal.load);
    const initialized = instance.initialize();
    msal.fail(new Error('chunk failed to load'));
    await expect(initialized).rejects.toThrow('chunk failed to load');
    await expect(instance.acquireTokenSilent({ scopes: ['x'] })).rejects.toThrow('chunk failed to load');
    expect(() => instance.setActiveAccount(null)).toThrow('MSAL has not loaded yet');
  });
});
