// Downloads for teachers and researchers: the current map as SVG and PNG,
// the findings and cases as CSV, all the data as JSON with its licence.
import { readFile } from 'node:fs/promises';
import { test, expect } from './support/fixtures.mjs';
import { FOCUS } from './support/map-page.mjs';
import { message as messageIn } from './support/languages.mjs';

const FINDINGS_HEADER = 'country_code,country,category_id,category,status_id,status,summary,'
  + 'source_id,source_title,source_date,source_url,excerpt,data_version';
const CASES_HEADER = 'case_id,country_code,country,category_ids,categories,title,people,dates,'
  + 'summary,outcome,source_id,source_title,source_date,source_url,excerpt,data_version';
/** Every CSV starts with the UTF-8 byte-order mark, so that Excel reads Cyrillic right. */
const BOM = [0xef, 0xbb, 0xbf];

/** The text of a CSV file after its byte-order mark, which it must have. */
function csvText(bytes) {
  expect([...bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual(BOM);
  return bytes.subarray(3).toString('utf8');
}
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The data the app compiles in, to know what the files must hold. */
const DATA = JSON.parse(await readFile('assets/data/rights.json', 'utf8'));

/** Clicks a download button; returns the file's name and bytes, as saved by the browser. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  expect(await file.failure()).toBeNull();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

const button = (page, name) => page.getByTestId('downloads').getByRole('button', { name });

/** RFC 4180: records of fields; quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (c === ',') { record.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i++; }
    else if (c === '\n' || c === '\r') throw new Error(`a bare line break at ${i}`);
    else field += c;
  }
  if (quoted) throw new Error('an unterminated quoted field');
  if (field !== '' || record.length) { record.push(field); records.push(record); }
  return records;
}

/** Parses an SVG document in the page, as a browser would, and reads what a reader sees. */
async function readSvg(page, text) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const texts = (sel) => [...doc.querySelectorAll(sel)].map((e) => e.textContent);
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      viewBox: doc.documentElement.getAttribute('viewBox'),
      title: doc.querySelector('title')?.textContent,
      category: doc.querySelector('[data-category]')?.getAttribute('data-category'),
      legend: texts('[data-legend-level] text'),
      credits: texts('[data-credit]'),
      countries: doc.querySelectorAll('path[data-country]').length,
    };
  }, text);
}

test('the section offers five downloads in two groups, named in words and format, each at least 44 px', async ({ map, page }) => {
  await map.open();
  const section = page.getByTestId('downloads');
  await expect(section.getByRole('heading', { name: 'Download' })).toBeVisible();
  // Two labelled groups: the map's images, then the data.
  await expect(section.getByRole('group', { name: 'The map of the issue shown above' }).getByRole('button')).toHaveCount(2);
  await expect(section.getByRole('group', { name: 'The data' }).getByRole('button')).toHaveCount(3);
  const buttons = section.getByRole('button');
  await expect(buttons).toHaveCount(5);
  for (const name of ['Vector image, for print SVG', 'Picture, for slides PNG', 'Findings by country and issue CSV', 'All cases CSV', 'All data, with licence JSON']) {
    const b = section.getByRole('button', { name, exact: true });
    await expect(b).toBeVisible();
    const box = await b.boundingBox();
    expect(box.height, name).toBeGreaterThanOrEqual(44);
    expect(box.width, name).toBeGreaterThanOrEqual(44);
  }
  await expect(section).toContainText('CC BY 4.0');
});

test('the map as SVG: well-formed, for the current issue, with its title, legend and credits', async ({ map, page }) => {
  await map.open();
  await map.selectCategory('press');
  const { name, bytes } = await download(page, button(page, /^Vector image/));
  expect(name).toBe('central-asia-rights-map-press.svg');
  const svg = await readSvg(page, bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.root).toBe('svg');
  expect(svg.title).toBe('Central Asia Rights Map — Expression and media');
  expect(svg.category).toBe('press');
  expect(svg.countries).toBe(5);
  // The same legend as the page shows for this issue.
  const shown = await map.legend().locator('.legend-entry > span').allTextContents();
  expect(shown.length).toBeGreaterThan(1);
  expect(svg.legend).toEqual(shown);
  expect(svg.legend).toContain('Media under tight state control');
  expect(svg.credits.at(-1)).toBe(`Made with Natural Earth · Data version ${DATA.version}.`);
  expect(svg.credits.join(' ')).toContain('“Central Asia: Renewed Engagement Offers Rights Opportunities”, news release on World Report 2024');
  expect(svg.credits.join(' ')).toContain('Human Rights Watch');
});

