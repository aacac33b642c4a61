import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Node 20 is this project's floor for now; the AWS SDK's notice about it is known.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // One local stack for the whole project, started before the first test.
          globalSetup: ['tests/integration/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'cdk',
          include: ['tests/cdk/**/*.test.ts'],
          // Synthesizing bundles every Lambda with esbuild: seconds each, more on a busy machine.
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // The settings of the environment (TAKUHAI_E2E_ENV: local by default, or a stage's SSM
          // parameters), loaded once; locally it starts a stack when none runs (tests/e2e/README.md).
          globalSetup: ['tests/e2e/settings/global-setup.ts'],
          // A test's first use of a business fixture builds the chain before it (JIT, sign-up...).
          testTimeout: 60_000,
          // Each file builds its own chain and mostly waits on the stack: files in parallel.
          maxWorkers: 4,
          hookTimeout: 60_000,
          // Its own worker count needs its own group: it runs after the other projects.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
