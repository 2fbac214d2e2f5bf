import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TableSelectionCell,
  tokens,
  createTableColumn,
  useTableColumnSizing_unstable,
  useTableFeatures,
  type TableColumnSizingOptions,
} from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Fragment, memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useLatest } from '../../../ui/use-latest';
import { useSyncingTokenIds } from '../data/sync-token';
import { CellTooltip, useCellTooltip } from './cell-tooltip';
import { actionsColumnAfter } from './column-choice';
import { targetRowIndex } from './grid-keys';
import type { ShownSelection } from './selection';
import type { TokenColumn } from './token-columns';
import { SyncingTokens, TokenRowActions, rowActionsSize } from './token-row-actions';
import type { SortColumn, SortDirection, TokenRow } from './token-rows';

const rowHeight = 40;
// Fluent's selection cell is 44 px wide.
const selectionCellWidth = 44;
const headerHeight = 48;
const actionsColumnId = 'actions';
// A keyboard resize moves a column edge as far as a drag of this many pixels.
const keyboardResizeStep = 20;
const noItems: TokenRow[] = [];

const useStyles = makeStyles({
  scroller: { flex: '1 1 auto', minHeight: '240px', overflow: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  // The tick column and the actions column come on top of the data columns.
  table: { backgroundColor: tokens.colorNeutralBackground1 },
  header: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  headerRow: { height: `${headerHeight}px`, borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  headerCell: { fontWeight: tokens.fontWeightSemibold },
  body: { position: 'relative' },
  row: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    height: `${rowHeight}px`,
    cursor: 'pointer',
    // Focus scrolling must not leave a row hidden under the sticky header.
    scrollMarginTop: `${headerHeight}px`,
  },
});

export type GridPlace = { scrollTop: number; focusedRowId: string | undefined };

export type TokenGridProps = {
  rows: readonly TokenRow[];
  /** The columns this browser shows, in order. */
  columns: readonly TokenColumn[];
  now: number;
  sort: SortColumn;
  direction: SortDirection;
  onSort: (column: SortColumn) => void;
  onOpen: (id: string) => void;
  /** The search the rows were filtered with, so tests and the benchmark can tell a result is on screen. */
  search: string;
  /** Changes whenever the admin changes what the view shows, to start again from the top. */
  viewKey: string;
  /** Where to start when the admin comes back from a token. */
  initialPlace?: GridPlace;
  onPlaceChange: (place: Partial<GridPlace>) => void;
  /** Ticked tokens, for a bulk change. */
  selection: ReadonlySet<string>;
  headerSelection: ShownSelection;
  /** `range` is a Shift-click: every row from the last ticked one. */
  onToggleRow: (id: string, range: boolean) => void;
  onToggleAllShown: () => void;
  /** Widths (px) the admin gave columns, by id; the grid starts from them. */
  columnWidths: Readonly<Record<string, number>>;
  /** Every sized column's width once the admin resized one. */
  onResizeColumns: (widths: Record<string, number>) => void;
};

/**
 * Fluent's Table parts drawing only the rows on screen (TanStack Virtual), so 3,000 tokens scroll and
 * filter as quickly as 30. Row focus is roving (one row in the tab order); arrow keys, Page Up/Down,
 * Home and End move between rows, Left and Right into a row's cells, Enter opens the token.
 */
export const TokenGrid = memo(function TokenGrid({
  rows,
  columns,
  now,
  sort,
  direction,
  onSort,
  onOpen,
  search,
  viewKey,
  initialPlace,
  onPlaceChange,
  selection,
  headerSelection,
  onToggleRow,
  onToggleAllShown,
  columnWidths,
  onResizeColumns,
}: TokenGridProps) {
  const styles = useStyles();
  const sizing = useColumnSizing(columns, columnWidths, onResizeColumns);
  const actionsAfter = actionsColumnAfter(columns);
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [activeId, setActiveId] = useState(initialPlace?.focusedRowId);
  // A row to focus once the virtualizer has rendered it.
  const pendingFocus = useRef<{ id: string; preventScroll: boolean } | undefined>(
    initialPlace?.focusedRowId ? { id: initialPlace.focusedRowId, preventScroll: true } : undefined,
  );

  // The rule guards the React Compiler's automatic memoizing, which this app does not use; the rows
  // are memoized by hand and get plain values from the virtualizer, never its functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller,
    estimateSize: () => rowHeight,
    getItemKey: (index) => rows[index]!.id,
    // Rows drawn beyond each edge of the screen: enough for a wheel notch (about 100 px) of scrolling,
    // and no more, since a search keystroke updates every row drawn (six measured slower, issue 15).
    overscan: 3,
    // The sticky header sits above the rows inside the scrolling element: rows start below it, and
    // a row scrolled to never hides under it.
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
    // Where the admin was before opening a token.
    initialOffset: initialPlace?.scrollTop ?? 0,
    // Before the scroller is measured (and where nothing is laid out), a screenful of rows.
    initialRect: { width: 0, height: headerHeight + rowHeight * 20 },
  });
  const drawn = virtualizer.getVirtualItems();
  const syncing = useSyncingTokenIds();
  const tooltip = useCellTooltip();
  // A cell's tooltip goes with the rows that were on screen.
  const { hide: hideTooltip } = tooltip;
  useEffect(hideTooltip, [rows, hideTooltip]);

  const lastViewKey = useRef(viewKey);
  useEffect(() => {
    if (lastViewKey.current === viewKey) return;
    lastViewKey.current = viewKey;
    // Asking the virtualizer to scroll measures the page (a layout of the rows just drawn): only
    // when there is somewhere to scroll back from.
    if ((virtualizer.scrollOffset ?? 0) > 0) virtualizer.scrollToOffset(0);
  }, [viewKey, virtualizer]);

  const findRow = (id: string) => findRowIn(scroller, id);

  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    const element = pending && findRow(pending.id);
    if (!pending || !element) return;
    pendingFocus.current = undefined;
    element.focus({ preventScroll: pending.preventScroll });
  });

  const focusRow = (index: number) => {
    const id = rows[index]?.id;
    if (id === undefined) return;
    setActiveId(id);
    const element = findRow(id);
    if (element) {
      element.focus();
    } else {
      pendingFocus.current = { id, preventScroll: false };
      virtualizer.scrollToIndex(index);
    }
  };

  // Rows are drawn in places (see `key` below): when the rows change under a focused row, the place
  // keeps the focus but shows another token. Focus follows the token it was on, or, when that token
  // is gone from the screen, stays on the row in its place rather than on a button that now acts on
  // another token.
  useLayoutEffect(() => {
    const focused = document.activeElement as HTMLElement | null;
    const place = focused && scroller?.contains(focused) ? rowOf(focused) : null;
    if (!place || activeId === undefined || place.dataset.rowId === activeId || pendingFocus.current) return;
    const token = findRowIn(scroller, activeId);
    if (!token) {
      setActiveId(place.dataset.rowId);
      if (focused !== place) place.focus({ preventScroll: true });
      return;
    }
    const cellIndex = cellsOf(place).findIndex((cell) => cell.contains(focused));
    (cellsOf(token)[cellIndex] ?? token).focus({ preventScroll: true });
  }, [rows, activeId, scroller]);

  const onKeyDown = (event: KeyboardEvent) => {
    const row = rowOf(event.target);
    if (!row || ownsInput(event.target)) return;
    const index = Number(row.dataset.rowIndex);
    if (event.key === ' ' && (event.target === row || (event.target as HTMLElement).closest('[data-row-select]'))) {
      event.preventDefault();
      onToggleRow(row.dataset.rowId!, event.shiftKey);
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(row.dataset.rowId!);
      return;
    }
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      const cells = cellsOf(row);
      const current = event.target === row ? -1 : cells.findIndex((cell) => cell.contains(event.target as Node));
      const next = current + (event.key === 'ArrowRight' ? 1 : -1);
      if (next < 0) row.focus();
      else cells[Math.min(next, cells.length - 1)]?.focus();
      return;
    }
    const pageSize = Math.floor(((scroller?.clientHeight ?? 0) - headerHeight) / rowHeight) - 1;
    const target = targetRowIndex(event.key, index, rows.length, pageSize);
    if (target === undefined) return;
    event.preventDefault();
    focusRow(target);
  };

  const onClick = (event: MouseEvent) => {
    tooltip.handlers.onClick(event);
    const row = rowOf(event.target);
    if (!row || ownsInput(event.target)) return;
    const tick = (event.target as HTMLElement).closest('[data-row-select]');
    if (tick) onToggleRow(row.dataset.rowId!, event.shiftKey);
    else onOpen(row.dataset.rowId!);
  };

  const onFocus = (event: FocusEvent) => {
    tooltip.handlers.onFocus(event);
    const id = rowOf(event.target)?.dataset.rowId;
    if (id === undefined) return;
    setActiveId(id);
    onPlaceChange({ focusedRowId: id });
  };

  // One row is in the tab order: the last one focused when it is on screen, else the first on screen.
  const tabbableId = drawn.some((item) => item.key === activeId) ? activeId : (drawn[0]?.key as string | undefined);

  return (
    <div
      ref={setScroller}
      className={styles.scroller}
      onScroll={(event) => {
        hideTooltip();
        onPlaceChange({ scrollTop: event.currentTarget.scrollTop });
      }}
    >
      <Table
        noNativeElements
        sortable
        size="small"
        role="grid"
        aria-label="VPP tokens"
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length + 2}
        ref={sizing.tableRef}
        {...sizing.getTableProps()}
        aria-multiselectable
        data-search={search}
        data-token-grid
        className={styles.table}
      >
        <TokenGridHeader
          columns={columns}
          actionsAfter={actionsAfter}
          sort={sort}
          direction={direction}
          onSort={onSort}
          headerSelection={headerSelection}
          onToggleAllShown={onToggleAllShown}
          getHeaderCellProps={sizing.getTableHeaderCellProps}
          onResizeKey={sizing.resizeFromKeyboard}
        />
        <SyncingTokens.Provider value={syncing}>
          <TableBody
            className={styles.body}
            style={{ height: `${virtualizer.getTotalSize() - headerHeight}px` }}
            onKeyDown={onKeyDown}
            onClick={onClick}
            onFocus={onFocus}
            onBlur={tooltip.handlers.onBlur}
            onPointerOver={tooltip.handlers.onPointerOver}
            onPointerLeave={tooltip.handlers.onPointerLeave}
          >
            {drawn.map((item) => {
              const row = rows[item.index]!;
              return (
                <TokenGridRow
                  // Keyed by place, not by token: when a keystroke in the search changes the rows, each
                  // place takes its new token's values instead of being built again, which is what
                  // keeps a search over 3,000 tokens within a frame or two.
                  key={item.index}
                  row={row}
                  index={item.index}
                  top={item.start - headerHeight}
                  now={now}
                  selected={selection.has(row.id)}
                  tabbable={row.id === tabbableId}
                  className={styles.row}
                  columns={columns}
                  actionsAfter={actionsAfter}
                  cellStyles={sizing.cellStyles}
                />
              );
            })}
          </TableBody>
        </SyncingTokens.Provider>
      </Table>
      <CellTooltip shown={tooltip.shown} onHide={hideTooltip} />
    </div>
  );
});

