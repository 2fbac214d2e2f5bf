import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import { memo } from 'react';
import { WarningWindowsButton } from '../../settings/warning-windows-button';
import type { AttentionFilter, AttentionItem } from './attention';
import { formatCount } from '../../../ui/format-count';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minHeight: '32px' },
  unhealthy: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  healthy: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteGreenForeground1 },
  settings: { marginInlineStart: 'auto' },
});

const showAll: AttentionFilter = { health: [], issue: undefined };

/** The level's icon, in its colour; on the pressed count it takes the button's own. */
function levelIcon(level: NonNullable<AttentionItem['level']>, className: string | undefined) {
  return level === 'unhealthy' ? <ErrorCircleRegular className={className} /> : <WarningRegular className={className} />;
}

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
          {total === 1 ? `The token is healthy${soFar}.` : `All ${formatCount(total)} tokens are healthy${soFar}.`}
        </Text>
      ) : (
        <>
          <Text weight="semibold">Needs attention{soFar}:</Text>
          {/* A Button with aria-pressed rather than Fluent's ToggleButton, whose styles alone weigh
              3.6 kB in the list's first download; the pressed count takes the primary look. */}
          {items.map((item) => (
            <Button
              key={item.key}
              size="small"
              shape="circular"
              aria-pressed={pressed === item.key}
              appearance={pressed === item.key ? 'primary' : 'secondary'}
              icon={item.level && levelIcon(item.level, pressed === item.key ? undefined : styles[item.level])}
              onClick={() => onShow(pressed === item.key ? showAll : item.filter)}
            >
              {item.label}
            </Button>
          ))}
        </>
      )}
      {/* Beside the counts it decides: how soon an expiry, a late sync or a license share counts is the admin's call. */}
      <span className={styles.settings}>
        <WarningWindowsButton appearance="subtle" size="small" />
      </span>
    </div>
  );
});
