import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF177-non-numeric-user';

ruleTester(rule, {
  valid: [
    'FROM node:22-alpine\nUSER 1000\n',
    'FROM debian:12\nUSER 10001:10001\n',
    'FROM debian:12\nUSER root\n',
    'FROM debian:12\nARG UID\nUSER $UID\n',
    'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser\n',
    '# escape=`\nFROM mcr.microsoft.com/powershell:lts-nanoserver-1809\nUSER ContainerAdministrator\n',
    'FROM debian:12\nARG UID=1000\nUSER ${UID}:${UID}\n',
  ],
  invalid: [
    {
      code: 'FROM node:22-alpine\nUSER node\n',
      errors: [{ messageId: 'name', line: 2, column: 6, endLine: 2, endColumn: 10, message: 'USER "node" is a name; use the numeric UID so the host can verify it' }],
    },
    {
      code: 'FROM debian:12\nUSER app:app\n',
      errors: [{ messageId: 'name', line: 2, column: 6, endLine: 2, endColumn: 9 }],
    },
    {
      code: 'FROM debian:12\nARG APP_USER=www-data\nUSER $APP_USER\n',
      errors: [{ messageId: 'name', line: 3, column: 6, endLine: 3, endColumn: 15 }],
    },
  ],
});
