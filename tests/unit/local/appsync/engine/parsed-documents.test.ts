import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parseAndValidate } from '../../../../../local/appsync/engine/parsed-documents';

const schema = buildSchema('type Query { hub(id: ID!): String }');

describe('parseAndValidate', () => {
  it('parses and validates a text once, then answers the same document', () => {
    // Prepare
    const query = '{ hub(id: "h1") }';

    // Act
    const [first, second] = [parseAndValidate(schema, query), parseAndValidate(schema, query)];

    // Assess
    expect('document' in first).toBe(true);
    expect(second).toBe(first);
  });

  it('keeps syntax and validation errors as the outcome of their text', () => {
    // Prepare
    const [broken, invalid] = ['{ hub(', '{ hub }'];

    // Act
    const outcomes = [parseAndValidate(schema, broken), parseAndValidate(schema, invalid)];

    // Assess
    expect(outcomes.map((outcome) => ('errors' in outcome ? outcome.errors[0]?.message : 'no error'))).toEqual([
      expect.stringContaining('Syntax Error'),
      'Field "hub" argument "id" of type "ID!" is required, but it was not provided.',
    ]);
  });

  it('keeps documents per schema: another schema validates the text anew', () => {
    // Prepare
    const other = buildSchema('type Query { box: String }');
    const query = '{ hub(id: "h1") }';
    parseAndValidate(schema, query);

    // Act
    const outcome = parseAndValidate(other, query);

    // Assess
    expect('errors' in outcome).toBe(true);
  });
});
