// Formatting for the benchmark's table.

export const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`;

export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** "12.3x" for how many times `larger` is `smaller`. */
export const times = (larger, smaller) => `${(larger / smaller).toFixed(1)}x`;

/** A Markdown table from rows of [measure, value, beside, ratio, note]. */
export function markdownTable(rows) {
  const head = ['measure', 'this app', 'beside it', 'ratio', 'how'];
  const line = (cells) => `| ${cells.map((cell) => String(cell ?? '').replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
