import { makeStyles, tokens } from '@fluentui/react-components';
import { createContext, useContext } from 'react';
import { RenewTokenButton } from '../actions/renew-token-button';
import { SyncLicensesButtonFor } from '../actions/sync-licenses-button';
import { needsRenewal } from '../model/next-steps';
import type { TokenRow } from './token-rows';

/**
 * Room for the Sync and Renew icons side by side, and the header's word. Icons, not words, so that
 * a 1280 px screen still shows the apps and licenses used without scrolling sideways.
 */
export const rowActionsSize = { min: 60, ideal: 64 };

/** The tokens with a sync running, as the grid asks once for all its rows. */
export const SyncingTokens = createContext<ReadonlySet<string>>(new Set());

const useStyles = makeStyles({ actions: { display: 'flex', gap: tokens.spacingHorizontalXS } });

/** The fixes a row offers without opening the token: sync always, renew when the token needs it. */
export function TokenRowActions({ row }: { row: TokenRow }) {
  const styles = useStyles();
  const syncing = useContext(SyncingTokens).has(row.id);
  return (
    <span className={styles.actions}>
      <SyncLicensesButtonFor tokenId={row.id} tokenLabel={row.name} syncing={syncing} announce iconOnly size="small" appearance="subtle" />
      {needsRenewal(row.health) && <RenewTokenButton token={row.token} iconOnly size="small" appearance="subtle" />}
    </span>
  );
}
