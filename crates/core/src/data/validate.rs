//! Structural checks on a parsed data file: ids, cross references, legends,
//! evidence. Every problem is collected (not just the first) so an editor can
//! fix a whole batch in one pass.
use super::error::{DataError, DataErrorKind as K};
use super::formats::{is_country_code, is_kebab};
use super::model::*;
use std::collections::HashSet;

mod change_log;

/// Longest excerpt accepted, in characters: excerpts are short quotations
/// (a regional director's two sentences, elided, just fit).
pub const MAX_EXCERPT_CHARS: usize = 400;

/// All structural problems in `data`; empty when it is valid.
pub fn validate(file: &str, data: &RightsData) -> Vec<DataError> {
    let mut v = Validator {
        file,
        errors: Vec::new(),
    };
    v.sources(&data.sources);
    v.categories(&data.categories);
    let ctx = Known::new(data);
    for (i, country) in data.countries.iter().enumerate() {
        v.country(&ctx, &format!("countries[{i}]"), country);
    }
    v.unique(
        data.countries.iter().map(|c| c.code.as_str()),
        "countries",
        "code",
    );
    for (i, case) in data.cases.iter().enumerate() {
        v.case(&ctx, &format!("cases[{i}]"), case);
    }
    v.unique(data.cases.iter().map(|c| c.id.as_str()), "cases", "id");
    for (i, item) in data.region.items.iter().enumerate() {
        let p = format!("region.items[{i}]");
        v.id(&p, &item.id);
        v.text(&format!("{p}.title"), &item.title);
        v.text(&format!("{p}.summary"), &item.summary);
        v.quote(&ctx, &p, &item.source, &item.excerpt);
    }
    v.unique(
        data.region.items.iter().map(|r| r.id.as_str()),
        "region.items",
        "id",
    );
    v.changes(&data.version, &data.changes);
    v.errors
}

/// The ids other parts of the file may refer to.
struct Known<'a> {
    sources: HashSet<&'a str>,
    countries: HashSet<&'a str>,
    categories: &'a [Category],
}

impl<'a> Known<'a> {
    fn new(data: &'a RightsData) -> Self {
        Known {
            sources: data.sources.iter().map(|s| s.id.as_str()).collect(),
            countries: data.countries.iter().map(|c| c.code.as_str()).collect(),
            categories: &data.categories,
        }
    }
    fn category(&self, id: &str) -> Option<&'a Category> {
        self.categories.iter().find(|c| c.id == id)
    }
}

struct Validator<'f> {
    file: &'f str,
    errors: Vec<DataError>,
}

