/** Where and why a config file is not JSON, for a one-line error. */

/**
 * `LINE:COLUMN: invalid JSON: why`, like the YAML errors. V8 gives an offset in some messages
 * (`… at position 12`) and none in others (`Unexpected token 'x', "…" is not valid JSON`): then
 * the place is found by reading the text (firstJsonErrorOffset).
 */
export function jsonSyntaxError(text: string, message: string): string {
  const at = / (?:in|after) JSON at position (\d+)/.exec(message) ?? / at position (\d+)/.exec(message);
  let offset = at ? Math.min(Number(at[1]), text.length) : /end of JSON input/.test(message) ? text.length : firstJsonErrorOffset(text);
  if (offset < 0) return `invalid JSON: ${message}`;
  offset = Math.min(offset, text.length);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(0, lineStart).split('\n').length;
  // V8 quotes the text around the token (`, "…" is not valid JSON`, which may span lines): the place says it better.
  const why = at ? message.slice(0, at.index) : message.replace(/, (?:\.\.\.)?".*$/s, '');
  return `${line}:${offset - lineStart + 1}: invalid JSON: ${why}`;
}

/** Offset of the first character where `text` stops being JSON; -1 when it reads as JSON. */
export function firstJsonErrorOffset(text: string): number {
  let i = 0;
  const blanks = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const c of word) {
      if (text[i] !== c) fail();
      i++;
    }
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail();
    i += m![0].length;
  };
  const value = (): void => {
    blanks();
    const c = text[i];
    if (c === '{') {
      i++;
      blanks();
      if (text[i] === '}') return void i++;
      for (;;) {
        blanks();
        if (text[i] !== '"') fail();
        string();
        blanks();
        if (text[i] !== ':') fail();
        i++;
        value();
        blanks();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (c === '[') {
      i++;
      blanks();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        blanks();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    fail();
  };
  try {
    value();
    blanks();
    return i < text.length ? i : -1;
  } catch (offset) {
    return offset as number;
  }
}
