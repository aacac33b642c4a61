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
    ],
  },
});
