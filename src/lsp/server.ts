import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDockerfileName } from '../cli/discover';
import { HADOLINT_CONFIG_NAMES } from '../config/hadolint';
import { CONFIG_FILE_NAMES } from '../config/load';
import type { RuleRegistry } from '../engine/registry';
import type { Diagnostic, Severity } from '../engine/types';
import { quickFixes, wants, type LintedDocument } from './code-actions';
import { OpenDocuments, type ContentChange } from './documents';
import { LineIndex } from './positions';
import { completionKeys, completionSpan, describeKey, keyAt } from './suppression-comments';
import { definitionAt, describeAt, documentSymbols, type DocumentSymbolAt } from './navigation';
import { parseDockerfile } from '../parser';
import { SemanticModel } from '../semantic/model';
import {
  CodeActionKind,
  DiagnosticTag,
  ErrorCodes,
  LspSeverity,
  TextDocumentSyncKind,
  type CodeAction,
  type LspDiagnostic,
  type LspRange,
  type ResponseError,
} from './protocol';

/** What linting one document gave. */
export type LintOutcome =
  | { kind: 'linted'; diagnostics: Diagnostic[] }
  /** Listed in its config's `ignorePaths`: no findings are shown. */
  | { kind: 'ignored' }
  /** The run could not go on (an invalid config file): the one-line message the CLI would print. */
  | { kind: 'failed'; message: string };

/** How the server lints: the CLI's session machinery in dflint, a stand-in in tests. */
export interface DocumentLinter {
  /** `path`: the file on disk, or null for a document that has none (an unsaved one). */
  lint(text: string, path: string | null): Promise<LintOutcome>;
  /** The text with every safe fix applied (as `dflint --fix`), or null when nothing changes or it cannot be linted. */
  fixAll(text: string, path: string | null): string | null;
}

export interface ServerOptions {
  send(message: object): void;
  linter: DocumentLinter;
  /** The rules, for hovers and completions in suppression comments. */
  registry: RuleRegistry;
  version: string;
  /** Wait this long after an edit before linting, so a burst of keystrokes is linted once. */
  debounceMs?: number;
  /** Called once on the `exit` notification with the exit code the protocol asks for. */
  onExit(code: number): void;
}

const SEVERITY: Record<Severity, number> = {
  error: LspSeverity.Error,
  warning: LspSeverity.Warning,
  info: LspSeverity.Information,
  // Editors hide hints (VS Code shows no Problems entry for them): style findings stay visible.
  style: LspSeverity.Information,
};

/**
 * Files whose changes change findings: dflint's and hadolint's configs, ignore files
 * (copy-ignored-file), and any JSON or YAML file, which a config's `extends` may name.
 */
export const WATCHED_FILES = [...CONFIG_FILE_NAMES, ...HADOLINT_CONFIG_NAMES, '.dockerignore', '*.dockerignore', '*.json', '*.yaml', '*.yml'].map((name) => `**/${name}`);

/** CompletionItemKind.Value. */
const COMPLETION_KIND_VALUE = 12;

/** Language ids editors give Dockerfiles. */
const DOCKERFILE_LANGUAGES = new Set(['dockerfile', 'containerfile']);

class RequestError extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
  }
}

interface LintState {
  timer: ReturnType<typeof setTimeout> | null;
  running: boolean;
  /** An edit arrived while a lint ran: lint again when it is done. */
  again: boolean;
}

