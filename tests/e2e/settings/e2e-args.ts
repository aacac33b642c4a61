/** `npm run test:e2e -- [--env <local|stage>] [vitest options...]`, split for the wrapper. */
export function parseE2eArgs(argv: readonly string[]): { env: string; vitestArgs: string[] } {
  let env = 'local';
  const vitestArgs: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--env') {
      const value = argv[++index];
      if (!value || value.startsWith('-')) throw new Error('--env takes an environment: local, or a stage name (dev, prod...)');
      env = value;
    } else if (arg.startsWith('--env=')) {
      env = arg.slice('--env='.length);
    } else {
      vitestArgs.push(arg);
    }
  }
  if (!/^[A-Za-z0-9_.-]+$/.test(env)) throw new Error(`--env ${env}: a stage name is letters, digits, ".", "_" or "-"`);
  return { env, vitestArgs };
}
