//! Translations of the data file, held beside it (`rights.ru.json` next to
//! `rights.json`) and keyed by the English file's ids. A translation carries
//! only our own words: names, labels, summaries, titles, outcomes, people and
//! dates. Excerpts stay exact English quotations and sources stay as they
//! are, so a translation can never change what the map claims or cites.
//!
//! `load_translation` checks a translation against the English data it
//! belongs to: every item translated, no id the data lacks, the same number of
//! people and dates, and text exactly where the English has text.
use super::error::{DataError, DataErrorKind as K};
use super::load::parse;
use super::localize::localize;
use super::model::RightsData;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The Russian translation as shipped, compiled into the binary.
pub const RIGHTS_RU_JSON: &str = include_str!("../../../../assets/data/rights.ru.json");
/// How error messages name the shipped Russian translation.
pub const RIGHTS_RU_FILE: &str = "assets/data/rights.ru.json";
/// The `lang` the Russian translation file must declare.
pub const RU_LANG: &str = "ru";

/// One language's texts for the data file, keyed by the data's ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// Language code, `ru`.
    pub lang: String,
    /// By category id.
    pub categories: BTreeMap<String, CategoryText>,
    /// By country code.
    pub countries: BTreeMap<String, CountryText>,
    /// By case id.
    pub cases: BTreeMap<String, CaseText>,
    /// By region item id.
    pub region: BTreeMap<String, RegionText>,
    /// Change log summaries, by the change's date.
    pub changes: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryText {
    pub name: String,
    pub description: String,
    /// Legend labels by status id.
    pub statuses: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryText {
    pub name: String,
    pub capital: String,
    pub summary: String,
    /// The direction's label; present exactly when the English has a direction.
    #[serde(default)]
    pub direction: Option<String>,
    /// Finding summaries by category id; `""` where the English is empty.
    pub findings: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseText {
    pub title: String,
    /// Same count and order as the English `people`; may be left out when
    /// the English has none.
    #[serde(default)]
    pub people: Vec<String>,
    /// Same count and order as the English `dates`.
    #[serde(default)]
    pub dates: Vec<String>,
    pub summary: String,
    pub outcome: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionText {
    pub title: String,
    pub summary: String,
}

/// Parses a Russian translation and checks it against `data` (the English
/// data it translates). `file` only names the file in error messages. Every
/// problem is reported, each with its path (`countries.KZ.findings.press`).
pub fn load_translation(
    file: &str,
    json: &str,
    data: &RightsData,
) -> Result<Translation, Vec<DataError>> {
    load_translation_in(file, json, data, RU_LANG, true)
}

/// As [`load_translation`], for the language `lang` (its `lang` field must
/// say so), written in Cyrillic or not (every text in its script).
pub fn load_translation_in(
    file: &str,
    json: &str,
    data: &RightsData,
    lang: &str,
    cyrillic: bool,
) -> Result<Translation, Vec<DataError>> {
    let tr: Translation = parse(file, json).map_err(|e| vec![e])?;
    let errors = check_translation_in(file, &tr, data, lang, cyrillic);
    if errors.is_empty() {
        Ok(tr)
    } else {
        Err(errors)
    }
}

/// All the ways `tr` fails to match `data`; empty when it is complete.
pub fn check_translation(file: &str, tr: &Translation, data: &RightsData) -> Vec<DataError> {
    check_translation_in(file, tr, data, RU_LANG, true)
}

/// As [`check_translation`], for the language `lang`.
pub fn check_translation_in(
    file: &str,
    tr: &Translation,
    data: &RightsData,
    lang: &str,
    cyrillic: bool,
) -> Vec<DataError> {
    let mut c = Checker {
        file,
        cyrillic,
        errors: Vec::new(),
    };
    if tr.lang != lang {
        c.push(
            "lang",
            K::WrongLanguage {
                expected: lang.to_string(),
                found: tr.lang.clone(),
            },
        );
    }
    c.categories(tr, data);
    c.countries(tr, data);
    c.cases(tr, data);
    c.region(tr, data);
    c.changes(tr, data);
    c.errors
}

/// The shipped Russian translation, checked against `data` and applied to it.
pub fn load_embedded_ru(data: &RightsData) -> Result<RightsData, Vec<DataError>> {
    load_translation(RIGHTS_RU_FILE, RIGHTS_RU_JSON, data).map(|tr| localize(data, &tr))
}

struct Checker<'f> {
    file: &'f str,
    /// The language's script: Cyrillic, else Latin.
    cyrillic: bool,
    errors: Vec<DataError>,
}

impl Checker<'_> {
    fn push(&mut self, path: impl Into<String>, kind: K) {
        self.errors.push(DataError::new(self.file, path, kind));
    }

    fn missing(&mut self, path: String, what: String) {
        self.push(path, K::MissingTranslation { what });
    }

    /// Reports every key of `translated` that `known` lacks.
    fn unknown<V>(
        &mut self,
        parent: &str,
        translated: &BTreeMap<String, V>,
        known: impl Fn(&str) -> bool,
        noun: &str,
    ) {
        for id in translated.keys().filter(|id| !known(id)) {
            self.push(
                format!("{parent}.{id}"),
                K::UnknownTranslationId {
                    what: format!("{noun} \"{id}\""),
                },
            );
        }
    }

    /// Text exactly where the English has text (white space counts as none).
    fn text(&mut self, path: String, english: &str, translated: &str) {
        match (english.trim().is_empty(), translated.trim().is_empty()) {
            (false, true) => self.push(path, K::EmptyTranslation),
            (true, false) => self.push(path, K::UnexpectedTranslation),
            _ => {
                // In its script: a Cyrillic text with Cyrillic words (names
                // such as Human Rights Watch may stay Latin beside them), a
                // Latin one with no Cyrillic letter.
                let cyrillic = translated
                    .chars()
                    .any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
                let letters = translated.chars().any(char::is_alphabetic);
                if letters && cyrillic != self.cyrillic {
                    let expected = if self.cyrillic { "Cyrillic" } else { "Latin" };
                    self.push(path, K::WrongScript { expected });
                }
            }
        }
    }

    /// People or dates: same length, and each entry translated.
    fn list(&mut self, path: String, english: &[String], translated: &[String]) {
        if english.len() != translated.len() {
            self.push(
                path.clone(),
                K::CountMismatch {
                    english: english.len(),
                    translated: translated.len(),
                },
            );
        }
        for (j, (en, tr)) in english.iter().zip(translated).enumerate() {
            self.text(format!("{path}[{j}]"), en, tr);
        }
    }

    fn categories(&mut self, tr: &Translation, data: &RightsData) {
        for category in &data.categories {
            let p = format!("categories.{}", category.id);
            let Some(t) = tr.categories.get(&category.id) else {
                self.missing(p, format!("category \"{}\"", category.id));
                continue;
            };
            self.text(format!("{p}.name"), &category.name, &t.name);
            self.text(
                format!("{p}.description"),
                &category.description,
                &t.description,
            );
            for status in &category.statuses {
                let sp = format!("{p}.statuses.{}", status.id);
                match t.statuses.get(&status.id) {
                    None => self.missing(sp, format!("status \"{}\"", status.id)),
                    Some(label) => self.text(sp, &status.label, label),
                }
            }
            let known = |id: &str| category.statuses.iter().any(|s| s.id == id);
            self.unknown(&format!("{p}.statuses"), &t.statuses, known, "status");
        }
        let known = |id: &str| data.categories.iter().any(|c| c.id == id);
        self.unknown("categories", &tr.categories, known, "category");
    }

    fn countries(&mut self, tr: &Translation, data: &RightsData) {
        for country in &data.countries {
            let p = format!("countries.{}", country.code);
            let Some(t) = tr.countries.get(&country.code) else {
                self.missing(p, format!("country \"{}\"", country.code));
                continue;
            };
            self.text(format!("{p}.name"), &country.name, &t.name);
            self.text(format!("{p}.capital"), &country.capital, &t.capital);
            self.text(format!("{p}.summary"), &country.summary, &t.summary);
            let dp = format!("{p}.direction");
            match (&country.direction, &t.direction) {
                (Some(d), None) => self.missing(dp, format!("the direction \"{}\"", d.label)),
                (None, Some(_)) => self.push(dp, K::UnexpectedTranslation),
                (Some(d), Some(label)) => self.text(dp, &d.label, label),
                (None, None) => {}
            }
            for (id, finding) in &country.findings {
                let fp = format!("{p}.findings.{id}");
                match t.findings.get(id) {
                    None => self.missing(fp, format!("finding \"{id}\"")),
                    Some(summary) => self.text(fp, &finding.summary, summary),
                }
            }
            let known = |id: &str| country.findings.contains_key(id);
            self.unknown(&format!("{p}.findings"), &t.findings, known, "finding");
        }
        let known = |code: &str| data.countries.iter().any(|c| c.code == code);
        self.unknown("countries", &tr.countries, known, "country");
    }

    fn cases(&mut self, tr: &Translation, data: &RightsData) {
        for case in &data.cases {
            let p = format!("cases.{}", case.id);
            let Some(t) = tr.cases.get(&case.id) else {
                self.missing(p, format!("case \"{}\"", case.id));
                continue;
            };
            self.text(format!("{p}.title"), &case.title, &t.title);
            self.list(format!("{p}.people"), &case.people, &t.people);
            self.list(format!("{p}.dates"), &case.dates, &t.dates);
            self.text(format!("{p}.summary"), &case.summary, &t.summary);
            self.text(format!("{p}.outcome"), &case.outcome, &t.outcome);
        }
        let known = |id: &str| data.cases.iter().any(|c| c.id == id);
        self.unknown("cases", &tr.cases, known, "case");
    }

    fn region(&mut self, tr: &Translation, data: &RightsData) {
        for item in &data.region.items {
            let p = format!("region.{}", item.id);
            let Some(t) = tr.region.get(&item.id) else {
                self.missing(p, format!("region item \"{}\"", item.id));
                continue;
            };
            self.text(format!("{p}.title"), &item.title, &t.title);
            self.text(format!("{p}.summary"), &item.summary, &t.summary);
        }
        let known = |id: &str| data.region.items.iter().any(|r| r.id == id);
        self.unknown("region", &tr.region, known, "region item");
    }

    fn changes(&mut self, tr: &Translation, data: &RightsData) {
        for change in &data.changes {
            let p = format!("changes.{}", change.date);
            match tr.changes.get(&change.date) {
                None => self.missing(p, format!("the change of {}", change.date)),
                Some(summary) => self.text(p, &change.summary, summary),
            }
        }
        let known = |date: &str| data.changes.iter().any(|c| c.date == date);
        self.unknown("changes", &tr.changes, known, "change");
    }
}
