import type { FactoryDevice } from './factory-file';

export interface ImportSummary {
  created: number;
  unchanged: number;
  rejected: { deviceId: string; errorType: string | null; message: string | null }[];
  taskIds: string[];
}

export type SendBatch = (devices: FactoryDevice[]) => Promise<{
  taskId: string;
  created: number;
  unchanged: number;
  items: { deviceId: string; outcome: string; errorType: string | null; message: string | null }[];
}>;

/**
 * Sends a factory file in batches the API accepts, reporting progress after each; re-running the
 * same file is safe (the API answers UNCHANGED for what it already has).
 */
export async function importDevices(devices: FactoryDevice[], batchSize: number, send: SendBatch, progress: (done: number) => void): Promise<ImportSummary> {
  const summary: ImportSummary = { created: 0, unchanged: 0, rejected: [], taskIds: [] };
  for (let start = 0; start < devices.length; start += batchSize) {
    const batch = devices.slice(start, start + batchSize);
    const result = await send(batch);
    summary.created += result.created;
    summary.unchanged += result.unchanged;
    summary.taskIds.push(result.taskId);
    for (const item of result.items) {
      if (item.outcome === 'REJECTED') summary.rejected.push({ deviceId: item.deviceId, errorType: item.errorType, message: item.message });
    }
    progress(start + batch.length);
  }
  return summary;
}
