import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the local stack keeps its data: `TAKUHAI_HOME`, else `.takuhai/` in the working folder. */
export interface StackHome {
  readonly root: string;
  readonly dynamodb: string;
  readonly cognito: string;
  readonly logs: string;
  /** The local IoT's registry, CAs and Kinesis data. */
  readonly iot: string;
  readonly state: string;
  readonly outputs: string;
}

export function stackHome(root = process.env.TAKUHAI_HOME ?? '.takuhai'): StackHome {
  const base = resolve(root);
  const home = {
    root: base,
    dynamodb: join(base, 'dynamodb'),
    cognito: join(base, 'cognito'),
    logs: join(base, 'logs'),
    iot: join(base, 'iot'),
    state: join(base, 'state.json'),
    outputs: join(base, 'outputs.json'),
  };
  for (const dir of [home.root, home.dynamodb, home.cognito, home.logs, home.iot]) mkdirSync(dir, { recursive: true });
  return home;
}
