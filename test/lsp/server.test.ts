import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ErrorCodes } from '../../src/lsp/protocol';
import type { DocumentLinter, LintOutcome } from '../../src/lsp/server';
import type { CodeAction, LspDiagnostic } from '../../src/lsp/protocol';
import { lint } from '../../src/index';
import { LineIndex } from '../../src/lsp/positions';
import { toLspDiagnostic } from '../../src/lsp/server';
import { BIN, ensureBuilt, tempTree } from '../cli/helpers';
import { applyEdits, startServer, where } from './harness';
import { seededRandom } from '../helpers/random';

const BEGINNER = 'from node:latest\r\nLABEL note="🐳 whale"\r\nRUN cd /app && npm install\r\nCMD node server.js\r\n';

describe('dflint lsp: the protocol', () => {
  it('answers initialize with its capabilities and version', () => {
    const s = startServer('/');
    expect(s.initialize().result).toEqual({
      capabilities: {
        textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.dflint'] },
        hoverProvider: true,
        definitionProvider: true,
        documentSymbolProvider: true,
        completionProvider: { triggerCharacters: ['=', ','] },
      },
      serverInfo: { name: 'dflint', version: 'test' },
    });
  });

  it('refuses requests before initialize, a second initialize and unknown methods', () => {
    const s = startServer('/');
    expect(s.request('textDocument/codeAction', {}).error?.code).toBe(ErrorCodes.ServerNotInitialized);
    s.initialize();
    expect(s.initialize().error?.code).toBe(ErrorCodes.InvalidRequest);
    expect(s.request('textDocument/references', {}).error).toEqual({ code: ErrorCodes.MethodNotFound, message: 'unhandled method textDocument/references' });
    expect(s.request('textDocument/codeAction', { textDocument: {} }).error).toEqual({ code: ErrorCodes.InvalidParams, message: 'missing uri' });
  });

  it('exits with 0 after shutdown, 1 without', () => {
    const a = startServer('/');
    a.initialize();
    expect(a.request('shutdown').result).toBeNull();
    expect(a.request('textDocument/codeAction', {}).error?.code).toBe(ErrorCodes.InvalidRequest);
    a.notify('exit');
    expect(a.exits).toEqual([0]);
    const b = startServer('/');
    b.initialize();
    b.notify('exit');
    expect(b.exits).toEqual([1]);
  });

  it('asks an editor that can to watch config files (and the JSON and YAML files extends may name) and ignore files, and answers nothing to its reply', () => {
    const able = startServer('/');
    able.request('initialize', { capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    able.notify('initialized', {});
    const registration = able.sent.at(-1)!;
    expect(registration).toMatchObject({ id: 'dflint-watch-config', method: 'client/registerCapability' });
    expect((registration.params as { registrations: { registerOptions: { watchers: { globPattern: string }[] } }[] }).registrations[0].registerOptions.watchers.map((w) => w.globPattern)).toEqual([
      '**/.dflintrc.json',
      '**/.dflintrc.yaml',
      '**/.dflintrc.yml',
      '**/.hadolint.yaml',
      '**/.hadolint.yml',
      '**/.dockerignore',
      '**/*.dockerignore',
      '**/*.json',
      '**/*.yaml',
      '**/*.yml',
    ]);
    const before = able.sent.length;
    able.server.handle({ jsonrpc: '2.0', id: 'dflint-watch-config', result: null });
    expect(able.sent).toHaveLength(before);
    const unable = startServer('/');
    unable.initialize();
    unable.notify('initialized', {});
    expect(unable.sent.filter((m) => m.method === 'client/registerCapability')).toEqual([]);
  });

  it('logs a malformed notification and goes on', async () => {
    const s = startServer('/');
    s.initialize();
    s.notify('textDocument/didOpen', { textDocument: { uri: 'file:///x/Dockerfile' } });
    expect(s.sent.at(-1)).toMatchObject({ method: 'window/logMessage', params: { type: 1, message: expect.stringMatching(/malformed textDocument\/didOpen.*missing languageId/) } });
    s.open('file:///x/Dockerfile', 'FROM alpine:3.20\n');
    expect((await s.published('file:///x/Dockerfile')).diagnostics).toEqual([]);
  });
});

describe('dflint lsp: diagnostics', () => {
  let tree: ReturnType<typeof tempTree>;
  beforeEach(() => {
    tree = tempTree({ 'README.md': '# app\n' });
  });
  afterEach(() => tree.cleanup());
  const uriOf = (name: string) => pathToFileURL(path.join(tree.dir, name)).href;

  it('publishes findings with ranges in UTF-16 columns of CRLF lines, the rule as code and a link to its docs', async () => {
    const s = startServer(tree.dir);
    s.initialize(pathToFileURL(tree.dir).href);
    s.open(uriOf('Dockerfile'), BEGINNER);
    const { version, diagnostics } = await s.published(uriOf('Dockerfile'));
    expect(version).toBe(1);
    expect(diagnostics.map(where)).toEqual(['DF021 0:0-0:4', 'DF016 0:10-0:16', 'DF012 2:4-2:6', 'DF005 3:4-3:18']);
    expect(diagnostics[1]).toEqual({
      range: { start: { line: 0, character: 10 }, end: { line: 0, character: 16 } },
      severity: 2,
      code: 'DF016',
      codeDescription: { href: expect.stringMatching(/docs\/rules\/DF016-latest-tag\.md$/) },
      source: 'dflint',
      message: expect.stringMatching(/"node:latest" uses the moving "latest" tag.*\(latest-tag\)$/),
    });
    // style and info findings are shown as information, warnings as warnings.
    expect(diagnostics.map((d) => d.severity)).toEqual([3, 2, 2, 2]);
  });

  it('lints again after each edit, with the edited version', async () => {
    const s = startServer(tree.dir);
    s.initialize();
    const uri = uriOf('Dockerfile');
    s.open(uri, 'FROM node:latest\nCMD ["node"]\n');
    expect((await s.published(uri)).diagnostics.map(where)).toEqual(['DF016 0:10-0:16']);
    s.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 10 }, end: { line: 0, character: 16 } }, text: '22.11-alpine' }],
    });
    expect(await s.published(uri, 1)).toEqual({ uri, version: 2, diagnostics: [] });
    s.notify('textDocument/didClose', { textDocument: { uri } });
    expect(await s.published(uri, 2)).toEqual({ uri, diagnostics: [] });
  });

  it('lints documents marked or named as Dockerfiles only', async () => {
    const s = startServer(tree.dir);
    s.initialize();
    s.open(uriOf('README.md'), 'FROM node:latest\n', 'markdown');
    s.open(uriOf('build/Dockerfile.dev'), 'FROM node:latest\n', 'plaintext');
    s.open('untitled:Untitled-1', 'FROM node:latest\n', 'dockerfile');
    expect((await s.published(uriOf('build/Dockerfile.dev'))).diagnostics.map(where)).toEqual(['DF016 0:10-0:16']);
    expect((await s.published('untitled:Untitled-1')).diagnostics.map(where)).toEqual(['DF016 0:10-0:16']);
    s.notify('textDocument/didClose', { textDocument: { uri: uriOf('README.md') } });
    expect(s.publishedCount(uriOf('README.md'))).toBe(0);
  });

  it('uses the nearest config, and the workspace root\'s for unsaved documents; an edited config counts at the next lint', async () => {
    fs.writeFileSync(path.join(tree.dir, '.dflintrc.json'), JSON.stringify({ rules: { 'latest-tag': 'error' } }));
    const s = startServer(tree.dir);
    s.initialize(pathToFileURL(tree.dir).href);
    s.open(uriOf('Dockerfile'), 'FROM node:latest\n');
    s.open('untitled:Untitled-1', 'FROM node:latest\n');
    expect((await s.published(uriOf('Dockerfile'))).diagnostics.map((d) => d.severity)).toEqual([1]);
    expect((await s.published('untitled:Untitled-1')).diagnostics.map((d) => d.severity)).toEqual([1]);
    fs.writeFileSync(path.join(tree.dir, '.dflintrc.json'), JSON.stringify({ rules: { 'latest-tag': 'off' } }));
    s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('.dflintrc.json'), type: 2 }] });
    expect((await s.published(uriOf('Dockerfile'), 1)).diagnostics).toEqual([]);
  });

  it('shows an invalid config as one error on the first line, and nothing for ignored files', async () => {
    fs.writeFileSync(path.join(tree.dir, '.dflintrc.json'), '{ "rules": { "latest-tga": "error" } }');
    const s = startServer(tree.dir);
    s.initialize();
    s.open(uriOf('Dockerfile'), 'FROM node:latest\nCMD ["node"]\n');
    const { diagnostics } = await s.published(uriOf('Dockerfile'));
    expect(diagnostics).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 16 } },
        severity: 1,
        source: 'dflint',
        message: expect.stringMatching(/^\.dflintrc\.json: .*latest-tga.*did you mean "latest-tag"/),
      },
    ]);
    fs.writeFileSync(path.join(tree.dir, '.dflintrc.json'), JSON.stringify({ ignorePaths: ['vendor/**'] }));
    s.open(uriOf('vendor/Dockerfile'), 'FROM node:latest\n');
    expect((await s.published(uriOf('vendor/Dockerfile'))).diagnostics).toEqual([]);
  });

  it('takes the command line\'s lint options', async () => {
    const s = startServer(tree.dir, { rule: ['latest-tag=off'], trustedRegistry: ['registry.example.com'] });
    s.initialize();
    s.open(uriOf('Dockerfile'), 'FROM node:latest\n');
    expect((await s.published(uriOf('Dockerfile'))).diagnostics.map(where)).toEqual(['DF157 0:5-0:16']);
  });
});

