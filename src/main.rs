//! Browser entry point: everything lives in the library.
fn main() {
    central_asia_rights_map::ui::mount();
}
