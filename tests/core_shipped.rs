//! What the app loads (the data baked by build.rs) is exactly the checked
//! JSON the other tests load, in both languages.
use central_asia_rights_map::core::data::bake::{decode, encode};
use central_asia_rights_map::core::data::*;
use central_asia_rights_map::core::shipped::{shipped_data, RIGHTS_BAKED};

fn shown(errors: &[DataError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_baked_data_is_the_checked_json_in_both_languages() {
    let en = load_embedded().unwrap_or_else(|e| panic!("{}", shown(&e)));
    let ru = load_embedded_ru(&en).unwrap_or_else(|e| panic!("{}", shown(&e)));
    let [baked_en, baked_ru] = shipped_data().expect("the baked data decodes");
    assert_eq!(baked_en, en);
    assert_eq!(baked_ru, ru);
}

#[test]
fn baking_is_deterministic_and_round_trips() {
    let en = load_embedded().unwrap();
    let tr = load_translation(RIGHTS_RU_FILE, RIGHTS_RU_JSON, &en).unwrap();
    assert_eq!(
        encode(&en, &tr),
        RIGHTS_BAKED,
        "build.rs bakes what encode gives"
    );
    let [back_en, back_ru] = decode(&encode(&en, &tr)).unwrap();
    assert_eq!((back_en, back_ru), (en.clone(), localize(&en, &tr)));
}

#[test]
fn truncated_or_foreign_bytes_are_an_error_not_a_crash() {
    for bytes in [
        &RIGHTS_BAKED[..RIGHTS_BAKED.len() / 2],
        &[][..],
        b"{\"sources\": []}",
    ] {
        let err = decode(bytes).expect_err("not baked data");
        assert!(err.starts_with("baked data: "), "{err}");
    }
}
