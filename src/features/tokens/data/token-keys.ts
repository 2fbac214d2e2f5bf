/**
 * Every query and mutation key of the token data module. Mutation keys end with the token's id, so
 * a screen can ask what is on its way for one token; `tokenKeys.all` covers every token query.
 */
export const tokenKeys = {
  all: ['tokens'] as const,
  list: () => ['tokens', 'list'] as const,
  detail: (id: string) => ['tokens', 'detail', id] as const,
};

export const updateTokenKeys = {
  all: ['tokens', 'update'] as const,
  token: (id: string) => ['tokens', 'update', id] as const,
};

export const syncTokenKeys = {
  all: ['tokens', 'sync'] as const,
  token: (id: string) => ['tokens', 'sync', id] as const,
};

export const deleteTokenKeys = {
  all: ['tokens', 'delete'] as const,
  token: (id: string) => ['tokens', 'delete', id] as const,
};

export const createTokenKeys = { all: ['tokens', 'create'] as const };
