/**
 * The share of a table's width each column gets, in order, for Fluent's Table (a fixed layout that
 * otherwise gives every column the same width, whatever it holds). The first child of the table.
 */
export function ColumnWidths({ percents }: { percents: readonly number[] }) {
  return (
    <colgroup>
      {percents.map((percent, index) => (
        <col key={index} style={{ width: `${percent}%` }} />
      ))}
    </colgroup>
  );
}
