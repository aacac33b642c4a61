import { NotFoundError } from '../errors/errors';

/** The box named by an event is not registered behind that hub (unknown, moved away, retired). */
export class BoxNotOnHubError extends NotFoundError {
  override readonly name: string = 'BoxNotOnHubError';
  constructor(hubId: string, nodeId: string) {
    super(`box ${nodeId} is not registered behind hub ${hubId}`, { hubId, nodeId });
  }
}
