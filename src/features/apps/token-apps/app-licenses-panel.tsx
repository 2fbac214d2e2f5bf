import {
  Button,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { formatCount, formatCountOf } from '../../../ui/format-count';
import { GraphErrorBar } from '../../../ui/graph-error-bar';
import { describeAppsReadFailure } from '../model/apps-problems';
import { hasAppRevokes, licenseUse, type VppApp } from '../model/vpp-apps';
import { isDeviceLicense, useAssignedLicenses, type AssignedLicense } from '../data/assigned-licenses';
import { useLicensesForApp } from '../data/licenses-for-app';
import { RevokeProgress } from './revoke-progress';
import { RevokeQuestion, type RevokeChoices } from './revoke-question';
import { useRevokeLicenses, type RevokeRequest } from '../data/revoke-licenses';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  header: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap', justifyContent: 'space-between' },
  heading: { margin: 0 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  text: { margin: 0 },
});

/** The panel's element id, for the button that shows and hides it. */
export const appLicensesPanelId = 'app-licenses-panel';

type Asking = { title: string; confirmLabel: string; question: string; request: (choices: RevokeChoices) => RevokeRequest };

/** One app's licenses: who holds them, revoking them, and the other tokens that hold the same app. */
export function AppLicensesPanel({
  app,
  gone,
  tokenId,
  readOnly,
  onClose,
}: {
  app: VppApp;
  /** Graph no longer lists the app: deleted, with its token, elsewhere. */
  gone: boolean;
  tokenId: string;
  readOnly: boolean;
  onClose: () => void;
}) {
  const styles = useStyles();
  const revoke = useRevokeLicenses(tokenId);
  const [asking, setAsking] = useState<Asking>();
  const name = app.displayName ?? 'this app';
  const { used } = licenseUse(app);
  const heading = useRef<HTMLHeadingElement>(null);
  // The panel opens below the whole apps table, out of view when the token has many: taking the
  // focus brings it into view, and a screen reader says which app's licenses it holds.
  useEffect(() => heading.current?.focus(), [app.id]);

  const askRevokeAll = () =>
    setAsking({
      title: `Revoke every license of ${name}?`,
      confirmLabel: `Revoke ${formatCountOf(used, 'license')}`,
      question: `All ${formatCount(used)} licenses of ${name} on this token go back to the token, from every user and device that holds one.`,
      request: ({ notifyManagedDevices }) => ({ scope: 'app', tokenId, app, notifyManagedDevices }),
    });
  const askRevokeOne = (license: AssignedLicense) => {
    const holder = isDeviceLicense(license) ? (license.deviceName ?? license.managedDeviceId ?? 'this device') : (license.userPrincipalName ?? license.userName ?? 'this user');
    setAsking({
      title: `Revoke ${name} from ${holder}?`,
      confirmLabel: 'Revoke 1 license',
      question: `The license of ${name} held by ${holder} goes back to the token.`,
      request: ({ notifyManagedDevices }) =>
        isDeviceLicense(license)
          ? { scope: 'device', tokenId, app, managedDeviceId: license.managedDeviceId ?? '', notifyManagedDevices }
          : { scope: 'user', tokenId, app, userId: license.userId ?? '', notifyManagedDevices },
    });
  };

  return (
    <section id={appLicensesPanelId} className={styles.panel} aria-labelledby={`app-${app.id}-heading`}>
      <div className={styles.header}>
        <h3 id={`app-${app.id}-heading`} ref={heading} tabIndex={-1} className={styles.heading}>
          Licenses of {name}
        </h3>
        <div>
          {hasAppRevokes(app) && !gone && (
            <Button disabledFocusable={readOnly || used === 0 || revoke.isPending} onClick={askRevokeAll}>
              Revoke all licenses
            </Button>
          )}
          <Button appearance="subtle" onClick={onClose}>Close</Button>
        </div>
      </div>
      <RevokeProgress mutation={revoke} />
      {gone ? (
        <p className={styles.text}>Graph no longer lists this app on the token: it was deleted, or its token was.</p>
      ) : hasAppRevokes(app) ? (
        <AssignedLicenses appId={app.id} readOnly={readOnly || revoke.isPending} onRevoke={askRevokeOne} />
      ) : (
        <p className={styles.text}>
          Graph revokes a macOS app’s licenses only through its token: use “Revoke licenses” on the token to take them back.
        </p>
      )}
      {app.bundleId && !gone && <ElsewhereLicensed bundleId={app.bundleId} tokenId={tokenId} />}
      <RevokeQuestion
        open={asking !== undefined}
        title={asking?.title ?? ''}
        confirmLabel={asking?.confirmLabel ?? ''}
        onCancel={() => setAsking(undefined)}
        onConfirm={(choices) => {
          if (asking) revoke.mutate(asking.request(choices));
          setAsking(undefined);
        }}
      >
        <p className={styles.text}>{asking?.question}</p>
      </RevokeQuestion>
    </section>
  );
}

