#!/usr/bin/env python3
"""Second blind construction suite for whosaid: held-out test material.

Writes constructions_blind2.jsonl next to this script.  Deterministic
(random.Random(7719), standard library only): every run is byte-identical.

It was written BLIND, as a held-out set: without reading the extractor's
source, its data or its tests, and without running it.  The only project
files read were tests/suite/hardcases.py (helpers) and
tests/suite/constructions_blind.py (the first blind suite, read only to
avoid repeating its templates, sentence frames, places and names: every
person, place, organisation, sentence frame and quote here is new and
invented).

Each document (1-4 paragraphs) tests ONE construction; the other dimensions
(quote marks, name culture, position, verb) vary around it.

Format: ../shared/eval/FORMAT.md, one JSON object a line:
  {"id": "blind2/<construction>-<n>", "text", "canonical": true,
   "construction", "style", "quotes": [...]}
Each quote: start/end (Python str = code-point offsets, end exclusive),
kind (direct|indirect|mixed), speaker (canonical), speaker_start/speaker_end
(the mention linked to this quote), cue/cue_start/cue_end, and the extra
keys "form" (speaker form at the quote), "position" and, where true,
"optional": true.  Offsets are found by searching the finished text
(annotate.py's `find`, imported from WHOSAID_EVAL or ../../../shared/eval) and
every span is asserted to be the text it was meant to be.

Dimensions
  positions  : pos_after ("...," X said), pos_inverted ("...," said X),
               pos_before_comma (X said, "..."), pos_before_colon
               (X said: "..."), pos_interrupted ("...," X said, "..."),
               pos_quote_paragraph (quote-only paragraph after a paragraph
               about the speaker), pos_named_next ("...." X said the plan
               ... : speaker named in the NEXT sentence), pos_alternating
               (two speakers alternating inside one paragraph),
               pos_multi_paragraph (opening mark repeated at each
               paragraph, closing mark only at the end; the first paragraph
               is either introduced by 'X said:' or split by the cue:
               '"S1," X said. "S2.')
  speaker    : form_full_name, form_surname, form_title_surname ("Dr. X",
               "Mayor X", "Coach X", "Inspector X", ...),
               form_honorific_surname ("Mr X", "Ms. X", "Mrs X" with and
               without dots), form_role_description ("X, the club's
               physio, ..." then "the physio said"), form_age_description
               ("X, 34, ..." then "the 34-year-old said"),
               form_pronoun_other_sex (a person of the other sex was named
               more recently), form_pronoun_same_sex_object (another person
               of the same sex appears only as an object), form_organisation,
               form_unnamed, form_group, form_pair
  cue verbs  : verb_<v> for said says told added explained insisted warned
               recalled wrote posted tweeted admitted argued noted joked
               replied asked according_to
  quote marks: marks_straight "...", marks_curly “...”, marks_british
               ‘...’ (apostrophes are ’, the same character as the closing
               mark), marks_guillemets «...»
  names      : names_<culture> for yoruba tamil vietnamese (family name
               first) hungarian (family name first) arabic (al-) dutch
               (van/de) spanish (double surname) polish maori inuit korean
               brazilian irish (Ó/Ní/Nic/Mac) somali indonesian (single name)
  kinds      : kind_indirect, kind_mixed

Gold conventions
- Direct content = the text between the marks, marks excluded; a trailing
  comma/full stop inside the marks is kept (British style puts the comma
  after the closing mark, so it is not in the span).
- An interrupted quote ("A," X said, "b.") is two rows sharing mention and
  cue.  A multi-paragraph quote is one row per paragraph, all with the same
  speaker and mention; only the first row has the cue, continuation rows
  have cue null.  A quote-only sentence continuing the speaker's quote in
  the same paragraph is its own row, cue null, same mention.
- Quote-only paragraph: mention = the last mention of the speaker in the
  paragraph before (a surname or a pronoun), cue null.
- Named-next-sentence ("...." X said the plan ...): the direct row's
  mention is X in the next sentence, cue null; the reported clause after
  "said" is an extra indirect row marked "optional": true.
- speaker = canonical name: the fullest name of the person in the document,
  without titles or honorifics; family-name-first names keep their order
  ("Szalai Boglárka", "Đặng Thị Hằng"); organisations by full name as first
  written, without a leading "the" ("Ministry of Inland Fisheries");
  unnamed sources exactly as written at the quote ("a senior fire
  officer"); groups as the plural noun ("residents"); a pair "A B and C D"
  (full names, in the order written).
- Mention = the span at the cue: full name, surname, title + surname
  ("Mayor Whaanga", title included), honorific + surname ("Ms. Pintér",
  honorific included), a description with its article ("the physio",
  "the 34-year-old"), a pronoun, the organisation name or description
  ("the ministry"; for a proper name after "the", the name without "the"),
  the unnamed-source phrase, the group noun, or the pair "A and B" as
  written.  An appositive after the name is not in the mention.
- Indirect: the clause after "that" (or after "told reporters"/"According
  to X,"), without the final full stop.  Mixed: the quoted words only.
- Cue: the verb as written ("said", "says", "say", "told", "according to",
  "According to", ...); for mixed quotes the governing verb ("called",
  "described", "said").  Cue null: quote-only paragraphs, continuation
  sentences/paragraphs, and the direct row of pos_named_next.
- "optional": true appears only on the 7 optional indirect rows of
  pos_named_next; absent means required.
- Pronouns are used only where the gold is unambiguous by sex (the only
  person of that sex named so far), except form_pronoun_same_sex_object,
  where the other same-sex person appears only as a grammatical object and
  the pronoun refers to the subject.
"""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.environ.get("WHOSAID_EVAL", os.path.join(HERE, "..", "..", "..", "shared", "eval")))
from annotate import find  # noqa: E402

SEED = 7719
rng = random.Random(SEED)
OUT = os.path.join(HERE, "constructions_blind2.jsonl")
MARK_RE = re.compile("\x01([a-z]+[0-9]+)\x02(.*?)\x03", re.S)
QUOTE_CHARS = "\"'“”‘’«»"

# ---------------------------------------------------------------------------
# people: (full name, sex, second-reference name); all invented
# ---------------------------------------------------------------------------
NAMES = {
    "yoruba": [("Oyinkansola Akinwande", "f", "Akinwande"), ("Olumide Ajayi-Bello", "m", "Ajayi-Bello"),
               ("Temitope Odunsi", "f", "Odunsi"), ("Kayode Olaniyan", "m", "Olaniyan"),
               ("Ifedayo Ogunbiyi", "m", "Ogunbiyi"), ("Adunola Fakoya", "f", "Fakoya")],
    "tamil": [("Kalaiselvi Rajendran", "f", "Rajendran"), ("Senthil Kumaravel", "m", "Kumaravel"),
              ("Vaidehi Natarajan", "f", "Natarajan"), ("Ilango Subramaniam", "m", "Subramaniam"),
              ("Thamarai Elangovan", "f", "Elangovan"), ("Nedunchezhian Pandian", "m", "Pandian")],
    # family name first; second reference by the given name (last syllable)
    "vietnamese": [("Đặng Thị Hằng", "f", "Hằng"), ("Bùi Quang Vinh", "m", "Vinh"),
                   ("Hoàng Minh Tuấn", "m", "Tuấn"), ("Lương Thu Trang", "f", "Trang"),
                   ("Trịnh Văn Khoa", "m", "Khoa"), ("Phan Ngọc Ánh", "f", "Ánh")],
    # family name first; second reference by the family name (first word)
    "hungarian": [("Szalai Boglárka", "f", "Szalai"), ("Vörös Bence", "m", "Vörös"),
                  ("Pintér Csenge", "f", "Pintér"), ("Halász Levente", "m", "Halász"),
                  ("Bognár Enikő", "f", "Bognár"), ("Fekete Zsombor", "m", "Fekete")],
    "arabic": [("Samir al-Qadiri", "m", "al-Qadiri"), ("Nour al-Ansari", "f", "al-Ansari"),
               ("Bilal al-Tamimi", "m", "al-Tamimi"), ("Reem al-Shammari", "f", "al-Shammari"),
               ("Yasmin al-Mutairi", "f", "al-Mutairi"), ("Tariq al-Zubaidi", "m", "al-Zubaidi")],
    "dutch": [("Willemijn van Houten", "f", "van Houten"), ("Bram de Koning", "m", "de Koning"),
              ("Lotte van der Meulen", "f", "van der Meulen"), ("Joris de Wit", "m", "de Wit"),
              ("Marijke van Leeuwen", "f", "van Leeuwen"), ("Sjoerd van Beek", "m", "van Beek")],
    "spanish": [("Ximena Quiroga Benavides", "f", "Quiroga Benavides"),
                ("Esteban Larrañaga Soto", "m", "Larrañaga Soto"),
                ("Rocío Valdivia Pastor", "f", "Valdivia Pastor"),
                ("Gonzalo Urrutia Mena", "m", "Urrutia Mena"),
                ("Amparo Iturbe Calvo", "f", "Iturbe Calvo"),
                ("Fermín Echeverri Lozano", "m", "Echeverri Lozano")],
    "polish": [("Zbigniew Wawrzyniak", "m", "Wawrzyniak"), ("Bożena Chmielewska", "f", "Chmielewska"),
               ("Przemysław Kaczmarczyk", "m", "Kaczmarczyk"), ("Jadwiga Sobieraj", "f", "Sobieraj"),
               ("Grzegorz Pietrzak", "m", "Pietrzak"), ("Halina Żurawska", "f", "Żurawska")],
    "maori": [("Tamati Whaanga", "m", "Whaanga"), ("Hinewai Tautahi", "f", "Tautahi"),
              ("Rongo Te Whata", "m", "Te Whata"), ("Kahurangi Paewai", "f", "Paewai"),
              ("Manaia Horomona", "m", "Horomona"), ("Atawhai Rāwene", "f", "Rāwene")],
    "inuit": [("Qajaaq Ootoova", "m", "Ootoova"), ("Nuvuja Pitseolak", "f", "Pitseolak"),
              ("Leetia Kunuk", "f", "Kunuk"), ("Tagak Aningmiuq", "m", "Aningmiuq"),
              ("Oopik Nutaraaluk", "f", "Nutaraaluk"), ("Joanasie Qappik", "m", "Qappik")],
    # family name first; second reference by the family name
    "korean": [("Yoon Chae-won", "f", "Yoon"), ("Baek Seung-ho", "m", "Baek"),
               ("Moon Ga-eun", "f", "Moon"), ("Hwang Jae-sung", "m", "Hwang"),
               ("Seo Da-bin", "f", "Seo"), ("Oh Hyun-seok", "m", "Oh")],
    "brazilian": [("Thiago Nascimento Araújo", "m", "Araújo"), ("Jéssica Lins Cavalcanti", "f", "Cavalcanti"),
                  ("Cleiton Barbosa", "m", "Barbosa"), ("Rosângela Figueiredo", "f", "Figueiredo"),
                  ("Wellington Damasceno", "m", "Damasceno"), ("Luana Bezerra", "f", "Bezerra")],
    "irish": [("Orlaith Ní Chonaill", "f", "Ní Chonaill"), ("Tadhg Mac Cárthaigh", "m", "Mac Cárthaigh"),
              ("Darragh Ó Briain", "m", "Ó Briain"), ("Gráinne Nic Aodha", "f", "Nic Aodha"),
              ("Cathal Ó Dálaigh", "m", "Ó Dálaigh"), ("Sadhbh Ní Fhlatharta", "f", "Ní Fhlatharta")],
    "somali": [("Hodan Abdikarim Jama", "f", "Jama"), ("Guled Warsame Hirsi", "m", "Hirsi"),
               ("Ubah Yusuf Egal", "f", "Egal"), ("Abdirizak Nur Dualeh", "m", "Dualeh"),
               ("Sagal Ismail Barre", "f", "Barre"), ("Mukhtar Ali Gedi", "m", "Gedi")],
    # single names
    "indonesian": [("Sumarni", "f", "Sumarni"), ("Sukirman", "m", "Sukirman"),
                   ("Darmawati", "f", "Darmawati"), ("Suparjo", "m", "Suparjo"),
                   ("Rahayu", "f", "Rahayu"), ("Mulyono", "m", "Mulyono")],
}
ALL = [(c, n) for c in NAMES for n in NAMES[c]]


