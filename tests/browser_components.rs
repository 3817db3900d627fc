//! Component tests in a real browser through wasm-bindgen-test. `scripts/test.sh`
//! runs them in Firefox (geckodriver): Playwright's end-to-end suite needs a
//! Firefox build of Playwright's own, which cannot be downloaded here, so this
//! is how the map is checked in a second engine. Each test mounts the whole
//! app, acts as a visitor would (events, not function calls), and unmounts.
#![cfg(target_arch = "wasm32")]

use central_asia_rights_map::core::geo::baked::{decode, CENTRAL_ASIA_BAKED};
use central_asia_rights_map::ui::{provide_geometry, App};
use leptos::mount::mount_to;
use leptos::task::tick;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the app as if opened with `query`, in a fresh container.
async fn open(query: &str) -> (impl Sized, HtmlElement) {
    let window = web_sys::window().unwrap();
    window
        .history()
        .unwrap()
        // From the harness's root: the app moves the address to a view's page
        // (`/country/kz/`), and each test starts from the map's.
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("/?{query}")))
        .unwrap();
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    // No prerendered map to read the paths from here: give the baked map.
    provide_geometry(decode(CENTRAL_ASIA_BAKED).expect("the baked map decodes"));
    let handle = mount_to(container.clone(), App);
    tick().await;
    (handle, container)
}

/// Waits `ms` milliseconds of the browser's clock.
async fn wait(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn find(container: &HtmlElement, selector: &str) -> Element {
    container
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn click(el: &Element) {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_button(0);
    let event = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    el.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn draws_the_five_countries_with_a_size_and_a_name() {
    let (_app, c) = open("").await;
    let shapes = c.query_selector_all("path[data-country]").unwrap();
    assert_eq!(shapes.length(), 5);
    for code in ["KZ", "KG", "TJ", "TM", "UZ"] {
        let shape = find(&c, &format!("path[data-country=\"{code}\"]"));
        let rect = shape.get_bounding_client_rect();
        assert!(
            rect.width() > 5.0 && rect.height() > 5.0,
            "{code}: {}×{}",
            rect.width(),
            rect.height()
        );
        assert!(
            shape.get_attribute("aria-label").unwrap().contains(", "),
            "{code} has an accessible name"
        );
    }
    assert!(c.query_selector_all("path[data-context]").unwrap().length() >= 10);
}

#[wasm_bindgen_test]
async fn a_click_on_a_country_opens_its_panel() {
    let (_app, c) = open("").await;
    click(&find(&c, "path[data-country=\"TJ\"]"));
    tick().await;
    let panel = find(&c, "[data-testid=\"country-panel\"]");
    assert_eq!(
        panel.get_attribute("data-panel-country").as_deref(),
        Some("TJ")
    );
    assert_eq!(
        find(&c, "[data-testid=\"country-panel\"] h2")
            .text_content()
            .as_deref(),
        Some("Tajikistan")
    );
}

#[wasm_bindgen_test]
async fn switching_the_issue_recolours_the_map() {
    let (_app, c) = open("").await;
    let kz = find(&c, "path[data-country=\"KZ\"]");
    let before = kz.get_attribute("fill");
    let select: web_sys::HtmlSelectElement = find(&c, "#category-select").unchecked_into();
    select.set_value("lgbt");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    tick().await;
    assert_eq!(
        kz.get_attribute("data-status").as_deref(),
        Some("0"),
        "Kazakhstan: not covered for LGBT rights"
    );
    assert_ne!(kz.get_attribute("fill"), before);
    assert_ne!(
        find(&c, "path[data-country=\"TM\"]")
            .get_attribute("data-status")
            .as_deref(),
        Some("0")
    );
    assert_eq!(
        find(&c, "#legend-heading").text_content().as_deref(),
        Some("LGBT rights")
    );
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_countries_and_enter_opens() {
    let (_app, c) = open("").await;
    let kz: web_sys::SvgElement = find(&c, "path[data-country=\"KZ\"]").unchecked_into();
    kz.focus().unwrap();
    let key = |el: &Element, key: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_bubbles(true);
        init.set_key(key);
        el.dispatch_event(
            &web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap(),
        )
        .unwrap();
    };
    key(&kz, "ArrowRight");
    tick().await;
    let active = document().active_element().unwrap();
    assert_eq!(active.get_attribute("data-country").as_deref(), Some("KG"));
    key(&active, "Enter");
    tick().await;
    assert_eq!(
        find(&c, "[data-testid=\"country-panel\"]")
            .get_attribute("data-panel-country")
            .as_deref(),
        Some("KG")
    );
}

#[wasm_bindgen_test]
async fn a_russian_link_shows_the_map_in_russian() {
    let (_app, c) = open("lang=ru&country=UZ").await;
    assert_eq!(
        find(&c, "h1").text_content().as_deref(),
        Some("Карта прав человека в Центральной Азии")
    );
    assert_eq!(
        find(&c, "[data-testid=\"country-panel\"] h2")
            .text_content()
            .as_deref(),
        Some("Узбекистан")
    );
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("ru")
    );
}

#[wasm_bindgen_test]
async fn an_unknown_country_in_a_link_gives_a_notice_not_a_blank_map() {
    let (_app, c) = open("country=XX").await;
    let notices = || {
        find(&c, "[data-testid=\"notices\"]")
            .text_content()
            .unwrap()
    };
    // The live region comes in empty, so that its notice is announced.
    assert_eq!(notices(), "");
    wait(400).await;
    assert!(notices().contains("“XX”"));
    assert_eq!(
        c.query_selector_all("path[data-country]").unwrap().length(),
        5
    );
}
