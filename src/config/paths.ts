/** Every route the app has, with the one way to build a link to it. */
export const paths = {
  tokens: {
    pattern: '/',
    href: (search?: string) => (search ? `/?${search.replace(/^\?/, '')}` : '/'),
  },
  token: {
    pattern: '/tokens/:tokenId',
    href: (tokenId: string) => `/tokens/${encodeURIComponent(tokenId)}`,
  },
} as const;
