import type { RuntimeUnderTest } from './runtime-under-test';

/**
 * Asks each runtime every query once and says when their `data` differ (ignoring `nextToken`,
 * whose encoding is each runtime's own): the figures only compare like with like.
 */
export async function sameAnswers(runtimes: readonly RuntimeUnderTest[], cases: readonly { name: string; body: unknown }[], apiKey: string): Promise<void> {
  for (const queryCase of cases) {
    const answers = await Promise.all(
      runtimes.map(async (runtime) => {
        const response = await fetch(runtime.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
          body: JSON.stringify(queryCase.body),
        });
        return JSON.stringify(await response.json(), (key, value: unknown) => (key === 'nextToken' ? undefined : value));
      }),
    );
    if (new Set(answers).size > 1) console.warn(`! ${queryCase.name}: the runtimes answer differently:\n  ${answers.join('\n  ')}`);
  }
}
