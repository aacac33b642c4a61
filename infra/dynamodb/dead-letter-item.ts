import type { DeadLetter } from '../../domain/events/dead-letter.port';

/** How long a dead letter stays for people to look at before DynamoDB's TTL deletes it. */
export const DEAD_LETTER_RETENTION_DAYS = 14;

const DAY_SECONDS = 24 * 60 * 60;

/** The stored letter: partitioned by the day it arrived, and set to expire (epoch seconds). */
export type DeadLetterItem = DeadLetter & { readonly day: string; readonly expiresAt: number };

/**
 * Counted from the message's arrival, not from the write: a retried batch writes the same
 * letter again, and it must come out the same item.
 */
export function toDeadLetterItem(letter: DeadLetter): DeadLetterItem {
  const arrivedAt = Math.floor(Date.parse(letter.receivedAt) / 1000);
  return { day: letter.receivedAt.slice(0, 10), ...letter, expiresAt: arrivedAt + DEAD_LETTER_RETENTION_DAYS * DAY_SECONDS };
}