def cap1(s):
    return s[0].upper() + s[1:]


class Person:
    def __init__(self, full, sex, sur, culture):
        self.full, self.sex, self.sur, self.culture = full, sex, sur, culture
        self.sur_cap = cap1(sur)
        self.role = None    # (appositive, description)
        self.age = None
        self.title = None   # (title, intro template)
        self.hon = None

    @property
    def subj(self):
        return "she" if self.sex == "f" else "he"

    @property
    def poss(self):
        return "her" if self.sex == "f" else "his"

    @property
    def refl(self):
        return "herself" if self.sex == "f" else "himself"

    def appos(self):
        parts = []
        if self.age:
            parts.append(str(self.age))
        if self.role:
            parts.append(self.role[0])
        return ", ".join(parts) or None


class Ref:
    def __init__(self, canon, text, form, cap=None, plural=False, pron=False, prefix=""):
        self.canon, self.text, self.form = canon, text, form
        self.cap = cap or text
        self.plural, self.pron, self.prefix = plural, pron, prefix


# ---------------------------------------------------------------------------
# setting
# ---------------------------------------------------------------------------
PLACES = ["Corrin Head", "Yarrowby", "Skelda", "Pennock Vale", "Marrowgate", "Ardlow", "Haverlin",
          "Stonecrop", "Quillan Bay", "Redmere", "Oakhollow", "Tesk Bridge"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SCENES = [
    "The morning ferry from {place} to the outer islands was cancelled for the fourth time this month on {day}.",
    "Smoke from the fire on the hills above {place} could still be seen from the coast road on {day}.",
    "The public library in {place} will close at the end of the month after 112 years.",
    "Trawlers stayed tied up in {place} harbour on {day} as the new catch limits took effect.",
    "Engineers finished laying fibre cable across the last valley outside {place} on {day}.",
    "The first tram on the new line through {place} ran almost empty on {day}.",
    "Thousands of people crowded into the old market square in {place} on {day} for the lantern festival.",
    "A late frost swept through the vineyards around {place} overnight on {day}.",
    "A landslide closed the only road into {place} on {day}, cutting off two hill villages.",
    "The Redmere Otters lost their opening netball match of the season in {place} on {day}.",
    "A painting stolen three years ago was back on the wall of the museum in {place} on {day}.",
    "Parents in {place} packed into a school hall on {day} to hear plans to merge the town's two primary schools.",
]
ACTIONS = [
    "was among the first to reach the scene on {day}",
    "has spent the past week working fourteen-hour days",
    "sat in the front row of a packed meeting in {place} on {day}",
    "drove in from the coast on {day} to see the damage for {refl}",
    "has lived in {place} for most of {poss} life",
    "showed a group of visitors around the site on {day}",
    "spent {day} afternoon answering questions from worried neighbours",
    "arrived on the first boat of the morning",
    "was clearing mud from the lane outside {poss} house when the rain started again",
    "has been at the centre of the row for months",
    "walked the length of the closed road on {day} with a clipboard",
    "kept the doors of the community hall open until after midnight",
]
FACTS = ["{S} took over the job in {year}.", "{S} grew up on a farm two valleys away.",
         "{S} has two children at the village school.", "{S} trained in the city before coming home to {place}.",
         "{S} still starts work before six most mornings.",
         "{S} has been the only full-time member of staff since {year}.",
         "{S} has written to the council eleven times this year."]
ROLES = [("the club's physio", "the physio"), ("the harbourmaster", "the harbourmaster"),
         ("the festival's artistic director", "the festival director"), ("the head librarian", "the librarian"),
         ("a volunteer firefighter", "the firefighter"),
         ("the ferry company's operations manager", "the operations manager"),
         ("a beekeeper from the next valley", "the beekeeper"), ("the lifeboat coxswain", "the coxswain"),
         ("the vineyard's cellar master", "the cellar master"), ("the school's caretaker", "the caretaker"),
         ("the museum's chief curator", "the curator"), ("a tram driver on the new line", "the tram driver"),
         ("a geologist who has studied the slope for a decade", "the geologist"),
         ("a mussel farmer", "the mussel farmer"), ("the island's only GP", "the GP"),
         ("the choir's conductor", "the conductor")]
TITLES = [("Dr.", "Dr. {full}, a vet who runs the practice on the high street,"),
          ("Mayor", "{full}, the mayor of {place},"),
          ("Coach", "{full}, who has coached the Redmere Otters for six seasons,"),
          ("Inspector", "Inspector {full} of the county police"),
          ("Councillor", "Councillor {full}"),
          ("Professor", "{full}, a professor of soil science at Ardlow University,"),
          ("Captain", "{full}, who skippers the island ferry,"),
          ("Dr", "Dr {full}, who lectures in volcanology at Ardlow University,"),
          ("Judge", "{full}, the presiding judge,")]
ORGS = [("the Ministry of Inland Fisheries", "the ministry",
         "{O} cut the cod quota for small boats by a fifth on {day}.",
         ["The decision reflects the latest scientific advice on fish stocks",
          "Support will be available for crews who are affected by the changes"]),
        ("Brenmoor Foods", "the company", "{O} shut its packing plant in {place} on {day}, with the loss of 140 jobs.",
         ["This was a difficult decision and it was not taken lightly",
          "Every member of staff will be offered help to find new work"]),
        ("Skelda Ferries", "the operator", "{O} cancelled every sailing from {place} on {day}.",
         ["We understand the frustration of passengers and are working to restore a full timetable",
          "Sailings will resume as soon as the harbour is safe to enter"]),
        ("the Northern Fire and Rescue Service", "the fire service",
         "{O} sent eleven crews to the hills above {place} on {day}.",
         ["Crews will remain at the scene throughout the weekend",
          "We would ask people to keep well away from the hillside"]),
        ("Pennock Vale Borough Council", "the council", "{O} voted on {day} to close three of its five libraries.",
         ["No decision on the future of the buildings has yet been taken",
          "We have protected frontline services wherever we possibly could"]),
        ("Halloran Fibre", "the company", "{O} has connected more than nine hundred homes in the valley since March.",
         ["We remain committed to completing the project on schedule",
          "The last homes in the valley will be connected before the winter"]),
        ("the Marrowgate Museum Trust", "the trust",
         "{O} got its stolen painting back with help from police in three countries.",
         ["We are grateful to everyone who helped bring the painting home",
          "Security at the museum has been reviewed from top to bottom"]),
        ("the Department of Roads and Bridges", "the department",
         "{O} shut the coast road at {place} on {day} after a second landslide.",
         ["The road will stay closed until engineers are satisfied it is safe",
          "We are reviewing every aspect of the response and will publish our findings"])]
UNNAMED = ["a senior fire officer", "a spokesperson for the ferry operator", "an official at the port",
           "one stallholder", "a teacher at the smaller of the two schools", "a paramedic",
           "an engineer working on the slope", "a neighbour", "a source close to the coach"]
UNNAMED_ANON = ["a paramedic", "a neighbour", "an official at the port"]   # + ", who asked not to be named,"
GROUPS = ["residents", "islanders", "stallholders", "winegrowers", "passengers", "volunteers", "tenants"]
GROUP_INTROS = ["About forty {g} turned up at the community centre in {place} on {day}.",
                "Many {g} had been waiting since early morning.",
                "By lunchtime the queue of {g} stretched past the post office."]
OBJ_FRAMES = ["{S} thanked {O}, who had organised the volunteers, before the meeting began.",
              "{S} praised {O} for keeping the shelter open through the night.",
              "{S} spent much of the morning with {O}, who runs the café by the quay.",
              "{S} shook hands with {O} at the gate.",
              "{S} hired {O} as {poss} deputy last spring.",
              "{S} handed {O} the keys to the new building."]
OTHER_FRAMES = ["{B} arrived an hour later with a van full of blankets.",
                "Beside {pp} stood {B}, who had driven through the night.",
                "{B} has taken the opposite view for years.",
                "{B} was also at the meeting.",
                "Across the room sat {B}."]
TOLD_TAILS = [" reporters", " the BBC", " a rally in {place}", " reporters outside the hall",
              " the Quillan Bay Courier", " a rally of supporters", " the BBC on {day}"]
WROTE_TAILS = [" in a letter to parents", " in the parish newsletter", " in an open letter to the council",
               " in a note pinned to the door"]
POSTED_TAILS = [" on Instagram", " on Facebook", " on the club's page", " on social media"]
TWEETED_TAILS = ["", " on {day} night", " shortly after midnight"]
LEADS = ["On {day},", "Speaking after the meeting,", "Later,", "In the car park afterwards,",
         "Standing by the gate,", "Asked about the delays,"]

# ---------------------------------------------------------------------------
# quote content (no final punctuation unless ? or !)
# ---------------------------------------------------------------------------
POOLS = {
    "stmt": [
        "The timetable looks fine on paper, but the boats simply aren't there",
        "We've been patient for three winters and patience doesn't heat a house",
        "Every family on this island knows someone who has left for the mainland",
        "I came here to fix the roof and ended up running the whole place",
        "There's a difference between listening to people and hearing them",
        "We can rebuild the wall. We can't rebuild the trust overnight",
        "Nobody told the crews the road would stay shut until spring",
        "Half the stalls in the square are empty and the other half are struggling",
        "This season has been kinder to us than anyone predicted",
        "The young ones want to stay, but they need a reason to",
        "It took forty people and one very old tractor to clear the lane",
        "The signal drops every time it rains, which round here is most days",
        "We open at six, and by half past there's already a queue",
        "I'd rather have a slow ferry than no ferry at all",
        "You can't run a library on goodwill and biscuits",
        "The fire came over the ridge faster than any of us believed possible",
        "Our grapes were a fortnight from picking when the frost arrived",
        "The tram is lovely. It just doesn't go where anyone needs to go",
        "We found the painting wrapped in a tablecloth in somebody's garage",
        "Merging the schools will save money, but it will cost this village its heart",
        "There is still ash on every windowsill in the street",
        "Nobody expected the cable to reach the top farms this year",
        "Some nights the only light on the hill comes from our kitchen",
        "We've had more visitors this week than in the whole of last summer",
        "The girls played their hearts out and I couldn't ask for more",
        "We're a stubborn lot up here, and that has served us well",
        "It's the waiting that wears you down, not the work",
        "Nobody has asked the people who actually use the ferry",
        "I have never been prouder of the people on this street",
        "The quota was set by people who have never hauled a net",
    ],
    "explain": [
        "The cable has to go under the river, so every metre costs three times as much",
        "When the wind turns east, the ferry can't get into the harbour at all",
        "The slope is mostly clay, and clay turns to soup after a week of rain",
        "Frost settles in the low rows first, which is why the top of the hill survived",
        "Each book we lend costs about four pounds once you count the heating",
        "The trams are wider than the old streets were built for, so they crawl through the centre",
        "If the quota is cut, the smaller boats lose money every time they go out",
        "The firebreaks were cut in the nineties and nobody has kept them clear since",
    ],
    "insist": [
        "This school is not closing, whatever the rumours say",
        "We followed every rule, every single one",
        "The money for the library was never the council's to spend elsewhere",
        "Nobody on my crew was asked to take that risk",
        "The painting never left the country",
        "Our boats are safe, and the inspectors have said so",
        "We will finish the line, and we will finish it this year",
    ],
    "warn": [
        "If the slope moves again, the houses at the bottom will go with it",
        "Another dry month and the whole ridge could burn",
        "Without the winter ferry, the island will be empty within ten years",
        "Swimmers should stay out of the bay until the tests come back",
        "The next frost could finish off what is left of the harvest",
        "People are going to get hurt at that junction if nothing changes",
    ],
    "memory": [
        "My father rowed the post across to the island when the ferry broke down",
        "The first night of the festival, it rained so hard the lanterns floated away",
        "We used to hear the mine hooter from every house in the valley",
        "I borrowed my first book from that library when I was five",
        "The last big fire was in my grandmother's time, and she never talked about it",
        "We lost the whole crop in one night in 1987, and we swore it wouldn't happen again",
    ],
    "written": [
        "Heartbroken to see the doors close today. Thank you to every reader who came through them",
        "The road is open again from 7am tomorrow. Please drive slowly past the crews",
        "Huge thanks to the lifeboat crew, who were out until 3am",
        "We are looking for volunteers to help clear the churchyard on Saturday",
        "I am stepping down as chair at the end of the month. It has been a privilege",
        "No ferries today. Check back at noon for an update",
        "The painting is home. Twenty years in this job and I have never been happier",
        "Final score 41-38. What a night for this team",
    ],
    "admit": [
        "We should have closed the road a day earlier",
        "I got the numbers wrong and I apologise to every parent who was worried",
        "The warning came too late for some families",
        "We were not prepared for the number of visitors",
        "Frankly, we underestimated the clay",
        "I didn't read the report until it was too late",
    ],
    "argue": [
        "A library is the only warm room in town that doesn't ask you to buy anything",
        "Cutting the quota punishes the small boats for what the big ones did",
        "If you want young families to stay, you give them broadband before you give them a bypass",
        "The festival pays for itself three times over in hotel bookings",
        "A ferry is not a luxury when it's the only road you have",
        "Two small schools are better than one big school at the end of a bus route",
    ],
    "note": [
        "Attendance has doubled since we moved the market to the square",
        "This is the third landslide on that road in five years",
        "Most of the vines are older than I am",
        "The island's population has fallen by a quarter since 2001",
        "The tram carried fewer than two hundred passengers on its first day",
        "The fire started on a day with no wind at all",
    ],
    "joke": [
        "The only thing faster than that fire was the rumour mill",
        "I've asked the frost to give us a warning next time. No reply yet",
        "The tram is so slow the pigeons overtake it",
        "At this rate I'll get broadband before I get my pension",
        "Our shooter says the hoop moved. I'm inclined to believe her",
        "We've had the ferry timetable framed. It's our favourite work of fiction",
    ],
    "question": [
        "Who decided the winter ferry wasn't worth saving?",
        "How are children supposed to do homework without a signal?",
        "Why was the firebreak left to grow over?",
        "What happens to the books when the doors close?",
        "Will anyone from the council come and look at the slope themselves?",
        "Where are the families from the lower road supposed to go?",
        "Is there a plan, or are we just hoping for dry weather?",
    ],
    "reply": [
        "They have been invited, and they have chosen not to come",
        "The money is set aside and the work starts in May",
        "Nobody has been forgotten, and nobody will be",
        "We asked the same question ourselves, and we're still waiting for an answer",
        "The books stay in the building until we find them a new home",
        "We can't promise that, and I won't pretend we can",
    ],
    "pair": [
        "We have asked the council for a meeting three times and heard nothing back",
        "Between us we have run this festival for thirty years, and we are not giving up now",
        "We want the ferry back, and we want it back before the winter",
        "Our families have farmed this valley for generations and we will not be moved off it",
        "We are looking for volunteers to help clear the churchyard on Saturday",
        "We both stood on that hillside and watched the fire come over the ridge",
    ],
    "anon": [
        "The crews have been working flat out since the weekend",
        "There are real concerns about how long the slope will hold",
        "Nobody expects the timetable to be back to normal before the spring",
        "Some of the damage will not be visible until the water drains away",
        "The numbers coming through the door have doubled in a month",
        "We were told to expect the worst and to hope for something better",
        "Everyone here is exhausted, but nobody is complaining",
    ],
    "group": [
        "We were told the bus would come back in April. It's nearly June",
        "Nobody from the council has set foot on this road since the slide",
        "We just want to know when we can go home",
        "The stalls have been here longer than the town hall",
        "The fares have gone up twice and the service has got worse",
        "We'll keep turning up until somebody listens",
    ],
}
INTERRUPT = [("The boats will come back", "but not before the quotas are reviewed"),
             ("I love this town", "and that is exactly why I am so angry"),
             ("We can replace the cable", "but nobody can replace the summer we lost"),
             ("The slope has been moving for years", "and everyone who lives under it knows that"),
             ("If the frost holds off", "we could still have a half-decent vintage"),
             ("We're not against the tram", "we're against a tram that stops nowhere useful"),
             ("The festival was nearly cancelled twice", "which makes tonight all the sweeter"),
             ("Books are the easy part", "it's the people who come for company that worry me"),
             ("We lost by three goals", "and we deserved to lose by more"),
             ("The fire is out", "but the ground is still hot enough to melt your boots")]
MULTI = [
    ("I have been a lifeboat volunteer for twenty-two years. I have never seen a sea like the one on Thursday night",
     "The waves were taller than the station roof. We could hear the boat's engine and nothing else",
     "When we finally got the two lads aboard, one of them asked if he could phone his mum. That's when I knew we'd be fine"),
    ("My grandfather planted these vines in 1958. He came back from the army and never left the hill again",
     "Every spring he would walk the rows at dawn, checking for frost with the back of his hand",
     "This morning I did the same thing. The leaves were black before the sun was up"),
    ("The library is not just books. On a Tuesday morning it's the only place some of our readers speak to anyone",
     "We run a knitting group, a homework club and a queue for the one printer in the village",
     "Close it, and you close all of that too. Nobody in the council chamber seems to understand that"),
    ("We were told the road would reopen in a fortnight. That was in October",
     "Since then the school bus has taken an hour and a half each way, along a track that floods whenever it rains",
     "Our children are spending three hours a day in a minibus. Would anyone accept that in the city?"),
    ("The tram was sold to us as the future of the town. I believed it",
     "What we got was two years of roadworks, a line that skips the hospital and fares nobody can afford",
     "I wanted it to work. I still want it to work. But wanting isn't enough"),
    ("The signal arrived at our farm on a Tuesday afternoon. My daughter cried",
     "By Wednesday she was sitting her university interview from the kitchen table",
     "For years we were told it couldn't be done up here. It turns out it just hadn't been done"),
    ("We saw the first smoke at about four in the afternoon. It was near the old quarry",
     "By six it had jumped the road. By eight we were knocking on doors telling people to leave",
     "Nobody argued. Nobody went back for anything. I think that's why everyone is alive"),
    ("The painting was cut from its frame in under a minute. The thieves knew exactly what they were doing",
     "For three years we had an empty space on the wall and a small card saying the work was away",
     "When it came back, the canvas still had the old gallery label on the back. Nobody had even tried to hide it"),
]
MIXED = [("called the quota cut", "a slow death sentence for the small harbours"),
         ("described the new timetable as", "an insult dressed up as an improvement"),
         ("said the slope was", "a disaster waiting for a wet week"),
         ("called the tram", "the most expensive way ever invented to go nowhere"),
         ("said the library had been", "the beating heart of the village for a century"),
         ("described the frost as", "the cruellest night in forty harvests"),
         ("said the festival had been", "saved by the skin of its teeth"),
         ("called the merger plan", "a spreadsheet with a school attached")]
INDIRECT = ["the winter ferry would run at least twice a week until March",
            "the road would stay closed while engineers drilled into the slope",
            "the library's collection would be moved to the school",
            "the quota would be reviewed after the autumn survey",
            "the last homes on the island would be connected by Christmas",
            "the museum had tightened its security since the theft",
            "the tram would stop at the hospital from next year",
            "the frost had destroyed about two-thirds of the crop",
            "the two schools would keep their own head teachers for at least a year",
            "the fire had been started by a discarded barbecue"]

VERBS = {  # cue -> (content pool, may invert)
    "said": ("stmt", True), "says": ("stmt", True), "told": ("stmt", False), "added": ("stmt", True),
    "explained": ("explain", True), "insisted": ("insist", True), "warned": ("warn", True),
    "recalled": ("memory", True), "wrote": ("written", True), "posted": ("written", False),
    "tweeted": ("written", False), "admitted": ("admit", True), "argued": ("argue", True),
    "noted": ("note", True), "joked": ("joke", True), "replied": ("reply", True), "asked": ("question", True),
}

STYLES = {
    "straight": dict(L='"', R='"', apos="'", british=False),
    "curly": dict(L="“", R="”", apos="’", british=False),
    "british": dict(L="‘", R="’", apos="’", british=True),
    "guillemets": dict(L="«", R="»", apos="’", british=False),
}


USAGE = Counter()


def fair(items, tag):
    """A random choice among the items used least often so far (spreads pools over the suite)."""
    items = list(items)
    low = min(USAGE[(tag, repr(x))] for x in items)
    c = rng.choice([x for x in items if USAGE[(tag, repr(x))] == low])
    USAGE[(tag, repr(c))] += 1
    return c


def pick_style():
    return rng.choices(["straight", "curly", "british", "guillemets"], [36, 34, 18, 12])[0]


# ---------------------------------------------------------------------------
# document builder
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self, cons, style=None):
        self.cons = cons
        self.style = style or pick_style()
        self.st = STYLES[self.style]
        self.paras = [[]]
        self.rows = []
        self.k = 0
        self.place = rng.choice(PLACES)
        self.day = rng.choice(DAYS)
        self.people = []
        self.used = set()
        self.introduced = set()
        self.hon_dot = rng.random() < 0.5

    def fmt(self, s, p=None):
        kw = dict(place=self.place, day=self.day, year=rng.randint(1998, 2019))
        if p is not None:
            kw.update(poss=p.poss, refl=p.refl)
        return s.format(**kw)

    def mark(self, tag, s):
        assert "\x01" not in s
        self.k += 1
        key = f"{tag}{self.k}"
        return f"\x01{key}\x02{s}\x03", key

    def para(self):
        if self.paras[-1]:
            self.paras.append([])

    def add(self, s, new_para=False):
        if new_para:
            self.para()
        self.paras[-1].append(s)

    def draw(self, cat):
        pool = [c for c in POOLS[cat] if c not in self.used] if cat in POOLS else None
        if cat == "interrupt":
            pool = [c for c in INTERRUPT if c not in self.used]
        elif cat == "multi":
            pool = [c for c in MULTI if c not in self.used]
        elif cat == "mixed":
            pool = [c for c in MIXED if c not in self.used]
        elif cat == "indirect":
            pool = [c for c in INDIRECT if c not in self.used]
        elif cat == "action":
            pool = [c for c in ACTIONS if c not in self.used]
        c = fair(pool, cat)
        self.used.add(c)
        return c

    def quote(self, content, end):
        """Quoted text with marks; end: ',' (cue follows), '.' (sentence), 'frag' (mixed), '' (bare)."""
        ends_q = content[-1] in "?!"
        out = ""
        if end == ",":
            if ends_q:
                inside = content
            elif self.st["british"]:
                inside, out = content, ","
            else:
                inside = content + ","
        elif end == ".":
            inside = content if ends_q else content + "."
        elif end == "frag":
            if self.st["british"]:
                inside, out = content, "."
            else:
                inside = content + "."
        else:
            inside = content
        m, key = self.mark("q", inside)
        return self.st["L"] + m + self.st["R"] + out, key

    def row(self, q, kind, speaker, s, c, form, position, optional=False):
        self.rows.append(dict(q=q, kind=kind, speaker=speaker, s=s, c=c, form=form, position=position,
                              optional=optional))

    def scene(self):
        self.add(self.fmt(fair(SCENES, "scene")), new_para=True)

    def person(self, sex=None, culture=None, role=False, age=False, title=False, multi_word=False):
        taken = {p.full for p in self.people}
        surs = {p.sur for p in self.people}
        pool = [(c, n) for c, n in ALL if n[0] not in taken and n[2] not in surs
                and (sex is None or n[1] == sex) and (culture is None or c == culture)
                and (not multi_word or n[0] != n[2])]
        c, (full, sx, sur) = fair(pool, "person")
        p = Person(full, sx, sur, c)
        if role:
            used = {q.role for q in self.people if q.role}
            p.role = fair([r for r in ROLES if r not in used], "role")
        if age:
            used = {q.age for q in self.people}
            p.age = rng.choice([a for a in range(19, 84) if a not in used])
        if title:
            used = {q.title for q in self.people if q.title}
            p.title = title if isinstance(title, tuple) else rng.choice([t for t in TITLES if t not in used])
        self.people.append(p)
        return p

    def intro(self, p, new_para=True, action=None):
        """A sentence introducing p by full name (with title/appositive), no quote."""
        act = self.fmt(action or self.draw("action"), p)
        if p.title:
            head = p.title[1].format(full=p.full, place=self.place)
        else:
            a = p.appos()
            head = p.full + (f", {a}," if a else "")
        self.add(f"{head} {act}.", new_para=new_para)
        self.introduced.add(p.full)

    # ------------------------------------------------------------------ build
    def build(self, n):
        text = "\n\n".join(" ".join(p) for p in self.paras if p)
        if self.st["apos"] != "'":
            text = text.replace("'", self.st["apos"])
        pos, out, i, length = {}, [], 0, 0
        for m in MARK_RE.finditer(text):
            out.append(text[i:m.start()])
            length += m.start() - i
            pos[m.group(1)] = (length, length + len(m.group(2)), m.group(2))
            out.append(m.group(2))
            length += len(m.group(2))
            i = m.end()
        out.append(text[i:])
        clean = "".join(out)
        assert not any(ch in clean for ch in "\x01\x02\x03"), clean

        def span(key):
            s, e, intended = pos[key]
            # offsets by searching the finished text; must agree with the intended occurrence
            fs, fe = find(clean, intended, near=s)
            assert (fs, fe) == (s, e) and clean[fs:fe] == intended, (self.cons, intended)
            return fs, fe, intended

        quotes = []
        for r in self.rows:
            s, e, t = span(r["q"])
            q = {"start": s, "end": e, "kind": r["kind"], "speaker": None, "speaker_start": None,
                 "speaker_end": None, "cue": None, "cue_start": None, "cue_end": None,
                 "form": r["form"], "position": r["position"]}
            if r["speaker"] is not None:
                q["speaker"] = r["speaker"].replace("'", self.st["apos"])
            if r["s"]:
                q["speaker_start"], q["speaker_end"], _ = span(r["s"])
            if r["c"]:
                cs, ce, ct = span(r["c"])
                q["cue"], q["cue_start"], q["cue_end"] = ct, cs, ce
            if r["optional"]:
                q["optional"] = True
            quotes.append(q)
        quotes.sort(key=lambda q: q["start"])
        doc = {"id": f"blind2/{self.cons}-{n}", "text": clean, "canonical": True,
               "construction": self.cons, "style": self.style, "quotes": quotes}
        check(doc, self.st)
        return doc


