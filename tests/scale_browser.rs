//! Scale benchmark, in the browser: the same core code as
//! examples/scale_bench.rs, compiled to wasm and run in headless Chromium by
//! wasm-bindgen-test. Prints medians; asserts only that the work was done.
//! Run by scripts/bench.sh, which writes the world file first:
//!   cargo test --release --target wasm32-unknown-unknown --features scale-bench --test scale_browser -- --nocapture
#![cfg(all(target_arch = "wasm32", feature = "scale-bench"))]
use central_asia_rights_map::core::geo::world::{parse_world, project_world};
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const WORLD: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/target/bench/world-50m.geojson"));
const RUNS: usize = 9;

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

#[wasm_bindgen_test]
fn world_at_1_50m() {
    let performance = web_sys::window().and_then(|w| w.performance()).expect("performance.now()");
    let (mut parse_ms, mut project_ms) = (Vec::new(), Vec::new());
    let mut last = None;
    for _ in 0..RUNS {
        let t0 = performance.now();
        let fc = parse_world(WORLD).expect("the world file parses");
        let t1 = performance.now();
        let world = project_world(&fc, 960.0, 500.0).expect("it projects");
        let t2 = performance.now();
        parse_ms.push(t1 - t0);
        project_ms.push(t2 - t1);
        last = Some(world);
    }
    let world = last.expect("at least one run");
    assert!(world.paths.len() > 200, "{} paths", world.paths.len());
    console_log!(
        "browser | {} features, {} paths, {:.0} KB of path | parse {:.1} ms | project + paths {:.1} ms | median of {RUNS}",
        world.features,
        world.paths.len(),
        world.path_bytes() as f64 / 1024.0,
        median(parse_ms),
        median(project_ms)
    );
}
