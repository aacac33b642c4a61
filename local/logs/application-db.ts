import { DuckDBInstance } from '@duckdb/node-api';
import { APPLICATION_COLUMNS, APPLICATION_TABLE, ERROR_FIELDS, type ColumnType } from '../../infra/logging/application-table';
import { listApplicationFiles } from './log-files';

/** A value a query's `$1`, `$2`... placeholders take. */
export type SqlValue = string | number | boolean | null;

/** What a query answered: its column names and rows of plain JSON values. */
export interface QueryResult {
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, unknown>[];
}

/** The local `application` table: DuckDB over the day files, as Athena over S3. */
export interface ApplicationDb {
  /** The day files the table reads; none means the table is there but empty. */
  readonly files: readonly string[];
  query(sql: string, params?: readonly SqlValue[]): Promise<QueryResult>;
  close(): void;
}

const SQL_TYPES: Record<ColumnType, string> = {
  string: 'VARCHAR',
  bigint: 'BIGINT',
  error: `STRUCT(${ERROR_FIELDS.map((field) => `${field} VARCHAR`).join(', ')})`,
};

const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/**
 * The table over the files, or an empty table with the same columns when there is no file
 * yet, so every query (the source design's too) runs and answers no rows instead of failing.
 * Explicit columns keep the schema fixed whatever the files hold. `ignore_errors` keeps a line
 * cut short by a crash from failing every query; DuckDB reads such a line as a row of nulls,
 * which the level (on every record the logger writes) tells apart.
 */
function createTableSql(files: readonly string[]): string {
  if (files.length === 0) {
    const columns = APPLICATION_COLUMNS.map((column) => `"${column.name}" ${SQL_TYPES[column.type]}`).join(', ');
    return `CREATE TABLE ${APPLICATION_TABLE} (${columns})`;
  }
  const columns = APPLICATION_COLUMNS.map((column) => `${literal(column.name)}: ${literal(SQL_TYPES[column.type])}`).join(', ');
  return `CREATE VIEW ${APPLICATION_TABLE} AS SELECT * FROM read_json([${files.map(literal).join(', ')}],
    format = 'newline_delimited', ignore_errors = true, columns = {${columns}})
    WHERE level IS NOT NULL`;
}

/** DuckDB hands BIGINT back as bigint and times as Date: make them plain JSON. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
  return value;
}

/** Opens an in-memory DuckDB whose `application` table reads the day files of `dir`. */
export async function openApplicationDb(dir: string): Promise<ApplicationDb> {
  const files = listApplicationFiles(dir);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(createTableSql(files));
  return {
    files,
    async query(sql, params = []) {
      const reader = await connection.runAndReadAll(sql, params.length > 0 ? [...params] : undefined);
      const rows = reader.getRowObjectsJS().map((row) => plain(row) as Record<string, unknown>);
      return { columns: reader.columnNames(), rows };
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
