//! The Rust the build writes from the languages: English's words as statics,
//! the readers of the other languages' packs (and each pack's texts in their
//! order), and the `Lang` enum.
use super::fluent::{string, Message, Value};
use super::languages::Language;
use super::CATEGORIES;
use std::fmt::Write as _;

/// A language's texts in the order `write_reader` reads them: English's keys,
/// each plural as its six forms, then the months, then the neighbours.
pub fn pack_texts(reference: &[Message], messages: &[Message]) -> Vec<String> {
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
pub fn write_reader(code: &mut String, ty: &str, reference: &[Message]) -> std::fmt::Result {
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

/// `pub static EN: Messages = Messages { … };` for one file: each key a
/// field (`cases-step-title` → `cases_step_title`); `month-1`…`month-12`
/// the `months`, `neighbour-xx` the `neighbours`; plural texts a `PluralText`.
pub fn write_static(
    code: &mut String,
    lang: &str,
    ty: &str,
    messages: &[Message],
) -> std::fmt::Result {
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

pub fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}
