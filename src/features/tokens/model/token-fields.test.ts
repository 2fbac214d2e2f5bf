import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { describe, expect, it } from 'vitest';
import { editableTokenFields, editsFromToken, tokenFieldLabels } from './token-fields';

describe('editsFromToken', () => {
  it('turns a full token into form values', () => {
    const token: VppToken = {
      id: 't1',
      displayName: 'Contoso Education',
      appleId: 'vpp@contoso.com',
      countryOrRegion: 'us',
      vppTokenAccountType: 'education',
      automaticallyUpdateApps: true,
      dataSharingConsentGranted: true,
      claimTokenManagementFromExternalMdm: false,
      roleScopeTagIds: ['0', '5'],
      organizationName: 'Contoso',
    };
    expect(editsFromToken(token)).toEqual({
      displayName: 'Contoso Education',
      appleId: 'vpp@contoso.com',
      countryOrRegion: 'us',
      vppTokenAccountType: 'education',
      automaticallyUpdateApps: true,
      dataSharingConsentGranted: true,
      claimTokenManagementFromExternalMdm: false,
      roleScopeTagIds: ['0', '5'],
    });
  });

  it('fills nulls and missing properties with empty values', () => {
    const token: VppToken = { id: 't1', displayName: null, appleId: null, countryOrRegion: null, roleScopeTagIds: null };
    expect(editsFromToken(token)).toEqual({
      displayName: '',
      appleId: '',
      countryOrRegion: '',
      vppTokenAccountType: 'business',
      automaticallyUpdateApps: false,
      dataSharingConsentGranted: false,
      claimTokenManagementFromExternalMdm: false,
      roleScopeTagIds: [],
    });
  });

  it('keeps an account type it does not know as Graph sent it, and takes a missing one as business', () => {
    const token = { id: 't1', vppTokenAccountType: 'unknownFutureValue' } as unknown as VppToken;
    expect(editsFromToken(token).vppTokenAccountType).toBe('unknownFutureValue');
    expect(editsFromToken({ id: 't2', vppTokenAccountType: null } as unknown as VppToken).vppTokenAccountType).toBe('business');
  });

  it('copies the scope tags so editing the form never touches the cached token', () => {
    const token: VppToken = { id: 't1', roleScopeTagIds: ['0'] };
    editsFromToken(token).roleScopeTagIds.push('9');
    expect(token.roleScopeTagIds).toEqual(['0']);
  });
});

describe('tokenFieldLabels', () => {
  it('labels every editable field', () => {
    for (const field of editableTokenFields) expect(tokenFieldLabels[field]).toMatch(/\S/);
    expect(tokenFieldLabels.claimTokenManagementFromExternalMdm).toBe('Take control from another MDM');
  });
});
