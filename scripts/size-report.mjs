// Prints what the first view loads, file by file, raw / gzip / brotli.
//   node scripts/size-report.mjs [dist]
import { sizes } from './first-view.mjs';

const dir = process.argv[2] ?? 'dist';
const rows = sizes(dir);
const total = (key, pick = () => true) => rows.filter(pick).reduce((sum, r) => sum + r[key], 0);
const kb = (n) => (n / 1024).toFixed(1);
const table = rows.map((r) => ({ file: r.name, 'raw KB': kb(r.raw), 'gzip KB': kb(r.gzip), 'brotli KB': kb(r.brotli) }));
const noWasm = (r) => !r.name.endsWith('.wasm');
table.push({ file: 'painted without the wasm (page, CSS, JS, icon)', 'raw KB': kb(total('raw', noWasm)), 'gzip KB': kb(total('gzip', noWasm)), 'brotli KB': kb(total('brotli', noWasm)) });
table.push({ file: 'all-in first view (with the wasm)', 'raw KB': kb(total('raw')), 'gzip KB': kb(total('gzip')), 'brotli KB': kb(total('brotli')) });
console.table(table);
