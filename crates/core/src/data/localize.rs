//! Applying a checked translation: a copy of the data in another language.
use super::model::RightsData;
use super::translation::Translation;

/// A copy of `data` with every text `tr` translates replaced. Ids, codes,
/// statuses, sources and excerpts are untouched; an item `tr` lacks keeps its
/// English text (a checked translation lacks none).
pub fn localize(data: &RightsData, tr: &Translation) -> RightsData {
    let mut out = data.clone();
    for category in &mut out.categories {
        let Some(t) = tr.categories.get(&category.id) else {
            continue;
        };
        category.name.clone_from(&t.name);
        category.description.clone_from(&t.description);
        for status in &mut category.statuses {
            if let Some(label) = t.statuses.get(&status.id) {
                status.label.clone_from(label);
            }
        }
    }
    for country in &mut out.countries {
        let Some(t) = tr.countries.get(&country.code) else {
            continue;
        };
        country.name.clone_from(&t.name);
        country.capital.clone_from(&t.capital);
        country.summary.clone_from(&t.summary);
        if let (Some(direction), Some(label)) = (&mut country.direction, &t.direction) {
            direction.label.clone_from(label);
        }
        for (id, finding) in &mut country.findings {
            if let Some(summary) = t.findings.get(id) {
                finding.summary.clone_from(summary);
            }
        }
    }
    for case in &mut out.cases {
        let Some(t) = tr.cases.get(&case.id) else {
            continue;
        };
        case.title.clone_from(&t.title);
        case.summary.clone_from(&t.summary);
        case.outcome.clone_from(&t.outcome);
        // Matched by position; a list of the wrong length stays English.
        if t.people.len() == case.people.len() {
            case.people.clone_from(&t.people);
        }
        if t.dates.len() == case.dates.len() {
            case.dates.clone_from(&t.dates);
        }
    }
    for item in &mut out.region.items {
        if let Some(t) = tr.region.get(&item.id) {
            item.title.clone_from(&t.title);
            item.summary.clone_from(&t.summary);
        }
    }
    for change in &mut out.changes {
        if let Some(summary) = tr.changes.get(&change.date) {
            change.summary.clone_from(summary);
        }
    }
    out
}
