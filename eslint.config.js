// Lint for the whole repository; `npm run lint` allows no warnings.
import appsync from '@aws-appsync/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', '.takuhai/', 'schema/generated/', 'coverage/', '.scratch*/', '.bench-bundles-*/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Resolvers run on APPSYNC_JS, a JavaScript subset: the plugin refuses what AppSync refuses.
  {
    files: ['resolvers/**/*.ts'],
    ...appsync.configs.recommended,
  },
  // Separate object: in the same one, the recommended languageOptions would replace this.
  {
    files: ['resolvers/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
);
