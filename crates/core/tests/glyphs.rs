//! Every letter of every language has a glyph in the fonts the map ships
//! (DejaVu Sans, regular and bold: `assets/fonts/`), which draw the share
//! images and the exported maps: no fallback box for ә, ғ, қ, ң, ө, ұ, ү, һ,
//! і, ӣ, ӯ, ҳ, ҷ, ў, ç, ä, ň, ş, ý, ž or the ʻ of oʻ and gʻ. The width
//! estimate that lays labels out is never narrower than those glyphs either.
use rights_map_core::data::load_embedded;
use rights_map_core::geo::metrics::text_width;
use rights_map_core::messages::{packs, Lang};
use std::collections::BTreeSet;

fn font(file: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/../../assets/fonts/{file}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// Every character of a language's interface and data texts.
fn characters(lang: Lang) -> BTreeSet<char> {
    let en: &'static _ = Box::leak(Box::new(load_embedded().unwrap()));
    // The Debug forms hold every text (and only ASCII besides).
    let texts = format!("{:?}{:?}", lang.messages(), packs::data(lang, en));
    texts.chars().filter(|c| !c.is_control()).collect()
}

#[test]
fn the_shipped_fonts_have_every_letter_of_every_language() {
    for (file, bold) in [("DejaVuSans.ttf", false), ("DejaVuSans-Bold.ttf", true)] {
        let data = font(file);
        let face = ttf_parser::Face::parse(&data, 0).unwrap();
        let em = f64::from(face.units_per_em());
        for lang in Lang::ALL {
            let chars = characters(lang);
            let missing: Vec<char> = chars
                .iter()
                .copied()
                .filter(|&c| face.glyph_index(c).is_none())
                .collect();
            assert!(
                missing.is_empty(),
                "{file} lacks {missing:?} ({})",
                lang.code()
            );
            for c in chars {
                let glyph = face.glyph_index(c).unwrap();
                let real = f64::from(face.glyph_hor_advance(glyph).unwrap_or(0)) / em;
                let estimate = text_width(&c.to_string(), 1.0, bold, 0.0);
                assert!(
                    estimate + 1e-9 >= real,
                    "{c:?} ({}): {estimate} < {real}",
                    lang.code()
                );
            }
        }
    }
}

#[test]
fn each_language_uses_its_own_letters() {
    // A sample of each alphabet's own letters, so that the check above is not
    // passed by a translation that fell back to Russian or plain Latin.
    for (code, letters) in [
        ("kk", "әғқңөұүі"), // һ is rare (loanwords): the texts have none
        ("ky", "ңөү"),
        ("tg", "ғӣқӯҳҷ"),
        ("tk", "çäňöşüýž"),
        ("uz", "ʻ"),
    ] {
        let lang = Lang::from_code(code).unwrap();
        let chars = characters(lang);
        for c in letters.chars() {
            assert!(chars.contains(&c), "{code} never uses {c:?}");
        }
    }
}
