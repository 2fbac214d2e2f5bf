/**
 * This run's ports: E2E_PORT and the 60 above it, so runs sharing a machine with their own E2E_PORT
 * never meet. The sign-in suite's are derived in auth/ports.ts.
 */
export const basePort = Number(process.env.E2E_PORT ?? 4173);

/** The demo build the demo suite's workers serve. */
export const demoDistDir = `dist-demo-${basePort}`;

/** Each Playwright worker serves the demo build on a port of its own, with a simulator of its own. */
export const demoWorkerPort = (parallelIndex: number) => basePort + 10 + parallelIndex;
