// How fast, and in how much memory, the cause-finding tools read a large historical search (`npm run bench`).
// Generates Enhanced summary reports of 5,000, 50,000 and 100,000 rows (UTF-16LE without BOM, about 1 KB a row) in a
// temporary folder and reads each through readSendingFile in a fresh Node process, so one run's garbage does not
// count against the next, sampling resident and heap memory while it reads: once for the gap finder (per-domain
// aggregates), once for the 5.7.705 traffic analysis (per-sender traffic, then the rules). It prints figures and
// asserts nothing: the aim is 100,000 rows in under 3 s and 400 MB on a 2-core machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openAsBlob, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeEnhancedSummary } from './generate-enhanced-summary';

interface Measurement {
  rows: number;
  domains: number;
  /** Senders the traffic analysis kept, and the seconds its rules took; -1 for the gap finder's reading. */
  senders: number;
  analysisSeconds: number;
  seconds: number;
  peakRss: number;
  peakHeap: number;
}

const SIZES = [5_000, 50_000, 100_000];
const MB = 1_000_000;
const READER = new URL('../src/features/tools/readers/sending-reader.ts', import.meta.url).href;
const ANALYSIS = new URL('../src/features/tools/rules/traffic-analysis.ts', import.meta.url).href;

interface SendingOutcome {
  kind: string;
  data?: { rows: number; domains: unknown[]; traffic?: { senders: unknown[] } };
}
type ReadSendingFile = (file: Blob, options: { timeZone?: string; traffic?: boolean }) => Promise<SendingOutcome>;
type AnalyseTraffic = (data: unknown, isTenantDomain: (domain: string) => boolean) => { findings: unknown[] };

/** In the child process: read one file (for the traffic analysis too, when `traffic`) and print the measurement as JSON. */
async function measure(path: string, traffic: boolean): Promise<void> {
  // Imported by URL: the reader belongs to the app's TypeScript project, the scripts to the Node one.
  const { readSendingFile } = (await import(READER)) as { readSendingFile: ReadSendingFile };
  const { analyseTraffic } = (await import(ANALYSIS)) as { analyseTraffic: AnalyseTraffic };
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = (): void => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    peakHeap = Math.max(peakHeap, heapUsed);
  };
  const sampler = setInterval(sample, 10);
  const started = performance.now();
  const outcome = await readSendingFile(await openAsBlob(path), traffic ? { traffic: true } : {});
  const seconds = (performance.now() - started) / 1000;
  const analysed = performance.now();
  const tenant = (domain: string) => domain === 'contoso.com' || domain.endsWith('.contoso.com');
  if (traffic && outcome.data?.traffic) analyseTraffic(outcome.data.traffic, tenant);
  const analysisSeconds = traffic ? (performance.now() - analysed) / 1000 : -1;
  clearInterval(sampler);
  sample();
  const measurement: Measurement = {
    rows: outcome.data?.rows ?? -1,
    domains: outcome.data?.domains.length ?? -1,
    senders: outcome.data?.traffic?.senders.length ?? -1,
    analysisSeconds,
    seconds,
    peakRss,
    peakHeap,
  };
  process.stdout.write(`${JSON.stringify({ kind: outcome.kind, ...measurement })}\n`);
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'unblock-bench-'));
  const script = fileURLToPath(import.meta.url);
  try {
    console.log('reading   rows      MB   seconds  peak RSS MB  peak heap MB  outcome');
    for (const size of SIZES) {
      const path = join(folder, `enhanced-summary-${size}.csv`);
      await writeEnhancedSummary(path, size);
      const megabytes = statSync(path).size / MB;
      for (const reading of ['domains', 'traffic'] as const) {
      const child = spawnSync(process.execPath, [...process.execArgv, script, '--measure', path, reading], { encoding: 'utf8' });
      const line = child.stdout.trim().split('\n').pop() ?? '';
      if (child.status !== 0 || !line.startsWith('{')) {
        console.log(`${reading.padEnd(8)}  ${String(size).padEnd(8)} ${megabytes.toFixed(1).padStart(5)}  failed: ${child.stderr.trim()}`);
        continue;
      }
      const result = JSON.parse(line) as Measurement & { kind: string };
      const what =
        reading === 'traffic'
          ? ` ${result.kind}, ${result.senders} senders analysed in ${result.analysisSeconds.toFixed(2)} s`
          : ` ${result.kind}, ${result.domains} sender domains`;
      console.log(
        [
          reading.padEnd(8),
          String(result.rows).padEnd(8),
          megabytes.toFixed(1).padStart(5),
          result.seconds.toFixed(2).padStart(8),
          (result.peakRss / MB).toFixed(0).padStart(11),
          (result.peakHeap / MB).toFixed(0).padStart(13),
          what,
        ].join(' '),
      );
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const measureIndex = process.argv.indexOf('--measure');
const measuredFile = measureIndex > -1 ? process.argv[measureIndex + 1] : undefined;
await (measuredFile ? measure(measuredFile, process.argv[measureIndex + 2] === 'traffic') : main());
