#!/usr/bin/env python3
"""Hand-written hard cases for quote attribution, fourth batch (speaker choice and naming).

Each case is (case_id, category, text, quotes). Every text is invented for this set: the people,
organisations, towns and villages and every word quoted (countries, big cities, rivers and a few
public bodies are real, as setting); the situations are new (none is a variant of
a hard_cases.py, hard_cases2.py or hard_cases3.py case). Running the script writes
hard_cases4.jsonl beside it (one JSON object per document, in the format of
../shared/eval/annotate.py plus "category" and "style" keys, the same value: suite_report.py
groups by "style"; ids are "hard4/<case>") and, without -q, prints every quote, mention and cue
span for checking. It needs ../shared/eval (or WHOSAID_EVAL=DIR) for annotate.py.
Written blind, as a held-out test: the helper had not read the extractor's rules, its data or
its sieve cases, and did not build or run it.

Categories (5 documents each): pronoun-same-sex, description-back-reference, role-holder,
names-of-the-world, titles-and-ranks, organisation-and-statements, unnamed-and-groups,
speaker-after-quote, quote-runs-on, interview-transcript, cue-verbs-and-positions, traps.

Conventions (those of hard_cases3.py, plus the transcript and title points at the end)
- direct: content inside the marks, marks excluded; an interrupted quote is two rows; a quote
  that runs on into the next paragraph (opening mark repeated, no closing mark on the first
  paragraph) is one row per paragraph, the continuation rows having no cue and pointing their
  mention at the speaker's mention in the first paragraph (when the story opens with a running
  quote whose speaker and verb come only in its second paragraph, every row of it takes that
  name and that verb); a lone quote after a sentence about its speaker, or a quote-only
  paragraph that takes the next turn in a two-person exchange, has no cue, its mention is the
  speaker's last mention; a quote named only by a verbless phrase ("The words came from X",
  "The voice … belonged to X", "X had a one-word answer:", "Her verdict …:") has no cue.
- mixed: only the quoted words; indirect: the reported clause, without "that"
  (an indirect question keeps "whether" or its wh-word); "according to X" is a cue.
- speaker: fullest name in the document without titles, ranks or honorifics (Chief
  Superintendent, Ch Supt, Insp., Det Sgt, The Venerable, Archdeacon, Canon, The Rt Rev., Fr,
  Prof. Dr., Assoc. Prof. Dr., Dr. habil., Wing Commander, Wg Cdr, Lt-Col., Brig., Rear
  Admiral, Mr Justice, Ms, Mr, Sir, The Rt Hon., Councillor, Captain, Sheikh, Khun, Dr are all
  dropped; so are post-nominals such as KC and MP, and a nickname in quotes: Joseph "Jojo"
  Mensah-Bonsu -> "Joseph Mensah-Bonsu"); a judge known only as "Mr Justice Harrington" is
  "Harrington"; names written family name first keep that order ("Trần Thị Thu Hà",
  "Farkas Judit"), and a person referred to by a kunya ("Abu Sami") or by given name and
  patronymic is still the fullest name; unnamed sources as the head noun phrase as written
  (determiner + premodifiers + noun, post-modifiers dropped: "a person briefed on the talks"
  -> "a person"; "one of the officials" is kept whole); groups as the plural noun
  ("villagers", "officials", "passengers", "students", "doctors"); organisations by their
  full name as written, without a leading "the"; a joint statement of two organisations is
  "A and B" (both full names, without "the"); a statement, letter, lawsuit or report stands
  for its author.
- mention: the span naming the speaker at this quote (a capitalised title or rank right before
  a name is included: "Ch Supt Lloyd", "The Rt Rev. Simon Achebe-Hart", "Sheikh Nasser";
  post-nominals such as KC and MP are not); for a speaker named only in a later sentence or
  paragraph, the name there.
- outlets, hosts, interpreters and people who read out someone else's letter are never the
  speaker of what they carry.
- a quote inside a quote is the outer speaker's; the inner quote, and another person's words
  reported without marks inside a quote ("Mr Liang says the Chinese market is full"), are
  optional rows (they count neither way); a chant is said by the group that chants it;
  notices, signs, banners and scare quotes that nobody said are optional rows with no speaker; a word a newspaper attributed to someone who denies saying it, and a
  label attributed with "calls", are optional rows.
- titles of books, songs and films, and nicknames, in quotation marks are not quotes at all and
  are not annotated (unless someone says them: a title inside someone's quote is part of it).
- nothing is annotated for "declined to comment", "denied saying", "did not answer", nor for a
  question put in a passive "Asked what ..." with no asker named.
- transcript turns (NAME: text, Q:/A:, REPORTER:) are direct quotes without marks, with no cue;
  the mention is the label; an unnamed reporter's label is the speaker "reporter"; a caller
  named only by a given name is that name.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hardcases import Cases, Q, T  # noqa: E402

CASES = Cases("hard4", "hard_cases4.jsonl")
case = CASES.case


# ---------------------------------------------------------------- 1. pronouns, two people of the same sex
case("pron-midwife-two-generations", "pronoun-same-sex", T(
    "Anneke Visser, a midwife in the Frisian town of Dokkeburen, delivered her thousandth baby on Saturday. The mother, Femke Bakker, 29, was herself delivered by Visser in 1996.",
    "Visser, 64, stayed at the farm outside the town until the girl was born at dawn, in the same bedroom where Bakker had slept as a child. “I have now delivered two generations in one bed,” she said. “If I keep going for another thirty years, I could do a third.”",
    "“We are calling her Anneke,” Bakker said. “What else could we call her?”"),
    Q("I have now delivered two generations in one bed,", "direct", "Anneke Visser", "she", "said",
      m="” she said. “If", c="she said. “If",
      note="two women; she = the midwife, subject of the sentence; the nearest name (Bakker) is in the relative clause"),
    Q("If I keep going for another thirty years, I could do a third.", "direct", "Anneke Visser", "she", "said",
      m="” she said. “If", c="she said. “If"),
    Q("We are calling her Anneke,", "direct", "Femke Bakker", "Bakker", "said", m="” Bakker said",
      c="Bakker said", note="the quote holds the midwife's given name"),
    Q("What else could we call her?", "direct", "Femke Bakker", "Bakker", "said", m="” Bakker said",
      c="Bakker said"),
)

case("pron-cyclist-attack-stage", "pronoun-same-sex", T(
    "Lukas Brenner attacked on the last climb of the Hochtor stage of the Tour of the Alps on Thursday and finished forty seconds ahead of the race leader, Matteo Ferraro. Brenner's team had told him to wait until Ferraro's team-mates tired.",
    'He did not wait. "I looked at the numbers on my computer and I thought: today or never," he said at the finish.',
    'Ferraro kept the leader\'s jersey by eleven seconds. "My legs went on the steepest ramp, two kilometres from the top," he said. "Brenner was stronger today. Tomorrow there is another mountain."'),
    Q("I looked at the numbers on my computer and I thought: today or never,", "direct", "Lukas Brenner", "he",
      "said", m='," he said at', c="he said at",
      note="two men; he = the attacker (subject of the paragraph), the nearest name is the leader"),
    Q("My legs went on the steepest ramp, two kilometres from the top,", "direct", "Matteo Ferraro", "he",
      "said", m='top," he said', c='top," he said', note="he = Ferraro, subject of the sentence before"),
    Q("Brenner was stronger today. Tomorrow there is another mountain.", "direct", "Matteo Ferraro", "he", "said",
      m='top," he said', c='top," he said', note="the quote itself names the other rider"),
)

case("pron-senator-microphone", "pronoun-same-sex", T(
    "The Chilean senator Rosa Quintanilla was six minutes over her time in Tuesday’s debate on the water bill when the president of the Senate, Elena Marroquín, switched off her microphone.",
    "Quintanilla kept talking after Marroquín had called the next speaker. ‘You can switch off my microphone. You cannot switch off the drought,’ she said, loud enough for the press gallery to hear.",
    "Marroquín told reporters later that every senator had the same ten minutes. ‘The rules do not get longer for people who shout,’ she said. Quintanilla’s party, the Frente Verde, said: ‘We will file a complaint with the ethics committee.’"),
    Q("You can switch off my microphone. You cannot switch off the drought,", "direct", "Rosa Quintanilla", "she",
      "said", m="’ she said, loud", c="she said, loud",
      note="two women; she = the subject of the sentence before, not Marroquín, named nearer"),
    Q("every senator had the same ten minutes", "indirect", "Elena Marroquín", "Marroquín", "told",
      m="Marroquín told", c="told reporters"),
    Q("The rules do not get longer for people who shout,", "direct", "Elena Marroquín", "she", "said",
      m="’ she said. Quint", c="she said. Quint"),
    Q("We will file a complaint with the ethics committee.", "direct", "Frente Verde", "the Frente Verde", "said",
      c="Verde, said", note="the party, named after the senator's possessive"),
)

case("pron-rival-candidates-sea-wall", "pronoun-same-sex", T(
    "Kwame Asante and Yaw Darko, the two candidates for chief executive of the coastal district of Abrofo West, shared a stage for the first time on Friday night.",
    "Asante, a former harbour engineer, spent most of his opening speech on a sea wall that Darko had promised in 2016 and never built. “He has been promising that wall for eight years. The sea has not been waiting,” he said.",
    "Darko, who ran the district until last year, laughed. “My opponent was still drawing bridges at school when I started fixing this town,” he replied. He said the wall had been delayed by the finance ministry, not by him.",
    "Asante shook his head. “Blame Accra, blame the weather, blame the fish,” he said."),
    Q("He has been promising that wall for eight years. The sea has not been waiting,", "direct", "Kwame Asante",
      "he", "said", m="” he said.\n", c="waiting,” he said",
      note="he = Asante, subject of the sentence; the nearest name is Darko, and 'He' inside the quote is Darko"),
    Q("My opponent was still drawing bridges at school when I started fixing this town,", "direct", "Yaw Darko",
      "he", "replied", m="” he replied", c="replied", note="he = Darko, who 'laughed' in the sentence before"),
    Q("the wall had been delayed by the finance ministry, not by him", "indirect", "Yaw Darko", "He", "said",
      m="He said the wall", c="He said the wall"),
    Q("Blame Accra, blame the weather, blame the fish,", "direct", "Kwame Asante", "he", "said",
      m="fish,” he said", c="fish,” he said", note="turn back to Asante"),
)

case("pron-javelin-idol-in-stand", "pronoun-same-sex", T(
    "Nadia Rahman won the national javelin title in Lahore on Sunday with a throw of 61.40 metres, breaking the record set in 1999 by Farah Qadir, the athlete who made her pick up a javelin.",
    "Rahman, 22, was nine when she watched Qadir win gold at the South Asian Games on a neighbour’s television. She said she had copied Qadir’s run-up for ten years. “I practised it in the school corridor with a broom handle until the teachers took it away,” she said.",
    "Qadir, now 47 and a coach in Faisalabad, was in the stand. She said Rahman was “faster on the runway than I ever was” and predicted the record would fall again within a year."),
    Q("she had copied Qadir’s run-up for ten years", "indirect", "Nadia Rahman", "She", "said", m="She said she had",
      c="She said she had", note="two women; She = Rahman, subject of the sentence before; Qadir is named nearer"),
    Q("I practised it in the school corridor with a broom handle until the teachers took it away,", "direct",
      "Nadia Rahman", "she", "said", m="” she said.\n", c="away,” she said"),
    Q("faster on the runway than I ever was", "mixed", "Farah Qadir", "She", "said", m="She said Rahman",
      c="She said Rahman", note="She = Qadir now; the clause names Rahman"),
    Q("the record would fall again within a year", "indirect", "Farah Qadir", "She", "predicted",
      m="She said Rahman", c="predicted", note="second verb of the same subject"),
)

# ---------------------------------------------------------------- 2. descriptions pointing back
case("desc-nursing-student-flood", "description-back-reference", T(
    "Halima Juma, 19, a nursing student from Garsen Ndogo, spent Sunday night on the roof of her grandmother’s house with five cousins as the Tana River rose around them. At dawn her uncle, Bakari Mwinyi, a retired fisherman aged 67, reached them in his dugout canoe.",
    "\"The water was at the gutters. My grandmother prayed in three languages,\" the 19-year-old said at a primary school that is being used as a shelter. \"He paddled through the maize fields as if they were the open sea,\" the student added.",
    "\"I made four trips, first for the children and then for the goats,\" the fisherman said. \"The goats were the worst passengers,\" the 67-year-old said."),
    Q("The water was at the gutters. My grandmother prayed in three languages,", "direct", "Halima Juma",
      "the 19-year-old", "said", c="19-year-old said", note="age description; the last person named is the uncle"),
    Q("He paddled through the maize fields as if they were the open sea,", "direct", "Halima Juma", "the student",
      "added", c="student added", note="'He' in the quote is the uncle"),
    Q("I made four trips, first for the children and then for the goats,", "direct", "Bakari Mwinyi",
      "the fisherman", "said", c="fisherman said", note="'a retired fisherman' in the apposition"),
    Q("The goats were the worst passengers,", "direct", "Bakari Mwinyi", "the 67-year-old", "said",
      c="67-year-old said", note="'aged 67' in the apposition"),
)

case("desc-lyon-born-striker", "description-back-reference", T(
    "Dinamo Kruševo beat Radnik Pirovac 3-1 on Saturday with two late goals from Rayan Benali, the Lyon-born striker who joined the club from Grenoble in January. The coach, Dragan Ilić, 58, had left him on the bench for the first hour.",
    "‘I was angry on the bench, so I was angry on the pitch. It worked,’ the Frenchman said.",
    "Ilić said he had kept the forward back because of a tight hamstring. ‘He can be angry every week if he scores two,’ the 58-year-old said. The club’s captain, Nemanja Jović, joked that Benali had ‘finally learned the Serbian word for pass’."),
    Q("I was angry on the bench, so I was angry on the pitch. It worked,", "direct", "Rayan Benali", "the Frenchman",
      "said", c="Frenchman said", note="'Lyon-born' -> 'the Frenchman'; the coach was named last"),
    Q("he had kept the forward back because of a tight hamstring", "indirect", "Dragan Ilić", "Ilić", "said",
      m="Ilić said", c="Ilić said", note="'the forward' in the clause is Benali"),
    Q("He can be angry every week if he scores two,", "direct", "Dragan Ilić", "the 58-year-old", "said",
      c="58-year-old said"),
    Q("finally learned the Serbian word for pass", "mixed", "Nemanja Jović", "Nemanja Jović", "joked", c="joked",
      note="mixed quote in single marks"),
)

case("desc-lighthouse-keeper-family", "description-back-reference", T(
    "Paavo Lindqvist, who kept the lighthouse on the Åland skerry of Kökarsten for forty-one years, died on Sunday at the age of 91. His daughter, Britt Lindqvist-Öhman, a schoolteacher in Mariehamn, was with him at the end, as was his grandson, Elias Öhman, 22, a merchant navy cadet.",
    '"He never once let the lamp go out, not even in the storm of 1967, when the generator flooded," the schoolteacher said on Tuesday. "He kept it going with paraffin and a hand pump."',
    '"He taught me to read the weather before I could read books," the cadet said. "He used to tell me the sea always warns you first. You just have to be awake."',
    '"We will scatter his ashes from the lighthouse gallery in May," the daughter said. "It is where he was happiest," the grandson added.'),
    Q("He never once let the lamp go out, not even in the storm of 1967, when the generator flooded,", "direct",
      "Britt Lindqvist-Öhman", "the schoolteacher", "said", c="schoolteacher said",
      note="job description; the last person named is the grandson"),
    Q("He kept it going with paraffin and a hand pump.", "direct", "Britt Lindqvist-Öhman", "the schoolteacher",
      "said", c="schoolteacher said"),
    Q("He taught me to read the weather before I could read books,", "direct", "Elias Öhman",
      "the cadet", "said", c="cadet said"),
    Q("He used to tell me the sea always warns you first. You just have to be awake.", "direct", "Elias Öhman",
      "the cadet", "said", c="cadet said", note="the dead man's words are reported without marks inside"),
    Q("the sea always warns you first", "indirect", "Paavo Lindqvist", "He", "used to tell", m="He used to tell",
      c="used to tell", opt=True, note="the grandfather's words reported inside the grandson's quote"),
    Q("We will scatter his ashes from the lighthouse gallery in May,", "direct", "Britt Lindqvist-Öhman",
      "the daughter", "said", c="daughter said", note="'His daughter' in the first paragraph"),
    Q("It is where he was happiest,", "direct", "Elias Öhman", "the grandson", "added", c="grandson added",
      note="relation description; a new speaker's quote right after the daughter's"),
)

case("desc-chef-and-baker-prize", "description-back-reference", T(
    "Kwabena Owusu, a Ghanaian-born chef who runs a West African restaurant on Glasgow’s south side, and Fiona Drummond, a baker from Perth, were named joint winners of the Caledonian Food Awards’ newcomer prize on Thursday night.",
    "“Five years ago I was cooking jollof in a flat with one hob,” the Ghanaian said. “Now people queue in the rain for it.”",
    "The baker said she had entered only because her sister had filled in the form. “I thought it was a raffle,” the Scot said, holding the trophy the two winners must share. “It will spend alternate months in Glasgow and Perth,” the chef added."),
    Q("Five years ago I was cooking jollof in a flat with one hob,", "direct", "Kwabena Owusu", "the Ghanaian",
      "said", c="Ghanaian said", note="origin description; the woman was named last"),
    Q("Now people queue in the rain for it.", "direct", "Kwabena Owusu", "the Ghanaian", "said", c="Ghanaian said"),
    Q("she had entered only because her sister had filled in the form", "indirect", "Fiona Drummond", "The baker",
      "said", c="baker said"),
    Q("I thought it was a raffle,", "direct", "Fiona Drummond", "the Scot", "said", c="Scot said",
      note="'the Scot' is not stated anywhere: a baker from Perth"),
    Q("It will spend alternate months in Glasgow and Perth,", "direct", "Kwabena Owusu", "the chef", "added",
      c="chef added", note="'It' = the trophy"),
)

case("desc-graduate-82-classmate", "description-back-reference", T(
    "Margarethe Lindner, 82, a grandmother of seven, received her law degree from the University of Grünau on Friday, sixty years after she left school to work in her father’s hardware shop. Beside her in the front row sat Lea Hofbauer, 24, a classmate who helped her through the online exams during the pandemic.",
    "‘The law has changed a great deal since 1962. I had to forget half of what I thought I knew,’ the 82-year-old said after the ceremony.",
    "The younger woman said Lindner had been “the only one in the lecture hall who did all the reading”. ‘She asked questions the professors could not answer,’ the 24-year-old said. ‘Now I am going to learn Italian,’ the grandmother said."),
    Q("The law has changed a great deal since 1962. I had to forget half of what I thought I knew,", "direct",
      "Margarethe Lindner", "the 82-year-old", "said", c="82-year-old said",
      note="two women with ages; the younger one was named last"),
    Q("the only one in the lecture hall who did all the reading", "mixed", "Lea Hofbauer", "The younger woman",
      "said", c="woman said", note="comparative description; the clause names Lindner"),
    Q("She asked questions the professors could not answer,", "direct", "Lea Hofbauer", "the 24-year-old", "said",
      c="24-year-old said"),
    Q("Now I am going to learn Italian,", "direct", "Margarethe Lindner", "the grandmother", "said",
      c="grandmother said", note="'a grandmother of seven' in the first apposition"),
)

# ---------------------------------------------------------------- 3. role holders
case("role-coroner-quarry-owner", "role-holder", T(
    "An inquest in Middlehaven heard on Wednesday that Liam Hartley, 16, drowned in a flooded quarry at Eston Rigg last July after climbing through a gap in the fence with three friends. The quarry’s owner, Derek Mabbott, told the hearing that the fence had been repaired twice in the month before the boy died.",
    "The coroner, Helen Ashworth, recorded a conclusion of misadventure. ‘A fence with a gap in it is not a fence. It is an invitation,’ the coroner said.",
    "‘There will be a steel fence and warning signs by the end of the summer,’ the owner said. Liam’s mother, Joanne Hartley, said outside the court that the family had told the owner about the gap in 2022. ‘Nobody listened then, and a boy is dead now,’ she said."),
    Q("the fence had been repaired twice in the month before the boy died", "indirect", "Derek Mabbott",
      "Derek Mabbott", "told", c="told the hearing"),
    Q("A fence with a gap in it is not a fence. It is an invitation,", "direct", "Helen Ashworth", "the coroner",
      "said", c="coroner said", note="'recorded a conclusion' is not a cue"),
    Q("There will be a steel fence and warning signs by the end of the summer,", "direct", "Derek Mabbott",
      "the owner", "said", c="owner said", note="'the owner' back to the first paragraph, past the coroner"),
    Q("the family had told the owner about the gap in 2022", "indirect", "Joanne Hartley", "Joanne Hartley", "said",
      c="Hartley, said", note="the clause holds 'the owner'"),
    Q("Nobody listened then, and a boy is dead now,", "direct", "Joanne Hartley", "she", "said", m="’ she said",
      c="’ she said"),
)

case("role-head-teacher-chair", "role-holder", T(
    "St Columba’s Primary School in Kilbarrow will close in July, Strathgryfe Council confirmed on Monday. The head teacher, Brendan Kerr, told parents at the gate that the building had failed its fire inspection for the third time in two years.",
    "Ruth Ogilvie, who chairs the school’s parent council, has collected 1,400 signatures against the closure. “They found the money for a new roundabout, but not for our children,” the chair said on Tuesday.",
    "“I love that building, but I cannot send children into it,” the head teacher said.",
    "“The pupils will move to an annexe at Kilbarrow Academy in August,” a council spokesman said."),
    Q("St Columba’s Primary School in Kilbarrow will close in July", "indirect", "Strathgryfe Council",
      "Strathgryfe Council", "confirmed", c="confirmed", note="fronted clause, no 'that'"),
    Q("the building had failed its fire inspection for the third time in two years", "indirect", "Brendan Kerr",
      "Brendan Kerr", "told", c="told parents"),
    Q("They found the money for a new roundabout, but not for our children,", "direct", "Ruth Ogilvie", "the chair",
      "said", c="chair said", note="role given by a relative clause after the name ('who chairs') -> 'the chair'"),
    Q("I love that building, but I cannot send children into it,", "direct", "Brendan Kerr", "the head teacher",
      "said", c="teacher said", note="a paragraph of its own; the head teacher was named in the first paragraph"),
    Q("The pupils will move to an annexe at Kilbarrow Academy in August,", "direct", "a council spokesman",
      "a council spokesman", "said", c="spokesman said"),
)

case("role-skipper-commander-commissioner", "role-holder", T(
    "The Norwegian coastguard boarded the Spanish trawler Nuevo Arosa off Svalbard on Friday and escorted it to Tromsø. The trawler’s skipper, Manuel Piñeiro Castro, has fished those waters for thirty years. The coastguard vessel’s commander, Solveig Aas, said her inspectors had found twice the permitted catch of cod in the hold.",
    "\"Our logbook is correct. Their scales are wrong,\" the skipper said by satellite telephone.",
    "\"My crew weighed the catch twice,\" the commander said. The European Union’s fisheries commissioner, Katarina Novak, said in Brussels that she had asked Oslo for the inspection records. \"We will not let a dispute over one trawler become a dispute over the whole Barents Sea,\" the commissioner said."),
    Q("her inspectors had found twice the permitted catch of cod in the hold", "indirect", "Solveig Aas",
      "Solveig Aas", "said", c="Aas, said"),
    Q("Our logbook is correct. Their scales are wrong,", "direct", "Manuel Piñeiro Castro", "the skipper", "said",
      c="skipper said", note="the skipper was named before the commander, who was named last"),
    Q("My crew weighed the catch twice,", "direct", "Solveig Aas", "the commander", "said",
      c="commander said"),
    Q("she had asked Oslo for the inspection records", "indirect", "Katarina Novak", "Katarina Novak", "said",
      c="Novak, said"),
    Q("We will not let a dispute over one trawler become a dispute over the whole Barents Sea,", "direct",
      "Katarina Novak", "the commissioner", "said", c="commissioner said"),
)

case("role-zoo-keeper-vet-director", "role-holder", T(
    "Tembo, the oldest elephant in any European zoo, died at the Tierpark Waldheim on Monday at the age of 61. Konrad Vogel, who is head keeper of the elephant house and has looked after Tembo since 1998, was with her when she lay down for the last time.",
    '"She waited until the morning feed was finished. She was always polite like that," the head keeper said.',
    'The zoo\'s veterinarian, Dr. Ines Hahn, said Tembo had suffered from arthritis for a decade. The director, Matthias Krüger, said a memorial would be held on Saturday. "Three generations of children in this city learned what an elephant was from her," the director said. "There will be a post-mortem in Leipzig," the vet said.'),
    Q("She waited until the morning feed was finished. She was always polite like that,", "direct", "Konrad Vogel",
      "the head keeper", "said", c="keeper said", note="role from 'who is head keeper'; 'She' is the elephant"),
    Q("Tembo had suffered from arthritis for a decade", "indirect", "Ines Hahn", "Dr. Ines Hahn", "said",
      c="Hahn, said"),
    Q("a memorial would be held on Saturday", "indirect", "Matthias Krüger", "Matthias Krüger", "said",
      c="Krüger, said"),
    Q("Three generations of children in this city learned what an elephant was from her,", "direct",
      "Matthias Krüger", "the director", "said", c="director said"),
    Q("There will be a post-mortem in Leipzig,", "direct", "Ines Hahn", "the vet", "said", c="vet said",
      note="'veterinarian' earlier, 'the vet' here, after the director"),
)

case("role-returning-officer-incumbent", "role-holder", T(
    "The count in the Ward 7 by-election in Port Harwick ran until four in the morning on Friday. Darius Kowalczyk, who was the returning officer, ordered two recounts before declaring the challenger, Nasra Abdi, the winner by nine votes over the incumbent, Councillor Graham Pettigrew.",
    '"Nine votes is nine votes. The ballots have been counted three times, and they will not change," the returning officer said.',
    'The incumbent said he would ask for a judicial review. "Eleven ballots were rejected for marks that any child could read," he said. "I knocked on four thousand doors. I think I met every dog in the ward," the new councillor said.'),
    Q("Nine votes is nine votes. The ballots have been counted three times, and they will not change,", "direct",
      "Darius Kowalczyk", "the returning officer", "said", c="officer said",
      note="role from 'who was the returning officer'; two candidates named after him"),
    Q("he would ask for a judicial review", "indirect", "Graham Pettigrew", "The incumbent", "said",
      c="incumbent said"),
    Q("Eleven ballots were rejected for marks that any child could read,", "direct", "Graham Pettigrew", "he",
      "said", m='," he said', c='," he said'),
    Q("I knocked on four thousand doors. I think I met every dog in the ward,", "direct", "Nasra Abdi", "the new councillor", "said",
      c="councillor said", note="'the new councillor' = the winner, not 'Councillor Graham Pettigrew'"),
)

# ---------------------------------------------------------------- 4. names of the world
case("names-mekong-vietnamese-chinese", "names-of-the-world", T(
    "Trần Thị Thu Hà has farmed catfish on the Mekong near the town of Tân Hòa Đông for twenty years. Her biggest customer is a Guangzhou importer, Liang Wenjie, who this month cut the price he pays by a fifth.",
    "“Mr Liang says the Chinese market is full. I say the river is full of my fish,” Hà said at her ponds on Tuesday.",
    "Liang said by telephone that buyers in southern China had switched to cheaper tilapia. “I would like to pay more. My customers would not,” Liang said. Hà’s neighbour, Nguyễn Văn Lực, has watched six farms in the commune empty their ponds since June.",
    "“We are waiting to see who blinks first,” Lực said."),
    Q("Mr Liang says the Chinese market is full. I say the river is full of my fish,", "direct", "Trần Thị Thu Hà",
      "Hà", "said", m="” Hà said", c="Hà said",
      note="Vietnamese: the given name (last element) is used; the quote opens with the other man's name"),
    Q("the Chinese market is full", "indirect", "Liang Wenjie", "Mr Liang", "says", m="Mr Liang says",
      c="Liang says", opt=True, note="the importer's words reported inside her quote"),
    Q("buyers in southern China had switched to cheaper tilapia", "indirect", "Liang Wenjie", "Liang", "said",
      m="Liang said by", c="Liang said by", note="Chinese: family name first and used alone"),
    Q("I would like to pay more. My customers would not,", "direct", "Liang Wenjie", "Liang", "said",
      m="” Liang said", c="” Liang said"),
    Q("We are waiting to see who blinks first,", "direct", "Nguyễn Văn Lực", "Lực", "said", m="” Lực said",
      c="Lực said", note="given name alone, not the family name Nguyễn"),
)

case("names-spanish-portuguese-surnames", "names-of-the-world", T(
    "Luz Marina Cárdenas Quintero, who manages a coffee cooperative in the Colombian town of San Agustín de Laboyos, signed a supply contract on Thursday with a Lisbon roaster run by Ana Rita Sousa Tavares.",
    '"For years our coffee left these hills in sacks with someone else\'s name on them," Cárdenas said. "Now the name on the bag will be ours."',
    'Tavares said her company would pay forty per cent above the New York price for the next three harvests. The cooperative\'s accountant, José Manuel Restrepo de la Hoz, has already ordered a new drying plant. "It is the first time in my career that I have smiled at a spreadsheet," Restrepo said.'),
    Q("For years our coffee left these hills in sacks with someone else's name on them,", "direct",
      "Luz Marina Cárdenas Quintero", "Cárdenas", "said", m='" Cárdenas said', c="Cárdenas said",
      note="Spanish: two given names, two surnames; the first surname is used alone"),
    Q("Now the name on the bag will be ours.", "direct", "Luz Marina Cárdenas Quintero", "Cárdenas", "said",
      m='" Cárdenas said', c="Cárdenas said"),
    Q("her company would pay forty per cent above the New York price for the next three harvests", "indirect",
      "Ana Rita Sousa Tavares", "Tavares", "said", m="Tavares said", c="Tavares said",
      note="Portuguese: the last surname is used alone"),
    Q("It is the first time in my career that I have smiled at a spreadsheet,", "direct",
      "José Manuel Restrepo de la Hoz", "Restrepo", "said", m='" Restrepo said', c="Restrepo said",
      note="first surname alone, without 'de la Hoz'"),
)

case("names-arabic-kunya-bin-ibn", "names-of-the-world", T(
    "Mahmoud Salem al-Khatib, a fisherman from the Omani coastal village of Ras Qadhira, is known to everyone in the harbour as Abu Sami, after his eldest son. On Saturday he and forty other fishermen refused to put to sea in protest at a new licence fee.",
    "‘My father fished here without a licence, and his father before him,’ Abu Sami said, mending a net on the sand.",
    "The head of the regional fisheries office, Dr Yousef bin Hamad al-Rawahi, said the fee would pay for a new cold store and ice plant. ‘A fisherman who sells his catch fresh earns twice as much,’ al-Rawahi said. Sheikh Nasser ibn Saif al-Hinai, the village’s traditional leader, said: ‘I will take the fishermen’s case to the governor myself.’ ‘The sea has always been free here,’ Sheikh Nasser said."),
    Q("My father fished here without a licence, and his father before him,", "direct", "Mahmoud Salem al-Khatib",
      "Abu Sami", "said", m="’ Abu Sami said", c="Sami said",
      note="kunya ('father of Sami'), introduced as a nickname; the person is the full name"),
    Q("the fee would pay for a new cold store and ice plant", "indirect", "Yousef bin Hamad al-Rawahi",
      "Dr Yousef bin Hamad al-Rawahi", "said", c="al-Rawahi, said"),
    Q("A fisherman who sells his catch fresh earns twice as much,", "direct", "Yousef bin Hamad al-Rawahi",
      "al-Rawahi", "said", m="’ al-Rawahi said", c="al-Rawahi said", note="lower-case 'al-' surname alone"),
    Q("I will take the fishermen’s case to the governor myself.", "direct", "Nasser ibn Saif al-Hinai",
      "Sheikh Nasser ibn Saif al-Hinai", "said", c="leader, said"),
    Q("The sea has always been free here,", "direct", "Nasser ibn Saif al-Hinai", "Sheikh Nasser", "said",
      m="’ Sheikh Nasser said", c="Nasser said", note="title + given name, the Gulf usage"),
)

case("names-arctic-russian-icelandic", "names-of-the-world", T(
    "At a meeting of Arctic fisheries scientists in Tromsø on Wednesday, Valentina Sergeyevna Orlova of the Kola Marine Institute and Sigríður Hrund Ólafsdóttir of the Reykjavík Ocean Institute presented rival estimates of the capelin stock in the Barents Sea.",
    "‘Our survey found the fish. Theirs went to the wrong place at the wrong time,’ Orlova said.",
    "Sigríður said the Russian survey had been carried out two weeks after the main spawning migration. ‘We have no quarrel with Valentina Sergeyevna. We have a quarrel with her calendar,’ she said.",
    "‘The two institutes have agreed to count the fish together next winter,’ said the meeting’s chairman, the Norwegian biologist Einar Haugland."),
    Q("Our survey found the fish. Theirs went to the wrong place at the wrong time,", "direct",
      "Valentina Sergeyevna Orlova", "Orlova", "said", m="’ Orlova said", c="Orlova said",
      note="Russian: given name + patronymic + surname; the surname is used alone"),
    Q("the Russian survey had been carried out two weeks after the main spawning migration", "indirect",
      "Sigríður Hrund Ólafsdóttir", "Sigríður", "said", m="Sigríður said", c="Sigríður said",
      note="Icelandic: the given name is used alone, never the patronymic"),
    Q("We have no quarrel with Valentina Sergeyevna. We have a quarrel with her calendar,", "direct",
      "Sigríður Hrund Ólafsdóttir", "she", "said", m="’ she said", c="she said",
      note="the quote names the Russian scientist by given name + patronymic"),
    Q("The two institutes have agreed to count the fish together next winter,", "direct", "Einar Haugland",
      "Einar Haugland", "said", c="said the meeting", note="inverted 'said the Y, the Z X'"),
)

case("names-marathon-ethiopian-hungarian-javanese", "names-of-the-world", T(
    "Tadesse Alemayehu Bekele of Ethiopia won the Danube Marathon in Budapest on Sunday in 2 hours 7 minutes 41 seconds, the fastest time ever run in Hungary. The race director, Farkas Judit, presented the trophy. Third place went to Suprapto, a 27-year-old soldier from Central Java who, like many Javanese, uses only one name.",
    "“I ran the last five kilometres alone with the river,” Tadesse said. “The river was faster.”",
    "Farkas said the course record would earn the winner a bonus of ten million forints. Suprapto trains on the slopes of Mount Merbabu. “In Java we run before the sun comes up. Here the sun never came up at all,” Suprapto said, laughing."),
    Q("I ran the last five kilometres alone with the river,", "direct", "Tadesse Alemayehu Bekele", "Tadesse",
      "said", m="” Tadesse said", c="Tadesse said",
      note="Ethiopian: the given name is used alone (the others are father's and grandfather's names)"),
    Q("The river was faster.", "direct", "Tadesse Alemayehu Bekele", "Tadesse", "said", m="” Tadesse said",
      c="Tadesse said"),
    Q("the course record would earn the winner a bonus of ten million forints", "indirect", "Farkas Judit",
      "Farkas", "said", m="Farkas said", c="Farkas said",
      note="Hungarian name written family name first; the family name is used alone"),
    Q("In Java we run before the sun comes up. Here the sun never came up at all,", "direct", "Suprapto",
      "Suprapto", "said", m="” Suprapto said", c="” Suprapto said", note="single name"),
)

# ---------------------------------------------------------------- 5. titles and ranks
case("titles-uk-police-ranks", "titles-and-ranks", T(
    'Chief Superintendent Gareth Lloyd of Teifi Valley Police said on Sunday that officers had arrested four men after a hare-coursing chase across farmland near Llanwern Fach ended with a police Land Rover in a ditch.',
    '"These men drove through six fields of winter wheat and two fences, and then they drove into my sergeant\'s bonnet," Ch Supt Lloyd said.',
    'Insp. Carys Pritchard, who led the chase, said nobody had been badly hurt. "The Land Rover has had a worse day than any of us," Insp. Pritchard said. "The men will appear before magistrates on Tuesday," said Det Sgt Owain Mathias.'),
    Q("officers had arrested four men after a hare-coursing chase across farmland near Llanwern Fach ended with a police Land Rover in a ditch",
      "indirect", "Gareth Lloyd", "Chief Superintendent Gareth Lloyd", "said", c="Police said"),
    Q("These men drove through six fields of winter wheat and two fences, and then they drove into my sergeant's bonnet,",
      "direct", "Gareth Lloyd", "Ch Supt Lloyd", "said", m="Ch Supt Lloyd", c="Lloyd said",
      note="abbreviated rank"),
    Q("nobody had been badly hurt", "indirect", "Carys Pritchard", "Insp. Carys Pritchard", "said",
      c="chase, said"),
    Q("The Land Rover has had a worse day than any of us,", "direct", "Carys Pritchard", "Insp. Pritchard", "said",
      m="Insp. Pritchard", c="Pritchard said"),
    Q("The men will appear before magistrates on Tuesday,", "direct", "Owain Mathias", "Det Sgt Owain Mathias",
      "said", c="said Det", note="inverted cue before a rank"),
)

case("titles-clergy-archdeacon-canon", "titles-and-ranks", T(
    "The Venerable Rhiannon Pryce, Archdeacon of Wrexley, told the diocesan synod on Saturday that eleven village churches would have to share three vicars from next year.",
    "‘We are not closing churches. We are asking them to share,’ the archdeacon said.",
    "Canon Geoffrey Tolland, vicar of St Oswald’s, Hallowby, for thirty-one years, said his parishioners felt they were being asked to share a vicar with people they had never met. ‘Archdeacon Pryce means well, but a vicar is not a bus timetable,’ Canon Tolland said.",
    "‘The plan will be reviewed after two years,’ said the Bishop of Wrexley, the Rt Rev. Simon Achebe-Hart. Fr Declan Moriarty, the Catholic parish priest in Hallowby, offered the Anglicans the use of his church hall. ‘We have the chairs. They have the tea,’ Fr Moriarty said."),
    Q("eleven village churches would have to share three vicars from next year", "indirect", "Rhiannon Pryce",
      "The Venerable Rhiannon Pryce", "told", c="told the diocesan", note="'The Venerable' is an archdeacon's style"),
    Q("We are not closing churches. We are asking them to share,", "direct", "Rhiannon Pryce", "the archdeacon",
      "said", c="archdeacon said"),
    Q("his parishioners felt they were being asked to share a vicar with people they had never met", "indirect",
      "Geoffrey Tolland", "Canon Geoffrey Tolland", "said", c="years, said"),
    Q("Archdeacon Pryce means well, but a vicar is not a bus timetable,", "direct", "Geoffrey Tolland",
      "Canon Tolland", "said", m="Canon Tolland", c="Tolland said",
      note="the quote opens with another cleric's title and name"),
    Q("The plan will be reviewed after two years,", "direct", "Simon Achebe-Hart", "Rt Rev. Simon Achebe-Hart",
      "said", c="said the Bishop", note="inverted; 'the Bishop of Wrexley' before the styled name"),
    Q("We have the chairs. They have the tea,", "direct", "Declan Moriarty", "Fr Moriarty", "said",
      m="Fr Moriarty said", c="Moriarty said", note="'offered … the use of' is not a cue"),
)

case("titles-german-academic", "titles-and-ranks", T(
    "Prof. Dr. Wolfgang Reichenbach, a hydrologist at the Technical University of Oberweiler, told a committee of the state parliament on Thursday that the Seltbach valley could see a flood as large as that of 1784 within fifty years.",
    "“The question is not whether, but when,” Prof. Reichenbach said. “And the when is coming closer.”",
    "Assoc. Prof. Dr. Elif Şahin-Bauer, a climate modeller at the same university, disagreed with his timescale but not with his warning. “Fifty years is optimistic,” Dr. Şahin-Bauer said. Dr. habil. Jörg Mertens, who advises the state environment ministry, said: “The ministry has already ordered new flood maps.”"),
    Q("the Seltbach valley could see a flood as large as that of 1784 within fifty years", "indirect",
      "Wolfgang Reichenbach", "Prof. Dr. Wolfgang Reichenbach", "told", c="told a committee",
      note="stacked German academic titles"),
    Q("The question is not whether, but when,", "direct", "Wolfgang Reichenbach", "Prof. Reichenbach", "said",
      m="Prof. Reichenbach", c="Reichenbach said"),
    Q("And the when is coming closer.", "direct", "Wolfgang Reichenbach", "Prof. Reichenbach", "said",
      m="Prof. Reichenbach", c="Reichenbach said"),
    Q("Fifty years is optimistic,", "direct", "Elif Şahin-Bauer", "Dr. Şahin-Bauer", "said", m="Dr. Şahin-Bauer said",
      c="Bauer said", note="'disagreed with' is not a cue; 'Assoc. Prof. Dr.' earlier, 'Dr.' here"),
    Q("The ministry has already ordered new flood maps.", "direct", "Jörg Mertens", "Dr. habil. Jörg Mertens",
      "said", c="ministry, said", note="'Dr. habil.' (habilitated doctor) is a title"),
)

case("titles-military-wing-commander", "titles-and-ranks", T(
    "Wing Commander Priya Raghavan, who led the Indian Air Force’s relief flights into the flooded district of Karunapuram, said on Monday that her crews had flown 212 sorties in nine days.",
    "‘We landed on roads, on school playgrounds and once on a cricket pitch,’ Wg Cdr Raghavan said.",
    "‘The bridge will open to trucks on Wednesday,’ said Lt-Col. Harjeet Sandhu, whose army engineers are building a pontoon bridge at Vellapalli. The retired brigadier Thomas Mathew, a former chief engineer of the army’s southern command, warned that the river might rise again. ‘The rain in the hills has not finished,’ Brig. Mathew said. ‘Two navy hospital ships are on their way,’ Rear Admiral Sunil Kapoor said."),
    Q("her crews had flown 212 sorties in nine days", "indirect", "Priya Raghavan", "Wing Commander Priya Raghavan",
      "said", c="Karunapuram, said"),
    Q("We landed on roads, on school playgrounds and once on a cricket pitch,", "direct", "Priya Raghavan",
      "Wg Cdr Raghavan", "said", m="Wg Cdr Raghavan", c="Raghavan said", note="abbreviated RAF-style rank"),
    Q("The bridge will open to trucks on Wednesday,", "direct", "Harjeet Sandhu", "Lt-Col. Harjeet Sandhu", "said",
      c="said Lt-Col"),
    Q("the river might rise again", "indirect", "Thomas Mathew", "Thomas Mathew", "warned", c="warned",
      note="rank as a lower-case description before the name, abbreviated title later"),
    Q("The rain in the hills has not finished,", "direct", "Thomas Mathew", "Brig. Mathew", "said",
      m="Brig. Mathew", c="Mathew said"),
    Q("Two navy hospital ships are on their way,", "direct", "Sunil Kapoor", "Rear Admiral Sunil Kapoor", "said",
      c="Kapoor said"),
)

case("titles-court-kc-mp", "titles-and-ranks", T(
    "Caroline Ashby-Ward KC, for the family of the missing yachtsman Peter Loxley, told the High Court in London on Tuesday that the boatyard had known the keel bolts were corroded.",
    "‘The yard knew, and it let him sail,’ Ms Ashby-Ward said.",
    "Daniel Okonjo KC, for the boatyard, said the bolts had been inspected by an independent surveyor in March. Mr Justice Harrington asked whether the surveyor would give evidence. ‘He will, my Lord,’ Mr Okonjo replied.",
    "Outside court, Fiona Galbraith MP, who represents the Loxley family’s constituency, said she would raise the case in Parliament. ‘Every weekend sailor in Britain should be following this trial,’ Ms Galbraith said. ‘I will be writing to the boatyard this week,’ said the Rt Hon. Sir Alan Fenwick MP, the chairman of the Commons transport committee."),
    Q("the boatyard had known the keel bolts were corroded", "indirect", "Caroline Ashby-Ward",
      "Caroline Ashby-Ward", "told", c="told the High", note="post-nominal KC, not part of the mention"),
    Q("The yard knew, and it let him sail,", "direct", "Caroline Ashby-Ward", "Ms Ashby-Ward", "said",
      m="Ms Ashby-Ward", c="Ward said"),
    Q("the bolts had been inspected by an independent surveyor in March", "indirect", "Daniel Okonjo",
      "Daniel Okonjo", "said", c="boatyard, said"),
    Q("whether the surveyor would give evidence", "indirect", "Harrington", "Mr Justice Harrington", "asked",
      c="asked whether", note="a judge known only by style + surname"),
    Q("He will, my Lord,", "direct", "Daniel Okonjo", "Mr Okonjo", "replied", m="Mr Okonjo", c="replied",
      note="the answer to the judge's question"),
    Q("she would raise the case in Parliament", "indirect", "Fiona Galbraith", "Fiona Galbraith", "said",
      c="constituency, said", note="post-nominal MP"),
    Q("Every weekend sailor in Britain should be following this trial,", "direct", "Fiona Galbraith",
      "Ms Galbraith", "said", m="Ms Galbraith", c="Galbraith said"),
    Q("I will be writing to the boatyard this week,", "direct", "Alan Fenwick", "Rt Hon. Sir Alan Fenwick", "said",
      c="said the Rt", note="inverted; post-nominal MP after the name"),
)

# ---------------------------------------------------------------- 6. organisations and statements
case("org-joint-statement-port-union", "organisation-and-statements", T(
    "The Port of Kelvara Authority and the Dockworkers’ Union of Kelvara said in a joint statement on Sunday that the strike which had closed the port for eleven days was over.",
    "\"Both sides have moved, and both sides have given something up,\" the statement said. It said dockers would receive a pay rise of 7 per cent this year and 5 per cent next year.",
    "The union’s general secretary, Mthunzi Dube, said separately: \"Our members will vote on the deal on Tuesday.\" The port authority said in a post on its website that the first ships would be unloaded on Monday night."),
    Q("the strike which had closed the port for eleven days was over", "indirect",
      "Port of Kelvara Authority and Dockworkers’ Union of Kelvara",
      "The Port of Kelvara Authority and the Dockworkers’ Union of Kelvara", "said", c="Kelvara said",
      note="a joint statement: both organisations"),
    Q("Both sides have moved, and both sides have given something up,", "direct",
      "Port of Kelvara Authority and Dockworkers’ Union of Kelvara", "the statement", "said", c="statement said"),
    Q("dockers would receive a pay rise of 7 per cent this year and 5 per cent next year", "indirect",
      "Port of Kelvara Authority and Dockworkers’ Union of Kelvara", "It", "said", m="It said", c="It said",
      note="'It' = the joint statement"),
    Q("Our members will vote on the deal on Tuesday.", "direct", "Mthunzi Dube", "Mthunzi Dube", "said",
      c="Dube, said"),
    Q("the first ships would be unloaded on Monday night", "indirect", "Port of Kelvara Authority",
      "The port authority", "said", c="authority said", note="one of the two, alone, on its website"),
)

case("org-club-website-chairman", "organisation-and-statements", T(
    "Harbury Athletic said on its website on Friday that it had sacked its manager, Stuart Penhaligon, with the club in the bottom three of the Southern Counties League.",
    "‘The board would like to thank Stuart for three years of hard work,’ the club said. ‘A new manager will be appointed before Saturday’s match at Dunmore.’",
    "A separate statement from the chairman, Roger Tilney, posted beneath the club’s, said he took “full responsibility” for the appointment in 2021. Penhaligon, in a message to supporters on social media, wrote that it had been “an honour to stand in that dugout”.",
    "‘The sacking is two months too late,’ the Harbury Athletic Supporters’ Trust said."),
    Q("it had sacked its manager, Stuart Penhaligon, with the club in the bottom three of the Southern Counties League",
      "indirect", "Harbury Athletic", "Harbury Athletic", "said", c="Athletic said", note="'on its website'"),
    Q("The board would like to thank Stuart for three years of hard work,", "direct", "Harbury Athletic",
      "the club", "said", m="work,’ the club", c="club said"),
    Q("A new manager will be appointed before Saturday’s match at Dunmore.", "direct", "Harbury Athletic",
      "the club", "said", m="work,’ the club", c="club said"),
    Q("full responsibility", "mixed", "Roger Tilney", "Roger Tilney", "said", c="club’s, said",
      note="a statement whose author is named: the chairman"),
    Q("an honour to stand in that dugout", "mixed", "Stuart Penhaligon", "Penhaligon", "wrote",
      m="Penhaligon, in", c="wrote"),
    Q("The sacking is two months too late,", "direct", "Harbury Athletic Supporters’ Trust",
      "the Harbury Athletic Supporters’ Trust", "said", c="Trust said",
      note="an organisation whose name begins with the club's name"),
)

case("org-audit-report-ambulances", "organisation-and-statements", T(
    "A report by the Office of the Auditor-General of Namaqua Province, published on Thursday, found that 38 of the province’s 60 ambulances were off the road on the day of the inspection.",
    "“The province has more ambulance managers than working ambulances,” the report said. It said some vehicles had waited eighteen months for spare parts.",
    "The Namaqua Department of Health said in a statement that it accepted the findings. “My office will inspect the fleet again in six months,” the Auditor-General, Thandeka Mbeki-Louw, told reporters."),
    Q("38 of the province’s 60 ambulances were off the road on the day of the inspection", "indirect",
      "Office of the Auditor-General of Namaqua Province", "A report", "found", m="A report by", c="found",
      note="a report stands for its author, named in the same phrase"),
    Q("The province has more ambulance managers than working ambulances,", "direct",
      "Office of the Auditor-General of Namaqua Province", "the report", "said", c="report said"),
    Q("some vehicles had waited eighteen months for spare parts", "indirect",
      "Office of the Auditor-General of Namaqua Province", "It", "said", m="It said", c="It said",
      note="'It' = the report"),
    Q("it accepted the findings", "indirect", "Namaqua Department of Health", "The Namaqua Department of Health",
      "said", c="Health said"),
    Q("My office will inspect the fleet again in six months,", "direct", "Thandeka Mbeki-Louw",
      "Thandeka Mbeki-Louw", "told", c="told reporters", note="the person who heads the office, speaking herself"),
)

case("org-lawsuit-delivery-driver", "organisation-and-statements", T(
    "Tendai Mavhunga, who drove for the delivery company Zipply for four years, says in a lawsuit filed on Monday that he was fired two days after he asked colleagues to join a union.",
    "“Mr Mavhunga was told his delivery times had become unacceptable. They had not changed in four years,” the lawsuit says. According to the lawsuit, he had the best delivery record in his depot in 2023.",
    "Zipply said in court papers filed in response that Mavhunga had been dismissed after three written warnings about late deliveries. In its reply, the company called the union claim “an afterthought”."),
    Q("he was fired two days after he asked colleagues to join a union", "indirect", "Tendai Mavhunga",
      "Tendai Mavhunga", "says", c="says in"),
    Q("Mr Mavhunga was told his delivery times had become unacceptable. They had not changed in four years,",
      "direct", "Tendai Mavhunga", "the lawsuit", "says", c="lawsuit says",
      note="the lawsuit is his; the quote names him in the third person"),
    Q("he had the best delivery record in his depot in 2023", "indirect", "Tendai Mavhunga", "the lawsuit",
      "According to", m="to the lawsuit", c="According to"),
    Q("Mavhunga had been dismissed after three written warnings about late deliveries", "indirect", "Zipply",
      "Zipply", "said", c="Zipply said", note="'in court papers filed in response'"),
    Q("an afterthought", "mixed", "Zipply", "the company", "called", c="called"),
)

case("org-open-letter-doctors-board", "organisation-and-statements", T(
    "More than 300 doctors at Kestrel Bay General Hospital have signed an open letter calling on the health board to reopen the hospital’s maternity unit, which closed in March for lack of staff.",
    "‘Women in labour are now driving ninety minutes on a mountain road to give birth,’ the letter said. ‘Two babies have been born in cars since April.’",
    "The board’s chief executive, Alasdair Munro, said in a statement that the unit would reopen when six more midwives had been recruited. ‘We will not reopen a unit we cannot staff safely,’ Munro said in the statement.",
    "‘We have advertised the posts four times,’ the Kestrel Bay Health Board said."),
    Q("Women in labour are now driving ninety minutes on a mountain road to give birth,", "direct", "doctors",
      "the letter", "said", c="letter said", note="the letter stands for the doctors who signed it"),
    Q("Two babies have been born in cars since April.", "direct", "doctors", "the letter", "said",
      c="letter said"),
    Q("the unit would reopen when six more midwives had been recruited", "indirect", "Alasdair Munro",
      "Alasdair Munro", "said", c="Munro, said", note="a statement by a named person"),
    Q("We will not reopen a unit we cannot staff safely,", "direct", "Alasdair Munro", "Munro", "said",
      m="’ Munro said", c="Munro said"),
    Q("We have advertised the posts four times,", "direct", "Kestrel Bay Health Board",
      "the Kestrel Bay Health Board", "said", c="Board said"),
)

# ---------------------------------------------------------------- 7. unnamed sources and groups
case("unnamed-villagers-reservoir-wells", "unnamed-and-groups", T(
    "Villagers in Mbalizi Juu, in the hills above the new Ruvuma Gorge reservoir, said on Wednesday that their wells had run dry since the dam gates closed in August.",
    "‘We can see the water from our doors, and we cannot drink it,’ said one woman, who had carried two jerrycans up from the shore. A village elder said the district had promised a pipeline “before the rains”.",
    "Local officials said a contractor would start laying pipe next month. ‘The water table has shifted. The wells will not come back,’ said one of the engineers at the dam."),
    Q("their wells had run dry since the dam gates closed in August", "indirect", "villagers", "Villagers", "said",
      m="Villagers in", c="reservoir, said", note="group; a place and a reservoir between it and the cue"),
    Q("We can see the water from our doors, and we cannot drink it,", "direct", "one woman", "one woman", "said",
      c="said one woman", note="inverted cue, unnamed member of the group"),
    Q("before the rains", "mixed", "a village elder", "A village elder", "said", c="elder said"),
    Q("a contractor would start laying pipe next month", "indirect", "officials", "Local officials", "said",
      c="officials said"),
    Q("The water table has shifted. The wells will not come back,", "direct", "one of the engineers",
      "one of the engineers", "said", c="said one of", note="a member of a group, post-modifier dropped"),
)

case("unnamed-officials-familiar-merger", "unnamed-and-groups", T(
    "The telecoms group Orbis Digital is close to buying its smaller rival Telvane for about 4.2 billion euros, two officials familiar with the negotiations said on Tuesday.",
    "One of the officials said the boards of both companies would meet on Friday to approve the deal. A person briefed on the talks, who asked not to be identified because they were private, said Telvane’s founder had “held out for a better price for six weeks and got it”.",
    "Orbis Digital declined to comment. A spokeswoman for Telvane said the company did not comment on “market rumours”. Sources close to the economy ministry said the government would examine the deal for competition concerns."),
    Q("The telecoms group Orbis Digital is close to buying its smaller rival Telvane for about 4.2 billion euros",
      "indirect", "two officials", "two officials familiar with the negotiations", "said", c="negotiations said",
      note="fronted clause; the two companies in it are not the speakers"),
    Q("the boards of both companies would meet on Friday to approve the deal", "indirect", "one of the officials",
      "One of the officials", "said", c="officials said the boards"),
    Q("held out for a better price for six weeks and got it", "mixed", "a person",
      "A person briefed on the talks", "said", c="private, said", note="the founder in the clause is not the speaker"),
    Q("market rumours", "mixed", "a spokeswoman", "A spokeswoman for Telvane", "said", c="Telvane said",
      note="'declined to comment' before it is not annotated"),
    Q("the government would examine the deal for competition concerns", "indirect", "sources",
      "Sources close to the economy ministry", "said", c="ministry said"),
)

case("unnamed-airline-spokeswoman-passengers", "unnamed-and-groups", T(
    "More than two hundred passengers spent Saturday night on the floor of the terminal at Skarvik airport after their flight to Oslo was cancelled because of a broken de-icing truck.",
    '"There was one coffee machine, and it ran out of cups at ten o\'clock," said one passenger, a retired teacher from Bergen who was travelling with her grandson.',
    'A spokeswoman for the airline, NordAir, said the truck could not be repaired until a part arrived from Sweden. "We apologise to every passenger. We should have found them hotel rooms," she said. Passengers said they had been given one meal voucher each, worth 80 kroner.',
    '"That truck broke down twice in January," said an airport employee, who was not authorised to speak to the media.'),
    Q("There was one coffee machine, and it ran out of cups at ten o'clock,", "direct", "one passenger",
      "one passenger", "said", c="said one passenger", note="inverted; the apposition describes her"),
    Q("the truck could not be repaired until a part arrived from Sweden", "indirect", "a spokeswoman",
      "A spokeswoman for the airline", "said", c="NordAir, said",
      note="the airline's name stands right before the cue; the speaker is the spokeswoman"),
    Q("We apologise to every passenger. We should have found them hotel rooms,", "direct", "a spokeswoman", "she",
      "said", m='," she said', c='," she said'),
    Q("they had been given one meal voucher each, worth 80 kroner", "indirect", "passengers", "Passengers", "said",
      m="Passengers said", c="Passengers said"),
    Q("That truck broke down twice in January,", "direct", "an airport employee", "an airport employee",
      "said", c="said an airport"),
)

case("unnamed-students-chant-banner", "unnamed-and-groups", T(
    "Thousands of students marched through the centre of Valmora on Thursday against a plan to double university fees. \"Books, not bills,\" the students chanted as they passed the education ministry. One banner read \"My degree, my debt\".",
    "Organisers said 40,000 people had taken part. Police put the figure at 12,000.",
    "A first-year medical student, who gave her name only as Irene, said her parents had sold a plot of land to pay her first year’s fees. \"If they double them, I go home,\" she said. Lecturers at two universities said in a joint letter: \"We will strike in solidarity next week.\""),
    Q("Books, not bills,", "direct", "students", "the students", "chanted", c="chanted",
      note="a chant: said by the group"),
    Q("My degree, my debt", "direct", None, None, None, opt=True, note="a banner, nobody said it"),
    Q("40,000 people had taken part", "indirect", "organisers", "Organisers", "said", m="Organisers said",
      c="Organisers said", note="'Police put the figure at' is not a cue"),
    Q("her parents had sold a plot of land to pay her first year’s fees", "indirect", "Irene", "Irene", "said",
      m="as Irene", c="Irene, said", note="named only by a given name she gave"),
    Q("If they double them, I go home,", "direct", "Irene", "she", "said", m="\" she said", c="\" she said"),
    Q("We will strike in solidarity next week.", "direct", "lecturers", "Lecturers", "said",
      m="Lecturers at", c="universities said", note="a group's letter"),
)

case("unnamed-neighbours-fire-lunch-club", "unnamed-and-groups", T(
    "Neighbours of the man arrested on Sunday over the fire that destroyed the Rosehill community centre in Wakeling described him as quiet and polite.",
    "‘He cut the grass for half the street,’ said a neighbour who has lived opposite him for twelve years and did not want to be named. Another neighbour said police had searched the house until after midnight.",
    "Police said a 43-year-old man had been charged with arson and would appear in court on Tuesday. A senior fire officer at the scene told local reporters the building “went up like a matchbox” because of its timber frame. ‘We have nowhere else to go on a Thursday,’ said one member of the centre’s lunch club, who is 88."),
    Q("He cut the grass for half the street,", "direct", "a neighbour", "a neighbour", "said", c="said a neighbour",
      note="'described him as' in the first paragraph is not a quote"),
    Q("police had searched the house until after midnight", "indirect", "another neighbour", "Another neighbour",
      "said", c="neighbour said police"),
    Q("a 43-year-old man had been charged with arson and would appear in court on Tuesday", "indirect", "police",
      "Police", "said", m="Police said", c="Police said"),
    Q("went up like a matchbox", "mixed", "a senior fire officer", "A senior fire officer", "told",
      c="told local"),
    Q("We have nowhere else to go on a Thursday,", "direct", "one member", "one member", "said",
      c="said one member", note="unnamed member; post-modifiers dropped"),
)

# ---------------------------------------------------------------- 8. speaker named after the quote
case("after-words-came-from-ferry", "speaker-after-quote", T(
    "“I have crossed this strait eleven thousand times. I had never once been afraid of it until this winter.”",
    "The words came from Captain Halvard Moen, 63, who has skippered the Sandnesøy ferry since 1991, speaking on Tuesday to an inquiry into why the ferry lost power in a storm in January with 84 passengers on board.",
    "The ferry company’s technical director, Siri Aune, told the inquiry that both engines had been serviced in November. “We trust our engines, and we trust our captains,” she said."),
    Q("I have crossed this strait eleven thousand times. I had never once been afraid of it until this winter.",
      "direct", "Halvard Moen", "Captain Halvard Moen", None,
      note="the quote opens the story; 'The words came from X' in the next paragraph, no speech verb"),
    Q("both engines had been serviced in November", "indirect", "Siri Aune", "Siri Aune", "told",
      c="told the inquiry"),
    Q("We trust our engines, and we trust our captains,", "direct", "Siri Aune", "she", "said", m="” she said",
      c="” she said"),
)

case("after-so-said-groundsman", "speaker-after-quote", T(
    "‘Forty summers I have cut this grass, and not once has anyone asked me what I think of the pitch.’",
    "So said Albert Cleghorn, the 71-year-old groundsman at the Lowther Park cricket ground, after he was named groundsman of the year by the county cricket board on Monday.",
    "‘It is a flat track. The batters love it, and the bowlers hate me,’ he said. ‘He has turned down three offers from Test grounds,’ said the club’s captain, Imran Saddique."),
    Q("Forty summers I have cut this grass, and not once has anyone asked me what I think of the pitch.", "direct",
      "Albert Cleghorn", "Albert Cleghorn", "said", c="So said", note="'So said X' opens the next paragraph"),
    Q("It is a flat track. The batters love it, and the bowlers hate me,", "direct", "Albert Cleghorn", "he", "said",
      m="’ he said", c="’ he said"),
    Q("He has turned down three offers from Test grounds,", "direct", "Imran Saddique", "Imran Saddique",
      "said", c="said the club", note="'He' in the quote is the groundsman"),
)

case("after-that-was-how-she-put-it", "speaker-after-quote", T(
    '"A bank that closes its last branch in a town is not a bank any more. It is an app with a logo."',
    "That was how Gwenllian Rees, who runs the post office and general store in Llanfair Uchaf, put it on Wednesday, the day the Cambrian Mutual Bank shut its branch across the street after 118 years.",
    'The bank said in a statement that 94 per cent of its customers in the town already banked online. Rees said her post office would now handle cash for the bank\'s customers. "I am the bank now, apparently," she said.'),
    Q("A bank that closes its last branch in a town is not a bank any more. It is an app with a logo.", "direct",
      "Gwenllian Rees", "Gwenllian Rees", "put", c="put it on",
      note="'That was how X … put it' in the next paragraph; the bank is named after her"),
    Q("94 per cent of its customers in the town already banked online", "indirect", "Cambrian Mutual Bank",
      "The bank", "said", c="bank said"),
    Q("her post office would now handle cash for the bank's customers", "indirect", "Gwenllian Rees", "Rees",
      "said", m="Rees said", c="Rees said"),
    Q("I am the bank now, apparently,", "direct", "Gwenllian Rees", "she", "said", m='," she said',
      c='," she said'),
)

case("after-voice-belonged-to-theatre", "speaker-after-quote", T(
    "“Put the phones away. For the next ninety minutes, the only screen in this room is the stage.”",
    "The voice on the theatre’s loudspeakers belonged to Mireille Fontanet, the director of the Théâtre des Quais in Port-Vendrelle, who on Friday became the first theatre director in the region to ban phones from her auditorium outright.",
    "Audience members were asked to lock their phones in pouches at the door. “I felt naked for the first ten minutes,” said one spectator, Corentin Lagarde, 25. “Then I started watching the play.”",
    "The Fédération des Scènes Privées said the ban might breach consumer law."),
    Q("Put the phones away. For the next ninety minutes, the only screen in this room is the stage.", "direct",
      "Mireille Fontanet", "Mireille Fontanet", None,
      note="'The voice … belonged to X' in the next paragraph, no speech verb"),
    Q("I felt naked for the first ten minutes,", "direct", "Corentin Lagarde", "Corentin Lagarde", "said",
      c="said one spectator", note="'said one spectator, X'"),
    Q("Then I started watching the play.", "direct", "Corentin Lagarde", "Corentin Lagarde", "said",
      c="said one spectator"),
    Q("the ban might breach consumer law", "indirect", "Fédération des Scènes Privées",
      "The Fédération des Scènes Privées", "said", c="Privées said"),
)

case("after-advice-came-from-inspector", "speaker-after-quote", T(
    "Engineers have been inspecting the 1930s road bridge over the Kupa river at Vrbovec Donji for three weeks.",
    '"If I were a lorry driver, I would take the long way round."',
    "The advice came not from a safety campaigner but from the bridge's own chief inspector, Marija Kovačević, at a public meeting in the village on Thursday. She said corrosion had eaten through a third of the steel in two of the main girders.",
    'The Kupa County Roads Department said lorries over 7.5 tonnes would be banned from the bridge from Monday. Its head, Zdravko Perić, said: "We will not wait for a lorry to prove Marija right."'),
    Q("If I were a lorry driver, I would take the long way round.", "direct", "Marija Kovačević",
      "Marija Kovačević", None,
      note="a quote-only paragraph; 'The advice came … from X' after it; 'a safety campaigner' is not the speaker"),
    Q("corrosion had eaten through a third of the steel in two of the main girders", "indirect", "Marija Kovačević",
      "She", "said", m="She said", c="She said"),
    Q("lorries over 7.5 tonnes would be banned from the bridge from Monday", "indirect",
      "Kupa County Roads Department", "The Kupa County Roads Department", "said", c="Department said"),
    Q("We will not wait for a lorry to prove Marija right.", "direct", "Zdravko Perić", "Zdravko Perić", "said",
      c="Perić, said", note="colon introduction; the quote names the inspector"),
)

# ---------------------------------------------------------------- 9. quotes that run on
case("runon-eulogy-whale-guide", "quote-runs-on", T(
    "Hundreds of people filled the church of São Tiago in Vila do Cais on Saturday for the funeral of Manuel Arruda, the whale-watching guide who died when his boat capsized last week. His colleague of twenty years, Teresa Medeiros, gave the eulogy.",
    "“Manuel could smell a sperm whale before the hydrophone heard it,” Medeiros said. “Tourists came from Germany and Japan to sail with him, and they went home talking about him, not the whales.",
    "“He taught every skipper on this island, including me. When the weather turned, he would say nothing, turn the boat round and make a joke about lunch.",
    "“The sea took him on a calm day. He would have found that very funny.”",
    "Arruda’s son, Rui, 17, read a poem his father had written about the island."),
    Q("Manuel could smell a sperm whale before the hydrophone heard it,", "direct", "Teresa Medeiros", "Medeiros",
      "said", m="” Medeiros said", c="Medeiros said", note="the quote opens with the dead man's name"),
    Q("Tourists came from Germany and Japan to sail with him, and they went home talking about him, not the whales.",
      "direct", "Teresa Medeiros", "Medeiros", "said", m="” Medeiros said", c="Medeiros said",
      note="no closing mark: the quote runs on"),
    Q("He taught every skipper on this island, including me. When the weather turned, he would say nothing, turn the boat round and make a joke about lunch.",
      "direct", "Teresa Medeiros", "Medeiros", None, m="” Medeiros said", note="continuation paragraph, no cue"),
    Q("The sea took him on a calm day. He would have found that very funny.", "direct", "Teresa Medeiros",
      "Medeiros", None, m="” Medeiros said", note="last continuation paragraph; 'read a poem' after is not a quote"),
)

case("runon-two-person-exchange-flooding", "quote-runs-on", T(
    "The meeting in the village hall at Dunmore Cross lasted three hours, and most of it was an argument between two people: Siobhán Keane, who farms 80 hectares beside the river, and Colm Fitzgerald, the county’s senior drainage engineer.",
    "‘Every winter the river comes into my kitchen,’ Keane said. ‘Every winter you send me a leaflet.’",
    "‘The leaflet is not the plan,’ Fitzgerald said. ‘The plan needs money, and the money needs the minister.’",
    "‘Then bring the minister.’",
    "Fitzgerald said afterwards that he had invited the minister twice. The Department of Rural Affairs said the minister would visit the area in March."),
    Q("Every winter the river comes into my kitchen,", "direct", "Siobhán Keane", "Keane", "said",
      m="’ Keane said", c="Keane said"),
    Q("Every winter you send me a leaflet.", "direct", "Siobhán Keane", "Keane", "said", m="’ Keane said",
      c="Keane said"),
    Q("The leaflet is not the plan,", "direct", "Colm Fitzgerald", "Fitzgerald", "said", m="’ Fitzgerald said",
      c="’ Fitzgerald said", note="a new speaker's quote straight after the other's"),
    Q("The plan needs money, and the money needs the minister.", "direct", "Colm Fitzgerald", "Fitzgerald", "said",
      m="’ Fitzgerald said", c="’ Fitzgerald said"),
    Q("Then bring the minister.", "direct", "Siobhán Keane", "Keane", None, m="’ Keane said",
      note="quote-only paragraph taking the next turn in a two-person exchange: the farmer, not the last speaker"),
    Q("he had invited the minister twice", "indirect", "Colm Fitzgerald", "Fitzgerald", "said",
      m="Fitzgerald said afterwards", c="said afterwards"),
    Q("the minister would visit the area in March", "indirect", "Department of Rural Affairs",
      "The Department of Rural Affairs", "said", c="Affairs said"),
)

case("runon-sheepdog-two-speakers", "quote-runs-on", T(
    "The two finalists in Saturday’s national sheepdog trial at Glenmorran had never met before the draw.",
    "“My dog is nine, and this is her last season,” said Morag Lennox, a shepherd from Skye. “She has been waiting for this field all her life,” said Huw Bevan, whose younger dog, Fly, won the Welsh title in June, nodding at his own collie rather than his rival’s.",
    "Lennox won by four points. “Nine is not old for a collie. Nine is experienced,” she said afterwards.",
    "“Next year,” Bevan said, shaking her hand. “Next year Fly will be ready.”",
    "“And next year I will be retired,” said Lennox."),
    Q("My dog is nine, and this is her last season,", "direct", "Morag Lennox", "Morag Lennox", "said",
      c="said Morag"),
    Q("She has been waiting for this field all her life,", "direct", "Huw Bevan", "Huw Bevan", "said", c="said Huw",
      note="a second speaker's quote right after the first, in the same paragraph; 'She' is his dog, Fly"),
    Q("Nine is not old for a collie. Nine is experienced,", "direct", "Morag Lennox", "she", "said",
      m="” she said afterwards", c="said afterwards"),
    Q("Next year,", "direct", "Huw Bevan", "Bevan", "said", m="” Bevan said", c="Bevan said",
      note="interrupted quote, first part"),
    Q("Next year Fly will be ready.", "direct", "Huw Bevan", "Bevan", "said", m="” Bevan said", c="Bevan said"),
    Q("And next year I will be retired,", "direct", "Morag Lennox", "Lennox", "said", m="said Lennox",
      c="said Lennox", note="reply in a paragraph of its own, inverted cue"),
)

case("runon-named-in-second-paragraph", "quote-runs-on", T(
    "‘I was born in this hotel, in room 14, because the snow had closed the road to the hospital.",
    "‘Now I am selling it,’ said Ottilie Gasser, 74, whose grandparents opened the Alpenrose at the top of the Furkel pass in 1911. ‘None of my children wants to spend the winter cut off from the world, and I do not blame them.’",
    "The buyer, the Zurich hotel group Seeblick Hotels, said: ‘The name stays.’ Her daughter, Regula Gasser-Imhof, a lawyer in Basel, said her mother had been “trying to sell it and keep it at the same time for ten years”."),
    Q("I was born in this hotel, in room 14, because the snow had closed the road to the hospital.", "direct",
      "Ottilie Gasser", "Ottilie Gasser", "said", c="said Ottilie",
      note="the story opens with a quote that runs on (no closing mark); the speaker and the cue are in the next paragraph"),
    Q("Now I am selling it,", "direct", "Ottilie Gasser", "Ottilie Gasser", "said", c="said Ottilie"),
    Q("None of my children wants to spend the winter cut off from the world, and I do not blame them.", "direct",
      "Ottilie Gasser", "Ottilie Gasser", "said", c="said Ottilie"),
    Q("The name stays.", "direct", "Seeblick Hotels", "Seeblick Hotels", "said", c="Hotels, said"),
    Q("trying to sell it and keep it at the same time for ten years", "mixed", "Regula Gasser-Imhof",
      "Regula Gasser-Imhof", "said", c="Basel, said"),
)

case("runon-letter-read-by-barrister", "quote-runs-on", T(
    "A letter written by Jasper Okonkwo-Reid, 34, from the prison where he is awaiting trial, was read to Birchfield Crown Court on Thursday by his barrister, Lucinda Marsh.",
    "‘I did not set out to hurt anyone that night,’ Okonkwo-Reid wrote. ‘I drove because I was frightened, and I kept driving because I was more frightened of stopping.",
    "‘I think about the family of Mr Aldous every day. I know that my thinking about them is worth nothing to them.’",
    "Ms Marsh told the jury the letter had been written before her client knew he would face a charge of causing death by dangerous driving. The prosecutor, Nigel Bream, said the letter was “a carefully timed act of contrition”."),
    Q("I did not set out to hurt anyone that night,", "direct", "Jasper Okonkwo-Reid", "Okonkwo-Reid", "wrote",
      m="’ Okonkwo-Reid wrote", c="wrote", note="the letter's author, not the barrister who read it out"),
    Q("I drove because I was frightened, and I kept driving because I was more frightened of stopping.", "direct",
      "Jasper Okonkwo-Reid", "Okonkwo-Reid", "wrote", m="’ Okonkwo-Reid wrote", c="wrote",
      note="no closing mark: runs on"),
    Q("I think about the family of Mr Aldous every day. I know that my thinking about them is worth nothing to them.",
      "direct", "Jasper Okonkwo-Reid", "Okonkwo-Reid", None, m="’ Okonkwo-Reid wrote",
      note="continuation paragraph, no cue; it names the victim"),
    Q("the letter had been written before her client knew he would face a charge of causing death by dangerous driving",
      "indirect", "Lucinda Marsh", "Ms Marsh", "told", m="Ms Marsh", c="told the jury"),
    Q("a carefully timed act of contrition", "mixed", "Nigel Bream", "Nigel Bream", "said", c="Bream, said"),
)

# ---------------------------------------------------------------- 10. transcripts, panels, news conferences
case("transcript-qa-beekeeper", "interview-transcript", T(
    "Salote Mafi, 31, runs the largest beekeeping business in Tonga, with 600 hives on the island of ʻEua. She spoke to Daniel Hirschfeld about mites, cyclones and her grandmother. The interview has been edited for length.",
    "Q: How did you start?",
    "A: My grandmother kept six hives behind her house in Nukuʻalofa. When she died I inherited them, and a lot of very angry bees.",
    "Q: What was the worst year?",
    "A: 2023. Cyclone Lola flattened two hundred hives in one night. My accountant told me, “Salote, sell the rest and buy a taxi.” I did not listen to him.",
    "Q: Has the varroa mite reached ʻEua yet?",
    "A: Not yet. If it comes, I will know that someone smuggled a queen in a suitcase."),
    Q("How did you start?", "direct", "Daniel Hirschfeld", "Q", None, m="Q: How",
      note="transcript turn; Q = the interviewer named in the introduction"),
    Q("My grandmother kept six hives behind her house in Nukuʻalofa. When she died I inherited them, and a lot of very angry bees.",
      "direct", "Salote Mafi", "A", None, m="A: My grandmother"),
    Q("What was the worst year?", "direct", "Daniel Hirschfeld", "Q", None, m="Q: What"),
    Q("2023. Cyclone Lola flattened two hundred hives in one night. My accountant told me, “Salote, sell the rest and buy a taxi.” I did not listen to him.",
      "direct", "Salote Mafi", "A", None, m="A: 2023"),
    Q("Salote, sell the rest and buy a taxi.", "direct", "my accountant", "My accountant", "told",
      m="My accountant told", c="told me", opt=True, note="inner quote inside her answer"),
    Q("Has the varroa mite reached ʻEua yet?", "direct", "Daniel Hirschfeld", "Q", None, m="Q: Has"),
    Q("Not yet. If it comes, I will know that someone smuggled a queen in a suitcase.", "direct", "Salote Mafi",
      "A", None, m="A: Not yet"),
)

case("transcript-news-conference-oil-spill", "interview-transcript", T(
    "The following is an edited transcript of Monday’s news conference in Port Adair on the oil spill at Shelly Bay, with the environment minister, Ruth Ngata-Palmer, and the harbourmaster, Captain Alan Sefo.",
    "NGATA-PALMER: The leak from the Orion Star has stopped. Divers sealed the hull at four this morning.",
    "REPORTER: How much oil reached the beach?",
    "SEFO: Our best estimate is twelve tonnes. Most of it is at the northern end, near the marae.",
    "REPORTER: Who pays for the clean-up?",
    "NGATA-PALMER: The ship’s owner and its insurer. I rang the owner this morning and told him, ‘You will get the bill, and you will pay it.’",
    "SEFO: The harbour stays closed to recreational boats until Friday at least."),
    Q("The leak from the Orion Star has stopped. Divers sealed the hull at four this morning.", "direct",
      "Ruth Ngata-Palmer", "NGATA-PALMER", None, m="NGATA-PALMER: The leak", note="label is the surname in capitals"),
    Q("How much oil reached the beach?", "direct", "reporter", "REPORTER", None, m="REPORTER: How",
      note="unnamed reporter's label"),
    Q("Our best estimate is twelve tonnes. Most of it is at the northern end, near the marae.", "direct",
      "Alan Sefo", "SEFO", None, m="SEFO: Our", note="'Captain' dropped from the speaker"),
    Q("Who pays for the clean-up?", "direct", "reporter", "REPORTER", None, m="REPORTER: Who"),
    Q("The ship’s owner and its insurer. I rang the owner this morning and told him, ‘You will get the bill, and you will pay it.’",
      "direct", "Ruth Ngata-Palmer", "NGATA-PALMER", None, m="NGATA-PALMER: The ship"),
    Q("You will get the bill, and you will pay it.", "direct", "Ruth Ngata-Palmer", "NGATA-PALMER", "told",
      m="NGATA-PALMER: The ship", c="told him", opt=True, note="she quotes herself inside her turn"),
    Q("The harbour stays closed to recreational boats until Friday at least.", "direct", "Alan Sefo", "SEFO", None,
      m="SEFO: The harbour"),
)

case("transcript-panel-night-trains", "interview-transcript", T(
    "At a panel on the future of night trains at the Vienna Mobility Forum on Tuesday, the journalist Petra Lindahl put questions to three guests: Jakub Dvořák, who runs a private sleeper service between Prague and Split; Amélie Rousseau-Diallo of the passenger rights group Rail Voice; and Franz Gruber, a former head of long-distance services at the Alpenbahn railway. Excerpts:",
    "LINDAHL: Mr Dvořák, is a night train a business or a hobby?",
    "DVOŘÁK: Ask my bank. Two summers out of three it is a business. Every winter it is a hobby.",
    "ROUSSEAU-DIALLO: Passengers do not care whether it is a business. They care whether the toilet works at three in the morning.",
    "GRUBER: In my time we closed the night trains because nobody booked them. Now everybody wants them and nobody can build the carriages.",
    "LINDAHL: So who should build them?",
    "GRUBER: Not me. I am retired."),
    Q("Mr Dvořák, is a night train a business or a hobby?", "direct", "Petra Lindahl", "LINDAHL", None,
      m="LINDAHL: Mr", note="the moderator's question names the guest it is put to"),
    Q("Ask my bank. Two summers out of three it is a business. Every winter it is a hobby.", "direct",
      "Jakub Dvořák", "DVOŘÁK", None, m="DVOŘÁK: Ask"),
    Q("Passengers do not care whether it is a business. They care whether the toilet works at three in the morning.",
      "direct", "Amélie Rousseau-Diallo", "ROUSSEAU-DIALLO", None, m="ROUSSEAU-DIALLO: Passengers"),
    Q("In my time we closed the night trains because nobody booked them. Now everybody wants them and nobody can build the carriages.",
      "direct", "Franz Gruber", "GRUBER", None, m="GRUBER: In my"),
    Q("So who should build them?", "direct", "Petra Lindahl", "LINDAHL", None, m="LINDAHL: So"),
    Q("Not me. I am retired.", "direct", "Franz Gruber", "GRUBER", None, m="GRUBER: Not"),
)

case("transcript-radio-phone-in-vet", "interview-transcript", T(
    "Each week Radio Fernhill’s Farm Hour takes calls from listeners. This week’s guest was the county’s chief vet, Dr Nkechi Afolabi, on the spread of bluetongue disease. The host is Barry Dunstan. An edited extract:",
    "DUNSTAN: First caller is Marjorie, from Little Haddow. Go ahead, Marjorie.",
    "MARJORIE (Little Haddow): My ewes are lambing next month. Should I vaccinate now or wait?",
    "DR AFOLABI: Now, if you can get the vaccine. Lambing is not the time to find out you should have done it.",
    "DUNSTAN: And Tom in Swinbrook has a question about cattle.",
    "TOM (Swinbrook): My heifers were bitten all through November. I thought the midges stopped in the autumn.",
    "DR AFOLABI: Tom is right to worry, sadly. With these mild winters the midges keep going into January."),
    Q("First caller is Marjorie, from Little Haddow. Go ahead, Marjorie.", "direct", "Barry Dunstan", "DUNSTAN", None,
      m="DUNSTAN: First", note="the host's turn names the caller"),
    Q("My ewes are lambing next month. Should I vaccinate now or wait?", "direct", "Marjorie", "MARJORIE", None,
      m="MARJORIE (", note="a caller named by given name, label with a place in brackets"),
    Q("Now, if you can get the vaccine. Lambing is not the time to find out you should have done it.", "direct",
      "Nkechi Afolabi", "DR AFOLABI", None, m="DR AFOLABI: Now", note="title in the label"),
    Q("And Tom in Swinbrook has a question about cattle.", "direct", "Barry Dunstan", "DUNSTAN", None,
      m="DUNSTAN: And"),
    Q("My heifers were bitten all through November. I thought the midges stopped in the autumn.", "direct", "Tom",
      "TOM", None, m="TOM ("),
    Q("Tom is right to worry, sadly. With these mild winters the midges keep going into January.", "direct",
      "Nkechi Afolabi", "DR AFOLABI", None, m="DR AFOLABI: Tom", note="the vet's turn opens with the caller's name"),
)

case("newsconf-chemical-leak-three-officials", "interview-transcript", T(
    "Three officials faced reporters in Lakemba City on Thursday after an ammonia leak at the Norvale fertiliser plant forced 2,000 people from their homes: the mayor, Grace Tumwine; the fire chief, Patrick Odhiambo-Lutalo; and the plant’s manager, Henrik Dahl.",
    "The mayor spoke first. \"Nobody will go home tonight. I would rather be wrong and careful than right and sorry.\"",
    "The fire chief said the leak had been contained by midday. Asked by a reporter from Lakemba FM whether the plant had been inspected this year, the manager said it had been inspected in February and had passed. \"We followed every rule we were given,\" Dahl said.",
    "\"Then the rules were not good enough,\" the mayor replied."),
    Q("Nobody will go home tonight. I would rather be wrong and careful than right and sorry.", "direct",
      "Grace Tumwine", "The mayor", None, m="The mayor spoke", note="lone quote after 'The mayor spoke first.'"),
    Q("the leak had been contained by midday", "indirect", "Patrick Odhiambo-Lutalo", "The fire chief", "said",
      c="chief said"),
    Q("whether the plant had been inspected this year", "indirect", "a reporter", "a reporter", "Asked",
      m="a reporter from", c="Asked by", note="a question put by a named-by-description reporter"),
    Q("it had been inspected in February and had passed", "indirect", "Henrik Dahl", "the manager", "said",
      c="manager said"),
    Q("We followed every rule we were given,", "direct", "Henrik Dahl", "Dahl", "said", m="\" Dahl said",
      c="Dahl said"),
    Q("Then the rules were not good enough,", "direct", "Grace Tumwine", "the mayor", "replied", m="the mayor replied",
      c="replied", note="a second official answers the third"),
)

# ---------------------------------------------------------------- 11. cue verbs and positions
case("cues-split-quote-inverted-treasurer", "cue-verbs-and-positions", T(
    "\"The tram plan,\" said the mayor of Vellmar-Ost, Dorothea Kranz, \"is dead. It died in the budget committee on Tuesday night.\"",
    "Her deputy, Levent Aydın, who had championed the plan for six years, was less final. \"Plans die,\" he said, \"and plans come back.\"",
    "\"Not with my money they don’t,\" said the city treasurer, Ulrich Brandt."),
    Q("The tram plan,", "direct", "Dorothea Kranz", "Dorothea Kranz", "said", c="said the mayor",
      note="split quote; inverted 'said the mayor of Y, X'"),
    Q("is dead. It died in the budget committee on Tuesday night.", "direct", "Dorothea Kranz", "Dorothea Kranz",
      "said", c="said the mayor"),
    Q("Plans die,", "direct", "Levent Aydın", "he", "said", m="\" he said", c="\" he said"),
    Q("and plans come back.", "direct", "Levent Aydın", "he", "said", m="\" he said", c="\" he said",
      note="second half of a split quote"),
    Q("Not with my money they don’t,", "direct", "Ulrich Brandt", "Ulrich Brandt", "said", c="said the city",
      note="inverted 'said the Y, X'; the deputy was named before"),
)

case("cues-according-to-reservoir", "cue-verbs-and-positions", T(
    "According to the Ravensmoor Water Company, the reservoir at Cold Hollin is at 31 per cent of capacity, its lowest level in August since records began.",
    "A hosepipe ban is ‘almost certain’ by the end of the month, according to the company’s operations director, Sanjay Mistry.",
    "According to Mistry, customers in the town use a fifth more water than the national average. ‘People here water their lawns as if they lived in Ireland,’ he said.",
    "Environmental groups, according to Mistry, have been ‘very helpful and very loud’."),
    Q("the reservoir at Cold Hollin is at 31 per cent of capacity, its lowest level in August since records began",
      "indirect", "Ravensmoor Water Company", "the Ravensmoor Water Company", "According to",
      c="According to the Ravensmoor", note="'According to X,' before the clause"),
    Q("almost certain", "mixed", "Sanjay Mistry", "Sanjay Mistry", "according to", c="according to the company",
      note="'according to' after the sentence"),
    Q("customers in the town use a fifth more water than the national average", "indirect", "Sanjay Mistry",
      "Mistry", "According to", m="According to Mistry, customers", c="According to Mistry, customers"),
    Q("People here water their lawns as if they lived in Ireland,", "direct", "Sanjay Mistry", "he", "said",
      m="’ he said", c="’ he said"),
    Q("very helpful and very loud", "mixed", "Sanjay Mistry", "Mistry", "according to",
      m="according to Mistry, have", c="according to Mistry, have",
      note="'according to X' in the middle of the sentence; the groups are its subject, not the speaker"),
)

case("cues-posted-tweeted-texted-thai", "cue-verbs-and-positions", T(
    "Thanakorn Srisuwan, a Bangkok street-food vendor with 1.2 million followers on TikTok, posted a video on Sunday of city inspectors taking away his grill. “Forty years my mother cooked on this corner. Today they took her grill,” he wrote under the clip.",
    "The city’s deputy governor, Khun Pimchanok Rattanawong, tweeted an hour later: “The grill will be returned. The inspectors were wrong.” Thanakorn replied in a comment: “Thank you, Khun Pimchanok. My mother is already lighting the charcoal.”",
    "His sister, Jiraporn Srisuwan, texted reporters a photograph of the grill back on its corner with two words: “It’s home.”"),
    Q("Forty years my mother cooked on this corner. Today they took her grill,", "direct", "Thanakorn Srisuwan",
      "he", "wrote", m="” he wrote", c="wrote under", note="'posted a video … of' is not a cue for it; 'wrote under the clip' is"),
    Q("The grill will be returned. The inspectors were wrong.", "direct", "Pimchanok Rattanawong",
      "Khun Pimchanok Rattanawong", "tweeted", c="tweeted", note="'Khun' is a Thai honorific"),
    Q("Thank you, Khun Pimchanok. My mother is already lighting the charcoal.", "direct", "Thanakorn Srisuwan",
      "Thanakorn", "replied", m="Thanakorn replied", c="replied in",
      note="Thai usage: given name alone; the quote names the deputy governor"),
    Q("It’s home.", "direct", "Jiraporn Srisuwan", "Jiraporn Srisuwan", "texted", c="texted",
      note="cue 'texted … with two words:'"),
)

case("cues-boasted-scoffed-sighed-marrow", "cue-verbs-and-positions", T(
    "Ernest Pocklington’s marrow weighed 54.2 kilograms at the Fellbeck Show on Saturday, a kilogram short of the county record. ‘I fed it on seaweed and Mozart,’ he boasted to the crowd around the weighing table.",
    "‘Mozart is for show,’ scoffed his great rival, Dennis Cawthorne, whose marrow came second.",
    "‘Every year I weigh two marrows and referee two grown men,’ sighed the show’s judge, Gwen Arkwright.",
    "Pocklington conceded that the record was out of reach this year but warned his rival to ‘start watering now’."),
    Q("I fed it on seaweed and Mozart,", "direct", "Ernest Pocklington", "he", "boasted", m="’ he boasted",
      c="boasted", note="he = the owner of the marrow, named only in a possessive"),
    Q("Mozart is for show,", "direct", "Dennis Cawthorne", "Dennis Cawthorne", "scoffed", c="scoffed",
      note="inverted 'scoffed his great rival, X'"),
    Q("Every year I weigh two marrows and referee two grown men,", "direct", "Gwen Arkwright", "Gwen Arkwright",
      "sighed", c="sighed", note="inverted 'sighed the Y, X'"),
    Q("the record was out of reach this year", "indirect", "Ernest Pocklington", "Pocklington", "conceded",
      m="Pocklington conceded", c="conceded"),
    Q("start watering now", "mixed", "Ernest Pocklington", "Pocklington", "warned", m="Pocklington conceded",
      c="warned", note="'warned his rival to' + mixed quote; the rival is the addressee"),
)

case("cues-colon-and-verbless-intros", "cue-verbs-and-positions", T(
    "Asked what she would do with the two million rand that comes with the Mahlathini Prize, the mathematician Lindiwe Mokoena, 29, had a one-word answer: “Scholarships.”",
    "Her former teacher at Orlando North High School, Themba Nkosi, put it another way: “She was solving my problems before I had finished writing them on the board.”",
    "The prize committee’s chairwoman, Prof. Anneliese du Toit, was more measured. Her verdict on the 140-page proof: “Unusually elegant, and unusually long.”",
    "Mokoena’s own view was modest. “It is long because I am slow,” she said."),
    Q("Scholarships.", "direct", "Lindiwe Mokoena", "Lindiwe Mokoena", None,
      note="'had a one-word answer:' with no speech verb; the question is put by nobody named and is not annotated"),
    Q("She was solving my problems before I had finished writing them on the board.", "direct", "Themba Nkosi",
      "Themba Nkosi", "put", c="put it another", note="'X put it another way:'"),
    Q("Unusually elegant, and unusually long.", "direct", "Anneliese du Toit", "Her", None, m="Her verdict",
      note="verbless 'Her verdict on …:'; Her = the chairwoman of the sentence before"),
    Q("It is long because I am slow,", "direct", "Lindiwe Mokoena", "she", "said", m="” she said", c="” she said"),
)

# ---------------------------------------------------------------- 12. traps
case("trap-novel-titles", "traps", T(
    "Nadia El-Amrani’s first novel, “The Salt Road to Tindouf”, won the Meridian Prize for debut fiction in Marseille on Thursday. The judges called it “a book that smells of diesel and oranges”.",
    "“I wrote most of ‘The Salt Road’ on night buses between Oujda and Casablanca,” El-Amrani said. “The first print run of 3,000 copies has sold out,” said her publisher, Laurent Brisset.",
    "Her next book will be called “Small Hours”. “It is about insomnia, so I am writing it during the day,” she said."),
    Q("a book that smells of diesel and oranges", "mixed", "judges", "The judges", "called", c="called it",
      note="the novel's title, in marks just before, is not a quote"),
    Q("I wrote most of ‘The Salt Road’ on night buses between Oujda and Casablanca,", "direct", "Nadia El-Amrani",
      "El-Amrani", "said", m="” El-Amrani said", c="El-Amrani said",
      note="a short title inside her quote is part of it, not a row"),
    Q("The first print run of 3,000 copies has sold out,", "direct", "Laurent Brisset", "Laurent Brisset", "said",
      c="said her publisher", note="'It' in the next paragraph's quote is her next book"),
    Q("It is about insomnia, so I am writing it during the day,", "direct", "Nadia El-Amrani", "she", "said",
      m="” she said", c="” she said", note="after a title in marks; 'she' = the author, not the publisher"),
)

case("trap-scare-quotes-post-office-sign", "traps", T(
    "The government of Tarsania calls the closure of 140 rural post offices a “network optimisation”. In the mountain town of Velesk, where the post office shut on Monday, people have other words for it.",
    "A handwritten sign taped to the post office door on Tuesday read “Closed for ever – thanks for nothing”. Nobody has admitted to writing it.",
    "“It took my pension, my letters and my gossip,” said Vesna Kordić, 79, standing by the door. The so-called “mobile post office”, a van, will visit Velesk twice a week.",
    "The postal company’s spokesman, Damir Lukić, said the van had “everything the old office had, except the queue”."),
    Q("network optimisation", "mixed", "government of Tarsania", "The government of Tarsania", "calls",
      c="calls", opt=True, note="a label attributed with 'calls': optional"),
    Q("Closed for ever – thanks for nothing", "direct", None, None, None, opt=True,
      note="a handwritten sign; its writer is unknown"),
    Q("It took my pension, my letters and my gossip,", "direct", "Vesna Kordić", "Vesna Kordić", "said",
      c="said Vesna"),
    Q("mobile post office", "direct", None, None, None, opt=True, note="scare quotes ('so-called'), nobody said it"),
    Q("everything the old office had, except the queue", "mixed", "Damir Lukić", "Damir Lukić", "said",
      c="Lukić, said"),
)

case("trap-misquoted-councillor", "traps", T(
    "The Halden Bay councillor Margit Steinsland said on Monday that she had been misquoted by the Halden Bay Courier. On Saturday the paper reported that she had called the town’s new housing for asylum seekers “a ghetto for the lazy”.",
    "‘I never used that word. I said the housing was badly planned,’ Steinsland said.",
    "‘We stand by our report. We have a recording of the meeting,’ said the Courier’s editor, Rolf Aakre. ‘We will play it to anyone who asks.’",
    "A second councillor, Ingrid Solvang, who was at the meeting, denied saying that Steinsland had used the word. Solvang said only: ‘I was looking at my phone.’"),
    Q("she had been misquoted by the Halden Bay Courier", "indirect", "Margit Steinsland", "Margit Steinsland",
      "said", c="Steinsland said on", note="the newspaper named at the end of the clause is not the speaker"),
    Q("she had called the town’s new housing for asylum seekers “a ghetto for the lazy”", "indirect",
      "Halden Bay Courier", "the paper", "reported", c="reported", opt=True,
      note="the newspaper's own report of what she said, disputed: optional"),
    Q("a ghetto for the lazy", "mixed", "Margit Steinsland", "she", "called", m="she had called", c="called",
      opt=True, note="words the newspaper attributed to her and she denies: optional"),
    Q("the housing was badly planned", "indirect", "Margit Steinsland", "I", "said", m="I said the housing",
      c="I said the housing", opt=True, note="her own earlier words, reported inside her quote"),
    Q("I never used that word. I said the housing was badly planned,", "direct", "Margit Steinsland", "Steinsland",
      "said", m="’ Steinsland said", c="’ Steinsland said"),
    Q("We stand by our report. We have a recording of the meeting,", "direct", "Rolf Aakre", "Rolf Aakre",
      "said", c="said the Courier", note="the editor, not the newspaper"),
    Q("We will play it to anyone who asks.", "direct", "Rolf Aakre", "Rolf Aakre", "said", c="said the Courier"),
    Q("I was looking at my phone.", "direct", "Ingrid Solvang", "Solvang", "said", m="Solvang said",
      c="said only", note="'denied saying that …' just before is not annotated"),
)

case("trap-question-to-president-name-in-quote", "traps", T(
    "When a schoolgirl in the front row asked the president of Caldera, Ignacio Ferrán, “Are you scared of the volcano?”, the school hall in San Bartolo went quiet.",
    '"Ask Dr Okafor. She knows more about it than I do," Ferrán said, pointing at the government volcanologist, Dr Adaeze Okafor, who was sitting beside him.',
    'Okafor said the volcano had shown no sign of erupting since 1977. "Scared, no. Respectful, yes," she told the girl.',
    "Ferrán’s chief of staff, Tomás Ibarra, said later that the president had been asked the same question “by every child in every school we have visited”."),
    Q("Are you scared of the volcano?", "direct", "a schoolgirl", "a schoolgirl", "asked", c="asked the president",
      note="the question is the girl's; the nearest name is the man she asks"),
    Q("Ask Dr Okafor. She knows more about it than I do,", "direct", "Ignacio Ferrán", "Ferrán", "said",
      m='" Ferrán said', c="Ferrán said", note="the quote names another person, who is named again after the cue"),
    Q("the volcano had shown no sign of erupting since 1977", "indirect", "Adaeze Okafor", "Okafor", "said",
      m="Okafor said the", c="Okafor said the"),
    Q("Scared, no. Respectful, yes,", "direct", "Adaeze Okafor", "she", "told", m='," she told', c="told the girl"),
    Q("by every child in every school we have visited", "mixed", "Tomás Ibarra", "Tomás Ibarra", "said",
      c="Ibarra, said", note="the president in the clause is not the speaker"),
)

case("trap-nickname-song-father-saying", "traps", T(
    "Joseph “Jojo” Mensah-Bonsu, the highlife guitarist, played his last concert at the Silverbird club in Tema on Saturday at the age of 80. He ended, as he has for fifty years, with “Kwaku Ananse Blues”, the song his father, Kwadwo Mensah-Bonsu, wrote in 1948.",
    "“My father used to say, ‘A guitar is a drum that learned to sing.’ I have spent my life trying to prove him right,” Mensah-Bonsu told the crowd.",
    "His granddaughter, Abena Mensah-Bonsu, 19, who played bass in his last band, said he had promised to teach her “Kwaku Ananse Blues” before Christmas. “He says the song is mine now. I told him it is not mine until he teaches me the bridge,” she said."),
    Q("My father used to say, ‘A guitar is a drum that learned to sing.’ I have spent my life trying to prove him right,",
      "direct", "Joseph Mensah-Bonsu", "Mensah-Bonsu", "told", m="” Mensah-Bonsu told", c="told the crowd",
      note="the nickname and the song title in marks before it are not quotes; the speaker shares a surname with his father and granddaughter"),
    Q("A guitar is a drum that learned to sing.", "direct", "Kwadwo Mensah-Bonsu", "My father", "used to say",
      m="My father used", c="used to say", opt=True, note="inner quote: the late father's saying"),
    Q("he had promised to teach her “Kwaku Ananse Blues” before Christmas", "indirect", "Abena Mensah-Bonsu",
      "Abena Mensah-Bonsu", "said", c="band, said", note="the title inside the clause is part of it, not a row"),
    Q("He says the song is mine now. I told him it is not mine until he teaches me the bridge,", "direct",
      "Abena Mensah-Bonsu", "she", "said", m="” she said", c="” she said"),
    Q("the song is mine now", "indirect", "Joseph Mensah-Bonsu", "He", "says", m="He says the song",
      c="He says the song", opt=True, note="her grandfather's words reported inside her quote"),
)


if __name__ == "__main__":
    CASES.main()
