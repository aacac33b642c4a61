import { describe, expect, it } from 'vitest';
import { findResolverFiles } from '../../api/resolver-files';
import { RESOLVERS_DIR } from '../../cdk/paths';
import { checkResolverFields } from '../../cdk/schema-check';

describe('checkResolverFields', () => {
  it('accepts the resolver files of the repository', () => {
    // Prepare
    const resolvers = findResolverFiles(RESOLVERS_DIR);

    // Act
    const act = () => checkResolverFields(resolvers);

    // Assess
    expect(resolvers.length).toBeGreaterThan(0);
    expect(act).not.toThrow();
  });

  it('rejects a resolver naming a field the schema lacks, naming the file', () => {
    // Prepare
    const resolvers = [
      { typeName: 'Query', fieldName: 'me', file: 'resolvers/Query.me.[users].ts' },
      { typeName: 'Query', fieldName: 'nope', file: 'resolvers/Query.nope.[users].ts' },
    ];

    // Act
    const act = () => checkResolverFields(resolvers);

    // Assess
    expect(act).toThrow('resolvers/Query.nope.[users].ts: type Query has no field nope');
  });

  it('rejects unknown types and types that cannot have resolvers, all in one message', () => {
    // Prepare
    const resolvers = [
      { typeName: 'Nope', fieldName: 'me', file: 'a.ts' },
      { typeName: 'UserLevel', fieldName: 'ADMIN', file: 'b.ts' },
    ];

    // Act
    const act = () => checkResolverFields(resolvers);

    // Assess
    expect(act).toThrow(/a\.ts: type Nope is not in the schema\n\s+b\.ts: UserLevel is not an object type/);
  });
});
