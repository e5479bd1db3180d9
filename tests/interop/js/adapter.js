// The AWS SDK for JavaScript v3 side of the interop tests (../interop.py),
// offline: the TranslateClient's request handler records each request and
// answers with a canned response; nothing reaches the network.
//
// Reads JSON lines on stdin, answers one JSON line per case on stdout:
//   {"op":"request","id":S}           -> {"method","path","headers":[[n,v]...],"body":HEX}
//                                        | {"refused": MESSAGE}
//   {"op":"reply","status":N,"headers":[[n,v]...],"body":HEX}
//                                      -> {"ok":{"JobId":S|null,"JobStatus":S|null}}
//                                        | {"error":{"name","status","message":S|null}}
// S may hold lone surrogates; JSON carries them as \uD800-style escapes.
'use strict';

const { Readable } = require('stream');
const readline = require('readline');
const { TranslateClient, StopTextTranslationJobCommand } = require('@aws-sdk/client-translate');
// @smithy/protocol-http's HttpResponse moved into @smithy/core in the
// versions package-lock.json pins.
const { HttpResponse } = require('@smithy/core/protocols');

let canned = null;
let recorded = null;

const client = new TranslateClient({
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
  maxAttempts: 1,
  requestHandler: {
    handle: async (request) => {
      recorded = request;
      const reply = canned || { statusCode: 200, headers: {}, body: '' };
      return {
        response: new HttpResponse({
          statusCode: reply.statusCode,
          headers: reply.headers,
          body: Readable.from(reply.body.length ? [reply.body] : []),
        }),
      };
    },
  },
});

function bodyHex(body) {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return Buffer.from(body, 'utf8').toString('hex');
  return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('hex');
}

async function request(id) {
  canned = null;
  recorded = null;
  try {
    await client.send(new StopTextTranslationJobCommand({ JobId: id }));
  } catch (e) {
    if (recorded === null) return { refused: String(e && e.message) };
  }
  return {
    method: recorded.method,
    path: recorded.path,
    headers: Object.entries(recorded.headers),
    body: bodyHex(recorded.body),
  };
}

async function reply(c) {
  const headers = {};
  for (const [name, value] of c.headers) headers[name.toLowerCase()] = value;
  canned = { statusCode: c.status, headers, body: Buffer.from(c.body, 'hex') };
  try {
    const out = await client.send(new StopTextTranslationJobCommand({ JobId: 'interop' }));
    return { ok: { JobId: out.JobId ?? null, JobStatus: out.JobStatus ?? null } };
  } catch (e) {
    return {
      error: {
        name: e.name ?? null,
        status: (e.$metadata && e.$metadata.httpStatusCode) ?? null,
        message: e.message ?? null,
      },
    };
  }
}

async function main() {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out = [];
  for await (const line of lines) {
    if (!line) continue;
    const c = JSON.parse(line);
    out.push(JSON.stringify(c.op === 'request' ? await request(c.id) : await reply(c)));
    if (out.length >= 256) process.stdout.write(out.splice(0).join('\n') + '\n');
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
