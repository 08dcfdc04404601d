/** The Topology fields held as text: required ones are '' when empty, optional ones null. */
export type RequiredTextField = 'sipDomain' | 'lyncPoolFqdn' | 'exchangeAutodiscoverFqdn' | 'testUserSipUri';
export type OptionalTextField = 'realm' | 'exchangeInstallPath' | 'lyncMetadataUrl' | 'exchangeMetadataUrl' | 'exchangeEwsUrl';
export type TextFieldName = RequiredTextField | OptionalTextField;
