import { Button, makeStyles, Spinner, Toast, ToastTitle, tokens, useToastController } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../../config/paths';
import { GraphError } from '../../../graph/graph-error';
import { GraphErrorBar } from '../../../ui/graph-error-bar';
import { appToasterId } from '../../../ui/toaster-id';
import { useNow } from '../../../ui/use-now';
import { useShownToken } from '../api/shown-tokens';
import { tokenName } from '../model/token-name';
import { RetryNotice } from './retry-notice';
import { TokenEditForm } from './token-edit-form';
import { TokenFacts } from './token-facts';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  columns: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXL, alignItems: 'flex-start' },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { margin: 0, overflowWrap: 'anywhere' },
});

export function TokenDetailPage() {
  const styles = useStyles();
  const { tokenId = '' } = useParams();
  const { query, server, shown, pending } = useShownToken(tokenId);
  const now = useNow();
  const { dispatchToast } = useToastController(appToasterId);
  const onSaved = useCallback(
    (message: string) =>
      dispatchToast(
        <Toast>
          <ToastTitle>{message}</ToastTitle>
        </Toast>,
        { intent: 'success' },
      ),
    [dispatchToast],
  );
  const missing = query.error instanceof GraphError && query.error.status === 404;

  return (
    <section className={styles.page} aria-labelledby="token-heading">
      <Link to={paths.tokens.href()}>← All VPP tokens</Link>
      <div className={styles.heading}>
        <h1 id="token-heading" className={styles.title}>
          {shown ? tokenName(shown) : 'VPP token'}
        </h1>
        {server && (
          <Button
            icon={<ArrowClockwiseRegular />}
            appearance="subtle"
            disabled={query.isFetching}
            onClick={() => void query.refetch()}
          >
            {query.isFetching ? 'Refreshing…' : 'Refresh'}
          </Button>
        )}
      </div>
      {query.isPending && <Spinner label="Loading the token…" />}
      {query.isError && !shown && (
        <GraphErrorBar
          title={missing ? 'This token does not exist' : 'The token could not be loaded'}
          error={query.error}
          message={missing ? 'It may have been deleted in Intune or by another admin.' : undefined}
          onRetry={missing ? undefined : () => void query.refetch()}
          actions={missing ? <Link to={paths.tokens.href()}>Back to the VPP tokens</Link> : undefined}
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
              onSaved={onSaved}
            />
          ) : (
            <Spinner size="small" label="Loading the settings…" />
          )}
          <TokenFacts token={shown} now={now} />
        </div>
      )}
    </section>
  );
}
