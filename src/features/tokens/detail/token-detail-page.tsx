import { Button, makeStyles, Spinner, tokens, Toolbar } from '@fluentui/react-components';
import { ArrowClockwiseRegular, DeleteRegular, KeyResetRegular } from '@fluentui/react-icons';
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useCanWrite } from '../../../auth/auth-context';
import { GraphError } from '../../../graph/graph-error';
import { GraphErrorBar } from '../../../ui/graph-error-bar';
import { lazyWithPreload } from '../../../ui/lazy-with-preload';
import { notify } from '../../../ui/notify';
import { useNow } from '../../../ui/use-now';
import { useStartVppAppsRead } from '../../apps/data/vpp-apps';
import { useWarningWindows } from '../../settings/use-warning-windows';
import { AddToCalendarButton } from '../actions/add-to-calendar-button';
import { SyncLicensesButton } from '../actions/sync-licenses-button';
import { SyncStatus } from '../actions/sync-status';
import { useDeleteTokenAction } from '../actions/use-delete-token';
import { useRevokeThenDelete } from '../actions/use-revoke-then-delete';
import { useShownToken } from '../data/shown-tokens';
import { useTokenReadAfterRevokes } from '../data/token-revokes';
import { useUndoSave } from '../data/use-compensating-save';
import { describeActionFailure } from '../model/action-failure';
import { tokenHealth } from '../model/health';
import type { TokenEdits, TokenPatch } from '../model/token-fields';
import { tokenName } from '../model/token-name';
import { AttentionPanel } from './attention-panel';
import { RetryNotice } from './retry-notice';
import { TokenEditForm } from './token-edit-form';
import { TokenFacts } from './token-facts';

