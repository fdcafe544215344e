import { execFileSync } from 'node:child_process';
import path from 'node:path';

const backend = path.resolve(__dirname, '..', '..');

/**
 * The backend's sources compiled with swc (as `nest build` does, without the type-check: ~1 s) for tests that run
 * it as a real child process. Under node_modules/.cache, so its imports resolve as they do from dist/.
 */
export function compileBackend(name: string): string {
  const out = path.join(backend, 'node_modules', '.cache', name);
  execFileSync(
    path.join(backend, '..', 'node_modules', '.bin', 'swc'),
    ['src', '-d', out, '--config-file', '.swcrc', '--strip-leading-paths', '-q'],
    { cwd: backend, stdio: 'inherit' },
  );
  return out;
}
