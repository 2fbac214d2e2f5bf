// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserHistory, type AppHistory } from './history';

/** The next popstate: jsdom, like a browser, moves through history asynchronously. */
const popped = () => new Promise<void>((resolve) => window.addEventListener('popstate', () => setTimeout(resolve, 0), { once: true }));
const address = () => `${window.location.pathname}${window.location.search}`;

describe('createBrowserHistory', () => {
  let history: AppHistory;
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    history = createBrowserHistory();
  });

  it('starts where the tab is, as a POP on the default entry', () => {
    expect(history.location()).toMatchObject({ pathname: '/', search: '', key: 'default' });
    expect(history.navigationType()).toBe('POP');
  });

  it('pushes a path, and a search alone on the current path, telling subscribers', () => {
    const listener = vi.fn();
    history.subscribe(listener);
    history.navigate('/tokens/1');
    expect(address()).toBe('/tokens/1');
    expect(history.location()).toMatchObject({ pathname: '/tokens/1', search: '' });
    expect(history.navigationType()).toBe('PUSH');

    history.navigate({ search: 'q=contoso' });
    expect(address()).toBe('/tokens/1?q=contoso');
    history.navigate({ search: '' }, { replace: true });
    expect(address()).toBe('/tokens/1');
    expect(history.navigationType()).toBe('REPLACE');
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('gives every entry its own key, and keeps the same location object until something changes', () => {
    const first = history.location();
    expect(history.location()).toBe(first);
    history.navigate('/a');
    const second = history.location();
    history.navigate('/a');
    expect(history.location().key).not.toBe(second.key);
  });

  it('follows Back as a POP to the entry it left', async () => {
    history.navigate('/tokens/1');
    const back = popped();
    window.history.back();
    await back;
    expect(history.location()).toMatchObject({ pathname: '/', key: 'default' });
    expect(history.navigationType()).toBe('POP');
  });

  it('holds an in-app navigation a leave check refuses, then goes on Proceed', () => {
    history.navigate('/tokens/1');
    history.addLeaveCheck(({ from, to }) => from.pathname !== to.pathname);
    history.navigate({ search: 'q=1' });
    expect(history.held()).toBeNull();

    history.navigate('/');
    expect(address()).toBe('/tokens/1?q=1');
    expect(history.held()).not.toBeNull();
    history.held()!.proceed();
    expect(address()).toBe('/');
    expect(history.held()).toBeNull();
  });

  it('stays on Cancel, and holds nothing once the check is removed', () => {
    history.navigate('/tokens/1');
    const remove = history.addLeaveCheck(() => true);
    history.navigate('/');
    history.held()!.cancel();
    expect(address()).toBe('/tokens/1');
    expect(history.held()).toBeNull();

    history.navigate('/');
    remove();
    expect(history.held()).toBeNull();
    history.navigate('/tokens/2');
    expect(address()).toBe('/tokens/2');
  });

  it('undoes a held Back, and goes back on Proceed without asking twice', async () => {
    history.navigate('/tokens/1');
    const check = vi.fn(() => true);
    history.addLeaveCheck(check);

    const undone = popped().then(popped);
    window.history.back();
    await undone;
    expect(address()).toBe('/tokens/1');
    expect(history.location().pathname).toBe('/tokens/1');
    expect(history.held()).not.toBeNull();

    const back = popped();
    history.held()!.proceed();
    await back;
    expect(address()).toBe('/');
    expect(history.location().pathname).toBe('/');
    expect(check).toHaveBeenCalledTimes(1);
  });
});
