import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF154-copy-then-extract';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nADD app.tar.gz /opt/\n',
    'FROM debian:12\nCOPY app.zip /tmp/\nRUN unzip /tmp/app.zip -d /opt\n',
    'FROM debian:12\nCOPY data.json.gz /tmp/\nRUN gunzip /tmp/data.json.gz\n',
    'FROM debian:12\nCOPY app.tar.gz /srv/downloads/\nRUN ls /srv/downloads\n',
    'FROM debian:12\nCOPY app.tar.gz /srv/\nRUN tar -czf other.tar.gz /srv\n',
    'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz --strip-components=1 -C /opt\n',
    'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt app/bin\n',
    'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -tzf /tmp/app.tar.gz\n',
    'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzOf /tmp/app.tar.gz app/VERSION > /VERSION\n',
    dedent`
      FROM debian:12 AS a
      COPY app.tar.gz /tmp/

      FROM debian:12
      RUN tar -xzf /tmp/app.tar.gz
    `,
    dedent`
      FROM debian:12 AS build
      RUN tar -czf /out/app.tar.gz /src

      FROM debian:12
      COPY --from=build /out/app.tar.gz /tmp/
      RUN tar -xzf /tmp/app.tar.gz -C /opt
    `,
  ],
  invalid: [
    {
      code: 'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n',
      errors: [{ messageId: 'extract', line: 2, column: 6, endLine: 2, endColumn: 16, message: '"app.tar.gz" is extracted with tar on line 3; ADD extracts a local tar archive by itself' }],
    },
    {
      code: 'FROM debian:12\nCOPY dist/ ./pkg.tgz /tmp/\nRUN cd /opt && tar xzf /tmp/pkg.tgz\n',
      errors: [{ messageId: 'extract', line: 2, column: 12, endLine: 2, endColumn: 21 }],
    },
    {
      code: 'FROM debian:12\nCOPY release /tmp/release.tar.xz\nRUN sudo tar --extract --file=/tmp/release.tar.xz --directory /opt\n',
      errors: [{ messageId: 'extract', line: 2, column: 14, endLine: 2, endColumn: 33 }],
    },
  ],
});
