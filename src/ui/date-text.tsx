import { Tooltip } from '@fluentui/react-components';

const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatAbsoluteDate(iso: string | null | undefined): string | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : absolute.format(time);
}

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
