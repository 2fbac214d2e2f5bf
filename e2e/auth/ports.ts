import { basePort as base } from '../ports';

/**
 * The sign-in suite's ports, derived from E2E_PORT (the demo suite's) so that runs sharing a machine
 * with their own E2E_PORT never collide. Each can be set on its own too.
 */

/** vite preview serving the production build, with the simulator in verifying mode. */
export const appPort = Number(process.env.E2E_AUTH_PORT ?? base + 1);
/** The OpenID provider (https). */
export const idpPort = Number(process.env.E2E_IDP_PORT ?? appPort + 49);
/** A static host that serves the build the way Azure Static Web Apps would, CSP included. */
export const staticHostPort = Number(process.env.E2E_STATIC_PORT ?? idpPort + 1);
/** vite preview serving the same app built with React's development build, where StrictMode acts. */
export const strictAppPort = Number(process.env.E2E_STRICT_PORT ?? idpPort + 2);

export const appOrigin = `http://localhost:${appPort}`;
export const strictAppOrigin = `http://localhost:${strictAppPort}`;
export const issuer = `https://localhost:${idpPort}`;
export const clientId = '6f1c2a1e-0b7d-4a53-9c1e-7e2f3a4b5c6d';
/** Build output and generated files for this port. */
export const distDir = `dist-auth-${appPort}`;
export const strictDistDir = `dist-auth-strict-${appPort}`;
export const workDir = `.e2e/auth-${appPort}`;
