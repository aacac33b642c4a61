import type { MathUtils } from '@aws-appsync/utils/lib/math-utils';

/** `util.math`. Not for anything that needs strong randomness, as AppSync warns too. */
export const mathUtils: MathUtils = {
  // Java's Math.round and JavaScript's agree, halves included: both round toward +infinity.
  roundNum: (input) => Math.round(input),
  minVal: (first, second) => Math.min(first, second),
  maxVal: (first, second) => Math.max(first, second),
  randomDouble: () => Math.random(),
  // The upper bound is exclusive, as in Java's Random.nextInt(start, end).
  randomWithinRange: (start, end) =>
    end <= start ? Math.trunc(start) : Math.trunc(start) + Math.floor(Math.random() * (Math.trunc(end) - Math.trunc(start))),
};
