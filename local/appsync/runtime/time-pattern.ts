/** One piece of a Java `DateTimeFormatter` pattern. */
export type PatternToken =
  | { readonly kind: 'field'; readonly letter: string; readonly width: number }
  | { readonly kind: 'literal'; readonly text: string }
  /** `[` and `]`: what is between them may be missing when parsing. */
  | { readonly kind: 'optionalStart' }
  | { readonly kind: 'optionalEnd' };

// y/u year, M/L month, d day, H/h/k/K hour, m minute, s second, S fraction, a AM/PM,
// E day name, Z/X/x offset, V zone id: what resolvers format dates with in practice.
const SUPPORTED_LETTERS = new Set('yuMLdHhkKmsSaEZXxV');
const cache = new Map<string, readonly PatternToken[]>();

/**
 * Splits a Java `DateTimeFormatter` pattern into fields, literals and optional sections
 * (`[...]`, which AppSync's documentation uses for `AWSDateTime` offsets). A letter outside the
 * supported set, an unbalanced `[`/`]`, `{`, `}`, `#` or an unclosed quote throws, so an
 * unsupported pattern fails loudly instead of formatting something that AppSync would not.
 */
export function parsePattern(pattern: string): readonly PatternToken[] {
  const cached = cache.get(pattern);
  if (cached) return cached;
  const tokens: PatternToken[] = [];
  let index = 0;
  let depth = 0;
  while (index < pattern.length) {
    const char = pattern.charAt(index);
    if (/[A-Za-z]/.test(char)) {
      let end = index;
      while (pattern.charAt(end) === char) end += 1;
      if (!SUPPORTED_LETTERS.has(char)) {
        throw new RangeError(`Pattern letter '${char}' in "${pattern}" is not supported by the local util.time`);
      }
      tokens.push({ kind: 'field', letter: char, width: end - index });
      index = end;
    } else if (char === "'") {
      const [text, next] = readQuoted(pattern, index);
      tokens.push({ kind: 'literal', text });
      index = next;
    } else if (char === '[' || (char === ']' && depth > 0)) {
      depth += char === '[' ? 1 : -1;
      tokens.push({ kind: char === '[' ? 'optionalStart' : 'optionalEnd' });
      index += 1;
    } else if (']{}#'.includes(char)) {
      throw new RangeError(`Pattern character '${char}' in "${pattern}" is not supported by the local util.time`);
    } else {
      tokens.push({ kind: 'literal', text: char });
      index += 1;
    }
  }
  if (depth > 0) throw new RangeError(`Pattern "${pattern}" has an unclosed optional section`);
  cache.set(pattern, tokens);
  return tokens;
}

// '' is a quote character, both on its own and inside a quoted run.
function readQuoted(pattern: string, start: number): [string, number] {
  if (pattern.charAt(start + 1) === "'") return ["'", start + 2];
  let text = '';
  let index = start + 1;
  while (index < pattern.length) {
    const char = pattern.charAt(index);
    if (char === "'" && pattern.charAt(index + 1) === "'") {
      text += "'";
      index += 2;
    } else if (char === "'") {
      return [text, index + 1];
    } else {
      text += char;
      index += 1;
    }
  }
  throw new RangeError(`Pattern "${pattern}" has an unclosed quote`);
}

/** English month names, as AppSync (a Java service in an English locale) writes them. */
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** English day names, Sunday first as `Date#getUTCDay` counts. */
export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
