//! One broken fixture per error kind. Each fixture is `valid.json` with a
//! single fault, so each test also proves the validator pins the fault to the
//! right field and says what is wrong, and does not report anything else.
use central_asia_rights_map::core::data::formats::{is_country_code, is_iso_date, is_kebab};
use central_asia_rights_map::core::data::*;
use std::fs;

const SOURCE_ID: &str = "hrw-wr2024-central-asia";

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

fn fixture_path(name: &str) -> String {
    format!("tests/fixtures/data/{name}")
}

fn source_text() -> String {
    read("tests/fixtures/sources/hrw-wr2024-central-asia.txt")
}

/// All errors from loading a fixture that must not load.
fn errors(name: &str) -> Vec<DataError> {
    let path = fixture_path(name);
    match load(&path, &read(&path)) {
        Ok(_) => panic!("{name} loaded, but it is broken on purpose"),
        Err(errors) => errors,
    }
}

/// The single error of a one-fault fixture; checks the message names the
/// file, the field path and the problem.
fn only_error(name: &str, path: &str, what: &str) -> DataError {
    let errs = errors(name);
    let shown: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    assert_eq!(errs.len(), 1, "{name}: expected one error, got {shown:#?}");
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
fn valid_fixture_loads_and_its_excerpts_are_in_the_source() {
    let path = fixture_path("valid.json");
    let data = load(&path, &read(&path)).expect("valid.json must load");
    let text = source_text();
    assert_eq!(check_excerpts(&path, &data, &[(SOURCE_ID, &text)]), vec![]);
    assert_eq!(data.countries.len(), 3);
}

#[test]
fn parse_syntax_error_gives_line_and_column() {
    let err = only_error("parse-syntax.json", "sources[0]", "expected `,` or `}`");
    let DataErrorKind::Parse { line, column, .. } = err.kind else {
        panic!("{err}")
    };
    // The comma after "Human Rights Watch" (line 6) is missing, so the
    // parser fails at the next key, on line 7.
    assert_eq!((line, column), (7, 7), "{err}");
    assert!(err.to_string().ends_with("(line 7, column 7)"), "{err}");
}

/// A test for one fixture with one fault: the error's path, a phrase its
/// message must contain, and the pattern its kind must match.
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

    one_fault!(version_not_the_latest_change, "version-not-latest.json", "version",
        "version \"2024-01-10\" must be the date of the newest change, \"2024-01-11\"",
        K::VersionNotLatestChange { .. });
    one_fault!(changes_out_of_order, "changes-out-of-order.json", "changes[1].date",
        "change of \"2024-02-01\" comes after \"2024-01-11\"; list changes newest first, one per date",
        K::ChangesOutOfOrder { .. });
    one_fault!(parse_type_error, "parse-type.json", "categories[0].statuses[0].not_covered",
        "invalid type: string \"yes\", expected a boolean",
        K::Parse { .. });
    one_fault!(parse_unknown_field, "parse-unknown-field.json", "countries[0].findings.press.excerpts",
        "unknown field `excerpts`",
        K::Parse { .. });
    one_fault!(parse_missing_field, "parse-missing-field.json", "countries[1]",
        "missing field `capital`",
        K::Parse { .. });
    one_fault!(unknown_country_in_a_case, "unknown-country.json", "cases[1].country",
        "country \"KR\" is not in `countries`",
        K::UnknownCountry { .. });
    one_fault!(unknown_category_in_a_case, "unknown-category.json", "cases[0].categories[1]",
        "category \"free-speech\" is not in `categories`",
        K::UnknownCategory { .. });
    one_fault!(unknown_category_as_a_finding_key, "unknown-category-finding.json",
        "countries[2].findings.religion",
        "category \"religion\" is not in `categories`",
        K::UnknownCategory { .. });
    one_fault!(unknown_source, "unknown-source.json", "countries[0].findings.press.source",
        "source \"hrw-world-report-2023\" is not in `sources`",
        K::UnknownSource { .. });
    one_fault!(duplicate_case_id, "duplicate-id.json", "cases[2].id",
        "id \"kz-marat-zhylanbaev\" is used more than once",
        K::DuplicateId { .. });
    one_fault!(empty_field, "empty-field.json", "cases[0].outcome",
        "must not be empty",
        K::EmptyField);
    one_fault!(missing_finding, "missing-finding.json", "countries[2].findings",
        "no finding for category \"lgbt\"",
        K::MissingFinding { .. });
    one_fault!(missing_evidence_for_a_covered_status, "missing-evidence.json",
        "countries[0].findings.press",
        "status \"media-under-threat\" is covered, so it needs a summary, a source and an excerpt",
        K::MissingEvidence { .. });
    one_fault!(not_covered_finding_must_not_make_claims, "unexpected-evidence.json",
        "countries[0].findings.lgbt",
        "means not covered, so summary must be empty",
        K::UnexpectedEvidence { .. });
    one_fault!(legend_needs_exactly_one_not_covered, "not-covered-count.json", "categories[1].statuses",
        "category \"lgbt\" has 2 \"not_covered\" statuses; it needs exactly one",
        K::NotCoveredCount { count: 2, .. });
    one_fault!(legend_needs_a_covered_status, "no-covered-status.json", "categories[3].statuses",
        "has no status other than \"not covered\"",
        K::NoCoveredStatus { .. });
    one_fault!(bad_source_date, "bad-date.json", "sources[0].date",
        "date \"11 January 2024\" is not a valid YYYY-MM-DD date",
        K::BadDate { .. });
    one_fault!(bad_id, "bad-id.json", "cases[0].id",
        "id \"KZ_Marat_Zhylanbaev\" must be lower-case",
        K::BadId { .. });
    one_fault!(bad_country_code, "bad-country-code.json", "countries[2].code",
        "country code \"UZB\" must be two upper-case letters",
        K::BadCountryCode { .. });
    one_fault!(bad_url, "bad-url.json", "sources[0].url",
        "must start with https://",
        K::BadUrl { .. });
    one_fault!(excerpt_too_long, "excerpt-too-long.json", "region.items[0].excerpt",
        "excerpt is 427 characters long; quote at most 400",
        K::ExcerptTooLong {
            chars: 427,
        max: MAX_EXCERPT_CHARS
        });
}

