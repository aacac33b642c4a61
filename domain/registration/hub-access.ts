import type { Device } from '../device/device.entity';
import type { DeviceRepository } from '../device/device.repository.port';
import { UnauthorizedError } from '../errors/errors';
import { isStaff, type Caller } from '../shared/caller';

/**
 * The hub the caller may act on: staff any, an owner only their own. A missing hub and another
 * owner's are refused alike, so ids cannot be probed.
 */
export async function hubFor(caller: Caller, devices: DeviceRepository, hubId: string): Promise<Device> {
  const hub = await devices.get(hubId);
  if (!hub || hub.kind !== 'HUB' || (!isStaff(caller) && hub.ownerSub !== caller.sub)) {
    throw new UnauthorizedError(`the caller may not act on hub ${hubId}`);
  }
  return hub;
}
