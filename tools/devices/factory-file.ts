import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

/** One row of a factory file, as the API's PreregisterDeviceInput takes it. */
export interface FactoryDevice {
  deviceId: string;
  kind: string;
  model: string;
  claimCode: string;
}

const COLUMNS = ['deviceId', 'kind', 'model', 'claimCode'] as const;

/**
 * Reads a factory file: JSON (an array of devices) or CSV with a header naming the four columns
 * in any order. Values are passed on as written: the API validates them and answers per row.
 */
export function readFactoryFile(path: string): FactoryDevice[] {
  const text = readFileSync(path, 'utf8');
  if (extname(path).toLowerCase() === '.json') {
    const rows = JSON.parse(text) as unknown;
    if (!Array.isArray(rows)) throw new Error(`${path}: expected a JSON array of devices`);
    return rows.map((row: Record<string, unknown>) => Object.fromEntries(COLUMNS.map((column) => [column, String(row[column] ?? '')])) as unknown as FactoryDevice);
  }
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines.shift() ?? '').split(',').map((cell) => cell.trim());
  const index = COLUMNS.map((column) => header.indexOf(column));
  if (index.some((position) => position < 0)) throw new Error(`${path}: the CSV header must name ${COLUMNS.join(', ')}`);
  return lines.map((line) => {
    const cells = line.split(',').map((cell) => cell.trim());
    return Object.fromEntries(COLUMNS.map((column, i) => [column, cells[index[i] ?? -1] ?? ''])) as unknown as FactoryDevice;
  });
}
