//! The URL contract: `?country=KZ&category=press&case=<id>&lang=en&view=table`.
//! Parsing never fails: unknown or malformed values fall back to the default
//! view and produce a [`Notice`] the page shows politely.
use crate::data::RightsData;
use crate::embed::{append_embed, resolve_embed, Embed, MAX_CTA_TEXT, MAX_CTA_URL, STYLE_KEYS};
use crate::messages::Lang;
use crate::text::visible;
use crate::tour::{parse_step, step_param, tour_steps};

/// The category id of the overview (how many issues are of concern).
pub const OVERVIEW: &str = "overview";
/// Longer values are cut before they are looked up or shown back.
pub const MAX_VALUE_CHARS: usize = 64;

/// Every parameter a link can carry, as [`parse_query`] reads them. The app's
/// loader (scripts/app-loader.js) starts the app at once for any but `lang`.
pub const QUERY_KEYS: [&str; 15] = [
    "country",
    "category",
    "case",
    "lang",
    "view",
    "embed",
    "controls",
    "card",
    "cta_text",
    "cta_url",
    "present",
    "step",
    "theme",
    "transparent",
    "legend",
];

/// The parameters that change the page's layout (an embed, a case card, a
/// presentation): a page that shows another layout hides until the app has
/// drawn the one asked for, rather than flash the wrong one.
pub const LAYOUT_KEYS: [&str; 3] = ["embed", "card", "present"];

/// The parameters an embed's link sets around its view: its issue switch,
/// its call to action and its look ([`STYLE_KEYS`]). A country chosen in the
/// embed before the app keeps them in the address (the page's first script
/// reads this list from the page, where the site renderer writes it).
pub fn option_keys() -> impl Iterator<Item = &'static str> {
    ["controls", "cta_text", "cta_url"]
        .into_iter()
        .chain(STYLE_KEYS)
}

/// The [`LAYOUT_KEYS`] of a query, as a query without its `?`
/// (`embed=1&card=<id>`): a page's own layout, which the page's first script
/// compares with the link's.
pub fn layout_of(query: &str) -> String {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        if LAYOUT_KEYS.contains(&key.as_ref()) {
            out.append_pair(&key, &value);
        }
    }
    out.finish()
}

/// The parameters that ask for a view, every one but `lang` and the
/// [`STYLE_KEYS`] (which the page applies itself): a link with one of them
/// starts the app at once (scripts/app-loader.js reads this list from the
/// page, where the site renderer writes it).
pub fn view_keys() -> impl Iterator<Item = &'static str> {
    QUERY_KEYS
        .into_iter()
        .filter(|&k| k != "lang" && !STYLE_KEYS.contains(&k))
}

/// Whether a query string asks for a view: it has a parameter of
/// [`view_keys`] (a campaign tag or `lang` alone does not).
pub fn asks_for_view(search: &str) -> bool {
    let query = search.strip_prefix('?').unwrap_or(search);
    form_urlencoded::parse(query.as_bytes()).any(|(key, _)| view_keys().any(|k| k == key))
}

/// The parameters a query must also name to ask for a whole view on the page
/// whose own view is `page_view`: on an embed's page, `embed`, so that a
/// campaigner's `embed/country/kz/?cta_text=…&cta_url=…` adds to that embed
/// rather than asking for the full map in their page. The site renderer
/// writes them on each page (`data-view-needs`) for the page's script.
pub fn whole_view_needs(page_view: &str) -> &'static [&'static str] {
    let query = page_view.strip_prefix('?').unwrap_or(page_view);
    if form_urlencoded::parse(query.as_bytes()).any(|(key, _)| key == "embed") {
        &["embed"]
    } else {
        &[]
    }
}

/// Whether `address`'s query asks for a whole view on the page whose own view
/// is `page_view`: it asks for a view ([`asks_for_view`]) and names every one
/// of [`whole_view_needs`]. Else it adds to the page's own view.
pub fn asks_for_whole_view(page_view: &str, address: &str) -> bool {
    let query = address.strip_prefix('?').unwrap_or(address);
    let names = |need: &&str| form_urlencoded::parse(query.as_bytes()).any(|(key, _)| key == *need);
    asks_for_view(address) && whole_view_needs(page_view).iter().all(names)
}

