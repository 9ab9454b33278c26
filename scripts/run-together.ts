// Runs npm scripts side by side (`tsx scripts/run-together.ts lint unit`), each one's output held back and printed
// whole when it ends, so two checks that each keep one core busy take the time of the longer, not of both.
// Exits non-zero if any of them failed.
import { spawn } from 'node:child_process';

function run(script: string): Promise<{ script: string; code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => resolve({ script, code: code ?? 1, output: Buffer.concat(output).toString('utf8') }));
  });
}

const scripts = process.argv.slice(2);
const started = performance.now();
const results = await Promise.all(scripts.map(run));
let failed = false;
for (const { script, code, output } of results) {
  console.log(`\n> npm run ${script} (${code === 0 ? 'passed' : `failed with exit code ${code}`})\n`);
  process.stdout.write(output);
  if (code !== 0) failed = true;
}
console.log(`\n${scripts.join(' and ')}: ${((performance.now() - started) / 1000).toFixed(1)} s together`);
process.exit(failed ? 1 : 0);
