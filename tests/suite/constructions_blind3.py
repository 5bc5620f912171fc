#!/usr/bin/env python3
"""Third blind construction suite for whosaid (speaker naming): held-out test material.

Writes constructions_blind3.jsonl next to this script. Deterministic (random.Random(9137),
standard library only, no iteration over sets): every run is byte-identical.

Written BLIND: without reading the extractor's source, data or tests and without running it.
Its model was tests/suite/constructions_blind2.py (read for the format only); the generator,
sentence frames, places, names and every quote here are new and invented.

Each document (1-4 paragraphs) tests ONE construction, "<form>-<position>"; quote marks, name
culture, cue verb and the other people in the document vary around it.

Format (../shared/eval/FORMAT.md), one JSON object a line:
  {"id": "blind3/<form>-<position>-<n>", "text", "canonical": true, "construction", "style",
   "form", "position", "verb", "quotes": [...]}
Each quote: start/end (code points, end exclusive), kind, speaker (canonical),
speaker_start/speaker_end (mention), cue/cue_start/cue_end, plus "form", "position", "verb",
"culture" (of the speaker's name, where a person), "role" (where a role word stands before the
name), and "other": true on quotes by a second speaker that are not the tested construction
(they are ordinary gold quotes, scored like the rest).

Dimensions
  form     : full_name; surname (second reference after an introduction, by the culture's
             usual second-reference name: surname, first surname of a Chilean double surname,
             given name for Icelandic and Ethiopian names, the single name for Indonesians);
             title_surname (title + second-reference name after an introduction with the full
             name: Dr., Prof., Insp., Capt., Coun., Mayor, Judge, Sgt., Rev., Ms., Mr, Mrs);
             role_name (lower-case role word before the full name: "harbour master X said");
             pronoun (he/she after an introduction; sometimes a person of the other sex is
             named in between); description (after "X, a 41-year-old paramedic, ...": "the
             paramedic" or "the 41-year-old"; sometimes a second person with a different job
             is named in between); unnamed (an unnamed source); organisation (full name or
             "the ministry"-type reference after an introduction); group (plural noun).
  position : before ('X said, "..."'), after ('"...," X said' or inverted '"...," said X'),
             middle (interrupted: '"A," X said, "b."' or '"A," X said. "B."': two rows),
             colon ('X said: "..."'), next_sentence (the quote stands alone and the speaker is
             named in the next sentence: 'So said X, ...', 'X said it twice, ...', 'That was X,
             speaking ...' or the verbless 'The words were X's.').
  verbs    : said says told added insisted warned explained according_to wrote asked noted
             argued recalled conceded tweeted posted admitted (next_sentence uses its frame's
             verb: said / speaking / none).
  marks    : straight "...", curly “...”, british ‘...’ (comma outside the closing mark;
             apostrophes are ’), guillemets «...».
  names    : 17 invented cultures: akan icelandic ethiopian japanese turkish indonesian chilean
             bengali scottish irish georgian finnish kazakh filipino hausa greek czech.
  kinds    : mostly direct; "according to" rows and a share of said/told/argued/insisted rows
             are indirect (clause after "that", or fronted) or mixed (the quoted words only).

Gold conventions
- direct content = the text between the marks (a final comma or full stop inside the marks is
  kept; British style leaves the comma outside); an interrupted quote is two rows with the same
  mention and cue.
- speaker = canonical name: the person's full name as introduced, without titles or
  honorifics; family names and particles as written; organisations by full name without a
  leading "the"; unnamed sources as written at the quote, lower-cased first letter, with no
  post-modifier (none is used); groups as the plural noun.
- mention = the span naming the speaker at the quote: the name as written (full, second-reference
  name), a title or honorific + name ("Dr. Haque", "Mayor Kinnunen"), the pronoun, the
  description with its article ("the paramedic"), the organisation name or reference ("the
  ministry"; a proper name with the article written before it, as in "The Ashby Housing
  Association argued"), the unnamed-source phrase, or the group noun phrase ("Residents",
  "many parents").
  A role word before a name is not in the mention (it is the quote's "role"); an appositive after
  the name is not either.
- cue = the verb as written ("said", "says", "told", "According to", "according to", "wrote",
  "speaking"); null for the verbless next-sentence frame.
- indirect = the reported clause without "that" and without the final full stop;
  mixed = the quoted words only.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.environ.get("WHOSAID_EVAL", os.path.join(HERE, "..", "..", "..", "shared", "eval")))
from annotate import find  # noqa: E402

SEED = 9137
rng = random.Random(SEED)
OUT = os.path.join(HERE, "constructions_blind3.jsonl")
MARK_RE = re.compile("\x01([a-z]+[0-9]+)\x02(.*?)\x03", re.S)

# ------------------------------------------------------------------------------------------ people
# (full name, sex, second-reference name); all invented
NAMES = [
    ("akan", [("Akosua Boateng-Amoah", "f", "Boateng-Amoah"), ("Yaw Darkwa", "m", "Darkwa"),
              ("Efua Nkansah", "f", "Nkansah"), ("Kofi Ampadu-Mensah", "m", "Ampadu-Mensah"),
              ("Adwoa Sarpong", "f", "Sarpong"), ("Kwabena Owusu-Ansah", "m", "Owusu-Ansah")]),
    ("icelandic", [("Hrafnhildur Jónsdóttir", "f", "Hrafnhildur"), ("Snorri Halldórsson", "m", "Snorri"),
                   ("Ásdís Kristjánsdóttir", "f", "Ásdís"), ("Gunnar Þorvaldsson", "m", "Gunnar"),
                   ("Sólveig Ragnarsdóttir", "f", "Sólveig"), ("Ari Sigmundsson", "m", "Ari")]),
    ("ethiopian", [("Abebech Tesfaye", "f", "Abebech"), ("Yohannes Wolde", "m", "Yohannes"),
                   ("Mekdes Alemu", "f", "Mekdes"), ("Tewodros Desta", "m", "Tewodros"),
                   ("Selamawit Girma", "f", "Selamawit"), ("Dereje Tadesse", "m", "Dereje")]),
    ("japanese", [("Haruka Tsujimoto", "f", "Tsujimoto"), ("Kenta Moriyama", "m", "Moriyama"),
                  ("Naoko Hirabayashi", "f", "Hirabayashi"), ("Shota Kuwahara", "m", "Kuwahara"),
                  ("Mayumi Ishizaki", "f", "Ishizaki"), ("Daisuke Okabe", "m", "Okabe")]),
    ("turkish", [("Zeynep Aydemir", "f", "Aydemir"), ("Emre Karataş", "m", "Karataş"),
                 ("Elif Günaydın", "f", "Günaydın"), ("Burak Sezgin", "m", "Sezgin"),
                 ("Fatma Yücel", "f", "Yücel"), ("Oğuz Erdem", "m", "Erdem")]),
    ("indonesian", [("Suwarni", "f", "Suwarni"), ("Sugeng", "m", "Sugeng"), ("Wartini", "f", "Wartini"),
                    ("Paimin", "m", "Paimin"), ("Sumiati", "f", "Sumiati"), ("Karyono", "m", "Karyono")]),
    ("chilean", [("Catalina Sepúlveda Ibarra", "f", "Sepúlveda"), ("Matías Contreras Lillo", "m", "Contreras"),
                 ("Javiera Troncoso Peña", "f", "Troncoso"), ("Cristóbal Henríquez Vera", "m", "Henríquez"),
                 ("Fernanda Muñoz Carrasco", "f", "Muñoz"), ("Benjamín Riquelme Soto", "m", "Riquelme")]),
    ("bengali", [("Farzana Haque", "f", "Haque"), ("Tanvir Mahmud", "m", "Mahmud"),
                 ("Sharmin Akter", "f", "Akter"), ("Rezaul Karim Bhuiyan", "m", "Bhuiyan"),
                 ("Mahmuda Sultana", "f", "Sultana"), ("Imtiaz Hossain", "m", "Hossain")]),
    ("scottish", [("Catriona MacLennan", "f", "MacLennan"), ("Ruaridh McPhail", "m", "McPhail"),
                  ("Iona MacAskill", "f", "MacAskill"), ("Finlay McKerrow", "m", "McKerrow"),
                  ("Morven Mackintosh", "f", "Mackintosh"), ("Calum MacRury", "m", "MacRury")]),
    ("irish", [("Niamh O'Callaghan", "f", "O'Callaghan"), ("Cillian O'Mahony", "m", "O'Mahony"),
               ("Róisín Ní Bhraonáin", "f", "Ní Bhraonáin"), ("Donncha Ó Laoire", "m", "Ó Laoire"),
               ("Saoirse O'Dwyer", "f", "O'Dwyer"), ("Eoghan Mac Giolla Rua", "m", "Mac Giolla Rua")]),
    ("georgian", [("Nino Kapanadze", "f", "Kapanadze"), ("Giorgi Tsiklauri", "m", "Tsiklauri"),
                  ("Tamar Lomidze", "f", "Lomidze"), ("Levan Gogoladze", "m", "Gogoladze"),
                  ("Ketevan Chkheidze", "f", "Chkheidze"), ("Davit Meskhi", "m", "Meskhi")]),
    ("finnish", [("Aino Heikkilä", "f", "Heikkilä"), ("Jussi Rautiainen", "m", "Rautiainen"),
                 ("Sanna Lehtovaara", "f", "Lehtovaara"), ("Tapio Kinnunen", "m", "Kinnunen"),
                 ("Riikka Nurmela", "f", "Nurmela"), ("Eero Vainikainen", "m", "Vainikainen")]),
    ("kazakh", [("Aigerim Zhaksylykova", "f", "Zhaksylykova"), ("Nurlan Bekmukhanov", "m", "Bekmukhanov"),
                ("Dana Serikbayeva", "f", "Serikbayeva"), ("Yerlan Abdrakhmanov", "m", "Abdrakhmanov"),
                ("Saule Temirkhanova", "f", "Temirkhanova"), ("Asset Zhumabekov", "m", "Zhumabekov")]),
    ("filipino", [("Marites Dela Cruz-Ocampo", "f", "Dela Cruz-Ocampo"), ("Rodel Macaraeg", "m", "Macaraeg"),
                  ("Jocelyn Bautista-Lim", "f", "Bautista-Lim"), ("Arnel Sumulong", "m", "Sumulong"),
                  ("Lorna Pagdanganan", "f", "Pagdanganan"), ("Efren de Leon", "m", "de Leon")]),
    ("hausa", [("Hauwa Abubakar Danjuma", "f", "Danjuma"), ("Musa Garba Yakasai", "m", "Yakasai"),
               ("Zainab Lawal Kura", "f", "Kura"), ("Sani Idris Gwarzo", "m", "Gwarzo"),
               ("Amina Bello Tofa", "f", "Tofa"), ("Umar Sadiq Dambatta", "m", "Dambatta")]),
    ("greek", [("Eleni Papadimitriou", "f", "Papadimitriou"), ("Stavros Kalogeropoulos", "m", "Kalogeropoulos"),
               ("Despina Mavridou", "f", "Mavridou"), ("Yiannis Tsakalidis", "m", "Tsakalidis"),
               ("Katerina Vlachou", "f", "Vlachou"), ("Nikos Antoniadis", "m", "Antoniadis")]),
    ("czech", [("Lucie Horáková", "f", "Horáková"), ("Jakub Procházka", "m", "Procházka"),
               ("Tereza Šimková", "f", "Šimková"), ("Ondřej Kratochvíl", "m", "Kratochvíl"),
               ("Markéta Benešová", "f", "Benešová"), ("Vojtěch Holub", "m", "Holub")]),
]
ALL = [(c, n) for c, ns in NAMES for n in ns]

PLACES = ["Kellanbrae", "Stornaway Cross", "Port Halloran", "Merrow Fen", "Dunlask", "Ashcombe Vale",
          "Tarrowgate", "Brennock", "Kilcorran", "Westerholm", "Fenwick Reach", "Ollerby"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SCENES = [
    "The only bridge into {place} was closed to lorries on {day} after engineers found cracks in two of its piers.",
    "The night bus between {place} and the city ran for the last time on {day}.",
    "A fishing boat from {place} was towed back to harbour on {day} after its engine failed in heavy seas.",
    "The maternity unit at {place} Community Hospital will close for six weeks from {day}.",
    "Flood water reached the doorsteps of the lower town in {place} for the second time this winter on {day}.",
    "The first cargo of wind-turbine blades arrived at the quay in {place} on {day}.",
    "The village school in {place} reopened on {day} after a fire in the kitchen.",
    "A sinkhole swallowed part of the car park behind the supermarket in {place} on {day}.",
    "More than a hundred people queued outside the new food bank in {place} on {day}.",
    "The council in {place} voted on {day} to turn the disused railway line into a cycle path.",
    "Three hundred runners took part in the first half-marathon in {place} on {day}.",
    "A heatwave forced the open-air market in {place} to close early on {day}.",
    "The ferry to the island off {place} was cancelled for the fourth day running on {day}.",
    "Scaffolding went up around the clock tower in {place} on {day}, a year later than promised.",
]
ACTIONS = ["spent {day} morning on the phone to the insurers", "has lived in {place} all {poss} life",
           "was at the quay when the news came through", "has been arguing for a new bridge for a decade",
           "stood outside the hall in the rain on {day}", "drove up from the coast on {day}",
           "has worked in {place} for nineteen years", "opened the meeting on {day} evening",
           "walked the flooded street in wellington boots on {day}", "has written to the minister three times"]
JOBS = [("paramedic", "the paramedic"), ("beekeeper", "the beekeeper"), ("ferry skipper", "the skipper"),
        ("primary school teacher", "the teacher"), ("retired welder", "the welder"),
        ("librarian", "the librarian"), ("midwife", "the midwife"), ("dairy farmer", "the farmer"),
        ("taxi driver", "the taxi driver"), ("potter", "the potter"), ("baker", "the baker"),
        ("civil engineer", "the engineer"), ("café owner", "the café owner"), ("lorry driver", "the lorry driver")]
TITLES = [("Dr.", "Dr. {full}, a GP in {place},"), ("Dr", "Dr {full}, who runs the vet's surgery in {place},"),
          ("Prof.", "Prof. {full}, a geologist at the University of {place},"),
          ("Insp.", "Insp. {full} of the county police"), ("Capt.", "Capt. {full}, who commands the harbour tug,"),
          ("Coun.", "Coun. {full}, who represents the harbour ward,"), ("Mayor", "Mayor {full}"),
          ("Judge", "Judge {full}, who chairs the inquiry,"), ("Sgt.", "Sgt. {full} of the coastguard"),
          ("Sister", "Sister {full}, the senior nurse on the children's ward,")]
TITLE_SEX = {"Sister": "f"}
HONORIFICS = ["Ms.", "Mr", "Mrs", "Ms", "Mr."]
ROLES = ["harbour master", "head teacher", "site manager", "festival director", "chief ranger",
         "lifeboat coxswain", "club captain", "fire chief", "station manager", "ward sister"]
ORGS = [("the Ministry of Coastal Affairs", "the ministry"), ("Halden Rail", "the operator"),
        ("Kestrel Water", "the utility"), ("Brennock County Council", "the council"),
        ("Nordvik Seafoods", "the company"), ("the Tarrow Valley Hospital Trust", "the trust"),
        ("the Ashby Housing Association", "the association"), ("Meridian Airways", "the airline"),
        ("the National Roads Agency", "the agency"), ("Fenwick Ferries", "the ferry company")]
ORG_INTROS = ["{O} has been under pressure for months over the decision.",
              "{O} announced the change in a short notice on its website on {day}.",
              "Complaints to {o} have trebled since the spring.",
              "{O} was given until the end of the month to respond."]
UNNAMED = ["a senior port official", "a hospital spokeswoman", "one resident", "a local fisherman",
           "a government source", "a veteran councillor", "an airport worker", "a rail union official",
           "one shopkeeper", "a senior police officer", "a parish councillor", "a lifeboat volunteer"]
GROUPS = ["residents", "parents", "stallholders", "commuters", "nurses", "farmers", "fishermen", "tenants",
          "students", "volunteers", "shopkeepers", "passengers"]
GROUP_HEADS = ["", "", "Many ", "Several ", "Some "]

POOLS = {
    "stmt": [
        "We were promised a new bridge in 2019 and we are still waiting",
        "Nobody in this town has ever seen water come up that fast",
        "The night bus was the only way some of us could get to work",
        "I have packed the car twice this winter and unpacked it twice",
        "This harbour has fed four generations of my family",
        "The queue was round the corner before we even opened the doors",
        "It took the council three years to notice the hole",
        "We are a small place, but we are not a quiet one",
        "The blades are longer than the street I grew up on",
        "You do not close a maternity unit and call it a pause",
        "The runners were faster than the road-closure signs",
        "I have not had a day off since the water came in",
        "The clock has said ten to four since the spring",
        "Half my customers now come by bicycle",
        "Every family on the lower road has a bucket by the door",
        "The tug crew worked through the night without a break",
        "We lost the kitchen but we did not lose the school",
        "I have never seen the market empty at noon before",
        "The island has had no bread since Thursday",
        "That car park was built on an old mine shaft, and everybody knew it",
        "The cycle path will bring more visitors than the railway ever did",
        "There is a difference between a delay and a broken promise",
        "We have done our part, and now it is the council's turn",
        "People here are tired, but they are not giving up",
        "I would rather have a late ferry than no ferry at all",
        "The money was found for the roundabout, so it can be found for this",
        "My grandmother remembered the last time the river came this high",
        "The engine failed a mile out and the sea did the rest",
    ],
    "explain": [
        "The piers are Victorian, and the cracks run through the stone itself",
        "When the tide is high the drains run backwards into the street",
        "The bus lost money on every trip after eleven at night",
        "Each blade has to be lifted at low wind, so we work mostly at dawn",
        "The mine shaft was capped in 1911, and the cap has simply rotted",
        "Without midwives on nights, the unit cannot legally take births",
    ],
    "insist": [
        "The bridge is safe for cars and will stay open to them",
        "Nobody will lose their job because of this decision",
        "The unit is closing for six weeks and not a day longer",
        "We followed the safety rules to the letter",
        "The market will be back to normal hours next week",
        "The railway line was never going to reopen",
    ],
    "warn": [
        "If the river rises another half-metre, the lower town will have to be evacuated",
        "Another winter like this one and the harbour wall will go",
        "Mothers in labour will be driving an hour on an unlit road",
        "The ground under the car park may still be moving",
        "Without the night bus, people will drive home when they should not",
        "The clock tower will not survive another storm in that state",
    ],
    "memory": [
        "My father took me to see the first turbine go up when I was six",
        "The last time the school burned was in 1958, and my mother was a pupil",
        "We used to dance at the market on Friday nights when I was young",
        "The night bus was how I met my husband",
        "In the seventies there were forty boats in this harbour",
        "I ran my first race on this road in 1981, in plimsolls",
    ],
    "written": [
        "Bridge closed to lorries from today. Please use the coast road",
        "Thank you to every driver who kept the night bus running for twenty-two years",
        "Food bank open again on Saturday from nine. Tins and nappies most needed",
        "The ferry will not sail today. Next update at noon",
        "Proud of every runner today. Same time next year",
        "The school is open, the kitchen is not. Please send packed lunches",
    ],
    "question": [
        "Who decided that the lower road was not worth protecting?",
        "How are we supposed to get to the hospital now?",
        "Why did nobody check the bridge before the cracks appeared?",
        "Where are the island children supposed to go to school this week?",
        "What happens to the night-shift workers when the last bus has gone?",
        "Is anyone going to pay for the cars that fell into that hole?",
    ],
    "note": [
        "This is the third time in five years the bridge has been closed",
        "The food bank has fed twice as many families as it did last year",
        "The river has risen above the warning line four times since October",
        "Two thirds of the ferry's passengers are islanders, not tourists",
        "The market has been held on this square since 1402",
        "The cycle path will be the longest in the county",
    ],
    "argue": [
        "A town that cannot get its sick to a hospital is not a town any more",
        "Closing the night bus saves pennies and costs jobs",
        "The turbines will pay for the harbour wall ten times over",
        "If you want people to cycle, you give them a path before you give them a lecture",
        "A ferry is not a luxury when it is the only road you have",
        "The unit should be the last thing to close, not the first",
    ],
    "concede": [
        "We should have inspected the piers a year ago",
        "The warning came too late for some families on the lower road",
        "We got the timetable wrong, and I am sorry for it",
        "The letter to parents should have gone out sooner",
        "Frankly, we did not expect so many people",
        "The repairs have taken longer than we promised",
    ],
    "admit": [
        "I did not read the engineers' report until last week",
        "We underestimated how many people used the night bus",
        "The signs should have gone up before the closure, not after",
        "Nobody on the board had been to the unit at night",
    ],
}
POOLS["group"] = [
    "We were promised a new bridge in 2019 and we are still waiting",
    "We have asked for a meeting three times and heard nothing back",
    "We will keep turning up until somebody listens",
    "We want the night bus back before the winter",
    "Nobody from the council has set foot on this road since the flood",
    "We are not against the turbines, we are against the lorries at three in the morning",
    "We have done our part, and now it is the government's turn",
    "Half of us have not slept properly since the water came in",
]
POOLS["org"] = [
    "We understand the frustration, and we share it",
    "Our crews have been working around the clock since the weekend",
    "We followed every rule, and we can show the paperwork",
    "The repairs will be finished before the end of the month",
    "Safety will always come before the timetable",
    "We apologise to everyone whose journey was disrupted",
    "A full review of the decision will be published in the spring",
    "No jobs will be lost as a result of these changes",
]
POOLS["group_q"] = [
    "Who is going to pay for the damage to our homes?",
    "Why were we told about the closure by a notice on a lamp post?",
    "When will the night bus come back?",
    "How many more winters are we supposed to wait?",
]
COLLECTIVE_INTERRUPT = [("We will reopen the service", "but only when it is safe to do so"),
                        ("We have heard the complaints", "and we are acting on every one of them"),
                        ("We never asked for special treatment", "we asked for the same bus as everyone else"),
                        ("Our members are patient", "but their patience is not endless")]
INTERRUPT = [("The bridge has stood for a hundred and forty years", "but it will not stand for another ten like this"),
             ("We can dry out the houses", "but people will be afraid of the river for years"),
             ("The night bus was never busy", "and that is exactly why it mattered to the people on it"),
             ("The school will reopen", "although the children will eat their lunch in the gym"),
             ("I love this harbour", "which is why I am so angry about what has happened to it"),
             ("The food bank was meant to be temporary", "and that was eleven years ago"),
             ("The blades are enormous", "but the cranes make them look like matchsticks"),
             ("We finished the race in the rain", "and nobody complained, not even the dogs"),
             ("The clock tower is the heart of the town", "and right now it has stopped"),
             ("The market has survived plagues and wars", "so it will survive a heatwave"),
             ("We warned the council about the car park", "and we have the letters to prove it"),
             ("The ferry is not a tourist boat", "it is the island's only road")]
INDIRECT = ["the bridge would reopen to lorries by the end of the month",
            "the night bus had been cut because of falling passenger numbers",
            "the lower town would get new flood barriers before next winter",
            "the turbine blades would be moved by road at night",
            "the school kitchen would be rebuilt over the summer holidays",
            "the car park would stay closed until the ground had been surveyed",
            "the food bank needed volunteers more than it needed money",
            "the market would open at six in the morning during the heatwave",
            "the ferry would resume sailings once the swell had dropped",
            "the maternity unit would reopen in the spring",
            "the cycle path would be finished within two years",
            "the clock tower repairs had been delayed by a shortage of stonemasons"]
MIXED = [("described the closure as", "The closure was", "a decision taken by people who have never driven that road"),
         ("said the bridge was", "The bridge was", "held together by habit and paint"),
         ("called the new timetable", "The new timetable was", "a map of where the buses used to go"),
         ("said the flood defences were", "The flood defences were", "a sandbag and a prayer"),
         ("called the food bank", "The food bank has become", "the busiest shop in town"),
         ("said the market had become", "The market had become", "a furnace with awnings"),
         ("described the ferry service as", "The ferry service is", "a rumour with a timetable"),
         ("said the school fire had been", "The school fire was", "the longest night of the year")]

VERBS = {  # cue -> (content pool, may invert, allowed forms)
    "said": ("stmt", True), "says": ("stmt", True), "told": ("stmt", False), "added": ("stmt", True),
    "insisted": ("insist", True), "warned": ("warn", True), "explained": ("explain", True),
    "wrote": ("written", True), "asked": ("question", True), "noted": ("note", True),
    "argued": ("argue", True), "recalled": ("memory", True), "conceded": ("concede", True),
    "tweeted": ("written", False), "posted": ("written", False), "admitted": ("admit", True),
}
NO_VERB = {"organisation": ["asked", "recalled", "admitted"], "unnamed": ["tweeted", "posted", "wrote", "recalled"],
           "group": ["tweeted", "recalled"], "pronoun": [], "full_name": [], "surname": [], "title_surname": [],
           "role_name": [], "description": []}
TAILS = {"told": [" reporters", " the Brennock Herald", " a meeting in {place}", " reporters on {day}"],
         "wrote": [" in a letter to parents", " on Facebook", " in the parish newsletter", " in an email to staff"],
         "posted": [" on Instagram", " on Facebook", " on the community page"],
         "tweeted": ["", " on {day} night", " shortly after midnight"]}

STYLES = {"straight": dict(L='"', R='"', apos="'", british=False),
          "curly": dict(L="“", R="”", apos="’", british=False),
          "british": dict(L="‘", R="’", apos="’", british=True),
          "guillemets": dict(L="«", R="»", apos="’", british=False)}
FORMS = ["full_name", "surname", "title_surname", "role_name", "pronoun", "description", "unnamed",
         "organisation", "group"]
POSITIONS = ["before", "after", "middle", "colon", "next_sentence"]

USAGE = {}


def fair(items, tag):
    """A random choice among the items used least often so far (spreads the pools)."""
    items = list(items)
    counts = [USAGE.get((tag, repr(x)), 0) for x in items]
    low = min(counts)
    c = rng.choice([x for x, n in zip(items, counts) if n == low])
    USAGE[(tag, repr(c))] = USAGE.get((tag, repr(c)), 0) + 1
    return c


def cap1(s):
    return s[0].upper() + s[1:]


class Person:
    def __init__(self, culture, full, sex, sur):
        self.culture, self.full, self.sex, self.sur = culture, full, sex, sur

    @property
    def subj(self):
        return "she" if self.sex == "f" else "he"

    @property
    def poss(self):
        return "her" if self.sex == "f" else "his"


class Speaker:
    """What a quote's speaker row needs: canonical name, the mention text, extra keys."""

    def __init__(self, canon, mention, form, culture=None, role=None, pron=False, can_invert=True):
        self.canon, self.mention, self.form = canon, mention, form
        self.culture, self.role, self.pron, self.can_invert = culture, role, pron, can_invert


