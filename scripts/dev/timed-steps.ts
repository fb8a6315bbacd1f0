import type { Step } from '../../utils/extraction/context';

/**
 * The same steps, each reporting its own time to `record` as it runs: to time them inside the
 * real pipeline (`runPipeline`), with its clone, second reading and budget, rather than a copy of it.
 */
export function timedSteps(steps: readonly Step[], record: (name: string, ms: number) => void): Step[] {
  return steps.map((step) => ({
    name: step.name,
    run(context) {
      const started = performance.now();
      step.run(context);
      record(step.name, performance.now() - started);
    },
  }));
}