describe('dflint lsp: suppression comments', () => {
  const uri = 'file:///w/Dockerfile';
  async function withText(text: string, args = {}) {
    const s = startServer('/', args);
    s.initialize();
    s.open(uri, text);
    const { diagnostics } = await s.published(uri);
    const at = (method: string, line: number, character: number) => s.request(method, { textDocument: { uri }, position: { line, character } }).result;
    return { diagnostics, at };
  }

  it('describes the rule under the cursor in an ignore comment of any dialect', async () => {
    const { at } = await withText('# check=skip=JSONArgsRecommended\nFROM node:latest\n# dflint ignore=latest-tag, DF012\n# hadolint ignore=DL3003\nRUN cd /x && make\n# dflint ignore=SC2086,nope,DL3005\nRUN echo $X\n');
    expect(at('textDocument/hover', 2, 20)).toEqual({
      contents: { kind: 'markdown', value: expect.stringMatching(/^\*\*DF016 latest-tag\*\* \(DL3007\): warning\n\n.+\n\n\[Documentation\]\(.*DF016-latest-tag\.md\)$/) },
      range: { start: { line: 2, character: 16 }, end: { line: 2, character: 26 } },
    });
    expect((at('textDocument/hover', 2, 30) as { contents: { value: string } }).contents.value).toMatch(/^\*\*DF012 cd-in-run\*\*/);
    expect((at('textDocument/hover', 3, 20) as { contents: { value: string } }).contents.value).toMatch(/^\*\*DF012 cd-in-run\*\*/);
    expect((at('textDocument/hover', 0, 15) as { contents: { value: string } }).contents.value).toMatch(/^\*\*DF005 shell-form-cmd\*\*/);
    expect((at('textDocument/hover', 5, 17) as { contents: { value: string } }).contents.value).toMatch(/^ShellCheck \*\*SC2086\*\*/);
    expect((at('textDocument/hover', 5, 24) as { contents: { value: string } }).contents.value).toMatch(/No dflint rule is named "nope"/);
    expect((at('textDocument/hover', 5, 30) as { contents: { value: string } }).contents.value).toMatch(/DL3005/);
    // Outside a comment's list, and in the comment's words before it: nothing.
    expect(at('textDocument/hover', 1, 2)).toBeNull();
    expect(at('textDocument/hover', 2, 4)).toBeNull();
  });

  it('offers rule names in dflint comments, hadolint codes in hadolint ones and BuildKit names in check=skip', async () => {
    const { at } = await withText('FROM alpine:3.20\n# dflint ignore=latest-tag,la\n# hadolint ignore=\n# check=skip=\nRUN true # dflint ignore=\n');
    type Item = { label: string; detail: string; textEdit: { range: unknown; newText: string } };
    const dflint = at('textDocument/completion', 1, 29) as Item[];
    expect(dflint.find((i) => i.label === 'latest-tag')).toEqual(
      expect.objectContaining({ detail: 'DF016 · warning', textEdit: { range: { start: { line: 1, character: 27 }, end: { line: 1, character: 29 } }, newText: 'latest-tag' } }),
    );
    expect(dflint.every((i) => /^[a-z0-9-]+$/.test(i.label))).toBe(true);
    const hadolint = (at('textDocument/completion', 2, 18) as Item[]).map((i) => i.label);
    expect(hadolint).toContain('DL3007');
    expect(hadolint.every((l) => /^DL\d+$/.test(l))).toBe(true);
    const check = (at('textDocument/completion', 3, 13) as Item[]).map((i) => i.label);
    expect(check).toContain('JSONArgsRecommended');
    expect(check.some((l) => /^(DL|SC)\d+$/.test(l))).toBe(false);
    // Not a comment of its own line, and not after the list has ended.
    expect(at('textDocument/completion', 4, 25)).toEqual([]);
    expect(at('textDocument/completion', 1, 5)).toEqual([]);
  });

  it('marks a comment that suppresses nothing as unnecessary and MAINTAINER as deprecated', async () => {
    const { diagnostics } = await withText('FROM alpine:3.20\nMAINTAINER me\n# dflint ignore=latest-tag\nRUN true\n', { reportUnusedIgnores: true });
    expect(diagnostics.map((d) => [d.code, d.tags])).toEqual([
      ['DF019', [2]],
      ['DF099', [1]],
    ]);
  });
});

