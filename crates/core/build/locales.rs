//! The interface's words as data: `locales/<code>/ui.ftl` (the interface)
//! and `locales/<code>/method.ftl` (how to read the map), in Fluent, the
//! format translators' tools know. Each language is checked against English
//! (the source's language, `locales/en`), naming the file, the key and what
//! is wrong: a key missing or unknown, an empty text, placeholders other than
//! English's, Latin text in a Cyrillic language. Then each file becomes a
//! Rust static (`messages::EN`, `messages::METHOD_EN`…): the wasm carries
//! plain strings, no Fluent runtime. Plural forms follow CLDR's rules, read
//! here from `intl_pluralrules` and written as a table of 200 categories.
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

/// The files of a language, and the Rust type each becomes.
const FILES: [(&str, &str); 2] = [("ui.ftl", "Messages"), ("method.ftl", "MethodText")];
/// The reference language: every other one has exactly its keys.
const SOURCE: &str = "en";
const CATEGORIES: [(&str, PluralCategory); 6] = [
    ("zero", PluralCategory::ZERO),
    ("one", PluralCategory::ONE),
    ("two", PluralCategory::TWO),
    ("few", PluralCategory::FEW),
    ("many", PluralCategory::MANY),
    ("other", PluralCategory::OTHER),
];

/// A message's value: a text with `{name}` placeholders, or one text per plural category.
enum Value {
    Text(String),
    Plural(Vec<(String, String)>, String),
}

struct Message {
    key: String,
    value: Value,
}

/// Reads, checks and turns into Rust every language in `locales/`: the code
/// to include, or every problem found.
/// What `generate` makes: the code to include (English as statics, the
/// readers of a language pack, the `Lang` enum) and, per other language, the
/// texts of its pack in the readers' order.
pub struct Generated {
    pub code: String,
    pub packs: Vec<(String, Vec<String>)>,
}

/// One line of `locales/languages.tsv`.
pub struct Language {
    pub code: String,
    pub native: String,
    pub og_locale: String,
}

