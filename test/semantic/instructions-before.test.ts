import type { Instruction, OnbuildInstruction } from '../../src/ast/nodes';
import { dedent } from '../helpers/rule-tester';
import { modelOf } from './helpers';

const text = dedent`
  FROM alpine:3.20 AS base
  USER builder
  SHELL ["/bin/bash", "-c"]
  RUN one
  USER app
  RUN two
  FROM base AS child
  RUN three
  ONBUILD RUN later
  USER other
  FROM alpine:3.20
  RUN four
`;

describe('instructions in effect before a node', () => {
  const { ast, model, at } = modelOf(text);
  const line = (inst: { range: { start: { line: number } } } | null) => inst?.range.start.line ?? null;

  it('lastBefore: the last of a type before the node in its stage, else in the stages it builds on', () => {
    expect(line(model.lastBefore(at(4), 'User'))).toBe(2);
    expect(line(model.lastBefore(at(6), 'User'))).toBe(5);
    expect(line(model.lastBefore(at(5), 'User'))).toBe(2);
    expect(line(model.lastBefore(at(8), 'User'))).toBe(5);
    expect(line(model.lastBefore(at(8), 'Shell'))).toBe(3);
    expect(model.lastBefore(at(12), 'User')).toBeNull();
    expect(model.lastBefore(at(2), 'User')).toBeNull();
  });

  it('lastBefore: an ONBUILD trigger sees its whole stage, as instructionsBefore walks it', () => {
    const trigger = ast.instructions.find((i): i is OnbuildInstruction => i.type === 'Onbuild')!.trigger!;
    expect(line(model.lastBefore(trigger, 'User'))).toBe(10);
    expect([...model.instructionsBefore(trigger)].filter((i) => i.type === 'User').map(line)).toEqual([10, 2, 5]);
  });

  it('seenBefore and lastBefore agree with a walk of instructionsBefore at every instruction', () => {
    /** The reference: walk nearest stage first, and take the last match of the first stage that has one. */
    const walkedLast = (node: Instruction, type: Instruction['type']) => {
      let found: Instruction | null = null;
      for (const inst of model.instructionsBefore(node)) {
        if (found && model.stageOf(inst) !== model.stageOf(found)) break;
        if (inst.type === type) found = inst;
      }
      return found;
    };
    for (const node of ast.instructions) {
      for (const type of ['User', 'Shell', 'Run', 'From'] as const) {
        expect(model.lastBefore(node, type)).toBe(walkedLast(node, type));
        expect(model.seenBefore(node, type)).toBe(walkedLast(node, type) !== null);
      }
    }
  });

  it('someBefore agrees with a walk of instructionsBefore, and tests each instruction once per key', () => {
    let tests = 0;
    const isRun = (inst: Instruction) => {
      tests++;
      return inst.type === 'Run';
    };
    for (const node of ast.instructions) {
      expect(model.someBefore(node, 'any-run', isRun)).toBe([...model.instructionsBefore(node)].some((i) => i.type === 'Run'));
    }
    // The first stage tested up to its first RUN (line 4), the second to its first (line 8), the last to line 12.
    expect(tests).toBeLessThanOrEqual(ast.instructions.length);
  });

  it('positionInStage: the index among its stage\'s instructions', () => {
    const child = model.stages[1];
    expect(model.positionInStage(child, at(8))).toBe(0);
    expect(model.positionInStage(child, at(10))).toBe(2);
  });
});
