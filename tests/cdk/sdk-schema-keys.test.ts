import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../cdk/paths';
import { inlineTraitKeys, sdkSchemaKeys } from '../../cdk/sdk-schema-keys';
import { bundleImporter, bundleModule } from './support/bundle-module';

// The clients the functions bundle (infra/).
const CLIENTS = ['client-iot', 'client-dynamodb', 'client-cognito-identity-provider'] as const;
const schemaFile = (client: string) => fromRoot('node_modules', '@aws-sdk', client, 'dist-es', 'schemas', 'schemas_0.js');

const bundle = (contents: string, plugins: Parameters<typeof bundleModule>[1]) => bundleModule(contents, plugins, { minify: true });
const load = bundleImporter('takuhai-schema-keys-');

/**
 * A schema as data: thunks (`() => OtherSchema$`) are followed once each, shared and cyclic
 * schemas become references to their first place, so two module instances compare equal.
 */
function canonical(value: unknown, seen = new Map<unknown, number>()): unknown {
  if (typeof value === 'function') return canonical((value as () => unknown)(), seen);
  if (value === null || typeof value !== 'object') return value;
  const known = seen.get(value);
  if (known !== undefined) return { $ref: known };
  seen.set(value, seen.size);
  if (Array.isArray(value)) return value.map((item) => canonical(item, seen));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, canonical(item, seen)]));
}

describe('the AWS SDK schemas with literal trait keys (cdk/sdk-schema-keys.ts)', () => {
  it('writes the keys whose constants are strings of the file, and leaves the others', () => {
    // Prepare
    const source = ['const _e = "error";', 'const _hE = "httpError";', 'export var A$ = [-3, n0, "A", { [_e]: _c, [_hE]: 409, [other]: 1 }, [], []];'].join('\n');

    // Act
    const written = inlineTraitKeys(source);

    // Assess
    expect(written).toContain('{ "error": _c, "httpError": 409, [other]: 1 }');
  });

  it.each(CLIENTS)('describes every operation of %s exactly as the SDK does', async (client) => {
    // Prepare: every export of the schema module, so nothing is left out of either bundle.
    const entry = `export * from ${JSON.stringify(schemaFile(client))};`;

    // Act
    const [asShipped, asBundled] = await Promise.all([bundle(entry, []).then(load), bundle(entry, [sdkSchemaKeys]).then(load)]);

    // Assess
    expect(Object.keys(asBundled).length).toBeGreaterThan(10);
    expect(canonical(asBundled)).toEqual(canonical(asShipped));
  });

  it('leaves out the schemas of the operations a bundle does not call', async () => {
    // Prepare
    const entry = "import { IoTClient, DescribeThingCommand } from '@aws-sdk/client-iot'; export const send = (id) => new IoTClient({}).send(new DescribeThingCommand({ thingName: id }));";

    // Act
    const [without, withPlugin] = await Promise.all([bundle(entry, []), bundle(entry, [sdkSchemaKeys])]);

    // Assess: an operation it never calls, and the size.
    expect(without).toContain('/audit/findings');
    expect(withPlugin).not.toContain('/audit/findings');
    expect(withPlugin).toContain('/things/{thingName}');
    expect(withPlugin.length).toBeLessThan(without.length - 80_000);
  });
});
