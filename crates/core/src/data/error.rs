//! Errors found while loading or checking the data file. Each one names the
//! file, the field path (as in `countries[2].findings.press.status`) and what
//! is wrong, so an editor who is not a programmer can find and fix it.
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The data file, as shown to the editor (`assets/data/rights.json`).
    pub file: String,
    /// Where in the file: `countries[2].findings.press.status`; `.` is the
    /// whole file (used for JSON syntax errors before any field is reached).
    pub path: String,
    pub kind: DataErrorKind,
}

/// What is wrong. The variants carry the offending values so messages can
/// quote them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataErrorKind {
    /// The JSON does not parse, or a value has the wrong type, or a field is
    /// missing or unknown. `message` is serde's, without its location suffix.
    Parse {
        message: String,
        line: usize,
        column: usize,
    },
    UnknownCountry {
        code: String,
    },
    UnknownCategory {
        id: String,
    },
    UnknownSource {
        id: String,
    },
    UnknownStatus {
        status: String,
        category: String,
    },
    /// The same id appears twice in one list (or one legend).
    DuplicateId {
        id: String,
    },
    /// A text field that must say something is empty or only white space.
    EmptyField,
    /// A country has no finding for this category.
    MissingFinding {
        category: String,
    },
    /// The excerpt is not found in the source text, even after normalising
    /// white space and typographic quotes.
    ExcerptNotInSource {
        source: String,
    },
    /// `check_excerpts` was not given the text of a source the data cites.
    SourceTextMissing {
        source: String,
    },
    /// A covered status without a source id, an excerpt or a summary.
    MissingEvidence {
        status: String,
    },
    /// A "not covered" finding that nevertheless has a summary, source or
    /// excerpt: the map would show it as unknown while the panel makes claims.
    UnexpectedEvidence {
        status: String,
    },
    /// A legend must have exactly one "not covered" status.
    NotCoveredCount {
        category: String,
        count: usize,
    },
    /// A legend with nothing but the "not covered" status.
    NoCoveredStatus {
        category: String,
    },
    /// A source date that is not a real `YYYY-MM-DD` date.
    BadDate {
        date: String,
    },
    /// The data's `version` is not the date of the newest change.
    VersionNotLatestChange {
        version: String,
        latest: String,
    },
    /// The change log is not newest first, or gives a date twice.
    ChangesOutOfOrder {
        date: String,
        before: String,
    },
    /// An id that is not lower-case kebab-case (`kz-marat-zhylanbaev`); ids
    /// end up in URLs, so they must be stable and plain.
    BadId {
        id: String,
    },
    /// A country code that is not two upper-case letters (ISO 3166-1 alpha-2).
    BadCountryCode {
        code: String,
    },
    /// A source URL that does not start with `https://` or `http://`.
    BadUrl {
        url: String,
    },
    /// Excerpts are short quotations, not whole paragraphs.
    ExcerptTooLong {
        chars: usize,
        max: usize,
    },
    /// A translation file (`rights.ru.json`) lacks an item the English data
    /// has. `what` names it: `finding "press"`, `the direction`.
    MissingTranslation {
        what: String,
    },
    /// A translation file has an id the English data does not have.
    UnknownTranslationId {
        what: String,
    },
    /// A translated list (people, dates) whose length differs from the
    /// English one; the two are matched by position.
    CountMismatch {
        english: usize,
        translated: usize,
    },
    /// A translated text that is empty while the English text is not.
    EmptyTranslation,
    /// A translated text (or direction) where the English has none: a "not
    /// covered" finding must stay empty in every language.
    UnexpectedTranslation,
    /// The translation file's `lang` is not the language it is loaded as.
    WrongLanguage {
        expected: String,
        found: String,
    },
    /// A translated text not in its language's script (`locales/languages.tsv`).
    WrongScript {
        expected: &'static str,
    },
}

impl DataError {
    pub fn new(file: &str, path: impl Into<String>, kind: DataErrorKind) -> Self {
        DataError {
            file: file.to_string(),
            path: path.into(),
            kind,
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.path, self.kind)
    }
}

impl fmt::Display for DataErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use DataErrorKind::*;
        match self {
            Parse {
                message,
                line,
                column,
            } => {
                write!(f, "{message} (line {line}, column {column})")
            }
            UnknownCountry { code } => write!(f, "country \"{code}\" is not in `countries`"),
            UnknownCategory { id } => write!(f, "category \"{id}\" is not in `categories`"),
            UnknownSource { id } => write!(f, "source \"{id}\" is not in `sources`"),
            UnknownStatus { status, category } => write!(
                f,
                "status \"{status}\" is not in the legend of category \"{category}\""
            ),
            DuplicateId { id } => write!(f, "id \"{id}\" is used more than once"),
            EmptyField => write!(f, "must not be empty"),
            MissingFinding { category } => {
                write!(
                    f,
                    "no finding for category \"{category}\" (every category needs one)"
                )
            }
            ExcerptNotInSource { source } => write!(
                f,
                "excerpt is not an exact quotation from source \"{source}\""
            ),
            SourceTextMissing { source } => {
                write!(
                    f,
                    "the text of source \"{source}\" was not provided for checking"
                )
            }
            MissingEvidence { status } => write!(
                f,
                "status \"{status}\" is covered, so it needs a summary, a source and an excerpt"
            ),
            UnexpectedEvidence { status } => write!(
                f,
                "status \"{status}\" means not covered, so summary must be empty and \
                 source and excerpt absent"
            ),
            NotCoveredCount { category, count } => write!(
                f,
                "the legend of category \"{category}\" has {count} \"not_covered\" statuses; \
                 it needs exactly one"
            ),
            NoCoveredStatus { category } => write!(
                f,
                "the legend of category \"{category}\" has no status other than \"not covered\""
            ),
            BadDate { date } => write!(f, "date \"{date}\" is not a valid YYYY-MM-DD date"),
            VersionNotLatestChange { version, latest } => write!(
                f,
                "version \"{version}\" must be the date of the newest change, \"{latest}\""
            ),
            ChangesOutOfOrder { date, before } => write!(
                f,
                "change of \"{date}\" comes after \"{before}\"; list changes newest first, one per date"
            ),
            BadId { id } => write!(
                f,
                "id \"{id}\" must be lower-case letters, digits and single hyphens"
            ),
            BadCountryCode { code } => write!(
                f,
                "country code \"{code}\" must be two upper-case letters (ISO 3166-1 alpha-2)"
            ),
            BadUrl { url } => write!(f, "url \"{url}\" must start with https:// or http://"),
            ExcerptTooLong { chars, max } => {
                write!(f, "excerpt is {chars} characters long; quote at most {max}")
            }
            MissingTranslation { what } => {
                write!(f, "no translation of {what}, which the English data has")
            }
            UnknownTranslationId { what } => write!(
                f,
                "{what} is not in the English data; a translation may only use its ids"
            ),
            CountMismatch {
                english,
                translated,
            } => write!(
                f,
                "has {translated} entries but the English has {english}; \
                 keep the same number, in the same order"
            ),
            EmptyTranslation => write!(f, "translation is empty, but the English text is not"),
            UnexpectedTranslation => write!(
                f,
                "the English has no text here, so the translation must be empty or left out"
            ),
            WrongLanguage { expected, found } => write!(
                f,
                "language is \"{found}\", but this file must be \"{expected}\""
            ),
            WrongScript { expected } => write!(f, "the text is not in {expected} script"),
        }
    }
}

impl std::error::Error for DataError {}
