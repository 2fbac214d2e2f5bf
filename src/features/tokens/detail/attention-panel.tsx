import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { WarningWindowsButton } from '../../settings/warning-windows-button';
import type { TokenHealth } from '../model/health';
import { nextSteps, type NextStep } from '../model/next-steps';
import { SyncLicensesButton } from '../actions/sync-licenses-button';
import { takeControlSwitchId } from './token-edit-form';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  top: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  message: { margin: 0 },
});

/** What is wrong with the token, each problem with the one action that fixes it. */
export function AttentionPanel({
  health,
  tokenId,
  tokenLabel,
  readOnly,
  onRenew,
  onDelete,
}: {
  health: TokenHealth;
  tokenId: string;
  tokenLabel: string;
  readOnly: boolean;
  onRenew: () => void;
  onDelete: () => void;
}) {
  const styles = useStyles();
  if (health.level === 'healthy') return null;
  const intent = health.level === 'unhealthy' ? 'error' : 'warning';
  return (
    <section className={styles.panel} aria-labelledby="attention-heading">
      <div className={styles.top}>
        <h2 id="attention-heading" className={styles.heading}>Needs attention</h2>
        {/* Beside the health it decides, as on the list: how soon an expiry or a late sync counts is the admin's call. */}
        <WarningWindowsButton appearance="subtle" size="small" />
      </div>
      {nextSteps(health).map((step) => (
        <MessageBar key={step.action} intent={intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{stepTitles[step.action]}</MessageBarTitle>
            {step.messages.map((message) => (
              <p key={message} className={styles.message}>{message}</p>
            ))}
          </MessageBarBody>
          {step.action !== 'none' && (
            <MessageBarActions>
              <StepAction step={step} tokenId={tokenId} tokenLabel={tokenLabel} readOnly={readOnly} onRenew={onRenew} onDelete={onDelete} />
            </MessageBarActions>
          )}
        </MessageBar>
      ))}
    </section>
  );
}

const stepTitles: Record<NextStep['action'], string> = {
  renew: 'Renew the token',
  sync: 'Sync the token',
  takeControl: 'Another MDM manages this token',
  delete: 'Duplicate token',
  none: 'Check the token',
};

function StepAction({
  step,
  tokenId,
  tokenLabel,
  readOnly,
  onRenew,
  onDelete,
}: {
  step: NextStep;
  tokenId: string;
  tokenLabel: string;
  readOnly: boolean;
  onRenew: () => void;
  onDelete: () => void;
}) {
  switch (step.action) {
    case 'renew':
      return <Button disabled={readOnly} onClick={onRenew}>Renew token</Button>;
    case 'sync':
      return <SyncLicensesButton tokenId={tokenId} tokenLabel={tokenLabel} />;
    case 'takeControl':
      return <Button disabled={readOnly} onClick={showTakeControlSwitch}>Take control from another MDM</Button>;
    case 'delete':
      return <Button disabled={readOnly} onClick={onDelete}>Delete the duplicate</Button>;
    case 'none':
      return null;
  }
}

/** The switch lives in the settings form; turning it on is still the admin's call, and a save. */
function showTakeControlSwitch() {
  const control = document.getElementById(takeControlSwitchId);
  control?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  control?.focus({ preventScroll: true });
}
