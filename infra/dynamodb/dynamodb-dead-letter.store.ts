import type { DeadLetter, DeadLetterStore } from '../../domain/events/dead-letter.port';
import { setting } from '../settings';
import { toDeadLetterItem } from './dead-letter-item';
import { putItem } from './item-client';

/**
 * Refused device messages, one partition per day of arrival: an operator reads a day's letters
 * with one Query. A retried batch writes the same letter id again, which overwrites it unchanged.
 * Each letter expires DEAD_LETTER_RETENTION_DAYS after it arrived (the table's TTL attribute).
 */
export class DynamoDbDeadLetterStore implements DeadLetterStore {
  constructor(private readonly tableName: string = setting('eventDeadLettersTable')) {}

  async put(letter: DeadLetter): Promise<void> {
    await putItem({ TableName: this.tableName, Item: toDeadLetterItem(letter) });
  }
}