type TokenGridHeaderProps = Pick<TokenGridProps, 'columns' | 'sort' | 'direction' | 'onSort' | 'headerSelection' | 'onToggleAllShown'> & {
  /** The column the actions column follows. */
  actionsAfter: string;
  getHeaderCellProps: ReturnType<typeof useColumnSizing>['getTableHeaderCellProps'];
  onResizeKey: (event: KeyboardEvent, columnId: string) => void;
};

/** The column headers; memoized, so a keystroke that changes the rows leaves them as they are. */
const TokenGridHeader = memo(function TokenGridHeader({
  columns,
  actionsAfter,
  sort,
  direction,
  onSort,
  headerSelection,
  onToggleAllShown,
  getHeaderCellProps,
  onResizeKey,
}: TokenGridHeaderProps) {
  const styles = useStyles();
  return (
    <TableHeader className={styles.header}>
      <TableRow aria-rowindex={1} className={styles.headerRow}>
        <TableSelectionCell
          role="columnheader"
          checked={headerSelection === 'all' ? true : headerSelection === 'some' ? 'mixed' : false}
          checkboxIndicator={{ 'aria-label': 'Select every token shown' }}
          onClick={onToggleAllShown}
          onKeyDown={(event) => {
            if (event.key === ' ' || event.key === 'Enter') {
              event.preventDefault();
              onToggleAllShown();
            }
          }}
        />
        {columns.map((column) => (
          <Fragment key={column.id}>
            <TableHeaderCell
              className={styles.headerCell}
              {...getHeaderCellProps(column.id)}
              sortDirection={sort === column.id ? direction : undefined}
              onClick={() => onSort(column.id)}
              onKeyDown={(event) => onResizeKey(event, column.id)}
              button={{ 'aria-keyshortcuts': 'Alt+ArrowLeft Alt+ArrowRight' }}
            >
              {column.title}
            </TableHeaderCell>
            {column.id === actionsAfter && (
              // Rows are not sorted by their actions: no sort button, no tab stop.
              <TableHeaderCell className={styles.headerCell} {...getHeaderCellProps(actionsColumnId)} sortable={false}>
                Actions
              </TableHeaderCell>
            )}
          </Fragment>
        ))}
      </TableRow>
    </TableHeader>
  );
});