impl Validator<'_> {
    fn push(&mut self, path: impl Into<String>, kind: K) {
        self.errors.push(DataError::new(self.file, path, kind));
    }

    fn text(&mut self, path: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(path, K::EmptyField);
        }
    }

    fn id(&mut self, parent: &str, id: &str) {
        let path = format!("{parent}.id");
        if id.trim().is_empty() {
            self.push(path, K::EmptyField);
        } else if !is_kebab(id) {
            self.push(path, K::BadId { id: id.to_string() });
        }
    }

    /// Reports each id after its first use, at the later entry's path.
    fn unique<'a>(&mut self, ids: impl Iterator<Item = &'a str>, list: &str, field: &str) {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            if !id.is_empty() && !seen.insert(id) {
                self.push(
                    format!("{list}[{i}].{field}"),
                    K::DuplicateId { id: id.to_string() },
                );
            }
        }
    }

    fn source_ref(&mut self, ctx: &Known, path: String, id: &str) {
        if id.trim().is_empty() {
            self.push(path, K::EmptyField);
        } else if !ctx.sources.contains(id) {
            self.push(path, K::UnknownSource { id: id.to_string() });
        }
    }

    /// A source id and excerpt pair, as on cases, directions and region items.
    fn quote(&mut self, ctx: &Known, parent: &str, source: &str, excerpt: &str) {
        self.source_ref(ctx, format!("{parent}.source"), source);
        self.excerpt(&format!("{parent}.excerpt"), excerpt);
    }

    fn excerpt(&mut self, path: &str, excerpt: &str) {
        let chars = excerpt.chars().count();
        if excerpt.trim().is_empty() {
            self.push(path, K::EmptyField);
        } else if chars > MAX_EXCERPT_CHARS {
            self.push(
                path,
                K::ExcerptTooLong {
                    chars,
                    max: MAX_EXCERPT_CHARS,
                },
            );
        }
    }

    fn sources(&mut self, sources: &[Source]) {
        for (i, s) in sources.iter().enumerate() {
            let p = format!("sources[{i}]");
            self.id(&p, &s.id);
            self.text(&format!("{p}.title"), &s.title);
            self.text(&format!("{p}.publisher"), &s.publisher);
            self.date(&format!("{p}.date"), &s.date);
            if !(s.url.starts_with("https://") || s.url.starts_with("http://")) {
                self.push(format!("{p}.url"), K::BadUrl { url: s.url.clone() });
            }
        }
        self.unique(sources.iter().map(|s| s.id.as_str()), "sources", "id");
    }

    fn categories(&mut self, categories: &[Category]) {
        for (i, c) in categories.iter().enumerate() {
            let p = format!("categories[{i}]");
            self.id(&p, &c.id);
            self.text(&format!("{p}.name"), &c.name);
            self.text(&format!("{p}.description"), &c.description);
            for (j, s) in c.statuses.iter().enumerate() {
                let sp = format!("{p}.statuses[{j}]");
                self.id(&sp, &s.id);
                self.text(&format!("{sp}.label"), &s.label);
            }
            self.unique(
                c.statuses.iter().map(|s| s.id.as_str()),
                &format!("{p}.statuses"),
                "id",
            );
            let count = c.statuses.iter().filter(|s| s.not_covered).count();
            if count != 1 {
                self.push(
                    format!("{p}.statuses"),
                    K::NotCoveredCount {
                        category: c.id.clone(),
                        count,
                    },
                );
            }
            if c.statuses.len() == count {
                self.push(
                    format!("{p}.statuses"),
                    K::NoCoveredStatus {
                        category: c.id.clone(),
                    },
                );
            }
        }
        self.unique(categories.iter().map(|c| c.id.as_str()), "categories", "id");
    }

    fn country(&mut self, ctx: &Known, p: &str, c: &Country) {
        if !is_country_code(&c.code) {
            self.push(
                format!("{p}.code"),
                K::BadCountryCode {
                    code: c.code.clone(),
                },
            );
        }
        self.text(&format!("{p}.name"), &c.name);
        self.text(&format!("{p}.capital"), &c.capital);
        self.text(&format!("{p}.summary"), &c.summary);
        if let Some(d) = &c.direction {
            self.text(&format!("{p}.direction.label"), &d.label);
            self.quote(ctx, &format!("{p}.direction"), &d.source, &d.excerpt);
        }
        for category in ctx.categories {
            if !c.findings.contains_key(&category.id) {
                self.push(
                    format!("{p}.findings"),
                    K::MissingFinding {
                        category: category.id.clone(),
                    },
                );
            }
        }
        for (id, finding) in &c.findings {
            let fp = format!("{p}.findings.{id}");
            match ctx.category(id) {
                None => self.push(fp, K::UnknownCategory { id: id.clone() }),
                Some(category) => self.finding(ctx, &fp, category, finding),
            }
        }
    }

    fn finding(&mut self, ctx: &Known, fp: &str, category: &Category, f: &Finding) {
        let Some(status) = category.statuses.iter().find(|s| s.id == f.status) else {
            let kind = K::UnknownStatus {
                status: f.status.clone(),
                category: category.id.clone(),
            };
            self.push(format!("{fp}.status"), kind);
            return;
        };
        let status_id = status.id.clone();
        if status.not_covered {
            if !f.summary.trim().is_empty() || f.source.is_some() || f.excerpt.is_some() {
                self.push(fp, K::UnexpectedEvidence { status: status_id });
            }
            return;
        }
        match (&f.source, &f.excerpt) {
            (Some(source), Some(excerpt)) if !f.summary.trim().is_empty() => {
                self.quote(ctx, fp, source, excerpt);
            }
            _ => self.push(fp, K::MissingEvidence { status: status_id }),
        }
    }

    fn case(&mut self, ctx: &Known, p: &str, c: &Case) {
        self.id(p, &c.id);
        if !ctx.countries.contains(c.country.as_str()) {
            self.push(
                format!("{p}.country"),
                K::UnknownCountry {
                    code: c.country.clone(),
                },
            );
        }
        if c.categories.is_empty() {
            self.push(format!("{p}.categories"), K::EmptyField);
        }
        for (j, id) in c.categories.iter().enumerate() {
            if ctx.category(id).is_none() {
                self.push(
                    format!("{p}.categories[{j}]"),
                    K::UnknownCategory { id: id.clone() },
                );
            }
        }
        for (j, person) in c.people.iter().enumerate() {
            self.text(&format!("{p}.people[{j}]"), person);
        }
        for (j, date) in c.dates.iter().enumerate() {
            self.text(&format!("{p}.dates[{j}]"), date);
        }
        self.text(&format!("{p}.title"), &c.title);
        self.text(&format!("{p}.summary"), &c.summary);
        self.text(&format!("{p}.outcome"), &c.outcome);
        self.quote(ctx, p, &c.source, &c.excerpt);
    }
}
