import { run } from './main.js';

run(
  process.argv.slice(2),
  (line) => process.stdout.write(line + '\n'),
  (line) => process.stderr.write(line + '\n'),
).then((code) => {
  process.exitCode = code;
});
