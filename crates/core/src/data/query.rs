//! Small lookups the view layer needs, kept here so the UI never re-implements
//! "which status does this country have" differently in two places.
use super::model::*;

impl RightsData {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// A country by its ISO code (`"KZ"`).
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code == code)
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    pub fn case(&self, id: &str) -> Option<&Case> {
        self.cases.iter().find(|c| c.id == id)
    }

    /// The cases about one country, in file order.
    pub fn cases_for(&self, country: &str) -> Vec<&Case> {
        self.cases.iter().filter(|c| c.country == country).collect()
    }

    /// The cases about one country filed under one category, in file order.
    pub fn cases_in(&self, country: &str, category: &str) -> Vec<&Case> {
        self.cases
            .iter()
            .filter(|c| c.country == country && c.categories.iter().any(|k| k == category))
            .collect()
    }

    /// A country's finding for a category together with its legend entry.
    /// `None` for an unknown country, category or status (a valid file has
    /// none of those).
    pub fn finding(&self, country: &str, category: &str) -> Option<(&Finding, &Status)> {
        let finding = self.country(country)?.findings.get(category)?;
        let status = self.category(category)?.status(&finding.status)?;
        Some((finding, status))
    }

    /// Just the legend entry of a country's finding, e.g. for its fill.
    pub fn status(&self, country: &str, category: &str) -> Option<&Status> {
        self.finding(country, category).map(|(_, status)| status)
    }
}

impl Category {
    pub fn status(&self, id: &str) -> Option<&Status> {
        self.statuses.iter().find(|s| s.id == id)
    }

    /// The statuses that carry a finding, least severe first (the legend
    /// without its "not covered" entry).
    pub fn covered(&self) -> impl Iterator<Item = &Status> {
        self.statuses.iter().filter(|s| !s.not_covered)
    }

    /// Severity rank of a covered status: 0 for the least severe. `None` for
    /// "not covered" (which is not a point on the scale) or unknown ids.
    pub fn severity(&self, status: &str) -> Option<usize> {
        self.covered().position(|s| s.id == status)
    }

    /// How many covered statuses the legend has (the length of the scale).
    pub fn scale_len(&self) -> usize {
        self.covered().count()
    }
}
