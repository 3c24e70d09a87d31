// `foi records rebuild`: writes every case Temporal still keeps into the records store,
// and moves the requester details of cases opened before the store into it. Safe to run
// again at any time: a write never replaces a newer record nor repeats a timeline line.
import type { Command } from 'commander';
import { WORKFLOW_TYPE } from '../../workflows/definitions';
import { statusQuery, timelineQuery } from '../../workflows/definitions';
import { workflowIdFor, type OpenCase } from '../../domain/lifecycle/open-case';
import { isDisposed, saveCaseRecord } from '../../records/case-writes';
import { saveRequester } from '../../records/requesters';
import { withSession } from '../connect';
import { literal } from '../list-query';
import { withExitCodes } from '../options';
import { forEachRecord } from '../pages';
import { recordFromWorkflow } from '../rebuild-record';
import { withRecords } from '../records-session';
import { sdk } from '../temporal-sdk';

export function registerRecords(program: Command): void {
  const records = program
    .command('records')
    .description('the records store: the lasting record of every case');
  const cmd = records
    .command('rebuild')
    .description(
      "write every case Temporal still keeps into the records store (cases from before the store, or a store restored from backup); moves requester details from old cases' inputs into the store",
    );
  withExitCodes(cmd);
  cmd.action(async () => {
    let done = 0;
    let failed = 0;
    await withRecords((db) =>
      withSession(async (s) => {
        const query = `WorkflowType = ${literal(WORKFLOW_TYPE)} AND ExecutionStatus != 'ContinuedAsNew'`;
        await forEachRecord(s, query, async (info) => {
          try {
            const handle = s.client.workflow.getHandle(info.workflowId);
            const history = await handle.fetchHistory();
            const started =
              history.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0];
            // Raw history: its payloads are still encrypted (codec/), so decode them first.
            const converter = s.client.options.loadedDataConverter;
            let payloads = [started!];
            for (const codec of [...converter.payloadCodecs].reverse())
              payloads = await codec.decode(payloads);
            const input = converter.payloadConverter.fromPayload<OpenCase>(payloads[0]!);
            const [status, timeline] = [await handle.query(statusQuery), await handle.query(timelineQuery)];
            // A record disposed of stays disposed of: its requester is not stored again either.
            if (await isDisposed(db, status.reference)) return;
            const existing = await db
              .selectFrom('cases')
              .select('requester_id')
              .where('reference', '=', status.reference)
              .executeTakeFirst();
            const requesterId =
              input.requesterId ??
              existing?.requester_id ??
              (input.requester ? await saveRequester(db, input.requester) : undefined);
            await saveCaseRecord(
              db,
              recordFromWorkflow(workflowIdFor(status.reference), input, status, timeline, requesterId),
            );
            done++;
          } catch (err) {
            failed++;
            const why = err instanceof sdk().WorkflowNotFoundError ? 'gone' : (err as Error).message;
            process.stderr.write(`foi: ${info.workflowId}: not rebuilt (${why})\n`);
          }
          if ((done + failed) % 100 === 0) process.stderr.write(`foi: ${done + failed} cases read...\n`);
        });
      }),
    );
    process.stdout.write(
      `rebuilt ${done} case record${done === 1 ? '' : 's'}${failed ? `; ${failed} could not be read` : ''}\n`,
    );
    if (failed) process.exitCode = 1;
  });
}
