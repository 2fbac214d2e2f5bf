// One formatter for every count: toLocaleString builds a new one on each call, and the list's cells
// format thousands of counts as the admin types.
const counts = new Intl.NumberFormat('en-US');

/** A count as the admin reads it, grouped the same way on every screen and in every test (1,000). */
export function formatCount(n: number): string {
  return counts.format(n);
}

/** A count with its noun, singular for one: "1 app", "1,200 apps". */
export function formatCountOf(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