class Doc:
    def __init__(self, form, position, n):
        self.form, self.position, self.n = form, position, n
        self.style = rng.choices(list(STYLES), [34, 34, 20, 12])[0]
        self.st = STYLES[self.style]
        self.place = rng.choice(PLACES)
        self.day = rng.choice(DAYS)
        self.paras = [[]]
        self.rows = []
        self.k = 0
        self.people = []
        self.used = []
        self.verb = None

    # -- text helpers
    def f(self, s, p=None):
        kw = dict(place=self.place, day=self.day)
        if p is not None:
            kw["poss"] = p.poss
        return s.format(**kw)

    def mark(self, s):
        self.k += 1
        key = f"m{self.k}"
        return f"\x01{key}\x02{s}\x03", key

    def para(self):
        if self.paras[-1]:
            self.paras.append([])

    def add(self, s, new_para=False):
        if new_para:
            self.para()
        self.paras[-1].append(s)

    def draw(self, pool_name):
        pool = POOLS[pool_name] if pool_name in POOLS else {"interrupt": INTERRUPT, "indirect": INDIRECT,
                                                             "mixed": MIXED,
                                                             "collective_interrupt": COLLECTIVE_INTERRUPT}[pool_name]
        c = fair([x for x in pool if x not in self.used], pool_name)
        self.used.append(c)
        return c

    def person(self, sex=None, exclude_cultures=()):
        taken = [p.full for p in self.people]
        surs = [p.sur for p in self.people]
        pool = [(c, n) for c, n in ALL if n[0] not in taken and n[2] not in surs
                and (sex is None or n[1] == sex) and c not in exclude_cultures]
        c, (full, sx, sur) = fair(pool, "person")
        p = Person(c, full, sx, sur)
        self.people.append(p)
        return p

    def quoted(self, content, end):
        """The content in marks. end: ',' (a cue follows), '.' (full sentence), '' (bare)."""
        q = content[-1] in "?!"
        out = ""
        if end == ",":
            if q:
                inside = content
            elif self.st["british"]:
                inside, out = content, ","
            else:
                inside = content + ","
        elif end == ".":
            inside = content if q else content + "."
        else:
            inside = content
        m, key = self.mark(inside)
        return self.st["L"] + m + self.st["R"] + out, key

    def row(self, qkey, kind, sp, mkey, ckey, position, other=False):
        self.rows.append(dict(q=qkey, kind=kind, sp=sp, m=mkey, c=ckey, position=position, other=other))

    # -- pieces
    def scene(self):
        self.add(self.f(fair(SCENES, "scene")), new_para=True)

    def intro_person(self, p, how="plain", job=None, age=None, title=None):
        act = self.f(fair(ACTIONS, "action"), p)
        if how == "title":
            head = title[1].format(full=p.full, place=self.place)
        elif how == "desc":
            head = f"{p.full}, a {age}-year-old {job[0]},"
        else:
            head = p.full
        self.add(f"{head} {act}.", new_para=True)

    def cue_tail(self, verb):
        t = rng.choice(TAILS[verb]) if verb in TAILS else ""
        return self.f(t)

    # -- the core: one quote construction with speaker sp, verb, position
    def construct(self, sp, verb, position, kind="direct", other=False, new_para=True):
        """Adds the sentence(s); records rows."""
        pool, inv_ok = VERBS.get(verb, ("stmt", True))
        collective = sp.form in ("organisation", "group")
        if collective and pool not in ("written",):
            if sp.form == "group":
                pool = "group_q" if pool == "question" else "group"
            else:
                pool = "org"
        if kind == "indirect":
            return self.construct_indirect(sp, verb, position, other, new_para)
        if kind == "mixed":
            return self.construct_mixed(sp, verb, other, new_para)
        if position == "middle":
            a, b = self.draw("collective_interrupt" if collective else "interrupt")
            joined = rng.random() < 0.6
            q1, k1 = self.quoted(a, ",")
            mm, mk = self.mark(sp.mention)
            cv, ck = self.mark(verb)
            tail = self.cue_tail(verb)
            if joined:
                q2, k2 = self.quoted(b, ".")
                s = f"{q1} {mm} {cv}{tail}, {q2}"
            else:
                q2, k2 = self.quoted(cap1(b), ".")
                s = f"{q1} {mm} {cv}{tail}. {q2}"
            self.add(s, new_para)
            self.row(k1, "direct", sp, mk, ck, position, other)
            self.row(k2, "direct", sp, mk, ck, position, other)
            return
        content = self.draw(pool)
        if position == "next_sentence":
            q, k = self.quoted(content, ".")
            frames = ["said_it"]
            if not sp.pron:
                frames.append("so_said")
                if sp.form not in ("organisation", "group"):
                    frames.append("that_was")
                if sp.form in ("full_name", "surname", "title_surname", "role_name"):
                    frames.append("words_were")
            fr = fair(frames, "nextframe")
            mm, mk = self.mark(cap1(sp.mention) if fr == "said_it" else sp.mention)
            ck = None
            if fr == "said_it":
                cv, ck = self.mark("said")
                s2 = f"{mm} {cv} it twice, so that nobody at the back could miss it."
                verb = "said"
            elif fr == "so_said":
                cv, ck = self.mark("said")
                s2 = f"So {cv} {mm} on {self.day}."
                verb = "said"
            elif fr == "that_was":
                cv, ck = self.mark("speaking")
                s2 = f"That was {mm}, {cv} to a packed hall in {self.place} on {self.day}."
                verb = "speaking"
            else:
                s2 = f"The words were {mm}{self.st['apos']}s."
                verb = None
            if rng.random() < 0.5:
                self.add(q, new_para)
                self.add(s2)
            else:
                self.add(q, new_para)
                self.add(s2, new_para=True)
            self.row(k, "direct", sp, mk, ck, position, other)
            return verb
        tail = self.cue_tail(verb)
        if position == "after":
            q, k = self.quoted(content, ",")
            mm, mk = self.mark(sp.mention)
            cv, ck = self.mark(verb)
            if sp.can_invert and inv_ok and not sp.pron and not tail and rng.random() < 0.45:
                s = f"{q} {cv}{tail} {mm}."
            else:
                s = f"{q} {mm} {cv}{tail}."
        elif position in ("before", "colon"):
            q, k = self.quoted(cap1(content), ".")
            mm, mk = self.mark(cap1(sp.mention))
            cv, ck = self.mark(verb)
            sep = ":" if position == "colon" else ","
            s = f"{mm} {cv}{tail}{sep} {q}"
        else:
            raise ValueError(position)
        self.add(s, new_para)
        self.row(k, "direct", sp, mk, ck, position, other)
        return verb

    def construct_indirect(self, sp, verb, position, other, new_para):
        clause = self.draw("indirect")
        fronted = position != "before"
        mk_clause, qk = self.mark(cap1(clause) if fronted else clause)
        if verb == "according to":
            if not fronted:
                cv, ck = self.mark("According to")
                mm, mk = self.mark(sp.mention)
                s = f"{cv} {mm}, {mk_clause}."
            else:
                cv, ck = self.mark("according to")
                mm, mk = self.mark(sp.mention)
                s = f"{mk_clause}, {cv} {mm}."
        else:
            tail = " reporters" if verb == "told" else ""
            cv, ck = self.mark(verb)
            if not fronted:
                mm, mk = self.mark(cap1(sp.mention))
                s = f"{mm} {cv}{tail} that {mk_clause}."
            else:
                mm, mk = self.mark(sp.mention)
                s = f"{mk_clause}, {mm} {cv}{tail}."
        self.add(s, new_para)
        self.row(qk, "indirect", sp, mk, ck, position, other)
        return verb

    def construct_mixed(self, sp, verb, other, new_para):
        lead, subj, words = self.draw("mixed")
        q, k = self.quoted(words, "")
        if verb == "according to":
            cv, ck = self.mark("according to")
            mm, mk = self.mark(sp.mention)
            s = f"{subj} {q}, {cv} {mm}."
        else:
            mm, mk = self.mark(cap1(sp.mention))
            verbword = lead.split()[0]
            rest = " ".join(lead.split()[1:])
            cv, ck = self.mark(verbword)
            s = f"{mm} {cv} {rest} {q}."
        self.add(s, new_para)
        self.row(k, "mixed", sp, mk, ck, "mixed", other)
        return verb

    # -- build
    def build(self):
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
            fs, fe = find(clean, intended, near=s)
            assert (fs, fe) == (s, e) and clean[fs:fe] == intended, (self.form, self.position, intended)
            return fs, fe, intended

        quotes = []
        for r in self.rows:
            s, e, _ = span(r["q"])
            sp = r["sp"]
            q = {"start": s, "end": e, "kind": r["kind"], "speaker": sp.canon.replace("'", self.st["apos"]),
                 "speaker_start": None, "speaker_end": None, "cue": None, "cue_start": None, "cue_end": None,
                 "form": sp.form, "position": r["position"]}
            if r["m"]:
                q["speaker_start"], q["speaker_end"], _ = span(r["m"])
            if r["c"]:
                cs, ce, ct = span(r["c"])
                q["cue"], q["cue_start"], q["cue_end"] = ct, cs, ce
            if sp.culture:
                q["culture"] = sp.culture
            if sp.role:
                q["role"] = sp.role
            if r["other"]:
                q["other"] = True
            quotes.append(q)
        quotes.sort(key=lambda q: q["start"])
        doc = {"id": f"blind3/{self.form}-{self.position}-{self.n}", "text": clean, "canonical": True,
               "construction": f"{self.form}-{self.position}", "style": self.style, "form": self.form,
               "position": self.position, "verb": self.verb, "quotes": quotes}
        check(doc, self.st)
        return doc


