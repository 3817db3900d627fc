//! The data as the browser receives it: the checked English data and its
//! checked Russian translation, written by `build.rs` in postcard (compact,
//! no field names) at every build. The wasm then needs neither the JSON
//! parser nor the validator; a malformed data file fails the build instead
//! (and the tests, which still load the JSON).
use super::localize::localize;
use super::model::RightsData;
use super::translation::Translation;

/// The baked bytes of the data and its translation.
pub fn encode(data: &RightsData, ru: &Translation) -> Vec<u8> {
    postcard::to_allocvec(&(data, ru)).expect("the data model always serialises")
}

/// The baked bytes read back: the data in English, then in Russian.
pub fn decode(bytes: &[u8]) -> Result<[RightsData; 2], String> {
    let (en, ru): (RightsData, Translation) =
        postcard::from_bytes(bytes).map_err(|e| format!("baked data: {e}"))?;
    let localized = localize(&en, &ru);
    Ok([en, localized])
}