test('the map as PNG: 2000 px wide, as tall as the SVG’s proportions, and drawn', async ({ map, page }) => {
  await map.open('?category=torture');
  const svg = await download(page, button(page, /^Vector image/));
  const [, , vw, vh] = (await readSvg(page, svg.bytes.toString('utf8'))).viewBox.split(/[\s,]+/).map(Number);

  const { name, bytes } = await download(page, button(page, /^Picture/));
  expect(name).toBe('central-asia-rights-map-torture.png');
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(width).toBe(2000);
  expect(height).toBe(Math.round((2000 * vh) / vw));

  // Not a blank canvas: decoded in the page, most of it is map, text and legend, not white.
  const painted = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let coloured = 0;
    let total = 0;
    for (let i = 0; i < data.length; i += 4 * 97) {
      total++;
      if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) coloured++;
    }
    return coloured / total;
  }, bytes.toString('base64'));
  expect(painted).toBeGreaterThan(0.3);
});

test('the findings as CSV: the exact header, then one row per country and issue', async ({ map, page }) => {
  await map.open();
  const { name, bytes } = await download(page, button(page, /^Findings by country/));
  expect(name).toBe('central-asia-rights-map-findings.csv');
  const text = csvText(bytes);
  expect(text.slice(0, text.indexOf('\r\n'))).toBe(FINDINGS_HEADER);
  const [header, ...rows] = parseCsv(text);
  expect(header.join(',')).toBe(FINDINGS_HEADER);
  expect(rows).toHaveLength(FOCUS.length * DATA.categories.length);
  expect(rows).toHaveLength(60);
  for (const row of rows) expect(row).toHaveLength(header.length);
  const col = (n) => header.indexOf(n);
  const pairs = new Set(rows.map((r) => `${r[col('country_code')]}/${r[col('category_id')]}`));
  for (const code of FOCUS) for (const cat of DATA.categories) expect(pairs.has(`${code}/${cat.id}`), `${code}/${cat.id}`).toBe(true);
  const tmPress = rows.find((r) => r[col('country_code')] === 'TM' && r[col('category_id')] === 'press');
  expect(tmPress[col('status')]).toBe('Media under tight state control');
  // Quoted cells came through whole: some hold commas, and excerpts are the data's own.
  expect(rows.some((r) => r[col('summary')].includes(','))).toBe(true);
  const kz = DATA.countries.find((c) => c.code === 'KZ');
  const kzPress = rows.find((r) => r[col('country_code')] === 'KZ' && r[col('category_id')] === 'press');
  expect(kzPress[col('excerpt')]).toBe(kz.findings.press.excerpt);
  expect(new Set(rows.map((r) => r[col('data_version')]))).toEqual(new Set([DATA.version]));
});

test('the cases as CSV: one row per case, in data order', async ({ map, page }) => {
  await map.open();
  const { name, bytes } = await download(page, button(page, /^All cases/));
  expect(name).toBe('central-asia-rights-map-cases.csv');
  const text = csvText(bytes);
  expect(text.slice(0, text.indexOf('\r\n'))).toBe(CASES_HEADER);
  const [header, ...rows] = parseCsv(text);
  expect(rows).toHaveLength(DATA.cases.length);
  for (const row of rows) expect(row).toHaveLength(header.length);
  expect(rows.map((r) => r[0])).toEqual(DATA.cases.map((c) => c.id));
  const zh = rows.find((r) => r[0] === 'kz-marat-zhylanbaev');
  expect(zh[header.indexOf('excerpt')]).toBe(DATA.cases.find((c) => c.id === 'kz-marat-zhylanbaev').excerpt);
});

