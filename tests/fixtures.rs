//! Fixture suite: short articles written for this project, each with the
//! rows a reader would expect. Every behaviour the extractor promises has a
//! case here; rows are compared as (kind, quote, speaker).

use whosaid::{Options, Quote, extract};

/// (kind, quote text, canonical speaker)
type Row<'a> = (&'a str, &'a str, &'a str);

fn rows(text: &str, opts: &Options) -> Vec<(String, String, String)> {
    extract(text, opts)
        .into_iter()
        .map(|q: Quote| (q.kind.to_string(), q.quote, q.speaker))
        .collect()
}

#[track_caller]
fn check_with(text: &str, opts: &Options, expected: &[Row]) {
    let got = rows(text, opts);
    let want: Vec<(String, String, String)> = expected
        .iter()
        .map(|(k, q, s)| (k.to_string(), q.to_string(), s.to_string()))
        .collect();
    assert_eq!(got, want, "\ntext: {text}\n");
}

#[track_caller]
fn check(text: &str, expected: &[Row]) {
    check_with(text, &Options::default(), expected)
}

// ---- direct quotes and the sieve ------------------------------------------

#[test]
fn quote_then_name_and_cue() {
    check(
        "\"The bridge will hold,\" Calloway said.",
        &[("direct", "The bridge will hold,", "Calloway")],
    );
}

#[test]
fn quote_then_inverted_cue_and_full_name() {
    check(
        "Ruth Calloway toured the site. \"We are not done yet,\" said Calloway.",
        &[("direct", "We are not done yet,", "Ruth Calloway")],
    );
}

#[test]
fn cue_and_comma_before_the_quote() {
    check(
        "Peter Novak said, \"Nobody asked the engineers.\"",
        &[("direct", "Nobody asked the engineers.", "Peter Novak")],
    );
}

#[test]
fn colon_introduction() {
    check(
        "Mayor Dana Whitfield told a news conference: \"The budget is balanced for the first time in a decade.\"",
        &[(
            "direct",
            "The budget is balanced for the first time in a decade.",
            "Dana Whitfield",
        )],
    );
}

#[test]
fn pronoun_resolves_to_the_named_speaker() {
    check(
        "Peter Novak arrived late.\n\n\"I had a flat tire,\" he explained.",
        &[("direct", "I had a flat tire,", "Peter Novak")],
    );
}

#[test]
fn she_skips_a_nearer_man() {
    check(
        "Ruth Calloway met Peter Novak at the depot on Monday.\n\n\"We will fund the repairs,\" she said.",
        &[("direct", "We will fund the repairs,", "Ruth Calloway")],
    );
}

#[test]
fn he_skips_a_nearer_woman() {
    check(
        "Tomas Lindqvist sat next to Maria Ortega during the hearing.\n\n\"It is too expensive,\" he said.",
        &[("direct", "It is too expensive,", "Tomas Lindqvist")],
    );
}

#[test]
fn continuation_sentence_and_paragraph() {
    check(
        "\"The vote was close,\" Novak said. \"We will ask for a recount.\"\n\n\"And we will win it.\"",
        &[
            ("direct", "The vote was close,", "Novak"),
            ("direct", "We will ask for a recount.", "Novak"),
            ("direct", "And we will win it.", "Novak"),
        ],
    );
}

#[test]
fn interrupted_quote_gives_two_rows() {
    check(
        "\"That deal,\" said Helena Brandt, \"is dead.\"",
        &[
            ("direct", "That deal,", "Helena Brandt"),
            ("direct", "is dead.", "Helena Brandt"),
        ],
    );
}

#[test]
fn multi_paragraph_quote_is_one_row() {
    let text = "Olga Petrova read her statement.\n\n“The first part ends here.\n\n“The second part ends there,” Petrova said.";
    let got = extract(text, &Options::default());
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].speaker, "Olga Petrova");
    assert_eq!(
        got[0].quote,
        "The first part ends here.\n\n“The second part ends there,"
    );
    assert_eq!(got[0].paragraph, 1);
}

#[test]
fn nested_quotes_stay_inside() {
    check(
        "“They called it ‘a fantasy budget,’ and they were right,” Novak said.",
        &[(
            "direct",
            "They called it ‘a fantasy budget,’ and they were right,",
            "Novak",
        )],
    );
}

