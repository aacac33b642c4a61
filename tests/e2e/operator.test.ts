import { call } from './clients/api';
import { operatorLogs } from './clients/logs-cli';
import { describe, expect, test } from './e2e-test';

const TASK = 'query ($t: ID!) { task(taskId: $t) { taskId kind status hubId reason items { deviceId outcome } } }';

describe('the operator follows a registration', () => {
  test('sees the registration task, its boxes and its outcome', async ({ settings, operator, registeredBoxes }) => {
    // Act
    const seen = await call<{ task: { taskId: string; kind: string; status: string; hubId: string; items: { deviceId: string; outcome: string }[] } }>(settings, operator, TASK, {
      t: registeredBoxes.task.taskId,
    });
    const hubTasks = await call<{ tasks: { items: { taskId: string; kind: string }[] } }>(settings, operator, 'query ($h: ID) { tasks(hubId: $h) { items { taskId kind status } } }', {
      h: registeredBoxes.hubId,
    });

    // Assess
    expect(seen.task).toMatchObject({ taskId: registeredBoxes.task.taskId, kind: 'REGISTER_NODES', status: 'FINISHED', hubId: registeredBoxes.hubId });
    expect(seen.task.items.map((item) => item.deviceId).sort()).toEqual([...registeredBoxes.boxes].sort());
    expect(hubTasks.tasks.items.map((task) => task.kind)).toEqual(expect.arrayContaining(['REGISTER_HUB', 'REGISTER_NODES']));
  });

  test('follows the task and the hub in the logs with `npm run logs`', async ({ settings, registeredBoxes, skip }) => {
    // `npm run logs` reads the local stack's log files; a stage's records are in Athena.
    if (!settings.local) return skip(`npm run logs reads the local stack's files; stage ${settings.env}'s records are in Athena (named queries)`);
    // Act
    const [taskSteps, hubRecords] = await Promise.all([operatorLogs(settings.local, '--task', registeredBoxes.task.taskId), operatorLogs(settings.local, '--device', registeredBoxes.hubId)]);

    // Assess
    expect(taskSteps.map((record) => record['log_event'])).toEqual(expect.arrayContaining(['task_started', 'node_registered', 'task_finished']));
    expect(taskSteps.every((record) => record['task_uuid'] === registeredBoxes.task.taskId)).toBe(true);
    const hubEvents = hubRecords.map((record) => record['log_event']);
    expect(hubEvents).toEqual(expect.arrayContaining(['hub_registered']));
    expect(hubRecords.every((record) => record['device_id'] === registeredBoxes.hubId)).toBe(true);
  });
});