def check(doc, st):
    t = doc["text"]
    qs = doc["quotes"]
    assert qs, doc["id"]
    n_open = n_close = 0
    for q in qs:
        frag = t[q["start"]:q["end"]]
        assert frag and frag == frag.strip() and frag[0] not in QUOTE_CHARS, (doc["id"], frag)
        assert "\n" not in frag, (doc["id"], frag)
        if q["kind"] in ("direct", "mixed"):
            assert t[q["start"] - 1] == st["L"], (doc["id"], frag)
            n_open += 1
            after = t[q["end"]:q["end"] + 1]
            if after == st["R"]:
                n_close += 1
            else:   # a non-final paragraph of a multi-paragraph quote
                assert q["position"] == "multi_paragraph" and t[q["end"]:q["end"] + 2] == "\n\n", (doc["id"], frag)
        else:
            assert st["L"] not in frag and st["R"] not in frag.replace(st["apos"], ""), (doc["id"], frag)
        if q["speaker_start"] is not None:
            m = t[q["speaker_start"]:q["speaker_end"]]
            assert m == m.strip() and m, (doc["id"], m)
            if q["form"] in ("full_name", "pair_full"):
                assert m == q["speaker"], (doc["id"], m)
        if q["cue"] is not None:
            assert t[q["cue_start"]:q["cue_end"]] == q["cue"]
    # every quotation mark in the text belongs to a gold row
    if st["L"] == st["R"]:
        assert t.count(st["L"]) == n_open + n_close, (doc["id"], t.count(st["L"]), n_open, n_close)
    else:
        assert t.count(st["L"]) == n_open, doc["id"]
        if st["R"] != st["apos"]:
            assert t.count(st["R"]) == n_close, doc["id"]
    spans = sorted((q["start"], q["end"]) for q in qs)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2, doc["id"]


