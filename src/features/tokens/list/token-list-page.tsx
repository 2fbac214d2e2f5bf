import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { Link, useNavigate } from '@tanstack/react-router';
import { Suspense } from 'react';
import { useCanWrite } from '../../../auth/auth-context';
import { formatCount } from '../../../ui/format-count';
import { GraphErrorBar } from '../../../ui/graph-error-bar';
import { lazyWithPreload, usePreloadWhenQuiet } from '../../../ui/lazy-with-preload';
import { describeAppsReadFailure, lacksAppsPermission } from '../../apps/model/apps-problems';
import { RenewalDialogHost } from '../actions/renew-token-button';
import { describeActionFailure } from '../model/action-failure';
import { AttentionSummary } from './attention-summary';
import { tokenColumns } from './token-columns';
import { returnFocusToTokenRow, TokenGrid } from './token-grid';
import { LoadingMore, NoMatches, NoTokensYet } from './token-list-states';
import { ListRefreshedAt, TokenFilters, TokenListActions, TokenSearchBox } from './token-list-toolbar';
import { useBulkChanges } from './use-bulk-changes';
import { useColumnChoice } from './use-column-choice';
import { useTokenListScreen } from './use-token-list-screen';

// Shown only once rows are ticked or a run is under way, so their menus, dialogs and pickers stay
// out of the list's first download and arrive once the list has loaded.
const BulkActionBar = lazyWithPreload(() => import('./bulk-action-bar'), (m) => m.BulkActionBar);
const BulkProgressPanel = lazyWithPreload(() => import('./bulk-progress-panel'), (m) => m.BulkProgressPanel);

const useStyles = makeStyles({
  // The page fills the window below the app header, so the grid scrolls inside it under a header that stays put.
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, height: 'calc(100dvh - 90px)', minHeight: '520px' },
  // Everything above the grid keeps its height; the grid takes what is left.
  top: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, flexShrink: 0 },
  title: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  heading: { margin: 0 },
  count: { color: tokens.colorNeutralForeground3 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  spacer: { flexGrow: 1 },
  link: { color: tokens.colorBrandForegroundLink, ':hover': { color: tokens.colorBrandForegroundLinkHover } },
});

