/** The parameter check the generated scripts are held to must itself catch what it is there to catch. */
import { checkDomainCall, isDomainCommand } from '../helpers/cmdlet-reference.js';

const call = (name: string, ...parameters: string[]) => ({ name, parameters, line: 1, guards: [] });

describe('checkDomainCall', () => {
  it('accepts the documented forms', () => {
    expect(checkDomainCall(call('New-CsPartnerApplication', 'Identity', 'ApplicationTrustLevel', 'MetadataUrl'))).toBeNull();
    expect(checkDomainCall(call('Test-CsExStorageConnectivity', 'SipUri', 'DeleteItem', 'Verbose'))).toBeNull();
    expect(checkDomainCall(call('Configure-EnterprisePartnerApplication.ps1', 'AuthMetadataUrl', 'ApplicationType', 'TrustAnySSLCertificate'))).toBeNull();
  });

  it('refuses parameters from two sets, abbreviations, aliases, wrong case and invented parameters', () => {
    expect(checkDomainCall(call('New-CsPartnerApplication', 'Identity', 'ApplicationIdentifier', 'MetadataUrl'))).toMatch(/fits no parameter set/);
    expect(checkDomainCall(call('Set-PartnerApplication', 'Ident', 'RefreshAuthMetadata'))).toMatch(/fits no parameter set/);
    expect(checkDomainCall(call('Remove-PartnerApplication', 'Identity', 'wi'))).toMatch(/fits no parameter set/);
    expect(checkDomainCall(call('Get-CsCertificate', 'type'))).toMatch(/fits no parameter set/);
    expect(checkDomainCall(call('Test-CsExStorageConnectivity', 'SipUri', 'HttpTimeout'))).toMatch(/-HttpTimeout, which does not exist/);
    expect(checkDomainCall(call('Test-CsExStorageConnectivity', 'SipUri', 'WebProxy'))).toMatch(/-WebProxy, which does not exist/);
    expect(checkDomainCall(call('Get-CsPartnerApplication', 'Identity', 'WhatIf'))).toMatch(/fits no parameter set/);
  });

  it('refuses a domain cmdlet the table does not list, and a misspelt name', () => {
    expect(isDomainCommand('Get-Recipient')).toBe(true);
    expect(checkDomainCall(call('Get-Recipient', 'Identity'))).toMatch(/does not list/);
    expect(checkDomainCall(call('get-partnerapplication'))).toMatch(/spelled Get-PartnerApplication/);
    expect(isDomainCommand('Write-Host')).toBe(false);
  });
});
