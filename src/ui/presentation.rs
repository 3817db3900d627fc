//! Presentation mode (`?present=1&step=N`): the map full screen with large
//! type and a guided tour built from the data — region overview, then each
//! country with its key findings, then its cases. Arrow keys, Page Up/Down
//! (what clickers send), Space and on-screen buttons move; Esc leaves.
use super::dom::{focus_later, take_early_keys};
use super::map::{Legend, MapView};
use super::notice::Notices;
#[cfg(target_arch = "wasm32")]
use super::slides::fit_slide;
use super::slides::{CasesSlide, CountrySlide};
use super::state::{use_app_state, AppState};
use crate::core::messages::fill;
use crate::core::tour::{step_title, tour_steps, TourStep};
use crate::core::zoom::Zoom;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// Frames the step's country on the map, or the whole region.
fn frame_step(state: AppState, step: &TourStep) {
    let geo = state.geometry;
    state.zoom.set(
        match step
            .country()
            .and_then(|c| geo.countries.iter().find(|s| s.alpha2 == c))
        {
            Some(shape) => Zoom::framing(shape.bbox, 0.25, geo.width, geo.height),
            None => Zoom::reset(geo.width, geo.height),
        },
    );
}

/// Moves the tour to step `index`: the URL and the country shown.
pub fn go_to_step(state: AppState, index: usize) {
    let steps = tour_steps(state.data());
    let Some(step) = steps.get(index.min(steps.len().saturating_sub(1))) else {
        return;
    };
    let index = steps.iter().position(|s| s == step).unwrap_or(0);
    state.update_view(|v| {
        v.present = Some(index);
        v.country = step.country().map(str::to_string);
        v.case = None;
        v.table = false;
    });
}

/// Asks for full screen where the browser allows it; a refusal is fine.
pub fn enter_fullscreen() {
    let Some(root) = document().document_element() else {
        return;
    };
    let Ok(request) = js_sys::Reflect::get(&root, &"requestFullscreen".into()) else {
        return;
    };
    let Some(request) = request.dyn_ref::<js_sys::Function>() else {
        return;
    };
    if let Ok(promise) = request.call0(&root).map(js_sys::Promise::from) {
        let ignore = Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(|_| {});
        let _ = promise.catch(&ignore);
        ignore.forget();
    }
}

/// The Present button: the tour from its first step, full screen where
/// allowed; the view it leaves comes back when the presentation ends.
pub fn start_presentation(state: AppState) {
    state
        .before_present
        .set_value(Some(state.view.get_untracked()));
    enter_fullscreen();
    go_to_step(state, 0);
}

/// Leaves the presentation: back to the view the Present button left (a tour
/// opened from a link stays on its step's country). Full screen, the slide's
/// zoom and the focus, back on that button (on a phone, on More), end as the
/// presentation goes, however it goes (`Presentation`).
fn exit(state: AppState) {
    let before = state
        .before_present
        .try_update_value(Option::take)
        .flatten();
    state.update_view(|v| {
        v.present = None;
        if let Some(b) = before {
            (v.country, v.category, v.case, v.table) = (b.country, b.category, b.case, b.table);
        }
    });
}

