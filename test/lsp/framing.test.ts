import { frameMessage, MessageReader } from '../../src/lsp/framing';

function reader() {
  const messages: unknown[] = [];
  const problems: string[] = [];
  const r = new MessageReader(
    (m) => messages.push(m),
    (p) => problems.push(p.problem),
  );
  return { r, messages, problems };
}

describe('LSP framing', () => {
  const first = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { note: 'Grüße 🐳' } };
  const second = { jsonrpc: '2.0', method: 'initialized', params: {} };
  const bytes = Buffer.from(frameMessage(first) + frameMessage(second), 'utf8');

  it('gives the body length in bytes, not characters', () => {
    const framed = frameMessage(first);
    const [header, body] = framed.split('\r\n\r\n');
    expect(header).toBe(`Content-Length: ${Buffer.byteLength(body)}`);
    expect(Buffer.byteLength(body)).toBeGreaterThan(body.length);
  });

  it('reads messages split at every byte, multi-byte characters included', () => {
    for (let cut = 1; cut < bytes.length; cut++) {
      const { r, messages, problems } = reader();
      r.push(bytes.subarray(0, cut));
      r.push(bytes.subarray(cut));
      expect(messages).toEqual([first, second]);
      expect(problems).toEqual([]);
    }
  });

  it('reads byte by byte', () => {
    const { r, messages } = reader();
    for (let i = 0; i < bytes.length; i++) r.push(bytes.subarray(i, i + 1));
    expect(messages).toEqual([first, second]);
  });

  it('takes other headers and any casing of Content-Length', () => {
    const body = JSON.stringify(second);
    const { r, messages } = reader();
    r.push(Buffer.from(`Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: ${body.length}\r\n\r\n${body}`));
    expect(messages).toEqual([second]);
  });

  it('skips a body that is not JSON and goes on with the next message', () => {
    const { r, messages, problems } = reader();
    r.push(Buffer.from(`Content-Length: 5\r\n\r\n{nope${frameMessage(second)}`));
    expect(messages).toEqual([second]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/not JSON/);
  });

  it('skips headers without a length', () => {
    const { r, messages, problems } = reader();
    r.push(Buffer.from(`Content-Type: x\r\n\r\n${frameMessage(second)}`));
    expect(messages).toEqual([second]);
    expect(problems).toEqual(['a message without a valid Content-Length header was skipped']);
  });
});