#[test]
fn unknown_status_message_is_exact() {
    let err = only_error(
        "unknown-status.json",
        "countries[2].findings.press.status",
        "legend",
    );
    assert_eq!(
        err.to_string(),
        "tests/fixtures/data/unknown-status.json: countries[2].findings.press.status: \
         status \"x\" is not in the legend of category \"press\""
    );
}

#[test]
fn iso_dates_are_real_calendar_dates() {
    assert!(is_iso_date("2024-01-11"));
    assert!(is_iso_date("2024-02-29"), "2024 is a leap year");
    assert!(!is_iso_date("2023-02-29"));
    assert!(!is_iso_date("1900-02-29"), "1900 is not a leap year");
    assert!(!is_iso_date("2024-13-01"));
    assert!(!is_iso_date("2024-1-11"));
    assert!(!is_iso_date("2024-01-1a"));
}

#[test]
fn id_and_country_code_shapes() {
    assert!(is_kebab("kz-marat-zhylanbaev") && is_kebab("group-24"));
    for bad in ["", "-a", "a-", "a--b", "A", "a_b", "a b", "ü"] {
        assert!(!is_kebab(bad), "{bad:?}");
    }
    assert!(is_country_code("KZ"));
    assert!(!is_country_code("kz") && !is_country_code("KAZ") && !is_country_code("K"));
}

#[test]
fn excerpt_not_in_source() {
    let path = fixture_path("excerpt-not-in-source.json");
    // Structurally fine: only the comparison with the source catches it.
    let data = load(&path, &read(&path)).expect("structurally valid");
    let text = source_text();
    let errs = check_excerpts(&path, &data, &[(SOURCE_ID, &text)]);
    let shown: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    assert_eq!(
        shown,
        vec![format!(
            "{path}: cases[0].excerpt: excerpt is not an exact quotation from source \"{SOURCE_ID}\""
        )]
    );
}

#[test]
fn source_text_missing() {
    let path = fixture_path("valid.json");
    let data = load(&path, &read(&path)).unwrap();
    let errs = check_excerpts(&path, &data, &[("another-source", "text")]);
    // Every excerpt in valid.json cites the one source whose text is absent.
    assert!(errs.len() >= 5, "{errs:#?}");
    assert!(errs.iter().all(|e| e.kind
        == DataErrorKind::SourceTextMissing {
            source: SOURCE_ID.into()
        }));
}

#[test]
fn every_error_is_collected_not_just_the_first() {
    let mut paths: Vec<String> = errors("many-errors.json")
        .into_iter()
        .map(|e| e.path)
        .collect();
    paths.sort();
    assert_eq!(
        paths,
        vec![
            "cases[0].country",
            "countries[2].findings.press.status",
            "sources[0].date"
        ]
    );
}

#[test]
fn trailing_text_after_the_data_is_a_parse_error() {
    let json = format!("{} extra", read(&fixture_path("valid.json")));
    let errs = load("x.json", &json).unwrap_err();
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
fn normalise_folds_white_space_and_typographic_quotes_only() {
    assert_eq!(normalise("  a \u{a0}\u{202f} b\n\n c  "), "a b c");
    assert_eq!(
        normalise("\u{201c}Women\u{2019}s\u{201d} \u{2018}x\u{2019}"),
        "\"Women's\" 'x'"
    );
    // Nothing else is folded: dashes, hyphens, case and accents must match.
    assert_eq!(
        normalise("six year \u{2013} G\u{fc}len"),
        "six year \u{2013} G\u{fc}len"
    );
    assert_ne!(normalise("six-year"), normalise("six year"));
    assert_ne!(normalise("Gorno-Badakhshan"), normalise("Gorno-Badakshan"));
    assert_ne!(normalise("Astana"), normalise("astana"));
}

/// The example in `assets/data/README.md` is what editors copy, so it must
/// load cleanly and quote the source exactly.
#[test]
fn readme_example_is_valid() {
    let readme = read("assets/data/README.md");
    let start = readme
        .find("```json\n")
        .expect("README has a ```json example")
        + 8;
    let len = readme[start..].find("```").expect("example is closed");
    let data =
        load("README example", &readme[start..start + len]).unwrap_or_else(|e| panic!("{}", e[0]));
    let text = source_text();
    assert_eq!(
        check_excerpts("README example", &data, &[(SOURCE_ID, &text)]),
        vec![]
    );
    assert_eq!(data.cases[0].id, "kz-marat-zhylanbaev");
}
