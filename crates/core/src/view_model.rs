//! Derived state the views read: a country's status in the current category,
//! the legend, case lists and accessible names. Pure, so it is tested without
//! a DOM; the components only format what these functions return.
use crate::colour::{self, Swatch};
use crate::data::{Case, RightsData};
use crate::messages::{fill, Messages};
use crate::text::visible;
use crate::url_state::{Notice, OVERVIEW};

/// How one country stands in the category being shown.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusView {
    pub label: String,
    pub swatch: Swatch,
}

/// One row of the legend.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    pub label: String,
    pub swatch: Swatch,
}

/// Categories whose finding for the country is a covered (concern) status.
pub fn concern_count(data: &RightsData, code: &str) -> usize {
    data.categories
        .iter()
        .filter(|cat| data.status(code, &cat.id).is_some_and(|s| !s.not_covered))
        .count()
}

/// The country's status in `category_id`, or in the overview.
pub fn country_status(
    data: &RightsData,
    msgs: &Messages,
    code: &str,
    category_id: &str,
) -> Option<StatusView> {
    if category_id == OVERVIEW {
        let n = concern_count(data, code);
        let swatch = colour::overview_swatch(n, data.categories.len());
        return Some(StatusView {
            label: msgs.concerns(n),
            swatch,
        });
    }
    let cat = data.category(category_id)?;
    let status = data.status(code, category_id)?;
    Some(StatusView {
        label: status.label.clone(),
        swatch: colour::status_swatch(cat, &status.id)?,
    })
}

/// What the map shows for an issue, in words, a sentence for each status
/// shown: its countries, the most severe first and those the source does
/// not mention last ("Turkmenistan: Media under tight state control.",
/// "Kyrgyzstan, Tajikistan, Uzbekistan: Media or bloggers prosecuted or
/// detained.", …). A link's preview and its share image say it, so that a
/// shared issue says what it found, and not by colour alone. Empty for an
/// unknown issue.
pub fn issue_summary(data: &RightsData, category_id: &str) -> Vec<String> {
    let Some(cat) = data.category(category_id) else {
        return Vec::new();
    };
    let covered = cat.statuses.iter().rev().filter(|s| !s.not_covered);
    let not_covered = cat.statuses.iter().filter(|s| s.not_covered);
    covered
        .chain(not_covered)
        .filter_map(|status| {
            let names: Vec<&str> = data
                .countries
                .iter()
                .filter(|c| {
                    data.status(&c.code, category_id)
                        .is_some_and(|s| s.id == status.id)
                })
                .map(|c| c.name.as_str())
                .collect();
            let label = status.label.trim_end_matches('.');
            (!names.is_empty()).then(|| format!("{}: {label}.", names.join(", ")))
        })
        .collect()
}

/// The legend of a category (least to most severe, not covered first), or of the overview.
pub fn legend(data: &RightsData, msgs: &Messages, category_id: &str) -> Vec<LegendEntry> {
    if category_id == OVERVIEW {
        let total = data.categories.len();
        let mut entries = vec![LegendEntry {
            label: data_not_covered_label(data),
            swatch: colour::NOT_COVERED,
        }];
        for level in 1..=4 {
            let (from, to) = colour::overview_bin(level, total);
            if from == 0 {
                continue;
            }
            let label = if from == to {
                msgs.concerns(from)
            } else {
                fill(
                    msgs.concerns_range,
                    &[("from", &from.to_string()), ("to", &to.to_string())],
                )
            };
            entries.push(LegendEntry {
                label,
                swatch: colour::overview_level_swatch(level),
            });
        }
        return entries;
    }
    let Some(cat) = data.category(category_id) else {
        return Vec::new();
    };
    cat.statuses
        .iter()
        .filter_map(|s| {
            Some(LegendEntry {
                label: s.label.clone(),
                swatch: colour::status_swatch(cat, &s.id)?,
            })
        })
        .collect()
}

/// The data's own wording for "not covered", so the overview says it the same way.
fn data_not_covered_label(data: &RightsData) -> String {
    data.categories
        .iter()
        .flat_map(|c| &c.statuses)
        .find(|s| s.not_covered)
        .map(|s| s.label.clone())
        .unwrap_or_default()
}

/// The country's cases: those on the category first, then the others.
pub fn cases_for<'a>(
    data: &'a RightsData,
    code: &str,
    category_id: &str,
) -> (Vec<&'a Case>, Vec<&'a Case>) {
    data.cases_for(code)
        .into_iter()
        .partition(|c| category_id == OVERVIEW || c.categories.iter().any(|k| k == category_id))
}

