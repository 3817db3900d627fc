//! Guards on the words we write ourselves in `assets/data/rights.json`
//! (summaries, titles, outcomes, labels): they must not smuggle in a fact the
//! source does not give. Numbers, dates and names are the usual culprits:
//! "late November" turning into "late November 2023", or "Gorno-Badakshan"
//! being "corrected" to another spelling.
use central_asia_rights_map::core::data::*;

const SOURCE: &str = include_str!("fixtures/sources/hrw-wr2024-central-asia.txt");

fn data() -> RightsData {
    load_embedded().unwrap_or_else(|errors| panic!("{}", errors[0]))
}

/// Every piece of free text we wrote, as opposed to quotations.
fn our_texts(data: &RightsData) -> Vec<&str> {
    let mut texts = Vec::new();
    for c in &data.countries {
        texts.push(c.summary.as_str());
        texts.extend(c.findings.values().map(|f| f.summary.as_str()));
    }
    for c in &data.cases {
        texts.extend([&c.title, &c.summary, &c.outcome].map(String::as_str));
        texts.extend(c.people.iter().chain(&c.dates).map(String::as_str));
    }
    for r in &data.region.items {
        texts.extend([r.title.as_str(), r.summary.as_str()]);
    }
    for c in &data.categories {
        texts.extend([c.name.as_str(), c.description.as_str()]);
        texts.extend(c.statuses.iter().map(|s| s.label.as_str()));
    }
    texts
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
}

fn numbers(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn case_people_and_dates_are_in_their_excerpt_or_the_source() {
    let source = normalise(SOURCE);
    for case in &data().cases {
        for item in case.people.iter().chain(&case.dates) {
            let item = normalise(item);
            let found = normalise(&case.excerpt).contains(&item) || source.contains(&item);
            assert!(
                found,
                "{}: {item:?} is not in its excerpt or the source",
                case.id
            );
        }
    }
}

#[test]
fn case_dates_are_in_their_own_excerpt() {
    // Stricter than "somewhere in the source": the date must belong to this
    // event, not to the paragraph's other events.
    for case in &data().cases {
        for date in &case.dates {
            assert!(
                case.excerpt.contains(date.as_str()),
                "{}: {date:?}",
                case.id
            );
        }
    }
}

/// Every number in our own words appears as a number in the source: no
/// invented years or counts anywhere.
#[test]
fn every_number_in_our_text_is_in_the_source() {
    let data = data();
    let source = numbers(SOURCE);
    for text in our_texts(&data) {
        for n in numbers(text) {
            assert!(source.contains(&n), "{n} in {text:?} is not in the source");
        }
    }
}

/// Stricter for cases and findings: a number must be in the very excerpt
/// that backs the text, so no year is borrowed from a neighbouring event.
#[test]
fn numbers_in_cases_and_findings_are_in_their_own_excerpt() {
    let data = data();
    let mut pairs: Vec<(String, &str)> = Vec::new();
    for c in &data.cases {
        let ours = format!("{} {} {}", c.title, c.summary, c.outcome);
        pairs.push((ours, &c.excerpt));
    }
    for c in &data.countries {
        for f in c.findings.values() {
            pairs.push((f.summary.clone(), f.excerpt.as_deref().unwrap_or("")));
        }
    }
    for (ours, excerpt) in pairs {
        let backed = numbers(excerpt);
        for n in numbers(&ours) {
            assert!(backed.contains(&n), "{n} in {ours:?} is not in {excerpt:?}");
        }
    }
}

/// Names must be spelled as the source spells them. Any capitalised word in
/// our text must occur in the source (ignoring case), unless it is one of
/// these ordinary words that happen to start a sentence or label.
#[rustfmt::skip]
const ORDINARY_WORDS: [&str; 22] = [
    "abducted", "abductions", "after", "credit", "criminalised", "detentions", "drafted", "enabling",
    "he", "heavily", "lgbt", "legal", "ngo", "ngos", "opposition", "photo", "prosecution",
    "restrictive", "sex", "six-year", "unsanctioned", "whether",
];

#[test]
fn capitalised_words_are_spelled_as_in_the_source() {
    let data = data();
    let source: Vec<String> = words(SOURCE).map(str::to_lowercase).collect();
    for text in our_texts(&data) {
        for w in words(text).filter(|w| w.starts_with(char::is_uppercase)) {
            let w = w.to_lowercase();
            let known = source.contains(&w) || ORDINARY_WORDS.contains(&w.as_str());
            assert!(known, "{w:?} in {text:?} is not a word of the source");
        }
    }
}

#[test]
fn the_source_spellings_are_kept() {
    let data = data();
    let all = our_texts(&data).join(" ");
    assert!(all.contains("Gorno-Badakshan"));
    for variant in ["Badakhshan", "Zhylanbayev", "Mamai"] {
        assert!(!all.contains(variant), "{variant:?}");
    }
}

/// A phrase we quote in our own words is set in typographic quotation marks,
/// as the excerpts and the panels' quotations are: a straight `"` in a
/// title reads as a typing slip beside them ("Propaganda" law).
#[test]
fn our_quotations_are_in_typographic_marks_and_balanced() {
    let data = data();
    for text in our_texts(&data) {
        assert!(!text.contains('"'), "straight quotation mark in {text:?}");
        let opened = text.matches('\u{201C}').count();
        let closed = text.matches('\u{201D}').count();
        assert_eq!(opened, closed, "unbalanced quotation marks in {text:?}");
    }
}