describe('dflint lsp: stages and variables', () => {
  const uri = 'file:///w/Dockerfile';
  const TEXT = [
    'ARG BASE=golang:1.23',
    'FROM $BASE AS build',
    'ARG VERSION=1.2',
    'ENV APP=/srv/app-$VERSION',
    'WORKDIR ${APP}',
    'FROM build AS test',
    'FROM alpine:3.20',
    'COPY --from=build /out /bin/',
    'RUN --mount=type=cache,from=test,target=/x true',
    'LABEL v=$UNDECLARED',
    '',
  ].join('\n');
  async function opened() {
    const s = startServer('/');
    s.initialize();
    s.open(uri, TEXT);
    await s.published(uri);
    const at = (method: string, line: number, character: number) => s.request(method, { textDocument: { uri }, position: { line, character } }).result as Record<string, unknown> | null;
    return at;
  }
  const span = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

  it('goes from a stage reference to the stage, and from a variable to its ARG or ENV', async () => {
    const at = await opened();
    expect(at('textDocument/definition', 7, 14)).toEqual({ uri, range: span(1, 14, 19) });
    expect(at('textDocument/definition', 5, 6)).toEqual({ uri, range: span(1, 14, 19) });
    expect(at('textDocument/definition', 8, 29)).toEqual({ uri, range: span(5, 14, 18) });
    // A variable in an instruction, in a FROM line (a global ARG), and inside ${…}.
    expect(at('textDocument/definition', 3, 21)).toEqual({ uri, range: span(2, 4, 11) });
    expect(at('textDocument/definition', 1, 7)).toEqual({ uri, range: span(0, 4, 8) });
    expect(at('textDocument/definition', 4, 11)).toEqual({ uri, range: span(3, 4, 7) });
    // Nothing declares it; and a RUN script's variables are the shell's.
    expect(at('textDocument/definition', 9, 12)).toBeNull();
    expect(at('textDocument/definition', 6, 2)).toBeNull();
  });

  it('outlines the file: global ARGs, then each stage with its instructions', async () => {
    const s = startServer('/');
    s.initialize();
    s.open(uri, TEXT);
    type OutlineItem = { name: string; detail?: string; kind: number; range: unknown; selectionRange: unknown; children?: OutlineItem[] };
    const outline = s.request('textDocument/documentSymbol', { textDocument: { uri } }).result as OutlineItem[];
    expect(outline.map((o) => [o.name, o.detail, o.kind, (o.children ?? []).map((c) => `${c.name} ${c.detail ?? ''}`.trim())])).toEqual([
      ['ARG', 'BASE=golang:1.23', 13, []],
      ['build', 'FROM $BASE', 5, ['ARG VERSION=1.2', 'ENV APP=/srv/app-$VERSION', 'WORKDIR ${APP}']],
      ['test', 'FROM build', 5, []],
      ['stage 2', 'FROM alpine:3.20', 5, ['COPY /out /bin/', 'RUN true', 'LABEL v=$UNDECLARED']],
    ]);
    expect(outline[1]).toMatchObject({ range: { start: { line: 1, character: 0 }, end: { line: 4, character: 14 } }, selectionRange: span(1, 14, 19) });
    expect(outline[1].children![0]).toMatchObject({ range: span(2, 0, 15), selectionRange: span(2, 0, 3) });
  });

  it('says on hover what a variable holds there and which stage a reference names', async () => {
    const at = await opened();
    expect(at('textDocument/hover', 3, 21)).toEqual({ contents: { kind: 'markdown', value: '`VERSION`: ARG on line 3, `1.2`' }, range: span(3, 17, 25) });
    expect((at('textDocument/hover', 4, 11) as { contents: { value: string } }).contents.value).toBe('`APP`: ENV on line 4, `/srv/app-1.2`');
    expect((at('textDocument/hover', 1, 7) as { contents: { value: string } }).contents.value).toBe('`BASE`: ARG before the first FROM on line 1, `golang:1.23`');
    expect((at('textDocument/hover', 7, 14) as { contents: { value: string } }).contents.value).toBe('Stage "build" (line 2), built from `golang:1.23`');
    expect((at('textDocument/hover', 5, 6) as { contents: { value: string } }).contents.value).toBe('Stage "build" (line 2), built from `golang:1.23`');
    expect((at('textDocument/hover', 8, 29) as { contents: { value: string } }).contents.value).toBe('Stage "test" (line 6), built from `stage build`');
    expect((at('textDocument/hover', 9, 12) as { contents: { value: string } }).contents.value).toBe('`UNDECLARED` is declared by no ARG or ENV here (the base image may set it)');
    expect(at('textDocument/hover', 6, 2)).toBeNull();
  });
});

