import { Button, makeStyles, mergeClasses, SearchBox, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowSyncRegular, ChevronDownRegular, DismissRegular } from '@fluentui/react-icons';
import { memo, Suspense } from 'react';
import { DateText } from '../../../ui/date-text';
import { lazyWithPreload } from '../../../ui/lazy-with-preload';
import type { HealthLevel } from '../model/health';
import { describeAgo } from '../model/relative-time';
import { noFilters } from './list-view';
import { healthFilterText, stateFilterText } from './token-labels';
import type { ViewChange } from './use-list-view';

const FilterDropdowns = lazyWithPreload(() => import('./filter-dropdowns'), (m) => m.FilterDropdowns);

const useStyles = makeStyles({
  search: { width: '340px', maxWidth: '100%' },
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
  // Until the dropdowns arrive, moments after the page, their place shows what they will say.
  const waiting = (label: string, text: string) => (
    <Button disabled className={mergeClasses(styles.filter, styles.waiting)} icon={<ChevronDownRegular />} iconPosition="after" aria-label={label}>
      {text}
    </Button>
  );
  return (
    <>
      <Suspense
        fallback={
          <>
            {waiting('State', stateFilterText(states) || 'All states')}
            {waiting('Health', healthFilterText(health) || 'Any health')}
          </>
        }
      >
        <FilterDropdowns className={styles.filter} states={states} health={health} onChangeView={onChangeView} />
      </Suspense>
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
  onRefresh,
  refreshing,
  refreshedAt,
  now,
}: {
  onExport?: () => void;
  onRefresh: () => void;
  refreshing: boolean;
  /** When the list last arrived whole; undefined until it has. */
  refreshedAt: number | undefined;
  now: number;
}) {
  const styles = useStyles();
  const refreshedIso = refreshedAt === undefined ? undefined : new Date(refreshedAt).toISOString();
  return (
    <>
      {refreshedIso && (
        <Text size={200} className={styles.refreshed}>
          Last refreshed <DateText iso={refreshedIso}>{describeAgo(refreshedIso, now)}</DateText>
        </Text>
      )}
      <Button icon={<ArrowDownloadRegular />} disabled={!onExport} onClick={onExport}>
        Export CSV
      </Button>
      <Button icon={<ArrowSyncRegular />} disabled={refreshing} onClick={onRefresh}>
        {refreshing ? 'Refreshing…' : 'Refresh'}
      </Button>
    </>
  );
});
