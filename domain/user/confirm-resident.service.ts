import { ValidationError } from '../errors/errors';
import { compensate } from '../shared/compensate';
import { requiredText } from '../shared/required-text';
import { parseUserId } from './user-changes';
import { MAX_TEXT, parseEmail, type User } from './user.entity';
import type { UserDirectory } from './user-directory.port';
import type { UserRepository } from './user.repository.port';

/** What the directory knows of a resident who just confirmed their sign-up. */
export interface ConfirmedSignUp {
  /** The account's Cognito sub. */
  readonly sub: unknown;
  readonly email: unknown;
  /** The `name` attribute the app sent with the sign-up, if any. */
  readonly name?: unknown;
}

/**
 * A resident signed up from the app and confirmed their email: their account joins the `owner`
 * group and their user item is made, level OWNER. The user id is the account's sub, so a
 * repeated confirmation finds the item it made and changes nothing. If the item cannot be
 * written the account is removed (the resident signs up again) rather than left without a
 * profile, which no API call could repair.
 */
export class ConfirmResident {
  constructor(private readonly deps: { directory: UserDirectory; users: UserRepository; clock?: () => Date }) {}

  async execute(signUp: ConfirmedSignUp): Promise<User> {
    const resident = this.residentOf(signUp);
    await this.deps.directory.addToGroup(resident, 'OWNER');
    try {
      await this.deps.users.insertIfAbsent(resident, resident.userId);
    } catch (error) {
      return compensate([() => this.deps.directory.deleteAccount(resident)], error, `confirmation of resident ${resident.userId}`);
    }
    return resident;
  }

  private residentOf(signUp: ConfirmedSignUp): User {
    const userId = parseUserId(signUp.sub, 'sub');
    const email = parseEmail(signUp.email);
    const name = typeof signUp.name === 'string' && signUp.name.trim() !== '' ? signUp.name : email.split('@')[0];
    if (name === undefined) throw new ValidationError('name', 'must not be empty');
    return {
      userId,
      email,
      // Residents are people, not companies: the field stays empty until an admin sets it.
      company: '',
      displayName: requiredText('name', name, MAX_TEXT),
      level: 'OWNER',
      status: 'ACTIVE',
      createdAt: (this.deps.clock?.() ?? new Date()).toISOString(),
    };
  }
}