def check(doc, st):
    t = doc["text"]
    assert doc["quotes"], doc["id"]
    for q in doc["quotes"]:
        frag = t[q["start"]:q["end"]]
        assert frag == frag.strip() and frag, (doc["id"], frag)
        if q["kind"] in ("direct", "mixed"):
            assert t[q["start"] - 1] == st["L"] and t[q["end"]] == st["R"], (doc["id"], frag)
        for k in ("speaker", "cue"):
            s, e = q[k + "_start"], q[k + "_end"]
            if s is None:
                continue
            assert not (s > 0 and t[s - 1].isalpha()) and not (e < len(t) and t[e].isalpha()), (doc["id"], k)
        if q["speaker_start"] is not None and q["form"] not in ("pronoun", "description", "unnamed", "group",
                                                                "organisation"):
            ment = t[q["speaker_start"]:q["speaker_end"]]
            last = q["speaker"].split()[-1]
            assert ment.split()[-1] in q["speaker"] or last in ment, (doc["id"], ment, q["speaker"])


# ------------------------------------------------------------------------------------------ makers
def second_ref(p):
    return p.sur


def make_speaker(d, form, verb):
    """Introduces the tested speaker as its form needs and returns a Speaker."""
    if form == "full_name":
        d.scene()
        p = d.person()
        return Speaker(p.full, p.full, form, p.culture)
    if form == "surname":
        d.scene()
        p = d.person(exclude_cultures=("indonesian",))
        d.intro_person(p)
        return Speaker(p.full, second_ref(p), form, p.culture)
    if form == "title_surname":
        d.scene()
        if rng.random() < 0.3:
            hon = fair(HONORIFICS, "honorific")
            p = d.person(sex="m" if hon.startswith("Mr") and hon != "Mrs" else "f",
                         exclude_cultures=("icelandic", "ethiopian", "indonesian"))
            d.intro_person(p)
            return Speaker(p.full, f"{hon} {second_ref(p)}", form, p.culture)
        title = fair(TITLES, "title")
        p = d.person(sex=TITLE_SEX.get(title[0]))
        d.intro_person(p, how="title", title=title)
        return Speaker(p.full, f"{title[0]} {second_ref(p)}", form, p.culture)
    if form == "role_name":
        d.scene()
        p = d.person()
        role = fair(ROLES, "role")
        sp = Speaker(p.full, p.full, form, p.culture, role=role)
        sp.role_prefix = role
        return sp
    if form == "pronoun":
        d.scene()
        p = d.person()
        d.intro_person(p)
        if rng.random() < 0.5:
            o = d.person(sex="m" if p.sex == "f" else "f")
            frame = fair(["{O} arrived an hour later with a van full of sandbags.",
                          "Across the hall sat {O}, who has taken the opposite view for years.",
                          "{S} spent much of the afternoon with {O}, who runs the café by the quay.",
                          "{O} had organised the meeting."], "otherframe")
            d.add(frame.format(O=o.full, S=cap1(p.subj)))
        return Speaker(p.full, p.subj, form, p.culture, pron=True, can_invert=False)
    if form == "description":
        d.scene()
        p = d.person()
        job = fair(JOBS, "job")
        age = rng.randint(23, 79)
        d.intro_person(p, how="desc", job=job, age=age)
        if rng.random() < 0.5:
            o = d.person()
            ojob = fair([j for j in JOBS if j != job], "job")
            d.add(f"{o.full}, a {ojob[0]}, was also there.")
        ment = job[1] if rng.random() < 0.6 else f"the {age}-year-old"
        return Speaker(p.full, ment, form, p.culture)
    if form == "unnamed":
        d.scene()
        u = fair(UNNAMED, "unnamed")
        return Speaker(u, u, form)
    if form == "organisation":
        d.scene()
        full, short = fair(ORGS, "org")
        canon = full[4:] if full.startswith("the ") else full
        d.add(fair(ORG_INTROS, "orgintro").format(O=cap1(full), o=full, day=d.day), new_para=True)
        ment = short if rng.random() < 0.5 else full
        return Speaker(canon, ment, form)
    if form == "group":
        d.scene()
        g = fair(GROUPS, "group")
        head = rng.choice(GROUP_HEADS)
        ment = (head.lower() + g) if head else g
        return Speaker(g, ment, form, can_invert=False)
    raise ValueError(form)


