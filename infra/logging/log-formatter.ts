import { LogFormatter, LogItem } from '@aws-lambda-powertools/logger';
import type { LogAttributes, UnformattedAttributes } from '@aws-lambda-powertools/logger/types';

const JST = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  fractionalSecondDigits: 3,
  hourCycle: 'h23',
});

/** `2026-11-26 12:01:10.123+09:00`: for people; `timestamp` is for sorting. */
export function formatJst(at: Date): string {
  return `${JST.format(at).replace(',', '.')}+09:00`;
}

/** Keeps null fields: every record names every source-design field, known or not. */
class SourceDesignLogItem extends LogItem {
  override prepareForPrint(): void {}
}

/**
 * Shapes every record with the source design's fields, so one query over the logs can
 * follow a device or a task through every function.
 */
export class TakuhaiLogFormatter extends LogFormatter {
  override formatAttributes(attributes: UnformattedAttributes, additional: LogAttributes): LogItem {
    const at = attributes.timestamp;
    return new SourceDesignLogItem({
      attributes: {
        level: attributes.logLevel,
        log_event: null,
        message: attributes.message,
        timestamp: Math.floor(at.getTime() / 1000),
        timestamp_jst: formatJst(at),
        lambda_handler: attributes.lambdaContext?.functionName ?? attributes.serviceName,
        lambda_request_id: attributes.lambdaContext?.awsRequestId ?? null,
        lambda_commit_id: process.env.COMMIT_ID ?? 'unknown',
        task_uuid: null,
        device_id: null,
      },
    }).addAttributes(additional);
  }
}
