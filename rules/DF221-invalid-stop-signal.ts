import { defineRule } from '../src/engine/define-rule';

/**
 * The signal names the builder accepts for STOPSIGNAL (Linux's, as Docker lists them), without the
 * `SIG` prefix; a name may be written in any case and with or without that prefix. `UNUSED` is
 * kept so that no name some Docker version accepts is reported.
 */
const SIGNAL_NAMES = new Set([
  'ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL', 'PROF', 'PWR',
  'QUIT', 'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'UNUSED', 'URG', 'USR1', 'USR2', 'VTALRM',
  'WINCH', 'XCPU', 'XFSZ', 'RTMIN', 'RTMAX',
  ...Array.from({ length: 15 }, (_, i) => `RTMIN+${i + 1}`),
  ...Array.from({ length: 14 }, (_, i) => `RTMAX-${i + 1}`),
]);

/** Whether the builder takes `text` as a signal: a non-zero integer, or a known name. */
function isSignal(text: string): boolean {
  if (/^[+-]?\d+$/.test(text)) return Number(text) !== 0;
  return SIGNAL_NAMES.has(text.toUpperCase().replace(/^SIG/, ''));
}

export default defineRule({
  id: 'DF221',
  name: 'invalid-stop-signal',
  aliases: [],
  severity: 'error',
  fix: 'none',
  summary: 'STOPSIGNAL names a signal that does not exist',
  docs: {
    why:
      '`STOPSIGNAL` sets the signal `docker stop` sends. The builder checks it against the signals it knows ' +
      '(`SIGTERM`, `TERM`, `15`, … in any case) and fails the build for anything else, such as a typo ' +
      '(`SIGTREM`) or `0`.',
    invalid: ['FROM nginx:1.27\nSTOPSIGNAL SIGTREM\n', 'FROM nginx:1.27\nSTOPSIGNAL 0\n'],
    valid: ['FROM nginx:1.27\nSTOPSIGNAL SIGQUIT\n', 'FROM nginx:1.27\nSTOPSIGNAL term\n', 'FROM nginx:1.27\nSTOPSIGNAL 9\n', 'FROM nginx:1.27\nSTOPSIGNAL SIGRTMIN+3\n'],
    notes: 'A signal given by a variable is checked only when the variable has a known value.',
  },
  messages: {
    unknown: (p: { signal: string }) => `"${p.signal}" is not a signal: STOPSIGNAL takes a name such as SIGTERM or SIGQUIT, or a non-zero number`,
  },
  create(ctx) {
    return {
      Stopsignal(node) {
        const word = node.signal;
        if (!word) return;
        // As the builder reads it: quotes removed, variables expanded (skipped when unknown).
        const signal = ctx.model.knownValue(node, word.value);
        if (signal !== null && !isSignal(signal)) ctx.report({ node: word, messageId: 'unknown', data: { signal } });
      },
    };
  },
});
