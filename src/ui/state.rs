//! The app's state: the loaded data and geometry (read-only, computed once)
//! and a few signals, in a `Copy` struct given to every component as context.
use super::dossier::PrintScope;
use crate::core::data::RightsData;
use crate::core::geo::MapGeometry;
use crate::core::messages::{packs, Lang, Messages};
use crate::core::url_state::{Notice, ViewState};
use crate::core::zoom::Zoom;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct AppState {
    /// Loaded once at start and kept for the page's lifetime, in English;
    /// another language's copy (translated texts, the same ids and excerpts)
    /// is made from its pack once it has come (`core::messages::packs`).
    data_en: &'static RightsData,
    pub geometry: &'static MapGeometry,
    /// The whole view as the URL describes it; changes go through
    /// `update_view` or `set_view` (a panel they hide goes back to its top,
    /// which a plain `set` of this signal would skip).
    pub view: RwSignal<ViewState>,
    pub notices: RwSignal<Vec<Notice>>,
    /// The country under the pointer, or focused by keyboard.
    pub hovered: RwSignal<Option<String>>,
    pub zoom: RwSignal<Zoom>,
    /// What a print shows: a country's dossier, all of them, or none (the page).
    pub print: RwSignal<Option<PrintScope>>,
    // Narrow memos, so a category switch only touches what shows the category.
    pub category: Memo<String>,
    pub country: Memo<Option<String>>,
    /// The open country, marked in the list and on its shape
    /// (`aria-current`) a frame after its panel shows: the sheet covers the
    /// list on a phone, the panel replaces it on a wide screen, and a screen
    /// reader hears the panel's heading, so the frame that answers a click
    /// restyles only the panel and the outline (a list entry's mark cost a
    /// slow phone's click 1.4-2.2 ms, the shapes' 0.8-1.2 ms). A close
    /// clears the marks at once: the focus goes back to the shape or the
    /// list entry, which must not still be called current. Set only here.
    pub marked_country: RwSignal<Option<String>>,
    pub case: Memo<Option<String>>,
    pub table: Memo<bool>,
    pub lang: Memo<Lang>,
    /// The view the Present button left, restored when the presentation ends.
    pub before_present: StoredValue<Option<ViewState>>,
    /// Whether the open panel was opened from the country list rather than
    /// the map: closing it puts the focus back there.
    pub opened_from_list: StoredValue<bool>,
    /// A hover waiting for the pointer to rest on its country
    /// (`ui::map::country_shape`): one at a time, kept here so that Esc,
    /// which dismisses the tooltip, forgets it too.
    pub pending_hover: StoredValue<Option<TimeoutHandle>>,
    /// Whether the look-up of what the mouse's last moves point at, waiting
    /// for its task (`ui::map::map_view`), may start a hover: Esc and a click
    /// forget it as they forget a hover waiting for a rest, and the look-up
    /// then only notes the country, as the pointer's entry into it did
    /// before: a move within it brings no hover back.
    pub lookup_hovers: StoredValue<bool>,
}

impl AppState {
    pub fn new(
        data_en: &'static RightsData,
        geometry: &'static MapGeometry,
        view: ViewState,
        notices: Vec<Notice>,
    ) -> Self {
        let view = RwSignal::new(view);
        let country = Memo::new(move |_| view.with(|v| v.country.clone()));
        let marked_country = RwSignal::new(country.get_untracked());
        #[cfg(target_arch = "wasm32")]
        Effect::new(move |_| {
            if country.with(Option::is_none) {
                marked_country.try_set(None);
                return;
            }
            // The country open by then: an earlier change's late write
            // brings back no mark after a close.
            super::dom::after_frame(move || {
                if let Some(now) = country.try_get_untracked() {
                    if marked_country.try_with_untracked(|was| *was != now) == Some(true) {
                        marked_country.set(now);
                    }
                }
            });
        });
        AppState {
            data_en,
            geometry,
            view,
            notices: RwSignal::new(notices),
            hovered: RwSignal::new(None),
            zoom: RwSignal::new(Zoom::reset(geometry.width, geometry.height)),
            print: RwSignal::new(None),
            category: Memo::new(move |_| view.with(|v| v.category.clone())),
            country,
            marked_country,
            case: Memo::new(move |_| view.with(|v| v.case.clone())),
            table: Memo::new(move |_| view.with(|v| v.table)),
            lang: Memo::new(move |_| view.with(|v| v.lang)),
            before_present: StoredValue::new(None),
            opened_from_list: StoredValue::new(false),
            pending_hover: StoredValue::new(None),
            lookup_hovers: StoredValue::new(false),
        }
    }

    /// Forgets a hover still waiting for the pointer to rest, or for the
    /// look-up of the mouse's last moves.
    pub fn forget_pending_hover(&self) {
        if let Some(Some(handle)) = self.pending_hover.try_get_value() {
            handle.clear();
            self.pending_hover.set_value(None);
        }
        self.lookup_hovers.try_set_value(false);
    }

    /// A state of its own for another view of the same data and map: the
    /// site renderer draws each country's panel with one.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn for_view(&self, view: ViewState) -> AppState {
        AppState::new(self.data_en, self.geometry, view, Vec::new())
    }

    /// The data in the current language. Untracked: the page is rebuilt when
    /// the language changes, so components read it once.
    pub fn data(&self) -> &'static RightsData {
        packs::data(self.view.with_untracked(|v| v.lang), self.data_en)
    }

    /// The data in English, which the URL's ids are checked against.
    pub fn data_en(&self) -> &'static RightsData {
        self.data_en
    }

    /// The interface strings of the current language.
    pub fn msgs(&self) -> &'static Messages {
        self.view.with_untracked(|v| v.lang).messages()
    }

    pub fn update_view(&self, change: impl FnOnce(&mut ViewState)) {
        let mut next = self.view.get_untracked();
        change(&mut next);
        self.set_view(next);
    }

    /// Shows `next`. A panel that it hides goes back to its top first: the
    /// app keeps every panel it has built, and a hidden one keeps its scroll,
    /// so one opened again began where the reader had left it, half way down,
    /// its name, steps and summary out of sight; and the focus leaves it
    /// (`panel_scroll::leave_panel`). Before the views change, the page is
    /// laid out: a read of its scroll, and a write only after a scroll.
    pub fn set_view(&self, next: ViewState) {
        #[cfg(target_arch = "wasm32")]
        if let Some(left) = self
            .view
            .with_untracked(|v| v.country.clone())
            .filter(|code| next.country.as_ref() != Some(code))
        {
            super::panel_scroll::leave_panel(&left);
        }
        self.view.set(next);
    }

    /// Opens a country's panel (closing any expanded case of another country).
    pub fn open_country(&self, code: &str) {
        self.update_view(|v| {
            if v.country.as_deref() != Some(code) {
                v.case = None;
            }
            v.country = Some(code.to_string());
        });
    }

    pub fn close_country(&self) {
        self.update_view(|v| {
            v.country = None;
            v.case = None;
        });
    }
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
