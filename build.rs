//! Checks the data files and bakes them for the browser (`core::data::bake`):
//! the same loading and validation the tests use, compiled into this script,
//! so a malformed data file fails the build, naming the file, the field and
//! what is wrong.
use std::path::Path;

#[allow(dead_code, unused_imports)]
#[path = "src/core/data/mod.rs"]
mod data;

const EN: &str = "assets/data/rights.json";
const RU: &str = "assets/data/rights.ru.json";

fn main() {
    println!("cargo::rerun-if-changed={EN}");
    println!("cargo::rerun-if-changed={RU}");
    let read = |file: &str| {
        std::fs::read_to_string(file).unwrap_or_else(|e| fail(&format!("{file}: cannot be read: {e}")))
    };
    let report = |errors: Vec<data::DataError>| -> ! {
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        fail(&lines.join("\n"))
    };
    let en = data::load(EN, &read(EN)).unwrap_or_else(|e| report(e));
    let ru = data::load_translation(RU, &read(RU), &en).unwrap_or_else(|e| report(e));
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("rights.postcard");
    std::fs::write(&out, data::bake::encode(&en, &ru))
        .unwrap_or_else(|e| fail(&format!("{}: cannot be written: {e}", out.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("{message}");
    std::process::exit(1)
}
