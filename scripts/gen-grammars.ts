/** What scripts/gen.ts bundles to record the grammars (its types describe that bundle's exports). */
export { recordGrammar, takeSnapshot } from '../src/chevrotain/take-snapshot';
export { ShellGrammar } from '../src/shell/grammar';
export { InstructionParser } from '../src/parser/grammar';
