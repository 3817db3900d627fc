//! Scale benchmark, in the browser: the same core code as
//! examples/scale_bench.rs, compiled to wasm and run in headless Chromium by
//! wasm-bindgen-test. Prints medians; asserts only that the work was done.
//! Run by scripts/bench.sh, which writes the world file first:
//!   cargo test --release --target wasm32-unknown-unknown --features scale-bench --test scale_browser -- --nocapture
#![cfg(all(target_arch = "wasm32", feature = "scale-bench"))]
use central_asia_rights_map::core::geo::world::time_scale;
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const WORLD: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/target/bench/world-50m.geojson"
));

#[wasm_bindgen_test]
fn world_at_1_50m() {
    let performance = web_sys::window()
        .and_then(|w| w.performance())
        .expect("performance.now()");
    let report = time_scale(WORLD, 9, || performance.now()).expect("the world file projects");
    assert!(
        report.world.paths.len() > 200,
        "{} paths",
        report.world.paths.len()
    );
    console_log!("browser | {report}");
}
