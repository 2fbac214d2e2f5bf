import { makeStyles, tokens } from '@fluentui/react-components';
import { RenewTokenButton } from '../actions/renew-token-button';
import { SyncLicensesButton } from '../actions/sync-licenses-button';
import { needsRenewal } from '../model/next-steps';
import type { TokenRow } from './token-rows';

/** Room for Sync and Renew side by side. */
export const rowActionsSize = { min: 240, ideal: 250 };

const useStyles = makeStyles({ actions: { display: 'flex', gap: tokens.spacingHorizontalXS } });

/** The fixes a row offers without opening the token: sync always, renew when the token needs it. */
export function TokenRowActions({ row }: { row: TokenRow }) {
  const styles = useStyles();
  return (
    <span className={styles.actions}>
      <SyncLicensesButton tokenId={row.id} tokenLabel={row.name} announce size="small" appearance="subtle" />
      {needsRenewal(row.health) && <RenewTokenButton token={row.token} size="small" appearance="subtle" />}
    </span>
  );
}
