//! Data model, loading and validation.
pub mod model;
pub use model::*;

pub mod bake;
pub mod error;
pub mod formats;
pub mod load;
pub mod localize;
pub mod query;
pub mod translation;
pub mod validate;

pub use error::{DataError, DataErrorKind};
pub use load::{
    check_excerpts, excerpt_in_text, load, load_embedded, normalise, ELISION, RIGHTS_FILE,
    RIGHTS_JSON,
};
pub use localize::localize;
pub use translation::{
    check_translation, check_translation_in, load_embedded_ru, load_translation,
    load_translation_in, CaseText, CategoryText, CountryText, RegionText, Translation,
    RIGHTS_RU_FILE, RIGHTS_RU_JSON, RU_LANG,
};
pub use validate::{validate, MAX_EXCERPT_CHARS};
