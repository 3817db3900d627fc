//! The message catalogue of `core::messages`: placeholders, plurals, language
//! codes and the completeness of every language's strings.
use central_asia_rights_map::core::messages::*;

/// The `{name}` placeholders of a template, in order.
fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else {
            break;
        };
        out.push(&rest[open + 1..open + len]);
        rest = &rest[open + len + 1..];
    }
    out
}

#[test]
fn fill_replaces_known_placeholders_and_leaves_unknown_ones() {
    assert_eq!(fill("{a} and {b}", &[("a", "x"), ("b", "y")]), "x and y");
    assert_eq!(
        fill("{a}, {a}!", &[("a", "echo")]),
        "echo, echo!",
        "every occurrence"
    );
    assert_eq!(fill("{a} {missing}", &[("a", "1")]), "1 {missing}");
    assert_eq!(fill("no placeholders", &[("a", "1")]), "no placeholders");
    assert_eq!(fill("{a}", &[]), "{a}");
    assert_eq!(fill("a {a} {{a}}", &[("a", "b")]), "a b {b}");
    assert_eq!(
        fill("“{value}”", &[("value", "ж ✓")]),
        "“ж ✓”",
        "non-ASCII around and inside"
    );
    assert_eq!(fill("{A}", &[("a", "x")]), "{A}", "keys are case-sensitive");
}

#[test]
fn english_counts_use_the_singular_only_for_one() {
    assert_eq!(EN.cases(1), "1 case");
    assert_eq!(EN.cases(0), "0 cases");
    assert_eq!(EN.cases(2), "2 cases");
    assert_eq!(EN.cases(11), "11 cases");
    assert_eq!(EN.cases(21), "21 cases");
    assert_eq!(EN.concerns(1), "1 issue mentioned");
    assert_eq!(EN.concerns(7), "7 issues mentioned");
}

#[test]
fn russian_counts_take_the_three_russian_forms() {
    for (n, form) in [
        (1, "случай"),
        (21, "случай"),
        (101, "случай"),
        (2, "случая"),
        (4, "случая"),
        (22, "случая"),
        (0, "случаев"),
        (5, "случаев"),
        (11, "случаев"),
        (12, "случаев"),
        (14, "случаев"),
        (20, "случаев"),
        (111, "случаев"),
    ] {
        assert_eq!(Lang::Ru.messages().cases(n), format!("{n} {form}"), "{n}");
    }
    assert_eq!(Lang::Ru.messages().concerns(1), "1 тема упомянута");
    assert_eq!(Lang::Ru.messages().concerns(3), "3 темы упомянуты");
    assert_eq!(Lang::Ru.messages().concerns(9), "9 тем упомянуто");
}

#[test]
fn a_browser_language_is_matched_by_its_primary_subtag() {
    for tag in ["ru", "ru-RU", "RU-kz", "ru_UA", " ru "] {
        assert_eq!(Lang::from_browser([tag]), Lang::Ru, "{tag:?}");
    }
    for tag in ["", "en-US", "de", "rus", "run", "x-klingon"] {
        assert_eq!(Lang::from_browser([tag]), Lang::En, "{tag:?}");
    }
}

#[test]
fn a_first_visit_follows_the_browsers_languages_in_order() {
    // The first the map has: a German reader who also reads Russian gets Russian.
    assert_eq!(Lang::from_browser(["de-DE", "de", "ru"]), Lang::Ru);
    assert_eq!(Lang::from_browser(["en-GB", "ru"]), Lang::En);
    assert_eq!(Lang::from_browser(["fr", "it"]), Lang::En);
    assert_eq!(Lang::from_browser([]), Lang::En);
    // Every language of the map is found by its code, in any case and region.
    for lang in Lang::ALL {
        let tag = format!("{}-XX", lang.code().to_uppercase());
        assert_eq!(
            Lang::from_browser(["fr", tag.as_str(), "ru"]),
            lang,
            "{tag}"
        );
    }
}