/// Reads `locales/languages.tsv`: the languages shipped, in the menu's order.
pub fn languages(root: &Path) -> Result<Vec<Language>, Vec<String>> {
    let name = "locales/languages.tsv";
    let text = std::fs::read_to_string(root.join(name))
        .map_err(|e| vec![format!("{name}: cannot be read: {e}")])?;
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        match fields[..] {
            [code, native, og]
                if !code.is_empty() && code.chars().all(|c| c.is_ascii_lowercase() || c == '-') =>
            {
                out.push(Language {
                    code: code.into(),
                    native: native.into(),
                    og_locale: og.into(),
                })
            }
            _ => errors.push(format!(
                "{name}:{}: expected `code<TAB>native name<TAB>og locale`, found {line:?}",
                i + 1
            )),
        }
    }
    if !out.iter().any(|l| l.code == SOURCE) {
        errors.push(format!(
            "{name}: `{SOURCE}`, the source's language, is missing"
        ));
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

pub fn generate(root: &Path, langs: &[&str]) -> Result<Generated, Vec<String>> {
    let mut errors = Vec::new();
    let mut code = String::new();
    let mut source: Vec<Vec<Message>> = Vec::new();
    let (mut pack, mut packs) = (Vec::new(), Vec::new());
    for lang in std::iter::once(&SOURCE).chain(langs.iter().filter(|l| **l != SOURCE)) {
        for (i, (file, ty)) in FILES.iter().enumerate() {
            let name = format!("locales/{lang}/{file}");
            let text = match std::fs::read_to_string(root.join(&name)) {
                Ok(text) => text,
                Err(e) => {
                    errors.push(format!("{name}: cannot be read: {e}"));
                    continue;
                }
            };
            let messages = parse(&name, &text, &mut errors);
            if *lang == SOURCE {
                source.push(messages);
                let _ = write_static(&mut code, lang, ty, &source[i]);
                let _ = write_reader(&mut code, ty, &source[i]);
            } else if let Some(reference) = source.get(i) {
                check(&name, lang, reference, &messages, &mut errors);
                pack.extend(pack_texts(reference, &messages));
            }
        }
        match plural_table(lang) {
            Ok(table) if *lang == SOURCE => {
                let names: Vec<String> = table
                    .iter()
                    .map(|c| format!("PluralCategory::{}", capitalise(c)))
                    .collect();
                let _ = writeln!(
                    code,
                    "static PLURALS_EN: [PluralCategory; 200] = [{}];",
                    names.join(", ")
                );
            }
            Ok(table) => {
                // One letter per count: `other` is `x`, as `one` has the `o`.
                pack.push(
                    table
                        .iter()
                        .map(|c| {
                            if *c == "other" {
                                'x'
                            } else {
                                c.chars().next().unwrap_or('x')
                            }
                        })
                        .collect(),
                );
                packs.push((lang.to_string(), std::mem::take(&mut pack)));
            }
            Err(e) => errors.push(format!("locales/{lang}: {e}")),
        }
    }
    if errors.is_empty() {
        Ok(Generated { code, packs })
    } else {
        Err(errors)
    }
}

/// A language's texts in the order `write_reader` reads them: English's keys,
/// each plural as its six forms, then the months, then the neighbours.
fn pack_texts(reference: &[Message], messages: &[Message]) -> Vec<String> {
    let find = |key: &str| messages.iter().find(|m| m.key == key).map(|m| &m.value);
    let (mut texts, mut months, mut neighbours) = (Vec::new(), Vec::new(), Vec::new());
    for r in reference {
        let Some(value) = find(&r.key) else { continue };
        let out = if r.key.starts_with("month-") {
            &mut months
        } else if r.key.starts_with("neighbour-") {
            &mut neighbours
        } else {
            &mut texts
        };
        match value {
            Value::Text(t) => out.push(t.clone()),
            Value::Plural(forms, default) => {
                for (c, _) in CATEGORIES {
                    let form = forms
                        .iter()
                        .find(|(k, _)| k == c)
                        .map_or(default, |(_, f)| f);
                    out.push(form.clone());
                }
            }
        }
    }
    texts.extend(months);
    texts.extend(neighbours);
    texts
}

/// `fn read_messages(…) -> Option<Messages>` (or `read_method`): a language
/// pack's texts, in `pack_texts`' order, as the type English's static has.
fn write_reader(code: &mut String, ty: &str, reference: &[Message]) -> std::fmt::Result {
    let (fname, extra) = if ty == "Messages" {
        (
            "read_messages",
            ", method: &'static MethodText, plurals: &'static [PluralCategory; 200]",
        )
    } else {
        ("read_method", "")
    };
    let (mut fields, mut months, mut neighbours, mut count) = (String::new(), 0, Vec::new(), 0);
    for m in reference {
        if m.key.starts_with("month-") {
            months += 1;
            count += 1;
        } else if let Some(c) = m.key.strip_prefix("neighbour-") {
            neighbours.push(format!("({:?}, s.next()?)", c.to_uppercase()));
            count += 1;
        } else {
            let field = m.key.replace('-', "_");
            if let Value::Plural(..) = m.value {
                let forms: Vec<String> = CATEGORIES
                    .iter()
                    .map(|(c, _)| format!("{c}: s.next()?"))
                    .collect();
                writeln!(
                    fields,
                    "        {field}: PluralText {{ {} }},",
                    forms.join(", ")
                )?;
                count += CATEGORIES.len();
            } else {
                writeln!(fields, "        {field}: s.next()?,")?;
                count += 1;
            }
        }
    }
    if ty == "Messages" {
        writeln!(
            fields,
            "        months: [{}],",
            vec!["s.next()?"; months].join(", ")
        )?;
        writeln!(fields, "        neighbours: [{}],", neighbours.join(", "))?;
        writeln!(fields, "        plurals,\n        method,")?;
        writeln!(
            code,
            "/// How many texts of a pack are the interface's; the method note's follow.\npub(crate) const UI_TEXT_COUNT: usize = {count};"
        )?;
    }
    writeln!(
        code,
        "pub(crate) fn {fname}(s: &mut dyn Iterator<Item = &'static str>{extra}) -> Option<{ty}> {{\n    Some({ty} {{\n{fields}    }})\n}}"
    )
}

/// The `Lang` enum and its table, from `locales/languages.tsv`.
pub fn write_lang_enum(code: &mut String, langs: &[Language]) -> std::fmt::Result {
    let variant = |c: &str| c.split('-').map(capitalise).collect::<String>();
    let variants: Vec<String> = langs.iter().map(|l| variant(&l.code)).collect();
    writeln!(code, "/// A language of the map (`locales/languages.tsv`).")?;
    writeln!(code, "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]")?;
    writeln!(code, "pub enum Lang {{ {} }}", variants.join(", "))?;
    writeln!(code, "impl Lang {{")?;
    writeln!(code, "    pub const COUNT: usize = {};", langs.len())?;
    let all: Vec<String> = variants.iter().map(|v| format!("Lang::{v}")).collect();
    writeln!(
        code,
        "    pub const ALL: [Lang; {}] = [{}];",
        langs.len(),
        all.join(", ")
    )?;
    let table = |f: &dyn Fn(&Language) -> &str| -> String {
        langs
            .iter()
            .zip(&variants)
            .map(|(l, v)| format!("Lang::{v} => {:?}", f(l)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    writeln!(
        code,
        "    /// The code used in `?lang=`, `<html lang>` and the site's folders."
    )?;
    writeln!(
        code,
        "    pub fn code(self) -> &'static str {{ match self {{ {} }} }}",
        table(&|l| &l.code)
    )?;
    writeln!(
        code,
        "    /// The language's name in itself, for the language menu."
    )?;
    writeln!(
        code,
        "    pub fn native_name(self) -> &'static str {{ match self {{ {} }} }}",
        table(&|l| &l.native)
    )?;
    writeln!(
        code,
        "    /// The Open Graph locale of its pages (`og:locale`)."
    )?;
    writeln!(
        code,
        "    pub fn og_locale(self) -> &'static str {{ match self {{ {} }} }}",
        table(&|l| &l.og_locale)
    )?;
    writeln!(code, "    pub fn index(self) -> usize {{ self as usize }}")?;
    writeln!(code, "}}")
}

fn parse(name: &str, text: &str, errors: &mut Vec<String>) -> Vec<Message> {
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(resource, found)| {
        for e in found {
            let line = text[..e.pos.start.min(text.len())].lines().count().max(1);
            errors.push(format!("{name}:{line}: not valid Fluent: {:?}", e.kind));
        }
        resource
    });
    let mut messages = Vec::new();
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let key = message.id.name.to_string();
        let Some(pattern) = message.value else {
            errors.push(format!("{name}: `{key}` has no text"));
            continue;
        };
        match value(&pattern) {
            Ok(value) => messages.push(Message { key, value }),
            Err(e) => errors.push(format!("{name}: `{key}`: {e}")),
        }
    }
    messages
}

/// A pattern as one of our texts: words, `{ $name }` as `{name}`, string literals unescaped.
fn text(pattern: &Pattern<&str>) -> Result<String, String> {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(inline),
            } => match inline {
                InlineExpression::VariableReference { id } => {
                    write!(out, "{{{}}}", id.name).unwrap()
                }
                InlineExpression::StringLiteral { value } => {
                    out.push_str(&fluent_syntax::unicode::unescape_unicode_to_string(value))
                }
                _ => return Err("only { $variables } and string literals are supported".into()),
            },
            PatternElement::Placeable { .. } => {
                return Err("a choice must be the whole text".into())
            }
        }
    }
    Ok(out)
}

