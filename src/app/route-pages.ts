import { lazyPage } from './lazy-page';

// Each route is its own chunk: the list's first load carries neither the edit form nor its schemas.
export const TokenListPage = lazyPage(
  () => import('../features/tokens/list/token-list-page'),
  (m) => m.TokenListPage,
);
export const TokenDetailPage = lazyPage(
  () => import('../features/tokens/detail/token-detail-page'),
  (m) => m.TokenDetailPage,
);
export const CreateTokenPage = lazyPage(
  () => import('../features/tokens/create/create-token-page'),
  (m) => m.CreateTokenPage,
);
