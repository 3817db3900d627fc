//! The Russian translation `assets/data/rights.ru.json`: it loads against the
//! real data, `localize` swaps texts but never evidence, every translated text
//! is Russian and adds no number, the agreed spellings are used, and each kind
//! of mistake in a translation file is caught (one broken fixture per kind in
//! `tests/fixtures/translation/`, each `valid.ru.json` with one fault, checked
//! against the small English file `base.json`).
use central_asia_rights_map::core::data::*;
use std::fs;

const SOURCE_ID: &str = "hrw-wr2024-central-asia";
const SOURCE: &str = include_str!("fixtures/sources/hrw-wr2024-central-asia.txt");

/// Latin script allowed in Russian texts: the organisation's name, which
/// Russian media keep in Latin, and the photo credit, copied as published.
const LATIN_ALLOWED: [&str; 2] = ["Human Rights Watch", "ANTON KARLINER/SIPA/Shutterstock"];

/// Longest legend label, in characters: legends are read on phones.
/// Long enough for the source's words in Russian ("деятельность религиозных
/// организаций"), which a shorter label would overstate.
const MAX_LABEL_CHARS: usize = 62;

fn shown(errors: &[DataError]) -> String {
    errors
        .iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

fn english() -> RightsData {
    load_embedded().unwrap_or_else(|errors| panic!("{}", shown(&errors)))
}

fn translation(data: &RightsData) -> Translation {
    load_translation(RIGHTS_RU_FILE, RIGHTS_RU_JSON, data)
        .unwrap_or_else(|errors| panic!("{}", shown(&errors)))
}

fn russian(data: &RightsData) -> RightsData {
    load_embedded_ru(data).unwrap_or_else(|errors| panic!("{}", shown(&errors)))
}

/// Every translatable text, as (where, English, Russian). `localize` keeps
/// the order of every list, so the two files line up item by item.
fn pairs(en: &RightsData, ru: &RightsData) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut add = |path: String, e: &str, r: &str| out.push((path, e.to_string(), r.to_string()));
    for (e, r) in en.categories.iter().zip(&ru.categories) {
        let p = format!("categories.{}", e.id);
        add(format!("{p}.name"), &e.name, &r.name);
        add(format!("{p}.description"), &e.description, &r.description);
        for (es, rs) in e.statuses.iter().zip(&r.statuses) {
            add(format!("{p}.statuses.{}", es.id), &es.label, &rs.label);
        }
    }
    for (e, r) in en.countries.iter().zip(&ru.countries) {
        let p = format!("countries.{}", e.code);
        add(format!("{p}.name"), &e.name, &r.name);
        add(format!("{p}.capital"), &e.capital, &r.capital);
        add(format!("{p}.summary"), &e.summary, &r.summary);
        if let (Some(ed), Some(rd)) = (&e.direction, &r.direction) {
            add(format!("{p}.direction"), &ed.label, &rd.label);
        }
        for (id, ef) in &e.findings {
            let rf = &r.findings[id];
            if !ef.summary.is_empty() {
                add(format!("{p}.findings.{id}"), &ef.summary, &rf.summary);
            }
        }
    }
    for (e, r) in en.cases.iter().zip(&ru.cases) {
        let p = format!("cases.{}", e.id);
        add(format!("{p}.title"), &e.title, &r.title);
        add(format!("{p}.summary"), &e.summary, &r.summary);
        add(format!("{p}.outcome"), &e.outcome, &r.outcome);
        for (j, (ep, rp)) in e.people.iter().zip(&r.people).enumerate() {
            add(format!("{p}.people[{j}]"), ep, rp);
        }
        for (j, (ed, rd)) in e.dates.iter().zip(&r.dates).enumerate() {
            add(format!("{p}.dates[{j}]"), ed, rd);
        }
    }
    for (e, r) in en.region.items.iter().zip(&ru.region.items) {
        let p = format!("region.{}", e.id);
        add(format!("{p}.title"), &e.title, &r.title);
        add(format!("{p}.summary"), &e.summary, &r.summary);
    }
    out
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

/// What is wrong with `ru` as the Russian for `en`; empty when nothing is.
/// A text without letters in English ("2020") must be copied unchanged;
/// any other must contain Cyrillic and no run of three or more Latin letters
/// outside [`LATIN_ALLOWED`].
fn russian_problems(en: &str, ru: &str) -> Vec<String> {
    if !en.chars().any(char::is_alphabetic) {
        return if en == ru {
            vec![]
        } else {
            vec![format!("{ru:?} should be copied as {en:?}")]
        };
    }
    let mut problems = Vec::new();
    if !ru.chars().any(is_cyrillic) {
        problems.push(format!("{ru:?} has no Cyrillic"));
    }
    let mut rest = ru.to_string();
    for allowed in LATIN_ALLOWED {
        rest = rest.replace(allowed, " ");
    }
    for run in rest.split(|c: char| !c.is_ascii_alphabetic()) {
        if run.len() >= 3 {
            problems.push(format!("{ru:?} has Latin {run:?}"));
        }
    }
    problems
}

fn numbers(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Numbers in `ru` that `en` does not have.
fn invented_numbers<'a>(en: &str, ru: &'a str) -> Vec<&'a str> {
    let known = numbers(en);
    numbers(ru)
        .into_iter()
        .filter(|n| !known.contains(n))
        .collect()
}

