import { writeSync } from 'node:fs';
import { ioError } from './errors';

/** Where the pieces of a report go, in order; `end` writes what is still held. */
export interface ReportSink {
  write(chunk: string): void;
  end(): void;
}

/** Takes bytes that are only valid during the call: the caller reuses the buffer afterwards. */
export type BytesWriter = (bytes: Uint8Array) => void;

/** Bytes held before a write: few system calls, little memory. */
const BUFFER_BYTES = 1 << 20;

/**
 * Encodes each piece straight into one buffer that is reused from write to write, and hands the
 * buffer to `writeBytes` when it is full. Making a new Buffer per write (what `fs.writeFileSync`
 * and `process.stdout` do), or joining pieces into long strings first, needs fresh memory all
 * the time, and on a virtual machine first touching memory costs more than filling it: the
 * corpus's 14 MB JSON report took ~0.15 s to write to a file either way and ~0.01 s this way.
 */
export class BufferSink implements ReportSink {
  private buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;

  constructor(private readonly writeBytes: BytesWriter) {}

  write(chunk: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4).
    const most = chunk.length * 3;
    if (this.used + most > this.buffer.length) this.flush();
    if (most > this.buffer.length) this.buffer = Buffer.allocUnsafe(most);
    this.used += this.buffer.write(chunk, this.used, 'utf8');
  }

  end(): void {
    this.flush();
  }

  private flush(): void {
    if (this.used > 0) this.writeBytes(this.buffer.subarray(0, this.used));
    this.used = 0;
  }
}

/** A BufferSink for a file descriptor opened for the report: a failed write names `subject`. */
export class FdSink extends BufferSink {
  constructor(fd: number, subject: string) {
    super((bytes) => {
      try {
        for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      } catch (err) {
        throw ioError(err, subject, 'write the report');
      }
    });
  }
}

/** Characters gathered before a write to a string writer (a test's capture, a Windows console). */
const STRING_PIECE = 1 << 18;

/** Gathers pieces into strings of about 256 K characters for `write`: a write per problem would be thousands. */
export class StringSink implements ReportSink {
  private pieces: string[] = [];
  private length = 0;

  constructor(private readonly output: (text: string) => void) {}

  write(chunk: string): void {
    if (!chunk) return;
    this.pieces.push(chunk);
    this.length += chunk.length;
    if (this.length >= STRING_PIECE) this.end();
  }

  end(): void {
    if (this.length === 0) return;
    const text = this.pieces.join('');
    this.pieces = [];
    this.length = 0;
    this.output(text);
  }
}
