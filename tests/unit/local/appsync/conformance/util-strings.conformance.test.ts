import { describe, it } from 'vitest';
import { doc, DOCS } from './appsync-docs';
import { act, assess, type UtilCase } from './util-case';

// AppSync's string helpers are Java's: escapeJavaScript is StringEscapeUtils.escapeEcmaScript,
// urlEncode/urlDecode are URLEncoder/URLDecoder (form encoding), matches is Pattern.matches.
const CASES: UtilCase[] = [
  { name: 'escapeJavaScript escapes quotes, backslash and slash', doc: doc(DOCS.util, 'escapeJavaScript: "the input string as a JavaScript escaped string" (Java escapeEcmaScript)'), fn: 'escapeJavaScript', input: [`He said "hi" / it's \\ done`], expected: `He said \\"hi\\" \\/ it\\'s \\\\ done` },
  { name: 'escapeJavaScript writes controls and non-ASCII as \\u escapes', doc: doc(DOCS.util, 'escapeJavaScript: non-ASCII as \\uXXXX, as escapeEcmaScript (?)'), fn: 'escapeJavaScript', input: ['tab\there\n宅配'], expected: 'tab\\there\\n\\u5B85\\u914D' },
  { name: 'urlEncode is form encoding', doc: doc(DOCS.util, 'urlEncode: "an application/x-www-form-urlencoded encoded string"'), fn: 'urlEncode', input: ['a b&c=d/é'], expected: 'a+b%26c%3Dd%2F%C3%A9' },
  { name: 'urlEncode keeps only letters, digits and .-*_', doc: doc(DOCS.util, 'urlEncode: Java URLEncoder leaves .-*_ and encodes ~ ! \' ( )'), fn: 'urlEncode', input: ["._-*~!'()"], expected: "._-*%7E%21%27%28%29" },
  { name: 'urlDecode reads + as a space', doc: doc(DOCS.util, 'urlDecode: "decodes an application/x-www-form-urlencoded encoded string"'), fn: 'urlDecode', input: ['a+b%26c%3Dd%2F%C3%A9'], expected: 'a b&c=d/é' },
  { name: 'base64Encode encodes the UTF-8 bytes', doc: doc(DOCS.util, 'base64Encode: "Encodes string to a base64 string"; UTF-8 bytes (?)'), fn: 'base64Encode', input: ['宅配 box'], expected: '5a6F6YWNIGJveA==' },
  { name: 'base64Decode decodes to UTF-8 text', doc: doc(DOCS.util, 'base64Decode: "Decodes a base64 encoded string"'), fn: 'base64Decode', input: ['5a6F6YWNIGJveA=='], expected: '宅配 box' },
  { name: 'matches: the documented example', doc: doc(DOCS.util, 'matches("a*b", "aaaaab"): true'), fn: 'matches', input: ['a*b', 'aaaaab'], expected: true },
  { name: 'matches the whole value, not a part of it', doc: doc(DOCS.util, 'matches is Java Pattern.matches: the whole input must match'), fn: 'matches', input: ['a*b', 'aaaaabc'], expected: false },
  { name: 'str.normalize NFKC folds compatibility forms', doc: doc(DOCS.str, 'util.str.normalize(value, "nfkc")'), fn: 'str.normalize', input: ['ｶﾀｶﾅ①', 'nfkc'], expected: 'カタカナ1' },
  { name: 'str.normalize NFC composes', doc: doc(DOCS.str, 'util.str.normalize(value, "nfc")'), fn: 'str.normalize', input: ['e\u0301', 'nfc'], expected: 'é' },
  { name: 'str.normalize NFD decomposes', doc: doc(DOCS.str, 'util.str.normalize(value, "nfd")'), fn: 'str.normalize', input: ['é', 'nfd'], expected: 'e\u0301' },
];

describe('conformance: util strings (escape, url, base64, matches, str)', () => {
  it.each(CASES)('$name', (row) => {
    // Prepare: the row's call
    const call = row;

    // Act
    const outcome = act(call);

    // Assess
    assess(row, outcome);
  });
});
