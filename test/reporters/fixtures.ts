import { SourceText } from '../../src/ast/source';
import { docsUrl } from '../../src/engine/define-rule';
import type { Diagnostic, Fix, LintResult, Severity } from '../../src/engine/types';
import type { ReportContext, RuleInfo } from '../../src/reporters';

/** Rule metadata for reporter tests (not real rules: reporters only read metadata). */
export const latestTag: RuleInfo = {
  id: 'DF016',
  name: 'latest-tag',
  aliases: ['DL3007'],
  severity: 'warning',
  fix: 'none',
  summary: 'Base image pinned to the moving "latest" tag',
  docs: { why: 'The latest tag moves.', invalid: ['FROM node:latest'], valid: ['FROM node:22.11-alpine'] },
  tags: ['reproducibility'],
};

export const cdInRun: RuleInfo = {
  id: 'DF012',
  name: 'cd-in-run',
  aliases: ['DL3003'],
  severity: 'info',
  fix: 'none',
  summary: 'cd in RUN; use WORKDIR',
  docs: { why: 'WORKDIR persists.', invalid: ['FROM a:1\nRUN cd /x && make'], valid: ['FROM a:1\nWORKDIR /x'] },
};

export const legacyEnv: RuleInfo = {
  id: 'DF020',
  name: 'legacy-env-format',
  aliases: ['LegacyKeyValueFormat'],
  severity: 'style',
  fix: 'safe',
  summary: 'ENV key value form',
  docs: { why: 'The space form is legacy.', invalid: ['FROM a:1\nENV A b'], valid: ['FROM a:1\nENV A=b'] },
};

export const parseError: RuleInfo = {
  id: 'DF000',
  name: 'parse-error',
  aliases: [],
  severity: 'error',
  fix: 'none',
  summary: 'The Dockerfile does not parse',
  docs: { why: 'It does not parse.', invalid: ['COPY'], valid: ['FROM a:1'] },
};

export const RULES = [parseError, cdInRun, latestTag, legacyEnv];

/** A diagnostic of `rule` on the `occurrence`-th (0-based) match of `needle` in `text`. */
export function diagnosticAt(
  text: string,
  rule: RuleInfo,
  needle: string,
  message: string,
  extra: { severity?: Severity; occurrence?: number; fix?: (start: number, end: number) => Fix } = {},
): Diagnostic {
  let start = -1;
  for (let i = 0; i <= (extra.occurrence ?? 0); i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  const end = start + needle.length;
  const d: Diagnostic = {
    ruleId: rule.id,
    ruleName: rule.name,
    severity: extra.severity ?? rule.severity,
    message,
    range: new SourceText(text).rangeOf(start, end),
    docsUrl: docsUrl(rule),
  };
  if (extra.fix) d.fix = extra.fix(start, end);
  return d;
}

export const DOCKERFILE = ['FROM node:latest', 'ENV NODE_ENV production', 'RUN cd /app && npm ci', ''].join('\n');

/** Three findings of three severities in one file, one with a safe fix. */
export function sampleResults(): LintResult[] {
  const text = DOCKERFILE;
  return [
    {
      filePath: 'app/Dockerfile',
      text,
      diagnostics: [
        diagnosticAt(text, latestTag, 'node:latest', '"node:latest" uses the latest tag; pin a version'),
        diagnosticAt(text, legacyEnv, 'ENV NODE_ENV production', 'Use ENV NODE_ENV=production', {
          fix: (start, end) => ({ title: 'Use key=value', kind: 'safe', edits: [{ start: start + 12, end: end - 10, text: '=' }] }),
        }),
        diagnosticAt(text, cdInRun, 'cd /app', 'Use WORKDIR instead of cd'),
      ],
    },
    { filePath: 'clean/Dockerfile', text: 'FROM alpine:3.20\n', diagnostics: [] },
  ];
}

export function context(overrides: Partial<ReportContext> = {}): ReportContext {
  return { version: '1.2.3', cwd: '/repo', srcRoot: '/repo', rules: RULES, color: false, codeFrame: false, notifications: [], ...overrides };
}
