import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { usePendingRevokes } from '../../apps/data/revoke-licenses';
import { readTokenAgain } from './token-cache';

/**
 * A revoke of the token's licenses (started from its apps section, or before a delete) ends in the
 * token's own action results, which its page shows: once the last such revoke is over, the token is
 * read again. The apps feature reads its counts again itself.
 */
export function useTokenReadAfterRevokes(tokenId: string) {
  const queryClient = useQueryClient();
  const running = usePendingRevokes(tokenId).filter((request) => request.scope === 'token').length;
  const wasRunning = useRef(running);
  useEffect(() => {
    if (wasRunning.current > 0 && running === 0) readTokenAgain(queryClient, tokenId);
    wasRunning.current = running;
  }, [running, queryClient, tokenId]);
}
