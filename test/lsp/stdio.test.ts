import { spawn } from 'node:child_process';
import { frameMessage, MessageReader } from '../../src/lsp/framing';
import { BIN, dflint, ensureBuilt, ROOT } from '../cli/helpers';

/** `dflint lsp` as an editor starts it: messages on its stdin, its replies read from stdout. */
function startProcess(args: string[] = []) {
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio', '--shellcheck', 'off', ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const received: Record<string, unknown>[] = [];
  let stderr = '';
  const reader = new MessageReader(
    (m) => received.push(m as Record<string, unknown>),
    (p) => received.push({ problem: p.problem }),
  );
  child.stdout.on('data', (chunk: Buffer) => reader.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const send = (message: object) => child.stdin.write(frameMessage({ jsonrpc: '2.0', ...message }));
  const next = async (match: (m: Record<string, unknown>) => boolean) => {
    for (let waited = 0; waited < 20_000; waited += 10) {
      const found = received.find(match);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no matching message; got ${JSON.stringify(received)}`);
  };
  return { child, send, next, exited, stderr: () => stderr };
}

describe('dflint lsp over stdio', () => {
  beforeAll(() => ensureBuilt());

  it('lints an opened document, answers shutdown and exits 0 on exit', async () => {
    const p = startProcess();
    p.send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    expect(await p.next((m) => m.id === 1)).toMatchObject({ result: { serverInfo: { name: 'dflint' } } });
    p.send({ method: 'initialized', params: {} });
    p.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'untitled:1', languageId: 'dockerfile', version: 7, text: 'FROM node:latest\n' } } });
    const published = await p.next((m) => m.method === 'textDocument/publishDiagnostics');
    expect(published.params).toMatchObject({ uri: 'untitled:1', version: 7, diagnostics: [{ code: 'DF016', range: { start: { line: 0, character: 10 }, end: { line: 0, character: 16 } } }] });
    p.send({ id: 2, method: 'shutdown' });
    expect(await p.next((m) => m.id === 2)).toEqual({ jsonrpc: '2.0', id: 2, result: null });
    p.send({ method: 'exit' });
    expect(await p.exited).toBe(0);
    expect(p.stderr()).toBe('');
  });

  it('exits 1 when its input closes without a shutdown', async () => {
    const p = startProcess();
    p.send({ id: 1, method: 'initialize', params: { capabilities: {} } });
    await p.next((m) => m.id === 1);
    p.child.stdin.end();
    expect(await p.exited).toBe(1);
  });

  it('refuses bad options as the lint command does, on one line', () => {
    const r = dflint(['lsp', '--shellcheck', 'sometimes']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/shellcheck/);
    const noStdio = dflint(['lsp', '--no-stdio']);
    expect(noStdio.code).toBe(2);
    expect(noStdio.stderr).toBe('dflint: --no-stdio: standard input and output are the only transport\n');
    const help = dflint(['lsp', '--help']);
    expect(help.stdout).toMatch(/--config/);
    expect(help.stdout).toMatch(/--trusted-registry/);
    expect(help.stdout).not.toMatch(/--format/);
  });
});