#[test]
fn titles_and_scare_quotes_are_not_quotations() {
    check(
        "The band performed \"Harbor Lights\" twice at the \"cozy\" venue that fans call \"the Barn\".",
        &[],
    );
}

#[test]
fn apostrophes_are_not_quotation_marks() {
    check(
        "It's the students' union that ran the ’90s archive, isn't it? Nobody's sure.",
        &[],
    );
}

#[test]
fn straight_single_quotes_as_quotation() {
    check(
        "'We are ready for the storm,' the mayor, Dana Whitfield, said.",
        &[("direct", "We are ready for the storm,", "Dana Whitfield")],
    );
}

#[test]
fn guillemets_and_german_marks() {
    check(
        "« We stay here », Amélie Laurent said.",
        &[("direct", "We stay here", "Amélie Laurent")],
    );
    check(
        "„We stay here“, said Jonas Weber.",
        &[("direct", "We stay here", "Jonas Weber")],
    );
    check(
        "»We stay here«, said Jonas Weber.",
        &[("direct", "We stay here", "Jonas Weber")],
    );
}

#[test]
fn unattributed_quote_is_still_reported() {
    check(
        "The report ended on a warning.\n\n\"Nothing about this system is safe for another winter.\"",
        &[(
            "direct",
            "Nothing about this system is safe for another winter.",
            "",
        )],
    );
}

// ---- mentions and resolution ----------------------------------------------

#[test]
fn canonical_name_drops_titles() {
    check(
        "Major General Arash Farahani visited the border post.\n\n\"Security comes first,\" Farahani declared. \"We will stay,\" General Farahani added.",
        &[
            ("direct", "Security comes first,", "Arash Farahani"),
            ("direct", "We will stay,", "Arash Farahani"),
        ],
    );
}

#[test]
fn title_reference_resolves_to_the_named_holder() {
    check(
        "Gov. Ruth Calloway signed the order on Friday.\n\n\"This is overdue,\" the governor said.",
        &[("direct", "This is overdue,", "Ruth Calloway")],
    );
}

#[test]
fn appositive_between_name_and_cue() {
    check(
        "\"We need more inspectors,\" Peter Novak, the agency's director, said.",
        &[("direct", "We need more inspectors,", "Peter Novak")],
    );
}

#[test]
fn relative_clause_after_inverted_name() {
    check(
        "\"The numbers do not add up,\" said Ines Carvalho, who chairs the finance committee.",
        &[("direct", "The numbers do not add up,", "Ines Carvalho")],
    );
}

#[test]
fn organisations_and_unnamed_sources() {
    let text = "\"Schools will reopen on Monday,\" the state Department of Education said.\n\n\"We do not comment on rumors,\" a spokesman for the company said.";
    let got = extract(text, &Options::default());
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].speaker_kind, "organization");
    assert!(
        got[0].speaker.contains("Department of Education"),
        "{:?}",
        got[0]
    );
    assert_eq!(got[1].speaker_kind, "unnamed");
    assert_eq!(got[1].speaker_mention, "a spokesman for the company");
}

// ---- indirect and mixed ----------------------------------------------------

#[test]
fn reported_speech_with_and_without_that() {
    check(
        "Ruth Calloway said that the bridge would reopen in May. Peter Novak said the schedule was too optimistic.",
        &[
            (
                "indirect",
                "the bridge would reopen in May",
                "Ruth Calloway",
            ),
            ("indirect", "the schedule was too optimistic", "Peter Novak"),
        ],
    );
}

#[test]
fn told_reporters_that() {
    check(
        "Helena Brandt told reporters that the talks had collapsed.",
        &[("indirect", "the talks had collapsed", "Helena Brandt")],
    );
}

#[test]
fn warned_and_statement_adjunct() {
    check(
        "Ines Carvalho warned that costs would rise. Carvalho said in a statement that the fund was empty.",
        &[
            ("indirect", "costs would rise", "Ines Carvalho"),
            ("indirect", "the fund was empty", "Ines Carvalho"),
        ],
    );
}

