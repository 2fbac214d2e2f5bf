import { describe, expect, it } from 'vitest';
import { tokenEditSchema } from './token-edit-schema';
import type { TokenEdits } from './token-fields';

const valid: TokenEdits = {
  displayName: 'Contoso Schools',
  appleId: 'vpp@contoso.com',
  countryOrRegion: 'us',
  vppTokenAccountType: 'education',
  automaticallyUpdateApps: true,
  dataSharingConsentGranted: false,
  claimTokenManagementFromExternalMdm: false,
  roleScopeTagIds: ['0', '12'],
};

function messageFor(values: Partial<TokenEdits>) {
  const result = tokenEditSchema.safeParse({ ...valid, ...values });
  return result.success ? undefined : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('tokenEditSchema', () => {
  it('accepts a complete, valid edit and trims the name', () => {
    const parsed = tokenEditSchema.parse({ ...valid, displayName: '  Contoso  ' });
    expect(parsed.displayName).toBe('Contoso');
  });

  it('refuses an empty or whitespace-only display name', () => {
    expect(messageFor({ displayName: '   ' })).toEqual(['displayName: Enter a display name.']);
  });

  it('refuses a display name over 256 characters but accepts exactly 256', () => {
    expect(messageFor({ displayName: 'x'.repeat(256) })).toBeUndefined();
    expect(messageFor({ displayName: 'x'.repeat(257) })).toEqual(['displayName: Use at most 256 characters.']);
  });

  it('refuses control characters in a display name but keeps non-Latin text', () => {
    expect(messageFor({ displayName: 'Bad\u0007name' })).toEqual(['displayName: Remove the invisible control characters.']);
    expect(messageFor({ displayName: '東京学園 VPP' })).toBeUndefined();
  });

  it('refuses an Apple ID that is not shaped like an email address', () => {
    expect(messageFor({ appleId: 'not an email' })?.[0]).toMatch(/^appleId: Enter an Apple ID shaped like an email/);
  });

  it('refuses a country that is not a two-letter code and a scope tag that is not a number', () => {
    expect(messageFor({ countryOrRegion: 'USA' })).toEqual(['countryOrRegion: Pick a country or region from the list.']);
    expect(messageFor({ roleScopeTagIds: ['abc'] })).toEqual(['roleScopeTagIds.0: Scope tag IDs are numbers, like 0 for Default.']);
  });
});
