import { parseSqlExpression } from './sql/sql-parser';
import { evaluateExpression, type SqlEnvironment } from './sql/sql-evaluator';
import type { SqlExpression } from './sql/sql-ast';

/** A compiled substitution template: literal text with `${expression}` parts. */
export type SubstitutionTemplate = (env: SqlEnvironment) => string;

/** Compiles `home-${topic(2)}` style templates once, as AWS parses them at rule creation. */
export function compileTemplate(template: string): SubstitutionTemplate {
  const parts: (string | SqlExpression)[] = [];
  let rest = template;
  for (let start = rest.indexOf('${'); start >= 0; start = rest.indexOf('${')) {
    const end = rest.indexOf('}', start);
    if (end < 0) break;
    parts.push(rest.slice(0, start), parseSqlExpression(rest.slice(start + 2, end)));
    rest = rest.slice(end + 1);
  }
  parts.push(rest);
  return (env) =>
    parts
      .map((part) => {
        if (typeof part === 'string') return part;
        const value = evaluateExpression(part, env);
        return value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
      })
      .join('');
}
