import {
  Badge,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  SearchBox,
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
import { defaultRangeExtractor, useWindowVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ColumnWidths } from '../../../ui/column-widths';
import { formatCount, formatCountOf } from '../../../ui/format-count';
import { GraphErrorBar } from '../../../ui/graph-error-bar';
import { describeAppsReadFailure, lacksAppsPermission } from '../model/apps-problems';
import { isRunningOut, licenseUse, licensingLabel, matchesAppSearch, platformOf, type VppApp } from '../model/vpp-apps';
import { useTokenLicenses } from '../data/vpp-apps';
import { useRevokeLicenses } from '../data/revoke-licenses';
import { AppLicensesPanel, appLicensesPanelId } from './app-licenses-panel';
import { RevokeProgress } from './revoke-progress';
import { RevokeQuestion } from './revoke-question';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  scroller: { overflowX: 'auto' },
  table: { minWidth: '900px' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  // The header's label sits in Fluent's flex button: aligned with the figures below it.
  numberHeading: { justifyContent: 'flex-end' },
  bar: { minWidth: '120px' },
  bundle: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

/**
 * The licenses a token carries: every VPP app bought with it, most used first. `syncAction` is the
 * token page's own sync button, the second half of the fix for licenses running out.
 */
export function TokenAppsSection({ tokenId, tokenName, readOnly, syncAction }: { tokenId: string; tokenName: string; readOnly: boolean; syncAction: ReactNode }) {
  const styles = useStyles();
  const { licenses, runningOutPercent, unavailable, isPending, error, retry } = useTokenLicenses(tokenId);
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  // The app as last seen: if Graph stops listing it (deleted with its token elsewhere), its panel
  // stays, with whatever a revoke on it had to say.
  const [openApp, setOpenApp] = useState<VppApp>();
  const openAppId = openApp?.id;
  const shownApps = useMemo(() => licenses?.apps.filter((app) => matchesAppSearch(app, deferredSearch)) ?? [], [licenses, deferredSearch]);
  const openAppNow = licenses?.apps.find((app) => app.id === openAppId);
  // The app whose Show opened the panel: closing the panel gives its row's button the focus back.
  const section = useRef<HTMLElement>(null);
  const [openerAppId, setOpenerAppId] = useState<string>();
  const closeApp = () => {
    setOpenApp(undefined);
    const rows = section.current?.querySelectorAll<HTMLElement>('tr[data-app-id]') ?? [];
    Array.from(rows).find((row) => row.dataset.appId === openerAppId)?.querySelector('button')?.focus();
  };
  const revoke = useRevokeLicenses(tokenId);
  const [askingRevoke, setAskingRevoke] = useState(false);

  return (
    <section ref={section} className={styles.section} aria-labelledby="apps-heading">
      <h2 id="apps-heading" className={styles.heading}>Apps and licenses</h2>
      {unavailable === 'needsBeta' ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Apps per token need Graph beta</MessageBarTitle>
            In Graph v1.0 an app does not say which token bought it, so this page cannot list the token’s apps. Switch the
            app’s Graph version to beta to see them.
          </MessageBarBody>
        </MessageBar>
      ) : isPending ? (
        <Spinner size="small" label="Loading the token’s apps…" />
      ) : error && !licenses && lacksAppsPermission(error) ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>You cannot see apps</MessageBarTitle>
            {describeAppsReadFailure(error)}
          </MessageBarBody>
        </MessageBar>
      ) : error && !licenses ? (
        <GraphErrorBar title="The apps could not be loaded" error={error} message={describeAppsReadFailure(error)} onRetry={retry} />
      ) : licenses && licenses.apps.length === 0 ? (
        <>
          {/* A revoke's message outlives the apps: a token deleted elsewhere refuses it, then lists none. */}
          <RevokeProgress mutation={revoke} />
          <p>No apps were bought with this token, or Intune has not synced them yet.</p>
        </>
      ) : licenses ? (
        <>
          {licenses.runningOut.length > 0 && (
            <MessageBar intent={licenses.overUsed.length > 0 ? 'error' : 'warning'} layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Licenses running out</MessageBarTitle>
                {`${runningOutPercent} % or more in use: `}
                {licenses.runningOut.map((app) => `${app.displayName} (${formatCount(licenseUse(app).used)} of ${formatCount(licenseUse(app).total)})`).join(', ')}.{' '}
                {licenses.overUsed.length > 0 && 'More are in use than were bought: the extra assignments fail on devices without a message. '}
                Buy more in Apple Business Manager, then sync the token so Intune sees them.
              </MessageBarBody>
              <MessageBarActions>{syncAction}</MessageBarActions>
            </MessageBar>
          )}
          <div className={styles.toolbar}>
            <SearchBox
              aria-label="Search this token’s apps"
              placeholder="Search apps"
              value={search}
              onChange={(_, data) => setSearch(data.value)}
            />
            <span role="status">
              {deferredSearch ? `${formatCount(shownApps.length)} of ${formatCountOf(licenses.apps.length, 'app')}` : formatCountOf(licenses.apps.length, 'app')}
            </span>
            <Button disabledFocusable={readOnly || revoke.isPending} onClick={() => setAskingRevoke(true)}>
              Revoke licenses
            </Button>
          </div>
          <RevokeProgress mutation={revoke} />
          <RevokeQuestion
            open={askingRevoke}
            title={`Revoke the licenses of ${tokenName}?`}
            confirmLabel={`Revoke ${formatCountOf(licenses.used, 'license')}`}
            offerUntracked
            onCancel={() => setAskingRevoke(false)}
            onConfirm={(choices) => {
              setAskingRevoke(false);
              revoke.mutate({ scope: 'token', tokenId, ...choices });
            }}
          >
            <p>
              Every license this token’s {formatCountOf(licenses.apps.length, 'app')} {licenses.apps.length === 1 ? 'has' : 'have'} assigned, {formatCount(licenses.used)} in all, goes back
              to the token. macOS apps’ licenses go too: Graph revokes those only this way.
            </p>
          </RevokeQuestion>
          <div className={styles.scroller}>
            <Table size="small" aria-label={`Apps bought with ${tokenName}`} aria-rowcount={shownApps.length + 1} className={styles.table}>
              <ColumnWidths percents={appColumnPercents} />
              <TableHeader>
                <TableRow aria-rowindex={1}>
                  <TableHeaderCell>Name</TableHeaderCell>
                  <TableHeaderCell>Platform</TableHeaderCell>
                  <TableHeaderCell>Bundle ID</TableHeaderCell>
                  <TableHeaderCell>Licensing</TableHeaderCell>
                  <TableHeaderCell className={styles.number} button={{ className: styles.numberHeading }}>Used</TableHeaderCell>
                  <TableHeaderCell className={styles.number} button={{ className: styles.numberHeading }}>Total</TableHeaderCell>
                  <TableHeaderCell className={styles.number} button={{ className: styles.numberHeading }}>Free</TableHeaderCell>
                  <TableHeaderCell>In use</TableHeaderCell>
                  <TableHeaderCell>Licenses</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <AppRows
                apps={shownApps}
                runningOutPercent={runningOutPercent}
                openAppId={openAppId}
                keptAppId={openerAppId}
                onOpen={(app) => {
                  setOpenerAppId(app.id);
                  setOpenApp(app.id === openAppId ? undefined : app);
                }}
              />
            </Table>
          </div>
          {shownApps.length === 0 && <p>No app matches “{deferredSearch}”.</p>}
        </>
      ) : null}
      {openApp && licenses && (
        <AppLicensesPanel app={openAppNow ?? openApp} gone={!openAppNow} tokenId={tokenId} readOnly={readOnly} onClose={closeApp} />
      )}
    </section>
  );
}

