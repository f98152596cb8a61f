/**
 * A forgiving reading of text that starts with `[`: a list of quoted strings that was probably meant as
 * an exec form (JSON array) but is not valid JSON, told apart from a shell `[ … ]` test.
 */

/** One quoted element of a bracketed list, with its indices (quotes included) in the text. */
interface ListElement {
  quote: '"' | "'";
  /** The text between the quotes, as written. */
  inner: string;
  start: number;
  end: number;
}

/** What a forgiving reading of `[ 'a', "b" ]` found. */
export interface LooseList {
  elements: ListElement[];
  closed: boolean;
  trailingComma: boolean;
  /** Text after the closing `]`, trimmed. */
  trailing: string;
  /** The last string had no closing quote. */
  unterminatedString: boolean;
}

/**
 * Reads `text` (starting with `[`) as a list of single- or double-quoted strings separated by commas,
 * forgiving the mistakes people make when they mean JSON. Returns null when it is not such a list at
 * all, which is how a shell test like `[ "$a" = b ] && …` is told apart from a broken exec form.
 */
export function readLooseList(text: string): LooseList | null {
  if (!text.startsWith('[')) return null;
  const elements: ListElement[] = [];
  let i = 1;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const list = (closed: boolean, trailingComma: boolean, unterminatedString = false): LooseList => ({
    elements,
    closed,
    trailingComma,
    trailing: closed ? text.slice(i).trim() : '',
    unterminatedString,
  });
  skipSpace();
  if (text[i] === ']') {
    i++;
    return list(true, false);
  }
  for (;;) {
    const quote = text[i];
    if (quote !== '"' && quote !== "'") return null;
    const start = i++;
    while (i < text.length && text[i] !== quote) i += quote === '"' && text[i] === '\\' ? 2 : 1;
    if (i >= text.length) {
      elements.push({ quote, inner: text.slice(start + 1), start, end: text.length });
      return list(false, false, true);
    }
    i++;
    elements.push({ quote, inner: text.slice(start + 1, i - 1), start, end: i });
    skipSpace();
    if (i >= text.length) return list(false, false);
    if (text[i] === ']') {
      i++;
      return list(true, false);
    }
    if (text[i] !== ',') return null;
    i++;
    skipSpace();
    if (i >= text.length) return list(false, true);
    if (text[i] === ']') {
      i++;
      return list(true, true);
    }
  }
}

/** Whether a loose list reads as a meant-to-be exec form rather than a shell `[ … ]` test. */
export function looksLikeBrokenExecForm(list: LooseList | null): list is LooseList {
  if (!list) return false;
  // `["app"] # note`: Dockerfiles have no trailing comments, so the note turns it into shell form.
  if (list.trailing.startsWith('#')) return list.elements.length >= 1;
  if (list.trailing !== '') return list.elements.length >= 2;
  return list.elements.length >= 1;
}
