/**
 * Word expansion as the Dockerfile builder performs it in FROM, ADD, COPY, ENV, EXPOSE, LABEL,
 * STOPSIGNAL, USER, VOLUME, WORKDIR (and ONBUILD triggers when they run): quotes, the escape
 * character, `$v`, `${v}` and the `${v<op>word}` modifiers. Pure: the caller supplies the lookup.
 */

/** What a lookup knows about one name. */
export interface VariableLookupResult {
  /** The value, or null when it is set but not known statically (an ARG with no default). */
  value: string | null;
}

/**
 * Returns undefined for a name that is not set. A binding whose value is null is "maybe set, value
 * unknown": expansion treats it as unset and marks the result unknown.
 */
export type VariableLookup = (name: string) => VariableLookupResult | undefined;

/** One `$name` / `${name…}` in the text, with indices into the text (end exclusive). */
export interface VariableReference {
  name: string;
  start: number;
  end: number;
  /** Index range of just the name inside the reference. */
  nameStart: number;
  nameEnd: number;
  /** The modifier after the name (`:-`, `-`, `:+`, `+`, `:?`, `?`, `#`, `##`, `%`, `%%`, `/`, `//`) or null. */
  operator: string | null;
  /** The name was set (or maybe set) when the reference was expanded. */
  set: boolean;
  /** Its value was not known statically. */
  unknown: boolean;
  /** For `${v-d}` / `${v:-d}` forms: a default is given, so an unset variable is intended. */
  hasDefault: boolean;
}

export interface WordExpansion {
  value: string;
  /** True when the value depends on a variable whose value is not known statically. */
  unknown: boolean;
  references: VariableReference[];
  /** `${v?msg}` failures and malformed `${…}`, as the builder would report them. */
  errors: string[];
}

export interface ExpandOptions {
  /** The escape character (`\` or a backtick). */
  escapeChar?: string;
  /** Remove quotes as the builder does for words (default true). ENV/LABEL values and paths all do. */
  processQuotes?: boolean;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/** Expand one word. Unset variables become empty; unknown ones are treated as unset and flagged. */
export function expandWord(text: string, lookup: VariableLookup, options: ExpandOptions = {}): WordExpansion {
  const escapeChar = options.escapeChar ?? '\\';
  const processQuotes = options.processQuotes ?? true;
  // Most words hold nothing to expand or remove: they stay as they are.
  if (isPlain(text, escapeChar, processQuotes)) return { value: text, unknown: false, references: [], errors: [] };
  const lexer = new WordLexer(text, lookup, escapeChar, processQuotes);
  const value = lexer.run();
  return { value, unknown: lexer.unknown, references: lexer.references, errors: lexer.errors };
}

/** True when `text` has no `$`, no escape character and (when quotes are processed) no quote. */
function isPlain(text: string, escapeChar: string, processQuotes: boolean): boolean {
  if (text.includes('$') || text.includes(escapeChar)) return false;
  return !processQuotes || (!text.includes("'") && !text.includes('"'));
}

class WordLexer {
  pos = 0;
  unknown = false;
  readonly references: VariableReference[] = [];
  readonly errors: string[] = [];

  constructor(
    private readonly text: string,
    private readonly lookup: VariableLookup,
    private readonly escape: string,
    private readonly quotes: boolean,
  ) {}

  run(): string {
    return this.readUntil(null);
  }

  /** Read until `stop` (outside quotes) or the end; leaves `pos` on the stop character. */
  private readUntil(stop: string | null): string {
    let out = '';
    const t = this.text;
    while (this.pos < t.length) {
      const ch = t[this.pos];
      if (stop !== null && ch === stop) return out;
      if (ch === this.escape) {
        if (this.pos + 1 >= t.length) {
          out += ch;
          this.pos++;
        } else {
          out += t[this.pos + 1];
          this.pos += 2;
        }
      } else if (this.quotes && ch === "'") {
        out += this.readSingleQuoted();
      } else if (this.quotes && ch === '"') {
        out += this.readDoubleQuoted();
      } else if (ch === '$') {
        out += this.readDollar();
      } else {
        out += ch;
        this.pos++;
      }
    }
    return out;
  }

  private readSingleQuoted(): string {
    const close = this.text.indexOf("'", this.pos + 1);
    const end = close < 0 ? this.text.length : close;
    const s = this.text.slice(this.pos + 1, end);
    this.pos = close < 0 ? this.text.length : close + 1;
    return s;
  }

  private readDoubleQuoted(): string {
    const t = this.text;
    let out = '';
    this.pos++;
    while (this.pos < t.length && t[this.pos] !== '"') {
      const ch = t[this.pos];
      if (ch === this.escape && this.pos + 1 < t.length && ['"', '$', this.escape].includes(t[this.pos + 1])) {
        out += t[this.pos + 1];
        this.pos += 2;
      } else if (ch === '$') {
        out += this.readDollar();
      } else {
        out += ch;
        this.pos++;
      }
    }
    if (this.pos < t.length) this.pos++;
    return out;
  }

  private readName(): string {
    const t = this.text;
    const start = this.pos;
    if (this.pos < t.length && NAME_START.test(t[this.pos])) {
      this.pos++;
      while (this.pos < t.length && NAME_CHAR.test(t[this.pos])) this.pos++;
    }
    return t.slice(start, this.pos);
  }

  private readDollar(): string {
    const t = this.text;
    const start = this.pos;
    this.pos++;
    if (t[this.pos] === '{') {
      this.pos++;
      return this.readBraced(start);
    }
    const nameStart = this.pos;
    const name = this.readName();
    if (!name) return '$';
    const binding = this.resolve(name);
    this.references.push({
      name,
      start,
      end: this.pos,
      nameStart,
      nameEnd: this.pos,
      operator: null,
      set: binding.set,
      unknown: binding.unknown,
      hasDefault: false,
    });
    return binding.value ?? '';
  }

