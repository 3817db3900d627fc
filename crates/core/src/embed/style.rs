//! How an embed looks on its host's page: `theme=light|dark|auto` (auto
//! follows the visitor's `prefers-color-scheme`), `transparent=1` (no page
//! background, for coloured host pages) and `legend=0` (no legend).
//!
//! The page applies them itself, before the app and without it: the loader
//! (scripts/app-loader.js) copies each of [`STYLE_KEYS`] from the link onto
//! `<html>` as `data-<key>`, and the stylesheet matches exactly the values
//! written here (`[data-theme="dark" i]`, `[data-transparent="1"]`,
//! `[data-legend="0"]`). So these parameters never start the app; the app
//! only keeps them in the links it writes, and names a value it does not know.
use crate::url_state::Notice;

/// The link parameters that change only how the page looks.
pub const STYLE_KEYS: [&str; 3] = ["theme", "transparent", "legend"];

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    /// Light or dark as the visitor's system is set.
    Auto,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Auto];

    /// The value in a link, and in `<html data-theme>`.
    pub fn value(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }

    /// Case-insensitive, as the stylesheet's `i` selectors are.
    pub fn parse(value: &str) -> Option<Theme> {
        Theme::ALL
            .into_iter()
            .find(|t| t.value().eq_ignore_ascii_case(value))
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EmbedStyle {
    pub theme: Theme,
    /// No page background: the host's shows through (panels keep theirs).
    pub transparent: bool,
    pub legend_hidden: bool,
}

impl EmbedStyle {
    /// From a link's raw values. Only the values the stylesheet matches are
    /// taken (`transparent=1`, `legend=0`; not `true` or `no`), so that the
    /// page never looks one way before the app and another after it; any
    /// other value is named in a notice and changes nothing.
    pub fn from_params(
        theme: Option<&str>,
        transparent: Option<&str>,
        legend: Option<&str>,
        notices: &mut Vec<Notice>,
    ) -> EmbedStyle {
        let mut style = EmbedStyle::default();
        let mut refuse = |key: &str, value: &str| {
            notices.push(Notice::UnknownStyle(format!("{key}={value}")));
        };
        if let Some(v) = theme.filter(|v| !v.is_empty()) {
            match Theme::parse(v) {
                Some(t) => style.theme = t,
                None => refuse("theme", v),
            }
        }
        match transparent.filter(|v| !v.is_empty()) {
            Some("1") => style.transparent = true,
            Some("0") | None => {}
            Some(v) => refuse("transparent", v),
        }
        match legend.filter(|v| !v.is_empty()) {
            Some("0") => style.legend_hidden = true,
            Some("1") | None => {}
            Some(v) => refuse("legend", v),
        }
        style
    }

    /// The parameters a link carries for this style (none for the default).
    pub fn params(&self) -> Vec<(&'static str, &'static str)> {
        let mut out = Vec::new();
        if self.theme != Theme::Light {
            out.push(("theme", self.theme.value()));
        }
        if self.transparent {
            out.push(("transparent", "1"));
        }
        if self.legend_hidden {
            out.push(("legend", "0"));
        }
        out
    }
}
