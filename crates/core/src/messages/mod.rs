//! The message catalogue: every user-visible string of the interface, per
//! language. The words are data: `locales/<code>/ui.ftl` and `method.ftl`,
//! in Fluent, checked against English and turned into one `Messages` static
//! per language by the build (build/locales.rs), so a translation that
//! misses a key fails the build, naming the file and the key. Data texts
//! (names, summaries) live in the data files, not here.
mod method;
pub mod packs;

pub use method::MethodText;

// Lang, EN, METHOD_EN, English's plural table and the packs' readers, from locales/.
include!(concat!(env!("OUT_DIR"), "/messages.rs"));

impl Lang {
    /// Case-insensitive lookup of a `?lang=` value.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The map's language for one of the browser's (`ru`, `ru-RU`, `uz-Latn-UZ`…).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().replace('_', "-");
        let primary = tag.split('-').next().unwrap_or("");
        Lang::from_code(&tag).or_else(|| Lang::from_code(primary))
    }

    /// A first visit follows the browser's preferred languages in order: the
    /// first the map has (an Uzbek reader whose browser prefers `uz`, then
    /// `ru`, gets Uzbek), English when it has none of them.
    pub fn from_browser<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::En)
    }

    /// The interface's words in this language: English's are compiled in,
    /// another's come from its pack (`packs`), English until it has come.
    pub fn messages(self) -> &'static Messages {
        match self {
            Lang::En => &EN,
            _ => packs::messages(self).unwrap_or(&EN),
        }
    }
}

/// CLDR's plural categories ("1 case", "2 cases"; Russian "1 случай",
/// "2 случая", "5 случаев").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// A text per plural category (a category the language does not use has
/// its default form).
#[derive(Debug)]
pub struct PluralText {
    pub zero: &'static str,
    pub one: &'static str,
    pub two: &'static str,
    pub few: &'static str,
    pub many: &'static str,
    pub other: &'static str,
}

impl PluralText {
    pub fn form(&self, category: PluralCategory) -> &'static str {
        match category {
            PluralCategory::Zero => self.zero,
            PluralCategory::One => self.one,
            PluralCategory::Two => self.two,
            PluralCategory::Few => self.few,
            PluralCategory::Many => self.many,
            PluralCategory::Other => self.other,
        }
    }
}

