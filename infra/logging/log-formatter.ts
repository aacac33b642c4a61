import { LogFormatter, LogItem } from '@aws-lambda-powertools/logger';
import type { LogAttributes, UnformattedAttributes } from '@aws-lambda-powertools/logger/types';
import { SETTINGS } from '../settings';
import { currentLogKeys } from './log-context';
import { formatJst } from './jst-time';
import { sourceMappedStack } from './source-mapped-stack';

/** Keeps null fields: every record names every source-design field, known or not. */
class SourceDesignLogItem extends LogItem {
  override prepareForPrint(): void {}
}

/** The fields every record starts from; what is known later replaces the nulls. */
function baseRecord(attributes: UnformattedAttributes): Record<string, unknown> {
  const at = attributes.timestamp;
  const context = attributes.lambdaContext;
  return {
    level: attributes.logLevel,
    log_event: null,
    message: attributes.message,
    timestamp: Math.floor(at.getTime() / 1000),
    timestamp_jst: formatJst(at),
    // Outside a handler (module init) the runtime's variable still names the function.
    lambda_handler: context?.functionName ?? process.env.AWS_LAMBDA_FUNCTION_NAME ?? null,
    lambda_request_id: context?.awsRequestId ?? null,
    lambda_commit_id: process.env[SETTINGS.commitId] || null,
    task_uuid: null,
    device_id: null,
    hub_id: null,
    node_id: null,
    partner_id: null,
    user_id: null,
  };
}

/**
 * Shapes every record with the source design's fields (`application-table.ts`), so one query
 * over the logs can follow a device or a task through every function. Precedence, lowest
 * first: the invocation context, the request's scope (`withLogContext`), then the logger's
 * appended keys and the call's own attributes (which Powertools merges before this sees
 * them). A null there never erases what the context or the scope knows.
 */
export class TakuhaiLogFormatter extends LogFormatter {
  override formatAttributes(attributes: UnformattedAttributes, additional: LogAttributes): LogItem {
    const record: Record<string, unknown> = { ...baseRecord(attributes), ...currentLogKeys() };
    for (const [key, value] of Object.entries(additional)) {
      if (value === undefined || (value === null && record[key] != null)) continue;
      record[key] = key === 'error' ? this.errorOf(value) : value;
    }
    return new SourceDesignLogItem({ attributes: record });
  }

  /**
   * Name, message, location and the whole stack as one string (never split into lines), in the
   * TypeScript sources when the code is a bundle with its source map (a deployed function).
   */
  override formatError(error: Error): LogAttributes {
    const stack = error.stack === undefined ? null : sourceMappedStack(error.stack);
    return { ...super.formatError(error), location: this.getCodeLocation(stack ?? undefined), stack };
  }

  // A thrown string or object still gets the error's shape, so `error.message` always answers.
  private errorOf(value: unknown): LogAttributes | null {
    if (value === null) return null;
    if (value instanceof Error) return this.formatError(value);
    const message = typeof value === 'string' ? value : JSON.stringify(value);
    return { name: 'NonError', message, stack: null, location: null };
  }
}
