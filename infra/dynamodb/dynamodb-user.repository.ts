import type { UserUpdate } from '../../domain/user/user-changes';
import type { User } from '../../domain/user/user.entity';
import { UserAlreadyExistsError, UserChangedError } from '../../domain/user/user.errors';
import type { StoredUser, UserExpectation, UserRepository } from '../../domain/user/user.repository.port';
import { isConditionFailure } from '../aws-errors';
import { setting } from '../settings';
import { getItem, putItem, queryPage, updateItem } from './item-client';

// A retried or replayed create must never overwrite a user that already exists.
const userDoesNotExist = 'attribute_not_exists(userId)';
// An update lands only on the user as it was read: what Cognito was just changed from.
const userIsAsRead = 'attribute_exists(userId) AND #level = :was_level AND displayName = :was_displayName AND #status = :was_status';

export class DynamoDbUserRepository implements UserRepository {
  constructor(private readonly tableName: string = setting('usersTable')) {}

  async insert(user: User, directoryId: string): Promise<void> {
    if ((await this.insertIfAbsent(user, directoryId)) === 'exists') throw new UserAlreadyExistsError(user.email);
  }

  async insertIfAbsent(user: User, directoryId: string): Promise<'created' | 'exists'> {
    try {
      await putItem({ TableName: this.tableName, Item: { ...user, cognitoSub: directoryId }, ConditionExpression: userDoesNotExist });
      return 'created';
    } catch (error) {
      if (isConditionFailure(error)) return 'exists';
      throw error;
    }
  }

  async get(userId: string): Promise<StoredUser | undefined> {
    return getItem<StoredUser>({ TableName: this.tableName, Key: { userId }, ConsistentRead: true });
  }

  async findBySub(sub: string): Promise<User | undefined> {
    const found = await queryPage<User>({
      TableName: this.tableName,
      IndexName: 'bySub',
      KeyConditionExpression: 'cognitoSub = :sub',
      ExpressionAttributeValues: { ':sub': sub },
      Limit: 1,
    });
    return found.items[0];
  }

  async update(userId: string, update: UserUpdate, expected: UserExpectation, at: string): Promise<StoredUser> {
    const fields = Object.entries({ ...update, updatedAt: at }).filter(([, value]) => value !== undefined);
    const names: Record<string, string> = { '#level': 'level', '#status': 'status' };
    const values: Record<string, unknown> = { ':was_level': expected.level, ':was_displayName': expected.displayName, ':was_status': expected.status };
    for (const [name, value] of fields) {
      names[`#set_${name}`] = name;
      values[`:set_${name}`] = value;
    }
    try {
      const updated = await updateItem<StoredUser>({
        TableName: this.tableName,
        Key: { userId },
        UpdateExpression: `SET ${fields.map(([name]) => `#set_${name} = :set_${name}`).join(', ')}`,
        ConditionExpression: userIsAsRead,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
      });
      return updated as StoredUser;
    } catch (error) {
      if (isConditionFailure(error)) throw new UserChangedError(userId, { cause: error });
      throw error;
    }
  }
}
