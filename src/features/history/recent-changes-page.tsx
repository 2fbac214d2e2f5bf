import {
  Button,
  Dropdown,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  OptionGroup,
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
import { ArrowClockwiseRegular, ArrowDownloadRegular } from '@fluentui/react-icons';
import { Link } from '@tanstack/react-router';
import { GraphError } from '../../graph/graph-error';
import { ColumnWidths } from '../../ui/column-widths';
import { formatCount } from '../../ui/format-count';
import { GraphErrorBar } from '../../ui/graph-error-bar';
import { useDrawnInSteps } from '../../ui/use-drawn-in-steps';
import { appsReadPermission } from '../apps/model/apps-problems';
import { ChangeResultCell, ChangeWhatCell, ChangeWhenCell } from './change-cells';
import { changeKinds } from './model/change-kinds';
import { isTokenGone } from './model/recent-changes';
import { changeKindLabels, propertyLabel, type HistoryEntry } from './model/token-history';
import { useRecentChangesScreen } from './use-recent-changes-screen';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  note: { color: tokens.colorNeutralForeground3, margin: 0 },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  spacer: { flexGrow: 1 },
  filter: { minWidth: '220px' },
  scroller: { overflowX: 'auto' },
  table: { minWidth: '900px' },
  wrap: { overflowWrap: 'anywhere' },
  gone: { color: tokens.colorNeutralForeground3 },
});

// When, who, token, what, result: what changed takes the most room.
const changeColumnPercents = [12, 20, 22, 34, 12];

const kindValue = (kind: string) => `kind:${kind}`;
const propertyValue = (property: string) => `property:${property}`;

/** Every change to any VPP token in the last week or month, from Intune's audit log. */
// A bulk change of a big tenant logs thousands of rows: the newest draw first, the rest a click
// away, so the page never waits to draw them all (filters and the CSV still cover every row).
const rowsAtOnce = 200;

