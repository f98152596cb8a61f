import type * as WorkerThreads from 'node:worker_threads';
import type { LintResult } from '../engine/types';
import { availableCores } from '../host';
import { CliError } from './errors';
import type { CliIO } from './io';
import type { LintOptions } from './lint-options';
import type { LintInput } from './lint-session';

/**
 * Lints many files on several threads: this one and worker threads. Each worker runs this same
 * bundle (see `runLintWorkerIfAny`) with the run's options, builds its own LintSession, and lints
 * the batches it is handed; this thread lints its share too, and keeps the file order, the
 * thresholds and the report. ShellCheck runs stay in one thread (the session decides), as one
 * ShellCheck batch serves every file.
 */

/** Below this many files the workers' start-up costs more than they save. */
export const MIN_FILES_FOR_WORKERS = 50;
const MAX_THREADS = 4;
/** Files per message: small enough to balance uneven files, large enough to keep messages few. */
const BATCH_SIZE = 16;
/** Files this thread lints between looks at the workers' messages (keeps their queues filled). */
const HERE_BATCH_SIZE = 4;
/** Marks the worker threads this module starts, so the bundle's entry knows what to run. */
const WORKER_KIND = 'dflint-lint-worker';
/** Put in a worker's argv, so the entry can tell a worker from a CLI run without loading worker_threads. */
const WORKER_ARG = `--${WORKER_KIND}`;

/** worker_threads is loaded only when threads are used: loading it costs every start-up several ms. */
function workerThreads(): typeof WorkerThreads {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('node:worker_threads') as typeof WorkerThreads;
}

interface WorkerSetup {
  kind: typeof WORKER_KIND;
  options: LintOptions;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

interface BatchItem {
  index: number;
  input: LintInput;
}

/** A result without its text when the text is the input's (the main thread has it already). */
type SentResult = Omit<LintResult, 'text'> & { text?: string };

type FromWorker =
  | { type: 'results'; results: Array<{ index: number; result: SentResult }> }
  | { type: 'error'; message: string; stack?: string; subject?: string; cliError: boolean };

type ToWorker = { type: 'batch'; items: BatchItem[] };

/**
 * How many threads to lint `fileCount` files with (this one included): 1 for a few files; else
 * one per two cores, up to 4. One linting thread already keeps about one and a half cores busy,
 * as V8 compiles hot code and collects garbage on background threads; on two cores a second
 * linting thread measured slower, since each thread also warms up its own compiled code.
 * `DFLINT_JOBS=N` sets the count (`1`: this thread only).
 */
export function threadCount(fileCount: number, env: NodeJS.ProcessEnv, cores?: number): number {
  const forced = env.DFLINT_JOBS === undefined ? NaN : Number(env.DFLINT_JOBS);
  if (Number.isInteger(forced) && forced >= 1) return Math.min(forced, Math.max(fileCount, 1));
  if (fileCount <= MIN_FILES_FOR_WORKERS) return 1;
  return Math.max(1, Math.min(Math.floor((cores ?? availableCores()) / 2), MAX_THREADS));
}

/** Workers run the bundle file itself: from the TypeScript sources (tests) there is none to start. */
export function canStartWorkers(): boolean {
  return __filename.endsWith('.cjs');
}

/**
 * Lints `inputs` on this thread (with `lintHere`) and `threads - 1` worker threads; resolves to
 * the results in input order. Work goes out in small batches from one queue, each worker holding
 * up to two at a time, so a slow file holds up nobody and no worker waits for this thread.
 */
export async function lintInThreads(
  inputs: readonly LintInput[],
  options: LintOptions,
  io: CliIO,
  threads: number,
  lintHere: (input: LintInput) => LintResult,
): Promise<LintResult[]> {
  const results: LintResult[] = new Array(inputs.length);
  const setup: WorkerSetup = { kind: WORKER_KIND, options, cwd: io.cwd, env: io.env };
  let next = 0;
  let received = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const workers: WorkerThreads.Worker[] = [];

  const takeBatch = (size: number): BatchItem[] => {
    const items: BatchItem[] = [];
    for (; next < inputs.length && items.length < size; next++) items.push({ index: next, input: inputs[next] });
    return items;
  };
  const sendBatch = (worker: WorkerThreads.Worker): void => {
    const items = takeBatch(BATCH_SIZE);
    if (items.length) worker.postMessage({ type: 'batch', items } satisfies ToWorker);
  };
  const notify = (): void => {
    wake?.();
    wake = null;
  };
  const fail = (error: Error): void => {
    failure ??= error;
    notify();
  };

  const { Worker } = workerThreads();
  for (let i = 1; i < threads; i++) {
    const worker = new Worker(__filename, { workerData: setup, argv: [WORKER_ARG], stdout: false, stderr: false });
    workers.push(worker);
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'error') {
        const error = message.cliError ? new CliError(message.message, message.subject) : new Error(message.message);
        if (!message.cliError && message.stack) error.stack = message.stack;
        fail(error);
        return;
      }
      for (const { index, result } of message.results) {
        results[index] = { ...result, text: result.text ?? inputs[index].text };
        received++;
      }
      sendBatch(worker);
      notify();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (received < inputs.length) fail(new Error(`a lint worker stopped early (exit code ${code})`));
    });
    sendBatch(worker);
    sendBatch(worker);
  }

  try {
    while (!failure && received < inputs.length) {
      const items = takeBatch(HERE_BATCH_SIZE);
      if (items.length) {
        for (const { index, input } of items) results[index] = lintHere(input);
        received += items.length;
        // Let the workers' messages in before the next batch.
        await new Promise<void>((resolve) => setImmediate(resolve));
      } else {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure) throw failure;
  return results;
}

/** The worker's side: lint each batch with a session built from the run's options. */
async function serveBatches(setup: WorkerSetup): Promise<void> {
  const port = workerThreads().parentPort!;
  // Loaded here, not at the top: the main thread's start-up should not pay for the lint machinery.
  const { LintSession } = await import('./lint-session');
  const io: CliIO = {
    cwd: setup.cwd,
    env: setup.env,
    stdout: () => undefined,
    // Config warnings are printed once, by the main thread's session.
    stderr: () => undefined,
    readStdin: () => {
      throw new Error('a lint worker has no standard input');
    },
    stdoutIsTTY: false,
  };
  const session = new LintSession(setup.options, io);
  port.on('message', (message: ToWorker) => {
    try {
      const results = message.items.map(({ index, input }) => {
        const { text, ...rest } = session.lint(input.text, input.displayPath, input.configPath);
        const result: SentResult = text === input.text ? rest : { ...rest, text };
        return { index, result };
      });
      port.postMessage({ type: 'results', results } satisfies FromWorker);
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      port.postMessage({
        type: 'error',
        message: error.message,
        stack: error.stack,
        subject: err instanceof CliError ? err.subject : undefined,
        cliError: err instanceof CliError,
      } satisfies FromWorker);
    }
  });
}

/**
 * When this thread is a lint worker started by `lintInWorkers`, serves it and returns true; the
 * bundle's entry point then skips the command line.
 */
export function runLintWorkerIfAny(): boolean {
  if (process.argv[2] !== WORKER_ARG) return false;
  const { isMainThread, workerData } = workerThreads();
  if (isMainThread || (workerData as WorkerSetup | null)?.kind !== WORKER_KIND) return false;
  void serveBatches(workerData as WorkerSetup);
  return true;
}
