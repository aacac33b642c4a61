/**
 * The CDK app: `npx cdk synth -c stage=<name>` (default `dev`) gives the stack `Takuhai-<name>`;
 * `-c makerCaCertificate=<path>` registers the maker CA (PEM) for just-in-time registration.
 * cdk-nag's AwsSolutions rules run on every synth (a CDK policy validation plugin): any finding
 * not acknowledged in cdk/nag-suppressions.ts fails `cdk synth` and `cdk deploy` before anything
 * reaches AWS.
 */
import { execFileSync } from 'node:child_process';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readMakerCaCertificate } from './maker-ca';
import { ROOT } from './paths';
import { stageName } from './stage';
import { TakuhaiStack } from './takuhai.stack';

/** The checked-out commit, so each log record tells which version ran. */
function commitId(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // No git, or a repository without commits yet: deployable all the same.
    return 'unknown';
  }
}

const app = new App();
const stage = stageName(app.node.tryGetContext('stage'));
const makerCaFile: unknown = app.node.tryGetContext('makerCaCertificate');
new TakuhaiStack(app, `Takuhai-${stage}`, {
  stage,
  commitId: commitId(),
  makerCaCertificatePem: typeof makerCaFile === 'string' && makerCaFile !== '' ? readMakerCaCertificate(makerCaFile) : undefined,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
app.synth();
