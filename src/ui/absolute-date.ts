const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A date and time as the admin's locale writes it ("2 Dec 2026, 18:30"); undefined for none or an unreadable one. */
export function formatAbsoluteDate(iso: string | null | undefined): string | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : absolute.format(time);
}
