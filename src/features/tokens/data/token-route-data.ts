import type { QueryClient } from '@tanstack/react-query';
import type { GraphClient } from '../../../graph/graph-client';
import { tokenQueries } from './token-queries';

/**
 * What the routes' loaders ask of Graph, through React Query, so that Graph answers while React
 * loads and draws the page instead of after. Neither waits for Graph: the page shows at once with
 * its own loading state, retry notices and failures, all from the same query (and query-client.ts
 * says why a read that failed here is not read again as the page mounts).
 */
export type RouteData = { queryClient: QueryClient; graph: GraphClient };

const ignore = () => undefined;

/**
 * Starts reading the token list, unless it is fresh or on its way already. The list shows its
 * first page as soon as it arrives (token-queries.ts), not after all of them.
 */
export function startTokenListRead({ queryClient, graph }: RouteData): void {
  void queryClient.query(tokenQueries.list(graph)).catch(ignore);
}

/** Starts reading one token, unless it is fresh or on its way already. */
export function startTokenRead({ queryClient, graph }: RouteData, tokenId: string): void {
  void queryClient.query(tokenQueries.detail(graph, tokenId)).catch(ignore);
}
