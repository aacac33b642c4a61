/** Where `runtime.earlyReturn` sends the pipeline: to its response handler, or to the next step. */
export type SkipTo = 'END' | 'NEXT';

/**
 * The signal `runtime.earlyReturn` throws. It is not an `Error` on purpose: it is control flow,
 * not a failure, so it carries no stack. The engine decides what skipping means at each step.
 */
export class EarlyReturn {
  readonly name = 'EarlyReturn';

  constructor(
    /** The value the handler returns instead of going on. */
    readonly value: unknown,
    /** `undefined` when the caller gave no options: the default depends on where it was called. */
    readonly skipTo: SkipTo | undefined,
  ) {}
}

/** The `runtime` object of `@aws-appsync/utils`. */
export interface LocalRuntime {
  earlyReturn(value?: unknown, options?: { skipTo?: SkipTo }): never;
}

/** Builds `runtime`; it holds no state, so one object could serve every invocation. */
export function createRuntime(): LocalRuntime {
  return {
    earlyReturn(value?: unknown, options?: { skipTo?: SkipTo }): never {
      const skipTo = options?.skipTo;
      if (skipTo !== undefined && skipTo !== 'END' && skipTo !== 'NEXT') {
        throw new TypeError(`runtime.earlyReturn: skipTo must be 'END' or 'NEXT', got ${String(skipTo)}`);
      }
      throw new EarlyReturn(value, skipTo);
    },
  };
}
