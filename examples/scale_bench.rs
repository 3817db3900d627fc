//! Scale benchmark, native: the core projects every country of a world map
//! and builds its SVG path. Prints medians; asserts nothing.
//!   cargo run --release --example scale_bench -- <world.geojson> [runs]
//! scripts/bench.sh writes the file from world-atlas (Natural Earth 1:50m).
use central_asia_rights_map::core::geo::world::time_scale;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(file) = args.next() else {
        eprintln!("usage: scale_bench <world.geojson> [runs]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(9);
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let start = Instant::now();
    let report = time_scale(&text, runs, || start.elapsed().as_secs_f64() * 1e3)
        .unwrap_or_else(|e| panic!("{file}: {e}"));
    println!("native  | {report}");
}
