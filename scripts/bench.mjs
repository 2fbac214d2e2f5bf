// The performance table: first-load JavaScript of the production build, and the demo build (the
// same production-optimised code, with the demo sign-in) driven in Chromium against the simulator.
// Prints numbers, asserts nothing; `npm run check:budget` is the check that fails.
// Usage: node scripts/bench.mjs [--runs N] [--port P] [--only bundle,list,apps,history,entra,save,search,navigation,bulk,calendar] [--no-build]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildForMeasure, demoCodeIn, listRouteName, measureFirstLoad, measureStackFloor } from './lib/bundle-size.mjs';
import { launchChromium, median, percentile, startDemoServer } from './lib/demo-server.mjs';
import { loadBulkModules, measureBulkOnce } from './lib/measure-bulk.mjs';
import { measureExpiryCalendar } from './lib/measure-calendar.mjs';
import { link, measureEntraLoad, medianRatio, roundTrips, startEntraServer } from './lib/measure-entra.mjs';
import { measureTokenApps } from './lib/measure-apps.mjs';
import { measureTokenHistory } from './lib/measure-history.mjs';
import { measureListLoad, measureSearch, measureSearchFloor } from './lib/measure-list.mjs';
import { measureNavigation } from './lib/measure-navigation.mjs';
import { measureSave } from './lib/measure-save.mjs';
import { kB, markdownTable, ms, times } from './lib/table.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const runs = Number(option('runs', 5));
const port = Number(option('port', 4811));
const only = new Set(option('only', 'bundle,list,apps,history,entra,save,search,navigation,bulk,calendar').split(','));

const listLatencyMs = 100;
const saveLatencyMs = 2000;
const navigationLatencyMs = 500;
const bulkLatencyMs = 300;
const bulkCount = 100;
const manyTokens = 3000;
// As Microsoft's "Update vppToken" page shows its request: Content-length 995.
const microsoftExampleBytes = 995;
const microsoftExample = readFileSync(new URL('./data/microsoft-update-example.json', import.meta.url), 'utf8');

