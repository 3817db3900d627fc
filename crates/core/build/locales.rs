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
pub fn generate(root: &Path, langs: &[&str]) -> Result<String, Vec<String>> {
    let mut errors = Vec::new();
    let mut code = String::new();
    let mut source: Vec<Vec<Message>> = Vec::new();
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
            } else if let Some(reference) = source.get(i) {
                check(&name, lang, reference, &messages, &mut errors);
                let _ = write_static(&mut code, lang, ty, &messages);
            }
        }
        match plural_table(lang) {
            Ok(table) => {
                let _ = writeln!(
                    code,
                    "static PLURALS_{}: [PluralCategory; 200] = {table};",
                    lang.to_uppercase()
                );
            }
            Err(e) => errors.push(format!("locales/{lang}: {e}")),
        }
    }
    if errors.is_empty() {
        Ok(code)
    } else {
        Err(errors)
    }
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

/// CLDR's cardinal category of 0..200, and a check that any larger count
/// takes the category of 100 + its last two digits (true of the languages'
/// rules that look at n, n % 10 and n % 100 only), so the table is enough.
fn plural_table(lang: &str) -> Result<String, String> {
    let id: unic_langid::LanguageIdentifier = lang
        .parse()
        .map_err(|e| format!("not a language code: {e:?}"))?;
    let rules = PluralRules::create(id, PluralRuleType::CARDINAL)
        .map_err(|e| format!("no CLDR plural rules: {e}"))?;
    let of = |n: usize| rules.select(n).map_err(|e| e.to_string());
    for n in 200..20_000 {
        if of(n)? != of(100 + n % 100)? {
            return Err(format!(
                "CLDR's plural rules need more than n % 100 (at {n})"
            ));
        }
    }
    let names = (0..200)
        .map(|n| {
            let category = of(n)?;
            let (name, _) = CATEGORIES
                .iter()
                .find(|(_, c)| *c == category)
                .expect("a CLDR category");
            Ok(format!("PluralCategory::{}", capitalise(name)))
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(format!("[{}]", names.join(", ")))
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
