import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../domain/errors/domain-error';

// Every module that declares domain errors; a new one is found by its name.
const DOMAIN = new URL('../../../../domain/', import.meta.url);
const files = readdirSync(DOMAIN, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.errors.ts') || file.endsWith('errors/errors.ts'));
const modules = await Promise.all(files.map((file) => import(new URL(file, DOMAIN).href) as Promise<Record<string, unknown>>));

type ErrorClass = new (...args: string[]) => DomainError;
const errorClasses = Object.values(modules)
  .flatMap((exports) => Object.values(exports))
  .filter((value): value is ErrorClass => typeof value === 'function' && value.prototype instanceof DomainError);

describe('domain error names', () => {
  it('finds the error classes', () => {
    expect(errorClasses.length).toBeGreaterThanOrEqual(17);
  });

  // The bundles are minified without keeping class names: an error must spell its own name out,
  // or its logs and the Lambda runtime's reports would name it as the minifier did.
  it.each(errorClasses.map((errorClass) => [errorClass.name, errorClass] as const))('%s names itself', (className, errorClass) => {
    // Act
    const error = new errorClass('a', 'b', 'c');

    // Assess
    expect(error.name).toBe(className);
    expect(Object.prototype.hasOwnProperty.call(error, 'name')).toBe(true);
  });
});
