//! Checks the data files and bakes them for the browser (`core::data::bake`):
//! the same loading and validation the tests use, compiled into this script,
//! so a malformed data file fails the build, naming the file, the field and
//! what is wrong. Also writes the baked map without its paths, which the
//! browser takes from the prerendered page instead (`core::geo::baked`).
use std::path::Path;

#[path = "build/locales.rs"]
mod locales;

#[allow(dead_code, unused_imports)]
#[path = "src/data/mod.rs"]
mod data;

const EN: &str = "assets/data/rights.json";
const MAP: &str = "assets/geo/central-asia.map.tsv";

fn main() {
    // The files are named from the repository's root, where they are edited.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for file in [EN, MAP] {
        println!("cargo::rerun-if-changed={}", root.join(file).display());
    }
    // The calls to action's allow-list is read with option_env! (embed::CTA_HOSTS):
    // a build with another list must recompile the core.
    println!("cargo::rerun-if-env-changed=RIGHTS_MAP_CTA_HOSTS");
    let read = |file: &str| {
        std::fs::read_to_string(root.join(file))
            .unwrap_or_else(|e| fail(&format!("{file}: cannot be read: {e}")))
    };
    let report = |errors: Vec<data::DataError>| -> ! {
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        fail(&lines.join("\n"))
    };
    // The interface's words (locales/): checked, then written as Rust;
    // English as statics, every other language as a pack of its own.
    println!("cargo::rerun-if-changed={}", root.join("locales").display());
    let languages = locales::languages(&root).unwrap_or_else(|e| fail(&e.join("\n")));
    let langs: Vec<(&str, bool)> = languages
        .iter()
        .map(|l| (l.code.as_str(), l.cyrillic))
        .collect();
    let generated =
        locales::generate(&root, &langs).unwrap_or_else(|errors| fail(&errors.join("\n")));
    let mut code = generated.code;
    locales::write_lang_enum(&mut code, &languages).expect("writing to a String");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let en = data::load(EN, &read(EN)).unwrap_or_else(|e| report(e));
    write(
        &Path::new(&out).join("rights.postcard"),
        &data::bake::encode(&en),
    );
    // Each other language's pack: its words and its data's translation, which
    // the site renderer writes beside the pages and the app fetches when that
    // language is read (no visitor downloads a language they do not read).
    for (lang, texts) in &generated.packs {
        let file = format!("assets/data/rights.{lang}.json");
        println!("cargo::rerun-if-changed={}", root.join(&file).display());
        let cyrillic = languages.iter().any(|l| l.code == *lang && l.cyrillic);
        let tr = data::load_translation_in(&file, &read(&file), &en, lang, cyrillic)
            .unwrap_or_else(|e| report(e));
        write(
            &Path::new(&out).join(format!("lang-{lang}.pack")),
            &data::bake::encode_pack(texts, &tr),
        );
    }
    // Natively (the site renderer, the tests) every pack is compiled in; in
    // the browser only for the component tests (feature embedded-packs).
    code.push_str("#[cfg(any(not(target_arch = \"wasm32\"), feature = \"embedded-packs\"))]\npub(crate) fn native_pack(lang: Lang) -> &'static [u8] {\n    match lang.code() {\n");
    for (lang, _) in &generated.packs {
        code.push_str(&format!(
            "        {lang:?} => include_bytes!(concat!(env!(\"OUT_DIR\"), \"/lang-{lang}.pack\")),\n"
        ));
    }
    code.push_str("        _ => &[],\n    }\n}\n");
    write(&Path::new(&out).join("messages.rs"), code.as_bytes());
    write(
        &Path::new(&out).join("central-asia.labels.tsv"),
        without_paths(&read(MAP)).as_bytes(),
    );
}

/// The baked map with each country's path (its last field) emptied.
fn without_paths(map: &str) -> String {
    let mut out = String::with_capacity(map.len() / 8);
    for line in map.lines() {
        // A country's path is its last field: emptied, the field count stays.
        match line
            .rsplit_once('\t')
            .filter(|_| line.starts_with("country\t"))
        {
            Some((before_path, _)) => {
                out.push_str(before_path);
                out.push_str("\t\n");
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes)
        .unwrap_or_else(|e| fail(&format!("{}: cannot be written: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("{message}");
    std::process::exit(1)
}
