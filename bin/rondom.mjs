#!/usr/bin/env node
// The `rondom` command. TypeScript runs through tsx so there is no build step between a checkout and a server.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
