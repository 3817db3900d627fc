//! The classroom downloads of `core::export` as data: findings and cases
//! CSV (read back with a strict RFC 4180 parser written here and with the
//! `csv` crate) and the JSON with its licence and attribution. The SVG map is
//! tested in `core_export_svg.rs`.
use central_asia_rights_map::core::data::*;
use central_asia_rights_map::core::export::*;
use central_asia_rights_map::core::messages::{Lang, EN};

fn real() -> RightsData {
    load_embedded().unwrap_or_else(|e| panic!("embedded data does not load: {e:?}"))
}

/// A strict RFC 4180 reader: records end with CRLF, a field is either
/// unquoted (no comma, quote, CR or LF) or quoted with quotes doubled.
fn parse_rfc4180(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut chars = text.chars().peekable();
    while chars.peek().is_some() {
        let mut record = Vec::new();
        loop {
            let mut field = String::new();
            if chars.peek() == Some(&'"') {
                chars.next();
                loop {
                    match chars.next().expect("unterminated quoted field") {
                        '"' if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        '"' => break,
                        c => field.push(c),
                    }
                }
            } else {
                while let Some(&c) = chars.peek() {
                    if c == ',' || c == '\r' {
                        break;
                    }
                    assert!(
                        c != '"' && c != '\n',
                        "bad character {c:?} in unquoted field"
                    );
                    field.push(c);
                    chars.next();
                }
            }
            record.push(field);
            match chars.next() {
                Some(',') => continue,
                Some('\r') => {
                    assert_eq!(chars.next(), Some('\n'), "CR without LF");
                    break;
                }
                other => panic!("record must end with CRLF, found {other:?}"),
            }
        }
        records.push(record);
    }
    records
}

/// The same text through the `csv` crate, as a spreadsheet would read it.
fn parse_with_crate(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| {
            r.expect("csv crate reads it")
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect()
}

/// Both readers, after the byte-order mark that every file must start with
/// (Excel then reads it as UTF-8).
fn read_both(text: &str) -> Vec<Vec<String>> {
    let text = text
        .strip_prefix(CSV_BOM)
        .expect("the file starts with the UTF-8 byte-order mark");
    let strict = parse_rfc4180(text);
    assert_eq!(strict, parse_with_crate(text), "the two readers disagree");
    strict
}

fn expected_finding_row(data: &RightsData, code: &str, cat_id: &str) -> Vec<String> {
    let c = data.country(code).unwrap();
    let cat = data.category(cat_id).unwrap();
    let (f, status) = data.finding(code, cat_id).unwrap();
    let src = f.source.as_deref().and_then(|s| data.source(s));
    [
        code,
        &c.name,
        cat_id,
        &cat.name,
        &f.status,
        &status.label,
        &f.summary,
        f.source.as_deref().unwrap_or(""),
        src.map_or("", |s| &s.title),
        src.map_or("", |s| &s.date),
        src.map_or("", |s| &s.url),
        f.excerpt.as_deref().unwrap_or(""),
        &data.version,
    ]
    .map(str::to_string)
    .to_vec()
}

#[test]
fn findings_csv_has_the_header_and_one_row_per_country_and_category() {
    let data = real();
    let text = findings_csv(&data);
    assert!(text.starts_with(
        "\u{feff}country_code,country,category_id,category,status_id,status,summary,source_id,source_title,source_date,source_url,excerpt,data_version\r\n"
    ));
    assert!(
        text.ends_with("\r\n") && !text.ends_with("\r\n\r\n"),
        "no extra lines"
    );
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "no bare LF in the real data"
    );
    let rows = read_both(&text);
    assert_eq!(rows.len(), 61, "header + 5 countries × 12 categories");
    assert_eq!(rows[0], FINDINGS_HEADER.map(str::to_string).to_vec());
    let mut i = 1;
    for c in &data.countries {
        for cat in &data.categories {
            assert_eq!(rows[i], expected_finding_row(&data, &c.code, &cat.id));
            i += 1;
        }
    }
}

/// Commas, quotes, CRLF and LF inside cells survive the round trip.
#[test]
fn findings_csv_quotes_commas_quotes_and_newlines() {
    let mut data = real();
    let hostile = "He said, \"no\"\r\nthen left\nat once";
    let kz = data.countries.iter_mut().find(|c| c.code == "KZ").unwrap();
    kz.name = "Kazakhstan, \"Republic\"".into();
    kz.findings.get_mut("press").unwrap().summary = hostile.into();
    data.categories[0].name = "Assembly\nand protest".into();
    let text = findings_csv(&data);
    assert!(text.contains("\"Kazakhstan, \"\"Republic\"\"\""));
    let rows = read_both(&text);
    assert_eq!(rows.len(), 61);
    assert_eq!(rows[2], expected_finding_row(&data, "KZ", "press"));
    assert_eq!(rows[2][1], "Kazakhstan, \"Republic\"");
    assert_eq!(rows[2][6], hostile);
    assert_eq!(rows[1][3], "Assembly\nand protest");
}

