//! One person, one row across a corpus.
//!
//! Within a document the resolver already maps "Obama" to "Barack Obama";
//! across documents nothing does, so a speakers table splits one person
//! into "Obama" (from articles that never spell the full name) and
//! "Barack Obama", or "Donald Trump" and "Donald J. Trump". [`NameMap`]
//! merges such names, but only when the corpus itself makes the merge
//! unambiguous, because a wrong merge (two Ruizes made one) misstates who
//! was quoted, which is worse than a split row:
//!
//! 1. Full names (two words or more) that differ only by middle initials
//!    and case merge ("Donald J. Trump", "Donald Trump", "DONALD TRUMP"),
//!    unless the corpus holds two different middle initials for the same
//!    first and last name ("George H. W. Bush", "George W. Bush"): then
//!    each initialled form stays its own person and the bare "George
//!    Bush" stays apart, since it could be either.
//! 2. A single word ("Obama") merges into the one full-name person whose
//!    last word it is; when two or more persons share that surname
//!    ("Ana Ruiz", "Carlos Ruiz"), or none has it, it stays apart.
//!
//! Only person names are given to it; organisations and unnamed speakers
//! ("a spokesman") are never merged.

use std::collections::{BTreeMap, HashMap};

/// Which person names in a corpus are one person, and under which name.
///
/// Built once from every person name with how often it was credited, so
/// the decision does not depend on the order documents arrive in.
#[derive(Debug, Default, Clone)]
pub struct NameMap {
    /// Merged name → its row's name (names that merge into nothing are absent).
    to: HashMap<String, String>,
    /// Row name → every name it covers, most credited first (only rows that
    /// merged two names or more).
    variants: HashMap<String, Vec<String>>,
}

/// A name's words without punctuation at their edges.
fn words(name: &str) -> Vec<&str> {
    name.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// A person name's last word, lower-cased: only names sharing it can
/// merge, so callers can pre-group names by it.
pub fn surname(name: &str) -> Option<String> {
    words(name).last().map(|w| w.to_lowercase())
}

/// "J." or "J": a middle initial.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
}

/// A full name's identity without middle initials ("donald trump"), and
/// its middle initials ("j"); `None` for a single word.
fn full_key(name: &str) -> Option<(String, String)> {
    let w = words(name);
    if w.len() < 2 {
        return None;
    }
    let last = w.len() - 1;
    let mut key = Vec::new();
    let mut initials = String::new();
    for (i, word) in w.iter().enumerate() {
        if i != 0 && i != last && is_initial(word) {
            initials.push_str(&word.to_lowercase());
        } else {
            key.push(word.to_lowercase());
        }
    }
    Some((key.join(" "), initials))
}

impl NameMap {
    /// Decide the merges from person names and how often each was credited
    /// (a name given twice adds up). Names are compared without case.
    pub fn build<'a>(names: impl IntoIterator<Item = (&'a str, usize)>) -> NameMap {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for (n, c) in names {
            if !n.trim().is_empty() {
                *counts.entry(n).or_default() += c;
            }
        }
        // Step 1: full names by (key, initials); key → distinct initials.
        let mut by_key: BTreeMap<String, BTreeMap<String, Vec<&str>>> = BTreeMap::new();
        let mut singles: Vec<&str> = Vec::new();
        for &n in counts.keys() {
            match full_key(n) {
                Some((key, initials)) => by_key
                    .entry(key)
                    .or_default()
                    .entry(initials)
                    .or_default()
                    .push(n),
                None => singles.push(n),
            }
        }
        // Persons: groups of names, each one person.
        let mut persons: Vec<Vec<&str>> = Vec::new();
        // Lower-cased surname → indices of persons with it.
        let mut surnames: HashMap<String, Vec<usize>> = HashMap::new();
        for (key, forms) in by_key {
            let initialled = forms.keys().filter(|i| !i.is_empty()).count();
            let groups: Vec<Vec<&str>> = if initialled <= 1 {
                vec![forms.into_values().flatten().collect()]
            } else {
                forms.into_values().collect()
            };
            let last = key.rsplit(' ').next().unwrap_or_default().to_string();
            for g in groups {
                surnames
                    .entry(last.clone())
                    .or_default()
                    .push(persons.len());
                persons.push(g);
            }
        }
        // Step 2: a single word joins the one person with that surname.
        for s in singles {
            match surnames.get(&s.to_lowercase()).map(Vec::as_slice) {
                Some(&[only]) => persons[only].push(s),
                _ => persons.push(vec![s]),
            }
        }
        let mut map = NameMap::default();
        for mut p in persons.into_iter().filter(|p| p.len() > 1) {
            p.sort_by(|a, b| counts[b].cmp(&counts[a]).then_with(|| a.cmp(b)));
            // The row is named by its most credited full name.
            let row = p
                .iter()
                .find(|n| full_key(n).is_some())
                .copied()
                .unwrap_or(p[0])
                .to_string();
            for n in &p {
                map.to.insert((*n).to_string(), row.clone());
            }
            map.variants
                .insert(row, p.iter().map(|n| (*n).to_string()).collect());
        }
        map
    }

    /// The row name for a person `name`: the name it merges into, or
    /// itself.
    pub fn canonical<'a>(&'a self, name: &'a str) -> &'a str {
        self.to.get(name).map_or(name, String::as_str)
    }

    /// The names merged into the row `row`, most credited first; empty when
    /// the row is a single name.
    pub fn variants(&self, row: &str) -> &[String] {
        self.variants.get(row).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (names with counts, name, expected row name)
    #[test]
    fn merges_only_when_the_corpus_is_unambiguous() {
        type Case<'a> = (&'a [(&'a str, usize)], &'a str, &'a str);
        let cases: &[Case] = &[
            (
                &[("Obama", 75), ("Barack Obama", 14)],
                "Obama",
                "Barack Obama",
            ),
            (
                &[("Donald Trump", 9), ("Donald J. Trump", 3)],
                "Donald J. Trump",
                "Donald Trump",
            ),
            (
                &[("DONALD TRUMP", 1), ("Donald Trump", 2)],
                "DONALD TRUMP",
                "Donald Trump",
            ),
            // Two persons share the surname: no merge.
            (
                &[("Ruiz", 4), ("Ana Ruiz", 2), ("Carlos Ruiz", 1)],
                "Ruiz",
                "Ruiz",
            ),
            (
                &[("Ana Ruiz", 2), ("Carlos Ruiz", 1)],
                "Carlos Ruiz",
                "Carlos Ruiz",
            ),
            // Two different middle initials: the bare form could be either.
            (
                &[
                    ("George W. Bush", 5),
                    ("George H. W. Bush", 2),
                    ("George Bush", 1),
                ],
                "George Bush",
                "George Bush",
            ),
            (
                &[("George W. Bush", 5), ("George H. W. Bush", 2)],
                "George H. W. Bush",
                "George H. W. Bush",
            ),
            // A surname with no full name stays.
            (&[("Obama", 3)], "Obama", "Obama"),
        ];
        for (names, name, want) in cases {
            let map = NameMap::build(names.iter().copied());
            assert_eq!(map.canonical(name), *want, "{names:?}");
        }
    }

    #[test]
    fn variants_list_every_merged_name_most_credited_first() {
        let map = NameMap::build([("Obama", 75), ("Barack Obama", 14), ("Lena Ford", 2)]);
        assert_eq!(map.variants("Barack Obama"), ["Obama", "Barack Obama"]);
        assert!(map.variants("Lena Ford").is_empty());
    }
}
