//! What an issue's map shows, in words (`view_model::issue_summary`), and the
//! description of its page made from it, in every language.
use rights_map_core::data::{load_embedded, RightsData};
use rights_map_core::messages::{packs, Lang};
use rights_map_core::pages::{Page, PageKind};
use rights_map_core::view_model::issue_summary;

/// Each language's data, its pack read as the site renderer reads it.
fn every_language() -> Vec<(Lang, &'static RightsData)> {
    let en: &'static RightsData = Box::leak(Box::new(load_embedded().unwrap()));
    Lang::ALL
        .into_iter()
        .map(|lang| {
            packs::load(lang, packs::native_pack(lang)).unwrap();
            (lang, packs::data(lang, en))
        })
        .collect()
}

/// A sentence for each status shown: exactly the countries at that status,
/// then its label; the most severe first, "not mentioned" last; every
/// country once.
#[test]
fn each_status_names_exactly_its_countries_the_most_severe_first() {
    for (lang, data) in every_language() {
        for cat in &data.categories {
            let what = format!("{lang:?} {}", cat.id);
            let mut named = Vec::new();
            let mut ranks = Vec::new();
            for sentence in issue_summary(data, &cat.id) {
                let status = cat
                    .statuses
                    .iter()
                    .find(|s| sentence.ends_with(&format!(": {}.", s.label.trim_end_matches('.'))))
                    .unwrap_or_else(|| panic!("{what}: no status ends {sentence}"));
                let names =
                    &sentence[..sentence.len() - status.label.trim_end_matches('.').len() - 3];
                let expected: Vec<&str> = data
                    .countries
                    .iter()
                    .filter(|c| {
                        data.status(&c.code, &cat.id)
                            .is_some_and(|s| s.id == status.id)
                    })
                    .map(|c| c.name.as_str())
                    .collect();
                assert_eq!(names, expected.join(", "), "{what}: {sentence}");
                named.extend(expected);
                ranks.push(cat.severity(&status.id).map_or(0, |r| r + 1));
            }
            assert_eq!(named.len(), data.countries.len(), "{what}: {named:?}");
            assert!(ranks.windows(2).all(|w| w[0] > w[1]), "{what}: {ranks:?}");
        }
    }
}

/// An issue page's description is the whole list, or visibly cut ("…"):
/// never a shorter list that reads as the whole one.
#[test]
fn an_issue_description_is_the_whole_list_or_ends_with_an_ellipsis() {
    let mut cut = 0;
    for (lang, data) in every_language() {
        for cat in &data.categories {
            let whole = issue_summary(data, &cat.id).join(" ");
            for kind in [
                PageKind::Issue(cat.id.clone()),
                PageKind::EmbedIssue(cat.id.clone()),
            ] {
                let description = Page::new(kind, lang).description(data, 200);
                assert!(description.chars().count() <= 200);
                if description != whole {
                    cut += 1;
                    let kept = description.strip_suffix('…').unwrap_or_else(|| {
                        panic!(
                            "{lang:?} {}: cut without an ellipsis: {description}",
                            cat.id
                        )
                    });
                    assert!(whole.starts_with(kept), "{lang:?} {}", cat.id);
                }
            }
        }
    }
    // Some are: the test sees both kinds.
    assert!(cut > 0);
}
