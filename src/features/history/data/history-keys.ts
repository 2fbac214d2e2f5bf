/** Every query key of the history data module; `historyKeys.all` covers every history query. */
export const historyKeys = {
  all: ['history'] as const,
  /** `revision` changes whenever the token does, so its history is read again after each change. */
  token: (tokenId: string, revision: string) => ['history', 'token', tokenId, revision] as const,
  recent: (days: number) => ['history', 'recent', days] as const,
};
