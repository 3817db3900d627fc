// The map's languages as the build ships them (locales/languages.tsv), and
// their words (locales/<code>/ui.ftl): the tests read the same files.
import { readFileSync } from 'node:fs';

const root = new URL('../../../', import.meta.url);

/** Every language, in the menu's order: { code, name, cyrillic }. */
export const LANGS = readFileSync(new URL('locales/languages.tsv', root), 'utf8')
  .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'))
  .map(([code, name, , script]) => ({ code, name, cyrillic: script === 'Cyrl' }));
export const CODES = LANGS.map((l) => l.code);

/** A one-line message of a language's interface. */
export function message(code, key) {
  const ftl = readFileSync(new URL(`locales/${code}/ui.ftl`, root), 'utf8');
  return ftl.match(new RegExp(`^${key} = (.*)$`, 'm'))[1];
}
