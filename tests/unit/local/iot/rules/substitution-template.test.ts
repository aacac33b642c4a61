import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../../../../../local/iot/rules/substitution-template';

const env = { payload: { data: { n: 3 } }, topic: 'home/hub-1/node/box-1/events', clientId: 'hub-1', timestamp: 5 };

describe('compileTemplate', () => {
  it.each([
    ['${clientid()}', 'hub-1'],
    ['home-${topic(2)}-${topic(4)}', 'home-hub-1-box-1'],
    ['${data.n}', '3'],
    ['${data}', '{"n":3}'],
    ['${missing}', ''],
    ['plain', 'plain'],
  ])('%s → %s', (template, expected) => {
    // Act and Assess
    expect(compileTemplate(template)(env)).toBe(expected);
  });
});