# ---------------------------------------------------------------------------
# references and attribution
# ---------------------------------------------------------------------------
def ref(d, p, form):
    if form == "full":
        return Ref(p.full, p.full, "full_name")
    assert p.full in d.introduced, (d.cons, p.full, form)
    if form == "surname":
        return Ref(p.full, p.sur, "surname", cap=p.sur_cap)
    if form == "title":
        return Ref(p.full, f"{p.title[0]} {p.sur}", "title_surname")
    if form == "honorific":
        if p.hon is None:
            p.hon = rng.choice(["Ms", "Mrs"]) if p.sex == "f" else "Mr"
        h = p.hon + ("." if d.hon_dot else "")
        return Ref(p.full, f"{h} {p.sur}", "honorific_surname")
    if form == "pronoun":
        return Ref(p.full, p.subj, "pronoun", cap=cap1(p.subj), pron=True)
    if form == "role":
        return Ref(p.full, p.role[1], "role_description", cap=cap1(p.role[1]))
    if form == "age":
        return Ref(p.full, f"the {p.age}-year-old", "age_description", cap=f"The {p.age}-year-old")
    raise ValueError(form)


def default_tail(d, verb, allow_day=True):
    if verb == "told":
        return d.fmt(rng.choice([t for t in TOLD_TAILS if allow_day or "{day}" not in t]))
    if verb == "wrote":
        return rng.choice(WROTE_TAILS)
    if verb == "posted":
        return rng.choice(POSTED_TAILS)
    if verb == "tweeted":
        return d.fmt(rng.choice([t for t in TWEETED_TAILS if allow_day or "{day}" not in t]))
    if verb == "said" and allow_day and rng.random() < 0.15:
        return d.fmt(" on {day}")
    return ""


