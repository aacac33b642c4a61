/** An expression of the rules SQL subset. */
export type SqlExpression =
  | { readonly kind: 'literal'; readonly value: string | number | boolean | null }
  | { readonly kind: 'path'; readonly segments: readonly (string | number)[] }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly SqlExpression[] }
  | { readonly kind: 'compare'; readonly operator: '=' | '<>' | '<' | '<=' | '>' | '>='; readonly left: SqlExpression; readonly right: SqlExpression }
  | { readonly kind: 'and' | 'or'; readonly left: SqlExpression; readonly right: SqlExpression }
  | { readonly kind: 'not'; readonly operand: SqlExpression };

export type SelectItem = { readonly kind: 'star' } | { readonly kind: 'expression'; readonly expression: SqlExpression; readonly name: string };

/** `SELECT <items> FROM '<topic filter>' [WHERE <condition>]`. */
export interface RuleQuery {
  readonly select: readonly SelectItem[];
  readonly from: string;
  readonly where?: SqlExpression;
}

/** The functions the rules engine implements, with how many arguments each takes. */
export const SQL_FUNCTIONS: Readonly<Record<string, readonly [min: number, max: number]>> = {
  topic: [0, 1],
  clientid: [0, 0],
  timestamp: [0, 0],
  principal: [0, 0],
  newuuid: [0, 0],
  lower: [1, 1],
  upper: [1, 1],
};