// Closed until asked for, so they load just after the page shows rather than before it.
const RenewTokenDialog = lazyWithPreload(() => import('../actions/renew-token-dialog'), (m) => m.RenewTokenDialog);
const DeleteTokenDialog = lazyWithPreload(() => import('../actions/delete-token-dialog'), (m) => m.DeleteTokenDialog);
// Empty until the admin chooses "Revoke licenses, then delete" in the delete dialog.
const RevokeThenDeletePanel = lazyWithPreload(() => import('../actions/revoke-then-delete-panel'), (m) => m.RevokeThenDeletePanel);
// Below the settings, with data of its own: it does not hold back the token's page.
const TokenAppsSection = lazyWithPreload(() => import('../../apps/token-apps/token-apps-section'), (m) => m.TokenAppsSection);
const TokenHistorySection = lazyWithPreload(() => import('../../history/token-history-section'), (m) => m.TokenHistorySection);

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  columns: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXL, alignItems: 'flex-start' },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { margin: 0, overflowWrap: 'anywhere' },
  actions: { flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

const tokenRoute = getRouteApi('/tokens/$tokenId');

/** How long a save's notice offers Undo. */
const undoWindowMs = 10_000;

export function TokenDetailPage() {
  const styles = useStyles();
  const { tokenId } = tokenRoute.useParams();
  const { query, server, shown, pending } = useShownToken(tokenId);
  // The token's totals and apps section need the tenant's apps: asked for now, not once the token is here.
  useStartVppAppsRead();
  const now = useNow();
  const undoSave = useUndoSave(tokenId);
  const announceSaved = useCallback(
    (message: string, before: TokenEdits, patch: TokenPatch) =>
      notify({
        title: message,
        intent: 'success',
        timeout: undoWindowMs,
        action: { label: 'Undo', run: () => void undoSave(before, patch).then(notify) },
      }),
    [undoSave],
  );
  const navigate = useNavigate();
  const [renewing, setRenewing] = useState(false);
  // Deleting leaves for the list at once. The form goes first, so its unsaved-changes guard does not ask.
  const [leaving, setLeaving] = useState(false);
  useEffect(() => {
    if (leaving) void navigate({ to: '/' });
  }, [leaving, navigate]);
  const deletion = useDeleteTokenAction(shown ?? { id: tokenId }, { onConfirmed: () => setLeaving(true) });
  const revokeThenDelete = useRevokeThenDelete(tokenId, deletion.confirm);
  useTokenReadAfterRevokes(tokenId);
  const windows = useWarningWindows();
  const health = useMemo(() => shown && tokenHealth(shown, now, windows), [shown, now, windows]);
  // An account that may only read sees the actions, greyed out, rather than failing with a 403.
  const readOnly = useCanWrite() === false;
  const missing = query.error instanceof GraphError && query.error.status === 404;
  const name = shown ? tokenName(shown) : 'VPP token';

  if (leaving) return <Spinner label="Deleting the token…" />;
  return (
    <section className={styles.page} aria-labelledby="token-heading">
      <Link to="/">← All VPP tokens</Link>
      <div className={styles.heading}>
        <h1 id="token-heading" className={styles.title}>
          {name}
        </h1>
        {server && (
          <Toolbar aria-label="Token actions" className={styles.actions}>
            <Button
              icon={<ArrowClockwiseRegular />}
              appearance="subtle"
              disabled={query.isFetching}
              onClick={() => void query.refetch()}
            >
              {query.isFetching ? 'Refreshing…' : 'Refresh'}
            </Button>
            <SyncLicensesButton tokenId={tokenId} tokenLabel={name} appearance="subtle" />
            <Button icon={<KeyResetRegular />} appearance="subtle" disabled={readOnly} onClick={() => setRenewing(true)}>
              Renew token
            </Button>
            {/* Focusable while disabled: the delete question, answered "Revoke licenses, then delete", gives the focus back here. */}
            <Button
              icon={<DeleteRegular />}
              appearance="subtle"
              disabledFocusable={readOnly || revokeThenDelete.state.step !== 'idle'}
              onClick={deletion.ask}
            >
              Delete token
            </Button>
            {shown && <AddToCalendarButton token={shown} appearance="subtle" />}
          </Toolbar>
        )}
      </div>
      {query.isPending && <Spinner label="Loading the token…" />}
      {query.isError && !shown && (
        <GraphErrorBar
          title={missing ? 'This token does not exist' : 'The token could not be loaded'}
          error={query.error}
          message={missing ? 'It may have been deleted in Intune or by another admin.' : describeActionFailure('load', query.error)}
          onRetry={missing ? undefined : () => void query.refetch()}
          actions={missing ? <Link to="/">Back to the VPP tokens</Link> : undefined}
        />
      )}
      <Suspense fallback={null}>
        <RevokeThenDeletePanel
          tokenId={tokenId}
          state={revokeThenDelete.state}
          onStop={revokeThenDelete.stop}
          onDeleteAnyway={revokeThenDelete.deleteAnyway}
        />
      </Suspense>
      {server && <SyncStatus tokenId={tokenId} />}
      {server && health && (
        <AttentionPanel
          health={health}
          tokenId={tokenId}
          tokenLabel={name}
          readOnly={readOnly}
          onRenew={() => setRenewing(true)}
          onDelete={deletion.ask}
        />
      )}
      {shown && (
        <div className={styles.columns}>
          {server ? (
            <TokenEditForm
              key={tokenId}
              tokenId={tokenId}
              server={server}
              shown={shown}
              retrying={<RetryNotice pending={pending} />}
              onSaved={announceSaved}
            />
          ) : (
            <Spinner size="small" label="Loading the settings…" />
          )}
          <TokenFacts token={shown} now={now} />
        </div>
      )}
      {server && (
        <Suspense fallback={<Spinner size="small" label="Loading the token’s apps…" />}>
          <TokenAppsSection
            tokenId={tokenId}
            tokenName={name}
            readOnly={readOnly}
            syncAction={<SyncLicensesButton tokenId={tokenId} tokenLabel={name} />}
          />
        </Suspense>
      )}
      {server && (
        <Suspense fallback={<Spinner size="small" label="Loading the token’s history…" />}>
          <TokenHistorySection tokenId={tokenId} token={server} />
        </Suspense>
      )}
      {server && shown && (
        <Suspense fallback={null}>
          <RenewTokenDialog token={shown} open={renewing} onClose={() => setRenewing(false)} />
          <DeleteTokenDialog
            token={shown}
            open={deletion.asking}
            onCancel={deletion.cancel}
            onConfirm={deletion.confirm}
            onRevokeThenDelete={() => {
              deletion.cancel();
              revokeThenDelete.start();
            }}
          />
        </Suspense>
      )}
    </section>
  );
}
