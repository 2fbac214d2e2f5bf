import { Tooltip } from '@fluentui/react-components';
import { formatAbsoluteDate } from './absolute-date';

/** A relative date ("in 12 days") whose exact date, in the admin's locale, shows on hover or focus. */
export function DateText({ iso, children }: { iso: string | null | undefined; children: string }) {
  const exact = formatAbsoluteDate(iso);
  if (!exact) return <span>{children}</span>;
  return (
    <Tooltip content={exact} relationship="description" withArrow>
      <span tabIndex={0}>{children}</span>
    </Tooltip>
  );
}