def positions_for(verb, r):
    ps = ["after", "after", "before_colon", "before_comma"]
    if VERBS[verb][1] and not r.pron:
        ps.append("inverted")
    return ps


def say(d, r, verb, content, pos, tail=None, appos=None, lead=None, content2=None, new_para=True,
        kind="direct"):
    """Add one attributed sentence; register its row(s); returns (mention key, cue key)."""
    if new_para:
        d.para()
    if tail is None:
        tail = default_tail(d, verb, allow_day=not lead)
    cue = "say" if (verb == "says" and r.plural) else verb
    if pos == "inverted":
        assert not r.pron and verb not in ("told", "posted", "tweeted"), (d.cons, verb)
    at_start = pos in ("before_comma", "before_colon", "according_before") and not lead
    pre = cap1(r.prefix) if (at_start and r.prefix) else r.prefix
    mtext = r.cap if (at_start and not r.prefix) else r.text
    M, sk = d.mark("s", mtext)
    M = pre + M
    ap = f", {appos}," if appos else ""
    lead_s = (d.fmt(lead) + " ") if lead else ""
    q2 = None
    if pos in ("after", "inverted", "before_comma", "before_colon", "interrupted"):
        C, ck = d.mark("c", cue)
    if pos == "after":
        Q, qk = d.quote(content, ",")
        s = f"{Q} {M}{ap} {C}{tail}."
    elif pos == "inverted":
        Q, qk = d.quote(content, ",")
        apv = (f", {appos}" + ("," if tail else "")) if appos else ""
        s = f"{Q} {C} {M}{apv}{tail}."
    elif pos in ("before_comma", "before_colon"):
        Q, qk = d.quote(content, ".")
        s = f"{lead_s}{M}{ap} {C}{tail}{',' if pos == 'before_comma' else ':'} {Q}"
    elif pos == "interrupted":
        Q, qk = d.quote(content, ",")
        Q2, q2 = d.quote(content2, ".")
        s = f"{Q} {M}{ap} {C}{tail}, {Q2}"
    elif pos == "according_after":
        C, ck = d.mark("c", "according to")
        Q, qk = d.quote(content, ",")
        s = f"{Q} {C} {M}{(', ' + appos) if appos else ''}."
    elif pos == "according_before":
        C, ck = d.mark("c", "According to")
        Q, qk = d.quote(content, ".")
        s = f"{C} {M}{ap.rstrip(',') if appos else ''}, {Q}"
    else:
        raise ValueError(pos)
    d.add(s)
    d.row(qk, kind, r.canon, sk, ck, r.form, pos)
    if q2:
        d.row(q2, kind, r.canon, sk, ck, r.form, pos)
    return sk, ck


def quote_only(d, r_canon, sk, form, content, position, new_para=False):
    """A sentence/paragraph that is only a quote, linked to an earlier mention; cue null."""
    Q, qk = d.quote(content, ".")
    d.add(Q, new_para=new_para)
    d.row(qk, "direct", r_canon, sk, None, form, position)


def verb_say(d, p_or_ref, verb, pos=None, **kw):
    r = p_or_ref
    pool = VERBS[verb][0]
    if pos is None:
        pos = rng.choice(positions_for(verb, r))
    return say(d, r, verb, d.draw(pool), pos, **kw)


def other(sex):
    return "m" if sex == "f" else "f"


def pick_verb(kinds=("said", "said", "said", "insisted", "explained", "noted", "warned", "argued", "admitted")):
    return rng.choice(kinds)


# ---------------------------------------------------------------------------
# constructions: positions
# ---------------------------------------------------------------------------
POS_FORMS = {
    "after": ["full", "surname", "pronoun", "role", "honorific", "title", "age"],
    "inverted": ["full", "surname", "role", "title", "honorific", "age", "unnamed"],
    "before_comma": ["full", "pronoun", "surname", "honorific", "title", "role", "age"],
    "before_colon": ["surname", "full", "age", "pronoun", "title", "honorific", "role"],
    "interrupted": ["surname", "pronoun", "full", "honorific", "role", "title", "age"],
}


