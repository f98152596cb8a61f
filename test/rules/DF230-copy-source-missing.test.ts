import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF230-copy-source-missing';

// A build context: two files, a directory, and a symbolic link to a directory outside it.
const context = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-df230-'));
fs.writeFileSync(path.join(context, 'package.json'), '{}\n');
fs.writeFileSync(path.join(context, 'file.txt'), 'x\n');
fs.mkdirSync(path.join(context, 'src'));
fs.writeFileSync(path.join(context, 'src', 'index.js'), '\n');
fs.symlinkSync('/nonexistent-dflint-target', path.join(context, 'link'));
afterAll(() => fs.rmSync(context, { recursive: true, force: true }));

const settings = { contextDir: context };

ruleTester(rule, {
  valid: [
    { code: 'FROM node:22\nCOPY package.json src/index.js ./\nCOPY . .\nCOPY ./src /src\nCOPY src/ /src/\n', settings },
    { code: 'FROM node:22\nCOPY /package.json ../file.txt ./\n', settings, name: 'a leading / is the root of the context, and .. cannot climb above it' },
    { code: 'FROM node:22\nCOPY requirements*.txt ./\nCOPY src/*.ts /src/\nCOPY */index.js /x/\n', settings, name: 'a wildcard may match nothing when the directory before it exists' },
    { code: 'FROM node:22\nCOPY --from=build missing /x\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/\n', settings, name: 'other stages and images' },
    { code: 'FROM node:22\nADD https://example.com/a.tgz /a\nADD git@github.com:moby/buildkit.git /b\nADD github.com/moby/buildkit /c\n', settings, name: 'URLs and git sources' },
    { code: 'FROM node:22\nCOPY <<EOF /etc/motd\nhello\nEOF\n', settings, name: 'a heredoc' },
    { code: 'FROM node:22\nCOPY link/inner/file /x\nCOPY link /y\n', settings, name: 'a symbolic link on the way is not followed' },
    { code: 'FROM node:22\nCOPY $FROM_THE_IMAGE /x\n', settings, name: 'an unknown variable' },
    { code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app\\bin C:\\app\n', settings, name: 'a Windows path (with a backslash)' },
    { code: 'FROM node:22\nONBUILD COPY missing /x\n', settings, name: 'ONBUILD copies from the child build\'s context' },
    { code: 'FROM node:22\nCOPY missing /x\n', filePath: path.join(context, 'Dockerfile'), name: 'no context given: the Dockerfile\'s directory is not assumed' },
  ],
  invalid: [
    {
      code: dedent`
        FROM node:22
        COPY package.json missing.txt ./
        ADD file.txt/inner /x
      `,
      settings,
      errors: [
        { messageId: 'missing', line: 2, column: 19, endLine: 2, endColumn: 30, message: 'COPY source "missing.txt" is not in the build context; the build will fail' },
        { messageId: 'missing', line: 3, column: 5, endLine: 3, endColumn: 19, message: 'ADD source "file.txt/inner" is not in the build context; the build will fail' },
      ],
    },
    {
      name: 'the directory before a wildcard must exist',
      code: 'FROM node:22\nCOPY lib/*.js /lib/\nCOPY src/gen/* /gen/\n',
      settings,
      errors: [
        { messageId: 'noDirectory', line: 2, column: 6, endLine: 2, endColumn: 14, message: 'COPY source "lib/*.js": the build context has no directory "lib"; the build will fail' },
        { messageId: 'noDirectory', line: 3, column: 6, endLine: 3, endColumn: 15, message: 'COPY source "src/gen/*": the build context has no directory "src/gen"; the build will fail' },
      ],
    },
    {
      name: 'a variable with a known value, and the exec form',
      code: 'FROM node:22\nARG MANIFEST=nothere.json\nCOPY $MANIFEST ./\nCOPY ["src/missing dir", "/x"]\n',
      settings,
      errors: [
        { messageId: 'missing', line: 3, column: 6, endLine: 3, endColumn: 15, message: 'COPY source "nothere.json" is not in the build context; the build will fail' },
        { messageId: 'missing', line: 4, column: 7, endLine: 4, endColumn: 24 },
      ],
    },
  ],
});
