import { Button, Dropdown, makeStyles, Option, SearchBox, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowSyncRegular, DismissRegular } from '@fluentui/react-icons';
import { memo } from 'react';
import { DateText } from '../../../ui/date-text';
import type { HealthLevel } from '../model/health';
import { describeAgo } from '../model/relative-time';
import { noFilters } from './list-view';
import { healthLabels, healthLevels, knownStates, stateLabel } from './token-labels';
import type { ViewChange } from './use-list-view';

const useStyles = makeStyles({
  search: { width: '340px', maxWidth: '100%' },
  filter: { minWidth: '170px' },
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
  return (
    <>
      <Dropdown
        className={styles.filter}
        aria-label="State"
        placeholder="All states"
        multiselect
        selectedOptions={states}
        value={states.map(stateLabel).join(', ')}
        onOptionSelect={(_, data) => onChangeView({ states: data.selectedOptions })}
      >
        {knownStates.map((state) => (
          <Option key={state} value={state}>
            {stateLabel(state)}
          </Option>
        ))}
      </Dropdown>
      <Dropdown
        className={styles.filter}
        aria-label="Health"
        placeholder="Any health"
        multiselect
        selectedOptions={health}
        value={health.map((level) => healthLabels[level]).join(', ')}
        onOptionSelect={(_, data) => onChangeView({ health: data.selectedOptions as HealthLevel[] })}
      >
        {healthLevels.map((level) => (
          <Option key={level} value={level}>
            {healthLabels[level]}
          </Option>
        ))}
      </Dropdown>
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
