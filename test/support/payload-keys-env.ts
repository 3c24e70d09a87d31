// Jest setup: every test process, and every CLI or worker process a test starts (they
// inherit the environment), encrypts payloads with the same keys, as the processes of one
// deployment do. Two keys, so that a reader that only knew the newest would be caught.
process.env.FOI_PAYLOAD_KEYS ??=
  'test-2=' + Buffer.alloc(32, 2).toString('base64') + ',test-1=' + Buffer.alloc(32, 1).toString('base64');
