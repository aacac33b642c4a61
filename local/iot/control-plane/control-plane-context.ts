import type { IotAccount, IotArns } from '../registry/arns';
import type { RegistryStore } from '../registry/registry-store';
import type { Issuer } from '../pki/issue-certificate';

/** What the operations share: the registry, the account's ARNs, a clock and the service CA. */
export interface ControlPlaneContext {
  readonly store: RegistryStore;
  readonly account: IotAccount;
  readonly arns: IotArns;
  /** Now, in epoch seconds (REST-JSON's timestamp form). */
  readonly now: () => number;
  /** Signs the certificates CreateKeysAndCertificate makes, as Amazon's CA does on AWS. */
  readonly serviceCa: Issuer;
  /** The address DescribeEndpoint answers for `iot:Data-ATS`. */
  readonly dataEndpoint: () => string;
}
