// The web app as a client of the local OpenID provider (embedded mode only): both sides
// read these, so they cannot disagree. Not a secret: the provider only runs locally.
export const LOCAL_CLIENT = {
  clientId: 'foi-web-local',
  clientSecret: 'foi-web-local-not-a-secret',
} as const;
