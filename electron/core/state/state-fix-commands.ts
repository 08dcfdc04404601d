/**
 * Fix commands the state checks share (domain.md §3.2, §6). Values from a state file are written with
 * psText (quotes doubled, anything unprintable as base64): a server's answer is data, never code.
 */
import type { DiagnoseContext } from '../diagnose/diagnose-context.js';
import { msg } from '../message-catalogue.js';
import type { Message } from '../messages.js';
import { psText, quotePs } from '../powershell/quote.js';

export const exchangeMetadataUrlLiteral = (values: DiagnoseContext) =>
  values.exchangeMetadataUrl === null ? "'https://<Autodiscover FQDN>/autodiscover/metadata/json/1'" : quotePs(values.exchangeMetadataUrl);

/** After Exchange's Auth certificate changes, Lync must read Exchange's metadata again to trust the new key. */
export function lyncRereadsExchangeMetadata(values: DiagnoseContext): Message {
  return msg('state.fix.lync-rereads', { command: `Set-CsPartnerApplication -Identity Exchange -MetadataUrl ${exchangeMetadataUrlLiteral(values)}` });
}

/** Command lines, one under the other. */
export function commandLines(commands: readonly string[]): { list: readonly string[]; separator: string } {
  return { list: commands, separator: '\n' };
}

const newAuthCertificate =
  "New-ExchangeCertificate -KeySize 2048 -PrivateKeyExportable $true -SubjectName 'cn=Microsoft Exchange Server Auth Certificate' -FriendlyName 'Microsoft Exchange Server Auth Certificate' -DomainName @()";

/** The replacement of an expired or missing Auth certificate (domain.md §3.2, [SUP-OWA]). */
export function replaceAuthCertificateNow(values: DiagnoseContext): Message {
  return msg('state.fix.replace-auth-certificate', {
    commands: commandLines([
      newAuthCertificate,
      "Set-AuthConfig -NewCertificateThumbprint '<thumbprint of the new certificate>' -NewCertificateEffectiveDate (Get-Date)",
      'Set-AuthConfig -PublishCertificate',
      'Set-AuthConfig -ClearPreviousCertificate',
      'Restart-Service MSExchangeServiceHost',
      ...iisresetEach(values),
    ]),
    monitorCommand: '.\\MonitorExchangeAuthCertificate.ps1 -ValidateAndRenewAuthCertificate $true',
    lyncRereads: lyncRereadsExchangeMetadata(values),
  });
}

/** The planned rotation: a next certificate staged at least 48 hours ahead (community guidance, [Reddit-48h]). */
export function stageNextAuthCertificate(values: DiagnoseContext): Message {
  return msg('state.fix.stage-auth-certificate', {
    commands: commandLines([newAuthCertificate, "Set-AuthConfig -NewCertificateThumbprint '<thumbprint of the new certificate>' -NewCertificateEffectiveDate (Get-Date).AddDays(2)"]),
    lyncRereads: lyncRereadsExchangeMetadata(values),
  });
}

export function iisresetEach(values: DiagnoseContext, servers: readonly string[] = values.exchangeServers): string[] {
  return servers.length === 0 ? ["iisreset '<each Exchange server>'"] : servers.map((server) => `iisreset ${psText(server)}`);
}