def gen_position(pos, i):
    d = Doc(f"pos_{pos}")
    form = POS_FORMS[pos][i % 7]
    d.scene()
    sex = rng.choice("mf")
    if pos == "interrupted":
        verb = rng.choice(["said", "said", "insisted", "argued", "told", "explained"])
    elif pos == "inverted":
        verb = pick_verb(("said", "said", "said", "insisted", "explained", "noted", "warned", "argued",
                          "recalled", "joked"))
    elif pos.startswith("before"):
        verb = pick_verb(("said", "said", "said", "told", "warned", "explained", "insisted", "wrote", "admitted"))
    else:
        verb = pick_verb()
    cat = VERBS[verb][0]
    lead = rng.choice(LEADS) if (pos.startswith("before") and rng.random() < 0.35) else None
    if pos == "interrupted":
        c1, c2 = d.draw("interrupt")
        kw = dict(content2=c2)
    else:
        c1, kw = d.draw(cat), {}
    if form == "unnamed":
        ph = rng.choice(UNNAMED)
        r = Ref(ph, ph, "unnamed")
        if pos != "interrupted":
            c1 = d.draw("anon")
        say(d, r, verb, c1, pos, lead=lead, **kw)
    elif form == "full":
        p = d.person(sex=sex, role=rng.random() < 0.7, age=rng.random() < 0.3)
        say(d, ref(d, p, "full"), verb, c1, pos, appos=p.appos(), lead=lead, **kw)
        d.introduced.add(p.full)
    else:
        p = d.person(sex=sex, role=(form == "role" or rng.random() < 0.4), age=(form == "age"),
                     title=(form == "title"))
        d.intro(p)
        say(d, ref(d, p, form), verb, c1, pos, lead=lead, new_para=rng.random() < 0.4, **kw)
    if rng.random() < 0.5:
        q = d.person(sex=other(sex), role=True)
        say(d, ref(d, q, "full"), "said", d.draw("stmt"), rng.choice(["inverted", "after"]), appos=q.appos(),
            tail="")
    return d


def gen_quote_paragraph(i):
    d = Doc("pos_quote_paragraph")
    d.scene()
    sex = rng.choice("mf")
    p = d.person(sex=sex, role=True, age=rng.random() < 0.5, multi_word=True)
    d.intro(p)
    if i % 2 == 0:
        r = ref(d, p, "surname")
    else:
        r = ref(d, p, "pronoun")
    M, sk = d.mark("s", r.cap)
    d.add(rng.choice(FACTS).replace("{S}", M).format(place=d.place, year=rng.randint(1998, 2019)))
    content = d.draw("stmt")
    if rng.random() < 0.5:
        content = content + ". " + d.draw("stmt")
    quote_only(d, p.full, sk, r.form, content, "quote_paragraph", new_para=True)
    if rng.random() < 0.5:
        q = d.person(sex=other(sex), role=True)
        say(d, ref(d, q, "full"), "said", d.draw("argue"), "after", appos=q.appos(), tail="")
    return d


def gen_named_next(i):
    d = Doc("pos_named_next")
    d.scene()
    p = d.person(role=True, multi_word=True)
    if i % 2 == 1:
        d.intro(p)
        r, appos = ref(d, p, "surname"), None
    else:
        r, appos = ref(d, p, "full"), (p.appos() if rng.random() < 0.5 else None)
    d.para()
    content = d.draw("stmt")
    Q, qk = d.quote(content, ".")
    M, sk = d.mark("s", r.cap)
    verb = rng.choice(["said", "said", "told"])
    tail = d.fmt(rng.choice([" reporters", " the Quillan Bay Courier"])) if verb == "told" else ""
    C, ck = d.mark("c", verb)
    clause = d.draw("indirect")
    I, ik = d.mark("q", clause)
    d.add(f"{Q} {M}{(', ' + appos + ',') if appos else ''} {C}{tail} {I}.")
    d.row(qk, "direct", p.full, sk, None, r.form, "named_next")
    d.row(ik, "indirect", p.full, sk, ck, r.form, "named_next", optional=True)
    d.introduced.add(p.full)
    if rng.random() < 0.4:
        q = d.person(role=True)
        say(d, ref(d, q, "full"), "said", d.draw("stmt"), "inverted", appos=q.appos(), tail="")
    return d


def gen_alternating(i):
    d = Doc("pos_alternating")
    d.scene()
    sa = rng.choice("mf")
    sb = other(sa) if i % 2 == 0 else sa
    a = d.person(sex=sa, role=True, multi_word=True)
    b = d.person(sex=sb, role=True, multi_word=True)
    d.intro(a)
    d.intro(b, new_para=False)
    d.para()
    ra, rb = ref(d, a, "surname"), ref(d, b, "surname")
    say(d, ra, "asked", d.draw("question"), rng.choice(["after", "inverted"]), new_para=False)
    say(d, rb, "replied", d.draw("reply"), rng.choice(["after", "inverted"]), new_para=False)
    r3 = ref(d, a, "pronoun") if sa != sb and rng.random() < 0.6 else ra
    say(d, r3, "said", d.draw("stmt"), "after", tail="", new_para=False)
    if rng.random() < 0.6:
        say(d, rb, rng.choice(["said", "insisted"]), d.draw("insist"), rng.choice(["after", "inverted"]),
            tail="", new_para=False)
    return d


def gen_multi(i):
    d = Doc("pos_multi_paragraph")
    d.scene()
    p = d.person(role=True, multi_word=True)
    p1, p2, p3 = d.draw("multi")
    paras = [p1, p2, p3] if rng.random() < 0.6 else [p1, p2]
    if i % 2 == 0:
        d.intro(p, new_para=len(paras) == 2)
        r = ref(d, p, rng.choice(["surname", "pronoun", "role"]))
    else:
        r = ref(d, p, "full")
    verb = rng.choice(["said", "told", "recalled", "explained"])
    tail = default_tail(d, verb) if verb != "said" else ""
    d.para()
    C, ck = d.mark("c", verb)
    L, R = d.st["L"], d.st["R"]
    if i % 4 in (0, 1):
        # X said: "P1.   /  "P2.  /  "P3."
        M, sk = d.mark("s", r.cap)
        appos = f", {p.appos()}," if r.form == "full_name" and p.appos() else ""
        q, qk = d.mark("q", paras[0] + ".")
        d.add(f"{M}{appos} {C}{tail}: {L}{q}")
        d.row(qk, "direct", p.full, sk, ck, r.form, "multi_paragraph")
    else:
        # "S1," X said. "S2.  /  "P2.  /  "P3."
        s1, s2 = paras[0].split(". ", 1)
        M, sk = d.mark("s", r.text)
        Q1, q1 = d.quote(s1, ",")
        q2, q2k = d.mark("q", s2 + ".")
        appos = f", {p.appos()}," if r.form == "full_name" and p.appos() else ""
        d.add(f"{Q1} {M}{appos} {C}{tail}. {L}{q2}")
        d.row(q1, "direct", p.full, sk, ck, r.form, "multi_paragraph")
        d.row(q2k, "direct", p.full, sk, None, r.form, "multi_paragraph")
    for j, par in enumerate(paras[1:], 1):
        last = j == len(paras) - 1
        q, qk = d.mark("q", par if par.endswith("?") else par + ".")
        d.add(f"{L}{q}{R if last else ''}", new_para=True)
        d.row(qk, "direct", p.full, sk, None, r.form, "multi_paragraph")
    d.introduced.add(p.full)
    if sum(1 for x in d.paras if x) < 4 and rng.random() < 0.7:
        q = d.person(role=True)
        say(d, ref(d, q, "full"), "said", d.draw("stmt"), "inverted", appos=q.appos(), tail="")
    return d


# ---------------------------------------------------------------------------
# constructions: speaker forms
# ---------------------------------------------------------------------------
def gen_full_name(i):
    d = Doc("form_full_name")
    d.scene()
    sa = rng.choice("mf")
    a = d.person(sex=sa, role=rng.random() < 0.5, age=rng.random() < 0.3)
    pos = ["after", "inverted", "before_colon", "before_comma", "after", "inverted"][i % 6]
    verb = pick_verb()
    verb_say(d, ref(d, a, "full"), verb, pos=pos, appos=a.appos() if rng.random() < 0.6 else None)
    d.introduced.add(a.full)
    b = d.person(sex=rng.choice("mf"), role=True)
    verb_say(d, ref(d, b, "full"), "said", pos=rng.choice(["after", "inverted", "before_colon"]), appos=b.appos(),
             tail="")
    if rng.random() < 0.4:
        verb_say(d, ref(d, a, "full"), "added", pos="after")
    return d


def gen_surname(i):
    d = Doc("form_surname")
    d.scene()
    a = d.person(role=True, multi_word=True)
    d.intro(a, new_para=False)
    verb_say(d, ref(d, a, "surname"), pick_verb(), pos=["after", "before_colon", "inverted", "before_comma"][i % 4])
    b = d.person(role=True, multi_word=True)
    d.intro(b)
    verb_say(d, ref(d, b, "surname"), pick_verb(), new_para=False)
    if rng.random() < 0.5:
        verb_say(d, ref(d, a, "surname"), "said", pos="after", tail="")
    return d