#[test]
fn participle_clause_takes_the_sentence_subject() {
    check(
        "Tomas Lindqvist left the meeting early, saying that the proposal ignored rural voters.",
        &[(
            "indirect",
            "the proposal ignored rural voters",
            "Tomas Lindqvist",
        )],
    );
}

#[test]
fn continued_by_stating_that() {
    check(
        "Olga Petrova continued by stating that every district deserves a clinic.",
        &[(
            "indirect",
            "every district deserves a clinic",
            "Olga Petrova",
        )],
    );
}

#[test]
fn post_posed_attribution() {
    check(
        "The bridge will reopen in May, Novak said.",
        &[("indirect", "The bridge will reopen in May", "Novak")],
    );
}

#[test]
fn according_to_before_and_after() {
    check(
        "According to Helena Brandt, the vote will be delayed. The budget is short by a third, according to the finance ministry.",
        &[
            ("indirect", "the vote will be delayed", "Helena Brandt"),
            (
                "indirect",
                "The budget is short by a third",
                "the finance ministry",
            ),
        ],
    );
}

#[test]
fn content_ends_before_a_participial_clause() {
    check(
        "Farahani emphasized that border security is the main issue today, highlighting their joint exercises.",
        &[(
            "indirect",
            "border security is the main issue today",
            "Farahani",
        )],
    );
}

#[test]
fn described_as() {
    check(
        "Farahani described the ceasefire as a turning point for the region.",
        &[(
            "indirect",
            "the ceasefire as a turning point for the region",
            "Farahani",
        )],
    );
}

#[test]
fn mixed_quote_is_one_row_spanning_the_clause() {
    check(
        "Peter Novak said the budget was \"a disaster in slow motion.\"",
        &[(
            "mixed",
            "the budget was \"a disaster in slow motion.\"",
            "Peter Novak",
        )],
    );
}

#[test]
fn mixed_quote_with_single_marks() {
    check(
        "Helena Brandt called the ruling ‘an insult to every voter’ on Tuesday.",
        &[(
            "mixed",
            "the ruling ‘an insult to every voter’ on Tuesday",
            "Helena Brandt",
        )],
    );
}

#[test]
fn thought_cues_only_on_request() {
    let text = "Ines Carvalho wants the tax to pass before the summer.";
    check(text, &[]);
    check_with(
        text,
        &Options {
            thought_cues: true,
            ..Options::default()
        },
        &[(
            "indirect",
            "the tax to pass before the summer",
            "Ines Carvalho",
        )],
    );
}

// ---- offsets ----------------------------------------------------------------

#[test]
fn offsets_are_char_offsets_into_the_text() {
    let text = "Zoë Åberg arrived. “Ça suffit 🙂,” Åberg said.";
    let got = extract(text, &Options::default());
    assert_eq!(got.len(), 1);
    let chars: Vec<char> = text.chars().collect();
    let q = &got[0];
    let slice = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    assert_eq!(slice(q.quote_start, q.quote_end), q.quote);
    assert_eq!(q.quote, "Ça suffit 🙂,");
    let (s, e) = (q.speaker_start.unwrap_or(0), q.speaker_end.unwrap_or(0));
    assert_eq!(slice(s, e), q.speaker_mention);
    let (s, e) = (q.cue_start.unwrap_or(0), q.cue_end.unwrap_or(0));
    assert_eq!(slice(s, e), "said");
}

#[test]
fn title_reference_through_a_relative_clause() {
    check(
        "Sara Lind, who became chancellor in March, opened the session.\n\n\"We start with the budget,\" the chancellor said.",
        &[("direct", "We start with the budget,", "Sara Lind")],
    );
}

#[test]
fn prime_minister_by_title() {
    check(
        "Prime Minister Anton Varga flew to Vienna on Sunday.\n\nThe prime minister said the treaty would be signed within a week.",
        &[(
            "indirect",
            "the treaty would be signed within a week",
            "Anton Varga",
        )],
    );
}

#[test]
fn alternating_speakers_with_gendered_pronouns() {
    check(
        "Anna Berg and Marcus Holt debated the levy on Tuesday.\n\n\"It is a fair tax,\" Berg said. \"It is theft,\" Holt replied.\n\n\"We simply disagree,\" she said.",
        &[
            ("direct", "It is a fair tax,", "Anna Berg"),
            ("direct", "It is theft,", "Marcus Holt"),
            ("direct", "We simply disagree,", "Anna Berg"),
        ],
    );
}