// ---------------------------------------------------------------- the real file

#[test]
fn the_real_translation_loads_and_localizes() {
    let en = english();
    let tr = translation(&en);
    assert_eq!(tr.lang, "ru");
    assert_eq!(tr.categories.len(), en.categories.len());
    assert_eq!(tr.countries.len(), en.countries.len());
    assert_eq!(tr.cases.len(), en.cases.len());
    assert_eq!(tr.region.len(), en.region.items.len());
    assert_eq!(russian(&en), localize(&en, &tr));
}

#[test]
fn localize_changes_the_words_but_not_the_evidence() {
    let en = english();
    let ru = russian(&en);
    let kz = ru.countries.iter().find(|c| c.code == "KZ").unwrap();
    assert_eq!(
        (kz.name.as_str(), kz.capital.as_str()),
        ("Казахстан", "Астана")
    );
    assert_ne!(en, ru);
    // The localized copy is itself valid data.
    assert_eq!(shown(&validate("ru", &ru)), "");

    assert_eq!(ru.sources, en.sources, "sources are not translated");
    for (e, r) in en.categories.iter().zip(&ru.categories) {
        assert_eq!(e.id, r.id);
        let ids = |c: &Category| -> Vec<(String, bool)> {
            c.statuses
                .iter()
                .map(|s| (s.id.clone(), s.not_covered))
                .collect()
        };
        assert_eq!(ids(e), ids(r), "{}: legend ids and order", e.id);
    }
    for (e, r) in en.countries.iter().zip(&ru.countries) {
        assert_eq!(e.code, r.code);
        assert_eq!(e.direction.is_some(), r.direction.is_some(), "{}", e.code);
        if let (Some(ed), Some(rd)) = (&e.direction, &r.direction) {
            assert_eq!((&ed.source, &ed.excerpt), (&rd.source, &rd.excerpt));
            assert_ne!(ed.label, rd.label, "{}: direction label", e.code);
        }
        assert_eq!(
            e.findings.keys().collect::<Vec<_>>(),
            r.findings.keys().collect::<Vec<_>>()
        );
        for (id, ef) in &e.findings {
            let rf = &r.findings[id];
            assert_eq!(ef.status, rf.status, "{}.{id}", e.code);
            assert_eq!(ef.source, rf.source, "{}.{id}", e.code);
            assert_eq!(
                ef.excerpt, rf.excerpt,
                "{}.{id}: excerpts stay English",
                e.code
            );
        }
    }
    for (e, r) in en.cases.iter().zip(&ru.cases) {
        assert_eq!(
            (&e.id, &e.country, &e.categories, &e.source, &e.excerpt),
            (&r.id, &r.country, &r.categories, &r.source, &r.excerpt)
        );
        assert_eq!(e.people.len(), r.people.len(), "{}", e.id);
        assert_eq!(e.dates.len(), r.dates.len(), "{}", e.id);
    }
    for (e, r) in en.region.items.iter().zip(&ru.region.items) {
        assert_eq!(
            (&e.id, &e.source, &e.excerpt),
            (&r.id, &r.source, &r.excerpt)
        );
    }
    // Excerpts are still exact quotations of the (English) source.
    assert_eq!(
        shown(&check_excerpts("ru", &ru, &[(SOURCE_ID, SOURCE)])),
        ""
    );
}

