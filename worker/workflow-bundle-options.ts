// How the case workflows are bundled for the sandbox, in one place for the worker, the
// ahead-of-time bundle build and the tests, so that all three run the same code.
//
// The SDK's reusable V8 context evaluates a workflow's modules once per cached workflow,
// unless they are preloaded: a preloaded module is evaluated once, frozen and shared by
// every workflow in the worker. The domain's modules are pure (no per-workflow state; the
// only module-level mutable values are memos whose answers never change: dates.ts's
// formatted dates and working-day-calendar.ts's calendars built from a table), so they are
// shared; workflows/ itself is not (it holds handlers).
import path from 'node:path';
import type { BundleOptions } from '@temporalio/worker';

type Configuration = Parameters<NonNullable<BundleOptions['webpackConfigHook']>>[0];

const root = path.resolve(__dirname, '..');

/** Every domain module the workflow imports at run time (test/unit/bundle.test.ts keeps this list complete). */
export const PRELOADED_DOMAIN_MODULES = [
  'domain/calendar/dates.ts',
  'domain/calendar/working-day-calendar.ts',
  'domain/lifecycle/apply.ts',
  'domain/lifecycle/automatic.ts',
  'domain/lifecycle/case-deadlines.ts',
  'domain/lifecycle/case-record.ts',
  'domain/lifecycle/case-table-years.ts',
  'domain/lifecycle/command-types.ts',
  'domain/lifecycle/decide.ts',
  'domain/lifecycle/holiday-refresh.ts',
  'domain/lifecycle/input-guards.ts',
  'domain/lifecycle/notices.ts',
  'domain/lifecycle/phases.ts',
  'domain/lifecycle/reminder-spread.ts',
  'domain/lifecycle/reminders.ts',
  'domain/lifecycle/state.ts',
  'domain/lifecycle/view.ts',
  'domain/london-time.ts',
  'domain/regimes.ts',
];

export const workflowsPath = path.join(root, 'workflows', 'index.ts');

/**
 * The SDK compiles workflow TypeScript for ES2017, which turns every object spread into a
 * helper call (about 0.6 ms of a case start's workflow thread, by CPU profile). Node 20 runs
 * ES2021 natively; class fields (ES2022) stay compiled as before, so their order of
 * initialisation does not change.
 */
const SWC_TARGET = 'es2021';

function compileForNode(config: Configuration): Configuration {
  for (const rule of config.module?.rules ?? []) {
    if (!rule || typeof rule !== 'object' || typeof rule.use !== 'object' || Array.isArray(rule.use))
      continue;
    const use = rule.use as { loader?: string; options?: { jsc?: { target?: string } } };
    if (use.loader?.includes('swc-loader') && use.options?.jsc) use.options.jsc.target = SWC_TARGET;
  }
  return config;
}

export const workflowBundlerOptions = {
  preloadModules: PRELOADED_DOMAIN_MODULES.map((m) => path.join(root, m)),
  webpackConfigHook: compileForNode,
};
