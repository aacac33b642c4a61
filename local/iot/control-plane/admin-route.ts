import type { FaultConfig, FaultInjector } from './fault-injection';
import type { OperationThrottle, ThrottlingConfig } from './throttling';

/** The body of `POST /_local/config`: each section given replaces the current one. */
export interface ControlPlaneSettings {
  readonly throttling?: ThrottlingConfig;
  readonly faults?: FaultConfig;
}

/**
 * `GET /_local/config` answers the current settings; `POST /_local/config` changes them at run
 * time, so a test or benchmark can switch throttling and faults on the running stack.
 */
export function handleAdminRequest(
  method: string,
  path: string,
  body: ControlPlaneSettings,
  target: { throttle: OperationThrottle; faults: FaultInjector },
): { status: number; body: unknown } {
  if (path !== '/_local/config') return { status: 404, body: { message: `No local route ${path}` } };
  if (method === 'POST') {
    if (body.throttling !== undefined) {
      if (typeof body.throttling.enabled !== 'boolean') return { status: 400, body: { message: 'throttling.enabled must be a boolean' } };
      target.throttle.configure(body.throttling);
    }
    if (body.faults !== undefined) target.faults.configure(body.faults);
  } else if (method !== 'GET') {
    return { status: 405, body: { message: 'GET or POST' } };
  }
  return { status: 200, body: { throttling: target.throttle.current(), faults: target.faults.current() } };
}
