#!/usr/bin/env node
// Entry point for the `foi` command: runs the TypeScript CLI through tsx so that no
// build step stands between a fresh clone and a working command.
require('tsx/cjs');
require('../client/cli.ts').run();