#[test]
fn honorifics_give_gender() {
    check(
        "Mr. Okafor and Ms. Lindgren signed the agreement.\n\n\"This took two years,\" she said.",
        &[("direct", "This took two years,", "Lindgren")],
    );
}

#[test]
fn interrupted_quote_with_pronoun() {
    check(
        "Marta Kowalski left the room.\n\n“The deal,” she said, “is off.”",
        &[
            ("direct", "The deal,", "Marta Kowalski"),
            ("direct", "is off.", "Marta Kowalski"),
        ],
    );
}

#[test]
fn multi_paragraph_quote_introduced_with_a_colon() {
    check(
        "Holt said:\n\n“The first thing is money.\n\n“The second thing is time.”",
        &[(
            "direct",
            "The first thing is money.\n\n“The second thing is time.",
            "Holt",
        )],
    );
}

#[test]
fn senator_title_and_party_label() {
    check(
        "“We won the argument,” said Sen. Anna Berg (D-Minn.). “Now we need the votes.”\n\nThe senator said the bill would come up in June.",
        &[
            ("direct", "We won the argument,", "Anna Berg"),
            ("direct", "Now we need the votes.", "Anna Berg"),
            ("indirect", "the bill would come up in June", "Anna Berg"),
        ],
    );
}

#[test]
fn quote_after_a_sentence_about_the_speaker() {
    check(
        "Marcus Holt shook his head at the hearing. \"We are not there yet.\"",
        &[("direct", "We are not there yet.", "Marcus Holt")],
    );
}

#[test]
fn foreign_minister_by_title_and_apposition_after_a_description() {
    check(
        "Foreign Minister Jana Kral met her counterparts in Oslo.\n\n\"The talks will resume in spring,\" the minister said.\n\n\"Orders are down,\" said the company's chief executive, Lena Moss.",
        &[
            ("direct", "The talks will resume in spring,", "Jana Kral"),
            ("direct", "Orders are down,", "Lena Moss"),
        ],
    );
}

#[test]
fn parenthetical_attribution_spans_its_whole_content() {
    check(
        "The new levy, officials said, would raise four million a year.",
        &[(
            "indirect",
            "The new levy, officials said, would raise four million a year",
            "officials",
        )],
    );
}

#[test]
fn colon_after_a_name_or_an_unlisted_verb() {
    check(
        "Hana Sato: \"The figures speak for themselves.\"\n\nMarcus Holt grinned, then shrugged: \"We knew it all along.\"",
        &[
            ("direct", "The figures speak for themselves.", "Hana Sato"),
            ("direct", "We knew it all along.", "Marcus Holt"),
        ],
    );
}

#[test]
fn short_clause_around_a_parenthetical_attribution() {
    check(
        "The audit, she said, found nothing unusual.",
        &[("indirect", "The audit, she said, found nothing unusual", "")],
    );
}

#[test]
fn post_posed_attribution_then_a_participle() {
    check(
        "The ferry will run again in June, Ruth Calloway said, adding that fares would stay the same.",
        &[
            (
                "indirect",
                "The ferry will run again in June",
                "Ruth Calloway",
            ),
            ("indirect", "fares would stay the same", "Ruth Calloway"),
        ],
    );
}

#[test]
fn inverted_speaker_with_an_appositive_after_a_place_name() {
    check(
        "Even after the storm reached Lisbon, the harbour stayed open, said Marta Ruiz, a port engineer.",
        &[(
            "indirect",
            "Even after the storm reached Lisbon, the harbour stayed open",
            "Marta Ruiz",
        )],
    );
}

#[test]
fn cue_coordinated_with_an_earlier_verb_takes_the_sentence_subject() {
    check(
        "Peter Novak toured the plant on Monday but said the upgrade was running late.",
        &[("indirect", "the upgrade was running late", "Peter Novak")],
    );
}

#[test]
fn relative_who_as_the_subject_of_a_cue() {
    check(
        "Dana Whitfield, who said the audit was overdue, chairs the committee.",
        &[("indirect", "the audit was overdue", "Dana Whitfield")],
    );
}