/** The JavaScript each route needs before it shows its data, from the production build (`npm run build`, Entra sign-in). */
async function bundleRows() {
  const outDir = mkdtempSync(join(tmpdir(), 'vpp-bench-build-'));
  try {
    buildForMeasure(outDir);
    const { shell, routes, all } = measureFirstLoad(outDir);
    const demoCode = demoCodeIn(outDir);
    const floor = await measureStackFloor();
    const list = routes.find((route) => route.name === listRouteName);
    return [
      ...routes.map((route) => [
        `JS before its data, ${route.name}`,
        `${kB(route.gzip)} gzip`,
        `budget ${kB(route.budget)}`,
        `${((route.gzip / route.budget) * 100).toFixed(0)}% of budget`,
        `${route.files.length} files, ${kB(route.raw)} raw; entry + Entra sign-in (MSAL, msal-react) + the route's chunk and their static imports`,
      ]),
      [
        'The libraries alone, no app code',
        `${kB(floor)} gzip`,
        '',
        `${((floor / list.budget) * 100).toFixed(0)}% of the list's budget`,
        "React, MSAL with msal-react's provider, FluentProvider with Button, Text and Spinner, React Query, in one chunk",
      ],
      ['JS shared by every route before its data', `${kB(shell.gzip)} gzip`, '', '', 'entry + Entra sign-in (MSAL, msal-react)'],
      ['All JS in the build', `${kB(all.gzip)} gzip`, '', '', `${all.files.length} files; the rest loads on demand or when idle`],
      ['Simulator or demo code in the build', demoCode.length ? demoCode.join('; ') : 'none', '', '', 'grep of dist for _simulator and the demo account'],
    ];
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function listRows(browser, url) {
  const seed = await measureListLoad(browser, url, { runs, latencyMs: listLatencyMs });
  // With and without apps taken in turns (ABBA), each after a load of its own tenant that counts for
  // nothing: measured one block after the other, drift on this VM moved their ratio from 1.02x to 1.21x.
  const many = { firstRows: [], allRows: [] };
  const noApps = { firstRows: [], allRows: [] };
  for (let run = 0; run < runs; run++) {
    const turns = run % 2 === 0 ? [[many, true], [noApps, false]] : [[noApps, false], [many, true]];
    for (const [into, apps] of turns) {
      const load = await measureListLoad(browser, url, { runs: 1, tokens: manyTokens, latencyMs: listLatencyMs, apps });
      into.firstRows.push(...load.firstRows);
      into.allRows.push(...load.allRows);
    }
  }
  const how = `cold load (new browser context), median of ${runs}; Graph answering in ${listLatencyMs} ms`;
  return [
    [`Time to first token row (${seed.count} tokens)`, ms(median(seed.firstRows)), '', '', how],
    [
      `Time to first token row (${manyTokens.toLocaleString('en-US')} tokens, about 30,000 apps)`,
      ms(median(many.firstRows)),
      `${ms(median(noApps.firstRows))} with no apps in the tenant`,
      `${(median(many.firstRows) / median(noApps.firstRows)).toFixed(2)}x`,
      `${how}, with and without apps in turns; the apps are read once the first tokens show, so they should not delay them`,
    ],
    [`Time to all rows (${manyTokens.toLocaleString('en-US')} tokens)`, ms(median(many.allRows)), '', '', `${how}; 250 tokens a request`],
  ];
}

async function appsRows(browser, url) {
  const count = 500;
  const { formEditable, appsPainted } = await measureTokenApps(browser, url, { runs, count, latencyMs: listLatencyMs });
  return [
    [
      `Token page with ${count} apps: the app rows on screen painted`,
      ms(median(appsPainted)),
      `form editable at ${ms(median(formEditable))}`,
      '',
      `cold load of /tokens/{id} (new browser context), median of ${runs}; Graph answering in ${listLatencyMs} ms; the apps section loads beside the form and draws the rows on screen`,
    ],
  ];
}

async function historyRows(browser, url) {
  const count = 2000;
  const { formEditable, firstRows, rowsShown } = await measureTokenHistory(browser, url, { runs, count, latencyMs: listLatencyMs });
  return [
    [
      `Token page with ${count.toLocaleString('en-US')} changes in 30 days: the history's first rows painted`,
      ms(median(firstRows)),
      `form editable at ${ms(median(formEditable))}`,
      '',
      `cold load of /tokens/{id} (new browser context), median of ${runs}; Graph answering in ${listLatencyMs} ms; the first read is a week of the log (${rowsShown.toLocaleString('en-US')} changes shown)`,
    ],
  ];
}

async function entraRows(browser) {
  const server = await startEntraServer({ port: port + 2, idpPort: port + 3 });
  try {
    const { count, list, token } = await measureEntraLoad(browser, server, { runs, latencyMs: listLatencyMs });
    const how = `production build with Entra sign-in against a local OpenID provider: a signed-in tab reloaded with its HTTP cache off over ${link.downloadMbps} Mbit/s and ${link.latencyMs} ms round trips, median of ${runs}; Graph answering in ${listLatencyMs} ms`;
    const floorHow = `the floor: the bytes it needed (page, config.json, the route's scripts as served, Graph's answers) at ${link.downloadMbps} Mbit/s, plus ${roundTrips.length} round trips one after the other (${roundTrips.join(', ')}) and Graph's ${listLatencyMs} ms`;
    return [
      [
        `Entra sign-in: the list on screen (${count} tokens)`,
        ms(median(list.listShown)),
        `first paint at ${ms(median(list.firstPaint))}; the sign-in's code (MSAL) downloaded at ${ms(median(list.signInArrived))}`,
        '',
        `${how}; until its heading shows`,
      ],
      [
        `Entra sign-in: first token row (${count} tokens)`,
        ms(median(list.firstRows)),
        `network floor ${ms(median(list.floors))}`,
        `${medianRatio(list.firstRows, list.floors).toFixed(2)}x the floor`,
        `${how}; MSAL loaded and started, a token from its session cache, one Graph request; ${floorHow}`,
      ],
      [
        'Entra sign-in: deep link to a token, form editable',
        ms(median(token.formEditable)),
        `network floor ${ms(median(token.floors))}`,
        `${medianRatio(token.formEditable, token.floors).toFixed(2)}x the floor`,
        `${how}; /tokens/{id} until its Display name field holds the name and is enabled; ${floorHow}`,
      ],
    ];
  } finally {
    await server.stop();
  }
}

async function saveRows(browser, url) {
  const saveRuns = Math.max(runs, 5);
  const { bodies, toScreen, toConfirmed } = await measureSave(browser, url, { runs: saveRuns, latencyMs: saveLatencyMs });
  const oneField = bodies[0] ?? '';
  const bytes = Buffer.byteLength(oneField);
  const ratios = toScreen.map((shown, i) => toConfirmed[i] / shown);
  return [
    [
      'Save to new value on screen',
      ms(median(toScreen)),
      `${ms(median(toConfirmed))} for a save that waits for Graph`,
      `${median(ratios).toFixed(0)}x sooner`,
      `rename, Graph answering in ${saveLatencyMs / 1000} s; from the click to the heading (this app) and to Graph's confirmation (a pessimistic form); median of ${saveRuns}, ratio per save`,
    ],
    [
      'PATCH body for a one-field change',
      `${bytes} bytes`,
      `${microsoftExampleBytes} bytes, Microsoft's full-object example`,
      `${times(microsoftExampleBytes, bytes)} smaller`,
      `${oneField}; the example is ${JSON.stringify(JSON.parse(microsoftExample)).length} bytes minified`,
    ],
  ];
}

async function searchRows(browser, url) {
  const samples = await measureSearch(browser, url, { tokens: manyTokens });
  const floor = await measureSearchFloor(browser);
  return [
    [
      `Search keystroke to rows painted (${manyTokens.toLocaleString('en-US')} tokens)`,
      `median ${ms(median(samples))}`,
      `p95 ${ms(percentile(samples, 95))}`,
      '',
      `${samples.length} keystrokes typed and erased; key down to the first frame after the grid shows that search`,
    ],
    [
      'The same keystrokes on a page holding only a search box',
      `median ${ms(median(floor))}`,
      `p95 ${ms(percentile(floor, 95))}`,
      '',
      "the measure's floor: the key's handling, the wait for the next frame and its paint, no app",
    ],
  ];
}

async function navigationRows(browser, url) {
  const walks = [];
  for (let run = 0; run < Math.min(runs, 3); run++) walks.push(await measureNavigation(browser, url, { latencyMs: navigationLatencyMs }));
  return walks[0].map((step, i) => {
    const same = walks.map((walk) => walk[i]);
    return [
      `Graph requests: ${step.name}`,
      `${median(same.map((s) => s.requests))} (${median(same.map((s) => s.blocking))} blocking)`,
      `ready in ${ms(median(same.map((s) => s.readyMs)))}`,
      '',
      `Graph answering in ${navigationLatencyMs} ms, so a step ready sooner waited for no request; median of ${walks.length}`,
    ];
  });
}

async function bulkRows(url) {
  const modules = await loadBulkModules();
  if (!modules) return [['Bulk change', 'no src/features/tokens/data/bulk-change.ts', '', '', '']];
  try {
    const batch = [];
    const single = [];
    for (let run = 0; run < Math.min(runs, 3); run++) {
      batch.push(await measureBulkOnce(modules, url, { count: bulkCount, latencyMs: bulkLatencyMs, way: 'batch' }));
      single.push(await measureBulkOnce(modules, url, { count: bulkCount, latencyMs: bulkLatencyMs, way: 'single' }));
    }
    const failed = [...batch, ...single].reduce((sum, r) => sum + r.failed, 0);
    const how = `turn automatic updates on for ${bulkCount} tokens through the app's mutations, in Node (all requests at once, as over HTTP/2); Graph answering in ${bulkLatencyMs} ms; median of ${batch.length}${failed ? `; ${failed} saves failed` : ''}`;
    return [
      [
        `Bulk change of ${bulkCount} tokens: requests`,
        `${median(batch.map((r) => r.requests.total))} ($batch)`,
        `${median(single.map((r) => r.requests.total))} (one PATCH per token)`,
        `${times(median(single.map((r) => r.requests.total)), median(batch.map((r) => r.requests.total)))} fewer`,
        how,
      ],
      [
        `Bulk change of ${bulkCount} tokens: time`,
        `${ms(median(batch.map((r) => r.ms)))} ($batch)`,
        `${ms(median(single.map((r) => r.ms)))} (one PATCH per token)`,
        `${median(batch.map((r, i) => r.ms / single[i].ms)).toFixed(1)}x the time`,
        'batches of 20, four on their way at once, under the write pacer',
      ],
    ];
  } finally {
    await modules.close();
  }
}

/** The list's Export expiry calendar at Intune's limit, in Node: what the worker does on the click. */
async function calendarRows() {
  const { coldMs, warmMs, bytes, events } = await measureExpiryCalendar({ tokens: manyTokens, runs });
  return [
    [
      `Expiry calendar for ${manyTokens.toLocaleString('en-US')} tokens: file built`,
      ms(median(warmMs)),
      `${bytes.toLocaleString('en-US')} bytes`,
      '',
      `${events.toLocaleString('en-US')} events from the simulator's generated tokens, built by the app's module with ics in Node; median of ${runs} after a first build of ${ms(coldMs)} (each click builds in a new worker, so an admin waits about as long as that first one)`,
    ],
  ];
}

const rows = [];
let browserVersion;
if (only.has('bundle')) rows.push(...(await bundleRows()));
if (only.has('calendar')) rows.push(...(await calendarRows()));
const browserParts = ['list', 'apps', 'history', 'entra', 'save', 'search', 'navigation', 'bulk'].filter((part) => only.has(part));
if (browserParts.length) {
  const server = await startDemoServer({ port, build: !args.includes('--no-build') });
  const browser = await launchChromium();
  browserVersion = browser.version();
  try {
    if (only.has('list')) rows.push(...(await listRows(browser, server.url)));
    if (only.has('apps')) rows.push(...(await appsRows(browser, server.url)));
    if (only.has('history')) rows.push(...(await historyRows(browser, server.url)));
    if (only.has('entra')) rows.push(...(await entraRows(browser)));
    if (only.has('save')) rows.push(...(await saveRows(browser, server.url)));
    if (only.has('search')) rows.push(...(await searchRows(browser, server.url)));
    if (only.has('navigation')) rows.push(...(await navigationRows(browser, server.url)));
    if (only.has('bulk')) rows.push(...(await bulkRows(server.url)));
  } finally {
    await browser.close();
    server.stop();
  }
}
const browserNote = browserVersion ? `Chromium ${browserVersion} headless, ` : '';
console.log(`\nVPP Console ${new Date().toISOString().slice(0, 10)}: ${browserNote}Node ${process.version}, ${cpus().length} CPUs\n`);
console.log(markdownTable(rows));
