import { CstParser, serializeGrammar } from 'chevrotain';
import { PrototypeRecordingCstParser } from '../../src/chevrotain/prototype-recording';
import { recordGrammar } from '../../src/chevrotain/take-snapshot';
import { ShellGrammar } from '../../src/shell/grammar';

type Recorder = { enableRecording(): void; disableRecording(): void };

/** Builds a parser with Chevrotain's own enableRecording/disableRecording in place of ours. */
function withStockRecording<T>(make: () => T): T {
  const ours = PrototypeRecordingCstParser.prototype as unknown as Recorder;
  const stock = CstParser.prototype as unknown as Recorder;
  const saved = { enable: ours.enableRecording, disable: ours.disableRecording };
  ours.enableRecording = stock.enableRecording;
  ours.disableRecording = stock.disableRecording;
  try {
    return make();
  } finally {
    ours.enableRecording = saved.enable;
    ours.disableRecording = saved.disable;
  }
}

const RECORDING_METHODS = ['CONSUME', 'CONSUME1', 'SUBRULE', 'SUBRULE9', 'OPTION', 'OR', 'OR2', 'MANY', 'MANY_SEP', 'AT_LEAST_ONE', 'AT_LEAST_ONE_SEP', 'consume', 'subrule', 'option', 'or', 'many', 'atLeastOne', 'ACTION', 'BACKTRACK', 'LA'];

describe('PrototypeRecordingCstParser', () => {
  it.each([false, true])('records the shell grammar exactly as Chevrotain does (recovery %s)', (recovery) => {
    // Both record (recordGrammar leaves the build-time snapshot aside).
    const ours = recordGrammar(() => new ShellGrammar(recovery)).parser;
    const stock = withStockRecording(() => recordGrammar(() => new ShellGrammar(recovery)).parser);
    const grammar = (p: ShellGrammar) => serializeGrammar(Object.values(p.getGAstProductions()));
    expect(grammar(ours).length).toBeGreaterThan(10);
    expect(grammar(ours)).toEqual(grammar(stock));
  });

  it.each([
    ['recorded', () => recordGrammar(() => new ShellGrammar(false)).parser],
    ['from its snapshot', () => new ShellGrammar(false)],
  ])('leaves the parser with its class as prototype, no recording methods of its own, and out of recording (%s)', (_how, make) => {
    const parser = make();
    expect(Object.getPrototypeOf(parser)).toBe(ShellGrammar.prototype);
    for (const name of RECORDING_METHODS) expect(Object.prototype.hasOwnProperty.call(parser, name)).toBe(false);
    expect(parser.RECORDING_PHASE).toBe(false);
  });
});
