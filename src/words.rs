//! Word knowledge from `data/`, compiled in by `build.rs`: closed word
//! classes (`data/words/<class>.txt` → `<class>(w)` and `<CLASS>`), and how
//! each cue verb takes its content (the `frames` and `preps` columns of
//! `data/cues.tsv` → [`verb_frames`], [`frame`], [`takes_prep`]). Rules ask
//! these functions instead of listing words themselves, so changing how
//! "urge" behaves, or what counts as a subordinator, is a data edit.

include!(concat!(env!("OUT_DIR"), "/words.rs"));