#[test]
fn lang_codes_are_case_insensitive_and_trimmed() {
    for code in ["en", "EN", "En", " en ", "\ten\n"] {
        assert_eq!(Lang::from_code(code), Some(Lang::En), "{code:?}");
    }
    assert_eq!(Lang::from_code("RU"), Some(Lang::Ru));
    for code in ["", "e", "eng", "en-GB", "fr", "e n", "english", "ru-RU"] {
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
    assert!(
        debug.contains("title: \"Central Asia Rights Map\""),
        "Debug shape changed: {debug}"
    );
    assert!(!debug.contains("\"\""), "an empty string in EN:\n{debug}");
    // Also no string of bare white space.
    for line in debug.lines() {
        if let Some((_, value)) = line.split_once(": \"") {
            assert!(
                !value.trim_end_matches([',', '"']).trim().is_empty(),
                "{line}"
            );
        }
    }
    assert!(EN.months.iter().all(|m| !m.trim().is_empty()));
    assert_eq!(EN.months[0], "January");
    assert_eq!(EN.months[11], "December");
}

fn templates(m: &'static Messages) -> [(&'static str, &'static str, &'static [&'static str]); 24] {
    [
        ("concerns.one", m.concerns.one, &["n"]),
        ("concerns.few", m.concerns.few, &["n"]),
        ("concerns.many", m.concerns.many, &["n"]),
        ("concerns_range", m.concerns_range, &["from", "to"]),
        ("cases.one", m.cases.one, &["n"]),
        ("cases.few", m.cases.few, &["n"]),
        ("cases.many", m.cases.many, &["n"]),
        (
            "country_name_template",
            m.country_name_template,
            &["country", "category", "status", "cases"],
        ),
        (
            "notice_unknown_country",
            m.notice_unknown_country,
            &["value"],
        ),
        (
            "notice_unknown_category",
            m.notice_unknown_category,
            &["value"],
        ),
        ("notice_unknown_case", m.notice_unknown_case, &["value"]),
        ("notice_unknown_lang", m.notice_unknown_lang, &["value"]),
        ("notice_lang_offline", m.notice_lang_offline, &["value"]),
        ("notice_unknown_style", m.notice_unknown_style, &["value"]),
        ("notice_refused_cta", m.notice_refused_cta, &["value"]),
        ("notice_unknown_step", m.notice_unknown_step, &["value"]),
        ("step_progress", m.step_progress, &["n", "total"]),
        ("date_template", m.date_template, &["d", "month", "y"]),
        ("cases_step_title", m.cases_step_title, &["country"]),
        ("date", m.method.date, &["date"]),
        ("version", m.method.version, &["version"]),
        ("accessed", m.method.accessed, &["date"]),
        (
            "cite_map",
            m.method.cite_map,
            &["map", "version", "url", "accessed", "source"],
        ),
        (
            "cite_item",
            m.method.cite_item,
            &["map", "title", "version", "url", "accessed", "source"],
        ),
    ]
}

#[test]
fn templates_have_the_placeholders_the_view_model_fills() {
    for (name, template, keys) in Lang::ALL.into_iter().flat_map(|l| templates(l.messages())) {
        let mut found = placeholders(template);
        found.sort_unstable();
        found.dedup();
        let mut wanted = keys.to_vec();
        wanted.sort_unstable();
        assert_eq!(found, wanted, "{name}: {template:?}");
        // Filling every key leaves no brace behind.
        let args: Vec<(&str, &str)> = keys.iter().map(|k| (*k, "§")).collect();
        let filled = fill(template, &args);
        assert!(
            !filled.contains('{') && !filled.contains('}'),
            "{name}: {filled}"
        );
        assert_eq!(
            filled.matches('§').count(),
            placeholders(template).len(),
            "{name}: {filled}"
        );
    }
}

#[test]
fn plain_strings_have_no_placeholders() {
    for lang in Lang::ALL {
        let debug = format!("{:#?}", lang.messages());
        let templated = templates(lang.messages()).map(|t| t.0);
        for line in debug.lines() {
            let Some((field, value)) = line.trim().split_once(": ") else {
                continue;
            };
            // A plural text's forms are templates of `n` (checked above).
            let plural_form = ["zero", "one", "two", "few", "many", "other"].contains(&field);
            if !templated.contains(&field) && !plural_form {
                // Debug writes a no-break space as `\u{a0}`: not a placeholder.
                let value = value.replace("\\u{a0}", "\u{a0}");
                assert!(
                    placeholders(&value).is_empty(),
                    "{field} is never filled but has {value}"
                );
            }
        }
    }
}

#[test]
fn every_russian_string_is_filled_in_and_in_russian() {
    let debug = format!("{:#?}", Lang::Ru.messages());
    assert!(!debug.contains("\"\""), "an empty string in RU:\n{debug}");
    for line in debug.lines() {
        let Some((field, value)) = line.trim().split_once(": \"") else {
            continue;
        };
        // Placeholders are keys, not words.
        let mut words = value.to_string();
        for key in placeholders(value) {
            words = words.replace(&format!("{{{key}}}"), "");
        }
        let value = words.as_str();
        let has_letters = value.chars().any(char::is_alphabetic);
        let cyrillic = value
            .chars()
            .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
        // Two-letter codes of the neighbours table are not words.
        let code = value.trim_end_matches([',', '"']).len() == 2;
        assert!(
            !has_letters || cyrillic || code,
            "{field} is not in Russian: {value}"
        );
    }
    assert_eq!(Lang::Ru.messages().months[0], "января");
}

#[test]
fn placeholder_helper_finds_names() {
    assert_eq!(placeholders("{a} x {bc}{d}"), ["a", "bc", "d"]);
    assert!(placeholders("none }{").is_empty());
}

/// CLDR's rules, as the build wrote them from `intl_pluralrules`.
#[test]
fn counts_take_cldr_plural_forms() {
    let ru: Vec<String> = [1, 2, 5, 11, 21, 22, 25, 101, 111, 1001]
        .into_iter()
        .map(|n| Lang::Ru.messages().cases(n))
        .collect();
    assert_eq!(
        ru,
        [
            "1 случай",
            "2 случая",
            "5 случаев",
            "11 случаев",
            "21 случай",
            "22 случая",
            "25 случаев",
            "101 случай",
            "111 случаев",
            "1001 случай"
        ]
    );
    let en: Vec<String> = [0, 1, 2, 101].into_iter().map(|n| EN.cases(n)).collect();
    assert_eq!(en, ["0 cases", "1 case", "2 cases", "101 cases"]);
    assert_eq!(EN.plural(1), PluralCategory::One);
    assert_eq!(Lang::Ru.messages().plural(3), PluralCategory::Few);
}
