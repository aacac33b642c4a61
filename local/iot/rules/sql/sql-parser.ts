import { SQL_FUNCTIONS, type RuleQuery, type SelectItem, type SqlExpression } from './sql-ast';
import { SqlParseError, tokenize, type SqlToken } from './sql-lexer';

/** A recursive-descent parser over the tokens of one statement or expression. */
class Parser {
  private index = 0;

  constructor(private readonly tokens: SqlToken[]) {}

  query(): RuleQuery {
    this.expect('keyword', 'SELECT');
    const select = [this.selectItem()];
    while (this.accept('symbol', ',')) select.push(this.selectItem());
    this.expect('keyword', 'FROM');
    const from = this.expect('string').text;
    const where = this.accept('keyword', 'WHERE') ? this.expression() : undefined;
    this.expect('end');
    return { select, from, where };
  }

  standaloneExpression(): SqlExpression {
    const expression = this.expression();
    this.expect('end');
    return expression;
  }

  private selectItem(): SelectItem {
    if (this.accept('symbol', '*')) return { kind: 'star' };
    const expression = this.expression();
    const name = this.accept('keyword', 'AS') ? this.expect('identifier').text : defaultName(expression);
    return { kind: 'expression', expression, name };
  }

  private expression(): SqlExpression {
    let left = this.conjunction();
    while (this.accept('keyword', 'OR')) left = { kind: 'or', left, right: this.conjunction() };
    return left;
  }

  private conjunction(): SqlExpression {
    let left = this.negation();
    while (this.accept('keyword', 'AND')) left = { kind: 'and', left, right: this.negation() };
    return left;
  }

  private negation(): SqlExpression {
    return this.accept('keyword', 'NOT') ? { kind: 'not', operand: this.negation() } : this.comparison();
  }

  private comparison(): SqlExpression {
    const left = this.primary();
    const token = this.peek();
    if (token.kind !== 'symbol' || !['=', '<>', '!=', '<', '<=', '>', '>='].includes(token.text)) return left;
    this.index++;
    const operator = token.text === '!=' ? '<>' : (token.text as '=' | '<>' | '<' | '<=' | '>' | '>=');
    return { kind: 'compare', operator, left, right: this.primary() };
  }

  private primary(): SqlExpression {
    const token = this.peek();
    this.index++;
    if (token.kind === 'number') return { kind: 'literal', value: Number(token.text) };
    if (token.kind === 'string') return { kind: 'literal', value: token.text };
    if (token.kind === 'keyword' && ['TRUE', 'FALSE', 'NULL'].includes(token.text)) {
      return { kind: 'literal', value: token.text === 'NULL' ? null : token.text === 'TRUE' };
    }
    if (token.kind === 'symbol' && token.text === '(') {
      const inner = this.expression();
      this.expect('symbol', ')');
      return inner;
    }
    if (token.kind !== 'identifier') throw new SqlParseError(`Unexpected '${token.text}' at ${token.position}`);
    if (this.accept('symbol', '(')) return this.call(token);
    const segments: (string | number)[] = [token.text];
    for (;;) {
      if (this.accept('symbol', '.')) segments.push(this.expect('identifier').text);
      else if (this.accept('symbol', '[')) {
        segments.push(Number(this.expect('number').text));
        this.expect('symbol', ']');
      } else return { kind: 'path', segments };
    }
  }

  private call(name: SqlToken): SqlExpression {
    const args: SqlExpression[] = [];
    if (!this.accept('symbol', ')')) {
      do args.push(this.expression());
      while (this.accept('symbol', ','));
      this.expect('symbol', ')');
    }
    const functionName = name.text.toLowerCase();
    const arity = SQL_FUNCTIONS[functionName];
    if (!arity) throw new SqlParseError(`The local rules engine has no function ${name.text}()`);
    if (args.length < arity[0] || args.length > arity[1]) throw new SqlParseError(`${name.text}() takes ${arity[0]} to ${arity[1]} arguments`);
    return { kind: 'call', name: functionName, args };
  }

  private peek(): SqlToken {
    return this.tokens[this.index] ?? { kind: 'end', text: '', position: -1 };
  }

  private accept(kind: SqlToken['kind'], text?: string): boolean {
    const token = this.peek();
    if (token.kind !== kind || (text !== undefined && token.text !== text)) return false;
    this.index++;
    return true;
  }

  private expect(kind: SqlToken['kind'], text?: string): SqlToken {
    const token = this.peek();
    if (token.kind !== kind || (text !== undefined && token.text !== text)) {
      throw new SqlParseError(`Expected ${text ?? kind} at ${token.position}, found '${token.text}'`);
    }
    this.index++;
    return token;
  }
}

/** A projection's name without AS: a path's last field, a function's name. */
function defaultName(expression: SqlExpression): string {
  if (expression.kind === 'path') return String(expression.segments.at(-1));
  if (expression.kind === 'call') return expression.name;
  throw new SqlParseError('An expression in SELECT needs AS <name>');
}

/** Parses a rule's `SELECT ... FROM '...' [WHERE ...]`. */
export function parseRuleQuery(sql: string): RuleQuery {
  return new Parser(tokenize(sql)).query();
}

/** Parses one expression, as in a substitution template `${...}`. */
export function parseSqlExpression(text: string): SqlExpression {
  return new Parser(tokenize(text)).standaloneExpression();
}