def pick_verb(form, position):
    bad = NO_VERB[form]
    verbs = [v for v in VERBS if v not in bad]
    if position == "middle":
        verbs = [v for v in verbs if v != "asked"]
    return fair(verbs, "verb-" + form)


def add_other(d, new_para=True):
    """A second speaker's quote (full name, after or before), marked other."""
    p = d.person()
    sp = Speaker(p.full, p.full, "full_name", p.culture)
    verb = fair(["said", "added", "said", "insisted", "told"], "otherverb")
    pos = fair(["after", "before", "colon"], "otherpos")
    d.construct(sp, verb, pos, other=True, new_para=new_para)


def make_doc(form, position, n, kind="direct"):
    d = Doc(form, position, n)
    verb = pick_verb(form, position) if kind == "direct" else None
    if kind != "direct":
        verb = fair(["according to", "said", "told", "insisted", "argued", "warned"] if kind == "indirect"
                    else ["said", "according to"], "kindverb-" + kind)
        if form == "pronoun" and verb == "according to":
            verb = "said"
    sp = make_speaker(d, form, verb)
    other_first = rng.random() < 0.25 and form not in ("pronoun", "description")
    if other_first:
        add_other(d)
    if getattr(sp, "role_prefix", None):
        used = construct_role(d, sp, verb, position, kind)
    else:
        used = d.construct(sp, verb, position, kind=kind, new_para=True)
    d.verb = used if used is not None else ("none" if position == "next_sentence" else verb)
    if not other_first and rng.random() < 0.55:
        add_other(d)
    return d.build()


