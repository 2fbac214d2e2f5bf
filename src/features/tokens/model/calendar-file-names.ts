// Kept apart from expiry-calendar.ts, which brings `ics` with it: naming a file must not download the library.

/** "Contoso Schools – Main Campus-expiry.ics", with what file systems refuse taken out. */
export function tokenCalendarFileName(name: string): string {
  const safe = name
    .replace(/[\p{Cc}\\/:*?"<>|]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 100)
    .trim();
  return `${safe || 'vpp-token'}-expiry.ics`;
}

export function listCalendarFileName(now: number): string {
  return `vpp-token-expiry-${new Date(now).toISOString().slice(0, 10)}.ics`;
}
