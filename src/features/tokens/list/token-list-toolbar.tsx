import { Button, makeStyles, mergeClasses, SearchBox, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowSyncRegular, ChevronDownRegular, ColumnTripleEditRegular, DismissRegular } from '@fluentui/react-icons';
import { memo } from 'react';
import { lateModule, useArrived } from '../../../ui/lazy-with-preload';
import { useQuiet } from '../../../ui/when-quiet';
import type { HealthLevel } from '../model/health';
import { describeAgo } from '../model/relative-time';
import { noFilters } from './list-view';
import { healthFilterText, stateFilterText } from './token-labels';
import type { ViewChange } from './use-list-view';

const filterDropdowns = lateModule(() => import('./filter-dropdowns'));
const columnMenu = lateModule(() => import('./column-menu'));
// Its tooltip brings Fluent's positioning, which the rows must not wait for; the time says what
// it says without it meanwhile, and cannot have been focused before it becomes focusable.
const dateText = lateModule(() => import('../../../ui/date-text'));

const useStyles = makeStyles({
  // Narrower before the toolbar wraps a line, wider when the row has room.
  search: { flex: '1 1 220px', maxWidth: '340px' },
  filter: { minWidth: '170px' },
  waiting: { justifyContent: 'space-between' },
  refreshed: { color: tokens.colorNeutralForeground3 },
});

export function TokenSearchBox({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  return (
    <SearchBox
      className={useStyles().search}
      aria-label="Search tokens"
      placeholder="Search by name, Apple ID, organization or location"
      value={value}
      onChange={(_, data) => onChange(data.value)}
    />
  );
}

/** The state and health filters; memoized, so typing in the search box does not redraw them. */
export const TokenFilters = memo(function TokenFilters({
  states,
  health,
  filtered,
  onChangeView,
}: {
  states: string[];
  health: HealthLevel[];
  filtered: boolean;
  onChangeView: (change: ViewChange) => void;
}) {
  const styles = useStyles();
  // Asked for once the list has loaded, so they never hold up its rows; until they arrive, their
  // place shows what they will say.
  const dropdowns = useArrived(filterDropdowns, useQuiet());
  const waiting = (label: string, text: string) => (
    <Button disabled className={mergeClasses(styles.filter, styles.waiting)} icon={<ChevronDownRegular />} iconPosition="after" aria-label={label}>
      {text}
    </Button>
  );
  return (
    <>
      {dropdowns ? (
        <dropdowns.FilterDropdowns className={styles.filter} states={states} health={health} onChangeView={onChangeView} />
      ) : (
        <>
          {waiting('State', stateFilterText(states) || 'All states')}
          {waiting('Health', healthFilterText(health) || 'Any health')}
        </>
      )}
      {filtered && (
        <Button appearance="subtle" icon={<DismissRegular />} onClick={() => onChangeView(noFilters)}>
          Clear filters
        </Button>
      )}
    </>
  );
});

export const TokenListActions = memo(function TokenListActions({
  onExport,
  onExportCalendar,
  exportingCalendar = false,
  onRefresh,
  refreshing,
  columns,
  hiddenColumns,
  onChangeHiddenColumns,
  onResetColumnWidths,
}: {
  columns: readonly { id: string; title: string }[];
  hiddenColumns: readonly string[];
  onChangeHiddenColumns: (hidden: string[]) => void;
  onResetColumnWidths: () => void;
  onExport?: () => void;
  /** Every token in the view, as one calendar of expiry reminders; absent when the view is empty. */
  onExportCalendar?: () => void;
  exportingCalendar?: boolean;
  onRefresh: () => void;
  refreshing: boolean;
}) {
  return (
    <>
      <ColumnChooser columns={columns} hidden={hiddenColumns} onChange={onChangeHiddenColumns} onResetWidths={onResetColumnWidths} />
      <Button icon={<ArrowDownloadRegular />} disabled={!onExport} onClick={onExport}>
        Export CSV
      </Button>
      <Button icon={<ArrowDownloadRegular />} disabled={!onExportCalendar || exportingCalendar} onClick={onExportCalendar}>
        {exportingCalendar ? 'Exporting calendar…' : 'Export expiry calendar'}
      </Button>
      <Button icon={<ArrowSyncRegular />} disabled={refreshing} onClick={onRefresh}>
        {refreshing ? 'Refreshing…' : 'Refresh'}
      </Button>
    </>
  );
});

/**
 * When the list last arrived whole, beside its count: the toolbar keeps its room for the controls, so
 * that Refresh stays on their line in a laptop's window.
 */
export const ListRefreshedAt = memo(function ListRefreshedAt({ refreshedAt, now }: { refreshedAt: number | undefined; now: number }) {
  const styles = useStyles();
  const refreshedIso = refreshedAt === undefined ? undefined : new Date(refreshedAt).toISOString();
  const exactTime = useArrived(dateText, refreshedIso !== undefined);
  if (!refreshedIso) return null;
  return (
    <Text size={200} className={styles.refreshed}>
      Last refreshed{' '}
      {exactTime ? <exactTime.DateText iso={refreshedIso}>{describeAgo(refreshedIso, now)}</exactTime.DateText> : <span>{describeAgo(refreshedIso, now)}</span>}
    </Text>
  );
});

/** "Columns": Fluent's menu once the list is quiet; until then its place, the same button, waits. */
function ColumnChooser(props: {
  columns: readonly { id: string; title: string }[];
  hidden: readonly string[];
  onChange: (hidden: string[]) => void;
  onResetWidths: () => void;
}) {
  const menu = useArrived(columnMenu, useQuiet());
  if (menu) return <menu.ColumnMenu {...props} />;
  return (
    <Button disabled icon={<ColumnTripleEditRegular />}>
      Columns
    </Button>
  );
}
