import { ruleRegistry } from '../../src/cli/rule-catalog';
import { LINT_ARG_DEFAULTS, normalizeLintArgs, type LintArgs } from '../../src/cli/lint-options';
import { LineIndex } from '../../src/lsp/positions';
import type { LspDiagnostic, LspTextEdit } from '../../src/lsp/protocol';
import { LanguageServer, type DocumentLinter } from '../../src/lsp/server';
import { sessionLinter } from '../../src/lsp/session-linter';
import { fakeIO } from '../cli/helpers';

export interface Sent {
  jsonrpc: string;
  id?: number | string | null;
  method?: string;
  params?: Record<string, unknown>;
  result?: unknown;
  error?: { code: number; message: string };
}

/** A server in this process, linting for real (ShellCheck off) unless given another linter. */
export function startServer(cwd: string, args: Partial<LintArgs> = {}, linter?: DocumentLinter) {
  const sent: Sent[] = [];
  const exits: number[] = [];
  const options = normalizeLintArgs({ ...LINT_ARG_DEFAULTS, shellcheck: 'off', ...args } as LintArgs, {}, cwd);
  const server: LanguageServer = new LanguageServer({
    send: (m) => sent.push(m as Sent),
    version: 'test',
    registry: ruleRegistry(),
    debounceMs: 0,
    linter: linter ?? sessionLinter(options, fakeIO(cwd), () => server.workspaceRoot ?? cwd, (line) => server.log(2, line)),
    onExit: (code) => exits.push(code),
  });
  let nextId = 1;
  const request = (method: string, params?: unknown): Sent => {
    const id = nextId++;
    server.handle({ jsonrpc: '2.0', id, method, params });
    const response = sent.find((m) => m.id === id && !m.method);
    if (!response) throw new Error(`no response to ${method}`);
    return response;
  };
  const notify = (method: string, params?: unknown) => server.handle({ jsonrpc: '2.0', method, params });
  const initialize = (rootUri: string | null = null) => request('initialize', { processId: null, rootUri, capabilities: {} });
  /** The next diagnostics published for `uri` after the `skip` published before. */
  const published = async (uri: string, skip = 0): Promise<{ version?: number; diagnostics: LspDiagnostic[] }> => {
    for (let waited = 0; waited < 10_000; waited += 5) {
      const list = sent.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri);
      if (list.length > skip) return list[skip].params as { version?: number; diagnostics: LspDiagnostic[] };
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`no diagnostics published for ${uri}`);
  };
  const publishedCount = (uri: string) => sent.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri).length;
  const open = (uri: string, text: string, languageId = 'dockerfile', version = 1) =>
    notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  return { server, sent, exits, request, notify, initialize, published, publishedCount, open };
}

/** `text` with LSP edits applied (non-overlapping, as one WorkspaceEdit's are). */
export function applyEdits(text: string, edits: readonly LspTextEdit[]): string {
  const index = new LineIndex(text);
  const sorted = edits.map((e) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), text: e.newText })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** A diagnostic as `code line:character-line:character`, for compact expectations. */
export function where(d: LspDiagnostic): string {
  const { start, end } = d.range;
  return `${d.code ?? '-'} ${start.line}:${start.character}-${end.line}:${end.character}`;
}