  private resolve(name: string): { set: boolean; unknown: boolean; value: string | null } {
    const found = this.lookup(name);
    if (!found) return { set: false, unknown: false, value: null };
    if (found.value === null) {
      this.unknown = true;
      return { set: true, unknown: true, value: null };
    }
    return { set: true, unknown: false, value: found.value };
  }

  private readBraced(start: number): string {
    const t = this.text;
    const nameStart = this.pos;
    const name = this.readName();
    const nameEnd = this.pos;
    if (!name) {
      this.errors.push(`bad substitution at "${t.slice(start, Math.min(t.length, start + 16))}"`);
      const close = t.indexOf('}', this.pos);
      this.pos = close < 0 ? t.length : close + 1;
      return '';
    }
    const operator = this.readOperator();
    const word = operator === null ? '' : this.readUntil('}');
    let replacement = '';
    if (operator === '/' || operator === '//') {
      const slash = splitPatternWord(word);
      replacement = slash.replacement;
      return this.finishBraced(start, name, nameStart, nameEnd, operator, slash.pattern, replacement);
    }
    return this.finishBraced(start, name, nameStart, nameEnd, operator, word, replacement);
  }

  private finishBraced(
    start: number,
    name: string,
    nameStart: number,
    nameEnd: number,
    operator: string | null,
    word: string,
    replacement: string,
  ): string {
    const t = this.text;
    if (t[this.pos] === '}') this.pos++;
    else this.errors.push(`missing "}" in "${t.slice(start)}"`);
    const binding = this.resolve(name);
    this.references.push({
      name,
      start,
      end: this.pos,
      nameStart,
      nameEnd,
      operator,
      set: binding.set,
      unknown: binding.unknown,
      hasDefault: operator === '-' || operator === ':-',
    });
    // An unknown value behaves as unset for the computed value; `unknown` is already flagged.
    const isSet = binding.value !== null;
    const v = binding.value ?? '';
    switch (operator) {
      case null:
        return v;
      case '-':
        return isSet ? v : word;
      case ':-':
        return isSet && v !== '' ? v : word;
      case '+':
        return isSet ? word : '';
      case ':+':
        return isSet && v !== '' ? word : '';
      case '?':
      case ':?':
        if (!isSet || (operator === ':?' && v === '')) {
          if (!binding.unknown) this.errors.push(`${name}: ${word || 'is not allowed to be unset'}`);
          return '';
        }
        return v;
      case '#':
      case '##':
        return trimPrefix(v, word, operator === '##');
      case '%':
      case '%%':
        return trimSuffix(v, word, operator === '%%');
      case '/':
      case '//':
        return replacePattern(v, word, replacement, operator === '//');
      default:
        return v;
    }
  }

  private readOperator(): string | null {
    const t = this.text;
    const c = t[this.pos];
    if (c === '}' || c === undefined) return null;
    const two = t.slice(this.pos, this.pos + 2);
    for (const op of [':-', ':+', ':?', '##', '%%', '//']) {
      if (two === op) {
        this.pos += 2;
        return op;
      }
    }
    if ('-+?#%/'.includes(c)) {
      this.pos++;
      return c;
    }
    this.errors.push(`unsupported modifier "${c}" in "${t.slice(0, this.pos + 1)}"`);
    this.pos++;
    return c;
  }
}

/** `${v/pattern/replacement}`: the word was read whole; split at the first unescaped `/`. */
function splitPatternWord(word: string): { pattern: string; replacement: string } {
  const i = word.indexOf('/');
  return i < 0 ? { pattern: word, replacement: '' } : { pattern: word.slice(0, i), replacement: word.slice(i + 1) };
}

/** Shell glob (`*`, `?`, `[…]`) to a regular expression source (no anchors). */
export function globToRegexSource(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') out += '[\\s\\S]*';
    else if (c === '?') out += '[\\s\\S]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        out += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '\\' && i + 1 < pattern.length) {
      out += escapeRegex(pattern[++i]);
    } else out += escapeRegex(c);
  }
  return out;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function trimPrefix(value: string, pattern: string, longest: boolean): string {
  const re = new RegExp(`^${globToRegexSource(pattern)}$`);
  if (longest) {
    for (let n = value.length; n >= 0; n--) if (re.test(value.slice(0, n))) return value.slice(n);
  } else {
    for (let n = 0; n <= value.length; n++) if (re.test(value.slice(0, n))) return value.slice(n);
  }
  return value;
}

function trimSuffix(value: string, pattern: string, longest: boolean): string {
  const re = new RegExp(`^${globToRegexSource(pattern)}$`);
  if (longest) {
    for (let n = 0; n <= value.length; n++) if (re.test(value.slice(n))) return value.slice(0, n);
  } else {
    for (let n = value.length; n >= 0; n--) if (re.test(value.slice(n))) return value.slice(0, n);
  }
  return value;
}

function replacePattern(value: string, pattern: string, replacement: string, all: boolean): string {
  if (pattern === '') return value;
  const re = new RegExp(`^${globToRegexSource(pattern)}$`);
  let out = '';
  let i = 0;
  let replaced = false;
  while (i < value.length) {
    let matchEnd = -1;
    if (!replaced || all) {
      // Longest match starting at i, as the shell does.
      for (let n = value.length; n > i; n--) {
        if (re.test(value.slice(i, n))) {
          matchEnd = n;
          break;
        }
      }
    }
    if (matchEnd > 0) {
      out += replacement;
      i = matchEnd;
      replaced = true;
    } else {
      out += value[i];
      i++;
    }
  }
  return out;
}