describe('dflint lsp: incremental edits', () => {
  const PIECES = ['RUN ', 'apt-get install -y curl', ' && ', '\\\n', '\r\n', '\n', 'FROM node:latest', '# dflint ignore=latest-tag\n', '🐳', 'é', ' ', '"', '$HOME', 'COPY . /app\n', 'cd /tmp'];

  it('keeps the text in step through random range edits, and shows what the CLI finds in the final text', async () => {
    for (let seed = 1; seed <= 5; seed++) {
      const next = seededRandom(seed);
      let text = 'FROM alpine:3.20\r\nRUN echo hi\nCMD ["sh"]\n';
      const s = startServer('/');
      s.initialize();
      const uri = 'untitled:random';
      s.open(uri, text);
      await s.published(uri);
      for (let version = 2; version < 40; version++) {
        const index = new LineIndex(text);
        const a = next(text.length + 1);
        const b = Math.min(text.length, a + next(6));
        const piece = next(3) === 0 ? '' : PIECES[next(PIECES.length)];
        // Positions past a line's end are the line's end, as the protocol says.
        const start = index.positionAt(a);
        const end = index.positionAt(b);
        s.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start, end }, text: piece }] });
        text = text.slice(0, index.offsetAt(start)) + piece + text.slice(index.offsetAt(end));
      }
      // Every edit is in: the findings shown last are those of the final text.
      let final: { version?: number; diagnostics: LspDiagnostic[] } | undefined;
      for (let n = 1; final?.version !== 39; n++) final = await s.published(uri, n);
      const expected = lint(text, { filePath: '<unsaved>' }).diagnostics.map((d) => toLspDiagnostic(new LineIndex(text), d));
      expect(final.diagnostics).toEqual(expected);
    }
  });
});

