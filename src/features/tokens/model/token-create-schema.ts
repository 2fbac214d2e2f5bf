import * as z from 'zod/mini';
import { tokenEditSchema } from './token-edit-schema';

/** What the app shows of a picked token file; the content itself stays out of forms and state. */
export type TokenFileSummary = { fileName: string; expiresAt: string; organizationName: string };

/** The Add token form: the edit form's rules for the shared fields, plus the file and the consent Intune requires. */
export const tokenCreateSchema = z.extend(
  z.pick(tokenEditSchema, { displayName: true, appleId: true, countryOrRegion: true, vppTokenAccountType: true, automaticallyUpdateApps: true }),
  {
    dataSharingConsentGranted: z.boolean().check(z.refine((granted) => granted, 'Intune adds a token only with consent to share data with Apple.')),
    // The file's own problems are told where it is picked; the form only needs one that passed.
    tokenFile: z
      .custom<TokenFileSummary | null>()
      .check(z.refine((file) => file !== null, 'Choose the .vpptoken file you downloaded from Apple Business Manager.')),
  },
);

export type NewTokenForm = z.input<typeof tokenCreateSchema>;
export type NewToken = z.output<typeof tokenCreateSchema>;

export const emptyNewToken: NewTokenForm = {
  displayName: '',
  appleId: '',
  countryOrRegion: '',
  vppTokenAccountType: 'business',
  automaticallyUpdateApps: false,
  dataSharingConsentGranted: false,
  tokenFile: null,
};

/** The POST body for a new token, in the shape Intune stores (lowercase country codes, as the edit form sends). */
export function newTokenBody({ tokenFile: _summary, ...settings }: NewToken, content: string) {
  return { ...settings, countryOrRegion: settings.countryOrRegion.toLowerCase(), token: content };
}
