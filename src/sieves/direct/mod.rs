//! Quotation sieves, one file each; the order is [`super::DIRECT`].
//!
//! | sieve | pattern | method |
//! |---|---|---|
//! | `cue_after` | `"…," X said`, `"…," said X`, `"…," he said`, `"…," according to X` | explicit, pronoun, according |
//! | `dash` | `"…" ― Pamela Padilla` | explicit |
//! | `cue_before` | `X said, "…"`, `X told a rally: "…"`, mixed `X said the plan was "dead"` | explicit, pronoun, colon, according, participle |
//! | `colon_intro` | `Jones: "…"`, `Kelly responded, with a smile: "…"` | colon |
//! | `next_sentence` | `"We will rebuild." Calloway said the work …` | explicit, pronoun |
//! | `colon_paragraph` | a quote paragraph after `Holt said:` | colon |
//! | `words_of` | a quote paragraph, then `Those were the words of X, …` | forward |
//! | `continuation` | a quote-only sentence after an attributed quote | continuation |
//! | `previous_sentence` | `Novak shook his head. "…"` | continuation |
//! | `forward` | a headline quote, speaker in the next paragraph | forward |
//! | `previous_paragraph` | a quote-only paragraph after one that introduces a person | continuation |
//! | `transcript` | interview turns `MS. LAN: …`, `Q: …` / `A: …` (whole document, after the others) | colon |
//! | `uncued` | a long quote, or a quote-only sentence, with no speaker | none |

pub(crate) mod colon_intro;
pub(crate) mod colon_paragraph;
pub(crate) mod continuation;
pub(crate) mod cue_after;
pub(crate) mod cue_before;
pub(crate) mod dash;
pub(crate) mod forward;
pub(crate) mod next_sentence;
pub(crate) mod previous_paragraph;
pub(crate) mod previous_sentence;
pub(crate) mod transcript;
pub(crate) mod uncued;
pub(crate) mod words_of;
