// The web app's settings: environment variables, validated with zod at start-up. With no
// OIDC_ISSUER (and not in production) the app runs "embedded": it signs in against the
// local OpenID provider that `npm start` runs (web/local-oidc/).
import { z } from 'zod';
import { describeZodIssue } from '../config/config-error';
import { LOCAL_CLIENT } from './local-oidc/client';
import { ROLES, type Role } from './auth/roles';

export class WebConfigError extends Error {
  override name = 'WebConfigError';
}

const hexKey = z.string().regex(/^[0-9a-fA-F]{64}$/, 'expected 32 bytes as 64 hex characters');
const port = z.coerce.number().int().min(1).max(65535);
const roleMap = z
  .string()
  .regex(
    /^\s*(officer|approver|manager|admin)\s*=\s*[^,=]+(,\s*(officer|approver|manager|admin)\s*=\s*[^,=]+)*$/,
    'expected role=claim-value pairs, e.g. officer=FOI.Officer,manager=FOI.Manager',
  );

const schema = z.object({
  NODE_ENV: z.string().optional(),
  FOI_WEB_PORT: port.default(3000),
  FOI_WEB_BASE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_ROLES_CLAIM: z.string().min(1).default('roles'),
  OIDC_ROLE_MAP: roleMap.optional(),
  FOI_SESSION_KEY: hexKey.optional(),
  FOI_LOCAL_OIDC_PORT: port.default(3001),
  FOI_TEMPORAL_UI_ORIGINS: z
    .string()
    .regex(
      /^https?:\/\/[^/\s,]+(,\s*https?:\/\/[^/\s,]+)*$/,
      'expected origins like https://temporal.example.gov.uk, comma-separated',
    )
    .optional(),
});

export interface WebConfig {
  port: number;
  baseUrl: string;
  /** True when signing in against the local provider (npm start, tests). */
  embedded: boolean;
  production: boolean;
  oidc: { issuer: string; clientId: string; clientSecret?: string; rolesClaim: string };
  /** Claim value → role. */
  roleMap: Map<string, Role>;
  /** Hex; absent in embedded mode, where data/session.key is used (session-key.ts). */
  sessionKey?: string;
  localOidcPort: number;
  /** Origins of the Temporal UI allowed to call /codec/ from the browser. */
  temporalUiOrigins: string[];
}

function parseRoleMap(raw: string | undefined): Map<string, Role> {
  if (!raw) return new Map(ROLES.map((r) => [r, r]));
  const map = new Map<string, Role>();
  for (const pair of raw.split(',')) {
    const [role, value] = pair.split('=').map((s) => s.trim()) as [Role, string];
    map.set(value, role);
  }
  return map;
}

/** The dev server's UI port, as npm start sets it (FOI_TEMPORAL_UI_PORT, default 8233). */
const uiPort = (env: NodeJS.ProcessEnv): string =>
  /^\d{1,5}$/.test(env.FOI_TEMPORAL_UI_PORT ?? '') ? env.FOI_TEMPORAL_UI_PORT! : '8233';

export function loadWebConfig(env: NodeJS.ProcessEnv = process.env): WebConfig {
  // An empty variable counts as unset, as for the Temporal settings.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = schema.safeParse(given);
  if (!parsed.success) throw new WebConfigError(describeZodIssue(parsed.error.issues[0]!, env));
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const embedded = !e.OIDC_ISSUER;
  if (production && embedded)
    throw new WebConfigError(
      "OIDC_ISSUER: required when NODE_ENV=production (the authority's OpenID provider)",
    );
  if (!embedded && !e.OIDC_CLIENT_ID)
    throw new WebConfigError('OIDC_CLIENT_ID: required when OIDC_ISSUER is set');
  if (production && !e.FOI_SESSION_KEY)
    throw new WebConfigError(
      'FOI_SESSION_KEY: required when NODE_ENV=production (32 bytes as 64 hex characters)',
    );
  const baseUrl = e.FOI_WEB_BASE_URL.replace(/\/+$/, '');
  return {
    port: e.FOI_WEB_PORT,
    baseUrl,
    embedded,
    production,
    oidc: embedded
      ? {
          issuer: `http://localhost:${e.FOI_LOCAL_OIDC_PORT}`,
          clientId: LOCAL_CLIENT.clientId,
          clientSecret: LOCAL_CLIENT.clientSecret,
          rolesClaim: e.OIDC_ROLES_CLAIM,
        }
      : {
          issuer: e.OIDC_ISSUER!,
          clientId: e.OIDC_CLIENT_ID!,
          clientSecret: e.OIDC_CLIENT_SECRET,
          rolesClaim: e.OIDC_ROLES_CLAIM,
        },
    roleMap: parseRoleMap(e.OIDC_ROLE_MAP),
    sessionKey: e.FOI_SESSION_KEY,
    localOidcPort: e.FOI_LOCAL_OIDC_PORT,
    // Embedded: the dev server's UI on its default port (npm start points it here).
    temporalUiOrigins: e.FOI_TEMPORAL_UI_ORIGINS
      ? e.FOI_TEMPORAL_UI_ORIGINS.split(',').map((o) => o.trim())
      : embedded
        ? [`http://localhost:${uiPort(env)}`, `http://127.0.0.1:${uiPort(env)}`]
        : [],
  };
}
