import { makeStyles, tokens } from '@fluentui/react-components';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useGraphClient } from '../../../graph/graph-context';
import { useTokenLicenses } from '../../apps/data/vpp-apps';
import { DateText } from '../../../ui/date-text';
import { formatCount } from '../../../ui/format-count';
import { deliveryProtocolLabel, stateLabel, syncStatusLabel } from '../list/token-labels';
import { declaredIn } from '../model/graph-versions';
import { describeAgo, describeExpiry } from '../model/relative-time';
import { describeTokenAction, latestTokenActions, tokenActionLabel } from '../model/token-action-results';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

/** What Apple and Intune set on a token: shown, never edited. The token secret is deliberately absent. */
export function TokenFacts({ token, now }: { token: VppToken; now: number }) {
  const styles = useStyles();
  const { version } = useGraphClient();
  const syncResult = syncStatusLabel(token.lastSyncStatus);
  const facts: [string, React.ReactNode][] = [
    ['Organization', token.organizationName || '—'],
    ...(declaredIn(version, 'locationName') ? [['Location', token.locationName || '—'] as [string, React.ReactNode]] : []),
    ['State', stateLabel(token.state)],
    ['Expires', <DateText iso={token.expirationDateTime}>{describeExpiry(token.expirationDateTime, now)}</DateText>],
    [
      'Last sync',
      <>
        <DateText iso={token.lastSyncDateTime}>{describeAgo(token.lastSyncDateTime, now)}</DateText>
        {syncResult && ` (${syncResult})`}
      </>,
    ],
    ['Last modified', <DateText iso={token.lastModifiedDateTime}>{describeAgo(token.lastModifiedDateTime, now)}</DateText>],
  ];
  // The apps feature's counts, as of Intune's last sync with Apple: Graph has no fresher ones.
  const { licenses } = useTokenLicenses(token.id ?? '');
  if (licenses) {
    facts.push(['Apps', formatCount(licenses.apps.length)]);
    facts.push([
      'Licenses in use',
      `${formatCount(licenses.used)} of ${formatCount(licenses.total)}, as of the last sync ${describeAgo(token.lastSyncDateTime, now)}`,
    ]);
  }
  if (declaredIn(version, 'appleDeviceAppDeliveryProtocolType')) {
    facts.push(['App delivery', deliveryProtocolLabel(token) || '—']);
  }
  for (const action of latestTokenActions(token.tokenActionResults)) {
    facts.push([tokenActionLabel(action.actionName), describeTokenAction(action, now)]);
  }
  return (
    <dl className={styles.list} aria-label="Set by Apple and Intune">
      {facts.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
