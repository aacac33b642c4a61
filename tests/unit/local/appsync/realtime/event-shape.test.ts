import { buildSchema, Kind, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compileEventShape } from '../../../../../local/appsync/realtime/event-shape';
import { mutationEvent } from '../../../../../local/appsync/realtime/mutation-event';

const schema = buildSchema(`
  type Author { name: String level: Int }
  type Message { id: ID! room: String! text: String author: Author tags: [String] }
  type Query { ping: String }
  type Mutation { send: Message }
  type Subscription { onMessage(room: String): Message }
`);
const scope = { fragments: {}, variables: {} };

function rootField(source: string): FieldNode {
  const operation = parse(source).definitions[0] as OperationDefinitionNode;
  const field = operation.selectionSet.selections[0];
  if (field?.kind !== Kind.FIELD) throw new Error('no field');
  return field;
}

describe('mutationEvent', () => {
  it('names the mutation`s fields by field name, not by the mutation`s aliases', () => {
    // Prepare
    const field = rootField('mutation { sent: send { key: id room writer: author { name } } }');
    const data = { key: 'm1', room: 'r1', writer: { name: 'Hanako' } };

    // Act
    const event = mutationEvent(field, data, scope);

    // Assess
    expect(event).toEqual({ id: 'm1', room: 'r1', author: { name: 'Hanako' } });
  });
});

describe('compileEventShape', () => {
  const onMessage = schema.getSubscriptionType()?.getFields()['onMessage'];
  if (!onMessage) throw new Error('no onMessage');

  it('shapes the event by the subscriber`s own selection: aliases, nesting, __typename', () => {
    // Prepare
    const shape = compileEventShape(onMessage, rootField('subscription { m: onMessage { id t: text author { name } __typename } }'), scope);

    // Act
    const payload = shape.apply({ id: 'm1', room: 'r1', text: 'hi', author: { name: 'Hanako', level: 3 } });

    // Assess
    expect(payload).toEqual({ data: { m: { id: 'm1', t: 'hi', author: { name: 'Hanako' }, __typename: 'Message' } } });
  });

  it('gives null for what the mutation did not select, non-null fields included (as AppSync does)', () => {
    // Prepare
    const shape = compileEventShape(onMessage, rootField('subscription { onMessage { id room text tags author { level } } }'), scope);

    // Act
    const payload = shape.apply({ id: 'm1' });

    // Assess
    expect(payload).toEqual({ data: { onMessage: { id: 'm1', room: null, text: null, tags: null, author: null } } });
  });

  it('gives two subscriptions with the same selection the same key, and different ones different keys', () => {
    // Prepare
    const a = compileEventShape(onMessage, rootField('subscription A { onMessage(room: "x") { id text } }'), scope);
    const b = compileEventShape(onMessage, rootField('subscription B { onMessage(room: "y") { id text } }'), scope);
    const c = compileEventShape(onMessage, rootField('subscription { onMessage { id } }'), scope);

    // Assess
    expect(a.key).toBe(b.key);
    expect(a.key).not.toBe(c.key);
  });
});
