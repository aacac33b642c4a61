import { ValidationError } from '../errors/errors';

/** A trimmed, non-empty string of at most `max` characters, or a ValidationError naming `field`. */
export function requiredText(field: string, value: unknown, max: number): string {
  if (typeof value !== 'string') throw new ValidationError(field, 'must be a string');
  const trimmed = value.trim();
  if (trimmed.length === 0) throw new ValidationError(field, 'must not be empty');
  if (trimmed.length > max) throw new ValidationError(field, `must be at most ${max} characters`);
  return trimmed;
}
