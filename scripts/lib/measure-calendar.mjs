// The expiry calendar of a full tenant, built in Node by the app's own module from the simulator's
// generated tokens; Vite loads the TypeScript, so nothing here re-implements either.
import { createServer } from 'vite';

/** Builds the calendar of `tokens` generated tokens `runs` times after a first, cold build. */
export async function measureExpiryCalendar({ tokens, runs }) {
  const vite = await createServer({ server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'error' });
  try {
    const { expiryCalendar } = await vite.ssrLoadModule('/src/features/tokens/model/expiry-calendar.ts');
    const { generateTokens } = await vite.ssrLoadModule('/simulator/generate.ts');
    const now = Date.now();
    const generated = generateTokens(1, tokens, now);
    // As the page sends them: the origin, the admin's zone, Intune's 7-day window.
    const options = { origin: 'https://vpp-console.example', now, timeZone: 'Europe/Berlin' };
    const build = () => {
      const started = performance.now();
      const calendar = expiryCalendar(generated, options);
      return { ms: performance.now() - started, calendar };
    };
    const cold = build();
    const warm = Array.from({ length: runs }, () => build().ms);
    return { coldMs: cold.ms, warmMs: warm, bytes: Buffer.byteLength(cold.calendar.text ?? ''), events: cold.calendar.included };
  } finally {
    await vite.close();
  }
}
