import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useState } from 'react';
import { formatAbsoluteDate } from '../../../ui/absolute-date';
import { GraphErrorBar } from '../../../ui/graph-error-bar';
import { useFocusReturn } from '../../../ui/use-focus-return';
import { useRenewToken, type RenewalProgress } from '../data/renew-token';
import type { TokenFileSummary } from '../model/token-create-schema';
import { describeLocationAfterRenewal } from '../model/renewal';
import { tokenName } from '../model/token-name';
import { TokenFileField } from './token-file-field';
import { useTokenFile } from './use-token-file';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  compare: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
});

/**
 * Renews a token with a new file from Apple: what the file holds is shown before anything is sent,
 * then the upload and Intune catching up. Stays mounted while closed, so a renewal carries on.
 */
export function RenewTokenDialog({
  token,
  open,
  onClose,
  returnFocus,
}: {
  token: VppToken;
  open: boolean;
  onClose: () => void;
  /** Where focus goes once the dialog has gone, given what had it when the dialog opened; by default back there. */
  returnFocus?: (opener: HTMLElement | null) => void;
}) {
  const styles = useStyles();
  const focusReturn = useFocusReturn(open, returnFocus);
  const renewal = useRenewToken(token.id!);
  const picker = useTokenFile({ expectedOrganization: token.organizationName });
  const { step } = renewal.progress;
  const choosing = step === 'idle' || step === 'failed';
  const busy = step === 'sending' || step === 'waiting';

  const close = () => {
    picker.clear();
    if (!busy) renewal.clear();
    onClose();
  };
  // The location before the upload, to compare with the one Graph shows after it.
  const [locationBefore, setLocationBefore] = useState(token.locationName);
  const send = () => {
    const summary = picker.summary;
    const content = picker.take();
    setLocationBefore(token.locationName);
    if (summary && content) void renewal.renew(content, summary.expiresAt);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => !data.open && close()}
      surfaceMotion={focusReturn}
    >
      <DialogSurface>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            send();
          }}
        >
          <DialogBody>
            <DialogTitle>Renew {tokenName(token)}</DialogTitle>
            <DialogContent className={styles.content}>
              {choosing ? (
                <>
                  <p>Choose the new token file you downloaded from Apple Business Manager for {token.organizationName || 'this organization'}.</p>
                  {step === 'failed' && <GraphErrorBar title="The token was not renewed" error={renewal.progress.error} />}
                  <TokenFileField picker={picker} />
                  {picker.summary && <RenewalPreview token={token} file={picker.summary} />}
                </>
              ) : (
                <>
                  <RenewalStatus progress={renewal.progress} queued={renewal.queued} retrying={renewal.retrying} />
                  {renewal.progress.step === 'done' && <LocationAfterRenewal before={locationBefore} after={token.locationName} />}
                </>
              )}
            </DialogContent>
            <DialogActions>
              {choosing ? (
                <>
                  <Button appearance="secondary" onClick={close}>Cancel</Button>
                  <Button type="submit" appearance="primary" disabled={!picker.summary}>Renew token</Button>
                </>
              ) : (
                <Button appearance={busy ? 'secondary' : 'primary'} onClick={close}>Close</Button>
              )}
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

function LocationAfterRenewal({ before, after }: { before: string | null | undefined; after: string | null | undefined }) {
  const said = describeLocationAfterRenewal(before, after);
  if (!said) return null;
  if (!said.changed) return <p>{said.text}</p>;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{said.text}</MessageBarBody>
    </MessageBar>
  );
}

function RenewalPreview({ token, file }: { token: VppToken; file: TokenFileSummary }) {
  const styles = useStyles();
  return (
    <dl className={styles.compare} aria-label="What the renewal changes">
      <dt className={styles.term}>Organization</dt>
      <dd className={styles.value}>{file.organizationName}</dd>
      <dt className={styles.term}>Expires now</dt>
      <dd className={styles.value}>{formatAbsoluteDate(token.expirationDateTime) ?? 'unknown'}</dd>
      <dt className={styles.term}>Expires after renewal</dt>
      <dd className={styles.value}>{formatAbsoluteDate(file.expiresAt)}</dd>
    </dl>
  );
}

function RenewalStatus({ progress, queued, retrying }: { progress: RenewalProgress; queued: boolean; retrying: boolean }) {
  switch (progress.step) {
    case 'sending':
      return (
        <div role="status">
          <Spinner
            size="small"
            labelPosition="after"
            label={
              queued
                ? 'Waiting for your earlier save to this token to finish…'
                : retrying
                  ? 'Graph is busy; trying the upload again…'
                  : 'Uploading the new token to Intune…'
            }
          />
        </div>
      );
    case 'waiting':
      return (
        <div role="status">
          <Spinner
            size="small"
            labelPosition="after"
            label={`Intune accepted the new token. Graph still reports the old expiry, ${formatAbsoluteDate(progress.shownExpiry) ?? 'unknown'}; checking again…`}
          />
        </div>
      );
    case 'done':
      return (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>Renewed. The token now expires on {formatAbsoluteDate(progress.expiresAt)}.</MessageBarBody>
        </MessageBar>
      );
    case 'lagging':
      return (
        <MessageBar intent="warning" role="status" layout="multiline">
          <MessageBarBody>
            Intune accepted the new token, but Graph still reports the old expiry, {formatAbsoluteDate(progress.shownExpiry) ?? 'unknown'}. It
            usually catches up within minutes: refresh the token later to see {formatAbsoluteDate(progress.expiresAt)}.
          </MessageBarBody>
        </MessageBar>
      );
    default:
      return null;
  }
}
