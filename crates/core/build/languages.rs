//! `locales/languages.tsv`: the map's languages, in the menu's order.
use super::SOURCE;
use std::path::Path;

/// One line of `locales/languages.tsv`.
pub struct Language {
    pub code: String,
    pub native: String,
    pub og_locale: String,
    /// Written in Cyrillic (`Cyrl`), else Latin (`Latn`).
    pub cyrillic: bool,
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
            [code, native, og, script @ ("Latn" | "Cyrl")]
                if !code.is_empty() && code.chars().all(|c| c.is_ascii_lowercase() || c == '-') =>
            {
                out.push(Language {
                    code: code.into(),
                    native: native.into(),
                    og_locale: og.into(),
                    cyrillic: script == "Cyrl",
                })
            }
            _ => errors.push(format!(
                "{name}:{}: expected `code<TAB>native name<TAB>og locale<TAB>Latn|Cyrl`, found {line:?}",
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
