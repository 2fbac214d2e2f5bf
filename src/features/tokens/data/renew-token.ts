import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useGraphClient } from '../../../graph/graph-context';
import { renewalPolling } from '../../../graph/poll-schedule';
import { showsExpiry } from '../model/renewal';
import { pollToken } from './poll-token';
import { updateTokenOptions } from './update-token';

/** Where a renewal stands, in the order the admin sees it. `shownExpiry` is what Graph reports meanwhile. */
export type RenewalProgress =
  | { step: 'idle' }
  | { step: 'sending'; expiresAt: string }
  | { step: 'waiting'; expiresAt: string; shownExpiry: string | null | undefined }
  | { step: 'done'; expiresAt: string }
  | { step: 'lagging'; expiresAt: string; shownExpiry: string | null | undefined }
  | { step: 'failed'; error: unknown };

/**
 * Renews a token with a new Apple file: a save of `token` like any other, so it queues behind the
 * admin's edits to the same token, then reads the token back until Graph shows the new expiry.
 */
export function useRenewToken(id: string) {
  const graph = useGraphClient();
  const queryClient = useQueryClient();
  // No time in the cache once settled: the mutation's variables hold the file's content.
  const { mutateAsync, reset, isPaused, failureCount } = useMutation({ ...updateTokenOptions(graph, queryClient, id), gcTime: 0 });
  const [progress, setProgress] = useState<RenewalProgress>({ step: 'idle' });
  const polling = useRef<AbortController | null>(null);
  useEffect(() => () => polling.current?.abort(), []);

  const renew = useCallback(
    async (content: string, expiresAt: string) => {
      polling.current?.abort();
      setProgress({ step: 'sending', expiresAt });
      let saved: VppToken;
      try {
        saved = await mutateAsync({ token: content });
      } catch (error) {
        setProgress({ step: 'failed', error });
        return;
      } finally {
        reset();
      }
      if (showsExpiry(saved, expiresAt)) {
        setProgress({ step: 'done', expiresAt });
        return;
      }
      const controller = new AbortController();
      polling.current = controller;
      let shownExpiry = saved.expirationDateTime;
      setProgress({ step: 'waiting', expiresAt, shownExpiry });
      try {
        const { done } = await pollToken(queryClient, graph, id, {
          until: (token) => showsExpiry(token, expiresAt),
          schedule: renewalPolling,
          signal: controller.signal,
          onRead: (token) => {
            shownExpiry = token.expirationDateTime;
            setProgress({ step: 'waiting', expiresAt, shownExpiry });
          },
        });
        setProgress(done ? { step: 'done', expiresAt } : { step: 'lagging', expiresAt, shownExpiry });
      } catch {
        // The renewal itself is stored; only reading it back failed, which the admin sees as a lag.
        if (!controller.signal.aborted) setProgress({ step: 'lagging', expiresAt, shownExpiry });
      }
    },
    [mutateAsync, reset, queryClient, graph, id],
  );

  const clear = useCallback(() => {
    polling.current?.abort();
    setProgress({ step: 'idle' });
  }, []);

  return {
    progress,
    renew,
    clear,
    /** Waiting for an earlier save to the same token to finish first. */
    queued: isPaused,
    /** Graph was busy or throttling and the renewal is being tried again. */
    retrying: failureCount > 0,
  };
}
