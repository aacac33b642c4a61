/** A token of AWS IoT's SQL subset. */
export interface SqlToken {
  readonly kind: 'keyword' | 'identifier' | 'number' | 'string' | 'symbol' | 'end';
  /** Keywords upper-cased; strings without quotes. */
  readonly text: string;
  readonly position: number;
}

/** A statement the rules engine cannot run; AWS answers SqlParseException at CreateTopicRule. */
export class SqlParseError extends Error {
  override readonly name = 'SqlParseError';
}

const KEYWORDS = new Set(['SELECT', 'FROM', 'WHERE', 'AS', 'AND', 'OR', 'NOT', 'TRUE', 'FALSE', 'NULL']);
const SYMBOLS = ['<>', '!=', '<=', '>=', '=', '<', '>', '*', ',', '(', ')', '.', '[', ']'];

export function tokenize(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let index = 0;
  while (index < sql.length) {
    const char = sql.charAt(index);
    if (/\s/.test(char)) {
      index++;
    } else if (char === "'") {
      // SQL strings: a doubled quote is a quote.
      let text = '';
      let end = index + 1;
      for (;;) {
        if (end >= sql.length) throw new SqlParseError(`Unterminated string at ${index}`);
        if (sql[end] === "'" && sql[end + 1] === "'") {
          text += "'";
          end += 2;
        } else if (sql[end] === "'") {
          break;
        } else {
          text += sql[end];
          end++;
        }
      }
      tokens.push({ kind: 'string', text, position: index });
      index = end + 1;
    } else if (/[0-9]/.test(char) || (char === '-' && /[0-9]/.test(sql.charAt(index + 1)))) {
      const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(sql.slice(index));
      const text = match?.[0] ?? char;
      tokens.push({ kind: 'number', text, position: index });
      index += text.length;
    } else if (/[A-Za-z_]/.test(char)) {
      const text = /^[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(index))?.[0] ?? char;
      const upper = text.toUpperCase();
      tokens.push(KEYWORDS.has(upper) ? { kind: 'keyword', text: upper, position: index } : { kind: 'identifier', text, position: index });
      index += text.length;
    } else {
      const symbol = SYMBOLS.find((candidate) => sql.startsWith(candidate, index));
      if (!symbol) throw new SqlParseError(`Unexpected character '${char}' at ${index}`);
      tokens.push({ kind: 'symbol', text: symbol, position: index });
      index += symbol.length;
    }
  }
  tokens.push({ kind: 'end', text: '', position: sql.length });
  return tokens;
}
