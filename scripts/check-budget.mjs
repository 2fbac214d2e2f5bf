// Fails when the production build's first download for the token list grows past its budget, or
// when simulator or demo code reaches the production build. Part of `npm test`.
// Usage: node scripts/check-budget.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildForMeasure, demoCodeIn, listBudgetBytes, listRouteName, measureFirstLoad } from './lib/bundle-size.mjs';
import { kB } from './lib/table.mjs';

const outDir = mkdtempSync(join(tmpdir(), 'vpp-budget-'));
try {
  buildForMeasure(outDir);
  const { routes } = measureFirstLoad(outDir);
  const failures = demoCodeIn(outDir);
  for (const route of routes) {
    const over = route.name === listRouteName && route.gzip > listBudgetBytes;
    if (over) failures.push(`First-load JS for the ${route.name} is ${kB(route.gzip)} gzip, over its budget of ${kB(listBudgetBytes)}.`);
    console.log(`${over ? '✗' : '✓'} first-load JS, ${route.name}: ${kB(route.gzip)} gzip${route.name === listRouteName ? ` (budget ${kB(listBudgetBytes)})` : ''}`);
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