#[test]
fn a_missing_finding_still_has_its_row() {
    let mut data = real();
    data.countries[0].findings.remove("press");
    let rows = read_both(&findings_csv(&data));
    assert_eq!(rows.len(), 61);
    let c = &data.countries[0];
    let head = [
        c.code.clone(),
        c.name.clone(),
        "press".into(),
        data.categories[1].name.clone(),
    ];
    assert_eq!(rows[2][..4], head);
    assert!(rows[2][4..12].iter().all(String::is_empty), "{:?}", rows[2]);
    assert_eq!(rows[2][12], data.version);
}

#[test]
fn cases_csv_has_one_row_per_case_with_lists_joined() {
    let mut data = real();
    data.cases[0].people = vec!["A, \"B\"".into(), "C".into()];
    let text = cases_csv(&data);
    assert!(text.starts_with("\u{feff}case_id,country_code,country,category_ids,categories,title,people,dates,summary,outcome,source_id,source_title,source_date,source_url,excerpt,data_version\r\n"));
    let rows = read_both(&text);
    assert_eq!(rows.len(), 1 + data.cases.len());
    assert_eq!(rows[0], CASES_HEADER.map(str::to_string).to_vec());
    for (row, case) in rows[1..].iter().zip(&data.cases) {
        let src = data.source(&case.source).unwrap();
        let names: Vec<&str> = case
            .categories
            .iter()
            .map(|k| data.category(k).unwrap().name.as_str())
            .collect();
        let expected = [
            case.id.as_str(),
            &case.country,
            &data.country(&case.country).unwrap().name,
            &case.categories.join(";"),
            &names.join(";"),
            &case.title,
            &case.people.join(";"),
            &case.dates.join(";"),
            &case.summary,
            &case.outcome,
            &case.source,
            &src.title,
            &src.date,
            &src.url,
            &case.excerpt,
            &data.version,
        ];
        assert_eq!(row, &expected.map(str::to_string).to_vec());
    }
    assert_eq!(rows[1][6], "A, \"B\";C");
}

#[test]
fn data_json_carries_licence_attribution_and_the_data() {
    let data = real();
    let text = data_json(&data, &EN, "en", "https://map.example/");
    assert!(
        text.starts_with("{\n  \"licence\": "),
        "pretty, licence first"
    );
    let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let licence = v["licence"].as_str().unwrap();
    for needle in [
        "CC BY 4.0",
        "Central Asia Rights Map contributors",
        "© Human Rights Watch",
        "Natural Earth",
        "public domain",
    ] {
        assert!(
            licence.contains(needle),
            "licence lacks {needle:?}: {licence}"
        );
    }
    let attribution = v["attribution"].as_str().unwrap();
    let src = &data.sources[0];
    for needle in [
        "Human Rights Watch",
        &src.title,
        "2024-01-11",
        &src.url,
        "own words",
        "quotations",
    ] {
        assert!(
            attribution.contains(needle),
            "attribution lacks {needle:?}: {attribution}"
        );
    }
    assert_eq!(v["generated_from"], "assets/data/rights.json");
    assert_eq!(v["lang"], "en");
    let back: RightsData = serde_json::from_value(v["data"].clone()).unwrap();
    assert_eq!(back, data);
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 6, "{keys:?}");
    let citation = v["citation"].as_str().unwrap();
    assert!(
        citation.contains(&format!("Data version {}", data.version)),
        "{citation}"
    );
    assert!(citation.contains("https://map.example/"), "{citation}");
    assert_eq!(v["data"]["version"], data.version.as_str());
    assert!(!v["data"]["changes"].as_array().unwrap().is_empty());
}

#[test]
fn data_json_of_the_russian_data() {
    let ru = load_embedded_ru(&real()).unwrap();
    let v: serde_json::Value = serde_json::from_str(&data_json(
        &ru,
        Lang::Ru.messages(),
        "ru",
        "https://map.example/ru/",
    ))
    .unwrap();
    assert_eq!(v["lang"], "ru");
    assert_eq!(
        serde_json::from_value::<RightsData>(v["data"].clone()).unwrap(),
        ru
    );
}

/// A cell that a spreadsheet would run as a formula is shown as text, read
/// back through both readers; other cells are untouched.
#[test]
fn csv_cells_cannot_become_formulas() {
    let mut data = real();
    let attacks = [
        "=HYPERLINK(\"https://evil.example\",\"x\")",
        "+1+1",
        "-2+3",
        "@SUM(A1)",
        "\t=1",
    ];
    for (case, attack) in data.cases.iter_mut().zip(attacks) {
        case.title = attack.to_string();
    }
    let rows = read_both(&cases_csv(&data));
    for (row, attack) in rows[1..].iter().zip(attacks) {
        assert_eq!(row[5], format!("'{attack}"));
    }
    assert_eq!(
        rows[6][5], data.cases[5].title,
        "an ordinary title is left alone"
    );
    assert_eq!(neutralise_formula("Kazakhstan"), "Kazakhstan");
    assert_eq!(neutralise_formula("a=b"), "a=b");
}

/// Cyrillic survives: the Russian files start with the byte-order mark and
/// read back as the same Russian text.
#[test]
fn russian_csv_reads_back_in_cyrillic() {
    let ru = load_embedded_ru(&real()).unwrap();
    let text = findings_csv(&ru);
    assert!(
        text.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]),
        "UTF-8 BOM"
    );
    let rows = read_both(&text);
    assert_eq!(rows[1][1], "Казахстан");
}
