/**
 * The signing certificates each side actually uses, by thumbprint, for the metadata cross-check: each side's
 * metadata document should publish these keys (domain.md §1.4: compare the metadata x5t with
 * `(Get-AuthConfig).CurrentCertificateThumbprint` / `NextCertificateThumbprint` and with
 * `(Get-CsCertificate -Type OAuthTokenIssuer).Thumbprint`).
 */
import type { ExchangeState, LyncState } from './state-format.js';

export interface StateThumbprints {
  /** Null when no Exchange state was imported. */
  exchange: { current: string | null; next: string | null } | null;
  /** Every OAuthTokenIssuer certificate Lync holds (current, and during a roll the staged or previous one); null when no Lync state was imported. */
  lync: string[] | null;
}

export function thumbprintsInUse(exchange: ExchangeState | null, lync: LyncState | null): StateThumbprints {
  return {
    exchange: exchange === null ? null : { current: exchange.authConfig.currentCertificateThumbprint, next: exchange.authConfig.nextCertificateThumbprint },
    lync: lync === null ? null : [...new Set(lync.oauthTokenIssuer.map((cert) => cert.thumbprint))],
  };
}
