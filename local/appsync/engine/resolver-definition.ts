/** One pipeline function: its bundled code and the data source it calls. */
export interface FunctionDefinition {
  readonly name: string;
  readonly dataSource: string;
  readonly code: string;
}

/** A resolver attached to a field, with its bundled APPSYNC_JS code. */
export type ResolverDefinition =
  | { readonly kind: 'UNIT'; readonly typeName: string; readonly fieldName: string; readonly dataSource: string; readonly code: string }
  | {
      readonly kind: 'PIPELINE';
      readonly typeName: string;
      readonly fieldName: string;
      readonly code: string;
      readonly functions: readonly FunctionDefinition[];
    }
  /**
   * A direct Lambda resolver: a Lambda data source and no code. AppSync sends the function the
   * whole context and answers what it returns; an error becomes the field's error.
   */
  | { readonly kind: 'DIRECT_LAMBDA'; readonly typeName: string; readonly fieldName: string; readonly dataSource: string };

/** AppSync's limit on the functions of one pipeline. */
export const MAX_PIPELINE_FUNCTIONS = 10;
