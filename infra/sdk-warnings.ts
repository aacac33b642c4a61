import { NoOpLogger } from '@smithy/core/client';
import { logger } from './logging/logger';

/**
 * The logger every AWS SDK client of the functions is given: the SDK's warnings (a socket pool
 * at capacity, a response it could not parse, a bad setting) become records of our own log,
 * `log_event: aws_sdk_warning`, with the source design's fields, instead of plain console
 * lines. A `NoOpLogger` still, so the SDK skips the per-call record of every input and output
 * it would otherwise build (its logger middleware tests `instanceof NoOpLogger`); its `error`
 * stays silent, because the SDK calls it for every failed call, expected ones included (a
 * refused condition), which our code logs where it matters. Given explicitly, the SDK also no
 * longer has to recognize its default logger by class name, which minified bundles rename.
 */
export class SdkWarnings extends NoOpLogger {
  override warn(...content: unknown[]): void {
    logger.warn('aws_sdk_warning', { log_event: 'aws_sdk_warning', warning: content.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' ') });
  }
}

export const sdkWarnings = new SdkWarnings();
