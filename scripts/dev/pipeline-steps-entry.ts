// The in-page half of scripts/dev/pipeline-steps.ts: the reading view's pipeline (the steps of
// extract.js, the page's computed styles for visibility), each step timed, left under a global of
// the isolated world it is evaluated in.
import { runPipeline } from '../../utils/extraction/run-pipeline';
import { STEPS_WITHOUT_KEY_FACTS } from '../../utils/extraction/steps/extraction-steps';
import { isHiddenByStyle } from '../../utils/browser/visibility';
import { DEFAULT_TIME_BUDGET_MS } from '../../utils/extraction/limits';
import { timedSteps } from './timed-steps';

/** Ms per step of one run, `outside steps` (the clone, metadata, serialising) and `total`. */
export type StepTimes = Record<string, number>;

function timedRun(): StepTimes {
  const times: StepTimes = {};
  const timed = timedSteps(STEPS_WITHOUT_KEY_FACTS, (name, ms) => {
    times[name] = (times[name] ?? 0) + ms;
  });
  const started = performance.now();
  runPipeline(timed, document, {
    url: document.location.href,
    isHidden: isHiddenByStyle,
    timeBudgetMs: DEFAULT_TIME_BUDGET_MS,
  });
  const total = performance.now() - started;
  times['outside steps'] = total - Object.values(times).reduce((sum, ms) => sum + ms, 0);
  times.total = total;
  return times;
}

(globalThis as unknown as { __qariTimedRun: () => StepTimes }).__qariTimedRun = timedRun;
