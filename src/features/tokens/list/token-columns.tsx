import { Badge, makeStyles, mergeClasses, tokens, type BadgeProps } from '@fluentui/react-components';
import type { CSSProperties, ReactNode } from 'react';
import { formatAbsoluteDate } from '../../../ui/date-text';
import { formatCount } from '../../../ui/format-count';
import type { HealthLevel } from '../model/health';
import { describeAgo, describeExpiry } from '../model/relative-time';
import { autoUpdateLabel, healthLabels, syncStatusLabel } from './token-labels';
import type { SortColumn, TokenRow } from './token-rows';

export type TokenColumn = {
  id: SortColumn;
  title: string;
  /** Flex sizing shared by the header and every row, so columns line up. */
  style: CSSProperties;
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

const width = (grow: number, min: number): CSSProperties => ({ flex: `${grow} 1 0px`, minWidth: `${min}px` });

export const tokenColumns: readonly TokenColumn[] = [
  { id: 'name', title: 'Name', style: width(3.2, 200), renderCell: (row) => <CellText>{row.name}</CellText> },
  {
    id: 'health',
    title: 'Health',
    style: width(2.6, 240),
    renderCell: (row) => <HealthCell row={row} />,
    describe: (row) => (row.health.reasons.length > 0 ? row.health.reasons.map((reason) => reason.message).join(' ') : undefined),
  },
  { id: 'state', title: 'State', style: width(1, 100), renderCell: (row) => <CellText>{row.state}</CellText> },
  {
    id: 'expires',
    title: 'Expires',
    style: width(1.2, 130),
    renderCell: (row, now) => <CellText>{describeExpiry(row.token.expirationDateTime, now)}</CellText>,
    describe: (row) => formatAbsoluteDate(row.token.expirationDateTime),
  },
  {
    id: 'lastSync',
    title: 'Last sync',
    style: width(1.4, 150),
    renderCell: (row, now) => {
      const status = syncStatusLabel(row.token.lastSyncStatus);
      const ago = describeAgo(row.token.lastSyncDateTime, now);
      return <CellText>{status ? `${ago} · ${status}` : ago}</CellText>;
    },
    describe: (row) => (row.lastSyncAt === undefined ? undefined : formatAbsoluteDate(row.token.lastSyncDateTime)),
  },
  { id: 'appleId', title: 'Apple ID', style: width(1.6, 160), renderCell: (row) => <CellText>{row.token.appleId ?? ''}</CellText> },
  { id: 'accountType', title: 'Account type', style: width(0.9, 90), renderCell: (row) => <CellText>{row.accountType}</CellText> },
  { id: 'country', title: 'Country or region', style: width(1.1, 110), renderCell: (row) => <CellText>{row.country}</CellText> },
  {
    id: 'autoUpdate',
    title: 'Automatic app updates',
    style: width(0.9, 90),
    renderCell: (row) => <CellText>{autoUpdateLabel(row.token.automaticallyUpdateApps)}</CellText>,
  },
  {
    id: 'appDelivery',
    title: 'App delivery',
    style: width(0.8, 90),
    renderCell: (row) => <CellText>{row.appDelivery}</CellText>,
  },
  { id: 'apps', title: 'Apps', style: width(0.6, 60), renderCell: (row) => <CellText>{row.licenses ? formatCount(row.licenses.apps.length) : ''}</CellText> },
  {
    id: 'licensesUsed',
    title: 'Licenses used',
    style: width(1.2, 130),
    renderCell: (row) => <LicensesCell row={row} />,
    describe: (row) =>
      row.licenses?.runningOut.length ? `Running out: ${row.licenses.runningOut.map((app) => app.displayName).join(', ')}` : undefined,
  },
];

// Fluent's small table cells pad 8 px on each side, outside the columns' minimum widths.
const cellPadding = 16;

/** Narrower than this, the grid scrolls sideways rather than squeeze a column below its minimum. */
export function gridMinWidthOf(columns: readonly TokenColumn[]): number {
  return columns.reduce((sum, column) => sum + parseFloat(String(column.style.minWidth)) + cellPadding, 0);
}