/// The query for the address bar of a page whose own view is `page_view` (a
/// query link, `""` for the map page) when it shows `view` before the app
/// runs: the page's first script keeps the path (the page's files are
/// addressed from it), so on a page of its own (`country/kz/`) the page's view
/// needs no query, and any other view a query that asks for it: `?view=map`
/// for the plain map. The app writes the view's own page
/// (`crate::pages::address`).
pub fn address_query(view: &ViewState, page_view: &str, opens_in: Lang) -> String {
    if page_view.is_empty() {
        return to_query_for(view, opens_in);
    }
    if to_query(view) == page_view {
        return String::new();
    }
    let query = to_query_for(view, opens_in);
    if asks_for_view(&query) {
        query
    } else {
        let rest = query
            .strip_prefix('?')
            .map(|q| format!("&{q}"))
            .unwrap_or_default();
        format!("?view=map{rest}")
    }
}

/// The raw values of the parameters we know, as decoded from the query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueryParams {
    pub country: Option<String>,
    pub category: Option<String>,
    pub case: Option<String>,
    pub lang: Option<String>,
    pub view: Option<String>,
    pub embed: Option<String>,
    pub controls: Option<String>,
    pub card: Option<String>,
    pub cta_text: Option<String>,
    pub cta_url: Option<String>,
    pub present: Option<String>,
    pub step: Option<String>,
    pub theme: Option<String>,
    pub transparent: Option<String>,
    pub legend: Option<String>,
}

impl QueryParams {
    /// These values, each one this query lacks taken from `base`: a link's
    /// parameters added to a page's own view.
    pub fn over(self, base: QueryParams) -> QueryParams {
        QueryParams {
            country: self.country.or(base.country),
            category: self.category.or(base.category),
            case: self.case.or(base.case),
            lang: self.lang.or(base.lang),
            view: self.view.or(base.view),
            embed: self.embed.or(base.embed),
            controls: self.controls.or(base.controls),
            card: self.card.or(base.card),
            cta_text: self.cta_text.or(base.cta_text),
            cta_url: self.cta_url.or(base.cta_url),
            present: self.present.or(base.present),
            step: self.step.or(base.step),
            theme: self.theme.or(base.theme),
            transparent: self.transparent.or(base.transparent),
            legend: self.legend.or(base.legend),
        }
    }
}

/// Decodes a `location.search` string. The first occurrence of a key wins;
/// unknown keys are ignored; broken percent-encoding decodes lossily.
pub fn parse_query(search: &str) -> QueryParams {
    let mut params = QueryParams::default();
    let query = search.strip_prefix('?').unwrap_or(search);
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let slot = match key.as_ref() {
            "country" => &mut params.country,
            "category" => &mut params.category,
            "case" => &mut params.case,
            "lang" => &mut params.lang,
            "view" => &mut params.view,
            "embed" => &mut params.embed,
            "controls" => &mut params.controls,
            "card" => &mut params.card,
            "cta_text" => &mut params.cta_text,
            "cta_url" => &mut params.cta_url,
            "present" => &mut params.present,
            "step" => &mut params.step,
            "theme" => &mut params.theme,
            "transparent" => &mut params.transparent,
            "legend" => &mut params.legend,
            _ => continue,
        };
        // A call to action may be a long URL or a sentence; ids are short.
        let limit = match key.as_ref() {
            "cta_url" => MAX_CTA_URL + 1,
            "cta_text" => MAX_CTA_TEXT,
            _ => MAX_VALUE_CHARS,
        };
        // Hidden characters go before a value is looked up or shown back.
        if slot.is_none() {
            *slot = Some(visible(&value).trim().chars().take(limit).collect());
        }
    }
    params
}

/// What the page shows. `Default` is the overview with nothing selected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewState {
    /// Alpha-2 code of the open country panel.
    pub country: Option<String>,
    /// A category id of the data, or [`OVERVIEW`].
    pub category: String,
    /// Id of the case expanded in the panel.
    pub case: Option<String>,
    pub lang: Lang,
    /// The table view instead of the map.
    pub table: bool,
    /// Inside a campaigner's iframe, with its options.
    pub embed: Embed,
    /// Presentation mode, at this step of the tour (0-based).
    pub present: Option<usize>,
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            country: None,
            category: OVERVIEW.to_string(),
            case: None,
            lang: Lang::En,
            table: false,
            embed: Embed::default(),
            present: None,
        }
    }
}

/// Why part of a link was not followed. Carries the value as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    UnknownCountry(String),
    UnknownCategory(String),
    UnknownCase(String),
    UnknownLang(String),
    /// A language chosen offline whose words this device has not kept (its
    /// native name): the page stays in its own.
    LangOffline(String),
    /// A call-to-action link that is not a plain https URL.
    RefusedCtaUrl(String),
    /// A tour step that is not a number of the tour.
    UnknownStep(String),
    /// A look (`theme`, `transparent`, `legend`) with a value it does not take, as `key=value`.
    UnknownStyle(String),
}

