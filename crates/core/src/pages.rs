//! The site's pages: one per view worth sharing, in each language, at clean
//! paths relative to the site's root (so the site also works from a
//! sub-folder, as a GitHub Pages project site). The site renderer
//! (crates/site) writes them; each page's view is the one its query link
//! (`?country=KZ&lang=ru…`) opens, so old links and new paths agree.
use crate::data::RightsData;
use crate::embed::Embed;
use crate::messages::Lang;
use crate::url_state::{to_query, to_query_for, ViewState, OVERVIEW};
use crate::view_model::issue_summary;

/// What a page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageKind {
    /// The map, in the overview.
    Map,
    /// A country's panel open over the overview.
    Country(String),
    /// A case expanded in its country's panel.
    Case(String),
    /// The map coloured for one issue.
    Issue(String),
    /// The layouts campaigners paste into an iframe.
    EmbedMap,
    EmbedCountry(String),
    EmbedIssue(String),
    /// One case as a card.
    Card(String),
}

/// One page of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub kind: PageKind,
    pub lang: Lang,
}

/// Every page, English first, in a stable order.
pub fn all_pages(data: &RightsData) -> Vec<Page> {
    let mut kinds = vec![PageKind::Map];
    kinds.extend(
        data.countries
            .iter()
            .map(|c| PageKind::Country(c.code.clone())),
    );
    kinds.extend(data.cases.iter().map(|c| PageKind::Case(c.id.clone())));
    kinds.extend(
        data.categories
            .iter()
            .map(|c| PageKind::Issue(c.id.clone())),
    );
    kinds.push(PageKind::EmbedMap);
    kinds.extend(
        data.countries
            .iter()
            .map(|c| PageKind::EmbedCountry(c.code.clone())),
    );
    kinds.extend(
        data.categories
            .iter()
            .map(|c| PageKind::EmbedIssue(c.id.clone())),
    );
    kinds.extend(data.cases.iter().map(|c| PageKind::Card(c.id.clone())));
    Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            kinds.iter().map(move |kind| Page {
                kind: kind.clone(),
                lang,
            })
        })
        .collect()
}

impl Page {
    pub fn new(kind: PageKind, lang: Lang) -> Page {
        Page { kind, lang }
    }

    /// The page that shows `view`, or the nearest: a country's wins over its
    /// issue, a case's over its country's (the app names its window by it).
    pub fn of_view(view: &ViewState) -> Page {
        let kind = match (&view.embed.card, view.embed.on, &view.case, &view.country) {
            (Some(card), _, _, _) => PageKind::Card(card.clone()),
            (None, true, _, Some(code)) => PageKind::EmbedCountry(code.clone()),
            (None, true, _, None) if view.category != OVERVIEW => {
                PageKind::EmbedIssue(view.category.clone())
            }
            (None, true, _, None) => PageKind::EmbedMap,
            (None, false, Some(case), _) => PageKind::Case(case.clone()),
            (None, false, None, Some(code)) => PageKind::Country(code.clone()),
            (None, false, None, None) if view.category != OVERVIEW => {
                PageKind::Issue(view.category.clone())
            }
            (None, false, None, None) => PageKind::Map,
        };
        Page {
            kind,
            lang: view.lang,
        }
    }

    /// The folder of the page from the site's root, `""` or ending in `/`:
    /// `country/kz/`, `ru/issue/press/`, `ru/embed/card/kg-propaganda-law/`.
    pub fn path(&self) -> String {
        let lang = match self.lang {
            Lang::En => String::new(),
            other => format!("{}/", other.code()),
        };
        let slug = |s: &str| s.to_ascii_lowercase();
        let rest = match &self.kind {
            PageKind::Map => String::new(),
            PageKind::Country(code) => format!("country/{}/", slug(code)),
            PageKind::Case(id) => format!("case/{id}/"),
            PageKind::Issue(id) => format!("issue/{id}/"),
            PageKind::EmbedMap => "embed/".to_string(),
            PageKind::EmbedCountry(code) => format!("embed/country/{}/", slug(code)),
            PageKind::EmbedIssue(id) => format!("embed/issue/{id}/"),
            PageKind::Card(id) => format!("embed/card/{id}/"),
        };
        format!("{lang}{rest}")
    }

    /// The way back from the page to the site's root: `""`, `../`, `../../`…
    pub fn root(&self) -> String {
        "../".repeat(self.path().matches('/').count())
    }

    /// The view the page shows, as its query link would open it.
    pub fn view(&self, data: &RightsData) -> ViewState {
        let mut view = ViewState {
            lang: self.lang,
            ..ViewState::default()
        };
        let embedded = Embed {
            on: true,
            ..Embed::default()
        };
        let case_country = |id: &str| data.case(id).map(|c| c.country.clone());
        match &self.kind {
            PageKind::Map => {}
            PageKind::Country(code) => view.country = Some(code.clone()),
            PageKind::Case(id) => {
                view.country = case_country(id);
                view.case = Some(id.clone());
            }
            PageKind::Issue(id) => view.category = id.clone(),
            PageKind::EmbedMap => view.embed = embedded,
            PageKind::EmbedCountry(code) => {
                view.country = Some(code.clone());
                view.embed = embedded;
            }
            PageKind::EmbedIssue(id) => {
                view.category = id.clone();
                view.embed = embedded;
            }
            PageKind::Card(id) => {
                view.country = case_country(id);
                view.case = Some(id.clone());
                view.embed = Embed {
                    card: Some(id.clone()),
                    ..embedded
                };
            }
        }
        view
    }

