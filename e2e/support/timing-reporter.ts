// Prints where the end-to-end time went: wall time, time per spec file, the slowest tests, and the time spent in
// named steps (axe runs, PDF renders). A benchmark to read, never a limit: nothing here fails a run.
import type { FullResult, Reporter, TestCase, TestResult, TestStep } from '@playwright/test/reporter';

/** Steps whose time is worth adding up across the suite; tests name them with `test.step('axe', …)` and so on. */
const MEASURED_STEPS = ['axe', 'pdf'] as const;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export default class TimingReporter implements Reporter {
  private readonly started = Date.now();
  private readonly perFile = new Map<string, number>();
  private readonly perStep = new Map<string, { count: number; ms: number }>();
  private readonly tests: { title: string; ms: number }[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    const file = test.location.file.replace(/^.*\/e2e\//, '');
    this.perFile.set(file, (this.perFile.get(file) ?? 0) + result.duration);
    this.tests.push({ title: `${file} › ${test.title}${result.retry ? ` (retry ${result.retry})` : ''}`, ms: result.duration });
    this.addSteps(result.steps);
  }

  private addSteps(steps: readonly TestStep[]): void {
    for (const step of steps) {
      const name = MEASURED_STEPS.find((measured) => step.title === measured);
      if (name) {
        const total = this.perStep.get(name) ?? { count: 0, ms: 0 };
        this.perStep.set(name, { count: total.count + 1, ms: total.ms + step.duration });
      }
      this.addSteps(step.steps);
    }
  }

  onEnd(result: FullResult): void {
    const busy = this.tests.reduce((sum, test) => sum + test.ms, 0);
    const lines = [
      '',
      `End-to-end timing: ${seconds(Date.now() - this.started)} wall (${result.status}), ${this.tests.length} test runs, ${seconds(busy)} in tests`,
      '  per spec file:',
      ...[...this.perFile].sort((a, b) => b[1] - a[1]).map(([file, ms]) => `    ${seconds(ms).padStart(8)}  ${file}`),
      '  named steps:',
      ...MEASURED_STEPS.map((name) => {
        const total = this.perStep.get(name) ?? { count: 0, ms: 0 };
        const mean = total.count ? total.ms / total.count : 0;
        return `    ${name.padEnd(4)} ${String(total.count).padStart(4)} runs, ${seconds(total.ms)} in all, ${seconds(mean)} each`;
      }),
      '  slowest tests:',
      ...[...this.tests].sort((a, b) => b.ms - a.ms).slice(0, 10).map((test) => `    ${seconds(test.ms).padStart(8)}  ${test.title}`),
    ];
    console.log(lines.join('\n'));
  }

  printsToStdio(): boolean {
    return false;
  }
}
