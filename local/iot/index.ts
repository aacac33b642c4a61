/** The local AWS IoT Core: see README.md. */
export { startIot } from './start-iot';
export type { IotOptions, RunningIot } from './iot-options';
export type { TopicRule, RuleAction, RuleFunction, RuleErrorMessage } from './rules/topic-rule';
export type { KinesisEventSourceMapping, KinesisFailureRecord } from './kinesis/event-source-mapping';
export type { LambdaHandler, LocalFunction } from './lambda/lambda-handler';
export type { ThrottlingConfig } from './control-plane/throttling';
export type { FaultConfig } from './control-plane/fault-injection';
export type { ControlPlaneSettings } from './control-plane/admin-route';
