/**
 * One CSV field. A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return
 * that hides one) as a formula, so such a cell gets a leading apostrophe and stays text.
 */
export function csvField(value: string | null | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A column of an export: always an explicit list, so no column (nor a secret) joins by accident. */
export type CsvColumn<Row> = { header: string; value: (row: Row) => string | null | undefined };

/** The rows as RFC 4180 CSV (CRLF line ends), every field spreadsheet-safe. */
export function csvText<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => csvField(column.header)).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvField(column.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
