/** `$aws/rules/<ruleName>[/<topic>]`: a level for the rule name, then the topic the rule sees. */
const BASIC_INGEST = /^\$aws\/rules\/([^/]+)(?:\/(.*))?$/s;

/** Where a Basic Ingest message goes: one rule, which sees the topic without the prefix. */
export interface BasicIngestTarget {
  readonly ruleName: string;
  readonly topic: string;
}

/**
 * AWS IoT's Basic Ingest: a message published on `$aws/rules/<ruleName>/<topic>` skips the
 * broker (no subscriber gets it, no messaging charge) and goes to that rule alone, whatever its
 * `FROM`; `topic()` and the rule's substitution templates see `<topic>`.
 * @returns undefined for any other topic.
 */
export function basicIngestTarget(topic: string): BasicIngestTarget | undefined {
  const match = BASIC_INGEST.exec(topic);
  return match ? { ruleName: match[1] as string, topic: match[2] ?? '' } : undefined;
}