export function RecentChangesPage() {
  const styles = useStyles();
  const screen = useRecentChangesScreen();
  const { view, query, entries, shown } = screen;
  const { drawn, notDrawn: moreToDraw, drawMore } = useDrawnInSteps(shown, rowsAtOnce);
  const period = `the last ${view.days} days`;
  const forbidden = query.error instanceof GraphError && query.error.status === 403;
  const whatValue = view.what ? kindValue(view.what) : view.property ? propertyValue(view.property) : '';
  const whatText = view.what ? changeKindLabels[view.what] : view.property ? `${propertyLabel(view.property)} changed` : '';

  return (
    <section className={styles.page} aria-labelledby="changes-heading">
      <h1 id="changes-heading" className={styles.heading}>Recent changes</h1>
      <p className={styles.note}>
        Every change to a VPP token from Intune’s audit log, newest first. The log can take a few minutes to show a change.
      </p>
      <div className={styles.toolbar}>
        {/* A dropdown rather than radios: Fluent's RadioGroup here would split a chunk the other pages load first. */}
        <Dropdown
          aria-label="Period"
          value={`Last ${view.days} days`}
          selectedOptions={[String(view.days)]}
          onOptionSelect={(_, data) => screen.changeView({ days: data.optionValue === '30' ? 30 : 7 })}
        >
          <Option value="7">Last 7 days</Option>
          <Option value="30">Last 30 days</Option>
        </Dropdown>
        <Dropdown
          className={styles.filter}
          aria-label="Who"
          placeholder="Anyone"
          value={view.who ?? ''}
          selectedOptions={view.who ? [view.who] : []}
          onOptionSelect={(_, data) => screen.changeView({ who: data.optionValue || undefined })}
        >
          <Option value="">Anyone</Option>
          {screen.actors.map((actor) => (
            <Option key={actor} value={actor}>
              {actor}
            </Option>
          ))}
        </Dropdown>
        <Dropdown
          className={styles.filter}
          aria-label="What"
          placeholder="Any change"
          value={whatText}
          selectedOptions={whatValue ? [whatValue] : []}
          onOptionSelect={(_, data) => {
            const value = data.optionValue ?? '';
            const kind = changeKinds.find((k) => kindValue(k) === value);
            const property = value.startsWith('property:') ? value.slice('property:'.length) : undefined;
            screen.changeView({ what: kind, property });
          }}
        >
          <Option value="">Any change</Option>
          <OptionGroup label="Activity">
            {changeKinds.map((kind) => (
              <Option key={kind} value={kindValue(kind)}>
                {changeKindLabels[kind]}
              </Option>
            ))}
          </OptionGroup>
          {screen.properties.length > 0 && (
            <OptionGroup label="Setting changed">
              {screen.properties.map((property) => (
                <Option key={property} value={propertyValue(property)} text={`${propertyLabel(property)} changed`}>
                  {propertyLabel(property)}
                </Option>
              ))}
            </OptionGroup>
          )}
        </Dropdown>
        {screen.filtered && <Button onClick={screen.clearFilters}>Clear filters</Button>}
        <span className={styles.spacer} />
        <Button icon={<ArrowDownloadRegular />} disabled={!shown || shown.length === 0} onClick={screen.exportCsv}>
          Export CSV
        </Button>
        <Button icon={<ArrowClockwiseRegular />} appearance="subtle" disabled={query.isFetching} onClick={screen.refresh}>
          {query.isFetching && !query.isPending ? 'Checking…' : 'Check for new changes'}
        </Button>
      </div>
      {query.isPending ? (
        <Spinner label={`Loading the changes of ${period}…`} />
      ) : forbidden ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>You cannot see the changes to VPP tokens</MessageBarTitle>
            Reading Intune’s audit log needs the {appsReadPermission} permission. An administrator grants it to this app in
            Microsoft Entra ID (API permissions, then admin consent). The tokens themselves work without it.
          </MessageBarBody>
        </MessageBar>
      ) : query.isError && !entries ? (
        <GraphErrorBar title="The changes could not be loaded" error={query.error} onRetry={screen.refresh} />
      ) : (
        <>
          {query.isError && <GraphErrorBar title="The changes could not be checked again; these are the ones read before" error={query.error} onRetry={screen.refresh} />}
          <span role="status">
            {!entries || entries.length === 0
              ? `No changes to VPP tokens in ${period}.`
              : screen.filtered
                ? `Showing ${formatCount(shown?.length ?? 0)} of ${formatCount(entries.length)} changes in ${period}`
                : `${formatCount(entries.length)} ${entries.length === 1 ? 'change' : 'changes'} in ${period}`}
          </span>
          {entries && entries.length > 0 && shown?.length === 0 && (
            <div>
              <p className={styles.note}>No changes match these filters.</p>
              <Button onClick={screen.clearFilters}>Clear filters</Button>
            </div>
          )}
          {shown && shown.length > 0 && (
            <div className={styles.scroller}>
              <Table size="small" aria-label="Changes to VPP tokens, newest first" className={styles.table}>
                <ColumnWidths percents={changeColumnPercents} />
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>When</TableHeaderCell>
                    <TableHeaderCell>Who</TableHeaderCell>
                    <TableHeaderCell>Token</TableHeaderCell>
                    <TableHeaderCell>What</TableHeaderCell>
                    <TableHeaderCell>Result</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {drawn!.map((entry) => (
                    <ChangeRow key={entry.id} entry={entry} now={screen.now} gone={isTokenGone(entry.tokenId, screen.deleted, screen.listed)} />
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          {moreToDraw > 0 && (
            <div>
              <Button onClick={drawMore}>
                {`Show ${formatCount(Math.min(moreToDraw, rowsAtOnce))} more of ${formatCount(moreToDraw)} not shown`}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function ChangeRow({ entry, now, gone }: { entry: HistoryEntry; now: number; gone: boolean }) {
  const styles = useStyles();
  return (
    <TableRow data-change-id={entry.id}>
      <ChangeWhenCell entry={entry} now={now} />
      <TableCell className={styles.wrap}>{entry.who}</TableCell>
      <TableCell className={styles.wrap}>
        {gone ? (
          <span>
            {entry.tokenName} <span className={styles.gone}>(deleted)</span>
          </span>
        ) : (
          <Link to="/tokens/$tokenId" params={{ tokenId: entry.tokenId }}>
            {entry.tokenName}
          </Link>
        )}
      </TableCell>
      <ChangeWhatCell entry={entry} />
      <ChangeResultCell entry={entry} />
    </TableRow>
  );
}