#[test]
fn called_for_takes_its_complement() {
    check(
        "Ruth Calloway called for a review of the harbour contracts.",
        &[(
            "indirect",
            "a review of the harbour contracts",
            "Ruth Calloway",
        )],
    );
}

#[test]
fn clause_after_an_adjunct_without_that() {
    check(
        "Peter Novak said on Tuesday he would not seek another term.",
        &[("indirect", "he would not seek another term", "Peter Novak")],
    );
}

#[test]
fn this_as_the_subject_of_a_reported_clause() {
    check(
        "Marta Ruiz said this was the last chance to fix the pier.",
        &[(
            "indirect",
            "this was the last chance to fix the pier",
            "Marta Ruiz",
        )],
    );
}

#[test]
fn thought_verb_stays_inside_a_reported_clause() {
    check(
        "Hana Sato said she was tired of delays and wanted a new contractor.",
        &[(
            "indirect",
            "she was tired of delays and wanted a new contractor",
            "Hana Sato",
        )],
    );
}

#[test]
fn according_to_a_source_that_is_no_name() {
    check(
        "The pier carried 4,000 passengers a day last summer, according to harbour records.",
        &[(
            "indirect",
            "The pier carried 4,000 passengers a day last summer",
            "harbour records",
        )],
    );
}

#[test]
fn infinitive_complement_of_a_promise() {
    check(
        "Marta Ruiz vowed to reopen the harbour before winter.",
        &[(
            "indirect",
            "to reopen the harbour before winter",
            "Marta Ruiz",
        )],
    );
}

#[test]
fn headline_label_with_a_colon_is_no_source() {
    check(
        "Correction: An earlier version of this story misspelled the name of the pier.",
        &[],
    );
}

#[test]
fn reflexive_object_is_no_reported_clause() {
    check(
        "Peter Novak found himself at the centre of the dispute.",
        &[],
    );
}

#[test]
fn long_subject_filling_the_sentence_before_say() {
    check(
        "Residents of the three villages along the northern shore say the ferry is too expensive.",
        &[(
            "indirect",
            "the ferry is too expensive",
            "Residents of the three villages along the northern shore",
        )],
    );
}

#[test]
fn subordinate_clause_at_the_start_of_reported_content() {
    check(
        "Ruth Calloway told the council that if the pier closed, the town would lose its ferry.",
        &[(
            "indirect",
            "if the pier closed, the town would lose its ferry",
            "Ruth Calloway",
        )],
    );
}

#[test]
fn parenthetical_according_to_spans_the_whole_clause() {
    check(
        "At the root of the delay, according to Hana Sato, was a missing permit.",
        &[(
            "indirect",
            "At the root of the delay, according to Hana Sato, was a missing permit",
            "Hana Sato",
        )],
    );
}

#[test]
fn short_object_of_an_endorsement() {
    check(
        "Dana Whitfield endorsed Calloway.",
        &[("indirect", "Calloway", "Dana Whitfield")],
    );
}

#[test]
fn cue_after_a_closed_quote_attributes_it_and_reports_its_clause() {
    check(
        "\"We will rebuild the pier.\" Calloway said the work would start in May.",
        &[
            ("direct", "We will rebuild the pier.", "Calloway"),
            ("indirect", "the work would start in May", "Calloway"),
        ],
    );
}

#[test]
fn bare_object_of_write_is_no_content_but_a_clause_is() {
    check(
        "Hana Sato wrote a short book about the harbour.\n\nPeter Novak wrote the plan was doomed from the start.",
        &[(
            "indirect",
            "the plan was doomed from the start",
            "Peter Novak",
        )],
    );
}

#[test]
fn addressee_description_ends_at_its_role_noun() {
    check(
        "The senator told reporters on Monday he would vote against the levy.",
        &[("indirect", "he would vote against the levy", "The senator")],
    );
}

#[test]
fn aside_between_the_cue_and_that() {
    check(
        "Two engineers cautioned, as did the port authority, that the pier could not carry trucks.",
        &[(
            "indirect",
            "the pier could not carry trucks",
            "Two engineers",
        )],
    );
}

