import { Badge, makeStyles, mergeClasses, tokens, type BadgeProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { formatAbsoluteDate } from '../../../ui/absolute-date';
import { formatCount } from '../../../ui/format-count';
import type { HealthLevel } from '../model/health';
import { describeAgo, describeExpiry } from '../model/relative-time';
import { autoUpdateLabel, healthLabels, syncStatusLabel } from './token-labels';
import type { SortColumn, TokenRow } from './token-rows';

export type TokenColumn = {
  id: SortColumn;
  title: string;
  /**
   * Widths in px before the admin resizes: never narrower than `min`; `ideal` when the list has the
   * room (Fluent's column sizing gives what is left over to the last column).
   */
  size: { min: number; ideal: number };
  /**
   * Left out until the admin shows it in Columns: with every column, the list would not fit a
   * 1920 px screen and names would shrink to their minimum.
   */
  hiddenByDefault?: boolean;
  renderCell: (row: TokenRow, now: number) => ReactNode;
  /** More than the cell has room for, shown on hover or when the cell has the focus. */
  describe?: (row: TokenRow) => string | undefined;
};

const useStyles = makeStyles({
  text: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  health: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  badge: { flexShrink: 0 },
  reason: { color: tokens.colorNeutralForeground2 },
});

const badgeColor: Record<HealthLevel, BadgeProps['color']> = { unhealthy: 'danger', warning: 'warning', healthy: 'success' };

function CellText({ children }: { children: string }) {
  return <span className={useStyles().text}>{children}</span>;
}

function HealthCell({ row }: { row: TokenRow }) {
  const styles = useStyles();
  const { level, reasons } = row.health;
  return (
    <span className={styles.health}>
      <Badge className={styles.badge} appearance="tint" color={badgeColor[level]}>
        {healthLabels[level]}
      </Badge>
      {reasons[0] && <span className={mergeClasses(styles.text, styles.reason)}>{reasons[0].message}</span>}
    </span>
  );
}

function LicensesCell({ row }: { row: TokenRow }) {
  const styles = useStyles();
  const { licenses } = row;
  if (!licenses) return null;
  return (
    <span className={styles.health}>
      <span className={styles.text}>{`${formatCount(licenses.used)} of ${formatCount(licenses.total)}`}</span>
      {licenses.runningOut.length > 0 && (
        <Badge className={styles.badge} appearance="tint" color={licenses.overUsed.length ? 'danger' : 'warning'}>
          {`${licenses.runningOut.length} running out`}
        </Badge>
      )}
    </span>
  );
}

const width = (min: number, ideal: number) => ({ min, ideal });

export const tokenColumns: readonly TokenColumn[] = [
  { id: 'name', title: 'Name', size: width(200, 320), renderCell: (row) => <CellText>{row.name}</CellText> },
  {
    id: 'health',
    title: 'Health',
    size: width(200, 300),
    renderCell: (row) => <HealthCell row={row} />,
    describe: (row) => (row.health.reasons.length > 0 ? row.health.reasons.map((reason) => reason.message).join(' ') : undefined),
  },
  { id: 'state', title: 'State', size: width(90, 110), renderCell: (row) => <CellText>{row.state}</CellText> },
  {
    id: 'expires',
    title: 'Expires',
    size: width(110, 140),
    renderCell: (row, now) => <CellText>{describeExpiry(row.token.expirationDateTime, now)}</CellText>,
    describe: (row) => formatAbsoluteDate(row.token.expirationDateTime),
  },
  {
    id: 'lastSync',
    title: 'Last sync',
    size: width(140, 190),
    renderCell: (row, now) => {
      const status = syncStatusLabel(row.token.lastSyncStatus);
      const ago = describeAgo(row.token.lastSyncDateTime, now);
      return <CellText>{status ? `${ago} · ${status}` : ago}</CellText>;
    },
    describe: (row) => (row.lastSyncAt === undefined ? undefined : formatAbsoluteDate(row.token.lastSyncDateTime)),
  },
  // What the token carries, beside its sync, in view on a laptop's screen without scrolling sideways.
  { id: 'apps', title: 'Apps', size: width(60, 70), renderCell: (row) => <CellText>{row.licenses ? formatCount(row.licenses.apps.length) : ''}</CellText> },
  {
    id: 'licensesUsed',
    title: 'Licenses used',
    size: width(190, 210),
    renderCell: (row) => <LicensesCell row={row} />,
    describe: (row) =>
      row.licenses?.runningOut.length ? `Running out: ${row.licenses.runningOut.map((app) => app.displayName).join(', ')}` : undefined,
  },
  { id: 'appleId', title: 'Apple ID', size: width(140, 220), renderCell: (row) => <CellText>{row.token.appleId ?? ''}</CellText> },
  { id: 'accountType', title: 'Account type', size: width(90, 120), hiddenByDefault: true, renderCell: (row) => <CellText>{row.accountType}</CellText> },
  { id: 'country', title: 'Country or region', size: width(100, 150), renderCell: (row) => <CellText>{row.country}</CellText> },
  {
    id: 'autoUpdate',
    title: 'Automatic app updates',
    size: width(90, 110),
    renderCell: (row) => <CellText>{autoUpdateLabel(row.token.automaticallyUpdateApps)}</CellText>,
  },
  {
    id: 'appDelivery',
    title: 'App delivery',
    size: width(90, 110),
    hiddenByDefault: true,
    renderCell: (row) => <CellText>{row.appDelivery}</CellText>,
  },
];

