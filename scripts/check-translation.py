#!/usr/bin/env python3
"""Quick check of one language's translation files against English and Russian,
without building: key parity, placeholders, plural forms, script, the data
overlay's shape. The build (crates/core/build/locales.rs, data::load_translation)
is the real gate; this is for translators.

    python3 scripts/check-translation.py uz
"""
import json, re, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
# Each language's script, from the list the build reads (locales/languages.tsv).
LATIN = {
    fields[0]
    for fields in (line.split("\t") for line in (ROOT / "locales/languages.tsv").read_text(encoding="utf-8").splitlines())
    if len(fields) == 4 and not fields[0].startswith("#") and fields[3] == "Latn"
}
PLURALS = {"uz": {"one", "other"}, "kk": {"one", "other"}, "ky": {"one", "other"},
           "tk": {"one", "other"}, "tg": {"other"}, "ru": {"one", "few", "many", "other"},
           "en": {"one", "other"}}

def ftl(path):
    """key -> list of value lines (a crude parse: enough to compare)."""
    out, key = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        m = re.match(r"^([a-z][a-z0-9-]*)\s*=\s?(.*)$", line)
        if m:
            key = m.group(1)
            out[key] = [m.group(2)]
        elif (line[0] in " \t" or line.strip() == "}") and key:
            out[key].append(line.strip())
        else:
            raise SystemExit(f"{path}: cannot read the line {line!r}")
    return out

def placeholders(lines):
    return set(re.findall(r"\{\s*\$([a-z_]+)", "\n".join(lines)))

def variants(lines):
    return set(re.findall(r"^\*?\[([a-z]+)\]", "\n".join(lines), re.M))

def words(text):
    return re.sub(r"\{[^}]*\}", " ", text)

def script_problems(lang, text):
    w = words(text)
    probs = []
    cyr = any("\u0400" <= c <= "\u04ff" for c in w)
    if lang in LATIN and lang != "en" and cyr:
        probs.append("Cyrillic letters in a Latin-script language")
    if lang not in LATIN and re.search(r"[A-Za-z]", w) and not cyr:
        probs.append("no Cyrillic letters (not translated?)")
    if lang == "uz":
        if re.search(r"[oOgG]['\u2018\u2019`]", w):
            probs.append("oʻ/gʻ must use U+02BB (ʻ), not an apostrophe or quote")
    if lang == "tg" and re.search(r"[цщыьЦЩЫЬ]", w):
        probs.append("Tajik has no ц, щ, ы or ь")
    return probs

def main(lang):
    errors = []
    for name in ["ui.ftl", "method.ftl"]:
        en = ftl(ROOT / "locales/en" / name)
        p = ROOT / "locales" / lang / name
        if not p.exists():
            errors.append(f"{p}: missing"); continue
        tr = ftl(p)
        for k, v in en.items():
            if k not in tr:
                errors.append(f"{p}: `{k}` is missing"); continue
            t = tr[k]
            if not "".join(t).strip():
                errors.append(f"{p}: `{k}` is empty")
            if placeholders(t) != placeholders(v):
                errors.append(f"{p}: `{k}` placeholders {sorted(placeholders(t))}, English {sorted(placeholders(v))}")
            if variants(v):
                want = PLURALS[lang] if "$n" in "".join(v) or "$count" in "".join(v) else variants(v)
                if variants(t) - want or not variants(t):
                    errors.append(f"{p}: `{k}` has the variants {sorted(variants(t))}; CLDR's for {lang}: {sorted(want)}")
            for prob in script_problems(lang, " ".join(t)):
                errors.append(f"{p}: `{k}`: {prob}")
        for k in tr:
            if k not in en:
                errors.append(f"{p}: `{k}` is not a key of locales/en/{name}")
    ru = json.loads((ROOT / "assets/data/rights.ru.json").read_text(encoding="utf-8"))
    p = ROOT / f"assets/data/rights.{lang}.json"
    if not p.exists():
        errors.append(f"{p}: missing")
    else:
        try:
            tr = json.loads(p.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            errors.append(f"{p}: not JSON: {e}"); tr = None
        def walk(a, b, path):
            if isinstance(a, dict):
                if not isinstance(b, dict):
                    errors.append(f"{p}: {path} should be an object"); return
                for k in a:
                    if k not in b: errors.append(f"{p}: {path}.{k} is missing")
                    else: walk(a[k], b[k], f"{path}.{k}")
                for k in b:
                    if k not in a: errors.append(f"{p}: {path}.{k} is not in rights.ru.json")
            elif isinstance(a, list):
                if not isinstance(b, list) or len(a) != len(b):
                    errors.append(f"{p}: {path} should be a list of {len(a)}"); return
                for i, (x, y) in enumerate(zip(a, b)): walk(x, y, f"{path}[{i}]")
            elif isinstance(a, str):
                if not isinstance(b, str): errors.append(f"{p}: {path} should be text"); return
                if a.strip() and not b.strip(): errors.append(f"{p}: {path} is empty")
                if path == ".lang": return
                for prob in script_problems(lang, b):
                    errors.append(f"{p}: {path}: {prob}")
        if tr is not None:
            walk(ru, tr, "")
            if tr.get("lang") != lang:
                errors.append(f"{p}: .lang should be {lang!r}")
    for e in errors:
        print(e)
    print(f"{lang}: {len(errors)} problem(s)")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
