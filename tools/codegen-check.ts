/**
 * Fails when the generated types are stale: regenerates them in memory from codegen.yml and
 * compares with what is committed. Run by `npm test`; fix with `npm run codegen`.
 */
import { readFile } from 'node:fs/promises';
import { generate, loadContext } from '@graphql-codegen/cli';

const context = await loadContext('codegen.yml');
context.updateConfig({ silent: true });
const outputs = await generate(context, false);
const stale: string[] = [];
for (const output of outputs) {
  const committed = await readFile(output.filename, 'utf8').catch(() => '');
  if (committed !== output.content) stale.push(output.filename);
}
if (stale.length > 0) {
  console.error(`Generated files are stale: ${stale.join(', ')}. Run \`npm run codegen\` and commit.`);
  process.exit(1);
}
console.log(`codegen: ${outputs.length} generated file(s) up to date`);
