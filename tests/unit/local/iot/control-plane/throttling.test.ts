import { describe, expect, it } from 'vitest';
import { OperationThrottle, TokenBucket } from '../../../../../local/iot/control-plane/throttling';

describe('TokenBucket', () => {
  it('allows a burst of one second, then the rate', () => {
    // Prepare
    const bucket = new TokenBucket(10, 0);

    // Act
    const burst = Array.from({ length: 11 }, () => bucket.take(0));
    const afterTenthOfASecond = [bucket.take(100), bucket.take(100)];

    // Assess
    expect(burst.filter(Boolean)).toHaveLength(10);
    expect(afterTenthOfASecond).toEqual([true, false]);
  });
});

describe('OperationThrottle', () => {
  it('throttles only when enabled, at AWS default rates or the given ones', () => {
    // Prepare
    let now = 0;
    const throttle = new OperationThrottle(() => now);
    const burst = (operation: string, calls: number) => Array.from({ length: calls }, () => throttle.admit(operation)).filter(Boolean).length;

    // Act
    const off = burst('AttachPolicy', 100);
    throttle.configure({ enabled: true });
    const attachPolicy = burst('AttachPolicy', 100);
    const unlisted = burst('DescribeEndpoint', 1000);
    throttle.configure({ enabled: true, rates: { AttachPolicy: 2 } });
    const custom = burst('AttachPolicy', 10);
    now = 1000;
    const nextSecond = burst('AttachPolicy', 10);

    // Assess
    expect({ off, attachPolicy, unlisted, custom, nextSecond }).toEqual({ off: 100, attachPolicy: 15, unlisted: 1000, custom: 2, nextSecond: 2 });
  });
});