fn value(pattern: &Pattern<&str>) -> Result<Value, String> {
    if let [PatternElement::Placeable {
        expression: Expression::Select { selector, variants },
    }] = &pattern.elements[..]
    {
        if !matches!(selector, InlineExpression::VariableReference { id } if id.name == "n") {
            return Err("a choice is made on $n only (plural forms)".into());
        }
        let mut forms = Vec::new();
        let mut default = None;
        for variant in variants {
            let VariantKey::Identifier { name } = &variant.key else {
                return Err(
                    "plural forms are named by CLDR category (one, few, many, other…)".into(),
                );
            };
            if !CATEGORIES.iter().any(|(c, _)| c == name) {
                return Err(format!("`{name}` is not a CLDR plural category"));
            }
            let form = text(&variant.value)?;
            if variant.default {
                default = Some(form.clone());
            }
            forms.push((name.to_string(), form));
        }
        return Ok(Value::Plural(forms, default.unwrap_or_default()));
    }
    text(pattern).map(Value::Text)
}

fn placeholders(value: &Value) -> BTreeSet<String> {
    let texts: Vec<&str> = match value {
        Value::Text(t) => vec![t],
        Value::Plural(forms, _) => forms.iter().map(|(_, f)| f.as_str()).collect(),
    };
    texts
        .iter()
        .flat_map(|t| {
            t.split('{')
                .skip(1)
                .filter_map(|s| s.split_once('}').map(|(k, _)| k.to_string()))
        })
        .collect()
}