type TokenGridRowProps = {
  row: TokenRow;
  index: number;
  top: number;
  now: number;
  selected: boolean;
  tabbable: boolean;
  className: string;
  columns: readonly TokenColumn[];
  actionsAfter: string;
  /** Each column's width, by id, as the column sizing has it now. */
  cellStyles: Readonly<Record<string, CSSProperties>>;
};

const TokenGridRow = memo(function TokenGridRow({ row, index, top, now, selected, tabbable, className, columns, actionsAfter, cellStyles }: TokenGridRowProps) {
  return (
    <TableRow
      data-row-id={row.id}
      data-row-index={index}
      aria-rowindex={index + 2}
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      className={className}
      style={{ transform: `translateY(${top}px)` }}
    >
      <TableSelectionCell
        role="gridcell"
        tabIndex={-1}
        data-row-select
        checked={selected}
        checkboxIndicator={{ 'aria-label': `Select ${row.name}` }}
      />
      {columns.map((column) => (
        <Fragment key={column.id}>
          <TokenGridCell column={column} row={row} now={now} style={cellStyles[column.id]} />
          {column.id === actionsAfter && (
            <TableCell role="gridcell" tabIndex={-1} style={cellStyles[actionsColumnId]}>
              <TokenRowActions row={row} />
            </TableCell>
          )}
        </Fragment>
      ))}
    </TableRow>
  );
});

