import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF235-pipe-download-to-shell';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian:12\nRUN curl -fsSLo /tmp/i.sh https://x.io/i.sh && sh /tmp/i.sh\nRUN curl -fsSLO https://x.io/i.sh | sh\n', name: 'curl writes a file' },
    { code: 'FROM debian:12\nRUN curl --output /tmp/i.sh https://x.io/i.sh | sh\nRUN wget https://x.io/i.sh | sh\nRUN wget -O /tmp/i.sh https://x.io/i.sh | bash\n', name: 'output to files' },
    { code: 'FROM debian:12\nRUN curl -fsSL https://x.io/k.asc | gpg --dearmor -o /k.gpg\nRUN curl -fsSL https://x.io/t.tgz | tar -xz\n', name: 'not into a shell' },
    { code: 'FROM debian:12\nRUN curl -fsSL https://x.io/list | bash /opt/consume.sh\nRUN curl -fsSL https://x.io/v | sh -c "read v; echo $v"\n', name: 'the shell runs a script of its own' },
    { code: 'FROM debian:12\nRUN sh -c "$(cat /tmp/i.sh)"\nRUN bash -c "echo hi"\n', name: 'no download in the -c script' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN curl -fsSL https://deb.nodesource.com/setup_22.x | sudo -E bash - && apt-get install -y nodejs\n',
      errors: [
        {
          messageId: 'piped',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 70,
          message: 'curl output piped into bash: whatever the server sends runs unverified; download to a file, check its checksum, then run it',
        },
      ],
    },
    {
      name: 'wget -O-, -qO -, interpreters, sh -s, curl -o -',
      code: 'FROM debian:12\nRUN wget -qO- https://x.io/i | sh -s -- -y\nRUN wget -q -O - https://x.io/i | python3\nRUN curl -o - https://x.io/i | perl\n',
      errors: [
        { messageId: 'piped', line: 2, column: 5, endLine: 2, endColumn: 43, message: expect.stringMatching(/^wget output piped into sh:/) },
        { messageId: 'piped', line: 3, column: 5, endLine: 3, endColumn: 42, message: expect.stringMatching(/^wget output piped into python3:/) },
        { messageId: 'piped', line: 4, column: 5, endLine: 4, endColumn: 36 },
      ],
    },
    {
      name: 'a download in the -c script',
      code: 'FROM debian:12\nRUN sh -c "$(curl -fsSL https://x.io/install.sh)" "" --unattended\n',
      errors: [
        {
          messageId: 'substituted',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 66,
          message: 'sh -c runs a script downloaded by a $(curl …) or $(wget …): whatever the server sends runs unverified; download to a file, check its checksum, then run it',
        },
      ],
    },
  ],
});
