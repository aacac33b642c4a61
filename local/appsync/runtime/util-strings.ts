import type { NormalizationType } from '@aws-appsync/utils/lib/string-utils';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Java's `StringEscapeUtils.escapeEcmaScript`, which AppSync uses: quotes, backslash and `/`
 * get a backslash, control characters their short or `\u` form, and everything past ASCII is
 * written as `\uXXXX` UTF-16 units so the result is plain ASCII.
 */
export function escapeJavaScript(value: string): string {
  const shortForms: Record<string, string> = {
    "'": "\\'", '"': '\\"', '\\': '\\\\', '/': '\\/', '\b': '\\b', '\n': '\\n', '\t': '\\t', '\f': '\\f', '\r': '\\r',
  };
  let escaped = '';
  for (let index = 0; index < value.length; index += 1) {
    const char = value.charAt(index);
    const code = value.charCodeAt(index);
    const short = shortForms[char];
    if (short !== undefined) escaped += short;
    else if (code < 0x20 || code > 0x7f) escaped += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    else escaped += char;
  }
  return escaped;
}

/**
 * Java's `URLEncoder.encode(value, "UTF-8")` (form encoding): unlike `encodeURIComponent`, a
 * space becomes `+` and only letters, digits and `.-*_` stay as they are.
 */
export function urlEncode(value: string): string {
  // Java writes '?' for a lone surrogate where encodeURIComponent would throw.
  return encodeURIComponent(value.replace(LONE_SURROGATE, '?'))
    .replace(/[!'()~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/** Java's `URLDecoder.decode(value, "UTF-8")`: `+` is a space; a malformed escape throws. */
export function urlDecode(value: string): string {
  return decodeURIComponent(value.replace(/\+/g, ' '));
}

/** Base64 of the UTF-8 bytes of `value`. */
export function base64Encode(value: string): string {
  return Buffer.from(value, 'utf8').toString('base64');
}

/** The UTF-8 text of base64 `value`. */
export function base64Decode(value: string): string {
  return Buffer.from(value, 'base64').toString('utf8');
}

/** Java's `Pattern.matches`: the whole of `value` must match, not just a part of it. */
export function matches(pattern: string, value: string): boolean {
  return new RegExp(`^(?:${pattern})$`).test(value);
}

/** `util.str`. */
export const stringUtils = {
  normalize(value: string, normalizationType: NormalizationType): string {
    const form = String(normalizationType).toUpperCase();
    if (form !== 'NFC' && form !== 'NFD' && form !== 'NFKC' && form !== 'NFKD') {
      throw new RangeError(`util.str.normalize: unknown normalization type ${String(normalizationType)}`);
    }
    return value.normalize(form);
  },
};
