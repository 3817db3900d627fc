//! The build's check of the interface's words (build/locales.rs), on broken
//! translations: each problem names the file, the key and what is wrong.
// The build's own module: its `Lang` writer is the build's business.
#[allow(dead_code, unused_imports)]
#[path = "../build/locales.rs"]
mod locales;

use std::path::{Path, PathBuf};

/// A `locales/` folder with English as shipped and a Russian to break.
fn with_russian(ui: &str, method: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = std::env::temp_dir().join(format!(
        "locales-check-{}-{}",
        std::process::id(),
        ui.len() * 31 + method.len()
    ));
    for lang in ["en", "ru"] {
        std::fs::create_dir_all(dir.join("locales").join(lang)).unwrap();
    }
    for file in ["ui.ftl", "method.ftl"] {
        std::fs::copy(
            root.join("locales/en").join(file),
            dir.join("locales/en").join(file),
        )
        .unwrap();
    }
    std::fs::write(dir.join("locales/ru/ui.ftl"), ui).unwrap();
    std::fs::write(dir.join("locales/ru/method.ftl"), method).unwrap();
    dir
}

fn shipped(file: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../locales/ru")
            .join(file),
    )
    .unwrap()
}

fn errors(ui: &str, method: &str) -> Vec<String> {
    let dir = with_russian(ui, method);
    let result = locales::generate(&dir, &[("en", false), ("ru", true)]);
    std::fs::remove_dir_all(&dir).unwrap();
    result.err().unwrap_or_default()
}

#[test]
fn the_shipped_languages_pass() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let languages = locales::languages(&root).expect("locales/languages.tsv reads");
    let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
    let langs: Vec<(&str, bool)> = languages
        .iter()
        .map(|l| (l.code.as_str(), l.cyrillic))
        .collect();
    for code in ["en", "ru", "uz", "kk", "ky", "tg", "tk"] {
        assert!(codes.contains(&code), "{code}");
    }
    let generated = locales::generate(&root, &langs).expect("locales/ checks");
    // English compiled in; every other language a pack of its own.
    assert!(generated.code.contains("pub static EN: Messages"));
    assert!(!generated.code.contains("pub static RU: Messages"));
    let packed: Vec<&str> = generated.packs.iter().map(|(c, _)| c.as_str()).collect();
    let others: Vec<&str> = codes.iter().copied().filter(|c| *c != "en").collect();
    assert_eq!(packed, others);
    // Every pack has the same number of texts: the readers' order.
    let lengths: Vec<usize> = generated.packs.iter().map(|(_, t)| t.len()).collect();
    assert!(lengths.windows(2).all(|w| w[0] == w[1]), "{lengths:?}");
}

#[test]
fn a_missing_an_unknown_and_an_empty_key_are_named() {
    let ui = shipped("ui.ftl")
        .replace("zoom-in = Увеличить\n", "")
        .replace("zoom-out = ", "zoom-outt = ")
        .replace("close = Закрыть", "close = { \"\" }");
    let found = errors(&ui, &shipped("method.ftl"));
    for wanted in [
        "locales/ru/ui.ftl: `zoom-in` is missing (it is in locales/en)",
        "locales/ru/ui.ftl: `zoom-outt` is not a key of locales/en",
        "locales/ru/ui.ftl: `close` is empty",
    ] {
        assert!(
            found.iter().any(|e| e == wanted),
            "{wanted} not in {found:#?}"
        );
    }
}

#[test]
fn other_placeholders_english_left_in_and_broken_syntax_are_named() {
    let ui = shipped("ui.ftl")
        .replace(
            "{ $country }{\"\\u00A0\"}— случаи",
            "{ $land }{\"\\u00A0\"}— случаи",
        )
        .replace("copy = Копировать", "copy = Copy");
    let method = shipped("method.ftl").replace("heading = ", "heading = {");
    let found = errors(&ui, &method);
    for wanted in [
        "locales/ru/ui.ftl: `cases-step-title` has the placeholders {\"land\"}, English has {\"country\"}",
        "locales/ru/ui.ftl: `copy` is not in Cyrillic script",
    ] {
        assert!(found.iter().any(|e| e == wanted), "{wanted} not in {found:#?}");
    }
    assert!(
        found
            .iter()
            .any(|e| e.starts_with("locales/ru/method.ftl:1: not valid Fluent")),
        "{found:#?}"
    );
}

#[test]
fn cyrillic_in_a_latin_script_language_is_named() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = std::env::temp_dir().join(format!("locales-latin-{}", std::process::id()));
    for (lang, file) in [
        ("en", "ui.ftl"),
        ("en", "method.ftl"),
        ("uz", "ui.ftl"),
        ("uz", "method.ftl"),
    ] {
        std::fs::create_dir_all(dir.join("locales").join(lang)).unwrap();
        let text = std::fs::read_to_string(root.join("locales").join(lang).join(file)).unwrap();
        let text = if lang == "uz" && file == "ui.ftl" {
            text.replace("\nclose = Yopish", "\nclose = Закрыть")
        } else {
            text
        };
        std::fs::write(dir.join("locales").join(lang).join(file), text).unwrap();
    }
    let result = locales::generate(&dir, &[("en", false), ("uz", false)]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        result.err().unwrap_or_default(),
        ["locales/uz/ui.ftl: `close` has Cyrillic letters in a Latin-script language"]
    );
}
