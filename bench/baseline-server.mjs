#!/usr/bin/env node
// The same-run baseline of the HTTP bench (issue 24): a bare Fastify that answers GET /baseline/<n>
// with a precomputed body (the bytes the app answered for endpoint n, read once at start), as JSON.
// Usage: node bench/baseline-server.mjs <port> <body file> [<body file> …]
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const [port, ...files] = process.argv.slice(2);
const bodies = files.map((f) => readFileSync(f));
const app = Fastify({ logger: false });
app.get('/baseline/:n', (req, reply) => {
  const body = bodies[Number(req.params.n)];
  if (!body) return reply.status(404).send({ error: 'onbekend' });
  return reply.type('application/json; charset=utf-8').send(body);
});
await app.listen({ port: Number(port), host: '127.0.0.1' });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
