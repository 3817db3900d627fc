//! The message catalogue of `core::messages`: placeholders, plurals, language
//! codes and the completeness of the English strings.
use central_asia_rights_map::core::messages::*;

/// The `{name}` placeholders of a template, in order.
fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else { break };
        out.push(&rest[open + 1..open + len]);
        rest = &rest[open + len + 1..];
    }
    out
}

#[test]
fn fill_replaces_known_placeholders_and_leaves_unknown_ones() {
    assert_eq!(fill("{a} and {b}", &[("a", "x"), ("b", "y")]), "x and y");
    assert_eq!(fill("{a}, {a}!", &[("a", "echo")]), "echo, echo!", "every occurrence");
    assert_eq!(fill("{a} {missing}", &[("a", "1")]), "1 {missing}");
    assert_eq!(fill("no placeholders", &[("a", "1")]), "no placeholders");
    assert_eq!(fill("{a}", &[]), "{a}");
    assert_eq!(fill("a {a} {{a}}", &[("a", "b")]), "a b {b}");
    assert_eq!(fill("“{value}”", &[("value", "ж ✓")]), "“ж ✓”", "non-ASCII around and inside");
    assert_eq!(fill("{A}", &[("a", "x")]), "{A}", "keys are case-sensitive");
}

#[test]
fn count_picks_singular_only_for_one() {
    assert_eq!(count("{n} case", "{n} cases", 1), "1 case");
    assert_eq!(count("{n} case", "{n} cases", 0), "0 cases");
    assert_eq!(count("{n} case", "{n} cases", 2), "2 cases");
    assert_eq!(count("{n} case", "{n} cases", 11), "11 cases");
    assert_eq!(count("{n} case", "{n} cases", 21), "21 cases");
    assert_eq!(count(EN.concerns_one, EN.concerns_many, 1), "1 issue of concern");
    assert_eq!(count(EN.cases_one, EN.cases_many, 3), "3 cases");
}

#[test]
fn lang_codes_are_case_insensitive_and_trimmed() {
    for code in ["en", "EN", "En", " en ", "\ten\n"] {
        assert_eq!(Lang::from_code(code), Some(Lang::En), "{code:?}");
    }
    for code in ["", "e", "eng", "en-GB", "fr", "e n", "english"] {
        assert_eq!(Lang::from_code(code), None, "{code:?}");
    }
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
        assert_eq!(lang.code(), lang.code().to_ascii_lowercase());
    }
    for lang in Lang::ALL {
        assert!(!lang.messages().title.is_empty());
    }
}

#[test]
fn every_english_string_is_filled_in() {
    let debug = format!("{EN:#?}");
    assert!(debug.contains("title: \"Central Asia Rights Map\""), "Debug shape changed: {debug}");
    assert!(!debug.contains("\"\""), "an empty string in EN:\n{debug}");
    // Also no string of bare white space.
    for line in debug.lines() {
        if let Some((_, value)) = line.split_once(": \"") {
            assert!(!value.trim_end_matches([',', '"']).trim().is_empty(), "{line}");
        }
    }
    assert!(EN.months.iter().all(|m| !m.trim().is_empty()));
    assert_eq!(EN.months[0], "January");
    assert_eq!(EN.months[11], "December");
}

#[test]
fn templates_have_the_placeholders_the_view_model_fills() {
    let expected: [(&str, &str, &[&str]); 10] = [
        ("concerns_one", EN.concerns_one, &["n"]),
        ("concerns_many", EN.concerns_many, &["n"]),
        ("concerns_range", EN.concerns_range, &["from", "to"]),
        ("cases_one", EN.cases_one, &["n"]),
        ("cases_many", EN.cases_many, &["n"]),
        ("country_name_template", EN.country_name_template, &["country", "category", "status", "cases"]),
        ("notice_unknown_country", EN.notice_unknown_country, &["value"]),
        ("notice_unknown_category", EN.notice_unknown_category, &["value"]),
        ("notice_unknown_case", EN.notice_unknown_case, &["value"]),
        ("notice_unknown_lang", EN.notice_unknown_lang, &["value"]),
    ];
    for (name, template, keys) in expected {
        let mut found = placeholders(template);
        found.sort_unstable();
        found.dedup();
        let mut wanted = keys.to_vec();
        wanted.sort_unstable();
        assert_eq!(found, wanted, "{name}: {template:?}");
        // Filling every key leaves no brace behind.
        let args: Vec<(&str, &str)> = keys.iter().map(|k| (*k, "§")).collect();
        let filled = fill(template, &args);
        assert!(!filled.contains('{') && !filled.contains('}'), "{name}: {filled}");
        assert_eq!(filled.matches('§').count(), placeholders(template).len(), "{name}: {filled}");
    }
}

#[test]
fn plain_strings_have_no_placeholders() {
    let debug = format!("{EN:#?}");
    let templated = [
        "concerns_one",
        "concerns_many",
        "concerns_range",
        "cases_one",
        "cases_many",
        "country_name_template",
        "notice_unknown_country",
        "notice_unknown_category",
        "notice_unknown_case",
        "notice_unknown_lang",
    ];
    for line in debug.lines() {
        let Some((field, value)) = line.trim().split_once(": ") else { continue };
        if !templated.contains(&field) {
            assert!(placeholders(value).is_empty(), "{field} is never filled but has {value}");
        }
    }
}

#[test]
fn placeholder_helper_finds_names() {
    assert_eq!(placeholders("{a} x {bc}{d}"), ["a", "bc", "d"]);
    assert!(placeholders("none }{").is_empty());
}
