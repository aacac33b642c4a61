import type { Device } from '../../domain/device/device.entity';

/** The stored item: the device plus `statusKey`, the sort key of the `byKind` index. */
export type DeviceItem = Device & { statusKey: string };

export function toItem(device: Device): DeviceItem {
  return { ...device, statusKey: statusKey(device.status, device.deviceId) };
}

export function toDevice(item: Record<string, unknown> | undefined): Device | undefined {
  if (!item) return undefined;
  const { statusKey: _statusKey, ...device } = item as unknown as DeviceItem;
  return device;
}

export function statusKey(status: Device['status'], deviceId: string): string {
  return `${status}#${deviceId}`;
}