export function TokenListPage() {
  const styles = useStyles();
  const screen = useTokenListScreen();
  const { query, rows, complete, shown, now } = screen;
  const loaded = rows?.length ?? 0;
  const bulk = useBulkChanges(rows, shown);
  const columnChoice = useColumnChoice();
  const navigate = useNavigate();
  const readOnly = useCanWrite() === false;
  usePreloadWhenQuiet(BulkActionBar, BulkProgressPanel);

  return (
    // A row's renewal dialog lives here, above the rows: a renewed token's row no longer offers one.
    <RenewalDialogHost returnFocus={returnFocusToTokenRow}>
      <section className={styles.page} aria-labelledby="tokens-heading">
        <div className={styles.top}>
          <div className={styles.title}>
            <h1 id="tokens-heading" className={styles.heading}>
              VPP tokens
            </h1>
            <Text role="status" className={styles.count}>
              {rows && (screen.filtered ? `Showing ${formatCount(shown.length)} of ${formatCount(loaded)} tokens` : `${formatCount(loaded)} tokens`)}
            </Text>
            <ListRefreshedAt refreshedAt={complete ? query.dataUpdatedAt : undefined} now={now} />
            <span className={styles.spacer} />
            {/* A plain link: the page's code loads as the pointer nears it, and none of it joins the list's first download. */}
            <Link className={styles.link} to="/changes">
              Recent changes
            </Link>
            <Button icon={<AddRegular />} appearance="primary" disabled={readOnly} onClick={() => void navigate({ to: '/tokens/new' })}>
              Add token
            </Button>
          </div>
          <div className={styles.toolbar}>
            <TokenSearchBox value={screen.searchText} onChange={screen.setSearchText} />
            <TokenFilters states={screen.view.states} health={screen.view.health} filtered={screen.filtered} onChangeView={screen.changeView} />
            <span className={styles.spacer} />
            <TokenListActions
              onExport={shown.length > 0 ? screen.exportCsv : undefined}
              onExportCalendar={shown.length > 0 ? screen.exportCalendar : undefined}
              exportingCalendar={screen.exportingCalendar}
              onRefresh={screen.refresh}
              refreshing={query.isFetching}
              columns={tokenColumns}
              hiddenColumns={columnChoice.hidden}
              onChangeHiddenColumns={columnChoice.changeHidden}
              onResetColumnWidths={columnChoice.resetWidths}
            />
          </div>
          <AttentionSummary items={screen.summaryItems} total={loaded} complete={complete} pressed={screen.pressedSummaryItem} onShow={screen.show} />
          {screen.retrying && (
            <MessageBar intent="warning">
              <MessageBarBody>{screen.retrying}</MessageBarBody>
            </MessageBar>
          )}
          {query.isError && (
            <GraphErrorBar
              title={loadErrorTitle(rows && loaded, complete)}
              error={query.error}
              message={describeActionFailure('load', query.error)}
              onRetry={screen.refresh}
            />
          )}
          {!complete && query.isFetching && rows && <LoadingMore loaded={loaded} />}
          {screen.licenses.error &&
            // A missing permission is how this account is set up, not a failure: said once, calmly.
            (lacksAppsPermission(screen.licenses.error) ? (
              <MessageBar intent="info">
                <MessageBarBody>The Apps and Licenses used columns stay empty. {describeAppsReadFailure(screen.licenses.error)}</MessageBarBody>
              </MessageBar>
            ) : (
              <GraphErrorBar
                title="The Apps and Licenses used columns are empty"
                error={screen.licenses.error}
                message={describeAppsReadFailure(screen.licenses.error)}
              />
            ))}
          <Suspense fallback={null}>
            {bulk.run && <BulkProgressPanel key={bulk.run.id} run={bulk.run} onRetryFailed={bulk.retryFailed} onUndo={bulk.undoRun} onDismiss={bulk.dismissRun} />}
          </Suspense>
          <Suspense fallback={null}>
            {bulk.selected.length > 0 && <BulkActionBar selected={bulk.selected} onRun={bulk.startBulk} onClear={bulk.clearSelection} />}
          </Suspense>
        </div>
        {rows === undefined ? (
          query.isPending && <Spinner label="Loading VPP tokens…" />
        ) : loaded === 0 ? (
          complete && <NoTokensYet />
        ) : shown.length === 0 ? (
          <NoMatches total={loaded} onClear={screen.clearFilters} />
        ) : (
          <TokenGrid
            key={columnChoice.widthsVersion}
            rows={shown}
            columns={columnChoice.columns}
            now={now}
            sort={screen.view.sort}
            direction={screen.view.direction}
            onSort={screen.sortBy}
            onOpen={screen.openToken}
            search={screen.view.search}
            viewKey={screen.shownQuery}
            initialPlace={screen.initialPlace}
            onPlaceChange={screen.onPlaceChange}
            selection={bulk.selection}
            headerSelection={bulk.headerSelection}
            onToggleRow={bulk.toggleRow}
            onToggleAllShown={bulk.toggleAllShown}
            columnWidths={columnChoice.widths}
            onResizeColumns={columnChoice.changeWidths}
          />
        )}
      </section>
    </RenewalDialogHost>
  );
}

/** `loaded` is undefined when nothing arrived before the failure. */
function loadErrorTitle(loaded: number | undefined, complete: boolean): string {
  if (loaded === undefined) return 'The VPP tokens could not be loaded';
  if (complete) return 'The VPP tokens could not be refreshed; this is the list as it was';
  return `Only ${formatCount(loaded)} tokens could be loaded`;
}
