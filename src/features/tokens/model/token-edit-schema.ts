// First, so zod's eval-free mode is on before any schema exists (the deployed CSP forbids eval).
import '../../../config/zod-setup';
// zod/mini: the same checks as zod's classic API in a fraction of the download every route with a form needs.
import * as z from 'zod/mini';
import type { GraphVersion } from '../../../graph/graph-client';
import type { TokenEdits } from './token-fields';

// C0 and C1 control characters: invisible in the admin center and in Intune's reports.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/;

/** What the form accepts before anything is sent; every message is shown at its field. */
export const tokenEditSchema = z.object({
  displayName: z.string().check(
    z.trim(),
    z.minLength(1, 'Enter a display name.'),
    z.maxLength(256, 'Use at most 256 characters.'),
    z.refine((v) => !controlCharacters.test(v), 'Remove the invisible control characters.'),
  ),
  appleId: z.pipe(
    z.string().check(z.trim(), z.minLength(1, 'Enter the Apple ID of the Apple Business Manager account.')),
    z.email('Enter an Apple ID shaped like an email address, e.g. vpp@contoso.com.'),
  ),
  countryOrRegion: z.string().check(z.trim(), z.regex(/^[a-z]{2}$/i, 'Pick a country or region from the list.')),
  // Graph's own value passes as it is, even one this code does not know; the form offers only the known ones.
  vppTokenAccountType: z.custom<TokenEdits['vppTokenAccountType']>((v: unknown) => typeof v === 'string' && v !== '', 'Choose business or education.'),
  automaticallyUpdateApps: z.boolean(),
  dataSharingConsentGranted: z.boolean(),
  claimTokenManagementFromExternalMdm: z.boolean(),
  roleScopeTagIds: z.array(z.string().check(z.trim(), z.regex(/^\d+$/, 'Scope tag IDs are numbers, like 0 for Default.'))),
}) satisfies z.ZodMiniType<TokenEdits, TokenEdits>;

/**
 * The rules for the Graph version the app talks to. v1.0 has no display name, consent, scope tags
 * or take-control property: the form neither shows nor sends them, so their empty values pass.
 */
export function tokenEditSchemaFor(version: GraphVersion) {
  if (version === 'beta') return tokenEditSchema;
  return z.extend(tokenEditSchema, {
    displayName: z.string(),
    dataSharingConsentGranted: z.boolean(),
    claimTokenManagementFromExternalMdm: z.boolean(),
    roleScopeTagIds: z.array(z.string()),
  }) satisfies z.ZodMiniType<TokenEdits, TokenEdits>;
}
