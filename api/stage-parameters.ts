/**
 * The SSM Parameter Store contract of a deployed stage: every endpoint and name a client or the
 * end-to-end tests need, under `/<stage>/...` (the source design's shared settings). The CDK app
 * writes the `written` ones; the operator of a stage puts the `secrets` once by hand, as
 * SecureString parameters, because CloudFormation cannot create SecureStrings and the values
 * must never be in a template. Paths are relative to `/<stage>/`.
 */
export const STAGE_PARAMETERS = {
  written: {
    region: 'region',
    graphqlUrl: 'appsync/graphql-url',
    realtimeUrl: 'appsync/realtime-url',
    apiKey: 'appsync/api-key',
    userPoolId: 'cognito/user-pool-id',
    spaClientId: 'cognito/spa-client-id',
    mobileClientId: 'cognito/mobile-client-id',
    /** The IoT data endpoint (iot:Data-ATS) hubs connect to over MQTT. */
    iotEndpoint: 'iot/endpoint',
    /** The maker CA registered for just-in-time registration. */
    makerCaCertificateId: 'iot/maker-ca/certificate-id',
    makerCaCertificatePem: 'iot/maker-ca/certificate-pem',
  },
  secrets: {
    /** The maker CA's private key, to sign test hubs' certificates as the factory does. */
    makerCaPrivateKeyPem: 'iot/maker-ca/private-key-pem',
    /** An admin account for the end-to-end tests (created once with AdminCreateUser). */
    adminUsername: 'e2e/admin-username',
    adminPassword: 'e2e/admin-password',
  },
} as const;

export type WrittenParameter = keyof typeof STAGE_PARAMETERS.written;
export type SecretParameter = keyof typeof STAGE_PARAMETERS.secrets;

/** The full name of a stage parameter, e.g. `/dev/appsync/graphql-url`. */
export function stageParameterName(stage: string, relative: string): string {
  return `/${stage}/${relative}`;
}

/** The parameter of a table's name, e.g. `/dev/dynamodb/tables/devices`. */
export function tableParameter(tableKey: string): string {
  return `dynamodb/tables/${tableKey}`;
}
