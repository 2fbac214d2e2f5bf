// First, so zod's eval-free mode is on before any schema exists (the deployed CSP forbids eval).
import '../../../config/zod-setup';
import { z } from 'zod';
import type { GraphVersion } from '../../../graph/graph-client';
import type { TokenEdits } from './token-fields';

// C0 and C1 control characters: invisible in the admin center and in Intune's reports.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/;

/** What the form accepts before anything is sent; every message is shown at its field. */
export const tokenEditSchema = z.object({
  displayName: z
    .string()
    .trim()
    .min(1, 'Enter a display name.')
    .max(256, 'Use at most 256 characters.')
    .refine((v) => !controlCharacters.test(v), 'Remove the invisible control characters.'),
  appleId: z.string().trim().min(1, 'Enter the Apple ID of the Apple Business Manager account.').pipe(z.email('Enter an Apple ID shaped like an email address, e.g. vpp@contoso.com.')),
  countryOrRegion: z.string().trim().regex(/^[a-z]{2}$/i, 'Pick a country or region from the list.'),
  // Graph's own value passes as it is, even one this code does not know; the form offers only the known ones.
  vppTokenAccountType: z.custom<TokenEdits['vppTokenAccountType']>((v) => typeof v === 'string' && v !== '', 'Choose business or education.'),
  automaticallyUpdateApps: z.boolean(),
  dataSharingConsentGranted: z.boolean(),
  claimTokenManagementFromExternalMdm: z.boolean(),
  roleScopeTagIds: z.array(z.string().trim().regex(/^\d+$/, 'Scope tag IDs are numbers, like 0 for Default.')),
}) satisfies z.ZodType<TokenEdits, TokenEdits>;

/**
 * The rules for the Graph version the app talks to. v1.0 has no display name, consent, scope tags
 * or take-control property: the form neither shows nor sends them, so their empty values pass.
 */
export function tokenEditSchemaFor(version: GraphVersion) {
  if (version === 'beta') return tokenEditSchema;
  return tokenEditSchema.extend({
    displayName: z.string(),
    dataSharingConsentGranted: z.boolean(),
    claimTokenManagementFromExternalMdm: z.boolean(),
    roleScopeTagIds: z.array(z.string()),
  }) satisfies z.ZodType<TokenEdits, TokenEdits>;
}