#[component]
pub fn Presentation() -> impl IntoView {
    let state = use_app_state();
    let msgs = state.msgs();
    let steps = tour_steps(state.data());
    let total = steps.len();
    let index = Memo::new(move |_| {
        state
            .view
            .with(|v| v.present.unwrap_or(0))
            .min(total.saturating_sub(1))
    });
    let step = {
        let steps = steps.clone();
        Memo::new(move |_| steps[index.get()].clone())
    };
    // Whether the step came from a key, a button or the URL, the map follows it.
    Effect::new(move |_| frame_step(state, &step.get()));
    // A country chosen on the map (a click, or Enter on it) turns to its slide.
    let country_steps = steps.clone();
    Effect::new(move |_| {
        let chosen = state.country.get();
        // Not once the presentation has ended: Esc restores the view it
        // left, whose country would bring back its slide if this effect ran
        // before the presentation is gone (effects keep no set order).
        if state.view.with_untracked(|v| v.present.is_none()) {
            return;
        }
        let Some(code) = chosen.filter(|c| step.get_untracked().country() != Some(c.as_str()))
        else {
            return;
        };
        let at = country_steps
            .iter()
            .position(|s| matches!(s, TourStep::Country { code: c } if *c == code));
        if let Some(at) = at {
            go_to_step(state, at);
        }
    });
    let go = move |delta: isize| {
        go_to_step(
            state,
            (index.get_untracked() as isize + delta).clamp(0, total as isize - 1) as usize,
        )
    };
    // A clicker's "black screen" key (B or ., as in slide tools): the
    // teacher has the room's eyes; any key brings the slide back.
    let blank = RwSignal::new(false);
    // What a key does to the slides; whether it did anything. On a blank
    // screen any key but a held one's repeats brings the slide back, and
    // only that.
    let turn = move |key: &str, repeat: bool, on_control: bool, plain: bool| {
        if blank.get_untracked() {
            // Not the held key's repeats: the screen would flicker.
            if !repeat {
                blank.set(false);
            }
            return true;
        }
        match key {
            "ArrowRight" | "PageDown" => go(1),
            " " if !on_control => go(1),
            "ArrowLeft" | "PageUp" => go(-1),
            "Home" => go_to_step(state, 0),
            "End" => go_to_step(state, total - 1),
            "Escape" => exit(state),
            "b" | "B" | "." if plain => blank.set(true),
            _ => return false,
        }
        true
    };
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        let target = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let within = |selector: &str| {
            target
                .as_ref()
                .is_some_and(|el| el.closest(selector).ok().flatten().is_some())
        };
        let on_control = within("button, select, textarea, a");
        let key = ev.key();
        // Arrows, Space, Home and End on a focused country move between
        // countries (the map's own keys); a clicker's Page Up/Down still turn.
        // Not on the map's buttons: after a click on + the clicker's arrows
        // still turn the slides.
        let map_key = matches!(
            key.as_str(),
            "ArrowRight" | "ArrowLeft" | "ArrowUp" | "ArrowDown" | " " | "Home" | "End"
        );
        if map_key && within(".presentation-map .focus-country") && !blank.get_untracked() {
            return;
        }
        let plain = !(ev.ctrl_key() || ev.meta_key() || ev.alt_key());
        if turn(&key, ev.repeat(), on_control, plain) {
            ev.prevent_default();
        }
    });
    // A clicker's keys pressed while the app loaded for the presentation's
    // link: the slides turn as they would have (taken now, as the app
    // starts; carried out in the frame that shows the slides).
    // After Esc the presentation is gone: the keys after it were the map's.
    let early = take_early_keys();
    if !early.is_empty() {
        request_animation_frame(move || {
            for key in &early {
                if state.view.with_untracked(|v| v.present.is_none()) {
                    break;
                }
                turn(key, false, false, true);
            }
        });
    }
    // Ended by Back as by Esc: full screen and the slide's zoom end with it,
    // and the focus, lost with the slide, goes back to Present, or on a phone
    // to the More button that Present is behind: the map's page is built anew,
    // with More closed, so only one of the two is shown, and a control not
    // shown takes no focus.
    on_cleanup(move || {
        handle.remove();
        focus_later(".more-button");
        focus_later("[data-testid=\"present\"]");
        if document().fullscreen_element().is_some() {
            document().exit_fullscreen();
        }
        state
            .zoom
            .try_set(Zoom::reset(state.geometry.width, state.geometry.height));
    });
    // Each slide fits the screen: a clicker turns pages, it cannot scroll.
    #[cfg(target_arch = "wasm32")]
    {
        // Once a frame at most: a window being dragged fires many resizes.
        // Some(afresh) while a fit is due: afresh after a resize.
        let pending = StoredValue::new(None::<bool>);
        let fit_next_frame = move |afresh: bool| {
            let due = pending.get_value();
            pending.set_value(Some(afresh || due == Some(true)));
            if due.is_none() {
                request_animation_frame(move || {
                    let afresh = pending.try_update_value(Option::take).flatten();
                    fit_slide(afresh == Some(true));
                });
            }
        };
        Effect::new(move |_| {
            let _ = index.get();
            fit_next_frame(false);
        });
        let resized = window_event_listener(leptos::ev::resize, move |_| fit_next_frame(true));
        on_cleanup(move || resized.remove());
    }
    let progress = move || {
        fill(
            msgs.step_progress,
            &[
                ("n", &(index.get() + 1).to_string()),
                ("total", &total.to_string()),
            ],
        )
    };
    let title = move || {
        state
            .category
            .with(|c| step_title(state.data(), msgs, &step.get(), c))
    };
    // The slide's title takes the focus when the presentation opens, so a
    // screen reader starts there; each step is then announced in a few words.
    let title_ref = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(h) = title_ref.get() {
            let _ = h.focus();
        }
    });
    view! {
        <div class="presentation" data-testid="presentation" role="region" aria-label=msgs.presentation_label>
            // A link's notices (a step the tour does not have), over the
            // slide's top as over the map page's: the presentation covers that page.
            <Notices focus_after=".slide-title"/>
            // The click keeps the focus where it was (a press on a div would
            // drop it to the page's top).
            <div class="slide-blank" data-testid="blank-screen" hidden=move || !blank.get()
                on:mousedown=|ev| ev.prevent_default() on:click=move |_| blank.set(false)></div>
            <div class="presentation-map"><MapView/></div>
            <section class="slide" data-step=move || index.get() + 1>
                <p class="visually-hidden" role="status">{move || format!("{}: {}", progress(), title())}</p>
                <p class="slide-progress" aria-hidden="true">{progress}</p>
                <progress max=total value=move || index.get() + 1 aria-hidden="true"></progress>
                <h2 class="slide-title" tabindex="-1" node_ref=title_ref>{title}</h2>
                {move || match step.get() {
                    TourStep::Overview => view! { <Legend/> }.into_any(),
                    TourStep::Country { code } => view! { <CountrySlide code=code/> }.into_any(),
                    TourStep::Cases { code } => view! { <CasesSlide code=code/> }.into_any(),
                }}
                <div class="slide-buttons">
                    // aria-disabled, not disabled: a disabled button would drop the focus.
                    <button type="button" on:click=move |_| go(-1) aria-disabled=move || (index.get() == 0).to_string()><span aria-hidden="true">"← "</span>{msgs.previous}</button>
                    <button type="button" on:click=move |_| go(1) aria-disabled=move || (index.get() + 1 >= total).to_string()>{msgs.next}<span aria-hidden="true">" →"</span></button>
                    <button type="button" on:click=move |_| exit(state)>{msgs.exit_presentation}</button>
                </div>
                <p class="slide-hint">{msgs.present_hint}</p>
            </section>
        </div>
    }
}
