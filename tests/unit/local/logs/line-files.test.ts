import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { LineFiles } from '../../../../local/logs/line-files';
import { tempLogDir } from './log-fixtures';

describe('LineFiles, the local stack`s batched record files', () => {
  it('files a turn`s lines at the end of the turn, in order, each in its own file', async () => {
    // Prepare
    const dir = tempLogDir();
    const files = new LineFiles();
    const [a, b] = [join(dir, 'a.jsonl'), join(dir, 'b.jsonl')];

    // Act
    files.append(a, '{"n":1}');
    files.append(b, '{"n":2}');
    files.append(a, '{"n":3}');
    const duringTheTurn = existsSync(a);
    await nextTurn();

    // Assess
    expect(duringTheTurn).toBe(false);
    expect(readFileSync(a, 'utf8')).toBe('{"n":1}\n{"n":3}\n');
    expect(readFileSync(b, 'utf8')).toBe('{"n":2}\n');
    files.close();
  });

  it('files what waits when closed, and tells of a write that failed', () => {
    // Prepare
    const dir = tempLogDir();
    const failures: string[] = [];
    const files = new LineFiles((_error, file) => failures.push(file));
    const missingFolder = join(dir, 'no-such-folder', 'c.jsonl');

    // Act
    files.append(join(dir, 'a.jsonl'), 'last');
    files.append(missingFolder, 'lost');
    files.close();

    // Assess
    expect(readFileSync(join(dir, 'a.jsonl'), 'utf8')).toBe('last\n');
    expect(failures).toEqual([missingFolder]);
  });
});
