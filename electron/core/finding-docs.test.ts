/** The documentation links of the findings: only pages domain.md's sources table names, each for its own source key. */
import { readFileSync } from 'node:fs';
import { domainSourcePages } from '../../tests/helpers/domain-sources.js';
import { findingDocs, findingDocSources, isFindingDocUrl, microsoftDocs } from './finding-docs.js';
import { findingCatalogue } from './findings.js';

// A verbatim copy of shared/docs/domain.md (tests/fixtures/reference/README.md says how to refresh it).
const domain = readFileSync(new URL('../../tests/fixtures/reference/domain.md', import.meta.url), 'utf8');
const pages = domainSourcePages(domain);
const pagesOf = (key: string) => [...(pages.get(key) ?? [])];

describe('the pages domain.md §10 names, derived from its rows', () => {
  it('reads a repository and file at the commit the top of §10 gives, one page per key of a {A,B} path', () => {
    const cmdlets = 'https://github.com/MicrosoftDocs/office-docs-powershell/blob/93336da2bc/exchange/exchange-ps/ExchangePowerShell';
    expect(pagesOf('PS-NewPA')).toEqual([`${cmdlets}/New-PartnerApplication.md`]);
    expect(pagesOf('PS-RemPA')).toEqual([`${cmdlets}/Remove-PartnerApplication.md`]);
    // "same repo `…/Set-WebServicesVirtualDirectory.md`": the folder of the row above.
    expect(pagesOf('PS-SetWSVD')).toEqual([`${cmdlets}/Set-WebServicesVirtualDirectory.md`]);
    // A bare file name after a path of the same row is in that path's folder.
    expect(pagesOf('CSS-HC-Cert')).toEqual(['https://github.com/microsoft/CSS-Exchange/blob/f88378b1e/docs/Diagnostics/HealthChecker/CertificateCheck.md']);
  });

  it('takes the commit a row gives, else that of the nearest row above in the same repository', () => {
    const skype = 'https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob';
    expect(pagesOf('SfB-ConfigPA')).toEqual([`${skype}/ba91f1bb/Skype/SfbServer/deploy/integrate-with-exchange-server/configure-partner-applications.md`]);
    expect(pagesOf('SfB-Integrate')).toEqual([`${skype}/ba91f1bb/Skype/SfbServer/deploy/integrate-with-exchange-server/integrate-with-exchange-server.md`]);
    expect(pagesOf('SfB-Plan')).toEqual([`${skype}/69362e3a/Skype/SfbServer/plan-your-deployment/integrate-with-exchange/integrate-with-exchange.md`]);
    expect(pagesOf('SfB-Stage')).toEqual([`${skype}/69362e3a/Skype/SfbServer/manage/authentication/stage-av-and-oauth-certificates.md`]);
    // `…/integrate-with-exchange-server/…` is under that folder of an earlier row, not the row above's folder.
    expect(pagesOf('SfB-UCS')).toEqual([`${skype}/69362e3a/Skype/SfbServer/deploy/integrate-with-exchange-server/use-the-unified-contact-store.md`]);
  });

  it('keeps the URLs rows print, and gives no page where the row names no Microsoft repository or an unknown folder', () => {
    expect(pagesOf('EX-Maintain')).toEqual(['https://learn.microsoft.com/Exchange/plan-and-deploy/integration-with-sharepoint-and-skype/maintain-oauth-certificate']);
    // Also in a contributor's fork (v-hearya/…), which is not Microsoft's.
    expect(pagesOf('Lync13-TestExStor')).toEqual([]);
    expect(pagesOf('OJS-Validate')).toEqual([]);
    // `…/DataCollection/…`: no earlier path of the repository has that folder.
    expect(pagesOf('CSS-MEAC-status')).toEqual([]);
  });

  it('allows no other commit, path, repository or key', () => {
    const setPa = microsoftDocs['PS-SetPA'];
    for (const other of [
      setPa.replace('93336da2bc', '93336da2bd'),
      setPa.replace('/blob/93336da2bc/', '/blob/main/'),
      setPa.replace('Set-PartnerApplication', 'Set-PartnerApplications'),
      setPa.replace('MicrosoftDocs/', 'viralnaik77/'),
      microsoftDocs['PS-NewPA'],
    ]) {
      expect(pagesOf('PS-SetPA')).not.toContain(other);
    }
  });
});

