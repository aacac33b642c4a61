/**
 * Everything the end-to-end tests need to reach one environment, from one place: the local
 * stack's `outputs.json` (`--env local`) or a stage's SSM parameters (`--env <stage>`). Plain
 * data, so the global setup loads it once and hands it to every test file.
 */
export interface E2eSettings {
  /** `local`, or the stage's name. */
  readonly env: string;
  readonly region: string;
  readonly graphqlUrl: string;
  readonly realtimeUrl: string;
  /** The CA the API's TLS certificate chains to when it is not a public one (the local stack's). */
  readonly apiCaPem?: string;
  readonly cognito: {
    /** A custom endpoint (cognito-local); AWS's regional one when absent. */
    readonly endpoint?: string;
    readonly userPoolId: string;
    /** The SPA's app client: workers (admin, operator) sign in through it. */
    readonly spaClientId: string;
    /** The mobile app's client: residents sign up and sign in through it. */
    readonly mobileClientId: string;
  };
  /** The account the tests act as an admin with. */
  readonly admin: { readonly username: string; readonly password: string };
  readonly iot: {
    /** `mqtts://host:port` hubs connect to. */
    readonly mqttUrl: string;
    /** The CA the broker's certificate chains to when it is not a public one (locally). */
    readonly brokerCaPem?: string;
    /** The control plane (DescribeCertificate...): a custom endpoint locally, AWS's otherwise. */
    readonly controlEndpoint?: string;
    /** The maker CA, to sign test hubs' certificates as the factory does. */
    readonly makerCa: { readonly certificatePem: string; readonly privateKeyPem: string };
  };
  /** Fixed AWS keys (the local stack's); absent on a stage, where the default chain answers. */
  readonly awsCredentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
  /** What only the local stack offers; scenarios that need it skip on a stage. */
  readonly local?: LocalAbilities;
}

export interface LocalAbilities {
  /** The stack's data folder (TAKUHAI_HOME): cognito-local's log there is the residents' inbox. */
  readonly home: string;
  /** Where the functions' log records are filed (`npm run logs -- --dir`). */
  readonly logsDir: string;
  /** The local IoT control plane's run-time settings (`/_local/config`): fault injection. */
  readonly iotConfigUrl: string;
}

/** The environment a run targets: TAKUHAI_E2E_ENV (set by `npm run test:e2e -- --env <stage>`). */
export function e2eEnvironment(env: NodeJS.ProcessEnv = process.env): string {
  return env['TAKUHAI_E2E_ENV']?.trim() || 'local';
}
