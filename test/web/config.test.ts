// The web app's settings: defaults for the embedded run, one line naming the variable
// for a bad one, and what production insists on.
import { loadWebConfig } from '../../web/config';

describe('web settings', () => {
  test('embedded defaults: the local provider and identity role mapping', () => {
    const c = loadWebConfig({});
    expect(c).toMatchObject({ port: 3000, baseUrl: 'http://localhost:3000', embedded: true });
    expect(c.oidc.issuer).toBe('http://localhost:3001');
    expect(c.roleMap.get('manager')).toBe('manager');
  });

  test.each([
    [{ FOI_WEB_PORT: 'abc' }, /^FOI_WEB_PORT: .*got "abc"$/],
    [{ FOI_SESSION_KEY: 'short' }, /^FOI_SESSION_KEY: expected 32 bytes as 64 hex characters/],
    [{ OIDC_ROLE_MAP: 'boss=FOI.Boss' }, /^OIDC_ROLE_MAP: expected role=claim-value pairs/],
    [{ OIDC_ISSUER: 'https://login.example.gov.uk' }, /^OIDC_CLIENT_ID: required when OIDC_ISSUER is set$/],
    [{ NODE_ENV: 'production' }, /^OIDC_ISSUER: required when NODE_ENV=production/],
    [
      { NODE_ENV: 'production', OIDC_ISSUER: 'https://login.example.gov.uk', OIDC_CLIENT_ID: 'foi' },
      /^FOI_SESSION_KEY: required when NODE_ENV=production/,
    ],
  ])('%j is refused in one line', (env, message) => {
    expect(() => loadWebConfig(env)).toThrow(message);
  });

  test("a role map turns the provider's group names into roles", () => {
    const c = loadWebConfig({
      OIDC_ISSUER: 'https://login.example.gov.uk',
      OIDC_CLIENT_ID: 'foi',
      OIDC_ROLES_CLAIM: 'groups',
      OIDC_ROLE_MAP: 'officer=FOI.Officer, manager=FOI.Manager',
    });
    expect([...c.roleMap]).toEqual([
      ['FOI.Officer', 'officer'],
      ['FOI.Manager', 'manager'],
    ]);
    expect(c.oidc).toMatchObject({
      issuer: 'https://login.example.gov.uk',
      clientId: 'foi',
      rolesClaim: 'groups',
    });
  });
});
