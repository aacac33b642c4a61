import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { User } from '../../domain/user/user.entity';
import { UserAlreadyExistsError } from '../../domain/user/user.errors';
import type { UserRepository } from '../../domain/user/user.repository.port';
import { awsErrorName } from '../aws-errors';
import { setting } from '../settings';
import { documentClient } from './document-client';

// A retried or replayed create must never overwrite a user that already exists.
const userDoesNotExist = 'attribute_not_exists(userId)';

export class DynamoDbUserRepository implements UserRepository {
  constructor(private readonly tableName: string = setting('usersTable')) {}

  async insert(user: User, directoryId: string): Promise<void> {
    try {
      await documentClient().send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...user, cognitoSub: directoryId },
          ConditionExpression: userDoesNotExist,
        }),
      );
    } catch (error) {
      if (awsErrorName(error) === 'ConditionalCheckFailedException') {
        throw new UserAlreadyExistsError(user.email, { cause: error });
      }
      throw error;
    }
  }

  async get(userId: string): Promise<(User & { cognitoSub: string }) | undefined> {
    const found = await documentClient().send(new GetCommand({ TableName: this.tableName, Key: { userId }, ConsistentRead: true }));
    return found.Item as (User & { cognitoSub: string }) | undefined;
  }

  async findBySub(sub: string): Promise<User | undefined> {
    const found = await documentClient().send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'bySub',
        KeyConditionExpression: 'cognitoSub = :sub',
        ExpressionAttributeValues: { ':sub': sub },
        Limit: 1,
      }),
    );
    return found.Items?.[0] as User | undefined;
  }
}