// The counts need less room than the rest, a bundle ID more: one broken across lines is hard to
// read and to compare with Apple Business Manager.
const appColumnPercents = [19, 10, 23, 10, 7, 7, 7, 10, 7];

// A small table row with its bar and button; rows whose name wraps are measured as drawn.
const appRowEstimate = 37;

type AppRowsProps = {
  apps: VppApp[];
  runningOutPercent: number;
  openAppId: string | undefined;
  /** The app whose Show button was used last. */
  keptAppId: string | undefined;
  onOpen: (app: VppApp) => void;
};

/**
 * Only the app rows on screen are drawn (TanStack Virtual over the page's own scroll), so a token
 * carrying hundreds of apps shows them as soon as a handful would.
 */
function AppRows({ apps, runningOutPercent, openAppId, keptAppId, onOpen }: AppRowsProps) {
  const body = useRef<HTMLTableSectionElement>(null);
  // Where the rows start on the page: what is above them (messages, the form) changes its height.
  const [rowsTop, setRowsTop] = useState(0);
  useLayoutEffect(() => {
    const measure = () => setRowsTop(body.current ? Math.round(body.current.getBoundingClientRect().top + window.scrollY) : 0);
    measure();
    // Anything above that grows or shrinks, or a narrower window, changes the page's height too.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  // The row whose Show was used last stays drawn wherever the page is scrolled: closing its panel
  // (far below the rows on a long table) gives the focus back to its button, which must still be there.
  const keptIndex = keptAppId === undefined ? -1 : apps.findIndex((app) => app.id === keptAppId);
  const virtualizer = useWindowVirtualizer({
    count: apps.length,
    estimateSize: () => appRowEstimate,
    overscan: 10,
    scrollMargin: rowsTop,
    getItemKey: (index) => apps[index]!.id,
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      return keptIndex < 0 || indexes.includes(keptIndex) ? indexes : [...indexes, keptIndex].sort((a, b) => a - b);
    },
  });
  // Rows not drawn are spacer rows of their height, so the table is as tall as every row would make it.
  const rows: ReactNode[] = [];
  let drawnTo = rowsTop;
  const spacer = (height: number, key: string) => height > 0 && rows.push(<tr key={key} aria-hidden style={{ height: `${height}px` }} />);
  for (const item of virtualizer.getVirtualItems()) {
    spacer(item.start - drawnTo, `before-${item.key}`);
    const app = apps[item.index]!;
    rows.push(
      <AppRow
        key={item.key}
        rowRef={virtualizer.measureElement}
        index={item.index}
        app={app}
        runningOutPercent={runningOutPercent}
        open={app.id === openAppId}
        onOpen={() => onOpen(app)}
      />,
    );
    drawnTo = item.end;
  }
  spacer(rowsTop + virtualizer.getTotalSize() - drawnTo, 'after');
  return <TableBody ref={body}>{rows}</TableBody>;
}

type AppRowProps = {
  app: VppApp;
  index: number;
  rowRef: (element: HTMLTableRowElement | null) => void;
  runningOutPercent: number;
  open: boolean;
  onOpen: () => void;
};

function AppRow({ app, index, rowRef, runningOutPercent, open, onOpen }: AppRowProps) {
  const styles = useStyles();
  const use = licenseUse(app);
  const runningOut = isRunningOut(app, runningOutPercent);
  return (
    <TableRow ref={rowRef} data-index={index} aria-rowindex={index + 2} data-app-id={app.id}>
      <TableCell>
        {app.displayName ?? 'Unnamed app'}{' '}
        {use.overUsed ? (
          <Badge appearance="filled" color="danger">Over-used</Badge>
        ) : runningOut ? (
          <Badge appearance="tint" color="warning">Running out</Badge>
        ) : null}
      </TableCell>
      <TableCell>{platformOf(app)}</TableCell>
      <TableCell className={styles.bundle}>{app.bundleId ?? '—'}</TableCell>
      <TableCell>{licensingLabel(app)}</TableCell>
      <TableCell className={styles.number}>{formatCount(use.used)}</TableCell>
      <TableCell className={styles.number}>{formatCount(use.total)}</TableCell>
      <TableCell className={styles.number}>{formatCount(use.free)}</TableCell>
      <TableCell>
        <ProgressBar
          className={styles.bar}
          value={use.share}
          color={use.overUsed ? 'error' : runningOut ? 'warning' : 'brand'}
          thickness="large"
          aria-label={`${app.displayName}: ${formatCount(use.used)} of ${formatCount(use.total)} licenses in use`}
        />
      </TableCell>
      <TableCell>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={open}
          aria-controls={open ? appLicensesPanelId : undefined}
          aria-label={`Licenses of ${app.displayName ?? 'this app'}`}
          onClick={onOpen}
        >
          {open ? 'Hide' : 'Show'}
        </Button>
      </TableCell>
    </TableRow>
  );
}
