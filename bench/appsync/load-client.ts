/**
 * The benchmark's load process (forked by `bench/appsync.ts`): it runs one task at a time and
 * answers over IPC, so the load is generated outside the process that serves it.
 */
import { runFanOut } from './fan-out-load';
import { runHttpLoad } from './http-load';
import type { LoadResult, LoadTask } from './load-messages';

process.on('message', (task: LoadTask) => {
  const run: Promise<LoadResult> = task.kind === 'http' ? runHttpLoad(task) : runFanOut(task);
  run.then(
    (result) => process.send?.({ ok: true, result }),
    (error: unknown) => process.send?.({ ok: false, error: String((error as Error)?.stack ?? error) }),
  );
});
