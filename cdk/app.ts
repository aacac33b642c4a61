/**
 * The CDK app: `npx cdk synth -c stage=<name>` (default `dev`) gives the stack `Takuhai-<name>`.
 */
import { execFileSync } from 'node:child_process';
import { App } from 'aws-cdk-lib';
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
new TakuhaiStack(app, `Takuhai-${stage}`, {
  stage,
  commitId: commitId(),
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
app.synth();
