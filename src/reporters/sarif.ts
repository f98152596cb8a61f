import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Range } from '../ast/nodes';
import { SourceText } from '../ast/source';
import { DOCS_BASE_URL, docsUrl } from '../engine/define-rule';
import type { Diagnostic, Fix, LintResult, Severity } from '../engine/types';
import { FINGERPRINT_KEY, fingerprints } from './fingerprint';
import { ruleMarkdown, ruleText } from './rule-help';
import { prettyJsonChunks, STREAMED_ARRAY } from './json-chunks';
import { repositoryPath } from './repository-path';
import { isSecurityRule, joinChunks, type ChunkedReporter, type ReportContext, type Reporter, type RuleInfo, type ToolNotification } from './types';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The project home: the docs base URL without its `/blob/...` part. */
const INFORMATION_URI = DOCS_BASE_URL.replace(/\/blob\/.*$/, '');
const SRCROOT = '%SRCROOT%';
const PARSE_ERROR_RULE = 'DF000';

export function sarifLevel(severity: Severity): Sarif.ReportingConfiguration.level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function region(range: Range): Sarif.Region {
  return { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}

/** A repository-relative URI when the file is under the root, else an absolute `file:` URI. */
function artifactLocation(filePath: string, ctx: ReportContext): Sarif.ArtifactLocation {
  const fromRoot = repositoryPath(filePath, ctx);
  if (fromRoot === null) return { uri: pathToFileURL(resolve(ctx.cwd, filePath)).href };
  return { uri: fromRoot.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function descriptor(rule: RuleInfo): Sarif.ReportingDescriptor {
  const url = docsUrl(rule);
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.docs.why.trim() || rule.summary },
    help: { text: ruleText(rule, url), markdown: ruleMarkdown(rule, url) },
    helpUri: url,
    defaultConfiguration: { level: sarifLevel(rule.severity), enabled: rule.enabledByDefault !== false },
    properties: {
      tags: ['dockerfile', ...(rule.tags ?? [])],
      aliases: rule.aliases,
      fix: rule.fix,
      ...(isSecurityRule(rule) ? { 'security-severity': SECURITY_SEVERITY[rule.severity] } : {}),
    },
  };
}

/**
 * GitHub code scanning shows a rule tagged `security` as a security alert, rated by this score
 * (0.1–3.9 low, 4.0–6.9 medium, 7.0–8.9 high): from the rule's default severity.
 */
const SECURITY_SEVERITY: Record<RuleInfo['severity'], string> = { error: '7.5', warning: '5.0', info: '2.5', style: '1.0' };

/** A descriptor for a rule id seen in results without metadata (ShellCheck's SCnnnn codes). */
function descriptorFromDiagnostic(d: Diagnostic): Sarif.ReportingDescriptor {
  return {
    id: d.ruleId,
    name: d.ruleName,
    shortDescription: { text: `${d.ruleName} ${d.ruleId}` },
    helpUri: d.docsUrl,
    defaultConfiguration: { level: sarifLevel(d.severity) },
    properties: { tags: ['dockerfile', d.ruleName] },
  };
}

function sarifFix(fix: Fix, location: Sarif.ArtifactLocation, source: SourceText): Sarif.Fix {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: fix.edits.map((edit) => ({
          deletedRegion: region(source.rangeOf(edit.start, edit.end)),
          insertedContent: { text: edit.text },
        })),
      },
    ],
    properties: { kind: fix.kind },
  };
}

function notification(n: ToolNotification, ctx: ReportContext, ruleIndex: Map<string, number>): Sarif.Notification {
  const out: Sarif.Notification = { level: n.level, message: { text: n.message } };
  if (n.filePath) {
    const physicalLocation: Sarif.PhysicalLocation = { artifactLocation: artifactLocation(n.filePath, ctx) };
    if (n.range) physicalLocation.region = region(n.range);
    out.locations = [{ physicalLocation }];
  }
  if (n.ruleId) {
    const index = ruleIndex.get(n.ruleId);
    out.associatedRule = index === undefined ? { id: n.ruleId } : { id: n.ruleId, index };
  }
  return out;
}

/** The rules table: every known rule, plus any rule id seen in results that has no metadata. */
function rulesTable(results: readonly LintResult[], ctx: ReportContext) {
  const rules = ctx.rules.map(descriptor);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  for (const result of results) {
    for (const d of result.diagnostics) {
      if (!index.has(d.ruleId)) {
        index.set(d.ruleId, rules.length);
        rules.push(descriptorFromDiagnostic(d));
      }
    }
  }
  return { rules, index };
}

/**
 * Tool execution notifications: the context's own, then one per file that does not parse (also a
 * problem with the run, so tool status pages show it).
 */
function notificationsOf(results: readonly LintResult[], ctx: ReportContext, index: Map<string, number>): Sarif.Notification[] {
  const notifications = ctx.notifications.map((n) => notification(n, ctx, index));
  for (const result of results) {
    for (const d of result.diagnostics) {
      if (d.ruleId !== PARSE_ERROR_RULE) continue;
      notifications.push(notification({ level: 'error', message: d.message, filePath: result.filePath, range: d.range, ruleId: d.ruleId }, ctx, index));
    }
  }
  return notifications;
}

/** One SARIF result per diagnostic, file by file. */
function* sarifResults(results: readonly LintResult[], ctx: ReportContext, index: Map<string, number>): Generator<Sarif.Result> {
  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    const source = new SourceText(result.text);
    const location = artifactLocation(result.filePath, ctx);
    const prints = fingerprints(result.diagnostics, source);
    for (let i = 0; i < result.diagnostics.length; i++) {
      const d = result.diagnostics[i];
      const sarifResult: Sarif.Result = {
        ruleId: d.ruleId,
        ruleIndex: index.get(d.ruleId),
        level: sarifLevel(d.severity),
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(d.range) } }],
        partialFingerprints: { [FINGERPRINT_KEY]: prints[i] },
      };
      if (d.fix) sarifResult.fixes = [sarifFix(d.fix, location, source)];
      yield sarifResult;
    }
  }
}

/** The log around its results, which the caller supplies (all of them, or STREAMED_ARRAY). */
function sarifLog(results: readonly LintResult[], ctx: ReportContext, table: ReturnType<typeof rulesTable>, sarifResults: Sarif.Result[]): Sarif.Log {
  const root = ctx.srcRoot ?? ctx.cwd;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'dflint', version: ctx.version, semanticVersion: ctx.version, informationUri: INFORMATION_URI, rules: table.rules } },
        invocations: [
          {
            executionSuccessful: !ctx.notifications.some((n) => n.level === 'error'),
            toolExecutionNotifications: notificationsOf(results, ctx, table.index),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(root).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

export function buildSarifLog(results: readonly LintResult[], ctx: ReportContext): Sarif.Log {
  const table = rulesTable(results, ctx);
  return sarifLog(results, ctx, table, [...sarifResults(results, ctx, table.index)]);
}

/** SARIF 2.1.0 for GitHub code scanning (`--format sarif -o dflint.sarif`), in pieces. */
export const sarifReportChunks: ChunkedReporter = function* (results, ctx) {
  const table = rulesTable(results, ctx);
  const skeleton = sarifLog(results, ctx, table, STREAMED_ARRAY as unknown as Sarif.Result[]);
  yield* prettyJsonChunks(skeleton, sarifResults(results, ctx, table.index));
  yield '\n';
};

/** The same as one string. */
export const sarifReporter: Reporter = joinChunks(sarifReportChunks);
