import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF225-global-arg-in-run';

ruleTester(rule, {
  valid: [
    'ARG VERSION=1\nFROM alpine:3.20\nARG VERSION\nRUN echo $VERSION\n',
    'ARG VERSION=1\nFROM alpine:3.20\nENV VERSION=2\nRUN echo $VERSION\n',
    "ARG V=1\nFROM alpine:3.20\nRUN echo '$V' \\$V\n",
    'ARG V=1\nFROM alpine:3.20\nRUN V=2 && echo $V\n',
    'ARG V=1\nFROM alpine:3.20\nRUN for V in a b; do echo $V; done\n',
    'ARG V=1\nFROM alpine:3.20\nRUN read -r V < /etc/hostname; echo "$V"\n',
    'ARG V=1\nFROM alpine:3.20 AS base\nENV V=$V\nFROM base\nRUN echo $V\n',
    'ARG V=1\nFROM alpine:3.20\nRUN ["echo", "$V"]\n',
    'FROM alpine:3.20\nRUN echo $HOME\n',
    'ARG V=1\nFROM alpine:3.20\nONBUILD RUN echo $V\n',
  ],
  invalid: [
    {
      code: 'ARG BASE=alpine:3.20\nFROM $BASE\nRUN echo $BASE ${BASE:-x} \\\n  && echo "${VERSION}"\nARG VERSION\n',
      errors: [
        { messageId: 'empty', line: 3, column: 10, endLine: 3, endColumn: 15, message: '$BASE is empty in this RUN: ARG BASE is declared before FROM, which keeps it for FROM lines; add `ARG BASE` in this stage' },
      ],
    },
    {
      code: 'ARG VERSION=1\nARG OTHER\nFROM alpine:3.20 AS a\nARG VERSION\nFROM alpine:3.20\nRUN echo "$VERSION" \\\n    "${OTHER:+set}"\n',
      errors: [
        { messageId: 'empty', line: 6, column: 11, endLine: 6, endColumn: 19 },
        { messageId: 'empty', line: 7, column: 6, endLine: 7, endColumn: 19 },
      ],
    },
  ],
});
