import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF221-invalid-stop-signal';

ruleTester(rule, {
  valid: [
    'FROM nginx:1.27\nSTOPSIGNAL SIGQUIT\n',
    'FROM nginx:1.27\nSTOPSIGNAL sigterm\n',
    'FROM nginx:1.27\nSTOPSIGNAL TERM\n',
    'FROM nginx:1.27\nSTOPSIGNAL "SIGINT"\n',
    'FROM nginx:1.27\nSTOPSIGNAL 9\n',
    'FROM nginx:1.27\nSTOPSIGNAL SIGRTMIN+3\n',
    'FROM nginx:1.27\nSTOPSIGNAL rtmax-14\n',
    'FROM nginx:1.27\nARG SIGNAL=SIGWINCH\nSTOPSIGNAL $SIGNAL\n',
    // Unknown until build time.
    'FROM nginx:1.27\nARG SIGNAL\nSTOPSIGNAL $SIGNAL\n',
    { code: 'FROM nginx:1.27\nSTOPSIGNAL\n', name: 'no signal at all (a parse error of its own)' },
  ],
  invalid: [
    {
      code: 'FROM nginx:1.27\nSTOPSIGNAL SIGTREM\n',
      errors: [{ messageId: 'unknown', line: 2, column: 12, endLine: 2, endColumn: 19, message: '"SIGTREM" is not a signal: STOPSIGNAL takes a name such as SIGTERM or SIGQUIT, or a non-zero number' }],
    },
    {
      code: 'FROM nginx:1.27\nSTOPSIGNAL 0\n',
      errors: [{ messageId: 'unknown', line: 2, column: 12, endLine: 2, endColumn: 13 }],
    },
    {
      code: 'FROM nginx:1.27\nSTOPSIGNAL SIGRTMIN+16\n',
      errors: [{ messageId: 'unknown', line: 2, column: 12, endLine: 2, endColumn: 23 }],
    },
    {
      code: 'FROM nginx:1.27\nARG SIGNAL=SIGSTOPP\nSTOPSIGNAL ${SIGNAL}\n',
      errors: [{ messageId: 'unknown', line: 3, column: 12, endLine: 3, endColumn: 21, message: '"SIGSTOPP" is not a signal: STOPSIGNAL takes a name such as SIGTERM or SIGQUIT, or a non-zero number' }],
    },
  ],
});
