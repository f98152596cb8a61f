import { defineRule } from '../../src/engine/define-rule';
import { applyFixesOnce, fixText } from '../../src/engine/fix';
import { Linter } from '../../src/engine/linter';
import type { RunInstruction } from '../../src/ast/nodes';
import type { AnyRule, Fix } from '../../src/engine/types';
import { lowerKeyword } from './fixtures';

/** A rule that rewrites each RUN's argument text with `rewrite` (undefined: leave it). */
function runRewriter(id: string, rewrite: (args: string) => string | undefined, kind: Fix['kind'] = 'safe'): AnyRule {
  return defineRule({
    id,
    name: `rewrite-${id.toLowerCase()}`,
    aliases: [],
    severity: 'warning',
    fix: kind,
    summary: 'Rewrites RUN arguments',
    docs: { why: '', invalid: [], valid: [] },
    messages: { rewrite: () => 'rewrite' },
    create: (ctx) => ({
      Run(node: RunInstruction) {
        if (!node.args) return;
        const next = rewrite(node.args.value);
        if (next === undefined) return;
        const { start, end } = node.args.range;
        ctx.report({ node: node.args, messageId: 'rewrite', fix: { title: 'rewrite', kind, edits: [{ start: start.offset, end: end.offset, text: next }] } });
      },
    }),
  });
}

const fix = (text: string, rules: AnyRule[], unsafe = false) => fixText(text, new Linter({ rules }), 'Dockerfile', { unsafe });

describe('applyFixesOnce', () => {
  const edit = (start: number, end: number, text: string, title = text): Fix => ({ title, kind: 'safe', edits: [{ start, end, text }] });
  it('applies non-overlapping fixes in position order, each with all its edits', () => {
    const twoEdits: Fix = { title: 'wrap', kind: 'safe', edits: [{ start: 6, end: 6, text: ']' }, { start: 4, end: 4, text: '[' }] };
    expect(applyFixesOnce('0123456789', [edit(8, 9, 'X'), twoEdits]).text).toBe('0123[45]67X9');
  });
  it('leaves a fix that overlaps an earlier one for the next pass', () => {
    const r = applyFixesOnce('0123456789', [edit(2, 5, 'a'), edit(4, 6, 'b'), edit(6, 7, 'c')]);
    expect(r.text).toBe('01a5c789');
    expect(r.applied.map((f) => f.title)).toEqual(['a', 'c']);
  });
  it('treats two insertions at one point as overlapping, and skips malformed fixes', () => {
    expect(applyFixesOnce('abc', [edit(1, 1, 'X'), edit(1, 1, 'Y')]).text).toBe('aXbc');
    const backwards: Fix = { title: 'bad', kind: 'safe', edits: [{ start: 2, end: 1, text: '' }] };
    const outside: Fix = { title: 'out', kind: 'safe', edits: [{ start: 2, end: 99, text: '' }] };
    expect(applyFixesOnce('abc', [backwards, outside]).applied).toEqual([]);
  });
});

describe('fixText', () => {
  it('applies safe fixes, re-lints, and reports what is left', () => {
    const out = fix('from a:1\nrun x\n', [lowerKeyword]);
    expect(out.output).toBe('FROM a:1\nRUN x\n');
    expect(out.result.output).toBe('FROM a:1\nRUN x\n');
    expect(out.result.diagnostics).toEqual([]);
    expect(out).toMatchObject({ applied: 2, passes: 1, stoppedBy: 'done' });
  });

  it('leaves unsafe fixes alone unless asked', () => {
    const unsafeRule = runRewriter('DF911', (a) => (a === 'x' ? 'y' : undefined), 'unsafe');
    expect(fix('FROM a:1\nRUN x\n', [unsafeRule]).output).toBe('FROM a:1\nRUN x\n');
    expect(fix('FROM a:1\nRUN x\n', [unsafeRule]).result.output).toBeUndefined();
    expect(fix('FROM a:1\nRUN x\n', [unsafeRule], true).output).toBe('FROM a:1\nRUN y\n');
  });

  it('takes several passes when fixes overlap or one fix enables another', () => {
    // DF911 and DF912 both rewrite the same RUN arguments: the second waits for the next pass.
    const a = runRewriter('DF911', (s) => (s.includes('a') ? s.replace('a', 'A') : undefined));
    const b = runRewriter('DF912', (s) => (s.includes('b') ? s.replace('b', 'B') : undefined));
    const out = fix('FROM x:1\nRUN ab\n', [a, b]);
    expect(out.output).toBe('FROM x:1\nRUN AB\n');
    expect(out).toMatchObject({ applied: 2, passes: 2, stoppedBy: 'done' });
    // A chain: each pass enables the next fix.
    const chain = runRewriter('DF913', (s) => ({ one: 'two', two: 'three' })[s]);
    expect(fix('FROM x:1\nRUN one\n', [chain])).toMatchObject({ output: 'FROM x:1\nRUN three\n', passes: 2 });
  });

  it('reverts a pass that breaks parsing, blocks the breaking fix, and keeps the good ones', () => {
    const breaker = defineRule({
      ...runRewriter('DF914', () => undefined),
      create: (ctx) => ({
        Copy(node) {
          // Deleting COPY's arguments leaves `COPY` alone on its line: a parse error.
          if (node.args) ctx.report({ node, messageId: 'rewrite', fix: { title: 'drop', kind: 'safe', edits: [{ start: node.args.range.start.offset - 1, end: node.args.range.end.offset, text: '' }] } });
        },
      }),
    });
    const out = fix('from a:1\nCOPY a /b\n', [breaker, lowerKeyword]);
    expect(out.output).toBe('FROM a:1\nCOPY a /b\n');
    expect(out.result.diagnostics.map((d) => d.ruleId)).toEqual(['DF914']);
    const alone = fix('FROM a:1\nCOPY a /b\n', [breaker]);
    expect(alone).toMatchObject({ output: 'FROM a:1\nCOPY a /b\n', applied: 0, stoppedBy: 'broken-parse' });
  });

  it('stops on a cycle', () => {
    const flip = runRewriter('DF915', (s) => (s === 'a' ? 'b' : s === 'b' ? 'a' : undefined));
    const out = fix('FROM x:1\nRUN a\n', [flip]);
    expect(out).toMatchObject({ output: 'FROM x:1\nRUN b\n', passes: 1, stoppedBy: 'cycle' });
  });

  it('stops after 10 passes', () => {
    const grow = runRewriter('DF916', (s) => `${s}x`);
    const out = fix('FROM x:1\nRUN a\n', [grow]);
    expect(out).toMatchObject({ output: `FROM x:1\nRUN a${'x'.repeat(10)}\n`, passes: 10, stoppedBy: 'max-passes' });
    expect(out.result.diagnostics.map((d) => d.ruleId)).toEqual(['DF916']);
  });
});