/// Every interface string. Templates use `{name}` placeholders, filled by [`fill`].
#[derive(Debug)]
pub struct Messages {
    pub title: &'static str,
    pub subtitle: &'static str,
    pub issue_label: &'static str,
    pub overview: &'static str,
    /// The overview inside a country's spoken name ("Kazakhstan, all issues: …"),
    /// where the full "Overview: all issues" would add a second colon.
    pub overview_short: &'static str,
    pub overview_description: &'static str,
    pub view_map: &'static str,
    pub view_table: &'static str,
    pub views_label: &'static str,
    pub map_label: &'static str,
    pub map_hint: &'static str,
    /// The map's keys: shown once the app runs them (not on the page before).
    pub keys_hint: &'static str,
    /// Shown only where scripts do not run: the prerendered page without JavaScript.
    pub noscript_note: &'static str,
    /// Shown only on the prerendered page, when a control is used before the
    /// app has loaded (scripts/app-loader.js); the app's status line is empty.
    pub app_loading: &'static str,
    /// Shown in its place when the app could not load: the page stays a page of links.
    pub app_failed: &'static str,
    /// The toolbar's name as a landmark (issue, view, language, embed, present, print).
    pub controls_label: &'static str,
    /// The first link of the map's page, for the keyboard: past the toolbar
    /// to the map (or, in the table view, the table).
    pub skip_to_map: &'static str,
    pub skip_to_table: &'static str,
    pub legend_title: &'static str,
    /// `{n}` concerns documented (overview legend and names).
    pub concerns: PluralText,
    pub concerns_range: &'static str,
    pub cases: PluralText,
    /// `{country}, {category}: {status}, {cases}` for screen readers.
    pub country_name_template: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub zoom_reset: &'static str,
    /// The group of pan buttons, and each one (shown when zoomed in).
    pub pan_label: &'static str,
    pub pan_up: &'static str,
    pub pan_left: &'static str,
    pub pan_right: &'static str,
    pub pan_down: &'static str,
    pub close: &'static str,
    pub previous_country: &'static str,
    /// Names the previous/next pair in the panel (a navigation landmark).
    pub country_steps_label: &'static str,
    pub next_country: &'static str,
    pub capital: &'static str,
    pub trend: &'static str,
    pub finding_heading: &'static str,
    pub cases_heading: &'static str,
    /// A presentation step's title for a country's cases: `{country}`.
    pub cases_step_title: &'static str,
    pub no_cases: &'static str,
    pub show_source: &'static str,
    pub hide_source: &'static str,
    pub people: &'static str,
    pub dates: &'static str,
    pub source_label: &'static str,
    pub read_source: &'static str,
    pub not_covered_note: &'static str,
    pub table_caption: &'static str,
    pub table_country: &'static str,
    pub table_cases_heading: &'static str,
    pub notice_unknown_country: &'static str,
    pub notice_unknown_category: &'static str,
    pub notice_unknown_case: &'static str,
    pub notice_unknown_lang: &'static str,
    pub notice_lang_offline: &'static str,
    pub notice_refused_cta: &'static str,
    pub notice_unknown_step: &'static str,
    pub notice_unknown_style: &'static str,
    pub present_button: &'static str,
    /// Opens the tools a narrow screen keeps behind one button (Present, Print).
    pub more_tools: &'static str,
    pub presentation_label: &'static str,
    pub next: &'static str,
    pub previous: &'static str,
    pub exit_presentation: &'static str,
    /// `{n}` of `{total}`.
    pub step_progress: &'static str,
    pub key_findings: &'static str,
    pub present_hint: &'static str,
    pub print_dossier: &'static str,
    pub print_all: &'static str,
    pub dossier_heading: &'static str,
    pub printed_from: &'static str,
    pub table_issue: &'static str,
    pub table_status: &'static str,
    pub table_summary: &'static str,
    pub table_excerpt: &'static str,
    pub crash_heading: &'static str,
    pub crash_text: &'static str,
    pub crash_reload: &'static str,
    pub open_full_map: &'static str,
    pub embed_button: &'static str,
    pub embed_heading: &'static str,
    pub embed_intro: &'static str,
    pub embed_iframe_label: &'static str,
    pub embed_snippet_label: &'static str,
    /// The Embed dialog's choice of look (core::embed::style).
    pub embed_look_legend: &'static str,
    pub embed_theme_label: &'static str,
    pub embed_theme_light: &'static str,
    pub embed_theme_dark: &'static str,
    pub embed_theme_auto: &'static str,
    pub embed_transparent_label: &'static str,
    pub embed_legend_label: &'static str,
    pub embed_snippet_note: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub notice_dismiss: &'static str,
    pub credit_natural_earth: &'static str,
    pub credit_source: &'static str,
    pub credit_borders: &'static str,
    pub load_error: &'static str,
    /// The page a host answers an unknown address with (404.html): its
    /// heading, what happened, and the link to the map in this language.
    pub not_found: &'static str,
    pub not_found_text: &'static str,
    pub not_found_link: &'static str,
    pub about_heading: &'static str,
    /// The Downloads section: heading, intro, the two groups (the map, the
    /// data), one label per file (the file format, e.g. "SVG", is shown
    /// beside it), the reuse note and the error shown when a file cannot be made.
    pub download_heading: &'static str,
    pub download_intro: &'static str,
    pub download_map_group: &'static str,
    pub download_data_group: &'static str,
    pub download_map_svg: &'static str,
    pub download_map_png: &'static str,
    pub download_findings: &'static str,
    pub download_cases: &'static str,
    pub download_data: &'static str,
    pub download_licence_note: &'static str,
    pub download_failed: &'static str,
    pub zoom_label: &'static str,
    pub cases_on_issue: &'static str,
    pub other_cases: &'static str,
    pub all_findings: &'static str,
    pub outcome: &'static str,
    /// Month names as used in a date ("11 January"), January first.
    pub months: [&'static str; 12],
    /// `{d} {month} {y}`.
    pub date_template: &'static str,
    pub language_label: &'static str,
    /// Said of every excerpt: it is an exact quotation, in the source's language.
    pub quote_note: &'static str,
    /// An embed's short panel: what opens below its finding.
    pub more_in_panel: &'static str,
    /// Said once per page of the summaries: whose words they are.
    pub summaries_note: &'static str,
    /// Names of the neighbours labelled on the map, by alpha-2 code.
    pub neighbours: [(&'static str, &'static str); 4],
    /// CLDR's plural category of 0..200 in this language; a larger count
    /// takes that of 100 + its last two digits (checked by the build).
    pub plurals: &'static [PluralCategory; 200],
    /// How to read the map, and how to cite it.
    pub method: &'static MethodText,
    /// Under an issue's legend: whose judgement the order of the steps is.
    pub legend_order_note: &'static str,
    /// Said (to screen readers) before each issue of a panel's overview list.
    pub show_on_map: &'static str,
}

impl Messages {
    /// "3 cases", "3 случая".
    pub fn cases(&self, n: usize) -> String {
        self.counted(&self.cases, n)
    }

    /// "5 issues of concern", "5 проблемных тем".
    pub fn concerns(&self, n: usize) -> String {
        self.counted(&self.concerns, n)
    }

    /// CLDR's plural category of a count in this language.
    pub fn plural(&self, n: usize) -> PluralCategory {
        self.plurals[if n < 200 { n } else { 100 + n % 100 }]
    }

    fn counted(&self, text: &PluralText, n: usize) -> String {
        fill(text.form(self.plural(n)), &[("n", &n.to_string())])
    }

    /// A neighbour's name, by alpha-2 code.
    pub fn neighbour(&self, code: &str) -> Option<&'static str> {
        self.neighbours
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, name)| *name)
    }
}

/// Fills `{key}` placeholders. Unknown placeholders stay as they are, so a
/// missing argument is visible rather than silently dropped.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (key, value) in args {
        out = out.replace(&format!("{{{key}}}"), value);
    }
    out
}
