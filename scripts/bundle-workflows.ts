// Builds the workflow bundle ahead of time (scripts/build.sh runs it), so the compiled
// worker loads it with `workflowBundle` instead of running webpack at every start.
// Usage: node --require tsx/cjs scripts/bundle-workflows.ts [output file]
import fs from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';
import { FAILURE_CONVERTER_PATH } from '../codec/data-converter';
import { workflowBundlerOptions, workflowsPath } from '../worker/workflow-bundle-options';

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'dist', 'workflow-bundle.js'));
  const { code } = await bundleWorkflowCode({
    workflowsPath,
    ...workflowBundlerOptions,
    // The same failure converter the worker is given (codec/): failures' text encrypted.
    failureConverterPath: FAILURE_CONVERTER_PATH,
    // build.sh prints the one progress line; webpack's INFO summary would be noise.
    logger: new DefaultLogger('WARN'),
  });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // Write then rename, so a worker starting meanwhile never reads half a bundle.
  const tmp = `${out}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, code);
  fs.renameSync(tmp, out);
}

main().catch((err: unknown) => {
  console.error(`bundle-workflows: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