/** The path of a `file:` URI; null for other schemes (an unsaved document). */
export function pathOfUri(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function toLspDiagnostic(index: LineIndex, d: Diagnostic): LspDiagnostic {
  return {
    range: index.rangeAt(d.range.start.offset, d.range.end.offset),
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    ...(d.docsUrl ? { codeDescription: { href: d.docsUrl } } : {}),
    source: 'dflint',
    message: d.ruleName && d.ruleName !== 'shellcheck' ? `${d.message} (${d.ruleName})` : d.message,
    ...(TAGS[d.ruleId] ? { tags: TAGS[d.ruleId] } : {}),
  };
}

/** Findings editors can draw in their own way: a comment that suppresses nothing fades, MAINTAINER is struck through. */
const TAGS: Readonly<Record<string, number[]>> = { DF099: [DiagnosticTag.Unnecessary], DF019: [DiagnosticTag.Deprecated] };

/**
 * dflint as a language server: it lints the Dockerfiles an editor has open as they are edited,
 * publishes the findings as diagnostics, and offers each finding's fix, comments that ignore its
 * rule, and "fix all" as code actions. Transport-free: messages in through `handle`, out through `send`.
 */
export class LanguageServer {
  private readonly documents = new OpenDocuments();
  private readonly linted = new Map<string, LintedDocument>();
  private readonly states = new Map<string, LintState>();
  /** The semantic model of each open document's current text, made when a request needs it (not the lints'). */
  private readonly models = new Map<string, { text: string; model: SemanticModel }>();
  private readonly debounceMs: number;
  private initialized = false;
  private shutdownRequested = false;
  /** True once the client asked the server to shut down. */
  get hasShutDown(): boolean {
    return this.shutdownRequested;
  }
  /** The client can be asked to report changes to files (`workspace/didChangeWatchedFiles`). */
  private canWatchFiles = false;
  /** The first workspace folder the editor named, as a path: unsaved documents get its config. */
  workspaceRoot: string | null = null;

  constructor(private readonly options: ServerOptions) {
    this.debounceMs = options.debounceMs ?? 75;
  }

  /** One message from the client: a request (answered through `send`) or a notification. */
  handle(message: unknown): void {
    if (!isObject(message) || typeof message.method !== 'string') {
      // Responses to requests this server never sends, or something else: nothing to do.
      if (isObject(message) && 'id' in message && !('result' in message) && !('error' in message)) {
        this.respondError(message.id as number | string | null, { code: ErrorCodes.InvalidRequest, message: 'a request needs a method' });
      }
      return;
    }
    const { method, params } = message;
    if ('id' in message && message.id !== undefined) this.request(message.id as number | string, method, params);
    else this.notification(method, params);
  }

  private request(id: number | string, method: string, params: unknown): void {
    try {
      if (method === 'initialize') return this.respond(id, this.initialize(params));
      if (!this.initialized) throw new RequestError(ErrorCodes.ServerNotInitialized, 'the server is not initialized yet');
      if (this.shutdownRequested && method !== 'shutdown') throw new RequestError(ErrorCodes.InvalidRequest, 'the server is shutting down');
      switch (method) {
        case 'shutdown':
          this.shutdownRequested = true;
          for (const state of this.states.values()) if (state.timer) clearTimeout(state.timer);
          return this.respond(id, null);
        case 'textDocument/codeAction':
          return this.respond(id, this.codeActions(params));
        case 'textDocument/hover':
          return this.respond(id, this.hover(params));
        case 'textDocument/completion':
          return this.respond(id, this.completion(params));
        case 'textDocument/definition':
          return this.respond(id, this.definition(params));
        case 'textDocument/documentSymbol':
          return this.respond(id, this.symbols(params));
        default:
          throw new RequestError(ErrorCodes.MethodNotFound, `unhandled method ${method}`);
      }
    } catch (err) {
      if (err instanceof RequestError) return this.respondError(id, { code: err.code, message: err.message });
      this.log(1, `dflint: ${method} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      this.respondError(id, { code: ErrorCodes.InternalError, message: err instanceof Error ? err.message : String(err) });
    }
  }

  private notification(method: string, params: unknown): void {
    if (method === 'exit') {
      this.options.onExit(this.shutdownRequested ? 0 : 1);
      return;
    }
    if (!this.initialized || this.shutdownRequested) return;
    try {
      switch (method) {
        case 'textDocument/didOpen': {
          const doc = field(params, 'textDocument');
          const uri = stringField(doc, 'uri');
          this.documents.open({ uri, languageId: stringField(doc, 'languageId'), version: numberField(doc, 'version'), text: stringField(doc, 'text') });
          if (this.isDockerfile(uri)) this.schedule(uri, 0);
          return;
        }
        case 'textDocument/didChange': {
          const doc = field(params, 'textDocument');
          const uri = stringField(doc, 'uri');
          const changes = contentChanges(field(params, 'contentChanges'));
          if (this.documents.change(uri, numberField(doc, 'version'), changes) && this.isDockerfile(uri)) this.schedule(uri, this.debounceMs);
          return;
        }
        case 'textDocument/didClose': {
          const uri = stringField(field(params, 'textDocument'), 'uri');
          const wasLinted = this.isDockerfile(uri);
          this.documents.close(uri);
          this.linted.delete(uri);
          this.models.delete(uri);
          const state = this.states.get(uri);
          if (state?.timer) clearTimeout(state.timer);
          this.states.delete(uri);
          if (wasLinted) this.publish(uri, undefined, []);
          return;
        }
        // A config file or .dockerignore may have changed: lint everything open again.
        case 'workspace/didChangeWatchedFiles':
        case 'workspace/didChangeConfiguration':
        case 'textDocument/didSave':
          for (const doc of this.documents.all()) if (this.isDockerfile(doc.uri)) this.schedule(doc.uri, 0);
          return;
        case 'initialized':
          if (this.canWatchFiles) this.watchConfigFiles();
          return;
        default:
          // `$/cancelRequest`, `$/setTrace` and anything unknown need no answer.
          return;
      }
    } catch (err) {
      this.log(1, `dflint: ignored a malformed ${method} notification (${err instanceof Error ? err.message : String(err)})`);
    }
  }

  private initialize(params: unknown): object {
    if (this.initialized) throw new RequestError(ErrorCodes.InvalidRequest, 'the server is already initialized');
    this.initialized = true;
    this.workspaceRoot = workspaceRootOf(params);
    this.canWatchFiles = watchedFilesRegistrable(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAllDflint] },
        hoverProvider: true,
        definitionProvider: true,
        documentSymbolProvider: true,
        completionProvider: { triggerCharacters: ['=', ','] },
      },
      serverInfo: { name: 'dflint', version: this.options.version },
    };
  }

  /**
   * Asks the editor to report changes to the files a lint reads besides the Dockerfile (configs,
   * ignore files), so that findings follow an edited config without waiting for the next edit.
   */
  private watchConfigFiles(): void {
    const watchers = WATCHED_FILES.map((globPattern) => ({ globPattern }));
    this.options.send({
      jsonrpc: '2.0',
      id: 'dflint-watch-config',
      method: 'client/registerCapability',
      params: { registrations: [{ id: 'dflint-config-files', method: 'workspace/didChangeWatchedFiles', registerOptions: { watchers } }] },
    });
  }

  /** Editors send every open file: dflint lints those named or marked as Dockerfiles. */
  private isDockerfile(uri: string): boolean {
    const doc = this.documents.get(uri);
    if (!doc) return false;
    if (DOCKERFILE_LANGUAGES.has(doc.languageId.toLowerCase())) return true;
    const path = pathOfUri(uri);
    return path !== null && isDockerfileName(basename(path));
  }

  private state(uri: string): LintState {
    let state = this.states.get(uri);
    if (!state) {
      state = { timer: null, running: false, again: false };
      this.states.set(uri, state);
    }
    return state;
  }

  private schedule(uri: string, delayMs: number): void {
    const state = this.state(uri);
    if (state.running) {
      state.again = true;
      return;
    }
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = null;
      void this.lintNow(uri, state);
    }, delayMs);
  }

  private async lintNow(uri: string, state: LintState): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc || this.shutdownRequested) return;
    const { text, version } = doc;
    state.running = true;
    let outcome: LintOutcome;
    try {
      outcome = await this.options.linter.lint(text, pathOfUri(uri));
    } catch (err) {
      this.log(1, `dflint: linting ${uri} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      outcome = { kind: 'failed', message: `dflint could not lint this file: ${err instanceof Error ? err.message : String(err)}` };
    }
    state.running = false;
    const current = this.documents.get(uri);
    if (current && this.states.get(uri) === state && !this.shutdownRequested) {
      // Findings of an older text are not shown: the newer text is linted next.
      if (current.version === version && current.text === text) this.show(uri, version, text, outcome);
      if (state.again || current.text !== text) {
        state.again = false;
        this.schedule(uri, 0);
      }
    }
  }

  private show(uri: string, version: number, text: string, outcome: LintOutcome): void {
    const index = new LineIndex(text);
    if (outcome.kind === 'failed') {
      this.linted.delete(uri);
      this.publish(uri, version, [{ range: index.rangeAt(0, text.search(/\r|\n|$/)), severity: LspSeverity.Error, source: 'dflint', message: outcome.message }]);
      return;
    }
    const diagnostics = outcome.kind === 'linted' ? outcome.diagnostics : [];
    const published = diagnostics.map((d) => toLspDiagnostic(index, d));
    this.linted.set(uri, { uri, text, diagnostics, published });
    this.publish(uri, version, published);
  }

  private codeActions(params: unknown): CodeAction[] {
    const uri = stringField(field(params, 'textDocument'), 'uri');
    const range = rangeField(params, 'range');
    const context = field(params, 'context');
    const only = isObject(context) && Array.isArray(context.only) ? (context.only as string[]) : undefined;
    const asked = isObject(context) && Array.isArray(context.diagnostics) ? (context.diagnostics as unknown[]) : [];
    const doc = this.documents.get(uri);
    const linted = this.linted.get(uri);
    // Actions are offered for the text the editor shows, once it has been linted.
    if (!doc || !linted || linted.text !== doc.text) return [];
    const actions = quickFixes(linted, () => this.modelOf(uri).model.ast, range, only, asked);
    if (wants(only, CodeActionKind.SourceFixAllDflint) && linted.diagnostics.some((d) => d.fix?.kind === 'safe')) {
      if (linted.fixedAll === undefined) linted.fixedAll = this.options.linter.fixAll(doc.text, pathOfUri(uri));
      const fixed = linted.fixedAll;
      if (fixed !== null && fixed !== doc.text) {
        const index = new LineIndex(doc.text);
        actions.push({
          title: 'Fix all dflint problems that have a safe fix',
          kind: CodeActionKind.SourceFixAllDflint,
          edit: { changes: { [uri]: [{ range: index.rangeAt(0, doc.text.length), newText: fixed }] } },
        });
      }
    }
    return actions;
  }

  /** The line under a request's position in an open Dockerfile, or null. */
  private lineAt(params: unknown): { uri: string; line: number; character: number; text: string } | null {
    const uri = stringField(field(params, 'textDocument'), 'uri');
    const { line, character } = positionOf(field(params, 'position'), 'position');
    const doc = this.documents.get(uri);
    if (!doc || !this.isDockerfile(uri)) return null;
    return { uri, line, character, text: new LineIndex(doc.text).lineText(line) };
  }

  /** What is under the cursor: the rule a suppression comment names, or the variable or stage a word refers to. */
  private hover(params: unknown): object | null {
    const at = this.lineAt(params);
    if (!at) return null;
    const found = keyAt(at.text, at.character);
    if (found) {
      return {
        contents: { kind: 'markdown', value: describeKey(found.key, this.options.registry) },
        range: { start: { line: at.line, character: found.start }, end: { line: at.line, character: found.end } },
      };
    }
    const { model, index } = this.modelOf(at.uri);
    const described = describeAt(model, index.offsetAt(at));
    if (!described) return null;
    return { contents: { kind: 'markdown', value: described.markdown }, range: index.rangeAt(described.range.start.offset, described.range.end.offset) };
  }

  /** Where the stage or variable under the cursor is declared. */
  private definition(params: unknown): object | null {
    const at = this.lineAt(params);
    if (!at) return null;
    const { model, index } = this.modelOf(at.uri);
    const range = definitionAt(model, index.offsetAt(at));
    return range ? { uri: at.uri, range: index.rangeAt(range.start.offset, range.end.offset) } : null;
  }

  /** The outline: global ARGs, then the stages with their instructions. */
  private symbols(params: unknown): object[] | null {
    const uri = stringField(field(params, 'textDocument'), 'uri');
    if (!this.documents.get(uri) || !this.isDockerfile(uri)) return null;
    const { model, index } = this.modelOf(uri);
    const convert = (symbol: DocumentSymbolAt): object => ({
      ...symbol,
      range: index.rangeAt(symbol.range.start.offset, symbol.range.end.offset),
      selectionRange: index.rangeAt(symbol.selectionRange.start.offset, symbol.selectionRange.end.offset),
      ...(symbol.children ? { children: symbol.children.map(convert) } : {}),
    });
    return documentSymbols(model).map(convert);
  }

  private modelOf(uri: string): { model: SemanticModel; index: LineIndex } {
    const text = this.documents.get(uri)!.text;
    let entry = this.models.get(uri);
    if (entry?.text !== text) {
      const { ast, source } = parseDockerfile(text);
      entry = { text, model: new SemanticModel(ast, source) };
      this.models.set(uri, entry);
    }
    return { model: entry.model, index: new LineIndex(text) };
  }


  /** Rule names (or the other tool's codes) while a suppression comment's list is typed. */
  private completion(params: unknown): object[] {
    const at = this.lineAt(params);
    const span = at && completionSpan(at.text, at.character);
    if (!at || !span) return [];
    const range = { start: { line: at.line, character: span.start }, end: { line: at.line, character: span.end } };
    return completionKeys(span.dialect, this.options.registry).map(({ label, rule }) => ({
      label,
      kind: COMPLETION_KIND_VALUE,
      detail: `${rule.id} · ${rule.severity}`,
      documentation: { kind: 'markdown', value: rule.summary },
      textEdit: { range, newText: label },
    }));
  }

  private publish(uri: string, version: number | undefined, diagnostics: LspDiagnostic[]): void {
    this.options.send({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, ...(version === undefined ? {} : { version }), diagnostics } });
  }

  /** A line for the editor's log of this server (type 1: error, 2: warning, 3: info). */
  log(type: 1 | 2 | 3, message: string): void {
    this.options.send({ jsonrpc: '2.0', method: 'window/logMessage', params: { type, message } });
  }

  private respond(id: number | string, result: unknown): void {
    this.options.send({ jsonrpc: '2.0', id, result });
  }

  private respondError(id: number | string | null, error: ResponseError): void {
    this.options.send({ jsonrpc: '2.0', id, error });
  }
}

/** True when the client lets a server register for file change notifications. */
function watchedFilesRegistrable(params: unknown): boolean {
  const capabilities = isObject(params) ? params.capabilities : undefined;
  const workspace = isObject(capabilities) ? capabilities.workspace : undefined;
  const watched = isObject(workspace) ? workspace.didChangeWatchedFiles : undefined;
  return isObject(watched) && watched.dynamicRegistration === true;
}

/** The first workspace folder, else the deprecated rootUri and rootPath. */
function workspaceRootOf(params: unknown): string | null {
  if (!isObject(params)) return null;
  const folders = params.workspaceFolders;
  const first = Array.isArray(folders) && isObject(folders[0]) && typeof folders[0].uri === 'string' ? folders[0].uri : null;
  const uri = first ?? (typeof params.rootUri === 'string' ? params.rootUri : null);
  if (uri) return pathOfUri(uri);
  return typeof params.rootPath === 'string' ? params.rootPath : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(value: unknown, name: string): unknown {
  if (!isObject(value) || !(name in value)) throw new RequestError(ErrorCodes.InvalidParams, `missing ${name}`);
  return value[name];
}

function stringField(value: unknown, name: string): string {
  const v = field(value, name);
  if (typeof v !== 'string') throw new RequestError(ErrorCodes.InvalidParams, `${name} is not a string`);
  return v;
}

/** The edits of a didChange, checked before any is applied: a bad one must not half-change the text. */
function contentChanges(value: unknown): ContentChange[] {
  if (!Array.isArray(value)) throw new RequestError(ErrorCodes.InvalidParams, 'contentChanges is not a list');
  return value.map((change: unknown) => {
    const text = stringField(change, 'text');
    return isObject(change) && change.range !== undefined ? { range: rangeField(change, 'range'), text } : { text };
  });
}

/** A position with whole, non-negative line and character. */
function positionOf(value: unknown, name: string): { line: number; character: number } {
  const line = isObject(value) ? value.line : undefined;
  const character = isObject(value) ? value.character : undefined;
  const whole = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (!whole(line) || !whole(character)) throw new RequestError(ErrorCodes.InvalidParams, `${name} is not a position`);
  return { line: line as number, character: character as number };
}

function rangeField(value: unknown, name: string): LspRange {
  const range = field(value, name);
  if (!isObject(range)) throw new RequestError(ErrorCodes.InvalidParams, `${name} is not a range`);
  return { start: positionOf(range.start, `${name}.start`), end: positionOf(range.end, `${name}.end`) };
}

function numberField(value: unknown, name: string): number {
  const v = field(value, name);
  if (typeof v !== 'number') throw new RequestError(ErrorCodes.InvalidParams, `${name} is not a number`);
  return v;
}
