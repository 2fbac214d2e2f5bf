/** A count as the admin reads it, grouped the same way on every screen and in every test (1,000). */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
