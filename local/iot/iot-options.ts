import type { FaultConfig } from './control-plane/fault-injection';
import type { ThrottlingConfig } from './control-plane/throttling';
import type { KinesisEventSourceMapping } from './kinesis/event-source-mapping';
import type { IotAccount } from './registry/arns';
import type { TopicRule } from './rules/topic-rule';

/** How to start the local AWS IoT Core (see README.md). */
export interface IotOptions {
  /** Folder for the registry, the local CAs and the Kinesis data (`<stack home>/iot`). */
  readonly home: string;
  /** `ap-northeast-1` when absent. */
  readonly region?: string;
  /** `000000000000` when absent. */
  readonly accountId?: string;
  /** 0 (the default) picks a free port. */
  readonly ports?: { readonly controlPlane?: number; readonly mqtt?: number; readonly kinesis?: number };
  /** Topic rules (the CDK app's topic rules); none by default. */
  readonly rules?: readonly TopicRule[];
  /** Streams to create; those the rules and mappings name are created with one shard anyway. */
  readonly streams?: readonly { readonly name: string; readonly shardCount?: number }[];
  /** Kinesis → Lambda event source mappings. */
  readonly eventSourceMappings?: readonly KinesisEventSourceMapping[];
  /** Control-plane throttling at start (off by default); changeable at `POST /_local/config`. */
  readonly throttling?: ThrottlingConfig;
  /** Control-plane fault injection at start (none by default); changeable at `POST /_local/config`. */
  readonly faults?: FaultConfig;
  /** Refuse CONNECT unless the client id is a thing attached to the certificate (AWS does not). */
  readonly requireThingAttachment?: boolean;
  /** Delays of Lambda's async retries for rule Lambda actions (1 s and 2 s by default). */
  readonly lambdaRetryDelaysMs?: readonly number[];
  /** Structured log records; warnings and errors go to stderr when absent. */
  readonly log?: (record: Record<string, unknown>) => void;
}

/** A running local IoT: what clients need to reach it, and how to stop it. */
export interface RunningIot {
  /** Control plane URL: `new IoTClient({ endpoint })`, or `AWS_ENDPOINT_URL_IOT`. */
  readonly endpoint: string;
  /** `mqtts://127.0.0.1:<port>` */
  readonly mqttUrl: string;
  /** The id of the local maker CA, registered with auto-registration (JITR). */
  readonly caCertificateId: string;
  /** The local maker CA that signs device certificates. */
  readonly makerCa: { readonly certFile: string; readonly keyFile: string };
  /** The CA devices trust for the broker's TLS certificate (AWS's AmazonRootCA1 locally). */
  readonly rootCaFile: string;
  readonly kinesis: { readonly endpoint: string };
  readonly account: IotAccount;
  /** Resolves when the rule actions started so far have settled (for tests). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}