function AssignedLicenses({ appId, readOnly, onRevoke }: { appId: string; readOnly: boolean; onRevoke: (license: AssignedLicense) => void }) {
  const query = useAssignedLicenses(appId);
  if (query.isPending) return <Spinner size="tiny" label="Loading who holds the licenses…" />;
  if (query.isError) return <GraphErrorBar title="The licenses could not be loaded" error={query.error} message={describeAppsReadFailure(query.error)} onRetry={() => void query.refetch()} />;
  if (query.data.length === 0) return <p>No license of this app is assigned.</p>;
  return (
    <Table size="small" aria-label="Assigned licenses">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Assigned to</TableHeaderCell>
          <TableHeaderCell>User</TableHeaderCell>
          <TableHeaderCell>Device</TableHeaderCell>
          <TableHeaderCell>Revoke</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {query.data.map((license) => {
          const device = isDeviceLicense(license);
          const user = license.userPrincipalName ?? license.userEmailAddress ?? license.userName ?? '—';
          return (
            <TableRow key={license.id}>
              <TableCell>{device ? 'Device' : 'User'}</TableCell>
              <TableCell>{user}</TableCell>
              <TableCell>{device ? (license.deviceName ?? license.managedDeviceId ?? '—') : '—'}</TableCell>
              <TableCell>
                <Button
                  size="small"
                  // Focusable while disabled: a revoke confirmed from the keyboard gives the focus back here while Apple works.
                  disabledFocusable={readOnly || (device ? !license.managedDeviceId : !license.userId)}
                  aria-label={`Revoke the license ${device ? `of device ${license.deviceName ?? license.managedDeviceId}` : `of ${user}`}`}
                  onClick={() => onRevoke(license)}
                >
                  Revoke
                </Button>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

function ElsewhereLicensed({ bundleId, tokenId }: { bundleId: string; tokenId: string }) {
  const styles = useStyles();
  const query = useLicensesForApp(bundleId);
  return (
    <section aria-label="The same app on other tokens">
      <h4 className={styles.subheading}>The same app on other tokens</h4>
      {query.isPending ? (
        <Spinner size="tiny" label="Looking for the app on other tokens…" />
      ) : query.isError ? (
        <GraphErrorBar title="Other tokens could not be checked" error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        (() => {
          const others = query.data.filter((summary) => summary.vppTokenId !== tokenId);
          if (others.length === 0) return <p className={styles.text}>No other token holds this app.</p>;
          return (
            <ul>
              {others.map((summary) => (
                <li key={summary.vppTokenId ?? summary.appleId}>
                  {summary.vppTokenId ? (
                    <Link to="/tokens/$tokenId" params={{ tokenId: summary.vppTokenId }}>{summary.organizationName ?? summary.appleId}</Link>
                  ) : (
                    summary.organizationName
                  )}{' '}
                  ({summary.appleId}): {formatCount(summary.usedLicenseCount ?? 0)} used,{' '}
                  {formatCount(summary.availableLicenseCount ?? 0)} available
                </li>
              ))}
            </ul>
          );
        })()
      )}
    </section>
  );
}
