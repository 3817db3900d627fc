//! The data as the browser receives it: the checked English data and its
//! translations, written by `build.rs` in postcard (compact,
//! no field names) at every build. The wasm then needs neither the JSON
//! parser nor the validator; a malformed data file fails the build instead
//! (and the tests, which still load the JSON).
use super::model::RightsData;
use super::translation::Translation;

/// The baked bytes of the English data.
pub fn encode(data: &RightsData) -> Vec<u8> {
    postcard::to_allocvec(data).expect("the data model always serialises")
}

/// The baked bytes read back: the data in English.
pub fn decode(bytes: &[u8]) -> Result<RightsData, String> {
    postcard::from_bytes(bytes).map_err(|e| format!("baked data: {e}"))
}

/// A language pack: the interface's texts (in the order the generated
/// readers take them) and the data's translation.
pub fn encode_pack(texts: &[String], tr: &Translation) -> Vec<u8> {
    postcard::to_allocvec(&(texts, tr)).expect("the data model always serialises")
}

/// A language pack read back.
pub fn decode_pack(bytes: &[u8]) -> Result<(Vec<String>, Translation), String> {
    postcard::from_bytes(bytes).map_err(|e| format!("language pack: {e}"))
}
