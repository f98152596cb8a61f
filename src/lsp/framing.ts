/**
 * The Language Server Protocol's base layer: each JSON-RPC message is preceded by headers, of
 * which only `Content-Length` (the body's length in bytes) matters, and an empty line.
 */

const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');

/** A message that could not be read: the stream goes on with the next one. */
export interface FramingProblem {
  problem: string;
}

/**
 * Collects bytes as they arrive and hands out each complete message body, parsed. A body that is
 * not JSON, or headers without a length, are handed out as problems (and skipped), so one bad
 * message does not stop the server.
 */
export class MessageReader {
  private buffer: Buffer = Buffer.alloc(0);

  constructor(private readonly onMessage: (message: unknown) => void, private readonly onProblem: (problem: FramingProblem) => void) {}

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd < 0) return;
      const length = contentLength(this.buffer.toString('latin1', 0, headerEnd));
      const bodyStart = headerEnd + HEADER_END.length;
      if (length === null) {
        this.buffer = this.buffer.subarray(bodyStart);
        this.onProblem({ problem: 'a message without a valid Content-Length header was skipped' });
        continue;
      }
      if (this.buffer.length < bodyStart + length) return;
      const body = this.buffer.toString('utf8', bodyStart, bodyStart + length);
      this.buffer = this.buffer.subarray(bodyStart + length);
      let message: unknown;
      try {
        message = JSON.parse(body);
      } catch (err) {
        this.onProblem({ problem: `a message that is not JSON was skipped (${err instanceof Error ? err.message : String(err)})` });
        continue;
      }
      this.onMessage(message);
    }
  }
}

/** The value of the Content-Length header (names are case-insensitive), or null when missing or not a length. */
function contentLength(headers: string): number | null {
  for (const line of headers.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0 || line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    return /^\d+$/.test(value) ? Number(value) : null;
  }
  return null;
}

/** A message with its header, ready to write. */
export function frameMessage(message: unknown): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}
