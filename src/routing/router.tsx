import {
  createContext,
  startTransition,
  use,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type ReactNode,
} from 'react';
import type { AppHistory, AppLocation, HeldNavigation, LeaveCheck, NavigateOptions, NavigationType, To } from './history';
import { matchPath, type RouteParams } from './match-path';

type Shown = { location: AppLocation; navigationType: NavigationType };

const HistoryContext = createContext<AppHistory | null>(null);
const ShownContext = createContext<Shown | null>(null);
const ParamsContext = createContext<RouteParams>({});

/**
 * Follows `history` in a transition, as react-router does: the page on screen stays until the next
 * one can render (its chunk loaded), instead of blanking to a Suspense fallback that React then
 * holds for at least 300 ms.
 */
export function RouterProvider({ history, children }: { history: AppHistory; children: ReactNode }) {
  const [shown, setShown] = useState<Shown>(() => ({ location: history.location(), navigationType: history.navigationType() }));
  useLayoutEffect(
    () =>
      history.subscribe(() =>
        startTransition(() =>
          setShown((previous) =>
            previous.location === history.location() ? previous : { location: history.location(), navigationType: history.navigationType() },
          ),
        ),
      ),
    [history],
  );
  return (
    <HistoryContext value={history}>
      <ShownContext value={shown}>{children}</ShownContext>
    </HistoryContext>
  );
}

function useHistory(): AppHistory {
  const history = use(HistoryContext);
  if (!history) throw new Error('Routing needs a <RouterProvider>.');
  return history;
}

function useShown(): Shown {
  const shown = use(ShownContext);
  if (!shown) throw new Error('Routing needs a <RouterProvider>.');
  return shown;
}

/** The location on screen: until a navigation's page can render, still the one it left. */
export function useLocation(): AppLocation {
  return useShown().location;
}

export function useNavigationType(): NavigationType {
  return useShown().navigationType;
}

export function useNavigate(): (to: To, options?: NavigateOptions) => void {
  return useHistory().navigate;
}

export function useSearchParams(): URLSearchParams {
  const { search } = useLocation();
  return useMemo(() => new URLSearchParams(search), [search]);
}

/** The parameters the current route's pattern took from the address (`:tokenId`). */
export function useParams(): RouteParams {
  return use(ParamsContext);
}

export type Route = { pattern: string; element: ReactNode };

/** Shows the first of `routes` whose pattern matches the address. */
export function Routes({ routes }: { routes: readonly Route[] }) {
  const { pathname } = useLocation();
  const match = useMemo(() => matchRoute(routes, pathname), [routes, pathname]);
  return match && <ParamsContext value={match.params}>{match.route.element}</ParamsContext>;
}

function matchRoute(routes: readonly Route[], pathname: string): { route: Route; params: RouteParams } | null {
  for (const route of routes) {
    const params = matchPath(route.pattern, pathname);
    if (params) return { route, params };
  }
  return null;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; replace?: boolean };

/** A real link: the browser opens it in a new tab or window when asked to; a plain click stays in the app. */
export function Link({ to, replace, onClick, ...anchor }: LinkProps) {
  const navigate = useNavigate();
  return (
    <a
      {...anchor}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        const elsewhere = anchor.target !== undefined && anchor.target !== '_self';
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey || elsewhere) return;
        event.preventDefault();
        navigate(to, { replace });
      }}
    />
  );
}

/** Goes to `to` as soon as it is shown. */
export function Navigate({ to, replace }: { to: string; replace?: boolean }) {
  const navigate = useNavigate();
  useEffect(() => navigate(to, { replace }), [navigate, to, replace]);
  return null;
}

/**
 * Holds back any navigation, in the app or by Back and Forward, that `check` answers true for.
 * Answers the held navigation, to proceed with or cancel, while there is one.
 */
export function useHeldNavigation(check: LeaveCheck): HeldNavigation | null {
  const history = useHistory();
  const latest = useRef(check);
  useLayoutEffect(() => {
    latest.current = check;
  });
  // One check for the component's life, asking whatever the component last rendered with.
  const [registered] = useState(() => {
    const check: LeaveCheck = (move) => latest.current(move);
    return check;
  });
  useEffect(() => history.addLeaveCheck(registered), [history, registered]);
  const held = useSyncExternalStore(history.subscribe, history.held, history.held);
  return held?.heldBy === registered ? held : null;
}
