import { createRootRoute, createRoute, createRouter, Link, Outlet, RouterProvider } from '@tanstack/react-router';
import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lazyWithPreload } from '../ui/lazy-with-preload';
import { createAppHistory, type AppHistory } from './browser-history';
import { routePage } from './route-pages';

// The router's transitions take a while in jsdom on a busy machine.
configure({ asyncUtilTimeout: 5000 });

// The app's router types its links by the app's routes; these tests have routes of their own.
const to = (path: string) => ({ to: path as '/' });

describe('a lazy page as a route', () => {
  let app: AppHistory;
  let arrive: () => void;
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    app = createAppHistory();
    const SlowPage = routePage(
      lazyWithPreload(
        () => new Promise<{ SlowPage: () => React.ReactElement }>((resolve) => (arrive = () => resolve({ SlowPage: () => <h1>Slow page</h1> }))),
        (m) => m.SlowPage,
      ),
    );
    const root = createRootRoute({ component: Outlet });
    const home = createRoute({ getParentRoute: () => root, path: '/', component: () => <Link {...to('/tokens/a b')}>Open</Link> });
    const slow = createRoute({ getParentRoute: () => root, path: '/tokens/$tokenId', component: SlowPage });
    render(<RouterProvider router={createRouter({ routeTree: root.addChildren([home, slow]), history: app.history })} />);
  });
  afterEach(() => app.destroy());

  it('keeps the page on screen while the next one’s code loads, rather than blanking, then shows it', async () => {
    fireEvent.click(await screen.findByRole('link', { name: 'Open' }));
    await waitFor(() => expect(window.location.pathname).toBe('/tokens/a%20b'));
    expect(screen.getByRole('link', { name: 'Open' })).toBeTruthy();
    await act(async () => arrive());
    expect((await screen.findByRole('heading')).textContent).toBe('Slow page');
  });

  it('leaves a Ctrl-click or a middle click to the browser, for a new tab', async () => {
    const link = await screen.findByRole('link', { name: 'Open' });
    expect(link.getAttribute('href')).toBe('/tokens/a%20b');
    // Whether the app kept the click from the browser; then kept from jsdom, which cannot open tabs.
    const leftToBrowser: boolean[] = [];
    const record = (event: MouseEvent) => {
      leftToBrowser.push(!event.defaultPrevented);
      event.preventDefault();
    };
    window.addEventListener('click', record);
    fireEvent.click(link, { ctrlKey: true });
    fireEvent.click(link, { button: 1 });
    window.removeEventListener('click', record);
    expect(leftToBrowser).toEqual([true, true]);
    expect(window.location.pathname).toBe('/');
  });
});
