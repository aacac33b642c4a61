import { Token, Validations, type CfnResource, type Stack } from 'aws-cdk-lib';
import { CfnTable } from 'aws-cdk-lib/aws-dynamodb';
import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';

/**
 * The cdk-nag AwsSolutions findings this stack accepts, each with its reason: everything else
 * is fixed in the constructs (and a new finding fails `cdk synth` and tests/cdk/nag.test.ts).
 * Acknowledgements name the construct and, for wildcard findings (IAM4, IAM5), the exact
 * policy or resource pattern, so that a new wildcard elsewhere is still reported.
 */
export function suppressNagFindings(stack: Stack): void {
  acceptUserPool(stack);
  acceptGrantWildcards(stack);
  acceptFunctionRuntime(stack);
  acceptCdkProviders(stack);
  acceptLogPipeline(stack);
  acceptApiLogging(stack);
  acknowledge(child(stack, 'Events/IngestFailures'), 'AwsSolutions-SQS3', 'This queue is the on-failure destination of the Kinesis event source mapping (a dead-letter queue in all but name); it holds batch coordinates for an operator to replay, nothing consumes it that could fail.');
}

function acknowledge(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}

/** A construct by its path under `scope`; a rename fails the synth here, not silently. */
function child(scope: IConstruct, path: string): IConstruct {
  const construct = path.split('/').reduce<IConstruct | undefined>((parent, id) => parent?.node.tryFindChild(id), scope);
  return construct ?? fail(`no construct ${scope.node.path}/${path}`);
}

/** `<LogicalId.Arn>`, as cdk-nag writes a resource reference in a finding id. */
function arnOf(stack: Stack, resource: CfnResource): string {
  return `<${stack.resolve(resource.logicalId) as string}.Arn>`;
}

function resourcesOf<T extends CfnResource>(scope: IConstruct, type: abstract new (...args: never[]) => T): T[] {
  return scope.node.findAll().filter((construct): construct is T => construct instanceof type);
}

function acceptUserPool(stack: Stack): void {
  const pool = child(stack, 'Auth/UserPool');
  acknowledge(pool, 'AwsSolutions-COG2', 'The SPA and mobile sign-in flows (SRP, and password for the end-to-end tests) have no MFA step yet: requiring MFA would lock every user out. Tokens are short-lived (api/token-lifetimes.ts); MFA for workers is a follow-up.');
  acknowledge(pool, 'AwsSolutions-COG8', 'The Essentials feature plan: the Plus plan (threat protection) is billed per active user, and the open-source default must run at small-fleet cost; an operator can raise the plan per stage.');
}

/**
 * CDK's own grants name sub-resources with a wildcard: a table's indexes (`<table>/index/*`)
 * and a function's versions and aliases (`<function>:*`, AppSync data sources' invoke grant).
 */
function acceptGrantWildcards(stack: Stack): void {
  for (const table of resourcesOf(stack, CfnTable)) {
    acknowledge(stack, `AwsSolutions-IAM5[Resource::${arnOf(stack, table)}/index/*]`, `Reading a table includes querying its global secondary indexes (infra/tables.ts), whose ARNs are the table's followed by /index/<name>: CDK's table grant.`);
  }
  const functions = child(stack, 'Functions');
  for (const fn of resourcesOf(functions, CfnFunction)) {
    acknowledge(stack, `AwsSolutions-IAM5[Resource::${arnOf(stack, fn)}:*]`, 'AppSync invokes the function by its ARN; `:*` adds its versions and aliases only (CDK grantInvoke), never another function.');
  }
  // As cdk-nag writes them: the stack's region and account, or pseudo parameters when unknown.
  const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
  const account = Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account;
  acknowledge(functions, `AwsSolutions-IAM5[Resource::arn:aws:cognito-idp:${region}:${account}:userpool/*]`, "The user pool names this function as its trigger, so the function's grant cannot name the pool back (a deployment cycle): the account's pools in this region, as AWS's guide for Cognito triggers does.");
  for (const resource of ['thing/*', 'thinggroup/*', 'cert/*']) {
    acknowledge(functions, `AwsSolutions-IAM5[Resource::arn:aws:iot:${region}:${account}:${resource}]`, 'Hubs, boxes, groups and certificates are registered at run time under device ids and certificate ids nobody knows at deploy; the actions are only those api/manifest.ts lists per function.');
  }
}

function acceptFunctionRuntime(stack: Stack): void {
  acknowledge(child(stack, 'Functions'), 'AwsSolutions-L1', 'Node.js 22 is the runtime issue 9 fixes for the functions (bundles built with target node22); moving to a newer runtime is its own change, to be measured with npm run bench:bundles.');
}

/** Lambda functions CDK itself adds: the log retention setter and the IoT endpoint lookup. */
function acceptCdkProviders(stack: Stack): void {
  const providers = stack.node.children.filter((construct) => /^(LogRetention|AWS679f53fac002430cb0da5b7982bd2287)/.test(construct.node.id));
  for (const provider of providers) {
    acknowledge(provider, 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', "A CDK-provided singleton function (log retention, AwsCustomResource) that runs only during deployments; its role is CDK's, with CloudWatch Logs' basic policy.");
  }
  const logRetention = providers.find((construct) => construct.node.id.startsWith('LogRetention'));
  if (logRetention) {
    acknowledge(logRetention, 'AwsSolutions-IAM5[Resource::*]', "CDK's log retention function sets the retention of log groups AWS creates on first write (AppSync's), whose names it learns at deploy.");
  }
  acknowledge(child(stack, 'Parameters/IotDataEndpoint'), 'AwsSolutions-IAM5[Resource::*]', 'iot:DescribeEndpoint has no resource type: IAM accepts it on * only. The policy allows that one action.');
}

function acceptLogPipeline(stack: Stack): void {
  const observability = child(stack, 'Observability');
  acknowledge(child(observability, 'LogBucket'), 'AwsSolutions-S1', 'The bucket is itself the log archive, written only by Firehose\'s role; access logs would need a second bucket for records nobody reads. CloudTrail data events are the audit route if a stage needs one.');
  acknowledge(child(observability, 'Delivery'), 'AwsSolutions-KDF1', 'Firehose server-side encryption applies to Direct PUT sources only; this stream reads from a Kinesis stream encrypted with KMS (StreamEncryption.MANAGED), and writes to an SSE-S3 bucket.');
  const bucket = (child(observability, 'LogBucket').node.defaultChild as CfnResource | undefined) ?? fail('no log bucket resource');
  for (const prefix of ['application', 'errors']) {
    acknowledge(child(observability, 'DeliveryRole'), `AwsSolutions-IAM5[Resource::${arnOf(stack, bucket)}/${prefix}/*]`, `Firehose names the objects it writes under ${prefix}/ by day and batch at delivery time; the role reaches that folder only.`);
  }
}

function acceptApiLogging(stack: Stack): void {
  acknowledge(child(stack, 'Api/GraphqlApi'), 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSAppSyncPushToCloudWatchLogs]', "AppSync's logging role as CDK makes it: the managed policy AWS maintains for AppSync to write its own log groups (/aws/appsync/apis/...).");
}

function fail(message: string): never {
  throw new Error(`nag suppressions: ${message}`);
}
