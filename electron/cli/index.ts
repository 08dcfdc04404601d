/** Entry point of the `s2s-wizard` command (bundled to out/cli by scripts/build-cli.mjs). */
import packageJson from '../../package.json' with { type: 'json' };
import { runCli } from './run-cli.js';

const code = await runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
  },
  packageJson.version,
).catch((e: unknown) => {
  process.stderr.write(`s2s-wizard: internal error: ${(e as Error).message}\n`);
  return 2;
});
process.exitCode = code;
