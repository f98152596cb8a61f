import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF165-superfluous-label';

const schema = { maintainer: 'email' };

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\nLABEL anything=goes\n',
    { code: 'FROM alpine:3.20\nLABEL anything=goes\n', settings: { labelSchema: schema } },
    { code: 'FROM alpine:3.20\nLABEL maintainer=a@b.co\n', settings: { labelSchema: schema, strictLabels: true } },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL maintainer=a@b.co team=core\n',
      settings: { labelSchema: schema, strictLabels: true },
      errors: [{ messageId: 'superfluous', line: 2, column: 25, endLine: 2, endColumn: 29, message: 'Label "team" is not in the label schema' }],
    },
  ],
});