    /// The page's query link (`?country=KZ&lang=ru`): what the app reads.
    pub fn query(&self, data: &RightsData) -> String {
        to_query(&self.view(data))
    }

    /// The same view in another language.
    pub fn in_lang(&self, lang: Lang) -> Page {
        Page {
            kind: self.kind.clone(),
            lang,
        }
    }

    pub fn is_embed(&self) -> bool {
        matches!(
            self.kind,
            PageKind::EmbedMap
                | PageKind::EmbedCountry(_)
                | PageKind::EmbedIssue(_)
                | PageKind::Card(_)
        )
    }

    /// The full page an embed shows part of (itself for a full page): what
    /// search engines are told to index, and where an embed's preview leads.
    pub fn canonical(&self) -> Page {
        let kind = match &self.kind {
            PageKind::EmbedMap => PageKind::Map,
            PageKind::EmbedCountry(code) => PageKind::Country(code.clone()),
            PageKind::EmbedIssue(id) => PageKind::Issue(id.clone()),
            PageKind::Card(id) => PageKind::Case(id.clone()),
            other => other.clone(),
        };
        Page {
            kind,
            lang: self.lang,
        }
    }

    /// The share image, from the site's root: one per full page.
    pub fn image_path(&self) -> String {
        format!("share/{}index.jpg", self.canonical().path())
    }

    /// The page's title: what it shows, then the site's name.
    pub fn title(&self, data: &RightsData) -> String {
        let site = self.lang.messages().title;
        let country = |code: &str| data.country(code).map(|c| c.name.clone());
        let what = match &self.kind {
            PageKind::Map | PageKind::EmbedMap => None,
            PageKind::Country(code) | PageKind::EmbedCountry(code) => country(code),
            PageKind::Case(id) | PageKind::Card(id) => data
                .case(id)
                .map(|c| format!("{} ({})", c.title, country(&c.country).unwrap_or_default())),
            PageKind::Issue(id) | PageKind::EmbedIssue(id) => {
                data.category(id).map(|c| c.name.clone())
            }
        };
        match what {
            Some(what) => format!("{what} — {site}"),
            None => site.to_string(),
        }
    }

    /// The page's description, from the data: the country's summary, the
    /// case's, or the site's subtitle, cut to `max` at the end of a sentence
    /// ([`shorten_to_sentence`]); or what the map shows for the issue.
    pub fn description(&self, data: &RightsData, max: usize) -> String {
        let text = match &self.kind {
            PageKind::Map | PageKind::EmbedMap => None,
            PageKind::Country(code) | PageKind::EmbedCountry(code) => {
                data.country(code).map(|c| c.summary.clone())
            }
            PageKind::Case(id) | PageKind::Card(id) => data.case(id).map(|c| c.summary.clone()),
            // A list of the countries at each status: cut, it ends with "…"
            // (at a word), not on a sentence that reads as the whole list.
            PageKind::Issue(id) | PageKind::EmbedIssue(id) => {
                let summary = issue_summary(data, id).join(" ");
                if !summary.is_empty() {
                    return shorten(&summary, max);
                }
                None
            }
        };
        shorten_to_sentence(
            &text.unwrap_or_else(|| self.lang.messages().subtitle.to_string()),
            max,
        )
    }
}

/// The address the app writes for `view`, from the site's root: the path of
/// the view's page (`ru/country/kg/`), so that a link copied from the address
/// bar is previewed as that view, and a query only where the view is more
/// than its page (`country/kg/?country=KG&category=press`: the query asks for
/// the whole view, so any page opens it). Where the page at that path would
/// open in another language for this reader (`opens_in`: an English page in
/// their remembered or browser's language), `?lang=` keeps the view's.
pub fn address(view: &ViewState, data: &RightsData, opens_in: Lang) -> String {
    let page = Page::of_view(view);
    let path = page.path();
    if to_query(view) != page.query(data) {
        return format!("{path}{}", to_query_for(view, opens_in));
    }
    if view.lang == opens_in {
        path
    } else {
        format!("{path}?lang={}", view.lang.code())
    }
}

/// The address of `view` for a link that must open it in its own language
/// whatever the reader's remembered or browser language (the language menu's
/// links): [`address`], with `?lang=` always, and the rest of the view (the
/// issue shown with a country, the table, an embed's options) kept, so a link
/// copied or opened in a new tab is the same view.
pub fn address_keeping_lang(view: &ViewState, data: &RightsData) -> String {
    // Any language but the view's: the page at that path may open in it.
    let other = Lang::ALL
        .into_iter()
        .find(|&lang| lang != view.lang)
        .unwrap_or(Lang::En);
    address(view, data, other)
}

/// `text` cut to at most `max` characters after its last whole sentence
/// that fits, where that keeps at least half of them: a link's preview then
/// ends on a full stop, not on "sentenced to seven…" with the years cut off
/// (a Russian case's); else as [`shorten`].
pub fn shorten_to_sentence(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let fits: String = text.chars().take(max).collect();
    let last_end = fits
        .rmatch_indices(['.', '!', '?'])
        .map(|(at, mark)| at + mark.len())
        .find(|&end| text[end..].starts_with(' '));
    match last_end {
        Some(end) if fits[..end].chars().count() * 2 >= max => fits[..end].to_string(),
        _ => shorten(text, max),
    }
}

/// `text` cut at a word boundary to at most `max` characters, with "…".
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    let at_word = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", at_word.trim_end_matches([',', ';', ':', '.', ' ']))
}
