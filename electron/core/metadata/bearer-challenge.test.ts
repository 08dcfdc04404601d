import { parseBearerChallenge } from './bearer-challenge.js';

describe('parseBearerChallenge', () => {
  it('reads the real on-premises capture of domain.md §2.3', () => {
    const header =
      'Bearer client_id="00000002-0000-0ff1-ce00-000000000000", trusted_issuers="00000004-0000-0ff1-ce00-000000000000@contoso.com", token_types="app_asserted_user_v1 service_asserted_app_v1", error="invalid_token"';
    expect(parseBearerChallenge([header])).toEqual({
      params: {
        client_id: '00000002-0000-0ff1-ce00-000000000000',
        trusted_issuers: '00000004-0000-0ff1-ce00-000000000000@contoso.com',
        token_types: 'app_asserted_user_v1 service_asserted_app_v1',
        error: 'invalid_token',
      },
      trustedIssuers: ['00000004-0000-0ff1-ce00-000000000000@contoso.com'],
    });
  });

  it('finds Bearer among other challenges and headers, splits several issuers, and unescapes quoted values', () => {
    const challenge = parseBearerChallenge([
      'Negotiate',
      'NTLM',
      'Basic realm="x", Bearer Client_ID=abc, trusted_issuers="00000001-0000-0000-c000-000000000000@9188040d-6c67-4c5b-b112-36a304b66dad, 00000004-0000-0ff1-ce00-000000000000@litwareinc.com", note="a \\"quoted\\" word"',
    ]);
    expect(challenge?.params.client_id).toBe('abc');
    expect(challenge?.params.note).toBe('a "quoted" word');
    expect(challenge?.trustedIssuers).toEqual(['00000001-0000-0000-c000-000000000000@9188040d-6c67-4c5b-b112-36a304b66dad', '00000004-0000-0ff1-ce00-000000000000@litwareinc.com']);
  });

  it('steps over a token68 credential and returns null without a Bearer challenge', () => {
    expect(parseBearerChallenge(['Negotiate oYGCMIGfoAMKAQ==, Bearer trusted_issuers="a@b"'])?.trustedIssuers).toEqual(['a@b']);
    expect(parseBearerChallenge(['Negotiate', 'NTLM'])).toBeNull();
    expect(parseBearerChallenge([])).toBeNull();
  });
});
