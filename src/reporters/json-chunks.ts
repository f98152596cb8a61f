/**
 * Pretty-printed JSON written piece by piece. A report of the whole corpus (26,000 problems,
 * 14 MB) built as one object and one string took ~0.3 s more than its content needs: every
 * result object survived to be copied by the garbage collector, and the 14 MB string (28 MB when
 * one character is not Latin-1) and its UTF-8 copy were fresh memory, which costs more to touch
 * than to fill on a virtual machine. Streamed, each result lives only until its text is written.
 */

/**
 * Stands for the streamed array in the skeleton; JSON.stringify writes it as an ordinary string.
 * Random per process, so no text a user controls (a notification, a file name) can be taken for it.
 */
export const STREAMED_ARRAY = `\u0000dflint:streamed-array:${Math.random().toString(36).slice(2)}\u0000`;

/**
 * The text of `JSON.stringify(skeleton, null, 2)` in pieces, with the one STREAMED_ARRAY value
 * in `skeleton` replaced by the array of `items`, each stringified when its turn comes. The
 * result is byte for byte what stringifying the whole value at once gives (tested).
 */
export function* prettyJsonChunks(skeleton: unknown, items: Iterable<unknown>): Generator<string> {
  const text = JSON.stringify(skeleton, null, 2);
  const marker = JSON.stringify(STREAMED_ARRAY);
  const at = text.indexOf(marker);
  if (at < 0) throw new Error('prettyJsonChunks: the skeleton has no STREAMED_ARRAY');
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const indent = /^ */.exec(text.slice(lineStart, at))![0];
  // Each item is stringified nested in as many arrays as its depth, so JSON.stringify itself
  // indents it as it would inside the whole value; the arrays' brackets are sliced off. (Indenting
  // a depth-0 text afterwards with replaceAll made a second copy of the whole report, 46 MB of
  // strings for the corpus's.)
  const depth = indent.length / 2 + 1;
  const probe = JSON.stringify(nested(0, depth), null, 2);
  const head = probe.indexOf('0');
  const tail = probe.length - head - 1;
  const newline = `\n${indent}  `;
  yield text.slice(0, at);
  let first = true;
  for (const item of items) {
    // Yielded apart from the separator: joined, each would be a rope that a writer must flatten first.
    yield first ? `[${newline}` : `,${newline}`;
    const nestedText = JSON.stringify(nested(item, depth), null, 2);
    yield nestedText.slice(head, nestedText.length - tail);
    first = false;
  }
  yield first ? '[]' : `\n${indent}]`;
  yield text.slice(at + marker.length);
}

/** `item` inside `depth` one-element arrays. */
function nested(item: unknown, depth: number): unknown {
  let value = item;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}
