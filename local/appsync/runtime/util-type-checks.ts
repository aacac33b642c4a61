import { isPlainObject } from './plain-values';

/** The type names `util.typeOf` answers, as in AppSync's VTL `$util.typeOf`. */
export type TypeName = 'Null' | 'Number' | 'String' | 'Map' | 'List' | 'Boolean' | 'Object';

/** The null checks and type tests of `util`, carried over from AppSync's VTL `$util`. */
export const typeChecks = {
  isNull: (value: unknown): boolean => value === null || value === undefined,
  isNullOrEmpty: (value: unknown): boolean => value === null || value === undefined || value === '',
  isNullOrBlank: (value: unknown): boolean =>
    value === null || value === undefined || (typeof value === 'string' && value.trim() === ''),
  defaultIfNull: <T, D>(value: T, fallback: D): NonNullable<T> | D => value ?? fallback,
  defaultIfNullOrEmpty: (value: string | null | undefined, fallback: string): string =>
    value === null || value === undefined || value === '' ? fallback : value,
  defaultIfNullOrBlank: (value: string | null | undefined, fallback: string): string =>
    value === null || value === undefined || value.trim() === '' ? fallback : value,
  isString: (value: unknown): value is string => typeof value === 'string',
  isNumber: (value: unknown): value is number => typeof value === 'number',
  isBoolean: (value: unknown): value is boolean => typeof value === 'boolean',
  isList: (value: unknown): value is unknown[] => Array.isArray(value),
  isMap: (value: unknown): value is Record<string, unknown> => isPlainObject(value),
  typeOf(value: unknown): TypeName {
    if (value === null || value === undefined) return 'Null';
    if (typeof value === 'number') return 'Number';
    if (typeof value === 'string') return 'String';
    if (typeof value === 'boolean') return 'Boolean';
    if (Array.isArray(value)) return 'List';
    return isPlainObject(value) ? 'Map' : 'Object';
  },
};
