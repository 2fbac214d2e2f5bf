import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  Spinner,
  createTableColumn,
  makeStyles,
  tokens,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import { GraphErrorBar } from '../../../ui/graph-error-bar';
import { useTokenList } from '../api/token-queries';
import { tokenName } from '../model/token-name';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { cursor: 'pointer' },
});

const columns: TableColumnDefinition<VppToken>[] = [
  createTableColumn<VppToken>({ columnId: 'name', renderHeaderCell: () => 'Name', renderCell: (t) => tokenName(t) }),
  createTableColumn<VppToken>({ columnId: 'appleId', renderHeaderCell: () => 'Apple ID', renderCell: (t) => t.appleId ?? '' }),
  createTableColumn<VppToken>({ columnId: 'state', renderHeaderCell: () => 'State', renderCell: (t) => t.state ?? '' }),
  createTableColumn<VppToken>({ columnId: 'expires', renderHeaderCell: () => 'Expires', renderCell: (t) => t.expirationDateTime ?? '' }),
  createTableColumn<VppToken>({ columnId: 'country', renderHeaderCell: () => 'Country or region', renderCell: (t) => (t.countryOrRegion ?? '').toUpperCase() }),
];

export function TokenListPage() {
  const styles = useStyles();
  const navigate = useNavigate();
  const list = useTokenList();
  return (
    <section className={styles.page} aria-labelledby="tokens-heading">
      <h1 id="tokens-heading">VPP tokens</h1>
      {list.isPending && <Spinner label="Loading VPP tokens…" />}
      {list.isError && <GraphErrorBar title="The VPP tokens could not be loaded" error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <DataGrid items={list.data.tokens} columns={columns} getRowId={(t: VppToken) => t.id ?? ""} aria-label="VPP tokens">
          <DataGridHeader>
            <DataGridRow>{({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
          </DataGridHeader>
          <DataGridBody<VppToken>>
            {({ item, rowId }) => (
              <DataGridRow<VppToken> key={rowId} className={styles.row} onClick={() => void navigate(paths.token.href(item.id!))}>
                {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
              </DataGridRow>
            )}
          </DataGridBody>
        </DataGrid>
      )}
    </section>
  );
}
