import { describe, expect, it } from 'vitest';
import { APPSYNC_SCALARS } from '../../../../../local/appsync/schema/scalars';

const scalar = (name: string) => APPSYNC_SCALARS.find((candidate) => candidate.name === name);
const accepts = (name: string, value: string) => {
  try {
    scalar(name)?.parseValue(value);
    return true;
  } catch {
    return false;
  }
};

describe('AppSync date scalars', () => {
  it('accept real days and times', () => {
    // Assess
    expect([accepts('AWSDateTime', '2026-02-28T23:59:59Z'), accepts('AWSDateTime', '2024-02-29T00:00:00.123+09:00'), accepts('AWSDate', '2026-12-31')]).toEqual([true, true, true]);
  });

  it('refuse days and times that do not exist, though shaped right', () => {
    // Assess
    expect([
      accepts('AWSDateTime', '2026-13-40T99:99:99Z'),
      accepts('AWSDateTime', '2026-02-29T00:00:00Z'),
      accepts('AWSDateTime', '2026-01-01T24:00:00Z'),
      accepts('AWSDate', '2026-04-31'),
    ]).toEqual([false, false, false, false]);
  });
});
