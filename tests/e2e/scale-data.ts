// Before the browser tests' server starts: the tiny national dataset (tests/fixtures/scale, Parquet)
// turned into the browser's files under tmp/e2e-scale, which the server mounts at /data/scale
// (playwright.config.ts). The tests never read a national dataset built into build/.
import { copyFileSync, mkdirSync } from 'node:fs';
import { writeBrowserFiles } from '../../src/lib/server/scale-files';

const E2E_SCALE_DIR = 'tmp/e2e-scale';

mkdirSync(E2E_SCALE_DIR, { recursive: true });
copyFileSync('tests/fixtures/scale/manifest.json', `${E2E_SCALE_DIR}/manifest.json`);
await writeBrowserFiles('tests/fixtures/scale', E2E_SCALE_DIR);
