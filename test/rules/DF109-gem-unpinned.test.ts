import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF109-gem-unpinned';

ruleTester(rule, {
  valid: [
    {
      name: 'name:version',
      code: dedent`
        FROM ruby:3.3-slim
        RUN gem install bundler:2.5.22 rake:13.2.1
      `,
    },
    {
      name: '-v pins the command',
      code: dedent`
        FROM ruby:3.3-slim
        RUN gem install bundler -v 2.5.22 && gem install rake --version=13.2.1 && gem i rails --version 7.2.1
      `,
    },
    {
      name: 'local gem file',
      code: dedent`
        FROM ruby:3.3-slim
        RUN gem install /tmp/app-1.0.gem && gem install --local ./vendor/cache/tool-2.0.gem
      `,
    },
    {
      name: 'version from an ARG',
      code: dedent`
        FROM ruby:3.3-slim
        ARG BUNDLER_VERSION=2.5.22
        RUN gem install bundler:\${BUNDLER_VERSION} --no-document
      `,
    },
    {
      name: 'option values are not gems',
      code: dedent`
        FROM ruby:3.3-slim
        RUN gem install --install-dir /opt/gems --source https://rubygems.example.com bundler:2.5.22
      `,
    },
  ],
  invalid: [
    {
      name: 'unpinned gem',
      code: dedent`
        FROM ruby:3.3-slim
        RUN gem install bundler rake:13.2.1
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 17, endLine: 2, endColumn: 24 },
      ],
    },
    {
      name: 'behind sudo, gem i',
      code: dedent`
        FROM ruby:3.3-slim
        RUN sudo gem i --no-document rails
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 30, endLine: 2, endColumn: 35 },
      ],
    },
    {
      name: 'exec form',
      code: dedent`
        FROM ruby:3.3-slim
        RUN ["gem", "install", "bundler"]
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 24, endLine: 2, endColumn: 33 },
      ],
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM ruby:3.3-slim
        ONBUILD RUN gem install bundler
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 25, endLine: 2, endColumn: 32 },
      ],
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM ruby:3.3-slim
        RUN <<EOF
        gem install bundler
        EOF
      `,
      errors: [
        { messageId: 'unpinned', line: 3, column: 13, endLine: 3, endColumn: 20 },
      ],
    },
  ],
});
