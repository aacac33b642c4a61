import { describe, expect, it } from 'vitest';
import type { Task } from '../../../../domain/task/task.entity';
import { TaskRecorder } from '../../../../domain/task/task-recorder';
import { RecordingLog } from '../registration/fakes';

/** A recorder whose pushes wait until `release` is called, to see what waits for them. */
function subject() {
  const order: string[] = [];
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const recorder = new TaskRecorder({
    tasks: { save: async (task: Task) => void order.push(`saved ${task.status}`) },
    events: {
      published: async (task: Task) => {
        if (task.status === 'STARTED') await held;
        order.push(`pushed ${task.status}`);
      },
    },
    log: new RecordingLog(),
    newId: () => 'task-1',
  });
  return { recorder, order, release };
}

describe('TaskRecorder', () => {
  it('starts the work without waiting for the STARTED push, yet pushes FINISHED after it', async () => {
    // Prepare
    const { recorder, order, release } = subject();

    // Act
    const task = await recorder.start('REGISTER_NODES', { hubId: 'hub-1' });
    const startedBeforePush = [...order];
    const finishing = recorder.finish(task, 'FINISHED', 'done');
    await new Promise((resolve) => setTimeout(resolve, 10));
    const whileHeld = [...order];
    release();
    await finishing;

    // Assess
    expect(startedBeforePush).toEqual(['saved STARTED']);
    expect(whileHeld).toEqual(['saved STARTED', 'saved FINISHED']);
    expect(order).toEqual(['saved STARTED', 'saved FINISHED', 'pushed STARTED', 'pushed FINISHED']);
  });
});