test('all the data as JSON, with its licence and attribution', async ({ map, page }) => {
  await map.open();
  const { name, bytes } = await download(page, button(page, /^All data/));
  expect(name).toBe('central-asia-rights-map-data.json');
  const json = JSON.parse(bytes.toString('utf8'));
  expect(json.licence).toContain('CC BY 4.0');
  expect(json.attribution).toContain('Human Rights Watch');
  expect(json.lang).toBe('en');
  expect(json.data.countries.length).toBe(5);
  expect(json.data.cases.length).toBe(DATA.cases.length);
  // Citable: the version, the change log and a ready citation of the map.
  expect(json.data.version).toBe(DATA.version);
  expect(json.data.changes[0].date).toBe(DATA.version);
  expect(json.citation).toContain(`Data version ${DATA.version}`);
  expect(json.citation).toContain('http://127.0.0.1:');
});

test('in Russian: the section, the map’s title and the file names are Russian', async ({ map, page }) => {
  await map.open('?lang=ru&category=press');
  const section = page.getByTestId('downloads');
  await expect(section.getByRole('heading', { name: 'Скачать' })).toBeVisible();

  const svgFile = await download(page, section.getByRole('button', { name: /^Векторное изображение/ }));
  expect(svgFile.name).toBe('central-asia-rights-map-press-ru.svg');
  const svg = await readSvg(page, svgFile.bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.title).toMatch(/^Карта прав человека в Центральной Азии — [А-Яа-яЁё ]+$/);
  const shown = await map.legend().locator('.legend-entry > span').allTextContents();
  expect(svg.legend).toEqual(shown);
  for (const label of svg.legend) expect(label).toMatch(/[А-Яа-яЁё]/);

  const csv = await download(page, section.getByRole('button', { name: /^Выводы по странам/ }));
  expect(csv.name).toBe('central-asia-rights-map-findings-ru.csv');
  const rows = parseCsv(csvText(csv.bytes));
  expect(rows).toHaveLength(61);
  expect(rows[1][1], 'Cyrillic survives the round trip').toBe('Казахстан');
  const json = await download(page, section.getByRole('button', { name: /^Все данные/ }));
  expect(json.name).toBe('central-asia-rights-map-data-ru.json');
  expect(JSON.parse(json.bytes.toString('utf8')).lang).toBe('ru');
});

// The region's languages: the files are in the language, and named for it.
for (const code of ['uz', 'kk', 'ky', 'tg', 'tk']) {
  test(`in ${code}: the map's title, the findings and the data are in ${code}, the files named for it`, async ({ map, page }) => {
    const message = (key) => messageIn(code, key);
    const tr = JSON.parse(await readFile(`assets/data/rights.${code}.json`, 'utf8'));
    await map.open(`?lang=${code}&category=press`);
    const section = page.getByTestId('downloads');
    await expect(section.getByRole('heading', { name: message('download-heading') })).toBeVisible();
    const button = (key) => section.getByRole('button', { name: new RegExp(`^${message(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });

    const svgFile = await download(page, button('download-map-svg'));
    expect(svgFile.name).toBe(`central-asia-rights-map-press-${code}.svg`);
    const svg = await readSvg(page, svgFile.bytes.toString('utf8'));
    expect(svg.error).toBeNull();
    expect(svg.title.startsWith(`${message('title')} — `)).toBe(true);

    const csv = await download(page, button('download-findings'));
    expect(csv.name).toBe(`central-asia-rights-map-findings-${code}.csv`);
    const rows = parseCsv(csvText(csv.bytes));
    expect(rows[1][1], 'the country named in the language').toBe(tr.countries[rows[1][0]].name);

    const json = await download(page, button('download-data'));
    expect(json.name).toBe(`central-asia-rights-map-data-${code}.json`);
    expect(JSON.parse(json.bytes.toString('utf8')).lang).toBe(code);
  });
}