/**
 * For a dialog opened from a row's button, which may have outlived it: focus goes back to the button
 * while it is there and still the token's (a row's place may show another token by now); else to the
 * token's row or, where a filter or a scroll has taken it off the screen, to the row in the tab order.
 */
export function returnFocusToTokenRow(tokenId: string, opener: HTMLElement | null) {
  const grid = document.querySelector<HTMLElement>('[data-token-grid]');
  const stillTheTokens = opener?.isConnected && rowOf(opener)?.dataset.rowId === tokenId;
  (stillTheTokens ? opener : (findRowIn(grid, tokenId) ?? grid?.querySelector<HTMLElement>('[data-row-id][tabindex="0"]')))?.focus();
}

function findRowIn(scroller: HTMLElement | null, id: string) {
  return scroller?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(id)}"]`) ?? null;
}

function rowOf(target: EventTarget) {
  return (target as HTMLElement).closest<HTMLElement>('[data-row-id]');
}

function cellsOf(row: HTMLElement) {
  return [...row.querySelectorAll<HTMLElement>('[role="gridcell"]')];
}

/** Buttons and inputs inside a row handle their own clicks and keys; the row must not open the token too. */
function ownsInput(target: EventTarget): boolean {
  return (target as HTMLElement).closest('button, input, a, [role="menuitem"]') !== null && !(target as HTMLElement).closest('[data-row-select]');
}

