#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

// a reader that stops early (`sitrep … | head`) closes the pipe: stop quietly, as other tools do
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`sitrep: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