/// A translation against English: the same keys, none empty, the same
/// placeholders, and in a Cyrillic language, Cyrillic words.
fn check(
    name: &str,
    lang: &str,
    reference: &[Message],
    messages: &[Message],
    errors: &mut Vec<String>,
) {
    let cyrillic = !matches!(lang, "en" | "uz" | "tk");
    for r in reference {
        match messages.iter().find(|m| m.key == r.key) {
            None => errors.push(format!(
                "{name}: `{}` is missing (it is in locales/{SOURCE})",
                r.key
            )),
            Some(m) => {
                let texts: Vec<&str> = match &m.value {
                    Value::Text(t) => vec![t],
                    Value::Plural(forms, _) => forms.iter().map(|(_, f)| f.as_str()).collect(),
                };
                if texts.iter().any(|t| t.trim().is_empty()) {
                    errors.push(format!("{name}: `{}` is empty", m.key));
                }
                if placeholders(&m.value) != placeholders(&r.value) {
                    errors.push(format!(
                        "{name}: `{}` has the placeholders {:?}, English has {:?}",
                        m.key,
                        placeholders(&m.value),
                        placeholders(&r.value)
                    ));
                }
                // Words only: a placeholder's name is not the translation's.
                let words = |t: &str| {
                    t.split('{')
                        .map(|s| s.split_once('}').map_or(s, |(_, rest)| rest))
                        .collect::<String>()
                };
                let letters = |t: &str| words(t).chars().any(char::is_alphabetic);
                let has_cyrillic =
                    |t: &str| t.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
                if cyrillic && texts.iter().any(|t| letters(t) && !has_cyrillic(t)) {
                    errors.push(format!("{name}: `{}` is not in Cyrillic script", m.key));
                }
            }
        }
    }
    for m in messages {
        if !reference.iter().any(|r| r.key == m.key) {
            errors.push(format!(
                "{name}: `{}` is not a key of locales/{SOURCE}",
                m.key
            ));
        }
    }
}

fn plural_table(lang: &str) -> Result<Vec<&'static str>, String> {
    let id: unic_langid::LanguageIdentifier = lang
        .parse()
        .map_err(|e| format!("not a language code: {e:?}"))?;
    // CLDR has no rules for some languages (Tajik): every count takes `other`,
    // the only form their translations have (the check asks for no other).
    let Ok(rules) = PluralRules::create(id, PluralRuleType::CARDINAL) else {
        return Ok(vec!["other"; 200]);
    };
    let of = |n: usize| rules.select(n).map_err(|e| e.to_string());
    for n in 200..20_000 {
        if of(n)? != of(100 + n % 100)? {
            return Err(format!(
                "CLDR's plural rules need more than n % 100 (at {n})"
            ));
        }
    }
    (0..200)
        .map(|n| {
            let category = of(n)?;
            let (name, _) = CATEGORIES
                .iter()
                .find(|(_, c)| *c == category)
                .expect("a CLDR category");
            Ok(*name)
        })
        .collect()
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// `pub static EN: Messages = Messages { … };` for one file: each key a
/// field (`cases-step-title` → `cases_step_title`); `month-1`…`month-12`
/// the `months`, `neighbour-xx` the `neighbours`; plural texts a `PluralText`.
fn write_static(code: &mut String, lang: &str, ty: &str, messages: &[Message]) -> std::fmt::Result {
    let upper = lang.to_uppercase();
    let name = if ty == "Messages" {
        upper.clone()
    } else {
        format!("METHOD_{upper}")
    };
    writeln!(code, "pub static {name}: {ty} = {ty} {{")?;
    let (mut months, mut neighbours) = (Vec::new(), Vec::new());
    for m in messages {
        if let Some(_n) = m.key.strip_prefix("month-") {
            months.push(string(&m.value));
        } else if let Some(c) = m.key.strip_prefix("neighbour-") {
            neighbours.push(format!("({:?}, {})", c.to_uppercase(), string(&m.value)));
        } else {
            let field = m.key.replace('-', "_");
            match &m.value {
                Value::Text(t) => writeln!(code, "    {field}: {t:?},")?,
                Value::Plural(forms, default) => {
                    let form = |c: &str| {
                        forms
                            .iter()
                            .find(|(k, _)| k == c)
                            .map_or(default, |(_, f)| f)
                    };
                    write!(code, "    {field}: PluralText {{ ")?;
                    for (c, _) in CATEGORIES {
                        write!(code, "{c}: {:?}, ", form(c))?;
                    }
                    writeln!(code, "}},")?;
                }
            }
        }
    }
    if ty == "Messages" {
        writeln!(code, "    months: [{}],", months.join(", "))?;
        writeln!(code, "    neighbours: [{}],", neighbours.join(", "))?;
        writeln!(code, "    plurals: &PLURALS_{upper},")?;
        writeln!(code, "    method: &METHOD_{upper},")?;
    }
    writeln!(code, "}};")
}

fn string(value: &Value) -> String {
    match value {
        Value::Text(t) => format!("{t:?}"),
        Value::Plural(_, default) => format!("{default:?}"),
    }
}
