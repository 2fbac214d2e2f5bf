import { Tooltip } from '@fluentui/react-components';
import type { Shown } from './cell-tooltip';

/** The grid's one tooltip, over `shown.over`. Escape hides it, as it does Fluent's others. */
export function CellTooltipView({ shown, onHide }: { shown: Shown | undefined; onHide: () => void }) {
  return (
    <Tooltip
      content={shown?.text ?? ''}
      relationship="inaccessible"
      withArrow
      visible={shown !== undefined}
      onVisibleChange={(_event, { visible }) => {
        if (!visible) onHide();
      }}
      positioning={{ target: shown?.over, position: 'above' }}
    >
      <span hidden />
    </Tooltip>
  );
}
