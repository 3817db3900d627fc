//! The languages other than English, each a pack of its own (its interface
//! words and its data's translation, written by `build.rs`): the site
//! renderer writes them beside the pages and the app fetches the one being
//! read, so no visitor downloads a language they do not read. Natively every
//! pack is compiled in and read on first use.
use super::{
    read_messages, read_method, Lang, Messages, MethodText, PluralCategory, PACK_SIGNATURE,
    UI_TEXT_COUNT,
};
use crate::data::{bake, localize, RightsData, Translation};
use std::sync::OnceLock;

struct Pack {
    messages: &'static Messages,
    translation: Translation,
    data: OnceLock<&'static RightsData>,
}

static PACKS: [OnceLock<Pack>; Lang::COUNT] = [const { OnceLock::new() }; Lang::COUNT];

/// Reads a language's pack (the bytes the app fetched). Idempotent; an error
/// names what was wrong, and the language stays unavailable.
pub fn load(lang: Lang, bytes: &[u8]) -> Result<(), String> {
    if lang == Lang::En || PACKS[lang.index()].get().is_some() {
        return Ok(());
    }
    let (texts, translation) = bake::decode_pack(bytes)?;
    if translation.lang != lang.code() {
        return Err(format!(
            "language pack: it is {:?}, not {:?}",
            translation.lang,
            lang.code()
        ));
    }
    // Kept for the page's lifetime, as English's compiled-in words are.
    let texts: Vec<&'static str> = texts
        .into_iter()
        .map(|t| &*Box::leak(t.into_boxed_str()))
        .collect();
    let short = || format!("language pack {}: too few texts", lang.code());
    // Made for this release's list of words, or refused (a half-updated site).
    let Some((&signature, texts)) = texts.split_first() else {
        return Err(short());
    };
    if signature != PACK_SIGNATURE {
        return Err(format!(
            "language pack {}: made for another release",
            lang.code()
        ));
    }
    let (ui, rest) = texts.split_at_checked(UI_TEXT_COUNT).ok_or_else(short)?;
    let (plurals, method) = rest.split_last().ok_or_else(short)?;
    let method: &'static MethodText = Box::leak(Box::new(
        read_method(&mut method.iter().copied()).ok_or_else(short)?,
    ));
    let plurals: &'static [PluralCategory; 200] = Box::leak(Box::new(plural_table(plurals)?));
    let messages = read_messages(&mut ui.iter().copied(), method, plurals).ok_or_else(short)?;
    let _ = PACKS[lang.index()].set(Pack {
        messages: Box::leak(Box::new(messages)),
        translation,
        data: OnceLock::new(),
    });
    Ok(())
}

/// A language's pack, from the site's root: `lang/<code>.pack`.
pub fn pack_path(lang: Lang) -> String {
    format!("lang/{}.pack", lang.code())
}

/// Whether a language can be shown now: English, or a language whose pack has been read.
pub fn is_loaded(lang: Lang) -> bool {
    lang == Lang::En || pack(lang).is_some()
}

fn pack(lang: Lang) -> Option<&'static Pack> {
    #[cfg(any(not(target_arch = "wasm32"), feature = "embedded-packs"))]
    if PACKS[lang.index()].get().is_none() && lang != Lang::En {
        load(lang, super::native_pack(lang)).expect("the build checked every pack");
    }
    PACKS[lang.index()].get()
}

/// A language's pack as the build wrote it, for the site renderer to copy
/// beside the pages (empty for English, which has none).
#[cfg(any(not(target_arch = "wasm32"), feature = "embedded-packs"))]
pub fn native_pack(lang: Lang) -> &'static [u8] {
    super::native_pack(lang)
}

pub(super) fn messages(lang: Lang) -> Option<&'static Messages> {
    pack(lang).map(|p| p.messages)
}

/// The data in `lang`: `en` itself, or `en` with the language's translation
/// (made once, on first use). `en` when the pack has not been read.
pub fn data(lang: Lang, en: &'static RightsData) -> &'static RightsData {
    match pack(lang) {
        Some(p) => p
            .data
            .get_or_init(|| Box::leak(Box::new(localize(en, &p.translation)))),
        None => en,
    }
}

/// The plural table as the pack writes it: one letter per count 0..200
/// (`z`ero, `o`ne, `t`wo, `f`ew, `m`any, `o`ther as `x`… see build/locales.rs).
fn plural_table(letters: &str) -> Result<[PluralCategory; 200], String> {
    let mut table = [PluralCategory::Other; 200];
    let letters: Vec<char> = letters.chars().collect();
    if letters.len() != 200 {
        return Err("language pack: its plural table is not 200 counts".into());
    }
    for (slot, c) in table.iter_mut().zip(letters) {
        *slot = match c {
            'z' => PluralCategory::Zero,
            'o' => PluralCategory::One,
            't' => PluralCategory::Two,
            'f' => PluralCategory::Few,
            'm' => PluralCategory::Many,
            'x' => PluralCategory::Other,
            _ => return Err(format!("language pack: {c:?} is not a plural category")),
        };
    }
    Ok(table)
}
