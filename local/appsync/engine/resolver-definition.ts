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
    };

/** AppSync's limit on the functions of one pipeline. */
export const MAX_PIPELINE_FUNCTIONS = 10;
