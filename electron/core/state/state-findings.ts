/** Finding ids raised by the checks of imported server state (check-exchange-state.ts, check-lync-state.ts). */
export const stateFindings = {
  'state.duplicate-lync-partner-applications': 'Exchange holds more than one LyncEnterprise partner application',
  'state.no-enabled-lync-partner': 'Exchange has no enabled Lync partner application',
  'state.auth-certificate-missing': 'The Exchange Auth certificate is missing',
  'state.auth-certificate-expired': 'The Exchange Auth certificate has expired',
  'state.auth-certificate-expires-soon': 'The Exchange Auth certificate expires soon',
  'state.auth-certificate-next-staged': 'A next Exchange Auth certificate is staged',
  'state.oauth-disabled': 'OAuth authentication is off on an EWS or Autodiscover virtual directory',
  'state.wildcard-accepted-domain': 'Exchange has a wildcard accepted domain',
  'state.autodiscover-internal-uri-missing': 'AutoDiscoverServiceInternalUri is not set',
  'state.oauth-token-issuer-missing': 'Lync has no OAuthTokenIssuer certificate',
  'state.oauth-token-issuer-expired': "Lync's OAuthTokenIssuer certificate is not valid now",
  'state.no-exchange-partner': 'Lync has no partner application for Exchange',
  'state.exchange-partner-wrong-id': "Lync's Exchange partner application has the wrong application id",
  'state.autodiscover-url-unset': "Lync's ExchangeAutodiscoverUrl is not set",
  'state.autodiscover-url-xml': "Lync's ExchangeAutodiscoverUrl ends in .xml",
} as const satisfies Record<string, string>;
