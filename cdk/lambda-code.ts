import { execFileSync } from 'node:child_process';
import { AssetHashType, DockerImage, type ILocalBundling } from 'aws-cdk-lib';
import { Code } from 'aws-cdk-lib/aws-lambda';
import { fromRoot, ROOT } from './paths';

/**
 * A function's code: its entry bundled by `bundleLambda` (cdk/lambda-bundling.ts) at synth, on
 * this machine, as NodejsFunction does with esbuild's command line, which takes no plugins. The
 * asset is named by the bundle's hash, so a deploy updates exactly the functions whose bundle changed.
 */
export function lambdaCode(entry: string): Code {
  return Code.fromAsset(ROOT, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never pulled: local bundling always answers, or fails the synth with esbuild's error.
      image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs22.x'),
      local: new LocalLambdaBundling(entry),
    },
  });
}

/**
 * Bundles in a child process: CDK asks for a bundle synchronously, and esbuild runs plugins only
 * in its asynchronous API. CDK caches assets by their options: `entry`, a field, keeps each
 * function's bundle apart.
 */
class LocalLambdaBundling implements ILocalBundling {
  constructor(readonly entry: string) {}

  tryBundle(outputDir: string): boolean {
    execFileSync(process.execPath, ['--import', 'tsx', fromRoot('cdk', 'lambda-bundle-cli.ts'), this.entry, outputDir], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    return true;
  }
}
