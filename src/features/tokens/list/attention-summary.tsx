import { makeStyles, Text, ToggleButton, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import { memo } from 'react';
import type { AttentionFilter, AttentionItem } from './attention';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minHeight: '32px' },
  unhealthy: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  healthy: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteGreenForeground1 },
});

const showAll: AttentionFilter = { health: [], issue: undefined };

/**
 * What needs attention, counted, above the grid. Each count is a button that shows exactly those
 * tokens; pressing it again shows them all.
 */
export const AttentionSummary = memo(function AttentionSummary({
  items,
  total,
  complete,
  pressed,
  onShow,
}: {
  items: readonly AttentionItem[];
  total: number;
  /** False while pages are still arriving: the counts are only what has loaded so far. */
  complete: boolean;
  /** The key of the item whose tokens the grid shows, if any. */
  pressed: string | undefined;
  onShow: (filter: AttentionFilter) => void;
}) {
  const styles = useStyles();
  if (total === 0) return null;
  const soFar = complete ? '' : ' so far';
  return (
    <div role="group" aria-label="Tokens that need attention" className={styles.bar}>
      {items.length === 0 ? (
        <Text className={styles.healthy}>
          <CheckmarkCircleRegular />
          {total === 1 ? `The token is healthy${soFar}.` : `All ${total.toLocaleString()} tokens are healthy${soFar}.`}
        </Text>
      ) : (
        <>
          <Text weight="semibold">Needs attention{soFar}:</Text>
          {items.map((item) => (
            <ToggleButton
              key={item.key}
              size="small"
              shape="circular"
              checked={pressed === item.key}
              icon={item.level && (item.level === 'unhealthy' ? <ErrorCircleRegular className={styles.unhealthy} /> : <WarningRegular className={styles.warning} />)}
              onClick={() => onShow(pressed === item.key ? showAll : item.filter)}
            >
              {item.label}
            </ToggleButton>
          ))}
        </>
      )}
    </div>
  );
});
