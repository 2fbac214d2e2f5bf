import { act, fireEvent, render, screen } from '@testing-library/react';
import { lazy, Suspense, type ReactElement } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBrowserHistory, type AppHistory } from './history';
import { Link, RouterProvider, Routes, useHeldNavigation, useParams, type Route } from './router';

function TokenPage() {
  const { tokenId } = useParams();
  return <h1>Token {tokenId}</h1>;
}

function Guarded() {
  const held = useHeldNavigation(({ from, to }) => from.pathname !== to.pathname);
  return held ? <button onClick={held.proceed}>Leave</button> : <Link to="/">All tokens</Link>;
}

const routes: Route[] = [
  { pattern: '/', element: <Link to="/tokens/a%20b">Open</Link> },
  { pattern: '/guarded', element: <Guarded /> },
  { pattern: '/tokens/:tokenId', element: <TokenPage /> },
  { pattern: '*', element: <p>Nothing here</p> },
];

describe('the router', () => {
  let history: AppHistory;
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    history = createBrowserHistory();
  });
  const show = () =>
    render(
      <RouterProvider history={history}>
        <Routes routes={routes} />
      </RouterProvider>,
    );

  it('shows the route the address matches, with its parameters, and follows a plain click on a link', () => {
    show();
    fireEvent.click(screen.getByRole('link', { name: 'Open' }));
    expect(screen.getByRole('heading').textContent).toBe('Token a b');
    expect(window.location.pathname).toBe('/tokens/a%20b');
  });

  it('leaves a Ctrl-click or a middle click to the browser, for a new tab', () => {
    show();
    // Whether the app kept the click from the browser; then kept from jsdom, which cannot open tabs.
    const leftToBrowser: boolean[] = [];
    const record = (event: MouseEvent) => {
      leftToBrowser.push(!event.defaultPrevented);
      event.preventDefault();
    };
    window.addEventListener('click', record);
    const link = screen.getByRole('link', { name: 'Open' });
    expect(link.getAttribute('href')).toBe('/tokens/a%20b');
    fireEvent.click(link, { ctrlKey: true });
    fireEvent.click(link, { button: 1 });
    window.removeEventListener('click', record);
    expect(leftToBrowser).toEqual([true, true]);
    expect(window.location.pathname).toBe('/');
  });

  it('shows the catch-all route for an unknown address', () => {
    window.history.replaceState(null, '', '/no/such/page');
    history = createBrowserHistory();
    show();
    expect(screen.getByText('Nothing here')).toBeTruthy();
  });

  it('keeps the page on screen while the next one’s chunk loads, rather than blanking', async () => {
    let arrive!: () => void;
    const Slow = lazy(() => new Promise<{ default: () => ReactElement }>((resolve) => (arrive = () => resolve({ default: () => <h1>Slow page</h1> }))));
    const slowRoutes: Route[] = [
      { pattern: '/', element: <Link to="/slow">Go</Link> },
      { pattern: '/slow', element: <Slow /> },
    ];
    render(
      <RouterProvider history={history}>
        <Suspense fallback={<p>Blank</p>}>
          <Routes routes={slowRoutes} />
        </Suspense>
      </RouterProvider>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Go' }));
    expect(window.location.pathname).toBe('/slow');
    expect(screen.getByRole('link', { name: 'Go' })).toBeTruthy();
    expect(screen.queryByText('Blank')).toBeNull();
    await act(async () => arrive());
    expect(screen.getByRole('heading').textContent).toBe('Slow page');
  });

  it('lets a page hold a navigation and then let it through', () => {
    act(() => history.navigate('/guarded'));
    show();
    fireEvent.click(screen.getByRole('link', { name: 'All tokens' }));
    expect(window.location.pathname).toBe('/guarded');
    fireEvent.click(screen.getByRole('button', { name: 'Leave' }));
    expect(window.location.pathname).toBe('/');
    expect(screen.getByRole('link', { name: 'Open' })).toBeTruthy();
  });
});
