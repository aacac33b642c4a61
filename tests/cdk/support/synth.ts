import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { TakuhaiStack } from '../../../cdk/takuhai.stack';

export const TEST_COMMIT = 'test-commit';

export interface SynthOptions {
  readonly resolversDir?: string;
  /** Bundle the Lambda functions with esbuild, as `cdk synth` does; off, their code is a placeholder. */
  readonly bundle?: boolean;
  /** The maker CA to register, as `-c makerCaCertificate` gives it. */
  readonly makerCaCertificatePem?: string;
  /** The account and region, as `cdk synth` gives them from the credentials; default none. */
  readonly env?: { readonly account?: string; readonly region?: string };
}

export interface Synthesized {
  readonly stack: TakuhaiStack;
  readonly template: Template;
  /** The cloud assembly directory, where bundled assets are. */
  readonly outdir: string;
}

function newApp(bundle: boolean): App {
  return new App({
    // The built-in CloudFormation validation costs about 4 s a process (a WASM rule engine);
    // `cdk synth` keeps running it, these assertions do not need it.
    builtinCloudFormationValidation: false,
    // An empty list of stacks to bundle is how `cdk` itself skips bundling.
    context: bundle ? {} : { 'aws:cdk:bundling-stacks': [] },
  });
}

/**
 * The whole stack of one stage. Bundling is what makes a synth cost seconds: synthesize once
 * per stage in `beforeAll`, and bundle only where the bundle itself is under test.
 */
export function synthStack(stage: string, { resolversDir, bundle = false, makerCaCertificatePem, env }: SynthOptions = {}): Synthesized {
  const app = newApp(bundle);
  const stack = new TakuhaiStack(app, `Takuhai-${stage}`, { stage, commitId: TEST_COMMIT, resolversDir, makerCaCertificatePem, env });
  const template = Template.fromStack(stack);
  return { stack, template, outdir: app.outdir };
}

/** A bare stack holding only what `build` adds: for constructs that need no Lambda bundle. */
export function synthConstruct(build: (stack: Stack) => void): Template {
  const stack = new Stack(newApp(false), 'Test');
  build(stack);
  return Template.fromStack(stack);
}

/** The logical id of the one resource of `type` whose properties match. */
export function logicalIdOf(template: Template, type: string, properties: Record<string, unknown>): string {
  const ids = Object.keys(template.findResources(type, { Properties: properties }));
  if (ids.length !== 1) throw new Error(`expected one ${type} matching ${JSON.stringify(properties)}, found ${ids.length}`);
  return ids[0] as string;
}

/** Every logical id a CloudFormation value points at through Ref or Fn::GetAtt. */
export function referencedIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencedIds);
  if (value === null || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  if (typeof object.Ref === 'string') return [object.Ref];
  const getAtt = object['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return [getAtt[0]];
  return Object.values(object).flatMap(referencedIds);
}
