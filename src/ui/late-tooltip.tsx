import type { TooltipProps } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { lateModule, useArrived } from './lazy-with-preload';

/** Fluent's Tooltip and its positioning, which no screen needs for its first render: asked for by the first LateTooltip shown. */
export const tooltips = lateModule(() => import('./fluent-tooltip'));

/**
 * Fluent's Tooltip once it has arrived, the bare trigger until then. The trigger must not depend
 * on the tooltip for its name: give an icon-only button its own aria-label.
 */
export function LateTooltip({ children, ...tooltip }: Omit<TooltipProps, 'children'> & { children: ReactElement }) {
  const arrived = useArrived(tooltips);
  if (!arrived) return children;
  return <arrived.Tooltip {...tooltip}>{children}</arrived.Tooltip>;
}