/// Checks each value against the data; what does not match falls back to the
/// default for that part alone, with a notice. Codes are case-insensitive.
pub fn resolve(params: &QueryParams, data: &RightsData) -> (ViewState, Vec<Notice>) {
    let mut state = ViewState::default();
    let mut notices = Vec::new();
    let given = |v: &Option<String>| v.as_deref().filter(|s| !s.is_empty()).map(str::to_string);

    if let Some(value) = given(&params.category) {
        let wanted = value.to_ascii_lowercase();
        match data.categories.iter().find(|c| c.id == wanted) {
            Some(c) => state.category = c.id.clone(),
            None if wanted == OVERVIEW => {}
            None => notices.push(Notice::UnknownCategory(value)),
        }
    }
    if let Some(value) = given(&params.country) {
        match data
            .countries
            .iter()
            .find(|c| c.code.eq_ignore_ascii_case(&value))
        {
            Some(c) => state.country = Some(c.code.clone()),
            None => notices.push(Notice::UnknownCountry(value)),
        }
    }
    if let Some(value) = given(&params.case) {
        let wanted = value.to_ascii_lowercase();
        match data.case(&wanted) {
            // A case link opens its own country, whatever `country` said.
            Some(c) => {
                state.case = Some(c.id.clone());
                state.country = Some(c.country.clone());
            }
            None => notices.push(Notice::UnknownCase(value)),
        }
    }
    if let Some(value) = given(&params.lang) {
        match Lang::from_code(&value) {
            Some(lang) => state.lang = lang,
            None => notices.push(Notice::UnknownLang(value)),
        }
    }
    if let Some(value) = given(&params.view) {
        state.table = value.eq_ignore_ascii_case("table");
        // The map is the usual look, asked for by `view=map`; anything else
        // is named, as a look the map does not have.
        if !state.table && !value.eq_ignore_ascii_case("map") {
            notices.push(Notice::UnknownStyle(format!("view={value}")));
        }
    }
    state.embed = resolve_embed(params, data, &mut notices);
    if !state.embed.on && matches!(params.present.as_deref(), Some("1" | "true")) {
        let steps = tour_steps(data);
        let index = match params.step.as_deref().filter(|s| !s.is_empty()) {
            None => 0,
            Some(value) => parse_step(value, steps.len()).unwrap_or_else(|| {
                notices.push(Notice::UnknownStep(value.to_string()));
                0
            }),
        };
        // The tour decides what is shown: its step's country, and no case.
        state.country = steps
            .get(index)
            .and_then(|s| s.country())
            .map(str::to_string);
        state.case = None;
        state.present = Some(index);
    }
    // A card is one case: its view is that case, so "open the full map" opens it.
    if let Some(case) = state.embed.card.as_deref().and_then(|id| data.case(id)) {
        state.case = Some(case.id.clone());
        state.country = Some(case.country.clone());
    }
    (state, notices)
}

/// The view a country's link opens from the current one: the same issue and
/// language, no case. The app links it at that view's own page
/// (`crate::pages::address`), so a link copied or opened in a new tab is
/// previewed and opens as that country.
pub fn country_view(current: &ViewState, code: &str) -> ViewState {
    ViewState {
        country: Some(code.to_string()),
        case: None,
        ..current.clone()
    }
}

/// The query string for a state, with defaults left out (`""` for the default view).
pub fn to_query(state: &ViewState) -> String {
    to_query_for(state, Lang::En)
}

/// The query string for the address bar of a visitor whose page opens in
/// `opens_in` without `lang=` (their remembered or browser language): English
/// is written too when it differs from that, so a reload keeps it.
pub fn to_query_for(state: &ViewState, opens_in: Lang) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    if let Some(country) = &state.country {
        out.append_pair("country", country);
    }
    if state.category != OVERVIEW {
        out.append_pair("category", &state.category);
    }
    if let Some(case) = &state.case {
        out.append_pair("case", case);
    }
    if state.lang != Lang::En || state.lang != opens_in {
        out.append_pair("lang", state.lang.code());
    }
    if state.table {
        out.append_pair("view", "table");
    }
    append_embed(&mut out, &state.embed);
    if let Some(index) = state.present {
        out.append_pair("present", "1");
        out.append_pair("step", &step_param(index));
    }
    let query = out.finish();
    if query.is_empty() {
        query
    } else {
        format!("?{query}")
    }
}