#[test]
fn localize_with_an_empty_translation_changes_nothing() {
    let en = english();
    let empty = Translation {
        lang: "ru".into(),
        categories: Default::default(),
        countries: Default::default(),
        cases: Default::default(),
        region: Default::default(),
        changes: Default::default(),
    };
    assert_eq!(localize(&en, &empty), en);
    // ...and the checks list every item as missing.
    let errors = check_translation("x", &empty, &en);
    let expected = en.categories.len()
        + en.countries.len()
        + en.cases.len()
        + en.region.items.len()
        + en.changes.len();
    assert_eq!(errors.len(), expected, "{}", shown(&errors));
    assert!(errors
        .iter()
        .all(|e| matches!(e.kind, DataErrorKind::MissingTranslation { .. })));
}

#[test]
fn the_russian_checks_catch_english_and_invented_numbers() {
    // The helpers below must be able to fail, or the tests using them prove nothing.
    assert!(!russian_problems("Kazakhstan", "Kazakhstan").is_empty());
    assert!(!russian_problems("Kazakhstan", "Казахстан (Kazakhstan)").is_empty());
    assert!(!russian_problems("2020", "2020 год").is_empty());
    assert!(!russian_problems("x Human Rights Watch", "Human Rights Watch").is_empty());
    assert!(russian_problems("Kazakhstan", "Казахстан").is_empty());
    assert!(russian_problems("x", "Доклад Human Rights Watch").is_empty());
    assert!(russian_problems("2020", "2020").is_empty());
    assert_eq!(
        invented_numbers("in late November", "в конце ноября 2023 года"),
        ["2023"]
    );
    assert!(invented_numbers("March 8, 2023", "8 марта 2023 года").is_empty());
}

