/** `tsx cdk/lambda-bundle-cli.ts <entry> <outdir>`: one function's bundle, for the CDK app's local bundling (cdk/lambda-code.ts). */
import { bundleLambda } from './lambda-bundling';

const [entry, outdir] = process.argv.slice(2);
if (!entry || !outdir) throw new Error('usage: tsx cdk/lambda-bundle-cli.ts <entry> <outdir>');
await bundleLambda(entry, outdir);
