// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppHistory, type AppHistory } from './browser-history';

/** Resolves after the next `count` popstate events: jsdom, like a browser, moves through history asynchronously. */
const pops = (count: number) =>
  new Promise<void>((resolve) => {
    let left = count;
    const onPop = () => {
      if (--left > 0) return;
      window.removeEventListener('popstate', onPop);
      // After the router's own listener, which awaits its blockers.
      setTimeout(resolve, 10);
    };
    window.addEventListener('popstate', onPop);
  });

/** Follows a `#` link as the browser does: a new history entry the router did not make. */
async function followHashLink(hash: string) {
  const popped = pops(1);
  const link = document.createElement('a');
  link.href = hash;
  document.body.append(link);
  link.click();
  link.remove();
  await popped;
}

const address = () => `${window.location.pathname}${window.location.hash}`;
const position = () => (window.history.state as { __TSR_index?: number } | null)?.__TSR_index;

describe('createAppHistory', () => {
  let app: AppHistory;
  beforeEach(() => {
    window.history.replaceState(null, '', '/start');
    app = createAppHistory();
  });
  afterEach(() => app.destroy());

  const push = (path: string) => {
    app.history.push(path);
    app.history.flush();
  };

  it('gives an entry a # link made the position after the entry it was made from', async () => {
    push('/tokens/1');
    expect(position()).toBe(1);
    await followHashLink('#facts');
    expect(address()).toBe('/tokens/1#facts');
    expect(position()).toBe(2);
    expect(app.history.location.state.__TSR_index).toBe(2);
  });

  it('measures Back, go(-2) and Forward across such an entry, so a move a leave check refuses is undone by as many steps', async () => {
    push('/');
    await followHashLink('#later');
    push('/tokens/1');
    const refuse = vi.fn(() => true);
    app.history.block({ blockerFn: refuse, enableBeforeUnload: false });

    // Each refused move is one pop there and one pop back.
    let moved = pops(2);
    window.history.back();
    await moved;
    expect(address()).toBe('/tokens/1');
    expect(refuse).toHaveBeenLastCalledWith(expect.objectContaining({ action: 'BACK', nextLocation: expect.objectContaining({ hash: '#later' }) }));

    moved = pops(2);
    window.history.go(-2);
    await moved;
    expect(address()).toBe('/tokens/1');
    expect(refuse).toHaveBeenLastCalledWith(expect.objectContaining({ action: 'GO', nextLocation: expect.objectContaining({ pathname: '/', hash: '' }) }));

    refuse.mockReturnValue(false);
    moved = pops(1);
    window.history.go(-3);
    await moved;
    expect(address()).toBe('/start');
    refuse.mockReturnValue(true);
    moved = pops(2);
    window.history.forward();
    await moved;
    expect(address()).toBe('/start');
    expect(refuse).toHaveBeenLastCalledWith(expect.objectContaining({ action: 'FORWARD' }));
  });

  it('tells how the address last changed: nothing for the page the tab opened on, then a link’s push or the browser’s Back', async () => {
    expect(app.lastAction()).toBeUndefined();
    push('/tokens/1');
    expect(app.lastAction()).toBe('PUSH');
    const back = pops(1);
    window.history.back();
    await back;
    expect(app.lastAction()).toBe('BACK');
  });
});
