import { describe, expect, it } from 'vitest';
import { emptyNewToken, newTokenBody, tokenCreateSchema, type NewTokenForm } from './token-create-schema';

const file = { fileName: 'contoso.vpptoken', expiresAt: '2027-01-05T10:00:00.000Z', organizationName: 'Contoso' };
const filled: NewTokenForm = {
  ...emptyNewToken,
  displayName: ' Contoso North ',
  appleId: 'vpp@contoso.com',
  countryOrRegion: 'GB',
  dataSharingConsentGranted: true,
  tokenFile: file,
};
const errorsOf = (values: NewTokenForm) => {
  const result = tokenCreateSchema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('tokenCreateSchema', () => {
  it('accepts a filled-in form with consent and a file', () => {
    expect(tokenCreateSchema.parse(filled)).toMatchObject({ displayName: 'Contoso North', tokenFile: file });
  });

  it('asks for every required field of an empty form, consent and the file included', () => {
    expect(errorsOf(emptyNewToken)).toEqual({
      displayName: 'Enter a display name.',
      appleId: 'Enter the Apple ID of the Apple Business Manager account.',
      countryOrRegion: 'Pick a country or region from the list.',
      dataSharingConsentGranted: 'Intune adds a token only with consent to share data with Apple.',
      tokenFile: 'Choose the .vpptoken file you downloaded from Apple Business Manager.',
    });
  });

  it('refuses a token without consent, whatever else is filled in', () => {
    expect(Object.keys(errorsOf({ ...filled, dataSharingConsentGranted: false }))).toEqual(['dataSharingConsentGranted']);
  });
});

describe('newTokenBody', () => {
  it('sends the settings with the file content as token, the country in lowercase, and no file summary', () => {
    const body = newTokenBody(tokenCreateSchema.parse(filled), 'FILE-CONTENT');
    expect(body).toEqual({
      displayName: 'Contoso North',
      appleId: 'vpp@contoso.com',
      countryOrRegion: 'gb',
      vppTokenAccountType: 'business',
      automaticallyUpdateApps: false,
      dataSharingConsentGranted: true,
      token: 'FILE-CONTENT',
    });
  });
});
