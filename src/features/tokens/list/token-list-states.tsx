import { Button, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { formatCount } from '../../../ui/format-count';

const useStyles = makeStyles({
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  message: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXXL,
    border: `1px dashed ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, maxWidth: '70ch' },
});

/** Pages keep arriving; Graph does not say how many tokens there are, so this counts up without a total. */
export function LoadingMore({ loaded }: { loaded: number }) {
  const styles = useStyles();
  return (
    <div className={styles.progress}>
      <Text size={200}>Loaded {formatCount(loaded)} tokens so far. Loading more tokens…</Text>
      <ProgressBar thickness="medium" aria-label="Loading more tokens" />
    </div>
  );
}

export function NoTokensYet() {
  const styles = useStyles();
  return (
    <div className={styles.message}>
      <h2 className={styles.heading}>No VPP tokens yet</h2>
      <p className={styles.text}>
        A token appears here once it is added to Intune. Download its token file from Apple Business Manager or Apple School
        Manager (Preferences › Payments and Billing › Content Tokens), then upload it in the Intune admin center under Tenant
        administration › Connectors and tokens › Apple VPP tokens.
      </p>
    </div>
  );
}

export function NoMatches({ total, onClear }: { total: number; onClear: () => void }) {
  const styles = useStyles();
  return (
    <div className={styles.message}>
      <h2 className={styles.heading}>No tokens match</h2>
      <p className={styles.text}>None of the {formatCount(total)} tokens matches this search and these filters.</p>
      <Button icon={<DismissRegular />} onClick={onClear}>
        Clear filters
      </Button>
    </div>
  );
}
