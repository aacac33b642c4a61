import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RegistryStore } from '../../../../../local/iot/registry/registry-store';

const homes: string[] = [];
afterEach(() => homes.splice(0).forEach((home) => rmSync(home, { recursive: true, force: true })));

function registryFile(): string {
  const home = mkdtempSync(join(tmpdir(), 'registry-store-'));
  homes.push(home);
  return join(home, 'iot', 'registry.json');
}

const thing = (thingName: string) => ({ thingName, thingId: thingName, attributes: {}, version: 1, groups: [], principals: [] });

describe('RegistryStore', () => {
  it('saves in order: after saves that overlap, the file holds the newest state', async () => {
    // Prepare
    const file = registryFile();
    const store = new RegistryStore(file);

    // Act
    const saves: Promise<void>[] = [];
    for (const name of ['a', 'b', 'c']) {
      store.state.things[name] = thing(name);
      saves.push(store.flush());
    }
    await Promise.all(saves);

    // Assess
    expect(Object.keys(new RegistryStore(file).state.things)).toEqual(['a', 'b', 'c']);
  });

  it('writes a change on its own shortly after it', async () => {
    // Prepare
    const file = registryFile();
    const store = new RegistryStore(file);

    // Act
    store.state.things.kept = thing('kept');
    store.changed();
    await new Promise((resolve) => setTimeout(resolve, 600));

    // Assess
    expect(Object.keys(new RegistryStore(file).state.things)).toEqual(['kept']);
  });
});