def gen_title(i):
    d = Doc("form_title_surname")
    d.scene()
    a = d.person(title=TITLES[i % len(TITLES)], multi_word=True)
    sep = rng.random() < 0.5
    d.intro(a, new_para=sep)
    verb = pick_verb()
    verb_say(d, ref(d, a, "title"), verb, pos=["after", "before_colon", "inverted", "before_comma"][i % 4],
             new_para=not sep)
    if rng.random() < 0.6:
        b = d.person(role=True)
        verb_say(d, ref(d, b, "full"), "said", pos="after", appos=b.appos(), tail="")
        verb_say(d, ref(d, a, "title"), rng.choice(["said", "insisted", "replied"]), pos="inverted", tail="")
    return d


HONS = [("f", "Ms", False), ("m", "Mr", True), ("f", "Mrs", False), ("f", "Ms", True), ("m", "Mr", False),
        ("f", "Mrs", True), ("m", "Mr", True), ("f", "Ms", False)]


def gen_honorific(i):
    sex, hon, dot = HONS[i % len(HONS)]
    d = Doc("form_honorific_surname")
    d.hon_dot = dot
    d.scene()
    a = d.person(sex=sex, role=True, age=rng.random() < 0.4, multi_word=True)
    a.hon = hon
    d.intro(a)
    verb_say(d, ref(d, a, "honorific"), pick_verb(), pos=["after", "before_colon", "after", "inverted"][i % 4],
             new_para=rng.random() < 0.5)
    if rng.random() < 0.6:
        b = d.person(sex=other(sex), role=True, multi_word=True)
        d.intro(b)
        verb_say(d, ref(d, b, "honorific"), pick_verb(), pos=rng.choice(["after", "before_comma"]), new_para=False)
    return d


def gen_role(i):
    d = Doc("form_role_description")
    d.scene()
    a = d.person()
    a.role = ROLES[(i * 2) % len(ROLES)]
    variant = i % 3
    if variant == 0:
        # introduced with the role in a plain sentence, quoted by the description
        d.intro(a)
        verb_say(d, ref(d, a, "role"), pick_verb(), pos=rng.choice(["after", "inverted", "before_colon"]),
                 new_para=rng.random() < 0.5)
    elif variant == 1:
        # first quote by full name + role, a second person, then the description
        verb_say(d, ref(d, a, "full"), "said", pos="after", appos=a.role[0], tail="")
        d.introduced.add(a.full)
        b = d.person(role=True)
        verb_say(d, ref(d, b, "full"), pick_verb(), pos="inverted", appos=b.role[0])
        verb_say(d, ref(d, a, "role"), pick_verb(("said", "added", "insisted", "noted")), pos="after")
    else:
        b = d.person(role=True)
        d.intro(a)
        d.intro(b, new_para=False)
        verb_say(d, ref(d, b, "role"), pick_verb(), pos=rng.choice(["after", "before_comma"]))
        verb_say(d, ref(d, a, "role"), pick_verb(), pos=rng.choice(["after", "inverted"]), new_para=False)
    return d


def gen_age(i):
    d = Doc("form_age_description")
    d.scene()
    a = d.person(age=True, role=rng.random() < 0.4)
    if i % 2 == 0:
        d.intro(a)
        verb_say(d, ref(d, a, "age"), pick_verb(), pos=rng.choice(["after", "before_colon", "inverted"]),
                 new_para=rng.random() < 0.5)
    else:
        verb_say(d, ref(d, a, "full"), "said", pos="after", appos=a.appos(), tail="")
        d.introduced.add(a.full)
        b = d.person(age=True)
        d.intro(b)
        verb_say(d, ref(d, b, "age"), pick_verb(), pos="after", new_para=False)
        verb_say(d, ref(d, a, "age"), pick_verb(("said", "added", "argued")), pos=rng.choice(["after", "inverted"]))
    return d


def gen_pron_other(i):
    d = Doc("form_pronoun_other_sex")
    d.scene()
    sa = rng.choice("mf")
    a = d.person(sex=sa, role=True)
    b = d.person(sex=other(sa), role=True)
    d.intro(a)
    if i % 2 == 0:
        # the other-sex person is the subject of the sentence right before the pronoun
        frame = rng.choice(OTHER_FRAMES)
        bm = f"{b.full}, {b.role[0]},"
        if frame.startswith("{B}"):
            s = frame.replace("{B}", bm)
        else:
            s = frame.replace("{B}", f"{b.full}, {b.role[0]}").replace("{pp}", "her" if sa == "f" else "him")
        d.add(s)
        d.introduced.add(b.full)
    else:
        # the other-sex person is quoted (full name) just before
        say(d, ref(d, b, "full"), pick_verb(("said", "argued", "insisted")), d.draw("stmt"), "inverted",
            appos=b.role[0], tail="", new_para=False)
        d.para()
    verb = pick_verb(("said", "said", "warned", "admitted", "explained"))
    pos = rng.choice(["after", "after", "before_colon", "before_comma"])
    verb_say(d, ref(d, a, "pronoun"), verb, pos=pos, new_para=False)
    return d


def gen_pron_same_obj(i):
    d = Doc("form_pronoun_same_sex_object")
    d.scene()
    sa = rng.choice("mf")
    a = d.person(sex=sa, role=True)
    o = d.person(sex=sa)
    d.intro(a)
    subj = a.subj.capitalize() if i % 2 == 0 else a.sur_cap
    s = rng.choice(OBJ_FRAMES).replace("{S}", subj).replace("{O}", o.full).replace("{poss}", a.poss)
    d.add(s)
    verb = pick_verb(("said", "said", "insisted", "noted", "admitted", "argued"))
    pos = rng.choice(["after", "after", "before_colon"])
    verb_say(d, ref(d, a, "pronoun"), verb, pos=pos, new_para=rng.random() < 0.3)
    return d


def gen_org(i):
    d = Doc("form_organisation")
    org, short, intro, lines = ORGS[i % len(ORGS)]
    name = org[4:] if org.startswith("the ") else org
    pre = "the " if org.startswith("the ") else ""
    d.add(cap1(d.fmt(intro.replace("{O}", org))), new_para=True)
    full_ref = Ref(name, name, "organisation", prefix=pre)
    short_ref = Ref(name, short, "organisation_description", cap=cap1(short))
    v = i % 4
    content, content2 = lines if rng.random() < 0.5 else lines[::-1]
    if v == 0:
        say(d, short_ref, "said", content, "after", tail="")
    elif v == 1:
        say(d, full_ref, "said", content, "after", tail=" in a statement")
    elif v == 2:
        say(d, full_ref, "said", content, "before_colon", tail="", lead="In a statement,")
    else:
        say(d, full_ref, "said", content, "before_colon", tail=" in a statement")
    if rng.random() < 0.6:
        verb = rng.choice(["added", "said", "insisted"])
        say(d, short_ref, verb, content2, "after",
            tail=" on its website" if verb == "said" else "", new_para=False)
    return d


def gen_unnamed(i):
    d = Doc("form_unnamed")
    d.scene()
    ph = UNNAMED[i % len(UNNAMED)]
    r = Ref(ph, ph, "unnamed")
    v = i % 3
    verb = pick_verb(("said", "said", "told", "warned", "admitted", "noted"))
    if v == 0:
        say(d, r, verb, d.draw("anon"), "after")
    elif v == 1:
        say(d, r, verb, d.draw("anon"), "before_colon", lead=rng.choice(LEADS))
    else:
        ph = UNNAMED_ANON[i % len(UNNAMED_ANON)]
        r = Ref(ph, ph, "unnamed")
        say(d, r, "said", d.draw("anon"), "after", appos="who asked not to be named", tail="")
    if rng.random() < 0.5:
        p = d.person(role=True)
        verb_say(d, ref(d, p, "full"), "said", pos="inverted", appos=p.appos(), tail="")
    return d


def gen_group(i):
    d = Doc("form_group")
    g = GROUPS[i % len(GROUPS)]
    d.scene()
    if rng.random() < 0.5:
        d.add(d.fmt(rng.choice(GROUP_INTROS).replace("{g}", g)))
    r = Ref(g, g, "group", plural=True)
    v = i % 3
    if v == 0:
        say(d, r, rng.choice(["said", "says"]), d.draw("group"), "after", tail="")
    elif v == 1:
        say(d, r, "said", d.draw("group"), "inverted", tail="")
    else:
        say(d, r, rng.choice(["said", "told"]), d.draw("group"), "before_colon", lead=rng.choice(LEADS),
            tail=None)
    if rng.random() < 0.5:
        p = d.person(role=True)
        verb_say(d, ref(d, p, "full"), "said", pos="after", appos=p.appos(), tail="")
    return d


def gen_pair(i):
    d = Doc("form_pair")
    d.scene()
    a = d.person(role=True, multi_word=True)
    b = d.person(role=True, multi_word=True)
    canon = f"{a.full} and {b.full}"
    if i % 2 == 0:
        d.intro(a)
        d.intro(b, new_para=False)
        r = Ref(canon, f"{a.sur} and {b.sur}", "pair_surnames", cap=f"{a.sur_cap} and {b.sur}", plural=True)
    else:
        r = Ref(canon, canon, "pair_full", plural=True)
    verb = rng.choice(["said", "wrote", "warned", "insisted"])
    tail = " in a joint letter to the council" if verb == "wrote" else rng.choice([" in a joint statement", ""])
    pos = ["after", "before_colon", "inverted", "after", "before_comma", "inverted"][i % 6]
    say(d, r, verb, d.draw("pair"), pos, tail=tail)
    return d


