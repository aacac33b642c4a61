import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { functions, type FunctionId } from '../../api/manifest';
import type { LambdaHandler } from '../appsync/data-sources/lambda.data-source';
import { LOCAL_STAGE } from './stage';

/** The deployed name of a function, as the CDK app names it for this stage. */
export function functionName(id: FunctionId, stage = LOCAL_STAGE): string {
  return `takuhai-${stage}-${id}`;
}

const loaded = new Map<FunctionId, Promise<LambdaHandler>>();

/**
 * The handler of a function of `api/manifest.ts`, imported on first use as a Lambda cold start
 * does, then reused. Every caller (AppSync data sources, IoT rules, Kinesis mappings) shares it.
 */
export function handlerOf(id: FunctionId): Promise<LambdaHandler> {
  let handler = loaded.get(id);
  if (!handler) {
    const entry = functions[id].entry;
    handler = import(pathToFileURL(resolve(entry)).href).then((module: { handler?: LambdaHandler }) => {
      if (typeof module.handler !== 'function') throw new Error(`${entry} exports no handler`);
      return module.handler;
    });
    loaded.set(id, handler);
  }
  return handler;
}
