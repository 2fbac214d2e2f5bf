import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
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
import { ArrowClockwiseRegular, ArrowUndoRegular } from '@fluentui/react-icons';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useState } from 'react';
import { useCanWrite } from '../../auth/auth-context';
import { GraphError } from '../../graph/graph-error';
import { ColumnWidths } from '../../ui/column-widths';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { formatAbsoluteDate } from '../../ui/absolute-date';
import { GraphErrorBar } from '../../ui/graph-error-bar';
import type { Notice } from '../../ui/notify';
import { useDrawnInSteps } from '../../ui/use-drawn-in-steps';
import { useNow } from '../../ui/use-now';
import { appsReadPermission } from '../apps/model/apps-problems';
import { useShownToken } from '../tokens/data/shown-tokens';
import { useCompensatingSave } from '../tokens/data/use-compensating-save';
import { compensatingChange, describeCompensation, type Compensation } from '../tokens/model/compensating-change';
import { compensationFailedNotice, compensationNotice } from '../tokens/model/compensation-notices';
import { ChangeResultCell, ChangeWhatCell, ChangeWhenCell } from './change-cells';
import { useTokenHistory } from './data/token-history';
import { historyRevision, type HistoryEntry } from './model/token-history';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  note: { color: tokens.colorNeutralForeground3, margin: 0 },
  scroller: { overflowX: 'auto' },
  table: { minWidth: '720px' },
  who: { overflowWrap: 'anywhere' },
  revert: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
  why: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

// A busy token logs hundreds of changes a week: the newest show first, the rest a click away, so
// the page does not wait to draw them all.
const entriesAtOnce = 50;

// When, who, what, result, revert: what changed takes the most room.
const historyColumnPercents = [14, 22, 38, 12, 14];

type Asking = { entry: HistoryEntry; compensation: Extract<Compensation, { possible: true }> };

