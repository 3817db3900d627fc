//! The guided tour for presenting the map (`?present=1&step=3`): the region
//! overview, then each country in data order with its key findings, then its
//! cases when it has any. Built from the data, so a new country or case joins
//! the tour without code changes.
use crate::data::{Category, Finding, RightsData, Status};
use crate::messages::{fill, Messages};
use std::cmp::Ordering;

/// One slide of the tour.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TourStep {
    /// The overview map of the whole region.
    Overview,
    /// A country with its key findings.
    Country { code: String },
    /// A country's cases (only for a country that has cases).
    Cases { code: String },
}

impl TourStep {
    /// The country the step is about, if any.
    pub fn country(&self) -> Option<&str> {
        match self {
            TourStep::Overview => None,
            TourStep::Country { code } | TourStep::Cases { code } => Some(code),
        }
    }
}

/// Every step of the tour, in order: overview first, then per country (data
/// order) its `Country` step, followed by its `Cases` step if it has cases.
pub fn tour_steps(data: &RightsData) -> Vec<TourStep> {
    let mut steps = vec![TourStep::Overview];
    for country in &data.countries {
        let code = country.code.clone();
        steps.push(TourStep::Country { code: code.clone() });
        if data.cases.iter().any(|c| c.country == code) {
            steps.push(TourStep::Cases { code });
        }
    }
    steps
}

/// The 0-based index of the URL's 1-based `step` value, for a tour of `len`
/// steps. Surrounding white space is ignored. `None` for anything but a
/// positive decimal number (`""`, `"0"`, `"-1"`, `"+2"`, `"two"`) and for an
/// empty tour; a number past the end (a link made when the tour was longer)
/// clamps to the last step.
pub fn parse_step(s: &str, len: usize) -> Option<usize> {
    let s = s.trim();
    if len == 0 || s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // All digits: a value too large for usize is simply past the end.
    let n = s.parse::<usize>().unwrap_or(usize::MAX);
    if n == 0 {
        return None;
    }
    Some(n.min(len) - 1)
}

/// The URL value for a 0-based step index (`step=1` is the first step).
pub fn step_param(index: usize) -> String {
    (index + 1).to_string()
}

/// The country's covered findings (those documenting a concern), most severe
/// first. Severity is the status's rank relative to its scale, (rank + 1) /
/// scale_len, so the top of a two-step scale outranks the middle of a
/// three-step one; equal severities keep the data's category order.
pub fn key_findings<'a>(
    data: &'a RightsData,
    code: &str,
) -> Vec<(&'a Category, &'a Status, &'a Finding)> {
    let Some(country) = data.country(code) else {
        return Vec::new();
    };
    let mut out: Vec<_> = data
        .categories
        .iter()
        .filter_map(|cat| {
            let finding = country.findings.get(&cat.id)?;
            let status = cat.status(&finding.status)?;
            (!status.not_covered).then_some((cat, status, finding))
        })
        .collect();
    // Stable: ties stay in category order.
    out.sort_by(|a, b| relative_severity(b.0, b.1).cmp_to(relative_severity(a.0, a.1)));
    out
}

/// (rank + 1, scale_len), compared as a fraction without rounding.
#[derive(Clone, Copy)]
struct Fraction(usize, usize);

impl Fraction {
    fn cmp_to(self, other: Fraction) -> Ordering {
        (self.0 * other.1).cmp(&(other.0 * self.1))
    }
}

fn relative_severity(cat: &Category, status: &Status) -> Fraction {
    let rank = cat.severity(&status.id).unwrap_or(0);
    Fraction(rank + 1, cat.scale_len().max(1))
}

/// The heading of a step: the name of the issue the map shows (the
/// overview's, or the issue's: a tour of the press-freedom map opens on
/// "Expression and media"), the country's name, or "Kazakhstan — cases". An
/// unknown country code is shown as given.
pub fn step_title(data: &RightsData, msgs: &Messages, step: &TourStep, category: &str) -> String {
    let name = |code: &str| {
        data.country(code)
            .map_or(code.to_string(), |c| c.name.clone())
    };
    match step {
        TourStep::Overview => crate::view_model::category_name(data, msgs, category),
        TourStep::Country { code } => name(code),
        TourStep::Cases { code } => fill(msgs.cases_step_title, &[("country", &name(code))]),
    }
}