#[test]
fn every_translated_text_is_russian() {
    let en = english();
    let ru = russian(&en);
    let pairs = pairs(&en, &ru);
    assert!(pairs.len() > 190, "only {} texts compared", pairs.len());
    let problems: Vec<String> = pairs
        .iter()
        .flat_map(|(path, e, r)| {
            russian_problems(e, r)
                .into_iter()
                .map(move |p| format!("{path}: {p}"))
        })
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn no_number_is_added_in_translation() {
    let en = english();
    let ru = russian(&en);
    let problems: Vec<String> = pairs(&en, &ru)
        .iter()
        .filter_map(|(path, e, r)| {
            let extra = invented_numbers(e, r);
            (!extra.is_empty()).then(|| format!("{path}: {extra:?} not in {e:?}"))
        })
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn countries_capitals_and_people_use_the_agreed_spellings() {
    let ru = russian(&english());
    let names: Vec<(&str, &str, &str)> = ru
        .countries
        .iter()
        .map(|c| (c.code.as_str(), c.name.as_str(), c.capital.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("KZ", "Казахстан", "Астана"),
            ("KG", "Кыргызстан", "Бишкек"),
            ("TJ", "Таджикистан", "Душанбе"),
            ("TM", "Туркменистан", "Ашхабад"),
            ("UZ", "Узбекистан", "Ташкент"),
        ]
    );
    let case = |id: &str| ru.case(id).unwrap();
    for (id, person) in [
        ("kz-marat-zhylanbaev", "Марат Жыланбаев"),
        ("kz-zhanbolat-mamay", "Жанболат Мамай"),
        ("kg-azimjon-askarov", "Азимжан Аскаров"),
        ("uz-dauletmurat-tazhimuratov", "Даулетмурат Тажимуратов"),
    ] {
        assert_eq!(case(id).people, [person], "{id}");
        assert!(
            case(id).title.starts_with(person),
            "{id}: {}",
            case(id).title
        );
    }
}

#[test]
fn names_and_places_use_the_agreed_spellings() {
    let ru = russian(&english());
    let region = |id: &str| ru.region.items.iter().find(|r| r.id == id).unwrap();
    let case = |id: &str| ru.case(id).unwrap();
    let finding = |code: &str, id: &str| {
        ru.countries
            .iter()
            .find(|c| c.code == code)
            .unwrap()
            .findings[id]
            .summary
            .clone()
    };
    let expect = [
        (
            region("hugh-williamson-quote").summary.clone(),
            "Хью Уильямсон",
        ),
        (
            region("tirana-hassan-essay").summary.clone(),
            "Тирана Хассан",
        ),
        (
            case("tj-turkish-citizens-returned").summary.clone(),
            "Фетхуллах Гюлен",
        ),
        (
            case("tj-irpt-and-group-24").title.clone(),
            "Партия исламского возрождения Таджикистана",
        ),
        (case("tj-irpt-and-group-24").title.clone(), "«Группа 24»"),
        (
            finding("TJ", "political-prisoners"),
            "Партия исламского возрождения Таджикистана",
        ),
        (
            case("tj-gorno-badakshan-crackdown").summary.clone(),
            "Горно-Бадахшанской автономной области",
        ),
        (
            case("tj-gorno-badakshan-crackdown").summary.clone(),
            "памирского",
        ),
        (
            case("tj-gorno-badakshan-crackdown").summary.clone(),
            "памирских языков",
        ),
        (
            case("tj-gorno-badakshan-crackdown").summary.clone(),
            "исмаилитских",
        ),
        (finding("TJ", "minorities"), "памирцев"),
        (
            case("uz-dauletmurat-tazhimuratov").summary.clone(),
            "Каракалпакский",
        ),
        (
            region("world-report-2024").summary.clone(),
            "Human Rights Watch",
        ),
    ];
    for (text, name) in expect {
        assert!(text.contains(name), "{name:?} not in {text:?}");
    }
}

#[test]
fn dates_are_in_russian_form() {
    let ru = russian(&english());
    let dates = |id: &str| ru.case(id).unwrap().dates.clone();
    assert_eq!(dates("kz-marat-zhylanbaev"), ["конец ноября"]);
    assert_eq!(dates("kz-zhanbolat-mamay"), ["апрель"]);
    assert_eq!(dates("kg-azimjon-askarov"), ["2020"]);
    assert_eq!(
        dates("uz-domestic-violence-amendments"),
        ["апрель 2023 года"]
    );
}

#[test]
fn legend_labels_are_short_and_not_covered_reads_the_same_everywhere() {
    let ru = russian(&english());
    let mut not_covered = Vec::new();
    for c in &ru.categories {
        for s in &c.statuses {
            let n = s.label.chars().count();
            assert!(n <= MAX_LABEL_CHARS, "{}.{}: {n} characters", c.id, s.id);
            if s.not_covered {
                not_covered.push(s.label.as_str());
            }
        }
    }
    not_covered.dedup();
    assert_eq!(not_covered, ["В источнике не упоминается"]);
}

#[test]
fn removing_any_item_from_the_real_translation_is_caught() {
    let en = english();
    let tr = translation(&en);
    let mut checked = 0;
    let mut expect_missing = |tr: Translation, path: String| {
        let errors = check_translation(RIGHTS_RU_FILE, &tr, &en);
        assert_eq!(errors.len(), 1, "{}", shown(&errors));
        assert_eq!(errors[0].path, path);
        assert!(matches!(
            errors[0].kind,
            DataErrorKind::MissingTranslation { .. }
        ));
        checked += 1;
    };
    for id in tr.categories.keys() {
        let mut t = tr.clone();
        t.categories.remove(id);
        expect_missing(t, format!("categories.{id}"));
    }
    for (code, country) in &tr.countries {
        for id in country.findings.keys() {
            let mut t = tr.clone();
            t.countries.get_mut(code).unwrap().findings.remove(id);
            expect_missing(t, format!("countries.{code}.findings.{id}"));
        }
    }
    for id in tr.cases.keys() {
        let mut t = tr.clone();
        t.cases.remove(id);
        expect_missing(t, format!("cases.{id}"));
    }
    for id in tr.region.keys() {
        let mut t = tr.clone();
        t.region.remove(id);
        expect_missing(t, format!("region.{id}"));
    }
    assert_eq!(
        checked,
        12 + 5 * 12 + en.cases.len() + en.region.items.len()
    );
}

// ------------------------------------------------------------- broken fixtures

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

fn fixture_path(name: &str) -> String {
    format!("tests/fixtures/translation/{name}")
}

/// The small English data file the fixtures translate.
fn base() -> RightsData {
    let path = fixture_path("base.json");
    load(&path, &read(&path)).unwrap_or_else(|errors| panic!("{}", shown(&errors)))
}

fn errors(name: &str) -> Vec<DataError> {
    let path = fixture_path(name);
    match load_translation(&path, &read(&path), &base()) {
        Ok(_) => panic!("{name} loaded, but it is broken on purpose"),
        Err(errors) => errors,
    }
}

/// The single error of a one-fault fixture; checks that its message names
/// the file, the path and what is wrong.
fn only_error(name: &str, path: &str, what: &str) -> DataError {
    let errs = errors(name);
    assert_eq!(
        errs.len(),
        1,
        "{name}: expected one error, got\n{}",
        shown(&errs)
    );
    let err = errs.into_iter().next().unwrap();
    assert_eq!(err.path, path, "{name}: wrong path in {err}");
    let msg = err.to_string();
    let prefix = format!("{}: {path}: ", fixture_path(name));
    assert!(
        msg.starts_with(&prefix),
        "{name}: {msg:?} should start with {prefix:?}"
    );
    assert!(msg.contains(what), "{name}: {msg:?} should say {what:?}");
    err
}

#[test]
fn valid_fixture_loads_and_localizes() {
    let data = base();
    let path = fixture_path("valid.ru.json");
    let tr = load_translation(&path, &read(&path), &data)
        .unwrap_or_else(|errors| panic!("{}", shown(&errors)));
    let ru = localize(&data, &tr);
    assert_eq!(ru.countries[1].name, "Кыргызстан");
    assert_eq!(
        ru.countries[1].direction.as_ref().unwrap().label,
        "продолжающееся ухудшение"
    );
    assert_eq!(ru.countries[0].findings["lgbt"].summary, "");
    assert_eq!(ru.cases[0].people, ["Марат Жыланбаев"]);
}

macro_rules! one_fault {
    ($name:ident, $file:literal, $path:literal, $what:literal, $kind:pat) => {
        #[test]
        fn $name() {
            let err = only_error($file, $path, $what);
            assert!(matches!(err.kind, $kind), "{err:?}");
        }
    };
}

/// Kept compact on purpose (one fault per entry reads as a table).
#[rustfmt::skip]
mod one_fault_each {
    use super::*;
    use DataErrorKind as K;

    one_fault!(excerpts_cannot_be_translated, "parse-unknown-field.ru.json",
        "cases.kg-propaganda-law.excerpt",
        "unknown field `excerpt`",
        K::Parse { .. });
    one_fault!(missing_finding, "missing-finding.ru.json", "countries.KZ.findings.press",
        "no translation of finding \"press\", which the English data has",
        K::MissingTranslation { .. });
    one_fault!(missing_status, "missing-status.ru.json", "categories.lgbt.statuses.criminalised",
        "no translation of status \"criminalised\"",
        K::MissingTranslation { .. });
    one_fault!(missing_direction, "missing-direction.ru.json", "countries.KG.direction",
        "no translation of the direction \"continued to decline\"",
        K::MissingTranslation { .. });
    one_fault!(missing_case, "missing-case.ru.json", "cases.kg-propaganda-law",
        "no translation of case \"kg-propaganda-law\"",
        K::MissingTranslation { .. });
    one_fault!(unknown_id, "unknown-id.ru.json", "countries.KZ.findings.religion",
        "finding \"religion\" is not in the English data",
        K::UnknownTranslationId { .. });
    one_fault!(people_count_mismatch, "count-mismatch.ru.json", "cases.kz-marat-zhylanbaev.people",
        "has 2 entries but the English has 1",
        K::CountMismatch { english: 1, translated: 2 });
    one_fault!(empty_translation, "empty-translation.ru.json", "countries.KG.findings.press",
        "translation is empty, but the English text is not",
        K::EmptyTranslation);
    one_fault!(text_for_a_not_covered_finding, "unexpected-translation.ru.json",
        "countries.KZ.findings.lgbt",
        "the English has no text here, so the translation must be empty",
        K::UnexpectedTranslation);
    one_fault!(direction_the_english_lacks, "unexpected-direction.ru.json", "countries.KZ.direction",
        "the English has no text here",
        K::UnexpectedTranslation);
    one_fault!(wrong_language, "wrong-lang.ru.json", "lang",
        "language is \"en\", but this file must be \"ru\"",
        K::WrongLanguage { .. });
}

#[test]
fn every_translation_error_is_collected_not_just_the_first() {
    let mut found: Vec<String> = errors("many-errors.ru.json")
        .iter()
        .map(|e| format!("{} {:?}", e.path, e.kind))
        .collect();
    found.sort();
    assert_eq!(
        found,
        [
            "cases.kz-marat-zhylanbaev.dates CountMismatch { english: 1, translated: 0 }",
            "categories.press.statuses.not-covered MissingTranslation { what: \"status \\\"not-covered\\\"\" }",
            "lang WrongLanguage { expected: \"ru\", found: \"ru-RU\" }",
            "region.regional-overview UnknownTranslationId { what: \"region item \\\"regional-overview\\\"\" }",
        ]
    );
}

#[test]
fn trailing_text_after_a_translation_is_a_parse_error() {
    let json = format!("{} extra", read(&fixture_path("valid.ru.json")));
    let errs = load_translation("x.json", &json, &base()).unwrap_err();
    assert_eq!(errs.len(), 1);
    assert!(
        errs[0]
            .to_string()
            .starts_with("x.json: .: trailing characters"),
        "{}",
        errs[0]
    );
}

#[test]
fn a_text_in_the_wrong_script_is_named() {
    let en = base();
    // The Russian fixture as a Russian file with one English text, and as a
    // Latin-script language's file, where every Cyrillic text is wrong.
    let json = read(&fixture_path("valid.ru.json"));
    let tr: Translation = serde_json::from_str(&json).unwrap();
    let first_country = tr.countries.keys().next().unwrap().clone();
    let mut english = tr.clone();
    english.countries.get_mut(&first_country).unwrap().name = "Kazakhstan".into();
    let errs = check_translation_in("x.json", &english, &en, "ru", true);
    let shown: Vec<String> = errs.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [format!(
            "x.json: countries.{first_country}.name: the text is not in Cyrillic script"
        )]
    );
    let as_latin = check_translation_in("x.json", &tr, &en, "ru", false);
    assert!(!as_latin.is_empty());
    assert!(as_latin
        .iter()
        .all(|e| e.to_string().ends_with("the text is not in Latin script")));
}
