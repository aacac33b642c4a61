import { describe, expect, it } from 'vitest';
import { parseE2eArgs } from '../../e2e/settings/e2e-args';

describe('parseE2eArgs (npm run test:e2e)', () => {
  it('takes the environment from --env and hands every other argument to vitest', () => {
    // Act
    const spaced = parseE2eArgs(['--env', 'dev', 'registration', '--reporter', 'verbose']);
    const joined = parseE2eArgs(['--env=prod']);

    // Assess
    expect(spaced).toEqual({ env: 'dev', vitestArgs: ['registration', '--reporter', 'verbose'] });
    expect(joined).toEqual({ env: 'prod', vitestArgs: [] });
  });

  it('targets the local stack when no --env is given', () => {
    // Assess
    expect(parseE2eArgs(['-t', 'partner'])).toEqual({ env: 'local', vitestArgs: ['-t', 'partner'] });
  });

  it('refuses --env without a value and a name that is no stage name', () => {
    // Assess
    expect(() => parseE2eArgs(['--env'])).toThrow('--env takes an environment');
    expect(() => parseE2eArgs(['--env', '--bail'])).toThrow('--env takes an environment');
    expect(() => parseE2eArgs(['--env=../x'])).toThrow('a stage name is');
  });
});