#[test]
fn urged_addressee_and_infinitive() {
    check(
        "Ruth Calloway urged residents to conserve water this summer.",
        &[(
            "indirect",
            "residents to conserve water this summer",
            "Ruth Calloway",
        )],
    );
}

#[test]
fn reported_clause_ends_before_a_joined_independent_clause() {
    check(
        "Peter Novak said the ferry would keep running, and the council voted to pay for it.",
        &[("indirect", "the ferry would keep running", "Peter Novak")],
    );
}

#[test]
fn spaced_hyphen_works_as_a_dash_at_the_clause_end() {
    check(
        "Marta Ruiz said the ferry would run in June - adding that fares would rise.",
        &[
            ("indirect", "the ferry would run in June", "Marta Ruiz"),
            ("indirect", "fares would rise", "Marta Ruiz"),
        ],
    );
}

#[test]
fn adjunct_or_addressee_then_comma_before_a_sentence_quote_is_direct() {
    check(
        "Ivo Brandt said on Wednesday, \"We will appeal the ruling.\"",
        &[("direct", "We will appeal the ruling.", "Ivo Brandt")],
    );
    check(
        "Ivo Brandt told a crowd in Leeds, \"Nothing is settled yet.\"",
        &[("direct", "Nothing is settled yet.", "Ivo Brandt")],
    );
}

#[test]
fn interrupted_quote_around_an_addressee() {
    check(
        "\"The audit is late,\" Saskia Moreau told reporters, \"and nobody will say why.\"",
        &[
            ("direct", "The audit is late,", "Saskia Moreau"),
            ("direct", "and nobody will say why.", "Saskia Moreau"),
        ],
    );
}

#[test]
fn roles_introduced_before_the_name_resolve_later_references() {
    check(
        "Ferry fares to rise\n\nThe transport minister, Lena Vogt, announced the fares on Friday.\n\n\"Nobody likes higher fares,\" the minister said.",
        &[
            ("indirect", "the fares", "Lena Vogt"),
            ("direct", "Nobody likes higher fares,", "Lena Vogt"),
        ],
    );
    check(
        "Union leader Piet Aalders met the board. \"We are not done,\" the leader said.",
        &[("direct", "We are not done,", "Piet Aalders")],
    );
}

#[test]
fn sentence_final_attribution_wins_over_a_verb_inside_its_clause() {
    check(
        "The board rejected the merger on Friday, two directors said.",
        &[(
            "indirect",
            "The board rejected the merger on Friday",
            "two directors",
        )],
    );
}

#[test]
fn post_posed_content_starts_after_a_colon() {
    check(
        "The vote was close: the levy passed by four votes, council staff said.",
        &[("indirect", "the levy passed by four votes", "council staff")],
    );
}

#[test]
fn told_with_an_addressee_can_close_or_interrupt_the_clause() {
    check(
        "The fix, the engineer told them, was cheap.",
        &[(
            "indirect",
            "The fix, the engineer told them, was cheap",
            "the engineer",
        )],
    );
    check(
        "Jonas Eriksen opened the hearing. The port is losing money every month, he told the committee.",
        &[(
            "indirect",
            "The port is losing money every month",
            "Jonas Eriksen",
        )],
    );
}

#[test]
fn a_participle_modifier_stays_in_the_subject() {
    check(
        "A report published Tuesday said most tenants oppose the rent rise.",
        &[(
            "indirect",
            "most tenants oppose the rent rise",
            "A report published Tuesday",
        )],
    );
}

#[test]
fn object_of_a_cue_preposition() {
    check(
        "Mayor Ines Halvorsen talked about the flooding on the east side.",
        &[(
            "indirect",
            "the flooding on the east side",
            "Ines Halvorsen",
        )],
    );
    check(
        "Senator Omar Lindqvist called on the governor to release the audit.",
        &[(
            "indirect",
            "the governor to release the audit",
            "Omar Lindqvist",
        )],
    );
}

#[test]
fn time_adjunct_before_a_clause_without_that() {
    check(
        "The treasurer said Tuesday her office would publish the accounts.",
        &[(
            "indirect",
            "her office would publish the accounts",
            "The treasurer",
        )],
    );
}

#[test]
fn evidence_cue_with_a_document_subject() {
    check(
        "Internal memos showed the agency ignoring the warnings for months.",
        &[(
            "indirect",
            "the agency ignoring the warnings for months",
            "Internal memos",
        )],
    );
}

