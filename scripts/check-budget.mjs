// Fails when the JavaScript a route of the production build needs before it shows its data (MSAL
// included, gzip) grows past the route's budget, or when simulator or demo code reaches the
// production build. Part of `npm test`.
// Usage: node scripts/check-budget.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildForMeasure, demoCodeIn, measureFirstLoad } from './lib/bundle-size.mjs';
import { kB } from './lib/table.mjs';

const outDir = mkdtempSync(join(tmpdir(), 'vpp-budget-'));
try {
  buildForMeasure(outDir);
  const { routes } = measureFirstLoad(outDir);
  const failures = demoCodeIn(outDir);
  for (const route of routes) {
    const over = route.gzip > route.budget;
    if (over) failures.push(`The ${route.name} needs ${kB(route.gzip)} gzip of JavaScript before it shows its data, over its budget of ${kB(route.budget)}.`);
    const target = route.target === route.budget ? '' : `; issue 13's target ${kB(route.target)} not met yet`;
    console.log(`${over ? '✗' : '✓'} JS before its data, ${route.name}: ${kB(route.gzip)} gzip (budget ${kB(route.budget)}${target})`);
  }
  if (failures.length) {
    console.error(failures.join('\n'));
    console.error('See what each chunk holds with `npx vite build --manifest` and the README performance section.');
    process.exitCode = 1;
  } else {
    console.log('✓ no simulator or demo code in the production build');
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
