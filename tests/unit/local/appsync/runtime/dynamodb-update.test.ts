import { describe, expect, it } from 'vitest';
import { update } from '../../../../../local/appsync/runtime/dynamodb-builders';
import { toStringSet } from '../../../../../local/appsync/runtime/dynamodb-module';
import { operations } from '../../../../../local/appsync/runtime/dynamodb-update';

describe('update and operations', () => {
  it('renders increment, a plain value and a removal, with a condition', () => {
    // Prepare
    const payload = {
      key: { id: '1' },
      update: { views: operations.increment(), title: 'New', draft: operations.remove() },
      condition: { version: { eq: 3 } },
    };

    // Act
    const request = update(payload);

    // Assess
    expect(request).toStrictEqual({
      operation: 'UpdateItem',
      key: { id: { S: '1' } },
      update: {
        expression: 'SET #views = #views + :views, #title = :title REMOVE #draft',
        expressionNames: { '#views': 'views', '#title': 'title', '#draft': 'draft' },
        expressionValues: { ':views': { N: 1 }, ':title': { S: 'New' } },
      },
      condition: {
        expression: '(#version = :version_eq)',
        expressionNames: { '#version': 'version' },
        expressionValues: { ':version_eq': { N: 3 } },
      },
    });
  });

  it('renders decrement, list appends, list item updates and nested maps', () => {
    // Prepare
    const payload = {
      key: { id: '1' },
      update: {
        stock: operations.decrement(2),
        log: operations.append(['opened']),
        recent: operations.prepend([{ at: 1 }]),
        slots: [operations.updateListItem('full', 1)],
        address: { city: 'Kyoto' },
      },
    };

    // Act
    const request = update(payload);

    // Assess
    expect(request.update).toStrictEqual({
      expression:
        'SET #stock = #stock - :stock, #log = list_append(#log, :log), #recent = list_append(:recent, #recent), ' +
        '#slots[1] = :slots_1, #address.#city = :address_city',
      expressionNames: { '#stock': 'stock', '#log': 'log', '#recent': 'recent', '#slots': 'slots', '#address': 'address', '#city': 'city' },
      expressionValues: {
        ':stock': { N: 2 },
        ':log': { L: [{ S: 'opened' }] },
        ':recent': { L: [{ M: { at: { N: 1 } } }] },
        ':slots_1': { S: 'full' },
        ':address_city': { S: 'Kyoto' },
      },
    });
  });

  it('adds to a set with ADD and writes other added values with SET', () => {
    // Prepare
    const payload = { key: { id: '1' }, update: { tags: operations.add(toStringSet(['a', 'b'])), profile: operations.add({ bio: 'hi' }) } };

    // Act
    const request = update(payload);

    // Assess
    expect(request.update).toStrictEqual({
      expression: 'SET #profile = :profile ADD #tags :tags',
      expressionNames: { '#tags': 'tags', '#profile': 'profile' },
      expressionValues: { ':tags': { SS: ['a', 'b'] }, ':profile': { M: { bio: { S: 'hi' } } } },
    });
  });

  it('gives attribute names that are not valid placeholders a sanitized placeholder', () => {
    // Prepare
    const payload = { key: { id: '1' }, update: { 'last-seen': 5, last_seen: 6 } };

    // Act
    const request = update(payload);

    // Assess
    expect(request.update).toStrictEqual({
      expression: 'SET #last_seen = :last_seen, #last_seen_1 = :last_seen_1',
      expressionNames: { '#last_seen': 'last-seen', '#last_seen_1': 'last_seen' },
      expressionValues: { ':last_seen': { N: 5 }, ':last_seen_1': { N: 6 } },
    });
  });

  it('refuses an update object that changes nothing', () => {
    // Prepare
    const payload = { key: { id: '1' }, update: {} };

    // Act
    const act = () => update(payload);

    // Assess
    expect(act).toThrow('update: the update object changes nothing');
  });
});
