/**
 * The layering of the source design, checked by `npm run depcheck` (part of `npm test`):
 * the business knows nothing of AWS or of who calls it, and product code never reaches into
 * the local stand-ins.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles hide which layer depends on which.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-stays-pure',
      severity: 'error',
      comment: 'domain/ is the business: no AWS SDK, no adapters, no handlers, no local runtime.',
      from: { path: '^domain/' },
      to: { path: ['^node_modules/@aws-sdk/', '^node_modules/@aws-lambda-powertools/', '^infra/', '^lambdas/', '^local/', '^cdk/', '^api/', '^resolvers/'] },
    },
    {
      name: 'sdk-only-in-adapters',
      severity: 'error',
      comment: 'Only infra/ talks to AWS (local/ and cdk/ are tooling around the product).',
      from: { path: ['^lambdas/', '^resolvers/', '^api/', '^schema/'] },
      to: { path: '^node_modules/@aws-sdk/' },
    },
    {
      name: 'infra-serves-upward-only',
      severity: 'error',
      comment: 'Adapters implement domain ports; they never call handlers or tooling.',
      from: { path: '^infra/' },
      to: { path: ['^lambdas/', '^local/', '^cdk/', '^resolvers/'] },
    },
    {
      name: 'product-never-knows-local',
      severity: 'error',
      comment: 'No `if (local)`: product code cannot even import the local stack.',
      from: { path: ['^domain/', '^infra/', '^lambdas/', '^resolvers/', '^api/', '^cdk/'] },
      to: { path: '^local/' },
    },
    {
      name: 'resolvers-are-appsync-js',
      severity: 'error',
      comment: 'Resolvers run on APPSYNC_JS: they may import only AppSync utils, each other and generated types.',
      from: { path: '^resolvers/' },
      to: { pathNot: ['^resolvers/', '^node_modules/@aws-appsync/', '^schema/generated/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
