import { APT_GET, pipInstallCalls, runCommands, toolCalls } from '../../src/analysis/packages';
import { earlierRunMentions, earlierRuns, runMounts } from '../../src/analysis/run-facts';
import { parsedInvocations } from '../../src/analysis/run-script';
import { shippedStages } from '../../src/analysis/shipped-stage';
import type { Instruction, RunInstruction } from '../../src/ast/nodes';
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
    expect(earlierRuns(m, runs[2])).toBe(earlierRuns(m, runs[2]));
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
    expect(earlierRuns(a.model, a.runs[2])).toEqual([a.runs[0], a.runs[1]]);
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

  it('does not cache a global pattern, whose lastIndex carries state', () => {
    const { model: m, runs } = model();
    const g = /Assume/g;
    expect(earlierRunMentions(m, runs[1], g)).toBe(true);
    // A second test of the same text with a global regex starts at lastIndex and fails: as uncached code would.
    expect(earlierRunMentions(m, runs[1], g)).toBe(false);
  });
});