#[test]
fn a_cue_reporting_its_own_clause_after_a_mixed_quote_starts_a_sentence() {
    check(
        "Ruth Adeyemi said the review was \u{201c}nearly done.\u{201d} She said the board had not seen the draft.",
        &[
            (
                "mixed",
                "the review was \u{201c}nearly done.\u{201d}",
                "Ruth Adeyemi",
            ),
            (
                "indirect",
                "the board had not seen the draft",
                "Ruth Adeyemi",
            ),
        ],
    );
}

#[test]
fn the_question_put_to_a_source() {
    check(
        "Asked by a reporter whether he would run again, Tobias Brandt said he had not decided.",
        &[
            ("indirect", "whether he would run again", "a reporter"),
            ("indirect", "he had not decided", "Tobias Brandt"),
        ],
    );
    check(
        "The pier will reopen in June, Brandt said when asked about the repairs.",
        &[
            ("indirect", "The pier will reopen in June", "Brandt"),
            ("indirect", "the repairs", ""),
        ],
    );
}

#[test]
fn according_to_closing_a_sentence_without_a_comma() {
    check(
        "The mayor leads the race by 12 points according to a count by the Harbor Gazette.",
        &[(
            "indirect",
            "The mayor leads the race by 12 points",
            "a count by the Harbor Gazette",
        )],
    );
}

#[test]
fn according_to_replaces_a_reading_inside_its_clause() {
    check(
        "The group has previously called for attacks on police, according to the monitoring service.",
        &[(
            "indirect",
            "The group has previously called for attacks on police",
            "the monitoring service",
        )],
    );
}

#[test]
fn belief_cues_are_reported_by_default() {
    check(
        "Councillor Amara Osei believes the levy will pass next spring.",
        &[("indirect", "the levy will pass next spring", "Amara Osei")],
    );
    // Other mental states only with --cues all.
    check(
        "Councillor Amara Osei wants the levy to pass next spring.",
        &[],
    );
}

#[test]
fn subject_with_a_party_tag_and_an_appositive() {
    check(
        "Rep. Ellen Marsh (D-Md.), chair of the platform committee, said the governor was not worried.",
        &[("indirect", "the governor was not worried", "Ellen Marsh")],
    );
    check(
        "Sen. Tom Hale, R-Fla., said the president had failed to address the threat.",
        &[(
            "indirect",
            "the president had failed to address the threat",
            "Tom Hale",
        )],
    );
}

#[test]
fn percentages_as_speakers() {
    check(
        "On defense, 47% say the country should send more troops.",
        &[("indirect", "the country should send more troops", "47%")],
    );
}

#[test]
fn participle_aside_between_subject_and_cue() {
    check(
        "Ramon Salcedo, citing figures from the census, said that about four million people live there.",
        &[
            ("indirect", "figures from the census", "Ramon Salcedo"),
            (
                "indirect",
                "about four million people live there",
                "Ramon Salcedo",
            ),
        ],
    );
}

#[test]
fn parenthetical_attribution_with_a_long_subject() {
    check(
        "Cutting spending too soon, a wide array of economists say, slowed the recovery.",
        &[(
            "indirect",
            "Cutting spending too soon, a wide array of economists say, slowed the recovery",
            "economists",
        )],
    );
}

#[test]
fn unnamed_subject_with_a_clause_complement() {
    check(
        "The leaked memo suggests the agency had no plan for the storm.",
        &[(
            "indirect",
            "the agency had no plan for the storm",
            "The leaked memo",
        )],
    );
    // A noun phrase object after such a subject is no reported content.
    check("The new bridge suggests a change of direction.", &[]);
}

#[test]
fn this_as_a_determiner_and_reflexive_objects() {
    check(
        "Dr. Yusuf Okafor suggests this shortage has little to do with funding.",
        &[(
            "indirect",
            "this shortage has little to do with funding",
            "Yusuf Okafor",
        )],
    );
    check(
        "Okafor has described himself as a cautious reformer.",
        &[("indirect", "himself as a cautious reformer", "Okafor")],
    );
}

