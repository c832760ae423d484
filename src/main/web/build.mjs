// Builds the reviewer pages' assets into one folder (default: ../../../target/classes/public),
// which sgnet serves at /assets/**: sgnet.js (the pages' script with Cytoscape.js and GOV.UK
// Frontend bundled in), sgnet.css (GOV.UK Frontend compiled from Sass with sgnet's styles), and
// GOV.UK Frontend's own fonts and images. Nothing here is fetched at run time from elsewhere.
import { build } from 'esbuild';
import * as sass from 'sass';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? resolve(here, '../../../target/classes/public'));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [resolve(here, 'src/sgnet.js')],
  bundle: true,
  format: 'esm',
  target: ['es2020'],
  minify: true,
  legalComments: 'linked',
  outfile: resolve(out, 'sgnet.js'),
  logLevel: 'warning',
});

const css = sass.compile(resolve(here, 'src/sgnet.scss'), {
  loadPaths: [resolve(here, 'node_modules')],
  style: 'compressed',
  quietDeps: true,
  silenceDeprecations: ['import'],
});
writeFileSync(resolve(out, 'sgnet.css'), css.css);

const govukAssets = resolve(here, 'node_modules/govuk-frontend/dist/govuk/assets');
cpSync(resolve(govukAssets, 'fonts'), resolve(out, 'fonts'), { recursive: true });
cpSync(resolve(govukAssets, 'images'), resolve(out, 'images'), { recursive: true });

console.log(`sgnet pages built into ${out}`);
