//! Loading the data file: parse, then validate, then (in tests and tools)
//! check every excerpt against the full source text. The app and the tests go
//! through the same `load`, so what the tests accept is what the map shows.
use super::error::{DataError, DataErrorKind};
use super::model::RightsData;
use super::validate::validate;

/// The data file as shipped, compiled into the binary (no fetch at start-up).
pub const RIGHTS_JSON: &str = include_str!("../../../../assets/data/rights.json");
/// How error messages name the shipped data file.
pub const RIGHTS_FILE: &str = "assets/data/rights.json";

/// Parses `json` and runs every structural check. `file` is only used to
/// name the file in error messages.
pub fn load(file: &str, json: &str) -> Result<RightsData, Vec<DataError>> {
    let data = parse(file, json).map_err(|e| vec![e])?;
    let errors = validate(file, &data);
    if errors.is_empty() {
        Ok(data)
    } else {
        Err(errors)
    }
}

/// The shipped data file, loaded and validated.
pub fn load_embedded() -> Result<RightsData, Vec<DataError>> {
    load(RIGHTS_FILE, RIGHTS_JSON)
}

/// Parses a data file with the failing field's path; shared by the data file
/// and its translations.
pub(crate) fn parse<T: serde::de::DeserializeOwned>(
    file: &str,
    json: &str,
) -> Result<T, DataError> {
    let mut de = serde_json::Deserializer::from_str(json);
    let data: T = serde_path_to_error::deserialize(&mut de).map_err(|err| {
        // serde_path_to_error writes `?` for a map key it never read (a syntax
        // error between fields); the enclosing object is the useful location.
        let path = err.path().to_string();
        let path = match path.trim_end_matches(".?") {
            "" | "?" => ".".to_string(),
            trimmed => trimmed.to_string(),
        };
        parse_error(file, path, err.into_inner())
    })?;
    // Trailing garbage after the closing brace is a syntax error too.
    de.end()
        .map_err(|err| parse_error(file, ".".to_string(), err))?;
    Ok(data)
}

fn parse_error(file: &str, path: String, err: serde_json::Error) -> DataError {
    let (line, column) = (err.line(), err.column());
    // serde_json appends " at line L column C"; we report those separately.
    let full = err.to_string();
    let suffix = format!(" at line {line} column {column}");
    let message = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
    DataError::new(
        file,
        path,
        DataErrorKind::Parse {
            message,
            line,
            column,
        },
    )
}

/// White space runs become one space (ends trimmed), and typographic quotes
/// become straight ones. Nothing else changes: spelling, case, dashes and
/// punctuation must match the source exactly.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            other => other,
        });
    }
    out
}

/// Marks text left out of a quotation: `"first part … later part"`. Each
/// part must occur in the source, in order, so a quotation can skip a clause
/// without ever joining words the source did not write together.
pub const ELISION: &str = " … ";

/// Whether `excerpt` occurs in `normalised_source` (already [`normalise`]d):
/// verbatim, or part by part in order when it contains [`ELISION`].
pub fn excerpt_in_text(normalised_source: &str, excerpt: &str) -> bool {
    let mut from = 0;
    for part in excerpt.split(ELISION) {
        let part = normalise(part);
        if part.is_empty() {
            return false;
        }
        match normalised_source[from..].find(&part) {
            Some(at) => from += at + part.len(),
            None => return false,
        }
    }
    true
}

/// Checks that every excerpt in `data` (findings, directions, cases, region
/// items) occurs in the text of its source. `sources` maps source id to the
/// full text. Returns one error per excerpt that is not found.
pub fn check_excerpts(file: &str, data: &RightsData, sources: &[(&str, &str)]) -> Vec<DataError> {
    let texts: Vec<(&str, String)> = sources.iter().map(|(id, t)| (*id, normalise(t))).collect();
    let mut errors = Vec::new();
    let mut check = |path: String, source: &str, excerpt: &str| {
        let kind = match texts.iter().find(|(id, _)| *id == source) {
            None => DataErrorKind::SourceTextMissing {
                source: source.to_string(),
            },
            Some((_, text)) if excerpt_in_text(text, excerpt) => return,
            Some(_) => DataErrorKind::ExcerptNotInSource {
                source: source.to_string(),
            },
        };
        errors.push(DataError::new(file, path, kind));
    };
    for (i, c) in data.countries.iter().enumerate() {
        if let Some(d) = &c.direction {
            check(
                format!("countries[{i}].direction.excerpt"),
                &d.source,
                &d.excerpt,
            );
        }
        for (id, f) in &c.findings {
            if let (Some(source), Some(excerpt)) = (&f.source, &f.excerpt) {
                check(
                    format!("countries[{i}].findings.{id}.excerpt"),
                    source,
                    excerpt,
                );
            }
        }
    }
    for (i, c) in data.cases.iter().enumerate() {
        check(format!("cases[{i}].excerpt"), &c.source, &c.excerpt);
    }
    for (i, r) in data.region.items.iter().enumerate() {
        check(format!("region.items[{i}].excerpt"), &r.source, &r.excerpt);
    }
    errors
}
