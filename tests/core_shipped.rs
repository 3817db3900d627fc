//! What the app loads (the data baked by build.rs) is exactly the checked
//! JSON the other tests load, in English and (through its pack) in Russian.
use central_asia_rights_map::core::data::bake::{decode, decode_pack, encode};
use central_asia_rights_map::core::data::*;
use central_asia_rights_map::core::messages::{packs, Lang};
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
    let baked_en = shipped_data().expect("the baked data decodes");
    assert_eq!(baked_en, en);
    let baked_en: &'static RightsData = Box::leak(Box::new(baked_en));
    assert_eq!(*packs::data(Lang::Ru, baked_en), ru);
}

#[test]
fn every_pack_holds_its_languages_checked_translation() {
    let en = load_embedded().unwrap();
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
        let file = format!("assets/data/rights.{}.json", lang.code());
        let json =
            std::fs::read_to_string(format!("{}/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let tsv = std::fs::read_to_string(format!(
            "{}/locales/languages.tsv",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        let cyrillic = tsv
            .lines()
            .any(|l| l.starts_with(&format!("{}\t", lang.code())) && l.ends_with("\tCyrl"));
        let tr = load_translation_in(&file, &json, &en, lang.code(), cyrillic)
            .unwrap_or_else(|e| panic!("{}", shown(&e)));
        let (texts, packed) = decode_pack(packs::native_pack(lang)).unwrap();
        assert_eq!(packed, tr, "{file}");
        assert!(
            texts.iter().all(|t| !t.is_empty()),
            "{}: an empty text",
            lang.code()
        );
    }
}

#[test]
fn a_broken_pack_is_an_error_and_the_language_stays_english() {
    let ru = packs::native_pack(Lang::Ru);
    for bytes in [&ru[..ru.len() / 2], &[][..], b"not a pack"] {
        // Ukrainian is not a language of the map: use one that is, not yet read.
        let err = packs::load(Lang::Ru, bytes);
        // Russian may have been read by another test already (load is then a no-op).
        if !packs::is_loaded(Lang::Ru) {
            assert!(err.unwrap_err().starts_with("language pack"));
        }
    }
}

#[test]
fn baking_is_deterministic_and_round_trips() {
    let en = load_embedded().unwrap();
    assert_eq!(
        encode(&en),
        RIGHTS_BAKED,
        "build.rs bakes what encode gives"
    );
    assert_eq!(decode(&encode(&en)).unwrap(), en);
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

#[test]
fn a_pack_made_for_another_release_is_refused_not_misread() {
    let (mut texts, tr) = decode_pack(packs::native_pack(Lang::Tk)).unwrap();
    // Another release's list of words: its signature differs.
    texts[0] = "0000000000000000".into();
    let other = central_asia_rights_map::core::data::bake::encode_pack(&texts, &tr);
    let err = packs::load(Lang::Tk, &other).unwrap_err();
    assert_eq!(err, "language pack tk: made for another release");
    // And one text fewer, with the right signature, is too short, not shifted.
    let (mut texts, tr) = decode_pack(packs::native_pack(Lang::Tk)).unwrap();
    texts.pop();
    texts.pop();
    let short = central_asia_rights_map::core::data::bake::encode_pack(&texts, &tr);
    assert!(packs::load(Lang::Tk, &short).is_err());
}
