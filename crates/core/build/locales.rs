//! The interface's words as data: `locales/<code>/ui.ftl` (the interface)
//! and `locales/<code>/method.ftl` (how to read the map), in Fluent, the
//! format translators' tools know. Each language is checked against English
//! (the source's language, `locales/en`), naming the file, the key and what
//! is wrong: a key missing or unknown, an empty text, placeholders other than
//! English's, Latin text in a Cyrillic language. Then each file becomes a
//! Rust static (`messages::EN`, `messages::METHOD_EN`…): the wasm carries
//! plain strings, no Fluent runtime. Plural forms follow CLDR's rules, read
//! here from `intl_pluralrules` and written as a table of 200 categories.
#[path = "codegen.rs"]
mod codegen;
#[path = "fluent.rs"]
mod fluent;
#[path = "languages.rs"]
mod languages;

pub use codegen::write_lang_enum;
use codegen::{capitalise, pack_texts, write_reader, write_static};
use fluent::{parse, placeholders, Message, Value};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
pub use languages::languages;
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

/// What `generate` makes: the code to include (English as statics, the
/// readers of a language pack, the `Lang` enum) and, per other language, the
/// texts of its pack in the readers' order.
pub struct Generated {
    pub code: String,
    pub packs: Vec<(String, Vec<String>)>,
}

/// Reads, checks and turns into Rust every language in `locales/`: the code
/// to include, or every problem found.
/// `langs`: each language's code and whether it is written in Cyrillic.
pub fn generate(root: &Path, langs: &[(&str, bool)]) -> Result<Generated, Vec<String>> {
    let mut errors = Vec::new();
    let mut code = String::new();
    let mut source: Vec<Vec<Message>> = Vec::new();
    let (mut pack, mut packs) = (Vec::new(), Vec::new());
    let others = langs.iter().filter(|(l, _)| *l != SOURCE);
    for &(lang, cyrillic) in std::iter::once(&(SOURCE, false)).chain(others) {
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
            if lang == SOURCE {
                source.push(messages);
                let _ = write_static(&mut code, lang, ty, &source[i]);
                let _ = write_reader(&mut code, ty, &source[i]);
            } else if let Some(reference) = source.get(i) {
                check(&name, cyrillic, reference, &messages, &mut errors);
                pack.extend(pack_texts(reference, &messages));
            }
        }
        match plural_table(lang) {
            Ok(table) if lang == SOURCE => {
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
                let mut texts = vec![signature(&source)];
                texts.append(&mut pack);
                packs.push((lang.to_string(), texts));
            }
            Err(e) => errors.push(format!("locales/{lang}: {e}")),
        }
    }
    let _ = writeln!(
        code,
        "/// The English keys' order the packs' texts follow: a pack made for\n/// another release (another list of keys) is refused, not misread.\npub(crate) const PACK_SIGNATURE: &str = {:?};",
        signature(&source)
    );
    if errors.is_empty() {
        Ok(Generated { code, packs })
    } else {
        Err(errors)
    }
}

/// A translation against English: the same keys, none empty, the same
/// placeholders, and in a Cyrillic language, Cyrillic words.
fn check(
    name: &str,
    cyrillic: bool,
    reference: &[Message],
    messages: &[Message],
    errors: &mut Vec<String>,
) {
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
                if !cyrillic && texts.iter().any(|t| has_cyrillic(&words(t))) {
                    errors.push(format!(
                        "{name}: `{}` has Cyrillic letters in a Latin-script language",
                        m.key
                    ));
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

/// A pack's first text: a hash (FNV-1a, 64 bits) of English's keys, files
/// and plural forms in order, which the pack's texts follow.
fn signature(source: &[Vec<Message>]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, messages) in source.iter().enumerate() {
        for m in messages {
            let plural = matches!(m.value, Value::Plural(..));
            for byte in format!("{i}:{}:{plural};", m.key).bytes() {
                hash ^= u64::from(byte);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        }
    }
    format!("{hash:016x}")
}
