import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRootRoute, createRoute, createRouter, Link, Outlet, RouterProvider, type AnyRouter } from '@tanstack/react-router';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppHistory, type AppHistory } from '../app/browser-history';
import { LeaveGuard } from './leave-guard';
import { confirmLeaving, stayedAfterAll } from './leave-questions';

// Fluent's dialogs and the router's transitions take a while in jsdom on a busy machine.
configure({ asyncUtilTimeout: 5000 });

// The app's router types its links by the app's routes; these tests have routes of their own.
const to = (path: string, search?: Record<string, string>) => ({ to: path as '/', search: search as never });

function Editor() {
  const [dirty, setDirty] = useState(true);
  return (
    <>
      <h1>Editor</h1>
      <LeaveGuard when={dirty} title="Leave without saving?" message="The changes are not saved." />
      <button onClick={() => setDirty(false)}>Save</button>
      <Link {...to('/')}>All tokens</Link>
      <Link {...to('/edit', { tab: 'facts' })}>Facts</Link>
    </>
  );
}

function createTestRouter(app: AppHistory): AnyRouter {
  const root = createRootRoute({ component: Outlet });
  const home = createRoute({ getParentRoute: () => root, path: '/', component: () => <Link {...to('/edit')}>Edit</Link> });
  const edit = createRoute({ getParentRoute: () => root, path: '/edit', component: Editor });
  return createRouter({ routeTree: root.addChildren([home, edit]), history: app.history });
}

// Found by its title: in jsdom, tabster marks even the open dialog aria-hidden, which hides its
// accessible name (the accessibility suite checks the real one in Chromium).
const dialog = () => screen.queryByText('Leave without saving?')?.closest<HTMLElement>('[role="alertdialog"]') ?? null;
const answer = async (name: 'Stay' | 'Leave') => {
  await waitFor(() => expect(dialog()).not.toBeNull());
  fireEvent.click(within(dialog()!).getByRole('button', { name, hidden: true }));
};
const address = () => `${window.location.pathname}${window.location.search}`;
/** Whether closing or reloading the tab would ask now. */
const unloadAsks = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('LeaveGuard', () => {
  let app: AppHistory;
  beforeEach(async () => {
    window.history.replaceState(null, '', '/');
    app = createAppHistory();
    render(
      <FluentProvider theme={webLightTheme}>
        <RouterProvider router={createTestRouter(app)} />
      </FluentProvider>,
    );
    fireEvent.click(await screen.findByRole('link', { name: 'Edit' }));
    await screen.findByRole('heading', { name: 'Editor' });
  });
  afterEach(() => {
    app.destroy();
    stayedAfterAll();
  });

  it('asks before a link to another page: Stay keeps the page and its address, Leave goes', async () => {
    fireEvent.click(screen.getByRole('link', { name: 'All tokens' }));
    await waitFor(() => expect(dialog()).not.toBeNull());
    await answer('Stay');
    await waitFor(() => expect(dialog()).toBeNull());
    expect(address()).toBe('/edit');
    expect(screen.getByRole('heading', { name: 'Editor' })).toBeTruthy();

    fireEvent.click(screen.getByRole('link', { name: 'All tokens' }));
    await waitFor(() => expect(dialog()).not.toBeNull());
    await answer('Leave');
    await screen.findByRole('link', { name: 'Edit' });
    expect(address()).toBe('/');
  });

  it('asks before Back: Stay puts the page’s entry back, Leave goes back', async () => {
    act(() => window.history.back());
    await waitFor(() => expect(dialog()).not.toBeNull());
    await answer('Stay');
    await waitFor(() => expect(address()).toBe('/edit'));
    expect(screen.getByRole('heading', { name: 'Editor' })).toBeTruthy();

    act(() => window.history.back());
    await waitFor(() => expect(dialog()).not.toBeNull());
    await answer('Leave');
    await screen.findByRole('link', { name: 'Edit' });
    expect(address()).toBe('/');
  });

  it('lets a new search on the same page through without asking', async () => {
    fireEvent.click(screen.getByRole('link', { name: 'Facts' }));
    await waitFor(() => expect(address()).toBe('/edit?tab=facts'));
    expect(dialog()).toBeNull();
  });

  it('has closing the tab ask while the work is unsaved, and neither asks once it is saved', async () => {
    expect(unloadAsks()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(unloadAsks()).toBe(false));
    fireEvent.click(screen.getByRole('link', { name: 'All tokens' }));
    await screen.findByRole('link', { name: 'Edit' });
    expect(dialog()).toBeNull();
  });

  it('asks a departure that is no navigation (signing out) with the same dialog; after Leave, closing the tab asks nothing more', async () => {
    let leaving = confirmLeaving();
    await waitFor(() => expect(dialog()).not.toBeNull());
    await answer('Stay');
    expect(await leaving).toBe(false);
    expect(unloadAsks()).toBe(true);

    leaving = confirmLeaving();
    await waitFor(() => expect(dialog()).not.toBeNull());
    await answer('Leave');
    expect(await leaving).toBe(true);
    expect(unloadAsks()).toBe(false);
  });
});