describe('dflint lsp: edits while linting', () => {
  /** A linter whose lints finish when the test says so. */
  function heldLinter() {
    const calls: { text: string; finish: (o: LintOutcome) => void }[] = [];
    const linter: DocumentLinter = {
      lint: (text) => new Promise((finish) => calls.push({ text, finish })),
      fixAll: () => null,
    };
    return { linter, calls };
  }
  const finding = (message: string): LintOutcome => ({
    kind: 'linted',
    diagnostics: [{ ruleId: 'DF999', ruleName: 'test', severity: 'warning', message, docsUrl: '', range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } } }],
  });
  const tick = () => new Promise((r) => setTimeout(r, 10));
  /** A server whose lints wait for the test, with the document `one` open and its lint started. */
  async function withHeldLint() {
    const { linter, calls } = heldLinter();
    const s = startServer('/', {}, linter);
    s.initialize();
    const uri = 'file:///w/Dockerfile';
    s.open(uri, 'one');
    await tick();
    return { s, calls, uri };
  }

  it('never shows the findings of an older text, and lints the newest one once the running lint ends', async () => {
    const { s, calls, uri } = await withHeldLint();
    expect(calls.map((c) => c.text)).toEqual(['one']);
    s.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'two' }] });
    s.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: 'three' }] });
    await tick();
    expect(calls).toHaveLength(1);
    calls[0].finish(finding('of one'));
    await tick();
    expect(s.publishedCount(uri)).toBe(0);
    expect(calls.map((c) => c.text)).toEqual(['one', 'three']);
    calls[1].finish(finding('of three'));
    const shown = await s.published(uri);
    expect(shown.version).toBe(3);
    expect(shown.diagnostics.map((d) => d.message)).toEqual(['of three (test)']);
  });

  it('works out fix-all once per linted text, however often the editor asks for actions', async () => {
    const fixAll = jest.fn(() => 'FROM alpine:3.20\n');
    const fixable: LintOutcome = {
      kind: 'linted',
      diagnostics: [{ ruleId: 'DF021', ruleName: 'instruction-casing', severity: 'style', message: 'casing', docsUrl: '', range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 5, offset: 4 } }, fix: { title: 'Write "FROM"', kind: 'safe', edits: [{ start: 0, end: 4, text: 'FROM' }] } }],
    };
    const s = startServer('/', {}, { lint: async () => fixable, fixAll });
    s.initialize();
    const uri = 'file:///w/Dockerfile';
    s.open(uri, 'from alpine:3.20\n');
    await s.published(uri);
    const ask = (character: number) => s.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character }, end: { line: 0, character } }, context: { diagnostics: [] } }).result as CodeAction[];
    expect(ask(1).map((a) => a.kind)).toEqual(['quickfix', 'quickfix', 'quickfix', 'source.fixAll.dflint']);
    expect(ask(8).map((a) => a.kind)).toEqual(['source.fixAll.dflint']);
    expect(fixAll).toHaveBeenCalledTimes(1);
  });

  it('drops a lint that ends after its document was closed', async () => {
    const { s, calls, uri } = await withHeldLint();
    s.notify('textDocument/didClose', { textDocument: { uri } });
    calls[0].finish(finding('late'));
    await tick();
    expect(s.sent.filter((m) => m.method === 'textDocument/publishDiagnostics').map((m) => m.params?.diagnostics)).toEqual([[]]);
  });
});

