/** Every route the app has, with the one way to build a link to it. */
export const paths = {
  tokens: {
    pattern: '/',
    href: (search?: string) => (search ? `/?${search.replace(/^\?/, '')}` : '/'),
  },
  newToken: {
    pattern: '/tokens/new',
    href: () => '/tokens/new',
  },
  token: {
    pattern: '/tokens/:tokenId',
    href: (tokenId: string) => `/tokens/${encodeURIComponent(tokenId)}`,
  },
} as const;
