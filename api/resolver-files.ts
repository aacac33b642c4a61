/**
 * Finds the resolvers from their file names, so a file's name is its wiring:
 * - unit resolver: `resolvers/<Type>.<field>.[<dataSource>].ts`
 * - pipeline resolver: folder `resolvers/<Type>.<field>/` with `resolver.ts` (before/after
 *   steps) and functions `1.[<dataSource>].ts`, `2.[<dataSource>].ts`, ... run in that order.
 * Everything else under `resolvers/` (e.g. `lib/`) is shared code that resolvers import.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDataSourceId, type DataSourceId } from './manifest';

export interface PipelineFunctionFile {
  readonly file: string;
  readonly dataSource: DataSourceId;
}

export type ResolverFile =
  | { readonly kind: 'UNIT'; readonly typeName: string; readonly fieldName: string; readonly file: string; readonly dataSource: DataSourceId }
  | {
      readonly kind: 'PIPELINE';
      readonly typeName: string;
      readonly fieldName: string;
      readonly file: string;
      readonly functions: readonly PipelineFunctionFile[];
    };

const UNIT = /^([A-Za-z_]\w*)\.([A-Za-z_]\w*)\.\[(\w+)\]\.ts$/;
const PIPELINE_DIR = /^([A-Za-z_]\w*)\.([A-Za-z_]\w*)$/;
const PIPELINE_FUNCTION = /^(\d+)\.\[(\w+)\]\.ts$/;

function dataSourceOf(name: string, file: string): DataSourceId {
  if (!isDataSourceId(name)) throw new Error(`${file}: unknown data source [${name}] (see api/manifest.ts)`);
  return name;
}

function pipelineFunctions(dir: string): PipelineFunctionFile[] {
  const found = readdirSync(dir)
    .map((name) => ({ name, match: PIPELINE_FUNCTION.exec(name) }))
    .filter((entry) => entry.match !== null)
    .map(({ name, match }) => ({ order: Number(match?.[1]), file: join(dir, name), ds: match?.[2] ?? '' }))
    .sort((a, b) => a.order - b.order);
  return found.map(({ file, ds }) => ({ file, dataSource: dataSourceOf(ds, file) }));
}

/** Lists every resolver under `root` (the `resolvers/` folder), sorted by type and field. */
export function findResolverFiles(root: string): ResolverFile[] {
  const resolvers: ResolverFile[] = [];
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    const unit = UNIT.exec(name);
    const pipeline = PIPELINE_DIR.exec(name);
    if (unit && statSync(path).isFile()) {
      const [, typeName = '', fieldName = '', ds = ''] = unit;
      resolvers.push({ kind: 'UNIT', typeName, fieldName, file: path, dataSource: dataSourceOf(ds, path) });
    } else if (pipeline && statSync(path).isDirectory()) {
      const [, typeName = '', fieldName = ''] = pipeline;
      resolvers.push({ kind: 'PIPELINE', typeName, fieldName, file: join(path, 'resolver.ts'), functions: pipelineFunctions(path) });
    }
  }
  return resolvers.sort((a, b) => `${a.typeName}.${a.fieldName}`.localeCompare(`${b.typeName}.${b.fieldName}`));
}