#[test]
fn endorsement_object_ends_before_adjuncts_and_second_verbs() {
    check(
        "Governor Ada Kimura endorsed Calloway last week and campaigned with him in Dayton.",
        &[("indirect", "Calloway", "Ada Kimura")],
    );
    check(
        "The Harbor Workers Union, which endorsed Calloway in December, spent heavily.",
        &[("indirect", "Calloway", "Harbor Workers Union")],
    );
}

#[test]
fn participle_with_a_prepositional_object() {
    check(
        "Mayor Ines Halvorsen defended the budget, pointing to the new tram line.",
        &[
            ("indirect", "the budget", "Ines Halvorsen"),
            ("indirect", "the new tram line", "Ines Halvorsen"),
        ],
    );
}

#[test]
fn prepositional_complements_and_contracted_pronoun_subjects() {
    check(
        "Senator Omar Lindqvist warned of a shutdown if the bill fails.",
        &[("indirect", "a shutdown if the bill fails", "Omar Lindqvist")],
    );
    check(
        "Omar Lindqvist arrived late. He's touring the district and says the plant will stay open.",
        &[("indirect", "the plant will stay open", "Omar Lindqvist")],
    );
}

#[test]
fn subject_pronoun_after_an_addressee_verb_opens_the_clause() {
    check(
        "Councillor Lina Osei warned they would lose the grant.",
        &[("indirect", "they would lose the grant", "Lina Osei")],
    );
}

#[test]
fn relative_clauses_with_a_cue_of_their_own() {
    check(
        "The bill drew fire from county officials who say the levy will close stores.",
        &[("indirect", "the levy will close stores", "county officials")],
    );
}

#[test]
fn participle_takes_the_sentence_subject_after_an_opening_phrase() {
    check(
        "But the other candidate on the stage, Councillor Lina Osei, drew a contrast, saying that the tram plan would cost too much.",
        &[("indirect", "the tram plan would cost too much", "Lina Osei")],
    );
}

#[test]
fn according_to_inside_a_short_clause_and_after_a_conjunction() {
    check(
        "Fundraising, according to the campaign, has surged in the past month.",
        &[(
            "indirect",
            "Fundraising, according to the campaign, has surged in the past month",
            "the campaign",
        )],
    );
    check(
        "But according to the port authority, the ferry will resume in May.",
        &[(
            "indirect",
            "the ferry will resume in May",
            "the port authority",
        )],
    );
}

#[test]
fn as_a_source_reported() {
    check(
        "As the Harbor Gazette reported, the ferry contract was never signed.",
        &[(
            "indirect",
            "the ferry contract was never signed",
            "Harbor Gazette",
        )],
    );
}

#[test]
fn backing_a_candidate_but_not_backing_down() {
    check(
        "The transit union is backing Calloway for a second term.",
        &[(
            "indirect",
            "Calloway for a second term",
            "The transit union",
        )],
    );
    check("The governor backed down after the protests.", &[]);
}

#[test]
fn passive_cue_with_an_agent() {
    check(
        "News of the ferry deal was first reported by the Harbor Gazette.",
        &[("indirect", "News of the ferry deal", "the Harbor Gazette")],
    );
    check(
        "The tram plan was criticized by the mayor on Monday.",
        &[("indirect", "The tram plan", "the mayor")],
    );
}

#[test]
fn a_belief_cue_does_not_frame_a_quote_across_a_clause() {
    check(
        "With party leaders worried about turnout among young voters, Mayor Ruth Calloway is rolling out a new slogan: \"It is about all of us.\"",
        &[("direct", "It is about all of us.", "Ruth Calloway")],
    );
}

#[test]
fn coordinated_cue_after_an_appositive_or_a_reported_clause() {
    check(
        "Gary Lindholm, a former county chairman, became a delegate and said he is leaning toward Calloway.",
        &[("indirect", "he is leaning toward Calloway", "Gary Lindholm")],
    );
    check(
        "Ruth Calloway said she had met the lobbyist twice but said neither meeting was about the tram.",
        &[
            (
                "indirect",
                "she had met the lobbyist twice",
                "Ruth Calloway",
            ),
            (
                "indirect",
                "neither meeting was about the tram",
                "Ruth Calloway",
            ),
        ],
    );
}
