/**
 * `npm run bench` (about twelve minutes) and `npm run bench -- --quick` (under a minute): the
 * benchmark of issue 5. Prints a table and writes tmp/bench/report-<timestamp>.json.
 * Options: --quick, --keep-data (leave the temp stack's data and logs), --fast-db (fsync off).
 * Exit code 0 when it ran (targets may be missed: see the table), 1 when it could not run.
 */
import { formatTable } from './report';
import { runBench } from './run-bench';

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const started = Date.now();
  const log = (message: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}`);
  const report = await runBench({
    quick: args.has('--quick'),
    keepData: args.has('--keep-data'),
    durable: !args.has('--fast-db'),
    log,
    signal: interrupt.signal,
  });
  console.log(`\n${formatTable(report.figures)}\n`);
  for (const missing of report.missing) console.log(`not measured: ${missing}`);
  console.log(
    `machine: ${report.machine.cpus} × ${report.machine.cpuModel}, Node ${report.machine.node}, load average at start ${report.machine.loadAverageAtStart.join(' ')}`,
  );
  console.log(`report: ${report.reportFile}`);
}

const interrupt = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // The run ends at its next step and stops what it started; a second signal exits at once.
    if (interrupt.signal.aborted) process.exit(130);
    interrupt.abort();
    console.log('\nInterrupted: stopping the bench stack… (again to exit now)');
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('\nThe bench could not run:', error);
    process.exit(1);
  },
);