function TokenGridCell({ column, row, now, style }: { column: TokenColumn; row: TokenRow; now: number; style: CSSProperties | undefined }) {
  const description = column.describe?.(row);
  const descriptionId = `${row.id}-${column.id}-description`;
  // The grid's one tooltip shows the description (cell-tooltip.tsx); the cell says it to assistive technology.
  return (
    <TableCell role="gridcell" tabIndex={-1} style={style} data-column={column.id} aria-describedby={description ? descriptionId : undefined}>
      {column.renderCell(row, now)}
      {description && (
        <span id={descriptionId} hidden>
          {description}
        </span>
      )}
    </TableCell>
  );
}

/**
 * Fluent's column sizing for the shown columns and the actions column: a drag handle on each header,
 * Alt+Left and Alt+Right on a focused header. Until the admin sizes a column, the columns fill the
 * list's width; from then on every column keeps the width it has, the list scrolling sideways when
 * they are wider than the screen, and each resize reports all of them so the browser keeps the layout
 * the admin saw.
 */
function useColumnSizing(
  columns: readonly TokenColumn[],
  widths: Readonly<Record<string, number>>,
  onResize: (widths: Record<string, number>) => void,
) {
  const [sizedByAdmin, setSizedByAdmin] = useState(() => Object.keys(widths).length > 0);
  const sized = useMemo(
    () => [...columns.map((column) => ({ id: column.id, size: column.size })), { id: actionsColumnId, size: rowActionsSize }],
    [columns],
  );
  const definitions = useMemo(() => sized.map(({ id }) => createTableColumn<TokenRow>({ columnId: id })), [sized]);
  const options = useMemo<TableColumnSizingOptions>(
    () =>
      Object.fromEntries(
        sized.map(({ id, size }) => {
          const ideal = Math.max(size.min, widths[id] ?? size.ideal);
          return [id, { minWidth: size.min, idealWidth: ideal, defaultWidth: ideal }];
        }),
      ),
    [sized, widths],
  );
  const { columnSizing_unstable: sizing, tableRef } = useTableFeatures({ columns: definitions, items: noItems }, [
    useTableColumnSizing_unstable({
      columnSizingOptions: options,
      autoFitColumns: !sizedByAdmin,
      onColumnResize: (_event, { columnId, width }) => {
        setSizedByAdmin(true);
        onResize({ ...Object.fromEntries(latestSizing.current.getColumnWidths().map((column) => [String(column.columnId), column.width])), [String(columnId)]: width });
      },
      // The tick column sits outside Fluent's sizing.
      containerWidthOffset: -selectionCellWidth,
    }),
  ]);
  // Fluent makes these anew each render; the handlers that use them keep their identity. Fluent calls
  // onColumnResize above only after a render, when this holds that render's sizing.
  const latestSizing = useLatest(sizing);
  const { getTableCellProps } = sizing;
  const cellStyles = useMemo(
    () => Object.fromEntries(sized.map(({ id }) => [id, getTableCellProps(id).style ?? {}])) as Record<string, CSSProperties>,
    [sized, getTableCellProps],
  );
  const resizeFromKeyboard = useCallback((event: KeyboardEvent, id: string) => {
    if (!event.altKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    event.preventDefault();
    const width = latestSizing.current.getColumnWidths().find((column) => column.columnId === id)?.width;
    if (width === undefined) return;
    latestSizing.current.setColumnWidth(id, width + (event.key === 'ArrowRight' ? keyboardResizeStep : -keyboardResizeStep));
  }, [latestSizing]);
  return {
    tableRef,
    getTableProps: sizing.getTableProps,
    getTableHeaderCellProps: sizing.getTableHeaderCellProps,
    cellStyles,
    resizeFromKeyboard,
  };
}
