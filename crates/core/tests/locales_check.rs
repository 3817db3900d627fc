//! The build's check of the interface's words (build/locales.rs), on broken
//! translations: each problem names the file, the key and what is wrong.
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
    let result = locales::generate(&dir, &["en", "ru"]);
    std::fs::remove_dir_all(&dir).unwrap();
    result.err().unwrap_or_default()
}

#[test]
fn the_shipped_languages_pass() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let code = locales::generate(&root, &["en", "ru"]).expect("locales/ checks");
    assert!(code.contains("pub static RU: Messages"));
    assert!(code.contains("static PLURALS_RU: [PluralCategory; 200]"));
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