describe('dflint lsp: code actions', () => {
  let tree: ReturnType<typeof tempTree>;
  beforeEach(() => {
    tree = tempTree({});
  });
  afterEach(() => tree.cleanup());

  async function opened(text: string) {
    const s = startServer(tree.dir);
    s.initialize();
    const uri = pathToFileURL(path.join(tree.dir, 'Dockerfile')).href;
    s.open(uri, text);
    const { diagnostics } = await s.published(uri);
    /** The actions for a cursor at line:character, the editor naming the findings there (`asked`) or none. */
    const actions = (line: number, character = 0, only?: string[], asked: LspDiagnostic[] = []) =>
      s.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line, character }, end: { line, character } },
        context: { diagnostics: asked, ...(only ? { only } : {}) },
      }).result as CodeAction[];
    const applied = (action: CodeAction) => applyEdits(text, action.edit.changes[uri]);
    return { s, uri, diagnostics, actions, applied };
  }

  it('offers the fix, then comments that ignore the rule on the instruction or in the file', async () => {
    const { actions, applied } = await opened('# syntax=docker/dockerfile:1\nFROM alpine:3.20\n  cmd ["sh"]\n');
    // Away from the finding only the file-wide fix is offered.
    expect(actions(2, 0).map((a) => a.kind)).toEqual(['source.fixAll.dflint']);
    const onCmd = actions(2, 3);
    expect(onCmd.map((a) => [a.title, a.kind, a.isPreferred ?? false])).toEqual([
      ['Fix: Write "CMD"', 'quickfix', true],
      ['Ignore instruction-casing (DF021) for this instruction', 'quickfix', false],
      ['Ignore instruction-casing (DF021) in this file', 'quickfix', false],
      ['Fix all dflint problems that have a safe fix', 'source.fixAll.dflint', false],
    ]);
    expect(applied(onCmd[0])).toBe('# syntax=docker/dockerfile:1\nFROM alpine:3.20\n  CMD ["sh"]\n');
    expect(applied(onCmd[1])).toBe('# syntax=docker/dockerfile:1\nFROM alpine:3.20\n  # dflint ignore=instruction-casing\n  cmd ["sh"]\n');
    // After the parser directive, which a comment above would turn into a plain comment.
    expect(applied(onCmd[2])).toBe('# syntax=docker/dockerfile:1\n# dflint ignore-file=instruction-casing\nFROM alpine:3.20\n  cmd ["sh"]\n');
    expect(onCmd[0].diagnostics?.map(where)).toEqual(['DF021 2:2-2:5']);
  });

  it('adds to an ignore comment already above the instruction, and the edited file lints clean of that rule', async () => {
    const text = 'FROM alpine:3.20\n# dflint ignore=latest-tag\nRUN cd /app && make\n';
    const { actions, applied, diagnostics } = await opened(text);
    expect(diagnostics.map(where)).toEqual(['DF012 2:4-2:6']);
    // The cursor elsewhere on the line, the editor naming the finding it shows there.
    const ignore = actions(2, 12, undefined, diagnostics).find((a) => a.title === 'Ignore cd-in-run (DF012) for this instruction')!;
    const edited = applied(ignore);
    expect(edited).toBe('FROM alpine:3.20\n# dflint ignore=latest-tag,cd-in-run\nRUN cd /app && make\n');
    const again = startServer(tree.dir);
    again.initialize();
    again.open('file:///elsewhere/Dockerfile', edited);
    expect((await again.published('file:///elsewhere/Dockerfile')).diagnostics).toEqual([]);
    // A file-wide comment above is not the instruction's: a line of its own is added.
    const fileWide = 'FROM alpine:3.20\n# dflint ignore-file=latest-tag\nRUN cd /app && make\n';
    again.open('file:///elsewhere/b/Dockerfile', fileWide);
    await again.published('file:///elsewhere/b/Dockerfile');
    const offered = again.request('textDocument/codeAction', { textDocument: { uri: 'file:///elsewhere/b/Dockerfile' }, range: { start: { line: 2, character: 5 }, end: { line: 2, character: 5 } }, context: { diagnostics: [] } }).result as CodeAction[];
    const line = offered.find((a) => a.title === 'Ignore cd-in-run (DF012) for this instruction')!;
    expect(applyEdits(fileWide, line.edit.changes['file:///elsewhere/b/Dockerfile'])).toBe('FROM alpine:3.20\n# dflint ignore-file=latest-tag\n# dflint ignore=cd-in-run\nRUN cd /app && make\n');
  });

  it('offers only what `only` asks for, and fix-all gives what dflint --fix writes', async () => {
    ensureBuilt();
    const text = 'from alpine:3.20\nMAINTAINER me@example.com\nENV A 1\nCMD ["sh"]\n';
    const { actions, applied } = await opened(text);
    expect(actions(0, 0, ['quickfix']).every((a) => a.kind === 'quickfix')).toBe(true);
    const fixAll = actions(0, 0, ['source.fixAll']);
    expect(fixAll.map((a) => a.kind)).toEqual(['source.fixAll.dflint']);
    fs.writeFileSync(path.join(tree.dir, 'Dockerfile'), text);
    execFileSync(process.execPath, [BIN, '--fix', '--shellcheck', 'off', '--failure-threshold', 'none', 'Dockerfile'], { cwd: tree.dir });
    expect(applied(fixAll[0])).toBe(fs.readFileSync(path.join(tree.dir, 'Dockerfile'), 'utf8'));
    expect(applied(fixAll[0])).toMatch(/^FROM alpine:3\.20\nLABEL org\.opencontainers\.image\.authors="me@example\.com"\nENV A=1\n/);
  });

  it('offers nothing for a text that has not been linted yet, nor ignore comments for parse errors', async () => {
    const { s, uri, actions, diagnostics } = await opened('FROM alpine:3.20\nHEALTHCHECK --interval=5s\n');
    expect(diagnostics.map(where)).toEqual(['DF000 1:0-1:11']);
    expect(actions(1, 3)).toEqual([]);
    s.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'from alpine:3.20\n' }] });
    expect(actions(0)).toEqual([]);
  });
});

