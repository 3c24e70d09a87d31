// The bench's own servers: a Temporal dev server (in memory, namespace `foi` with the
// project's search attributes, as scripts/run-local.sh starts it) and Mailpit, both on
// free ports, so a run touches nothing else on the machine.
import fs from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { ALL_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { freePorts, sleep, startChild, type Child } from './procs';

export const NAMESPACE = 'foi';

/** The dev server's names for the SDK's search attribute types. */
const SA_TYPE_NAMES: Record<string, string> = {
  TEXT: 'Text',
  KEYWORD: 'Keyword',
  INT: 'Int',
  DOUBLE: 'Double',
  BOOL: 'Bool',
  DATETIME: 'Datetime',
  KEYWORD_LIST: 'KeywordList',
};

export interface Servers {
  temporal: Child;
  mailpit: Child;
  address: string;
  uiUrl?: string;
  smtpPort: number;
  mailpitUrl: string;
  connection: Connection;
}

function tool(repo: string, name: string, envVar: string): string {
  const fromEnv = process.env[envVar];
  if (fromEnv) return fromEnv;
  const local = path.join(repo, '.tools', 'bin', name);
  if (fs.existsSync(local)) return local;
  throw new Error(`${local} not found: run \`npm run setup\` first (or set ${envVar})`);
}

export async function startServers(repo: string, tmp: string, withUi: boolean): Promise<Servers> {
  const [port, httpPort, metricsPort, uiPort, smtpPort, mailpitPort] = (await freePorts(6)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const saFlags = ALL_SEARCH_ATTRIBUTES.flatMap((k) => [
    '--search-attribute',
    `${k.name}=${SA_TYPE_NAMES[k.type] ?? k.type}`,
  ]);
  const temporal = startChild(
    'temporal',
    tool(repo, 'temporal', 'TEMPORAL_CLI'),
    [
      'server',
      'start-dev',
      '--namespace',
      NAMESPACE,
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--http-port',
      String(httpPort),
      '--metrics-port',
      String(metricsPort),
      ...(withUi ? ['--ui-port', String(uiPort)] : ['--headless']),
      '--log-level',
      'error',
      ...saFlags,
    ],
    { cwd: tmp, env: process.env, logPath: path.join(tmp, 'temporal.log') },
  );
  const mailpit = startChild(
    'mailpit',
    tool(repo, 'mailpit', 'MAILPIT_BIN'),
    [
      '--database',
      path.join(tmp, 'mailpit.db'),
      '--smtp',
      `127.0.0.1:${smtpPort}`,
      '--listen',
      `127.0.0.1:${mailpitPort}`,
      '--smtp-auth-accept-any',
      '--smtp-auth-allow-insecure',
      '--disable-version-check',
      '--quiet',
    ],
    { cwd: tmp, env: process.env, logPath: path.join(tmp, 'mailpit.log') },
  );
  const address = `127.0.0.1:${port}`;
  const connection = await waitForNamespace(address, temporal);
  return {
    temporal,
    mailpit,
    address,
    uiUrl: withUi ? `http://127.0.0.1:${uiPort}/namespaces/${NAMESPACE}/workflows` : undefined,
    smtpPort,
    mailpitUrl: `http://127.0.0.1:${mailpitPort}`,
    connection,
  };
}

async function waitForNamespace(address: string, temporal: Child): Promise<Connection> {
  const until = Date.now() + 90_000;
  let lastError = '';
  while (Date.now() < until) {
    if (!temporal.alive()) throw new Error(`the Temporal dev server stopped; see ${temporal.logPath}`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: '2s' });
      try {
        await connection.withDeadline(Date.now() + 5_000, () =>
          connection.workflowService.describeNamespace({ namespace: NAMESPACE }),
        );
        return connection;
      } catch (err) {
        await connection.close();
        throw err;
      }
    } catch (err) {
      lastError = err instanceof Error ? err.message : String(err);
      await sleep(300);
    }
  }
  throw new Error(`Temporal did not answer within 90 s (${lastError}); see ${temporal.logPath}`);
}
