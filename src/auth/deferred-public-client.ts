import {
  Logger,
  type EventCallbackFunction,
  type EventType,
  type INavigationClient,
  type IPublicClientApplication,
  type PerformanceCallbackFunction,
  type WrapperSKU,
} from '@azure/msal-browser';

/**
 * MSAL's PublicClientApplication before its code has arrived: the page renders under msal-react's
 * MsalProvider at once while MSAL (the largest part of the download) loads beside it. Until then
 * it knows no account, holds the callbacks and settings it is given for the real instance, and
 * every asynchronous call waits for that instance; msal-react reports `inProgress: 'startup'`
 * throughout, as it does while MSAL initializes.
 */
export function deferPublicClientApplication(load: () => Promise<IPublicClientApplication>): IPublicClientApplication {
  let real: IPublicClientApplication | undefined;
  const eventCallbacks = new Map<string, [EventCallbackFunction, EventType[] | undefined]>();
  const performanceCallbacks = new Map<string, PerformanceCallbackFunction>();
  // The real instance's IDs for callbacks added before it arrived, by the IDs handed out then.
  const realIds = new Map<string, string>();
  const settings: ((instance: IPublicClientApplication) => void)[] = [];
  let lastId = 0;
  const placeholderLogger = new Logger({});

  const loading = load().then((instance) => {
    real = instance;
    settings.forEach((apply) => apply(instance));
    for (const [id, [callback, eventTypes]] of eventCallbacks) {
      const realId = instance.addEventCallback(callback, eventTypes);
      if (realId) realIds.set(id, realId);
    }
    for (const [id, callback] of performanceCallbacks) realIds.set(id, instance.addPerformanceCallback(callback));
    eventCallbacks.clear();
    performanceCallbacks.clear();
    return instance;
  });
  // Every caller meets a failed load through its own call; the load itself is not left unhandled.
  loading.catch(() => undefined);

  // Straight to the instance once it is here: a popup must open within the click that asked for it.
  const call = <T>(run: (instance: IPublicClientApplication) => Promise<T>): Promise<T> => (real ? run(real) : loading.then(run));
  const setting = (apply: (instance: IPublicClientApplication) => void) => (real ? apply(real) : void settings.push(apply));
  const loaded = (method: string) => {
    if (!real) throw new Error(`MSAL has not loaded yet (${method}).`);
    return real;
  };
  let initializing: Promise<void> | undefined;

  return {
    // msal-react's provider and the app both initialize; MSAL's own guard is not safe for two at once.
    initialize: (request) => (initializing ??= call((instance) => instance.initialize(request))),
    acquireTokenPopup: (request) => call((instance) => instance.acquireTokenPopup(request)),
    acquireTokenRedirect: (request) => call((instance) => instance.acquireTokenRedirect(request)),
    acquireTokenSilent: (request) => call((instance) => instance.acquireTokenSilent(request)),
    acquireTokenByCode: (request) => call((instance) => instance.acquireTokenByCode(request)),
    handleRedirectPromise: (options) => call((instance) => instance.handleRedirectPromise(options)),
    loginPopup: (request) => call((instance) => instance.loginPopup(request)),
    loginRedirect: (request) => call((instance) => instance.loginRedirect(request)),
    logoutRedirect: (request) => call((instance) => instance.logoutRedirect(request)),
    logoutPopup: (request) => call((instance) => instance.logoutPopup(request)),
    ssoSilent: (request) => call((instance) => instance.ssoSilent(request)),
    hydrateCache: (result, request) => call((instance) => instance.hydrateCache(result, request)),
    clearCache: (request) => call((instance) => instance.clearCache(request)),
    addEventCallback(callback, eventTypes) {
      if (real) return real.addEventCallback(callback, eventTypes);
      const id = `deferred-${++lastId}`;
      eventCallbacks.set(id, [callback, eventTypes]);
      return id;
    },
    removeEventCallback(id) {
      if (eventCallbacks.delete(id)) return;
      real?.removeEventCallback(realIds.get(id) ?? id);
      realIds.delete(id);
    },
    addPerformanceCallback(callback) {
      if (real) return real.addPerformanceCallback(callback);
      const id = `deferred-${++lastId}`;
      performanceCallbacks.set(id, callback);
      return id;
    },
    removePerformanceCallback(id) {
      if (performanceCallbacks.delete(id)) return true;
      const removed = real?.removePerformanceCallback(realIds.get(id) ?? id) ?? false;
      realIds.delete(id);
      return removed;
    },
    getAccount: (filter) => real?.getAccount(filter) ?? null,
    getAllAccounts: (filter) => real?.getAllAccounts(filter) ?? [],
    getActiveAccount: () => real?.getActiveAccount() ?? null,
    setActiveAccount: (account) => loaded('setActiveAccount').setActiveAccount(account),
    getLogger: () => real?.getLogger() ?? placeholderLogger,
    setLogger: (logger) => setting((instance) => instance.setLogger(logger)),
    initializeWrapperLibrary: (sku: WrapperSKU, version: string) => setting((instance) => instance.initializeWrapperLibrary(sku, version)),
    setNavigationClient: (client: INavigationClient) => setting((instance) => instance.setNavigationClient(client)),
    getConfiguration: () => loaded('getConfiguration').getConfiguration(),
  };
}
