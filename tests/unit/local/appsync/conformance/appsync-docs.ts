/**
 * Where each conformance case's behaviour is written down. A case's `doc` is one of these
 * pages and a few words naming the behaviour; `(?)` in the words marks what AWS does not
 * document (or documents only by example) and the local runtime had to choose.
 */
const DEVGUIDE = 'https://docs.aws.amazon.com/appsync/latest/devguide';

export const DOCS = {
  util: `${DEVGUIDE}/built-in-util-js.html`,
  time: `${DEVGUIDE}/time-helpers-in-util-time-js.html`,
  /** The VTL page of the same helpers: it holds the worked examples the JS page lacks. */
  timeExamples: `${DEVGUIDE}/time-helpers-in-util-time.html`,
  dynamodb: `${DEVGUIDE}/dynamodb-helpers-in-util-dynamodb-js.html`,
  transform: `${DEVGUIDE}/transformation-helpers-in-utils-transform-js.html`,
  str: `${DEVGUIDE}/str-helpers-in-util-str-js.html`,
  math: `${DEVGUIDE}/math-helpers-in-util-math-js.html`,
  /** VTL `$util` type checks, which the local `util` keeps (see the runtime README). */
  typeChecks: `${DEVGUIDE}/utility-helpers-in-util.html`,
  modules: `${DEVGUIDE}/built-in-modules-js.html`,
  runtime: `${DEVGUIDE}/runtime-utils-js.html`,
  context: `${DEVGUIDE}/resolver-context-reference-js.html`,
  overview: `${DEVGUIDE}/resolver-reference-overview-js.html`,
  pipeline: `${DEVGUIDE}/pipeline-resolvers-js.html`,
  dynamodbResolver: `${DEVGUIDE}/js-resolver-reference-dynamodb.html`,
  /** The DynamoDB tutorial: worked requests and responses, errors included. */
  dynamodbTutorial: `${DEVGUIDE}/tutorial-dynamodb-resolvers-js.html`,
  noneResolver: `${DEVGUIDE}/resolver-reference-none-js.html`,
  authz: `${DEVGUIDE}/security-authz.html`,
  runtimeFeatures: `${DEVGUIDE}/resolver-util-reference-js.html`,
  extensions: `${DEVGUIDE}/extensions-js.html`,
  enhancedFiltering: `${DEVGUIDE}/aws-appsync-real-time-enhanced-filtering.html`,
  /** Service quotas live in the general reference, not the developer guide. */
  quotas: 'https://docs.aws.amazon.com/general/latest/gr/appsync.html',
} as const;

/** A case's `doc` column: the page and the behaviour it pins. */
export const doc = (page: string, behaviour: string): string => `${page} — ${behaviour}`;