/// The name of the category being shown, the overview included.
pub fn category_name(data: &RightsData, msgs: &Messages, category_id: &str) -> String {
    match data.category(category_id) {
        Some(cat) => cat.name.clone(),
        None => msgs.overview.to_string(),
    }
}

/// What a screen reader announces for a country on the map, e.g.
/// "Kazakhstan, Freedom of expression and media: Severely restricted, 2 cases".
pub fn accessible_name(
    data: &RightsData,
    msgs: &Messages,
    code: &str,
    category_id: &str,
) -> String {
    let Some(c) = data.country(code) else {
        return code.to_string();
    };
    let status = country_status(data, msgs, code, category_id)
        .map(|s| s.label)
        .unwrap_or_default();
    let cases = msgs.cases(cases_for(data, code, category_id).0.len());
    let category = data
        .category(category_id)
        .map_or(msgs.overview_short, |cat| cat.name.as_str());
    fill(
        msgs.country_name_template,
        &[
            ("country", &c.name),
            ("category", category),
            ("status", &status),
            ("cases", &cases),
        ],
    )
}

/// The country after (`step` = 1) or before (`step` = -1) `code`, wrapping, in data order.
pub fn step_country<'a>(data: &'a RightsData, code: &str, step: isize) -> Option<&'a str> {
    let n = data.countries.len() as isize;
    if n == 0 {
        return None;
    }
    let i = data
        .countries
        .iter()
        .position(|c| c.code == code)
        .map_or(if step > 0 { -1 } else { 0 }, |i| i as isize);
    Some(&data.countries[(i + step).rem_euclid(n) as usize].code)
}

/// An ISO date `YYYY-MM-DD` as "11 January 2024"; anything else as given.
pub fn format_date(msgs: &Messages, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return iso.to_string();
    };
    match (y.parse::<u32>(), m.parse::<usize>(), d.parse::<u32>()) {
        (Ok(y), Ok(m @ 1..=12), Ok(d @ 1..=31)) => fill(
            msgs.date_template,
            &[
                ("d", &d.to_string()),
                ("month", msgs.months[m - 1]),
                ("y", &y.to_string()),
            ],
        ),
        _ => iso.to_string(),
    }
}

/// A source as cited under a quotation. The work (publisher and title) is
/// in the source's language and the date in the reader's: kept apart so a
/// view marks only the work as English, and a screen reader speaks a Russian
/// date with a Russian voice.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Citation {
    /// `Human Rights Watch, “Title”`
    pub work: String,
    /// `11 January 2024`, `11 января 2024 г.`
    pub date: String,
    pub url: String,
}

impl Citation {
    /// "Human Rights Watch, “Title”, 11 January 2024".
    pub fn text(&self) -> String {
        format!("{}, {}", self.work, self.date)
    }
}

/// The citation of a source id.
pub fn source_citation(data: &RightsData, msgs: &Messages, id: &str) -> Option<Citation> {
    let s = data.source(id)?;
    Some(Citation {
        work: format!("{}, “{}”", s.publisher, s.title),
        date: format_date(msgs, &s.date),
        url: s.url.clone(),
    })
}

/// The message for a notice; the value is cut short, without hidden
/// characters (a notice can be built from any value, not only a parsed
/// link's), and shown as text only.
pub fn notice_text(msgs: &Messages, notice: &Notice) -> String {
    let (template, value) = match notice {
        Notice::UnknownCountry(v) => (msgs.notice_unknown_country, v),
        Notice::UnknownCategory(v) => (msgs.notice_unknown_category, v),
        Notice::UnknownCase(v) => (msgs.notice_unknown_case, v),
        Notice::UnknownLang(v) => (msgs.notice_unknown_lang, v),
        Notice::LangOffline(v) => (msgs.notice_lang_offline, v),
        Notice::RefusedCtaUrl(v) => (msgs.notice_refused_cta, v),
        Notice::UnknownStep(v) => (msgs.notice_unknown_step, v),
        Notice::UnknownStyle(v) => (msgs.notice_unknown_style, v),
    };
    let value = visible(value);
    let mut short: String = value.chars().take(40).collect();
    if value.chars().nth(40).is_some() {
        short.push('…'); // cut, and says so
    }
    fill(template, &[("value", &short)])
}