def construct_role(d, sp, verb, position, kind):
    """Like Doc.construct, with a lower-case role word before the name (not part of the mention)."""
    role = sp.role_prefix
    used = d.construct(sp, verb, position, kind=kind, new_para=True)
    # find the mention mark just created and put the role in front of it
    key = d.rows[-1]["m"]
    target = f"\x01{key}\x02"
    for pi in range(len(d.paras)):
        for si in range(len(d.paras[pi])):
            s = d.paras[pi][si]
            if target in s:
                idx = s.index(target)
                word = cap1(role) if s[:idx].strip() == "" else role
                d.paras[pi][si] = s[:idx] + word + " " + s[idx:]
                return used
    raise AssertionError("role mention not found")


def main():
    docs = []
    n = 0
    plan = []
    for form in FORMS:
        for position in POSITIONS:
            reps = 4
            for _ in range(reps):
                plan.append((form, position, "direct"))
    # indirect and mixed documents
    for form in ["full_name", "surname", "title_surname", "role_name", "pronoun", "description", "unnamed",
                 "organisation", "group", "full_name", "organisation", "surname"]:
        plan.append((form, rng.choice(["before", "after"]), "indirect"))
    for form in ["full_name", "surname", "title_surname", "description", "organisation", "unnamed",
                 "group", "pronoun"]:
        plan.append((form, "before", "mixed"))
    counters = {}
    for form, position, kind in plan:
        key = f"{form}-{position}" if kind == "direct" else f"{form}-{kind}"
        counters[key] = counters.get(key, 0) + 1
        n += 1
        if kind == "direct":
            d = make_doc(form, position, counters[key])
        else:
            d = make_doc(form, position, counters[key], kind=kind)
            d["id"] = f"blind3/{form}-{kind}-{counters[key]}"
            d["construction"] = f"{form}-{kind}"
            d["position"] = position if kind == "indirect" else "mixed"
        docs.append(d)
    with open(OUT, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n")
    nq = sum(len(d["quotes"]) for d in docs)
    kinds = {}
    for d in docs:
        for q in d["quotes"]:
            kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    print(f"{len(docs)} documents, {nq} quotes {kinds} -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
