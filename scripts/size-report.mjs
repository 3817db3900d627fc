// Prints what a visit loads, file by file, raw / gzip / brotli: the first view
// (the page as it is before it is used) and the app it loads on first use.
//   node scripts/size-report.mjs [dist]
import { appFiles, firstViewFiles, sizes } from './first-view.mjs';

const dir = process.argv[2] ?? 'dist';
const first = sizes(dir, firstViewFiles(dir));
const app = sizes(dir, appFiles(dir));
const kb = (n) => (n / 1024).toFixed(1);
const sum = (rows, label) => ({
  file: label,
  'raw KB': kb(rows.reduce((s, r) => s + r.raw, 0)),
  'gzip KB': kb(rows.reduce((s, r) => s + r.gzip, 0)),
  'brotli KB': kb(rows.reduce((s, r) => s + r.brotli, 0)),
});
const table = [...first, ...app].map((r) => sum([r], r.name));
table.push(sum(first, 'first view: page (with its CSS), icon (budget: 150 KB gzip)'));
table.push(sum(app, 'the app, loaded on first use: JS glue + wasm'));
table.push(sum([...first, ...app], 'everything, once the app is loaded'));
console.table(table);
