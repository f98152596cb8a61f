'use strict';
const http = require('node:http');

const port = Number(process.env.PORT) || 3000;

http
  .createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('Hello from node-app\n');
  })
  .listen(port, () => console.log(`listening on ${port}`));
