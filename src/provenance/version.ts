import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * zoetrope's version, from the package.json above this module (src/ under tsx, dist/src/ when built), for
 * the manifest's claim generator.
 */
export function zoetropeVersion(): string {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'zoetrope' && pkg.version) {
        cached = pkg.version;
        return cached;
      }
    } catch {
      // Not here: look one folder up.
    }
    dir = path.dirname(dir);
  }
  cached = '0.0.0';
  return cached;
}
