/** A message the ingest could not accept, kept with the reason for people to look at. */
export interface DeadLetter {
  /** Unique per delivered message, so that a retried batch writes the same letter again. */
  readonly letterId: string;
  /** ISO 8601: when the message reached the stream. */
  readonly receivedAt: string;
  readonly errorType: string;
  readonly reason: string;
  /** The bad field, for validation failures. */
  readonly field?: string;
  readonly hubId?: string;
  readonly nodeId?: string;
  /** The message as received (text, cut to a few kB). */
  readonly payload: string;
}

/** Where refused messages go instead of blocking the stream. */
export interface DeadLetterStore {
  put(letter: DeadLetter): Promise<void>;
}
