//! A panic must never leave a dead page: the hook logs it to the console and
//! replaces the page with a short message, in the page's language, and a
//! link that reloads the same view. Built with plain DOM calls, since the
//! view layer may be what failed.
use crate::core::messages::Lang;
use wasm_bindgen::prelude::wasm_bindgen;

pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_page();
    }));
}

fn show_crash_page() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    let lang = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or(Lang::En);
    let msgs = lang.messages();
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_else(|| "./".into());
    let element = |tag: &str, text: &str| {
        let el = document.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        Some(el)
    };
    let (Some(main), Some(heading), Some(text), Some(link)) = (
        document.create_element("main").ok(),
        element("h1", msgs.crash_heading),
        element("p", msgs.crash_text),
        element("a", msgs.crash_reload),
    ) else {
        return;
    };
    let _ = main.set_attribute("class", "crash");
    let _ = main.set_attribute("role", "alert");
    let _ = main.set_attribute("data-testid", "crash");
    let _ = link.set_attribute("href", &href);
    let _ = main.append_child(&heading);
    let _ = main.append_child(&text);
    let _ = main.append_child(&link);
    body.set_text_content(None);
    let _ = body.append_child(&main);
}

/// Panics on purpose, so the end-to-end suite can check the crash page. A
/// visitor who calls it from the console only sees that page.
#[wasm_bindgen]
pub fn crash_for_tests() {
    panic!("crash requested by the end-to-end test");
}