/** Whoever changed the token, when, what, and whether Intune took it: from Intune's audit log. */
export function TokenHistorySection({ tokenId, token }: { tokenId: string; token: VppToken }) {
  const styles = useStyles();
  const history = useTokenHistory(tokenId, historyRevision(token));
  const { drawn: shownEntries = [], notDrawn, drawMore } = useDrawnInSteps(history.entries, entriesAtOnce);
  const moreRead = notDrawn > 0;
  // Older changes already read are drawn first; Graph is asked for more once they are all on screen.
  const loadOlder = () => {
    drawMore();
    if (!moreRead) history.loadOlder();
  };
  // Revert weighs each change against what the screen shows: Graph's value with saves on their way.
  const current = useShownToken(tokenId).shown ?? token;
  const readOnly = useCanWrite() === false;
  const sendRevert = useCompensatingSave(tokenId);
  const [asking, setAsking] = useState<Asking | null>(null);
  const [reverting, setReverting] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Notice | null>(null);
  const revert = ({ entry }: Asking) => {
    setAsking(null);
    setReverting(entry.id);
    setOutcome(null);
    sendRevert(entry.change)
      .then((result) => compensationNotice('Reverted', result), (error: unknown) => compensationFailedNotice('Reverted', error))
      .then(setOutcome)
      .finally(() => setReverting(null));
  };
  const now = useNow();
  const since = history.reachedBack !== undefined ? formatAbsoluteDate(new Date(history.reachedBack).toISOString()) : undefined;
  const forbidden = history.error instanceof GraphError && history.error.status === 403;

  return (
    <section className={styles.section} aria-labelledby="history-heading">
      <h2 id="history-heading" className={styles.heading}>History</h2>
      <p className={styles.note}>From Intune’s audit log, which can take a few minutes to show a change.</p>
      {history.isPending ? (
        <Spinner size="small" label="Loading the token’s history…" />
      ) : forbidden && history.entries.length === 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>You cannot see this token’s history</MessageBarTitle>
            Reading Intune’s audit log needs the {appsReadPermission} permission. An administrator grants it to this app in
            Microsoft Entra ID (API permissions, then admin consent). The rest of this page works without it.
          </MessageBarBody>
        </MessageBar>
      ) : history.error && history.entries.length === 0 && !history.olderError ? (
        <GraphErrorBar title="The history could not be loaded" error={history.error} onRetry={history.refresh} />
      ) : (
        <>
          <div className={styles.toolbar}>
            <span role="status">
              {history.entries.length === 0
                ? `No changes to this token since ${since ?? 'a week ago'}.`
                : `${history.entries.length} ${history.entries.length === 1 ? 'change' : 'changes'} since ${since ?? 'a week ago'}${moreRead ? `, the newest ${shownEntries.length} shown` : ''}`}
            </span>
            <Button icon={<ArrowClockwiseRegular />} appearance="subtle" disabled={history.refreshing} onClick={history.refresh}>
              {history.refreshing ? 'Checking…' : 'Check for new changes'}
            </Button>
          </div>
          {outcome && (
            <MessageBar intent={outcome.intent} layout="multiline" role="status">
              <MessageBarBody>
                <MessageBarTitle>{outcome.title}</MessageBarTitle>
                {outcome.body}
              </MessageBarBody>
            </MessageBar>
          )}
          {history.entries.length > 0 && (
            <div className={styles.scroller}>
              <Table size="small" aria-label="Changes to this token, newest first" className={styles.table}>
                <ColumnWidths percents={historyColumnPercents} />
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>When</TableHeaderCell>
                    <TableHeaderCell>Who</TableHeaderCell>
                    <TableHeaderCell>What</TableHeaderCell>
                    <TableHeaderCell>Result</TableHeaderCell>
                    <TableHeaderCell>Revert</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {shownEntries.map((entry) => (
                    <HistoryRow
                      key={entry.id}
                      entry={entry}
                      now={now}
                      compensation={compensatingChange(entry.change, current)}
                      readOnly={readOnly}
                      reverting={reverting === entry.id}
                      onRevert={(compensation) => setAsking({ entry, compensation })}
                    />
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          {history.olderError !== null && (
            <GraphErrorBar title="Older changes could not be loaded" error={history.olderError} onRetry={history.loadOlder} />
          )}
          {(moreRead || history.hasOlder) && (
            <div>
              <Button disabled={history.loadingOlder} onClick={loadOlder}>
                {history.loadingOlder ? 'Loading older changes…' : 'Load older'}
              </Button>
            </div>
          )}
        </>
      )}
      <ConfirmDialog
        open={asking !== null}
        title="Revert this change?"
        confirmLabel="Revert"
        onConfirm={() => asking && revert(asking)}
        onCancel={() => setAsking(null)}
      >
        {asking && <RevertQuestion {...asking} />}
      </ConfirmDialog>
    </section>
  );
}

/** Which settings go back, which stay and why, before anything is sent. */
function RevertQuestion({ entry, compensation }: Asking) {
  return (
    <>
      <p>
        {entry.who}’s change will be put back with a new save. These settings go back:
      </p>
      <ul>
        {compensation.reverted.map((item) => (
          <li key={item.field}>
            {item.label} to {item.to}
          </li>
        ))}
      </ul>
      {compensation.leftAlone.length > 0 && (
        <>
          <p>These are left alone:</p>
          <ul>
            {compensation.leftAlone.map((item) => (
              <li key={item.property}>
                {item.label}: {item.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function HistoryRow({
  entry,
  now,
  compensation,
  readOnly,
  reverting,
  onRevert,
}: {
  entry: HistoryEntry;
  now: number;
  compensation: Compensation;
  readOnly: boolean;
  reverting: boolean;
  onRevert: (compensation: Extract<Compensation, { possible: true }>) => void;
}) {
  const styles = useStyles();
  const why = !compensation.possible ? describeCompensation(compensation) : readOnly ? 'Your account can only read tokens.' : undefined;
  return (
    <TableRow data-history-id={entry.id}>
      <ChangeWhenCell entry={entry} now={now} />
      <TableCell className={styles.who}>{entry.who}</TableCell>
      <ChangeWhatCell entry={entry} />
      <ChangeResultCell entry={entry} />
      <TableCell>
        <div className={styles.revert}>
          <Button
            size="small"
            icon={<ArrowUndoRegular />}
            disabled={why !== undefined || reverting}
            aria-describedby={why ? `revert-why-${entry.id}` : undefined}
            onClick={() => compensation.possible && onRevert(compensation)}
          >
            {reverting ? 'Reverting…' : 'Revert'}
          </Button>
          {why && (
            <span id={`revert-why-${entry.id}`} className={styles.why}>
              {why}
            </span>
          )}
        </div>
      </TableCell>
    </TableRow>
  );
}
