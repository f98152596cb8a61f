import { ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF155-invalid-port';

ruleTester(rule, {
  valid: [
    'FROM nginx:1.27\nEXPOSE 80 443/tcp 8000-8010 0 65535/udp\n',
    // Docker reads the protocol in any case (expose-proto-casing asks for lower case); a one-port range is a range.
    'FROM nginx:1.27\nEXPOSE 132/sctp 53/UDP 8000-8000/Tcp\n',
    'FROM nginx:1.27\nARG PORT\nEXPOSE $PORT\n',
    'FROM nginx:1.27\nARG PORT=8080\nEXPOSE ${PORT}/tcp\n',
    // Host mappings belong to expose-invalid-format; an empty expansion exposes nothing.
    'FROM nginx:1.27\nEXPOSE 8080:80\n',
    'FROM nginx:1.27\nARG EXTRA=\nEXPOSE 80 $EXTRA\n',
  ],
  invalid: [
    {
      code: 'FROM nginx:1.27\nEXPOSE 80 80800\n',
      errors: [{ messageId: 'invalid', line: 2, column: 11, endLine: 2, endColumn: 16, message: 'Port 80800 is outside the valid range 0-65535' }],
    },
    {
      code: 'FROM nginx:1.27\nEXPOSE 8000-70000/tcp\n',
      errors: [{ messageId: 'invalid', line: 2, column: 8, endLine: 2, endColumn: 22 }],
    },
    {
      code: 'FROM nginx:1.27\nARG PORT=99999\nEXPOSE $PORT\n',
      errors: [{ messageId: 'invalid', line: 3, column: 8, endLine: 3, endColumn: 13 }],
    },
    {
      code: 'FROM nginx:1.27\nEXPOSE 80 http -1 80a 8080/\n',
      errors: [
        { messageId: 'malformed', line: 2, column: 11, endLine: 2, endColumn: 15, message: '"http" is not a port: EXPOSE takes PORT, PORT/PROTOCOL or START-END/PROTOCOL' },
        { messageId: 'malformed', line: 2, column: 16, endLine: 2, endColumn: 18 },
        { messageId: 'malformed', line: 2, column: 19, endLine: 2, endColumn: 22 },
      ],
    },
    {
      code: 'FROM nginx:1.27\nEXPOSE 8010-8000 9000-8999/udp\n',
      errors: [
        { messageId: 'reversed', line: 2, column: 8, endLine: 2, endColumn: 17, message: 'Port range 8010-8000 ends below its start' },
        { messageId: 'reversed', line: 2, column: 18, endLine: 2, endColumn: 31, message: 'Port range 9000-8999 ends below its start' },
      ],
    },
    {
      code: 'FROM nginx:1.27\nEXPOSE 80/tcpx 443/HTTPS 8080/tcp\n',
      errors: [
        { messageId: 'protocol', line: 2, column: 8, endLine: 2, endColumn: 15, message: '"tcpx" is not a protocol Docker exposes: use tcp, udp or sctp' },
        { messageId: 'protocol', line: 2, column: 16, endLine: 2, endColumn: 25, message: '"HTTPS" is not a protocol Docker exposes: use tcp, udp or sctp' },
      ],
    },
    {
      code: 'FROM nginx:1.27\nARG PROTO=quic\nEXPOSE 443/$PROTO\n',
      errors: [{ messageId: 'protocol', line: 3, column: 8, endLine: 3, endColumn: 18, message: '"quic" is not a protocol Docker exposes: use tcp, udp or sctp' }],
    },
    {
      code: 'FROM nginx:1.27\nARG PORT=web\nEXPOSE $PORT\n',
      errors: [{ messageId: 'malformed', line: 3, column: 8, endLine: 3, endColumn: 13, message: '"web" is not a port: EXPOSE takes PORT, PORT/PROTOCOL or START-END/PROTOCOL' }],
    },
  ],
});
