// The backend half of the pack check: in the empty project that installed the tarball, the two bins run through npx
// (the conformance check passes against the packed server), `access-key-elements/conformance` imports in Node, the
// server explains what --db needs when the optional sql.js is not installed, works on SQLite once it is, and says what
// a busy port means.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { run, startServer } from './run-cli.mjs';

/**
 * @param {string} root the consumer project
 * @param {(condition: boolean, message: string) => void} check
 */
export async function checkPackedBins(root, check) {
  const server = await startServer('npx', ['--no-install', 'access-key-elements-server', '--port', '0'], { cwd: root });
  try {
    const conformance = await run('npx', ['--no-install', 'access-key-elements-conformance', server.url], { cwd: root });
    console.log(conformance.stdout.trimEnd().split('\n').at(-1));
    check(conformance.code === 0, 'npx access-key-elements-conformance passes against npx access-key-elements-server');
  } finally {
    await server.stop();
  }

  const imported = await run(
    process.execPath,
    ['--input-type=module', '-e', "const m = await import('access-key-elements/conformance'); console.log(typeof m.checkAccessKeyBackend);"],
    { cwd: root },
  );
  check(imported.stdout.trim() === 'function', "import { checkAccessKeyBackend } from 'access-key-elements/conformance' works in Node");

  const withoutSqlJs = await run('npx', ['--no-install', 'access-key-elements-server', '--port', '0', '--db', 'keys.sqlite'], { cwd: root });
  check(
    withoutSqlJs.code === 1 && /npm install sql\.js/.test(withoutSqlJs.stderr) && withoutSqlJs.stderr.trim().split('\n').length === 1,
    '--db without the optional sql.js says in one line how to install it',
  );

  // What docs/backend.md tells a host to do: install the optional peer, then --db works.
  const { devDependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const install = await run('npm', ['install', '--no-audit', '--no-fund', '--silent', `sql.js@${devDependencies['sql.js']}`], { cwd: root });
  check(install.code === 0, `npm install sql.js@${devDependencies['sql.js']} in the consumer project`);
  const onSqlite = await startServer('npx', ['--no-install', 'access-key-elements-server', '--port', '0', '--db', 'keys.sqlite'], { cwd: root });
  try {
    const conformance = await run('npx', ['--no-install', 'access-key-elements-conformance', onSqlite.url], { cwd: root });
    console.log(conformance.stdout.trimEnd().split('\n').at(-1));
    check(conformance.code === 0, 'with sql.js installed, the packed server on --db keys.sqlite passes the conformance check');
  } finally {
    await onSqlite.stop();
  }

  const blocker = createServer();
  await new Promise((resolve) => blocker.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = blocker.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    const busy = await run('npx', ['--no-install', 'access-key-elements-server', '--port', String(port)], { cwd: root });
    check(busy.code === 1 && busy.stderr.trim() === `access-key-elements-server: Port ${port} is already in use: stop what is using it, or pick another port with --port.`, 'a busy port gives a one-line message');
  } finally {
    blocker.close();
  }
}
