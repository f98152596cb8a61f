/** Control characters other than tab, C1 controls, and the marks and overrides that reorder text. */
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, 'g');

function picture(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  return code === 0x7f ? '\u2421' : '\ufffd';
}

/**
 * Text as it may go to a terminal. A C0 control character (but tab) is shown as its Unicode
 * control picture (NUL as ␀, ESC as ␛, a line feed as ␊), DEL as ␡, and a C1 control or a
 * bidirectional mark or override as U+FFFD: one character for one, so columns stay aligned. Left
 * as they are, such characters in a Dockerfile (or in a binary file linted by mistake) would move
 * the cursor, change colours, or show the reader text in another order than the builder reads it.
 */
export function printable(text: string): string {
  return UNPRINTABLE.test(text) ? text.replace(UNPRINTABLE_ALL, picture) : text;
}
