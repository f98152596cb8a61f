import { APT_GET, pipInstallCalls, runCommands, toolCalls } from '../../src/analysis/packages';
import { earlierRunMentions, runMounts } from '../../src/analysis/run-facts';
import { parsedInvocations } from '../../src/analysis/run-script';
import { shippedStages } from '../../src/analysis/shipped-stage';
import type { Instruction, OnbuildInstruction, RunInstruction } from '../../src/ast/nodes';
import { parseDockerfile } from '../../src/parser';
import { SemanticModel } from '../../src/semantic/model';

const TEXT = [
  'FROM debian:12 AS base',
  "RUN echo 'APT::Get::Assume-Yes \"true\";' > /etc/apt/apt.conf.d/90yes",
  'FROM base',
  'RUN apt-get update && apt-get install curl && pip install flask',
  'RUN --mount=type=cache,target=/var/cache/apt apt-get install wget',
  '',
].join('\n');

function model(): { model: SemanticModel; runs: RunInstruction[] } {
  const { ast, source } = parseDockerfile(TEXT);
  const runs = ast.instructions.filter((i: Instruction): i is RunInstruction => i.type === 'Run');
  return { model: new SemanticModel(ast, source), runs };
}

describe('per-file facts shared by the rules', () => {
  it('computes each fact once per model and instruction', () => {
    const { model: m, runs } = model();
    expect(parsedInvocations(m, runs[1])).toBe(parsedInvocations(m, runs[1]));
    const run = runCommands(m, runs[1])!;
    expect(runCommands(m, runs[1])).toBe(run);
    expect(toolCalls(run, APT_GET)).toBe(toolCalls(run, APT_GET));
    expect(pipInstallCalls(run)).toBe(pipInstallCalls(run));
    expect(shippedStages(m)).toBe(shippedStages(m));
    expect(runMounts(m, runs[2])).toBe(runMounts(m, runs[2]));
  });

  it('gives the same answers as a fresh model', () => {
    const a = model();
    const b = model();
    const run = runCommands(a.model, a.runs[1])!;
    expect(runCommands(b.model, b.runs[1])).not.toBe(run);
    expect(parsedInvocations(a.model, a.runs[1])!.map((i) => i.name)).toEqual(['apt-get', 'apt-get', 'pip']);
    expect(toolCalls(run, APT_GET).map((c) => c.subcommand?.text)).toEqual(['update', 'install']);
    expect(pipInstallCalls(run).map((c) => c.operands.map((o) => o.text))).toEqual([['flask']]);
    expect(shippedStages(a.model).map((s) => s.index)).toEqual([0, 1]);
    expect(runMounts(a.model, a.runs[2])).toEqual([{ type: 'cache', target: '/var/cache/apt', source: null }]);
  });

  it('tests each earlier RUN against a pattern once, whoever asks', () => {
    const { model: m, runs } = model();
    const yes = /APT::Get::Assume-?Yes/i;
    expect(earlierRunMentions(m, runs[1], yes)).toBe(true);
    expect(earlierRunMentions(m, runs[2], yes)).toBe(true);
    expect(earlierRunMentions(m, runs[0], yes)).toBe(false);
    // `before` looks at this RUN's own text up to an offset, which is never cached.
    expect(earlierRunMentions(m, runs[0], yes, runs[0].range.end.offset)).toBe(true);
    expect(earlierRunMentions(m, runs[2], /install wget/)).toBe(false);
  });

  it('gives a global or sticky pattern the same answer every time (no lastIndex carried over)', () => {
    const { model: m, runs } = model();
    for (const re of [/Assume/g, /Assume/y]) {
      expect(earlierRunMentions(m, runs[1], re)).toBe(true);
      expect(earlierRunMentions(m, runs[1], re)).toBe(true);
    }
  });

  it('counts the RUNs before the node in its stage, all of the stages it builds on, and all of its stage for an ONBUILD trigger', () => {
    const text = ['FROM debian:12 AS base', 'RUN set-a', 'RUN set-b', 'FROM base', 'ONBUILD RUN trigger', 'RUN set-c', 'RUN last', ''].join('\n');
    const { ast, source } = parseDockerfile(text);
    const m = new SemanticModel(ast, source);
    const runs = ast.instructions.filter((i: Instruction): i is RunInstruction => i.type === 'Run');
    const [setB, setC, last] = [runs[1], runs[2], runs[3]];
    expect(earlierRunMentions(m, setB, /set-a/)).toBe(true);
    expect(earlierRunMentions(m, setB, /set-b/)).toBe(false);
    expect(earlierRunMentions(m, last, /set-b/)).toBe(true);
    expect(earlierRunMentions(m, setC, /last/)).toBe(false);
    const onbuild = ast.instructions.find((i): i is OnbuildInstruction => i.type === 'Onbuild')!;
    expect(earlierRunMentions(m, onbuild.trigger!, /last/)).toBe(true);
  });

  it('tests each RUN against a pattern at most once, however many RUNs ask', () => {
    const text = ['FROM debian:12', ...Array.from({ length: 300 }, (_, i) => `RUN step ${i}`), ''].join('\n');
    const { ast, source } = parseDockerfile(text);
    const m = new SemanticModel(ast, source);
    let tests = 0;
    const counting = /never-there/;
    const test = counting.test.bind(counting);
    counting.test = (s: string) => {
      tests++;
      return test(s);
    };
    for (const run of ast.instructions.filter((i) => i.type === 'Run')) expect(earlierRunMentions(m, run, counting)).toBe(false);
    expect(tests).toBe(300);
  });
});
