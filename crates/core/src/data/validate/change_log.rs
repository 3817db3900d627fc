//! The change log's checks: a version that is the newest change's date, and
//! dated entries newest first.
use super::Validator;
use crate::data::error::DataErrorKind as K;
use crate::data::formats::is_iso_date;
use crate::data::model::Change;

impl Validator<'_> {
    /// A dated change log, newest first, whose newest date is the version.
    pub(super) fn changes(&mut self, version: &str, changes: &[Change]) {
        self.date("version", version);
        match changes.first() {
            None => self.push("changes", K::EmptyField),
            Some(latest) if is_iso_date(version) && latest.date != version => self.push(
                "version",
                K::VersionNotLatestChange {
                    version: version.to_string(),
                    latest: latest.date.clone(),
                },
            ),
            Some(_) => {}
        }
        for (i, change) in changes.iter().enumerate() {
            let p = format!("changes[{i}]");
            self.date(&format!("{p}.date"), &change.date);
            self.text(&format!("{p}.summary"), &change.summary);
            // ISO dates order as strings.
            if let Some(newer) = i.checked_sub(1).map(|j| &changes[j].date) {
                if change.date >= *newer {
                    let kind = K::ChangesOutOfOrder {
                        date: change.date.clone(),
                        before: newer.clone(),
                    };
                    self.push(format!("{p}.date"), kind);
                }
            }
        }
    }

    pub(super) fn date(&mut self, path: &str, date: &str) {
        if !is_iso_date(date) {
            let kind = K::BadDate {
                date: date.to_string(),
            };
            self.push(path, kind);
        }
    }
}
