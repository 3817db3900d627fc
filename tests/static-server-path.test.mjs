// The test server serves its folder and nothing beside it (issue #22): a
// sibling whose name starts with the root's (`dist` and `dist-secret`) was
// reachable as /..%2fdist-secret/…, since the %2f is decoded after the URL's
// own `..` handling and the check compared a bare prefix.
//   node --test tests/static-server-path.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../scripts/static-server.mjs';

const base = mkdtempSync(join(tmpdir(), 'static-server-'));
const root = join(base, 'dist');
let server;

before(async () => {
  mkdirSync(join(root, 'sub'), { recursive: true });
  mkdirSync(join(base, 'dist-secret'));
  mkdirSync(join(base, 'distsecret'));
  writeFileSync(join(root, 'index.html'), '<p>home</p>');
  writeFileSync(join(root, 'sub', 'a.txt'), 'a');
  writeFileSync(join(base, 'dist-secret', 'x.txt'), 'secret');
  writeFileSync(join(base, 'distsecret', 'x.txt'), 'secret');
  writeFileSync(join(base, 'outside.txt'), 'secret');
  server = await serve(root, 0); // port 0: a free port, whatever else runs
});

after(() => {
  server?.close();
  rmSync(base, { recursive: true, force: true });
});

/** Status and body of a GET whose path is sent exactly as written. */
function get(path) {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: server.address().port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => done({ status: res.statusCode, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

test('files in the root are served', async () => {
  assert.deepEqual(await get('/sub/a.txt'), { status: 200, body: 'a' });
  assert.deepEqual(await get('/'), { status: 200, body: '<p>home</p>' });
  assert.equal((await get('/sub/%61.txt')).status, 200);
});

test('a sibling folder whose name starts with the root\'s is not served', async () => {
  for (const path of [
    '/..%2fdist-secret/x.txt',
    '/..%2Fdist-secret%2Fx.txt',
    '/..%2fdistsecret/x.txt',
    '/sub/..%2f..%2fdist-secret/x.txt',
    '/..%2foutside.txt',
    '/../dist-secret/x.txt',
    '/%2e%2e/dist-secret/x.txt',
    '/..%5cdist-secret/x.txt',
  ]) {
    const { status, body } = await get(path);
    assert.ok(status === 403 || status === 404, `${path}: ${status}`);
    assert.notEqual(body, 'secret', path);
  }
});

test('broken percent-encoding is a bad request and the server keeps serving', async () => {
  assert.equal((await get('/%E0%A4%A')).status, 400);
  assert.equal((await get('/sub/a.txt')).status, 200);
});