describe('the Microsoft documentation of the findings', () => {
  it.each(Object.entries(microsoftDocs))('%s is a page the row of that source key in domain.md §10 names', (key, url) => {
    expect(new URL(url).protocol).toBe('https:');
    expect(pagesOf(key), `the pages of ${key} in domain.md §10`).toContain(url);
  });

  it('links only to Microsoft Learn and Microsoft’s repositories on GitHub', () => {
    for (const url of Object.values(microsoftDocs)) {
      const { host, pathname } = new URL(url);
      expect(host === 'learn.microsoft.com' || (host === 'github.com' && /^\/(?:MicrosoftDocs\/|microsoft\/CSS-Exchange\/)/.test(pathname)), url).toBe(true);
    }
  });

  it('maps only ids of the catalogue, each to a page, and lists no page no finding links to', () => {
    for (const [id, source] of Object.entries(findingDocSources)) {
      expect(Object.hasOwn(findingCatalogue, id), id).toBe(true);
      expect(findingDocs()[id as keyof typeof findingCatalogue]).toEqual({ source, url: microsoftDocs[source as keyof typeof microsoftDocs] });
    }
    expect(Object.keys(microsoftDocs).filter((source) => !Object.values(findingDocSources).includes(source as keyof typeof microsoftDocs))).toEqual([]);
  });

  it('leaves only these ids without a page, each for its reason', () => {
    const withoutPage: Record<string, string> = {
      'project.required': "an empty field of the wizard's form: no Microsoft page is about it",
      'project.invalid-fqdn': 'the syntax of a DNS name: no page of §10 is about it',
      'cert.unreadable': 'a file this tool cannot parse: a matter of the file, not of Lync or Exchange',
      'cert.password-required': 'the PFX password this tool needs to open the file',
      'cert.password-wrong': 'the PFX password this tool needs to open the file',
      'cert.unsupported-algorithm': "this tool's own limit (EC keys), not a product requirement",
      'cert.hostname-mismatch': 'the names in the endpoints’ TLS certificates: domain.md §3.3 infers them, no page of §10 states them',
      'cert.no-server-auth': 'the EKU of the endpoints’ TLS certificates: no page of §10 states it (§9 lists EKU as unconfirmed)',
      'cert.ca-unreadable': "a CA file of the project's trust list that this tool cannot read",
      'metadata.key-not-compared': 'the project gives no certificate to compare with: nothing for the servers to change',
      'metadata.not-checked': 'offline without a saved copy: the check did not run',
      'diag.success': 'the test passed: nothing to fix or look up',
    };
    const unlinked = Object.keys(findingCatalogue).filter((id) => !Object.hasOwn(findingDocSources, id));
    expect(unlinked.sort()).toEqual(Object.keys(withoutPage).sort());
  });

  it('accepts exactly the linked URLs for opening', () => {
    expect(isFindingDocUrl(microsoftDocs['EX-Maintain'])).toBe(true);
    expect(isFindingDocUrl(microsoftDocs['SfB-AssignCert'])).toBe(true);
    expect(isFindingDocUrl('https://learn.microsoft.com/Exchange/plan-and-deploy/integration-with-sharepoint-and-skype/maintain-oauth-certificate/')).toBe(false);
    expect(isFindingDocUrl('http://learn.microsoft.com/Exchange/plan-and-deploy/integration-with-sharepoint-and-skype/maintain-oauth-certificate')).toBe(false);
    expect(isFindingDocUrl(microsoftDocs['SfB-AssignCert'].replace('69362e3a', 'main'))).toBe(false);
    // A page §10 names, but no finding links to.
    expect(isFindingDocUrl(pagesOf('PS-GetCsOAuth')[0]!)).toBe(false);
    expect(isFindingDocUrl('https://digitalbamboo.wordpress.com/2016/06/21/oauth-for-lync-and-exchange-special-considerations/')).toBe(false);
    expect(isFindingDocUrl('file:///etc/passwd')).toBe(false);
  });
});
