import { Logger } from '@aws-lambda-powertools/logger';
import { TakuhaiLogFormatter } from './log-formatter';

/** The one logger of every function: JSON records with the source design's fields. */
export const logger = new Logger({ serviceName: 'takuhai', logFormatter: new TakuhaiLogFormatter() });
