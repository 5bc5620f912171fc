//! Word knowledge from `data/`, compiled in by `build.rs`: closed word
//! classes (`data/words/<class>.txt` → `<class>(w)` and `<CLASS>`), and how
//! each cue verb takes its content (the `frames` and `preps` columns of
//! `data/cues.tsv` → [`verb_frames`], [`frame`], [`takes_prep`]). Rules ask
//! these functions instead of listing words themselves, so changing how
//! "urge" behaves, or what counts as a subordinator, is a data edit.

include!(concat!(env!("OUT_DIR"), "/words.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    /// The compiled tables answer as the data files say (one row per
    /// kind of entry).
    #[test]
    fn data_files_compile_to_lookups() {
        let cases: &[(&str, bool)] = &[
            ("if", subordinators("if")),
            ("If", subordinators("If")),
            ("during", subordinators("during")),
            ("!dog", !subordinators("dog")),
            ("!IF", !subordinators("IF")),
            ("Q", question_labels("Q")),
            ("update", colon_labels("update")),
            ("sen", title_roles("sen") == Some("senator")),
            ("!xyz", title_roles("xyz").is_none()),
            ("tell", verb_frames("tell") & frame::ADDRESSEE != 0),
            ("endorse", verb_frames("endorse") & frame::OBJECT != 0),
            ("!say", verb_frames("say") & frame::OBJECT == 0),
            ("talk about", takes_prep("talk", "about")),
            ("!talk to", !takes_prep("talk", "to")),
            ("unknown lemma", verb_frames("zzz") == 0),
        ];
        for (what, ok) in cases {
            assert!(ok, "{what}");
        }
        assert_eq!(SUBORDINATORS.first(), Some(&"if"));
    }

    /// The case-folding matchers answer as lowercasing the word and asking
    /// the plain matcher would, for words in any case, outside ASCII and
    /// of every length.
    #[test]
    fn case_folding_matchers_match_lowercasing() {
        for w in [
            "of", "OF", "Of", "from", "FROM", "fro", "x", "", "with", "wiTh", "ΟF", "\u{212A}",
            "thé", "Monday",
        ] {
            assert_eq!(
                prepositions_ascii_lower(w),
                prepositions(&w.to_ascii_lowercase()),
                "{w:?}"
            );
            assert_eq!(
                prepositions_lower(w),
                prepositions(&w.to_lowercase()),
                "{w:?}"
            );
            assert_eq!(
                according_openers_lower(w),
                according_openers(&w.to_lowercase()),
                "{w:?}"
            );
        }
        // An entry written with a capital is never the lowercase of a word.
        assert!(according_openers("But"));
        assert!(!according_openers_lower("But"));
    }

    /// The classes that rules ask in any case (`<class>_ascii_lower`,
    /// `<class>_lower`) match only entries written in lower case, as
    /// lowercasing the word and looking it up would: an entry "The" would
    /// never match. These rules compared with every entry ignoring ASCII
    /// case before; for them the two agree while the entries are lower case.
    #[test]
    fn classes_asked_in_any_case_are_written_in_lower_case() {
        for (class, list) in [
            ("prepositions", PREPOSITIONS),
            ("determiners", DETERMINERS),
            ("noun_determiners", NOUN_DETERMINERS),
            ("colon_labels", COLON_LABELS),
            ("person_modifiers", PERSON_MODIFIERS),
            ("time_nouns", TIME_NOUNS),
            ("time_modifiers", TIME_MODIFIERS),
            ("days_and_months", DAYS_AND_MONTHS),
        ] {
            for w in list {
                assert_eq!(*w, w.to_ascii_lowercase(), "{class}: {w:?}");
            }
        }
    }
}
