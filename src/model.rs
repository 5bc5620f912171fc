//! The vocabulary every stage shares: what kind of attribution a row is,
//! which rule made it, and the row itself before speaker resolution.
//! Stages import these from here, never from one another.

pub use crate::cues::Cue;
pub use crate::lexicon::CueClass;
use crate::mentions::Form;
pub use crate::mentions::Mention;

/// What kind of attribution a row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// The speaker's own words in quotation marks: `"…," she said`.
    Direct,
    /// A reported clause holding quoted words: `said the plan was "dead"`.
    Mixed,
    /// Reported speech without quotation marks: `X told reporters that …`.
    Indirect,
}

impl Kind {
    /// The name in the `kind` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Mixed => "mixed",
            Kind::Indirect => "indirect",
        }
    }
}

/// The rule that attributed a quote, as the `method` column names it: a
/// stable, coarse name (several sieves share one) that users filter on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// A cue and a named (or described) subject next to the quote.
    Explicit,
    /// As `Explicit`, with a pronoun subject.
    Pronoun,
    /// A colon introduction (`X told a news conference: "…"`, `Ruiz: "…"`).
    Colon,
    /// The speaker of an earlier quote or sentence carries over.
    Continuation,
    /// A headline quote attributed by the next paragraph.
    Forward,
    /// `according to X`.
    According,
    /// Reported speech with the subject and cue first (`X said that …`).
    Reported,
    /// Reported speech with the attribution after or inside its content.
    Postposed,
    /// A participle (`…, saying that …`).
    Participle,
    /// `Asked whether he would run, Smith said …`: the question put to the
    /// speaker, attributed to the asker when named ("Asked by X").
    Question,
    /// No rule found a speaker (the quote is still reported).
    None,
}

impl Method {
    /// The name in the `method` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Explicit => "explicit",
            Method::Pronoun => "pronoun",
            Method::Colon => "colon",
            Method::Continuation => "continuation",
            Method::Forward => "forward",
            Method::According => "according",
            Method::Reported => "reported",
            Method::Postposed => "postposed",
            Method::Participle => "participle",
            Method::Question => "question",
            Method::None => "none",
        }
    }

    /// The rule for a row whose speaker is `m`: `Pronoun` when the speaker
    /// is a pronoun, else `named` (`Explicit`, `Reported`, …).
    pub fn for_speaker(m: &Mention, named: Method) -> Method {
        if m.form == Form::Pronoun {
            Method::Pronoun
        } else {
            named
        }
    }

    /// How far to trust a row attributed by this rule; measured precision of
    /// each rule on the PolNeAR train split guided the order, not the values.
    pub fn confidence(self) -> f64 {
        match self {
            Method::Explicit => 0.95,
            Method::Colon | Method::According => 0.9,
            Method::Pronoun | Method::Reported => 0.85,
            Method::Postposed | Method::Participle => 0.8,
            Method::Continuation | Method::Question => 0.7,
            Method::Forward => 0.5,
            Method::None => 0.3,
        }
    }
}

/// One attribution, in byte offsets, before speaker resolution.
#[derive(Clone, Debug)]
pub struct Attribution {
    /// Direct, mixed or indirect.
    pub kind: Kind,
    /// Byte span of the content (without quotation marks).
    pub start: usize,
    /// End of the content, exclusive.
    pub end: usize,
    /// The speaker mention linked to the row, before resolution.
    pub speaker: Option<Mention>,
    /// The cue that attributes it, when there is one.
    pub cue: Option<Cue>,
    /// The rule's public name.
    pub method: Method,
    /// The sieve that made the row (see [`crate::sieves`]).
    pub sieve: &'static str,
    /// Paragraph where the row starts (0-based).
    pub paragraph: usize,
    /// Sentence where the row starts (0-based).
    pub sentence: usize,
}

/// Which cue classes a run reports.
#[derive(Clone, Copy, Debug)]
pub struct CueFilter {
    /// Report thought cues too ("wants", "knows", "decided").
    pub thought: bool,
}

impl CueFilter {
    /// Does the run report cues of `class`?
    pub fn allows(self, class: CueClass) -> bool {
        self.thought || class != CueClass::Thought
    }
}

/// Sort `v` by `key`, keeping elements with equal keys in their order (as
/// `sort_by_key` does), without the scratch copy a stable sort of the
/// elements themselves makes: attribution rows are large, and a window of
/// nothing but quotation marks holds one per mark, so that copy was half
/// again the rows' memory. The keys with their indices are sorted instead
/// (unique pairs, so an unstable sort gives the stable order), then the
/// elements move into place along the permutation's cycles. Elements
/// already in order (the usual case) are not touched.
pub(crate) fn sort_in_place_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    if v.is_sorted_by_key(&key) {
        return;
    }
    let mut keyed: Vec<(K, usize)> = v.iter().enumerate().map(|(i, x)| (key(x), i)).collect();
    keyed.sort_unstable();
    // `order[k]`: the index of the element that belongs at `k`.
    let mut order: Vec<usize> = keyed.into_iter().map(|(_, i)| i).collect();
    for i in 0..order.len() {
        // Follow the cycle through `i`: position `j` holds `v[i]`'s old
        // value until its own element is swapped in.
        let mut j = i;
        while order[j] != usize::MAX {
            let src = order[j];
            order[j] = usize::MAX;
            if src == i {
                break;
            }
            v.swap(j, src);
            j = src;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The in-place sort gives exactly the stable sort's order.
        #[test]
        fn in_place_sort_is_the_stable_sort(v in prop::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut want = v.clone();
            want.sort_by_key(|x| x.0);
            let mut got = v;
            sort_in_place_by_key(&mut got, |x| x.0);
            prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn in_place_sort_cases() {
        for (input, want) in [
            (vec![], vec![]),
            (vec![(1, 'a')], vec![(1, 'a')]),
            (vec![(2, 'a'), (1, 'b')], vec![(1, 'b'), (2, 'a')]),
            (
                vec![(3, 'a'), (1, 'b'), (2, 'c'), (1, 'd')],
                vec![(1, 'b'), (1, 'd'), (2, 'c'), (3, 'a')],
            ),
            (
                vec![(1, 'a'), (1, 'b'), (0, 'c')],
                vec![(0, 'c'), (1, 'a'), (1, 'b')],
            ),
        ] {
            let mut got: Vec<(i32, char)> = input;
            sort_in_place_by_key(&mut got, |x| x.0);
            assert_eq!(got, want);
        }
    }
}
