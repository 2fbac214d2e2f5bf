import { createContext, useContext, type ReactNode } from 'react';
import type { GraphClient } from './graph-client';

const GraphContext = createContext<GraphClient | null>(null);

export function GraphProvider({ client, children }: { client: GraphClient; children: ReactNode }) {
  return <GraphContext.Provider value={client}>{children}</GraphContext.Provider>;
}

export function useGraphClient(): GraphClient {
  const client = useContext(GraphContext);
  if (!client) throw new Error('useGraphClient needs a <GraphProvider>.');
  return client;
}