# ---------------------------------------------------------------------------
# constructions: verbs, marks, names, kinds
# ---------------------------------------------------------------------------
def gen_verb(verb, i):
    d = Doc(f"verb_{verb.replace(' ', '_')}")
    d.scene()
    sex = rng.choice("mf")
    a = d.person(sex=sex, role=True, age=rng.random() < 0.3, multi_word=True)
    if verb == "according to":
        v = i % 3
        if v == 0:
            say(d, ref(d, a, "full"), "said", d.draw("stmt"), "according_after", appos=a.role[0])
        elif v == 1:
            d.intro(a)
            say(d, ref(d, a, "surname"), "said", d.draw("note"), "according_before", new_para=False)
        else:
            ph = rng.choice(UNNAMED)
            say(d, Ref(ph, ph, "unnamed"), "said", d.draw("anon"), "according_after")
        return d
    if verb in ("replied", "asked"):
        b = d.person(sex=other(sex), role=True, multi_word=True)
        d.intro(a)
        d.intro(b, new_para=False)
        pa = rng.choice(["after", "inverted", "before_colon"]) if verb == "asked" else "after"
        say(d, ref(d, a, "surname"), "asked", d.draw("question"), pa)
        rb = ref(d, b, rng.choice(["surname", "pronoun", "honorific"]))
        pb = rng.choice(positions_for("replied", rb)) if verb == "replied" else "after"
        say(d, rb, "replied" if verb == "replied" else "said", d.draw("reply"), pb,
            new_para=rng.random() < 0.5)
        return d
    if verb == "added":
        d.intro(a)
        say(d, ref(d, a, "surname"), "said", d.draw("stmt"), "after", tail="", new_para=False)
        r = ref(d, a, rng.choice(["pronoun", "surname"]))
        say(d, r, "added", d.draw("stmt"), rng.choice(positions_for("added", r)), new_para=rng.random() < 0.5)
        return d
    if verb == "told":
        tails = [" reporters", " the BBC", d.fmt(" a rally in {place}")]
        d.intro(a)
        r = ref(d, a, rng.choice(["surname", "pronoun", "honorific"]))
        say(d, r, "told", d.draw("stmt"), rng.choice(["after", "before_colon", "before_comma"]),
            tail=tails[i % 3], new_para=rng.random() < 0.5)
        return d
    form = rng.choice(["full", "surname", "pronoun", "honorific"])
    if form == "full":
        r = ref(d, a, "full")
        appos = a.appos()
    else:
        d.intro(a)
        r, appos = ref(d, a, form), None
    pos = rng.choice(positions_for(verb, r))
    say(d, r, verb, d.draw(VERBS[verb][0]), pos, appos=appos)
    d.introduced.add(a.full)
    if rng.random() < 0.4:
        b = d.person(sex=other(sex), role=True)
        say(d, ref(d, b, "full"), "said", d.draw("stmt"), "inverted", appos=b.appos(), tail="")
    return d


def gen_marks(style, i):
    d = Doc(f"marks_{style}", style=style)
    d.scene()
    sex = rng.choice("mf")
    a = d.person(sex=sex, role=True, multi_word=True)
    say(d, ref(d, a, "full"), "said", d.draw("stmt"), ["after", "before_colon", "inverted"][i % 3],
        appos=a.appos(), tail="")
    d.introduced.add(a.full)
    c1, c2 = d.draw("interrupt")
    r = ref(d, a, rng.choice(["surname", "pronoun"]))
    say(d, r, rng.choice(["said", "insisted", "added"]), c1, "interrupted", content2=c2, tail="",
        new_para=rng.random() < 0.5)
    if i % 2 == 0:
        b = d.person(sex=other(sex), role=True, multi_word=True)
        d.intro(b)
        verb_say(d, ref(d, b, "surname"), pick_verb(("said", "argued", "joked", "recalled")), pos="after",
                 new_para=False)
    return d


def gen_names(culture, i):
    d = Doc(f"names_{culture}")
    d.scene()
    a = d.person(sex="f", culture=culture, role=True)
    b = d.person(sex="m", culture=culture, role=True, age=rng.random() < 0.5)
    first, second = (a, b) if i % 2 == 0 else (b, a)
    verb_say(d, ref(d, first, "full"), pick_verb(), pos=rng.choice(["after", "inverted"]), appos=first.appos())
    d.introduced.add(first.full)
    d.intro(second)
    verb_say(d, ref(d, second, rng.choice(["surname", "honorific"])), pick_verb(), new_para=False)
    form = rng.choice(["surname", "honorific"])
    verb_say(d, ref(d, first, form), rng.choice(["said", "replied", "insisted"]), pos="after")
    return d


def gen_indirect(i):
    d = Doc("kind_indirect")
    d.scene()
    a = d.person(role=True, multi_word=True)
    v = i % 5
    clause = d.draw("indirect")
    if v in (0, 3):
        r = ref(d, a, "full")
        M, sk = d.mark("s", r.text)
        C, ck = d.mark("c", "said")
        I, ik = d.mark("q", clause)
        when = d.fmt(" on {day}") if v == 3 else ""
        d.add(f"{M}, {a.role[0]}, {C}{when} that {I}.", new_para=True)
    elif v == 1:
        d.intro(a)
        r = ref(d, a, "surname")
        M, sk = d.mark("s", r.cap)
        C, ck = d.mark("c", "told")
        I, ik = d.mark("q", clause)
        d.add(f"{M} {C} reporters {I}.")
    elif v == 2:
        d.intro(a)
        r = ref(d, a, "pronoun")
        C, ck = d.mark("c", "According to")
        M, sk = d.mark("s", "her" if a.sex == "f" else "him")
        I, ik = d.mark("q", clause)
        d.add(f"{C} {M}, {I}.")
        r = Ref(a.full, "", "pronoun")
    else:
        d.intro(a)
        r = ref(d, a, "surname")
        I, ik = d.mark("q", cap1(clause))
        M, sk = d.mark("s", r.text)
        C, ck = d.mark("c", "said")
        d.add(f"{I}, {M} {C}.")
    d.row(ik, "indirect", a.full, sk, ck, r.form, "indirect")
    d.introduced.add(a.full)
    if rng.random() < 0.6:
        verb_say(d, ref(d, a, "surname"), "said", pos="after", tail="")
    return d


def gen_mixed(i):
    d = Doc("kind_mixed")
    d.scene()
    a = d.person(role=True, multi_word=True)
    lead, frag = d.draw("mixed")
    cue = lead.split()[0]
    rest = lead[len(cue) + 1:]
    if i % 2 == 0:
        r = ref(d, a, "full")
        M, sk = d.mark("s", r.text)
        pre = f"{M}, {a.role[0]},"
    else:
        d.intro(a)
        r = ref(d, a, "surname")
        M, sk = d.mark("s", r.cap)
        pre = M
    C, ck = d.mark("c", cue)
    if i % 3 == 0:
        Q, qk = d.quote(frag, "")
        d.add(f"{pre} {C} {rest} {Q} and left the meeting before the vote.", new_para=True)
    else:
        Q, qk = d.quote(frag, "frag")
        d.add(f"{pre} {C} {rest} {Q}", new_para=True)
    d.row(qk, "mixed", a.full, sk, ck, r.form, "mixed")
    d.introduced.add(a.full)
    if rng.random() < 0.5:
        verb_say(d, ref(d, a, "surname"), "said", pos="after", tail="", new_para=False)
    return d


# ---------------------------------------------------------------------------
# plan
# ---------------------------------------------------------------------------
PLAN = []
for _p in ["after", "inverted", "before_comma", "before_colon", "interrupted"]:
    PLAN.append((7, lambda i, p=_p: gen_position(p, i)))
PLAN += [(7, gen_quote_paragraph), (7, gen_named_next), (6, gen_alternating), (7, gen_multi),
         (6, gen_full_name), (6, gen_surname), (8, gen_title), (8, gen_honorific), (8, gen_role), (7, gen_age),
         (8, gen_pron_other), (8, gen_pron_same_obj), (8, gen_org), (7, gen_unnamed), (6, gen_group),
         (6, gen_pair)]
for _v in ["said", "says", "added", "explained", "insisted", "warned", "recalled", "wrote", "posted", "tweeted",
           "admitted", "argued", "noted", "joked", "replied", "asked"]:
    PLAN.append((2, lambda i, v=_v: gen_verb(v, i)))
PLAN += [(3, lambda i: gen_verb("told", i)), (3, lambda i: gen_verb("according to", i))]
for _s in STYLES:
    PLAN.append((3, lambda i, s=_s: gen_marks(s, i)))
for _c in NAMES:
    PLAN.append((1, lambda i, c=_c: gen_names(c, i)))
PLAN += [(5, gen_indirect), (5, gen_mixed)]


def main():
    docs = []
    counters = Counter()
    for n, fn in PLAN:
        for i in range(n):
            d = fn(i)
            counters[d.cons] += 1
            docs.append(d.build(counters[d.cons]))
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    with open(OUT, "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    kinds = Counter(q["kind"] for d in docs for q in d["quotes"])
    opt = sum(1 for d in docs for q in d["quotes"] if q.get("optional"))
    print(f"{len(docs)} documents, {sum(kinds.values())} quotes {dict(kinds)} ({opt} optional)", file=sys.stderr)
    if "-v" in sys.argv:
        for c in sorted(counters):
            print(f"  {c:32s} {counters[c]}", file=sys.stderr)


if __name__ == "__main__":
    main()