describe('dflint lsp: malformed messages', () => {
  it('answers or ignores any message shape without throwing, and keeps linting', async () => {
    const next = seededRandom(7);
    const position = () => (next(4) ? { line: next(3), character: next(20) } : values[next(values.length)]);
    const values: unknown[] = [null, 0, -1, 1.5, '', 'file:///w/Dockerfile', [], {}, { uri: 1 }, { line: -5, character: 'x' }, { start: 1 }, { start: {}, end: null }, true];
    // No didClose: the document stays open, so requests reach the code that reads its findings.
    const methods = ['initialize', 'shutdown', 'textDocument/didOpen', 'textDocument/didChange', 'textDocument/codeAction', 'textDocument/codeAction', 'textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/documentSymbol', 'workspace/didChangeWatchedFiles', '$/cancelRequest', 'unknown/method'];
    const s = startServer('/');
    s.initialize();
    const uri = 'file:///w/Dockerfile';
    s.open(uri, 'FROM node:latest\n');
    await s.published(uri);
    for (let i = 0; i < 400; i++) {
      // Now and then let a lint run, so that requests meet a linted document too.
      if (next(20) === 0) await new Promise((r) => setTimeout(r, 5));
      const params: Record<string, unknown> = {};
      for (const key of ['textDocument', 'range', 'position', 'context', 'contentChanges']) if (next(2)) params[key] = values[next(values.length)];
      if (next(3) === 0) params.textDocument = { uri, version: next(5), languageId: next(2) ? 'dockerfile' : values[next(values.length)], text: next(2) ? 'FROM node:latest\nRUN cd /x\n' : values[next(values.length)] };
      else if (next(2)) params.textDocument = { uri };
      if (next(2)) params.range = { start: position(), end: position() };
      if (next(2)) params.position = position();
      if (next(3) === 0) params.context = { diagnostics: next(2) ? values : [{ source: 'dflint', code: 'DF016', range: values[next(values.length)] }], only: next(2) ? values[next(values.length)] : ['quickfix'] };
      const method = methods[next(methods.length)];
      if (method === 'shutdown') continue;
      const message = next(2) ? { jsonrpc: '2.0', id: i + 100, method, params: next(4) ? params : values[next(values.length)] } : { jsonrpc: '2.0', method, params };
      expect(() => s.server.handle(message)).not.toThrow();
      if ('id' in message && method !== 'initialize') {
        const answer = s.sent.find((m) => m.id === message.id);
        expect(answer && ('result' in answer || 'error' in answer)).toBe(true);
      }
    }
    // Bad parameters are the client's mistake, answered as such, not failures of the server.
    expect(s.sent.filter((m) => m.error?.code === ErrorCodes.InternalError).map((m) => m.error!.message)).toEqual([]);
    expect(() => s.server.handle('not an object')).not.toThrow();
    expect(() => s.server.handle({ id: 1 })).not.toThrow();
    // Still serving: a fresh document gets its findings.
    s.open('file:///w/after/Dockerfile', 'FROM node:latest\n');
    expect((await s.published('file:///w/after/Dockerfile')).diagnostics.map(where)).toEqual(['DF016 0:10-0:16']);
  });
});
