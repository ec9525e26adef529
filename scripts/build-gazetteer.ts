// Writes static/data/gazetteer.json: the national gazetteer in compact form for the browser import page.
// Usage: npx tsx scripts/build-gazetteer.ts [out-file]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { toCompact } from '../src/lib/extract/gazetteer';
import { readGazetteerData } from './lib/gazetteer-node';

const out = process.argv[2] ?? 'static/data/gazetteer.json';
const { towns, counties } = readGazetteerData();
const compact = toCompact(towns, counties);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(compact));
console.log(`${out}: ${compact.towns.length} towns, ${compact.counties.length} counties`);
