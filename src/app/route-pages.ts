import { lazyWithPreload } from '../ui/lazy-with-preload';

// Each route is its own chunk: the list's first load carries neither the edit form nor its schemas.
export const TokenListPage = lazyWithPreload(
  () => import('../features/tokens/list/token-list-page'),
  (m) => m.TokenListPage,
);
export const TokenDetailPage = lazyWithPreload(
  () => import('../features/tokens/detail/token-detail-page'),
  (m) => m.TokenDetailPage,
);
export const CreateTokenPage = lazyWithPreload(
  () => import('../features/tokens/create/create-token-page'),
  (m) => m.CreateTokenPage,
);
