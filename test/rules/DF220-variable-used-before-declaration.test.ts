import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF220-variable-used-before-declaration';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\nARG APP=web\nWORKDIR /src/$APP\n',
    'FROM alpine:3.20\nENV A=1\nWORKDIR /$A\nENV A=2\n',
    'FROM alpine:3.20\nRUN echo $APP\nARG APP=web\n',
    'FROM alpine:3.20\nWORKDIR /$APP\nFROM alpine:3.20\nARG APP\n',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nWORKDIR /src/$APP\nARG APP=web\n',
      errors: [{ messageId: 'beforeDeclaration', line: 2, column: 14, endLine: 2, endColumn: 18, message: "'$APP' is used before it is declared (ARG on line 3); here it expands to an empty or older value" }],
    },
    {
      name: 'the same ENV instruction does not see its own earlier pairs',
      code: 'FROM alpine:3.20\nENV A=1 B=${A}\n',
      errors: [{ messageId: 'beforeDeclaration', line: 2, column: 11, endLine: 2, endColumn: 15 }],
    },
  ],
});
