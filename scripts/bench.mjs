// `npm run bench`: the side-by-side benchmark (bench/section.bench.ts), with the machine's load before and after, since
// ratios measured on a busy machine are noisier. Prints a Markdown table; asserts nothing.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';

const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');
// The benchmark measures what ships, the one-file bundle.
const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; load average before: ${load()}`);
const result = spawnSync('npx', ['web-test-runner', '--config', 'bench/web-test-runner.config.mjs'], { stdio: 'inherit' });
console.log(`load average after: ${load()}`);
process.exit(result.status ?? 1);
