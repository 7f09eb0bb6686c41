// Runs the package's CLIs for the CI checks: a server in the background until it prints its URL, and a command to
// its end, both without blocking the event loop (an in-process server must keep answering meanwhile).
import { spawn } from 'node:child_process';

/**
 * Starts a long-running command and resolves once its output names the API's base URL.
 * @param {string} command @param {string[]} args @param {{ cwd?: string }} [options]
 * @returns {Promise<{ url: string, output: () => string, stop: () => Promise<void> }>}
 */
export function startServer(command, args, options = {}) {
  const child = spawn(command, args, { cwd: options.cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
      child.once('exit', () => resolve(undefined));
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${command} ${args.join(' ')} printed no URL within 30 s:\n${output}`));
    }, 30_000);
    const onData = (/** @type {Buffer} */ chunk) => {
      output += chunk;
      const match = /on (http:\/\/\S+)\/access-keys/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], output: () => output, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

/**
 * Runs a command to its end.
 * @param {string} command @param {string[]} args @param {{ cwd?: string }} [options]
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Indents a report so that its closing line cannot pass for the closing line of this CI run's own tests. */
export function quoted(/** @type {string} */ text) {
  return text.trimEnd().split('\n').map((line) => `    | ${line}`).join('\n');
}
