import { z } from 'zod';

export const graphScopeReadWrite = 'https://graph.microsoft.com/DeviceManagementServiceConfig.ReadWrite.All';

const graphSchema = z.object({
  /** Where Graph answers: https://graph.microsoft.com in production, /graph for the embedded simulator. */
  baseUrl: z.string().min(1).refine((v) => v.startsWith('/') || /^https:\/\/|^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(v), {
    message: 'must be https://… (or a path on this site, like /graph)',
  }),
  version: z.enum(['beta', 'v1.0']).default('beta'),
});

const entraAuthSchema = z.object({
  clientId: z.string().regex(/^[0-9a-f-]{36}$|^[\w.-]+$/i, 'must be the application (client) ID from the app registration'),
  authority: z.url({ protocol: /^https$/, error: 'must be an https URL, e.g. https://login.microsoftonline.com/<tenant-id>' }),
  /** The v5 redirect bridge page; relative paths resolve against this site's origin. */
  redirectUri: z.string().default('/redirect.html'),
  scopes: z.array(z.string().min(1)).min(1).default([graphScopeReadWrite]),
  /** Extra scopes consented at sign-in, so later silent calls for them need no prompt. */
  extraScopesToConsent: z.array(z.string()).default([]),
  /** Hosts MSAL may trust without asking Microsoft's instance discovery (needed for non-Entra authorities). */
  knownAuthorities: z.array(z.string()).default([]),
  protocolMode: z.enum(['AAD', 'OIDC']).default('AAD'),
  interaction: z.enum(['redirect', 'popup']).default('redirect'),
});

export const appConfigSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('demo'), graph: graphSchema }),
  z.object({ mode: z.literal('entra'), graph: graphSchema, auth: entraAuthSchema }),
]);

export type AppConfig = z.infer<typeof appConfigSchema>;
export type EntraAuthConfig = z.infer<typeof entraAuthSchema>;

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; problems: string[] };

/** Turns whatever config.json held into a config, or into sentences an admin deploying the app can act on. */
export function readAppConfig(raw: unknown, { demoAvailable }: { demoAvailable: boolean }): ConfigResult {
  const parsed = appConfigSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const where = issue.path.length ? issue.path.join('.') : 'config.json';
        return `${where}: ${issue.message}`;
      }),
    };
  }
  if (parsed.data.mode === 'demo' && !demoAvailable) {
    return {
      ok: false,
      problems: ['mode: "demo" is not part of this production build; set mode to "entra" and give the auth settings.'],
    };
  }
  return { ok: true, config: parsed.data };
}

export async function loadAppConfig(options: { demoAvailable: boolean; url?: string }): Promise<ConfigResult> {
  let response: Response;
  try {
    response = await fetch(options.url ?? '/config.json', { cache: 'no-store' });
  } catch {
    return { ok: false, problems: ['config.json could not be fetched: the site did not answer.'] };
  }
  if (!response.ok) return { ok: false, problems: [`config.json answered ${response.status}: put a config.json beside index.html.`] };
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    return { ok: false, problems: ['config.json is not valid JSON.'] };
  }
  return readAppConfig(raw, options);
}
