#!/usr/bin/env python3
"""Hand-written hard cases for quote attribution, fifth batch (naming the speaker).

Each case is (case_id, category, text, quotes). Every text is invented for this set: the people,
organisations, small towns and villages and every word quoted (countries, big cities, rivers,
fjords and a few real public bodies appear as setting); the situations are new (none is a
variant of a hard_cases.py ... hard_cases4.py case). Running the script writes hard_cases5.jsonl
beside it (one JSON object per document, in the format of ../shared/eval/annotate.py plus
"category" and "style" keys, the same value; ids are "hard5/<case>") and, without -q, prints
every quote, mention and cue span for checking. It imports the helpers from
hardcases.py (beside it) (which finds annotate.py in ../shared/eval or WHOSAID_EVAL).
Written blind, as a held-out test: the writer had not read the extractor's rules, its data or
its sieve cases, and did not build or run it.

Categories (5 documents each): pronoun-several-candidates, descriptions-and-epithets,
organisations-and-spokespeople, names-of-many-cultures, titles-ranks-clergy-honorifics,
speaker-after-quote, joint-and-group-speakers, interviews-and-transcripts,
reported-speech-cues-positions, traps.

Conventions (those of hard_cases4.py)
- direct: content inside the marks, marks excluded; an interrupted quote is two rows; a second
  quoted sentence after the cue is its own row with the same mention and cue; a quote named
  only in a later sentence has the name there as its mention (cue: the verb of that sentence,
  or null when it has none, as with a dash attribution).
- mixed: only the quoted words; indirect: the reported clause, without "that" (an indirect
  question keeps "whether"); "according to X" is a cue; participles ("saying", "arguing",
  "describing") are cues.
- speaker: fullest name in the document without titles, ranks, honorifics or post-nominals
  (Imam, Rabbi, the Rev. Canon, Sister, Cpl., Lt.-Cmdr., S/Sgt., Sheriff, Professor Dame, Mr,
  Mrs, Mx, the Revd Dr, Kap., Atty., Gov., Fr., Hanım, -sensei are all dropped); names written
  family name first keep that order; unnamed sources as the head noun phrase as written
  ("a spokesman for the bank" -> "a spokesman"; "one of the men" kept whole); groups as the
  plural noun; organisations by their full name without a leading "the" (an acronym stands for
  the full name); a joint statement is "A, B and C"; a coordinated pair of people is "A and B"
  with full names; a statement, email, letter, complaint or report stands for its author.
- mention: the span naming the speaker at this quote (a capitalised title right before a name is
  included); transcript labels are the mention of their turn.
- outlets, hosts and bylines are never the speaker of what they carry; the writer of a story
  who says "I asked" is named by the byline.
- inner quotes and words of another person reported inside a quote are optional rows; titles of
  films, nicknames and headlines' pull quotes are not annotated or are optional; nothing is
  annotated for passive questions ("Asked what ...") or for "did not answer".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hardcases import Cases, Q, T  # noqa: E402

CASES = Cases("hard5", os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard_cases5.jsonl"))
case = CASES.case


# ---------------------------------------------------------------- 1. pronouns with several candidates
case("pron-ridge-guide-two-clients", "pronoun-several-candidates", T(
    "Three men were on the ridge of Sgùrr nan Eildeag when the cloud came down on Saturday: the guide, Lachlan Munro, and his two clients from Leeds, Amir Qureshi and Tom Hebden.",
    "Munro roped the two men together and led them down a gully he had used only once before. “I could see about four metres. I went by the feel of the rock,” he said on Sunday.",
    "Qureshi, 44, said the guide had not raised his voice once in six hours. “Tom was shaking. Lachlan just kept talking about his dog,” he said.",
    "Hebden thanked the mountain rescue volunteers who met the three men at the foot of the gully. “I owe them a very large bottle of something,” he said."),
    Q("I could see about four metres. I went by the feel of the rock,", "direct", "Lachlan Munro", "he", "said",
      m="” he said on", c="he said on", note="three men; he = the subject, the two clients are named objects"),
    Q("the guide had not raised his voice once in six hours", "indirect", "Amir Qureshi", "Qureshi", "said",
      m="Qureshi, 44", c="44, said"),
    Q("Tom was shaking. Lachlan just kept talking about his dog,", "direct", "Amir Qureshi", "he", "said",
      m="dog,” he said", c="dog,” he said", note="the quote names the two other men by given name"),
    Q("I owe them a very large bottle of something,", "direct", "Tom Hebden", "he", "said",
      m="something,” he said", c="something,” he said"),
)

case("pron-choir-conductor-founder-soloist", "pronoun-several-candidates", T(
    "The Hallinbury Community Choir won the open section of the Northern Choral Festival in Leeds on Saturday, eleven months after its conductor, Grace Adeyemi, took over from the founder, Marjorie Pell, who had led it for 34 years.",
    "Pell, 81, sang with the altos. She said she had promised not to give advice unless she was asked. “Grace asked twice. I call that progress,” she said.",
    "Adeyemi said the soprano soloist, Hannah Lowther, had learned her part in a fortnight. “Hannah is a postwoman. She practised on her round,” she said.",
    "Lowther said the neighbours on her route had heard the solo more often than the judges had. “One man asked me to stop at his door every morning,” she said."),
    Q("she had promised not to give advice unless she was asked", "indirect", "Marjorie Pell", "She", "said",
      m="She said she had promised", c="She said she had promised"),
    Q("Grace asked twice. I call that progress,", "direct", "Marjorie Pell", "she", "said",
      m="progress,” she said", c="progress,” she said", note="three women; she = Pell, subject of the paragraph"),
    Q("the soprano soloist, Hannah Lowther, had learned her part in a fortnight", "indirect", "Grace Adeyemi",
      "Adeyemi", "said", m="Adeyemi said", c="Adeyemi said"),
    Q("Hannah is a postwoman. She practised on her round,", "direct", "Grace Adeyemi", "she", "said",
      m="round,” she said", c="round,” she said",
      note="she = Adeyemi; the woman named nearest is the soloist, inside the clause"),
    Q("the neighbours on her route had heard the solo more often than the judges had", "indirect",
      "Hannah Lowther", "Lowther", "said", m="Lowther said", c="Lowther said"),
    Q("One man asked me to stop at his door every morning,", "direct", "Hannah Lowther", "she", "said",
      m="morning,” she said", c="morning,” she said"),
)

case("pron-footbridge-leader-thanked-engineer", "pronoun-several-candidates", T(
    "At the opening of the rebuilt footbridge over the Nethan Water in Craigbrae on Friday, the council leader, Douglas Baird, thanked the engineer who designed it, Iain Fairlie.",
    "‘Two years ago this village was cut in half by a flood. Today it is joined up again,’ he said.",
    "Fairlie, who grew up two streets from the bridge, said the design had been tested against a flood twice the size of the one in 2022. ‘I walked my daughter to school over the old bridge. I wanted to build one she could walk her own children over,’ he said.",
    "Baird added that the council had paid for the bridge without borrowing. ‘Not a penny of debt,’ he said."),
    Q("Two years ago this village was cut in half by a flood. Today it is joined up again,", "direct",
      "Douglas Baird", "he", "said", m="again,’ he said", c="again,’ he said",
      note="he = the subject who thanked; the engineer is named last, as an object"),
    Q("the design had been tested against a flood twice the size of the one in 2022", "indirect", "Iain Fairlie",
      "Fairlie", "said", m="Fairlie, who grew", c="bridge, said"),
    Q("I walked my daughter to school over the old bridge. I wanted to build one she could walk her own children over,",
      "direct", "Iain Fairlie", "he", "said", m="over,’ he said", c="over,’ he said"),
    Q("the council had paid for the bridge without borrowing", "indirect", "Douglas Baird", "Baird", "added",
      m="Baird added", c="added"),
    Q("Not a penny of debt,", "direct", "Douglas Baird", "he", "said", m="debt,’ he said", c="debt,’ he said"),
)

case("pron-pharmacy-aunt-niece", "pronoun-several-candidates", T(
    "Nomvula Sithole opened the first pharmacy in the township of KwaMthethwa in 1989, in a converted shipping container. On Thursday she handed the keys of the business, now a three-storey building, to her niece, Zanele Sithole-Dube.",
    "\"My aunt sold aspirin and cough mixture from a container with no window. I have a robot that counts pills,\" Zanele said.",
    "Her aunt, now 78, said she had no intention of staying at home. \"I will come in every morning and tell her what she is doing wrong,\" she said.",
    "\"She will, too,\" the niece said."),
    Q("My aunt sold aspirin and cough mixture from a container with no window. I have a robot that counts pills,",
      "direct", "Zanele Sithole-Dube", "Zanele", "said", m="\" Zanele said", c="Zanele said",
      note="given name alone; the aunt shares the first part of the surname"),
    Q("she had no intention of staying at home", "indirect", "Nomvula Sithole", "Her aunt", "said",
      m="Her aunt, now", c="78, said", note="'Her' = the niece, speaker of the paragraph before"),
    Q("I will come in every morning and tell her what she is doing wrong,", "direct", "Nomvula Sithole", "she",
      "said", m="wrong,\" she said", c="wrong,\" she said"),
    Q("She will, too,", "direct", "Zanele Sithole-Dube", "the niece", "said", c="niece said"),
)

case("pron-showjumper-trainer-mare", "pronoun-several-candidates", T(
    "The Romanian show jumper Sorin Matei won the grand prix at the Valea Sărată horse show on Sunday on a mare bought for 900 euros from a farmer near Arad. Her trainer, Bogdan Ilie, said he had first seen her pulling a hay cart.",
    "\"She jumped a ditch with the cart still attached,\" he said. \"I told the farmer, 'Name your price.' He said nine hundred, and I did not argue.\"",
    "Matei said the mare, Zori, had refused to walk into a horsebox for her first three shows. \"So we drove behind her in the car, and she walked,\" he said. \"Forty kilometres.\""),
    Q("he had first seen her pulling a hay cart", "indirect", "Bogdan Ilie", "Bogdan Ilie", "said", c="Ilie, said",
      note="'Her trainer': Her = the mare"),
    Q("She jumped a ditch with the cart still attached,", "direct", "Bogdan Ilie", "he", "said",
      m="\" he said. \"I told", c="\" he said. \"I told",
      note="he = the trainer, subject of the sentence before; the rider was named first"),
    Q("I told the farmer, 'Name your price.' He said nine hundred, and I did not argue.", "direct", "Bogdan Ilie",
      "he", "said", m="\" he said. \"I told", c="\" he said. \"I told"),
    Q("Name your price.", "direct", "Bogdan Ilie", "I", "told", m="I told the farmer", c="told the farmer",
      opt=True, note="inner quote: his own words to the farmer"),
    Q("nine hundred", "indirect", "a farmer", "He", "said", m="He said nine", c="said nine", opt=True,
      note="the farmer's words reported inside the quote"),
    Q("the mare, Zori, had refused to walk into a horsebox for her first three shows", "indirect", "Sorin Matei",
      "Matei", "said", m="Matei said", c="Matei said"),
    Q("So we drove behind her in the car, and she walked,", "direct", "Sorin Matei", "he", "said",
      m="walked,\" he said", c="walked,\" he said"),
    Q("Forty kilometres.", "direct", "Sorin Matei", "he", "said", m="walked,\" he said", c="walked,\" he said"),
)

# ---------------------------------------------------------------- 2. descriptions and epithets
case("desc-rower-mother-of-three-scot", "descriptions-and-epithets", T(
    "Morag Pattullo, a 54-year-old mother of three from the Angus village of Inverlunan, rowed into English Harbour in Antigua on Tuesday after 61 days alone on the Atlantic, the oldest woman to finish the Transatlantic Oar Challenge solo.",
    "‘My hands stopped working properly in week five. I rowed with my wrists,’ the mother of three said on the quay.",
    "The race director, Denise Arsenault, a Canadian who rowed the same route in 2009, met her with a bag of oranges. ‘She ate four before she said a word,’ the Canadian said.",
    "‘I spoke to a whale more than to any human for two months,’ the Scot said. The 54-year-old said she would be home in time for her youngest son’s graduation."),
    Q("My hands stopped working properly in week five. I rowed with my wrists,", "direct", "Morag Pattullo",
      "the mother of three", "said", c="three said", note="description with a complement"),
    Q("She ate four before she said a word,", "direct", "Denise Arsenault", "the Canadian", "said",
      c="Canadian said", note="'a Canadian' in the apposition; 'She' in the quote is the rower"),
    Q("I spoke to a whale more than to any human for two months,", "direct", "Morag Pattullo", "the Scot", "said",
      c="Scot said", note="demonym never stated: she is from an Angus village"),
    Q("she would be home in time for her youngest son’s graduation", "indirect", "Morag Pattullo",
      "The 54-year-old", "said", c="54-year-old said", note="age description after a different woman was named"),
)

case("desc-former-striker-dutch-keeper", "descriptions-and-epithets", T(
    "Femi Adebanjo-Cole, who scored 94 goals for Brackwell United in the 1990s and now works as a television pundit, played ninety minutes for a veterans' side in a charity match at Brackwell on Sunday. In the other goal was Piet Verhoeven, 61, the Dutchman who kept goal for Brackwell's old rivals, Stanmore Athletic, for twelve seasons.",
    "\"My knees filed a formal complaint at half-time,\" the former striker said.",
    "The Dutchman saved a penalty from him in the 80th minute. \"He has taken penalties the same way since 1994. Left foot, bottom left. I have had thirty years to think about it,\" the 61-year-old said.",
    "The pundit said the match had raised £48,000 for a children's hospice in the town. \"Piet owes me a rematch,\" he said."),
    Q("My knees filed a formal complaint at half-time,", "direct", "Femi Adebanjo-Cole", "the former striker", "said",
      c="striker said", note="'former striker' from 'scored 94 goals … in the 1990s'; the goalkeeper was named last"),
    Q("He has taken penalties the same way since 1994. Left foot, bottom left. I have had thirty years to think about it,",
      "direct", "Piet Verhoeven", "the 61-year-old", "said", c="61-year-old said"),
    Q("the match had raised £48,000 for a children's hospice in the town", "indirect", "Femi Adebanjo-Cole",
      "The pundit", "said", c="pundit said", note="'works as a television pundit'"),
    Q("Piet owes me a rematch,", "direct", "Femi Adebanjo-Cole", "he", "said", m="rematch,\" he said",
      c="rematch,\" he said", note="the quote names the other man"),
)

case("desc-runners-kenyan-ethiopian", "descriptions-and-epithets", T(
    "Tigist Alemu, 19, outsprinted the world champion, Faith Chepkoech, over the last 200 metres to win the women’s 5,000 metres at the Brixen Classic athletics meeting on Tuesday.",
    "“I was waiting for her to go, and she never went, so I went,” the Ethiopian said through an interpreter.",
    "The Kenyan, who had not lost a 5,000 metres race since 2023, said she had felt a cramp in her calf with two laps to go. “No excuses. The girl was better today,” the world champion said.",
    "The teenager’s coach, Haile Gebreyes, said she had run 200 kilometres a week at altitude all winter. “She has not finished growing,” he said."),
    Q("I was waiting for her to go, and she never went, so I went,", "direct", "Tigist Alemu", "the Ethiopian",
      "said", c="Ethiopian said", note="nationality never stated, only by the name; the Kenyan was named last"),
    Q("she had felt a cramp in her calf with two laps to go", "indirect", "Faith Chepkoech", "The Kenyan", "said",
      c="2023, said"),
    Q("No excuses. The girl was better today,", "direct", "Faith Chepkoech", "the world champion", "said",
      c="champion said"),
    Q("she had run 200 kilometres a week at altitude all winter", "indirect", "Haile Gebreyes", "Haile Gebreyes",
      "said", c="Gebreyes, said", note="'The teenager's coach': the teenager is the winner"),
    Q("She has not finished growing,", "direct", "Haile Gebreyes", "he", "said", m="growing,” he said",
      c="growing,” he said"),
)

case("desc-community-shop-headmistress-newcomer", "descriptions-and-epithets", T(
    "When the last shop in the Perthshire village of Glenquaich Bridge closed in March, Rosalind Mackie, a retired headmistress, and Tariq Hussain, who moved to the village from Birmingham two years ago, set up a community shop in the old church hall.",
    "“I ran a school of four hundred children for twenty years. A shop seemed manageable,” the former headmistress said.",
    "“Everybody told me the village would take ten years to accept me. It took one broken boiler and a shop,” the newcomer said.",
    "The Brummie said the shop had taken £1,900 in its first week. Her husband, Alistair Mackie, 80, does the deliveries. “I am the oldest delivery boy in Scotland,” the octogenarian said."),
    Q("I ran a school of four hundred children for twenty years. A shop seemed manageable,", "direct",
      "Rosalind Mackie", "the former headmistress", "said", c="headmistress said",
      note="'a retired headmistress' -> 'the former headmistress'"),
    Q("Everybody told me the village would take ten years to accept me. It took one broken boiler and a shop,",
      "direct", "Tariq Hussain", "the newcomer", "said", c="newcomer said",
      note="'moved to the village … two years ago'"),
    Q("the shop had taken £1,900 in its first week", "indirect", "Tariq Hussain", "The Brummie", "said",
      c="Brummie said", note="demonym for someone from Birmingham, never stated"),
    Q("I am the oldest delivery boy in Scotland,", "direct", "Alistair Mackie", "the octogenarian", "said",
      c="octogenarian said", note="'80' -> 'the octogenarian'; 'Her husband' = Mackie's husband"),
)

case("desc-kidney-donor-and-recipient", "descriptions-and-epithets", T(
    "Rafael Quispe Mamani, 38, gave one of his kidneys to a man he had never met, Ernesto Villca, 71, at the Hospital del Norte in Cochabamba in February. The two met for the first time on Monday.",
    "\"I saw a post on Facebook and I thought: I have two, and he has none that work,\" the 38-year-old said.",
    "\"He is younger than my son. I told him he is my son now,\" the 71-year-old said. The retired bus driver said he had been on dialysis three times a week for six years.",
    "The surgeon who carried out both operations, Dr. Mónica Arce Salazar, said the younger man had \"the calmest blood pressure I have ever seen in a donor\". \"They are both doing well,\" the surgeon said."),
    Q("I saw a post on Facebook and I thought: I have two, and he has none that work,", "direct",
      "Rafael Quispe Mamani", "the 38-year-old", "said", c="38-year-old said",
      note="two men with ages; the older one was named last"),
    Q("He is younger than my son. I told him he is my son now,", "direct", "Ernesto Villca", "the 71-year-old",
      "said", c="71-year-old said"),
    Q("he had been on dialysis three times a week for six years", "indirect", "Ernesto Villca",
      "The retired bus driver", "said", c="driver said",
      note="a new description, first given here, of the man quoted just before"),
    Q("the calmest blood pressure I have ever seen in a donor", "mixed", "Mónica Arce Salazar",
      "Dr. Mónica Arce Salazar", "said", c="Salazar, said", note="'the younger man' in the clause is the donor"),
    Q("They are both doing well,", "direct", "Mónica Arce Salazar", "the surgeon", "said", c="surgeon said"),
)

# ---------------------------------------------------------------- 3. organisations, spokespeople and statements
case("org-airline-grounds-turboprops", "organisations-and-spokespeople", T(
    "Aerolíneas Cóndor del Sur, the Chilean regional carrier, said on Sunday that it had grounded four of its eleven turboprops after cracks were found in a landing-gear part during routine checks.",
    "“The safety of our passengers is not negotiable,” the airline said in a statement. It said about 2,000 passengers would be rebooked on other flights this week.",
    "A spokesman for the carrier, Felipe Acuña Reyes, said the cracks had been found by the airline’s own engineers, not by regulators. “We found them. We reported them. We grounded the planes,” Acuña said.",
    "Chile’s Directorate General of Civil Aviation said it had sent inspectors to the airline’s base in Puerto Montt."),
    Q("it had grounded four of its eleven turboprops after cracks were found in a landing-gear part during routine checks",
      "indirect", "Aerolíneas Cóndor del Sur", "Aerolíneas Cóndor del Sur", "said", c="carrier, said"),
    Q("The safety of our passengers is not negotiable,", "direct", "Aerolíneas Cóndor del Sur", "the airline",
      "said", c="airline said"),
    Q("about 2,000 passengers would be rebooked on other flights this week", "indirect",
      "Aerolíneas Cóndor del Sur", "It", "said", m="It said about", c="It said about",
      note="'It' = the airline (its statement)"),
    Q("the cracks had been found by the airline’s own engineers, not by regulators", "indirect",
      "Felipe Acuña Reyes", "Felipe Acuña Reyes", "said", c="Reyes, said",
      note="a named spokesman speaks for himself"),
    Q("We found them. We reported them. We grounded the planes,", "direct", "Felipe Acuña Reyes", "Acuña", "said",
      m="” Acuña said", c="Acuña said"),
    Q("it had sent inspectors to the airline’s base in Puerto Montt", "indirect",
      "Directorate General of Civil Aviation", "Directorate General of Civil Aviation", "said",
      c="Aviation said", note="a real public body, after a country's possessive"),
)

case("org-university-field-school-suspended", "organisations-and-spokespeople", T(
    "The University of Halvergate has suspended its archaeology field school in Crete after a student was hurt by a falling stone at the dig, the university said on Wednesday.",
    "‘The welfare of our students comes first, and the field school will not resume until an independent safety review is complete,’ said a university spokeswoman, who would not give her name.",
    "The field school’s director, Prof. Helen Stavrou-Mills, said she had not been consulted. ‘I read about the suspension in an email at eleven o’clock at night,’ she said.",
    "The Students’ Union of the University of Halvergate said in a statement that the injured student, a 20-year-old from Norwich, was ‘recovering well and in good spirits’. The union said it supported the review."),
    Q("The University of Halvergate has suspended its archaeology field school in Crete after a student was hurt by a falling stone at the dig",
      "indirect", "University of Halvergate", "the university", "said", c="university said",
      note="fronted clause; the organisation is named in it and again as 'the university' before the cue"),
    Q("The welfare of our students comes first, and the field school will not resume until an independent safety review is complete,",
      "direct", "a university spokeswoman", "a university spokeswoman", "said", c="said a university"),
    Q("she had not been consulted", "indirect", "Helen Stavrou-Mills", "Prof. Helen Stavrou-Mills", "said",
      c="Mills, said"),
    Q("I read about the suspension in an email at eleven o’clock at night,", "direct", "Helen Stavrou-Mills",
      "she", "said", m="night,’ she said", c="night,’ she said", note="she = the director, not the spokeswoman"),
    Q("recovering well and in good spirits", "mixed", "Students’ Union of the University of Halvergate",
      "The Students’ Union of the University of Halvergate", "said", c="Halvergate said",
      note="an organisation whose name contains the university's"),
    Q("it supported the review", "indirect", "Students’ Union of the University of Halvergate", "The union", "said",
      c="union said"),
)

case("org-cocoa-board-acronym", "organisations-and-spokespeople", T(
    "The Ghana Cocoa Board (COCOBOD) said on Monday that it would raise the price it pays farmers for a 64-kilogram bag of beans by 20 per cent from October.",
    "\"The new price reflects the sacrifices of our farmers in a difficult season,\" COCOBOD said in a statement. The board said smuggling of beans to neighbouring countries, where prices are higher, had cost Ghana about 150,000 tonnes last season.",
    "Kojo Ampofo-Boakye, who farms 12 acres near the village of Nkwantakrom, said the rise was not enough. \"Fertiliser has doubled. Twenty per cent is a plaster on a broken leg,\" he said.",
    "The Cocoa Farmers' Association of Ghana, which says it speaks for 300,000 growers, called the increase \"a step, not a solution\"."),
    Q("it would raise the price it pays farmers for a 64-kilogram bag of beans by 20 per cent from October",
      "indirect", "Ghana Cocoa Board", "The Ghana Cocoa Board", "said", c="(COCOBOD) said"),
    Q("The new price reflects the sacrifices of our farmers in a difficult season,", "direct", "Ghana Cocoa Board",
      "COCOBOD", "said", m="\" COCOBOD said", c="COCOBOD said in", note="the acronym stands for the full name"),
    Q("smuggling of beans to neighbouring countries, where prices are higher, had cost Ghana about 150,000 tonnes last season",
      "indirect", "Ghana Cocoa Board", "The board", "said", c="board said"),
    Q("the rise was not enough", "indirect", "Kojo Ampofo-Boakye", "Kojo Ampofo-Boakye", "said",
      c="Nkwantakrom, said"),
    Q("Fertiliser has doubled. Twenty per cent is a plaster on a broken leg,", "direct", "Kojo Ampofo-Boakye", "he",
      "said", m="leg,\" he said", c="leg,\" he said"),
    Q("it speaks for 300,000 growers", "indirect", "Cocoa Farmers' Association of Ghana", "it", "says",
      m="which says it", c="says it speaks", opt=True, note="a claim in a relative clause"),
    Q("a step, not a solution", "mixed", "Cocoa Farmers' Association of Ghana",
      "The Cocoa Farmers' Association of Ghana", "called", c="called the increase"),
)

case("org-school-fire-police-council", "organisations-and-spokespeople", T(
    "Police Scotland said on Thursday that a 15-year-old boy had been charged after a fire at Ardmuir Primary School in the village of Kilbrennan caused damage estimated at £2 million.",
    "A force spokeswoman said the boy had been released into the care of his parents.",
    "The Highland Council said the school’s 140 pupils would be taught in the village hall and two portable classrooms. “We will have the children back together by Monday,” the council said.",
    "Ardmuir Parent Council said in a post on Facebook that it was “heartbroken but not beaten”. Its chairwoman, Eilidh Ross, said: “The building burned. The school did not.”"),
    Q("a 15-year-old boy had been charged after a fire at Ardmuir Primary School in the village of Kilbrennan caused damage estimated at £2 million",
      "indirect", "Police Scotland", "Police Scotland", "said", c="Scotland said"),
    Q("the boy had been released into the care of his parents", "indirect", "a force spokeswoman",
      "A force spokeswoman", "said", c="spokeswoman said"),
    Q("the school’s 140 pupils would be taught in the village hall and two portable classrooms", "indirect",
      "Highland Council", "The Highland Council", "said", c="Council said the", note="'The' is dropped"),
    Q("We will have the children back together by Monday,", "direct", "Highland Council", "the council", "said",
      c="council said."),
    Q("heartbroken but not beaten", "mixed", "Ardmuir Parent Council", "Ardmuir Parent Council", "said",
      c="Council said in a post", note="the school's name runs into the organisation's"),
    Q("The building burned. The school did not.", "direct", "Eilidh Ross", "Eilidh Ross", "said",
      c="Ross, said", note="'Its chairwoman' speaks for herself"),
)

case("org-consumer-council-complaint-app", "organisations-and-spokespeople", T(
    "The Norwegian Consumer Council filed a complaint on Tuesday against Lumora, a photo-sharing app popular with teenagers, over the collection of location data from users under 13.",
    "‘Children are being followed from their bedrooms to their classrooms,’ the complaint says. The watchdog said Lumora had stored location data for at least 40,000 Norwegian children.",
    "In an emailed statement, a spokesperson for Lumora said the company ‘takes children’s privacy extremely seriously’ and would respond to the complaint ‘in full’.",
    "Lumora’s founder, Kasper Dahl-Rasmussen, wrote on his blog in March that the app ‘does not and will not’ track children."),
    Q("Children are being followed from their bedrooms to their classrooms,", "direct", "Norwegian Consumer Council",
      "the complaint", "says", c="complaint says", note="the complaint stands for the council that filed it"),
    Q("Lumora had stored location data for at least 40,000 Norwegian children", "indirect",
      "Norwegian Consumer Council", "The watchdog", "said", c="watchdog said"),
    Q("takes children’s privacy extremely seriously", "mixed", "a spokesperson", "a spokesperson for Lumora",
      "said", c="Lumora said the company", note="unnamed spokesperson; the company named right before the cue"),
    Q("in full", "mixed", "a spokesperson", "a spokesperson for Lumora", "said", c="Lumora said the company"),
    Q("does not and will not", "mixed", "Kasper Dahl-Rasmussen", "Kasper Dahl-Rasmussen", "wrote", c="wrote on his"),
)

# ---------------------------------------------------------------- 4. names of many cultures
case("names-bengali-garment-walkout", "names-of-many-cultures", T(
    "Rokeya Begum, 46, has sewn collars onto shirts at the Padmabati Apparels factory in Gazipur for nineteen years. On Sunday she and about 3,000 co-workers walked out over unpaid overtime.",
    "“They pay us for eight hours and keep us for eleven,” Begum said outside the gate.",
    "The factory’s managing director, Anisur Rahman Talukder, said the overtime would be paid with October’s wages. “There was a delay at the bank. That is all,” Talukder said.",
    "A union organiser, Shahnaz Parvin Chowdhury, said the workers had heard that before. “The bank is always delayed in Gazipur and never in Dhaka,” Chowdhury said."),
    Q("They pay us for eight hours and keep us for eleven,", "direct", "Rokeya Begum", "Begum", "said",
      m="” Begum said", c="Begum said", note="'Begum' is the family-name slot here, not a title"),
    Q("the overtime would be paid with October’s wages", "indirect", "Anisur Rahman Talukder",
      "Anisur Rahman Talukder", "said", c="Talukder, said"),
    Q("There was a delay at the bank. That is all,", "direct", "Anisur Rahman Talukder", "Talukder", "said",
      m="” Talukder said", c="Talukder said"),
    Q("the workers had heard that before", "indirect", "Shahnaz Parvin Chowdhury", "Shahnaz Parvin Chowdhury",
      "said", c="Chowdhury, said"),
    Q("The bank is always delayed in Gazipur and never in Dhaka,", "direct", "Shahnaz Parvin Chowdhury",
      "Chowdhury", "said", m="” Chowdhury said", c="Chowdhury said"),
)

case("names-japanese-potter-sensei", "names-of-many-cultures", T(
    "The potter Hideo Nakamura, 88, fired his kiln in the Shiga mountain village of Kamiyatsu for the last time on Saturday. Sixty-two years of smoke have blackened the beams of the kiln shed.",
    "\"The kiln is older than I am, and it is tired. So am I,\" Nakamura said.",
    "His only apprentice, Emma Lindgren, a 31-year-old Swede who came to study with him for a month in 2016 and never left, will take over the workshop. \"Nakamura-sensei taught me that a pot is finished when you stop arguing with it,\" she said.",
    "The village's mayor, Sachiko Ōmori, said Kamiyatsu would hold a festival in the potter's honour in April. \"Half the tea bowls in this village came out of that kiln,\" Ōmori said."),
    Q("The kiln is older than I am, and it is tired. So am I,", "direct", "Hideo Nakamura", "Nakamura", "said",
      m="\" Nakamura said", c="Nakamura said"),
    Q("Nakamura-sensei taught me that a pot is finished when you stop arguing with it,", "direct", "Emma Lindgren",
      "she", "said", m="it,\" she said", c="it,\" she said",
      note="the quote opens with the master's name and an honorific suffix; the speaker is the apprentice"),
    Q("Kamiyatsu would hold a festival in the potter's honour in April", "indirect", "Sachiko Ōmori",
      "Sachiko Ōmori", "said", c="Ōmori, said", note="macron in the surname"),
    Q("Half the tea bowls in this village came out of that kiln,", "direct", "Sachiko Ōmori", "Ōmori", "said",
      m="\" Ōmori said", c="Ōmori said"),
)

case("names-hebridean-mac-and-o", "names-of-many-cultures", T(
    "Seonaid MacGillivray, who runs the only shop on the Hebridean island of Eilean Dubhrach, and Pádraig O’Donoghue, an Irish boatbuilder who has lived on the island since 2011, have restored the island’s 1920s mail boat.",
    "‘We found her under a tarpaulin with a family of otters living in the cabin,’ MacGillivray said.",
    "O’Donoghue said the boat’s larch planks had been cut on the island. ‘You could not buy wood like that now for any money,’ he said.",
    "The boat’s last skipper, Hector McAteer, 93, was at the harbour for the relaunch on Saturday. ‘She’s lighter than she was. Or I’m stronger,’ Mr McAteer said."),
    Q("We found her under a tarpaulin with a family of otters living in the cabin,", "direct", "Seonaid MacGillivray",
      "MacGillivray", "said", m="’ MacGillivray said", c="MacGillivray said", note="'her' = the boat"),
    Q("the boat’s larch planks had been cut on the island", "indirect", "Pádraig O’Donoghue", "O’Donoghue", "said",
      m="O’Donoghue said", c="O’Donoghue said", note="the apostrophe in the name is the closing-quote character"),
    Q("You could not buy wood like that now for any money,", "direct", "Pádraig O’Donoghue", "he", "said",
      m="money,’ he said", c="money,’ he said"),
    Q("She’s lighter than she was. Or I’m stronger,", "direct", "Hector McAteer", "Mr McAteer", "said",
      m="Mr McAteer said", c="McAteer said"),
)

case("names-turkish-simit-hanim-bey", "names-of-many-cultures", T(
    "Ayşe Karaca, 67, has sold simit from a cart on the same corner of the ferry pier in Kadıköy for forty years. Her regular customers call her Ayşe Hanım.",
    "“I have sold simit to three generations of the same families. The grandchildren still want the sesame on the outside,” Karaca said.",
    "The district municipality wants to move the cart 200 metres inland to make room for a new ticket hall. Its deputy mayor, Murat Ekinci, said the new spot was “only a two-minute walk”. Ekinci said the municipality would pay for a new cart.",
    "“Two minutes for Murat Bey. For an old woman pushing a cart, ten,” Ayşe Hanım said."),
    Q("I have sold simit to three generations of the same families. The grandchildren still want the sesame on the outside,",
      "direct", "Ayşe Karaca", "Karaca", "said", m="” Karaca said", c="Karaca said"),
    Q("only a two-minute walk", "mixed", "Murat Ekinci", "Murat Ekinci", "said", c="Ekinci, said"),
    Q("the municipality would pay for a new cart", "indirect", "Murat Ekinci", "Ekinci", "said",
      m="Ekinci said the municipality", c="Ekinci said the municipality"),
    Q("Two minutes for Murat Bey. For an old woman pushing a cart, ten,", "direct", "Ayşe Karaca", "Ayşe Hanım",
      "said", m="” Ayşe Hanım said", c="Hanım said",
      note="given name + the honorific Hanım; the quote names the deputy mayor with 'Bey'"),
)

case("names-indonesian-single-and-given-name", "names-of-many-cultures", T(
    "Wahyuni, a 29-year-old chemistry teacher from the Central Java town of Sukoharjo Kidul, and Bambang Supriyadi, a fisherman from Lombok, were among 11 people given the national environment award in Jakarta on Friday.",
    "Wahyuni, who like many Indonesians uses one name, was honoured for a student project that turns used cooking oil from street stalls into soap. “The students collected 4,000 litres in one year. I only bought the buckets,” she said.",
    "Bambang, 52, has spent fifteen years replanting coral off the beach where his father fished. “When I was a boy, the reef was like a garden. When my son was a boy, it was like a car park,” Bambang said.",
    "The awards were presented by the environment minister, Sri Wulandari Kusuma, who said both winners had “done with buckets and bare hands what ministries do with budgets”."),
    Q("The students collected 4,000 litres in one year. I only bought the buckets,", "direct", "Wahyuni", "she",
      "said", m="buckets,” she said", c="buckets,” she said", note="single name"),
    Q("When I was a boy, the reef was like a garden. When my son was a boy, it was like a car park,", "direct",
      "Bambang Supriyadi", "Bambang", "said", m="” Bambang said", c="Bambang said",
      note="Indonesian usage: second reference by the first name"),
    Q("done with buckets and bare hands what ministries do with budgets", "mixed", "Sri Wulandari Kusuma",
      "Sri Wulandari Kusuma", "said", c="who said", note="cue in a relative clause after a passive"),
)

# ---------------------------------------------------------------- 5. titles, ranks, clergy and honorifics
case("titles-imam-rabbi-canon-soup-kitchen", "titles-ranks-clergy-honorifics", T(
    "Imam Yusuf Adeyemi-Bakare of the Ashgrove Mosque, Rabbi Naomi Feldstein of the Ashgrove Hebrew Congregation and the Rev. Canon Peter Ollerenshaw, vicar of St Barnabas, Ashgrove, ran a joint soup kitchen in the town’s bus station through the cold snap.",
    "‘Hunger does not ask which door you came in by,’ the imam said.",
    "Rabbi Feldstein said the three congregations had served 2,300 meals in eleven nights. ‘My grandmother’s lentil soup has now been cooked by Muslims, Christians and one very enthusiastic atheist,’ she said.",
    "‘We will do it again next winter, and we hope the council will find us a room with heating,’ Canon Ollerenshaw said."),
    Q("Hunger does not ask which door you came in by,", "direct", "Yusuf Adeyemi-Bakare", "the imam", "said",
      c="imam said", note="'Imam' as a title first, 'the imam' as a description later"),
    Q("the three congregations had served 2,300 meals in eleven nights", "indirect", "Naomi Feldstein",
      "Rabbi Feldstein", "said", m="Rabbi Feldstein said", c="Feldstein said"),
    Q("My grandmother’s lentil soup has now been cooked by Muslims, Christians and one very enthusiastic atheist,",
      "direct", "Naomi Feldstein", "she", "said", m="atheist,’ she said", c="atheist,’ she said"),
    Q("We will do it again next winter, and we hope the council will find us a room with heating,", "direct",
      "Peter Ollerenshaw", "Canon Ollerenshaw", "said", m="Canon Ollerenshaw said", c="Ollerenshaw said",
      note="'the Rev. Canon' first; 'Canon' later"),
)

case("titles-rcmp-coast-guard-capsized", "titles-ranks-clergy-honorifics", T(
    "RCMP Cpl. Danielle Thibodeau said Sunday that a fishing boat missing off southwest Nova Scotia since Friday had been found capsized about 40 kilometres offshore.",
    "Lt.-Cmdr. Aaron Whitehead of the Joint Rescue Coordination Centre in Halifax said a military helicopter had spotted the hull at first light. \"There was no one on or near the vessel,\" Lt.-Cmdr. Whitehead said.",
    "The search for the three crew members will continue for at least another day, Cpl. Thibodeau said.",
    "S/Sgt. Ravi Sandhu, who commands the local detachment, said the families had been told. \"This is a small place. Everybody knows these men,\" Sandhu said."),
    Q("a fishing boat missing off southwest Nova Scotia since Friday had been found capsized about 40 kilometres offshore",
      "indirect", "Danielle Thibodeau", "Cpl. Danielle Thibodeau", "said", c="Thibodeau said Sunday",
      note="organisation + abbreviated rank before the name"),
    Q("a military helicopter had spotted the hull at first light", "indirect", "Aaron Whitehead",
      "Lt.-Cmdr. Aaron Whitehead", "said", c="Halifax said"),
    Q("There was no one on or near the vessel,", "direct", "Aaron Whitehead", "Lt.-Cmdr. Whitehead", "said",
      m="\" Lt.-Cmdr. Whitehead", c="Whitehead said."),
    Q("The search for the three crew members will continue for at least another day", "indirect",
      "Danielle Thibodeau", "Cpl. Thibodeau", "said", m="Cpl. Thibodeau said", c="Thibodeau said.",
      note="fronted clause, cue after"),
    Q("the families had been told", "indirect", "Ravi Sandhu", "S/Sgt. Ravi Sandhu", "said", c="detachment, said"),
    Q("This is a small place. Everybody knows these men,", "direct", "Ravi Sandhu", "Sandhu", "said",
      m="\" Sandhu said", c="Sandhu said"),
)

case("titles-sheriff-solicitor-professor-dame", "titles-ranks-clergy-honorifics", T(
    "Sheriff Alison Drummond-Hay jailed a fish farm manager for eight months at Fort Ardmore Sheriff Court on Thursday for lying to inspectors about the number of salmon that escaped from his cages in a storm.",
    "‘You told the inspectors that 300 fish had escaped. The true number was closer to 40,000,’ the sheriff told Craig Lennox, 47.",
    "Lennox’s solicitor, Mr Farid Hamidi, said his client had panicked. ‘He has lost his job, his house and his good name,’ Mr Hamidi said.",
    "Outside court, Professor Dame Morven Kerr, who chairs the Scottish Wild Salmon Trust, said the sentence sent ‘a message to every cage in every loch’."),
    Q("You told the inspectors that 300 fish had escaped. The true number was closer to 40,000,", "direct",
      "Alison Drummond-Hay", "the sheriff", "told", c="told Craig",
      note="a Scottish sheriff is a judge; the addressee is named after the cue"),
    Q("300 fish had escaped", "indirect", "Craig Lennox", "You", "told", m="You told the", c="You told the",
      opt=True, note="the accused's words reported inside the sheriff's quote"),
    Q("his client had panicked", "indirect", "Farid Hamidi", "Mr Farid Hamidi", "said", c="Hamidi, said"),
    Q("He has lost his job, his house and his good name,", "direct", "Farid Hamidi", "Mr Hamidi", "said",
      m="Mr Hamidi said", c="Hamidi said"),
    Q("a message to every cage in every loch", "mixed", "Morven Kerr", "Professor Dame Morven Kerr", "said",
      c="Trust, said", note="stacked 'Professor Dame'"),
)

case("titles-philippine-kap-atty-fr", "titles-ranks-clergy-honorifics", T(
    "Barangay captain Romeo Villanueva, known to everyone in the fishing village of San Isidro Norte as Kap. Romy, refused on Tuesday to let a mining company’s trucks use the village road.",
    "“The road was built by our fathers with their own hands. It was not built for forty-tonne trucks,” Kap. Villanueva said.",
    "The company’s lawyer, Atty. Maricel Dizon-Panganiban, said the permit issued by the provincial government allowed the trucks through. “The barangay cannot overrule the province,” Atty. Dizon-Panganiban said.",
    "Gov. Ernesto Lacson said he would meet both sides on Friday. The parish priest, Fr. Jun Magbanua, said he would lend the church for the meeting. “It is the only room in town big enough for everyone’s anger,” Fr. Magbanua said."),
    Q("The road was built by our fathers with their own hands. It was not built for forty-tonne trucks,", "direct",
      "Romeo Villanueva", "Kap. Villanueva", "said", m="Kap. Villanueva", c="Villanueva said",
      note="'Kap.' (barangay captain) is a title; 'refused … to let' is not a cue"),
    Q("the permit issued by the provincial government allowed the trucks through", "indirect",
      "Maricel Dizon-Panganiban", "Atty. Maricel Dizon-Panganiban", "said", c="Panganiban, said"),
    Q("The barangay cannot overrule the province,", "direct", "Maricel Dizon-Panganiban", "Atty. Dizon-Panganiban",
      "said", m="Atty. Dizon-Panganiban said", c="Panganiban said"),
    Q("he would meet both sides on Friday", "indirect", "Ernesto Lacson", "Gov. Ernesto Lacson", "said",
      c="Lacson said"),
    Q("he would lend the church for the meeting", "indirect", "Jun Magbanua", "Fr. Jun Magbanua", "said",
      c="Magbanua, said"),
    Q("It is the only room in town big enough for everyone’s anger,", "direct", "Jun Magbanua", "Fr. Magbanua",
      "said", m="Fr. Magbanua said", c="Magbanua said"),
)

case("titles-revd-dr-mx-mr-mrs-vicarage", "titles-ranks-clergy-honorifics", T(
    "The Revd Dr Eleanor Whitcombe, rector of the parish of Upper Marlow Fen, and Mx Jordan Ashdown, who runs the village’s youth club, have persuaded the parish council to turn the empty vicarage into a youth centre.",
    "‘A six-bedroom house for one vicar and a bicycle was never a sensible use of a building,’ Dr Whitcombe said.",
    "Mx Ashdown said the youth club had met in a bus shelter for two winters. ‘The teenagers have been very patient. More patient than me,’ they said.",
    "The parish council’s chairman, Mr Nigel Pargeter-Bold, said the council had voted 6-1 in favour. The one vote against came from Mrs Dorothy Pargeter-Bold, his wife, who said she had ‘nothing against teenagers, only against their music’."),
    Q("A six-bedroom house for one vicar and a bicycle was never a sensible use of a building,", "direct",
      "Eleanor Whitcombe", "Dr Whitcombe", "said", m="Dr Whitcombe said", c="Whitcombe said",
      note="'The Revd Dr' first, 'Dr' later"),
    Q("the youth club had met in a bus shelter for two winters", "indirect", "Jordan Ashdown", "Mx Ashdown", "said",
      m="Mx Ashdown said", c="Ashdown said"),
    Q("The teenagers have been very patient. More patient than me,", "direct", "Jordan Ashdown", "they", "said",
      m="me,’ they said", c="me,’ they said", note="gender-neutral honorific and singular 'they'"),
    Q("the council had voted 6-1 in favour", "indirect", "Nigel Pargeter-Bold", "Mr Nigel Pargeter-Bold", "said",
      c="Bold, said"),
    Q("nothing against teenagers, only against their music", "mixed", "Dorothy Pargeter-Bold",
      "Mrs Dorothy Pargeter-Bold", "said", c="who said", note="same surname as the chairman; cue in a relative clause"),
)

# ---------------------------------------------------------------- 6. speaker named after the quote
case("after-came-the-reply-library", "speaker-after-quote", T(
    "The question from the floor of the public meeting in Dunmorrow on Tuesday was a short one: would the town library be open next year or not?",
    "\"It will be open three days a week, and that is a promise,\" came the reply from the council leader, Siobhan Greaves.",
    "\"Three days is a closure with the lights left on,\" a voice shouted from the back of the hall. It belonged to Desmond Achterberg, 78, who has used the library every day since he retired.",
    "Greaves said the council had to save £4 million this year."),
    Q("It will be open three days a week, and that is a promise,", "direct", "Siobhan Greaves", "Siobhan Greaves",
      "came the reply", c="came the reply", note="'came the reply from the <role>, <name>'; the question has no named asker"),
    Q("Three days is a closure with the lights left on,", "direct", "Desmond Achterberg", "Desmond Achterberg",
      "shouted", c="shouted", note="'a voice shouted'; the owner of the voice is named in the next sentence"),
    Q("the council had to save £4 million this year", "indirect", "Siobhan Greaves", "Greaves", "said",
      m="Greaves said", c="Greaves said"),
)

case("after-dash-attribution-postman-letter", "speaker-after-quote", T(
    "‘I have delivered your post for thirty-one years. I have been bitten four times, and I have loved every minute of it.’",
    "— Graham Tuckwell, postman, in a letter pushed through every door in the village of Lower Pennock on his last day at work, Friday.",
    "Villagers said they had collected £1,800 for a retirement present. ‘He knew which houses to knock at when the post was bad news,’ said one of them, Aileen Parfitt."),
    Q("I have delivered your post for thirty-one years. I have been bitten four times, and I have loved every minute of it.",
      "direct", "Graham Tuckwell", "Graham Tuckwell", None,
      note="the quote opens the story; a dash attribution follows, with no verb"),
    Q("they had collected £1,800 for a retirement present", "indirect", "villagers", "Villagers", "said",
      m="Villagers said", c="Villagers said"),
    Q("He knew which houses to knock at when the post was bad news,", "direct", "Aileen Parfitt", "Aileen Parfitt",
      "said", c="said one of them", note="'said one of them, X': the named villager; 'He' is the postman"),
)

case("after-her-name-is-gig-skipper", "speaker-after-quote", T(
    "“We did not build this boat to win. We built it so that nobody could say a crew from the islands had never tried.”",
    "The skipper of the Orkney gig Selkie’s Daughter, whose six women rowers came third in the North Sea Gig Championship on Sunday, is a 61-year-old retired midwife. Her name is Ingrid Flett.",
    "Flett said her crew had trained through the winter in a borrowed boat. “We capsized twice in February. We did not tell our husbands,” she said."),
    Q("We did not build this boat to win. We built it so that nobody could say a crew from the islands had never tried.",
      "direct", "Ingrid Flett", "Ingrid Flett", None,
      note="the speaker is described in the next paragraph and named two sentences after the quote"),
    Q("her crew had trained through the winter in a borrowed boat", "indirect", "Ingrid Flett", "Flett", "said",
      m="Flett said", c="Flett said"),
    Q("We capsized twice in February. We did not tell our husbands,", "direct", "Ingrid Flett", "she", "said",
      m="husbands,” she said", c="husbands,” she said"),
)

case("after-it-was-x-who-said-it", "speaker-after-quote", T(
    "'Every one of these trees was planted by a child who is now a grandparent.'",
    "It was Arjun Venkataraman, the 84-year-old founder of the Kallar Hills school forest, who said it, standing in the shade of a teak he planted with his first class in 1962.",
    "The forest's present warden, Lakshmi Duraisamy, said the school's pupils still plant 300 saplings every July. 'They learn their maths by counting rings,' she said."),
    Q("Every one of these trees was planted by a child who is now a grandparent.", "direct", "Arjun Venkataraman",
      "Arjun Venkataraman", "said", c="who said it", note="cleft sentence 'It was X … who said it'"),
    Q("the school's pupils still plant 300 saplings every July", "indirect", "Lakshmi Duraisamy",
      "Lakshmi Duraisamy", "said", c="Duraisamy, said"),
    Q("They learn their maths by counting rings,", "direct", "Lakshmi Duraisamy", "she", "said",
      m="rings,' she said", c="rings,' she said"),
)

case("after-a-line-she-has-repeated-cinema", "speaker-after-quote", T(
    "«A town without a cinema is a town that has stopped dreaming in the dark.»",
    "It is a line Rosalba Quintero Lagos has repeated at every council meeting in Villa Quelén Alto for three years, and on Saturday it finally worked: the council agreed to buy the shuttered Cine Imperial and reopen it.",
    "The mayor, Patricio Olave Rojas, said the town would spend 90 million pesos on the building. «Rosalba wore us down,» he said. «Better her than the termites.»"),
    Q("A town without a cinema is a town that has stopped dreaming in the dark.", "direct", "Rosalba Quintero Lagos",
      "Rosalba Quintero Lagos", "repeated", c="repeated", note="'It is a line X has repeated'; guillemets"),
    Q("the town would spend 90 million pesos on the building", "indirect", "Patricio Olave Rojas",
      "Patricio Olave Rojas", "said", c="Rojas, said"),
    Q("Rosalba wore us down,", "direct", "Patricio Olave Rojas", "he", "said", m="» he said", c="» he said",
      note="the quote names the woman, by given name"),
    Q("Better her than the termites.", "direct", "Patricio Olave Rojas", "he", "said", m="» he said", c="» he said"),
)

# ---------------------------------------------------------------- 7. joint and group speakers
case("joint-two-nurses-walk", "joint-and-group-speakers", T(
    "Two nurses from the night shift on Ward 7 at Ravensbourne General Hospital, Olamide Fashola and Grete Lindahl, have walked 1,100 miles from Land’s End to John o’ Groats to raise money for the hospital’s neonatal unit.",
    "“Every blister was worth it,” the two women said when they reached the signpost on Sunday.",
    "Fashola and Lindahl said they had raised £62,000. “We argued about the route every single day and agreed about everything else,” they said.",
    "Their ward manager, Sister Brenda Hollis, said the money would buy two new incubators."),
    Q("Every blister was worth it,", "direct", "Olamide Fashola and Grete Lindahl", "the two women", "said",
      c="women said"),
    Q("they had raised £62,000", "indirect", "Olamide Fashola and Grete Lindahl", "Fashola and Lindahl", "said",
      c="Lindahl said"),
    Q("We argued about the route every single day and agreed about everything else,", "direct",
      "Olamide Fashola and Grete Lindahl", "they", "said", m="else,” they said", c="else,” they said"),
    Q("the money would buy two new incubators", "indirect", "Brenda Hollis", "Sister Brenda Hollis", "said",
      c="Hollis, said", note="'Sister' is a nursing title"),
)

case("group-fishermen-trawlers-patrol", "joint-and-group-speakers", T(
    "Fishermen in the Ghanaian port of Mpeasem Nkwanta said on Monday that industrial trawlers had been fishing inside the inshore zone at night with their lights off.",
    "\"We see them on the radar and then they disappear,\" one fisherman said. Other fishermen said they had stopped going out at night altogether.",
    "The head of the local canoe owners' association, Ebo Quansah, said members had lost nets worth 40,000 cedis since January.",
    "The Fisheries Commission said in a statement that it would send a patrol boat. Several fishermen laughed when the statement was read out to them. \"They always send a patrol boat. It always arrives in the daytime,\" said one of the men."),
    Q("industrial trawlers had been fishing inside the inshore zone at night with their lights off", "indirect",
      "fishermen", "Fishermen", "said", m="Fishermen in", c="Nkwanta said"),
    Q("We see them on the radar and then they disappear,", "direct", "one fisherman", "one fisherman", "said",
      c="fisherman said"),
    Q("they had stopped going out at night altogether", "indirect", "fishermen", "Other fishermen", "said",
      c="fishermen said they", note="another part of the same group: the plural noun"),
    Q("members had lost nets worth 40,000 cedis since January", "indirect", "Ebo Quansah", "Ebo Quansah", "said",
      c="Quansah, said"),
    Q("it would send a patrol boat", "indirect", "Fisheries Commission", "The Fisheries Commission", "said",
      c="Commission said"),
    Q("They always send a patrol boat. It always arrives in the daytime,", "direct", "one of the men",
      "one of the men", "said", c="said one of", note="'laughed' is not a cue; the statement read out is not the speaker"),
)

case("joint-three-organisations-last-bus", "joint-and-group-speakers", T(
    "The Scottish Bus Drivers’ Association, the Rural Transport Forum and Highland Pensioners Together said in a joint statement on Wednesday that withdrawing the last bus from Achnabreck Glen to Inverness would leave 400 older people with no way to reach the hospital.",
    "‘This is not a timetable change. It is the end of the glen as a place to grow old,’ the statement said.",
    "The operator, Glenmore Coaches, said the route had carried an average of three passengers a day. Its managing director, Fraser Urquhart, said: ‘We cannot run an empty bus on goodwill.’",
    "Highland Pensioners Together said separately that it would organise volunteer drivers."),
    Q("withdrawing the last bus from Achnabreck Glen to Inverness would leave 400 older people with no way to reach the hospital",
      "indirect", "Scottish Bus Drivers’ Association, Rural Transport Forum and Highland Pensioners Together",
      "The Scottish Bus Drivers’ Association, the Rural Transport Forum and Highland Pensioners Together", "said",
      c="Together said in a joint", note="a joint statement of three organisations"),
    Q("This is not a timetable change. It is the end of the glen as a place to grow old,", "direct",
      "Scottish Bus Drivers’ Association, Rural Transport Forum and Highland Pensioners Together", "the statement",
      "said", c="statement said"),
    Q("the route had carried an average of three passengers a day", "indirect", "Glenmore Coaches",
      "Glenmore Coaches", "said", c="Coaches, said"),
    Q("We cannot run an empty bus on goodwill.", "direct", "Fraser Urquhart", "Fraser Urquhart", "said",
      c="Urquhart, said"),
    Q("it would organise volunteer drivers", "indirect", "Highland Pensioners Together",
      "Highland Pensioners Together", "said", c="Together said separately", note="one of the three, alone"),
)

case("group-economists-traders-governor", "joint-and-group-speakers", T(
    "Economists were divided on Thursday over the Bank of Ghana's decision to raise its main interest rate by three percentage points, to 30 per cent.",
    "Several economists said the rise had come too late to stop the cedi's fall. “The horse left the stable in March,” said one of them, Esi Bonsu-Amoah of the Accra Policy Institute.",
    "Traders at the Asafo-Nkwanta market said prices of imported rice had doubled since January. “Every week the price on the sack changes,” said Akua Frimpong, who sells rice there.",
    "The bank's governor, Dr. Yaw Ofori-Mensah, said the bank would “do whatever is necessary” to bring inflation down. Market analysts said a further rise in May was likely."),
    Q("the rise had come too late to stop the cedi's fall", "indirect", "economists", "Several economists", "said",
      c="economists said", note="'Economists were divided' is not a cue"),
    Q("The horse left the stable in March,", "direct", "Esi Bonsu-Amoah", "Esi Bonsu-Amoah", "said",
      c="said one of them", note="a named member of the group"),
    Q("prices of imported rice had doubled since January", "indirect", "traders", "Traders", "said",
      m="Traders at", c="market said"),
    Q("Every week the price on the sack changes,", "direct", "Akua Frimpong", "Akua Frimpong", "said",
      c="said Akua"),
    Q("do whatever is necessary", "mixed", "Yaw Ofori-Mensah", "Dr. Yaw Ofori-Mensah", "said", c="Mensah, said"),
    Q("a further rise in May was likely", "indirect", "analysts", "Market analysts", "said", c="analysts said"),
)

case("joint-brewery-siblings-regulars", "joint-and-group-speakers", T(
    "Jana Dvořáková and her brother, Petr Dvořák, who run the last family brewery in the Moravian town of Horní Lhotka, poured their final beer on Saturday before selling the business to a Prague brewing group.",
    "“Our great-grandfather would not have sold. But our great-grandfather did not have to pay for electricity,” the siblings said in a letter to their regulars, pinned above the bar.",
    "About two hundred people filled the taproom. “Na zdraví, Dvořáci!” the regulars chanted as the last keg was tapped.",
    "Dvořáková said the new owners had promised to keep the recipe. Her brother was less sure. “Promises are cheap. Hops are not,” he said."),
    Q("Our great-grandfather would not have sold. But our great-grandfather did not have to pay for electricity,",
      "direct", "Jana Dvořáková and Petr Dvořák", "the siblings", "said", c="siblings said",
      note="a pair with the Czech female and male forms of one surname; a letter stands for its authors"),
    Q("Na zdraví, Dvořáci!", "direct", "regulars", "the regulars", "chanted", c="chanted",
      note="a chant, said by the group"),
    Q("the new owners had promised to keep the recipe", "indirect", "Jana Dvořáková", "Dvořáková", "said",
      m="Dvořáková said", c="Dvořáková said"),
    Q("Promises are cheap. Hops are not,", "direct", "Petr Dvořák", "he", "said", m="not,” he said",
      c="not,” he said", note="'Her brother was less sure.' before it"),
)

# ---------------------------------------------------------------- 8. interviews and transcripts
case("transcript-inquest-crane", "interviews-and-transcripts", T(
    "The following is an excerpt from the transcript of the second day of the inquest into the death of Liam Brennan, a crane operator killed at the Harbour Point building site in Port Calder. The coroner is Dr. Hilary Osei-Lamptey. The witness, the site's safety manager, Nicola Ferreira, is questioned by counsel for the family, Aaron Mbeki-Stone.",
    "MR. MBEKI-STONE: Ms. Ferreira, when did you last inspect the crane?",
    "MS. FERREIRA: On the Monday. Three days before.",
    "MR. MBEKI-STONE: And you signed the inspection sheet?",
    "MS. FERREIRA: I did. Everything on that sheet was true on the Monday.",
    "THE CORONER: Mr. Mbeki-Stone, I think the witness has answered that.",
    "MR. MBEKI-STONE: Thank you, sir. Nothing further."),
    Q("Ms. Ferreira, when did you last inspect the crane?", "direct", "Aaron Mbeki-Stone", "MR. MBEKI-STONE", None,
      m="MR. MBEKI-STONE: Ms.", note="label with honorific; the turn names the witness"),
    Q("On the Monday. Three days before.", "direct", "Nicola Ferreira", "MS. FERREIRA", None,
      m="MS. FERREIRA: On the"),
    Q("And you signed the inspection sheet?", "direct", "Aaron Mbeki-Stone", "MR. MBEKI-STONE", None,
      m="MR. MBEKI-STONE: And"),
    Q("I did. Everything on that sheet was true on the Monday.", "direct", "Nicola Ferreira", "MS. FERREIRA", None,
      m="MS. FERREIRA: I did"),
    Q("Mr. Mbeki-Stone, I think the witness has answered that.", "direct", "Hilary Osei-Lamptey", "THE CORONER",
      None, m="THE CORONER", note="a role label; the coroner is named in the introduction"),
    Q("Thank you, sir. Nothing further.", "direct", "Aaron Mbeki-Stone", "MR. MBEKI-STONE", None,
      m="MR. MBEKI-STONE: Thank"),
)

case("interview-initials-eagle-hunter", "interviews-and-transcripts", T(
    "Aziz Karimov, 34, trains golden eagles for hunting in the mountains above the Kyrgyz village of Kök-Jaryk. Our correspondent, Julia Lindholm, met him at a hunting festival on the shore of Lake Issyk-Kul.",
    "JL: How long does it take to train an eagle?",
    "AK: Two winters for the eagle. Twenty years for the man.",
    "JL: Is she dangerous?",
    "AK: To foxes. To me, only when I forget her breakfast. My father used to say, “An eagle is a friend who never forgets she is a guest.”",
    "JL: Will you let her go one day?",
    "AK: In ten years. That is the custom. It will be the hardest day of my life."),
    Q("How long does it take to train an eagle?", "direct", "Julia Lindholm", "JL", None, m="JL: How long",
      note="initials as labels"),
    Q("Two winters for the eagle. Twenty years for the man.", "direct", "Aziz Karimov", "AK", None,
      m="AK: Two winters"),
    Q("Is she dangerous?", "direct", "Julia Lindholm", "JL", None, m="JL: Is she"),
    Q("To foxes. To me, only when I forget her breakfast. My father used to say, “An eagle is a friend who never forgets she is a guest.”",
      "direct", "Aziz Karimov", "AK", None, m="AK: To foxes"),
    Q("An eagle is a friend who never forgets she is a guest.", "direct", "my father", "My father", "used to say",
      m="My father used", c="used to say", opt=True, note="inner quote: his late father's saying"),
    Q("Will you let her go one day?", "direct", "Julia Lindholm", "JL", None, m="JL: Will you"),
    Q("In ten years. That is the custom. It will be the hardest day of my life.", "direct", "Aziz Karimov", "AK",
      None, m="AK: In ten"),
)

case("transcript-podcast-two-hosts-kelp", "interviews-and-transcripts", T(
    "This is an edited transcript of episode 112 of Low Tide, a podcast about the sea presented by Kemi Adebayo-Watts and Callum Sinclair. Their guest is Dr. Inés Vásquez Roldán, a marine ecologist in Valparaíso.",
    "KEMI: Inés, you have spent ten years counting kelp. Is it disappearing?",
    "DR. VÁSQUEZ ROLDÁN: In the north, yes. In the south it is moving, which is not the same thing.",
    "CALLUM: Moving where?",
    "DR. VÁSQUEZ ROLDÁN: South, towards colder water. A forest that walks. That is what my students call it.",
    "KEMI: And the fishermen?",
    "DR. VÁSQUEZ ROLDÁN: The fishermen noticed before we did. They always do."),
    Q("Inés, you have spent ten years counting kelp. Is it disappearing?", "direct", "Kemi Adebayo-Watts", "KEMI",
      None, m="KEMI: Inés", note="a host labelled by given name; the turn names the guest"),
    Q("In the north, yes. In the south it is moving, which is not the same thing.", "direct", "Inés Vásquez Roldán",
      "DR. VÁSQUEZ ROLDÁN", None, m="DR. VÁSQUEZ ROLDÁN: In the north", note="label with title and double surname"),
    Q("Moving where?", "direct", "Callum Sinclair", "CALLUM", None, m="CALLUM"),
    Q("South, towards colder water. A forest that walks. That is what my students call it.", "direct",
      "Inés Vásquez Roldán", "DR. VÁSQUEZ ROLDÁN", None, m="DR. VÁSQUEZ ROLDÁN: South"),
    Q("And the fishermen?", "direct", "Kemi Adebayo-Watts", "KEMI", None, m="KEMI: And"),
    Q("The fishermen noticed before we did. They always do.", "direct", "Inés Vásquez Roldán",
      "DR. VÁSQUEZ ROLDÁN", None, m="DR. VÁSQUEZ ROLDÁN: The fishermen"),
)

case("interview-byline-i-asked-beekeeper", "interviews-and-transcripts", T(
    "By Tomasz Wróbel",
    "Halina Szymańska has kept bees on the roof of a Warsaw tower block for eleven years. When I visited her on Tuesday, she was wearing a veil over a flowered dressing gown.",
    "“The bees do not care what I wear,” she said. “Only the neighbours do.”",
    "I asked her whether the neighbours had ever complained. “Once. Then I gave them a jar of honey, and now they complain when there is no honey,” she said.",
    "Her grandson, Kacper, 12, helps at weekends. He said he had been stung nine times. “Ten,” his grandmother corrected him."),
    Q("The bees do not care what I wear,", "direct", "Halina Szymańska", "she", "said", m="wear,” she said",
      c="wear,” she said", note="she = the beekeeper; the writer speaks as 'I'"),
    Q("Only the neighbours do.", "direct", "Halina Szymańska", "she", "said", m="wear,” she said",
      c="wear,” she said"),
    Q("whether the neighbours had ever complained", "indirect", "Tomasz Wróbel", "I", "asked", m="I asked her",
      c="asked her", note="the writer, named in the byline"),
    Q("Once. Then I gave them a jar of honey, and now they complain when there is no honey,", "direct",
      "Halina Szymańska", "she", "said", m="honey,” she said", c="honey,” she said"),
    Q("he had been stung nine times", "indirect", "Kacper", "He", "said", m="He said he had", c="He said he had",
      note="named by given name only"),
    Q("Ten,", "direct", "Halina Szymańska", "his grandmother", "corrected", c="corrected him"),
)

case("transcript-assembly-ferry-question", "interviews-and-transcripts", T(
    "From the official report of the Ballaterra Assembly, Tuesday 4 March. The Speaker, Donal Kermode, in the chair.",
    "Mr Tobias Quayle (Port Skellig East): Will the minister tell the House when the ferry to the mainland will run on Sundays again?",
    "The Minister for Infrastructure (Mrs Annika Sjöberg-Kelly): The Sunday service will return on 1 May. I gave that date in January, and I give it again today.",
    "Mr Quayle: The minister gave a date last year too.",
    "Hon. Members: Hear, hear.",
    "The Speaker: Order. The minister has answered the question."),
    Q("Will the minister tell the House when the ferry to the mainland will run on Sundays again?", "direct",
      "Tobias Quayle", "Mr Tobias Quayle", None, m="Mr Tobias Quayle",
      note="Hansard-style label with a constituency in brackets"),
    Q("The Sunday service will return on 1 May. I gave that date in January, and I give it again today.", "direct",
      "Annika Sjöberg-Kelly", "Mrs Annika Sjöberg-Kelly", None, m="Mrs Annika Sjöberg-Kelly",
      note="label: the office, then the name in brackets"),
    Q("The minister gave a date last year too.", "direct", "Tobias Quayle", "Mr Quayle", None, m="Mr Quayle:"),
    Q("Hear, hear.", "direct", "members", "Hon. Members", None, m="Hon. Members", note="a group label"),
    Q("Order. The minister has answered the question.", "direct", "Donal Kermode", "The Speaker", None,
      m="The Speaker: Order", note="a role label; the Speaker is named in the heading"),
)

# ---------------------------------------------------------------- 9. reported speech: cues and positions
case("cues-participles-market-cholera", "reported-speech-cues-positions", T(
    "The mayor of San Pedro Tlacolula, Elvira Santiago Cruz, closed the town’s market on Monday, saying that a case of cholera had been confirmed in a stallholder’s family.",
    "Health workers were disinfecting the stalls on Tuesday, according to the state health department, which added that no further cases had been found.",
    "Santiago Cruz defended the closure, describing it as “painful but necessary”, and promised that the market would reopen on Friday.",
    "Stallholders were unconvinced, arguing that the town’s water, not the market, was the problem. “Test the well. Then close my stall,” one of them, Bartolomé Ruiz Hernández, told reporters."),
    Q("a case of cholera had been confirmed in a stallholder’s family", "indirect", "Elvira Santiago Cruz",
      "Elvira Santiago Cruz", "saying", c="saying", note="participle cue at the end of the sentence"),
    Q("Health workers were disinfecting the stalls on Tuesday", "indirect", "state health department",
      "the state health department", "according to", c="according to",
      note="an organisation named only by its kind, as written"),
    Q("no further cases had been found", "indirect", "state health department", "which", "added",
      m="which added", c="added", note="relative pronoun as the subject"),
    Q("painful but necessary", "mixed", "Elvira Santiago Cruz", "Santiago Cruz", "describing",
      m="Santiago Cruz defended", c="describing"),
    Q("the market would reopen on Friday", "indirect", "Elvira Santiago Cruz", "Santiago Cruz", "promised",
      m="Santiago Cruz defended", c="promised"),
    Q("the town’s water, not the market, was the problem", "indirect", "stallholders", "Stallholders", "arguing",
      m="Stallholders were", c="arguing"),
    Q("Test the well. Then close my stall,", "direct", "Bartolomé Ruiz Hernández", "Bartolomé Ruiz Hernández",
      "told", c="told reporters"),
)

case("cues-middle-positions-whale-skeleton", "reported-speech-cues-positions", T(
    "The Museum of the Sea in Skagenes will have to close its whale hall, its director said on Thursday, because the 19th-century skeleton hanging there is shedding bones.",
    "“We found a vertebra on the floor on Monday morning,” said the director, Solveig Brekke-Amundsen. “It is the size of a dinner plate. If it had fallen on a child —” She did not finish the sentence.",
    "The skeleton, Brekke-Amundsen said, had been wired together in 1884 with iron that has since rusted through.",
    "Conservators from Oslo will, according to the museum, spend the winter rebuilding it. “Three tonnes of bone and a hundred and forty years of rust. It is a jigsaw with teeth,” one of them, Mikkel Haugland, said by telephone."),
    Q("The Museum of the Sea in Skagenes will have to close its whale hall", "indirect", "Solveig Brekke-Amundsen",
      "its director", "said", c="director said on",
      note="cue in the middle; the director is named only in the next paragraph"),
    Q("We found a vertebra on the floor on Monday morning,", "direct", "Solveig Brekke-Amundsen",
      "Solveig Brekke-Amundsen", "said", c="said the director"),
    Q("It is the size of a dinner plate. If it had fallen on a child —", "direct", "Solveig Brekke-Amundsen",
      "Solveig Brekke-Amundsen", "said", c="said the director", note="a broken-off quote; 'She did not finish' is not a cue"),
    Q("The skeleton, Brekke-Amundsen said, had been wired together in 1884 with iron that has since rusted through",
      "indirect", "Solveig Brekke-Amundsen", "Brekke-Amundsen", "said", m="Brekke-Amundsen said, had",
      c="Amundsen said, had", note="the speaker and verb interrupt the reported clause; the row is the whole clause"),
    Q("Conservators from Oslo will, according to the museum, spend the winter rebuilding it", "indirect",
      "Museum of the Sea", "the museum", "according to", c="according to the museum",
      note="'according to' in the middle of the clause"),
    Q("Three tonnes of bone and a hundred and forty years of rust. It is a jigsaw with teeth,", "direct",
      "Mikkel Haugland", "Mikkel Haugland", "said", c="said by telephone"),
)

case("cues-fumed-countered-confided-pleaded", "reported-speech-cues-positions", T(
    "The Welsh village of Cwm Tyrran has been without a bank for two years. On Friday the mobile banking van failed to turn up for the third week running.",
    "‘Three weeks! I have my pension in an envelope under the mattress like my grandmother did,’ fumed Eirlys Prosser, 83.",
    "‘The van has broken down. It is not a conspiracy,’ countered a spokesman for the bank, Cambria Savings.",
    "Prosser’s neighbour, Gethin Lloyd-Rowlands, confided that he had started keeping his savings in a biscuit tin. ‘Don’t print which tin,’ he pleaded.",
    "The village’s member of the Senedd, Carys Bevan-Thomas, vowed that she would raise the matter in the chamber next week."),
    Q("Three weeks! I have my pension in an envelope under the mattress like my grandmother did,", "direct",
      "Eirlys Prosser", "Eirlys Prosser", "fumed", c="fumed"),
    Q("The van has broken down. It is not a conspiracy,", "direct", "a spokesman", "a spokesman for the bank",
      "countered", c="countered", note="unnamed spokesman; the bank's name comes after him"),
    Q("he had started keeping his savings in a biscuit tin", "indirect", "Gethin Lloyd-Rowlands",
      "Gethin Lloyd-Rowlands", "confided", c="confided"),
    Q("Don’t print which tin,", "direct", "Gethin Lloyd-Rowlands", "he", "pleaded", m="tin,’ he pleaded",
      c="pleaded"),
    Q("she would raise the matter in the chamber next week", "indirect", "Carys Bevan-Thomas", "Carys Bevan-Thomas",
      "vowed", c="vowed"),
)

case("cues-asked-shouted-demanded-rail", "reported-speech-cues-positions", T(
    "At a public meeting in the Tyneside town of Tynecaster on Wednesday, residents questioned the chief executive of Northumbrian Rail, Graeme Tait, about the cancellation of 40 per cent of evening trains.",
    "\"How am I supposed to get home from a night shift when the last train is at nine?\" asked Kerry Mulholland, a care worker.",
    "Tait replied that new drivers were being trained and that the timetable would be restored by June. \"I know June is a long way off when you are standing on a cold platform,\" he said.",
    "\"Which June?\" someone shouted from the back. Tait did not answer.",
    "The town's MP, Paul Ogunleye, demanded that the government take the franchise away. \"Three strikes and you are out,\" he said."),
    Q("How am I supposed to get home from a night shift when the last train is at nine?", "direct",
      "Kerry Mulholland", "Kerry Mulholland", "asked", c="asked Kerry", note="inverted 'asked X'"),
    Q("new drivers were being trained and that the timetable would be restored by June", "indirect", "Graeme Tait",
      "Tait", "replied", m="Tait replied", c="replied", note="two coordinated 'that' clauses, one row"),
    Q("I know June is a long way off when you are standing on a cold platform,", "direct", "Graeme Tait", "he",
      "said", m="platform,\" he said", c="platform,\" he said"),
    Q("Which June?", "direct", "someone", "someone", "shouted", c="shouted", note="unnamed; 'did not answer' is not annotated"),
    Q("the government take the franchise away", "indirect", "Paul Ogunleye", "Paul Ogunleye", "demanded",
      c="demanded"),
    Q("Three strikes and you are out,", "direct", "Paul Ogunleye", "he", "said", m="out,\" he said",
      c="out,\" he said", note="two men; he = the MP, subject of the sentence before"),
)

case("cues-email-says-shipyard", "reported-speech-cues-positions", T(
    "An internal email sent to staff at the Halvorsen shipyard in Brattvika on Monday, and seen by Nordic Wire, says the yard will cut 180 jobs by March.",
    "“This is the hardest message I have had to write in my 22 years here,” the email, from the yard’s chief executive, Ragnhild Solheim, says.",
    "The union representative at the yard, Arild Nesse, said the workers had learned of the cuts from the email, not from management. “We found out from our phones, in the canteen, at lunch,” he said.",
    "Solheim wrote that the yard had lost two contracts to Chinese builders this year."),
    Q("the yard will cut 180 jobs by March", "indirect", "Ragnhild Solheim", "An internal email", "says",
      c="says the yard", note="the email stands for its author, named only in the next paragraph; the news agency that saw it is not the speaker"),
    Q("This is the hardest message I have had to write in my 22 years here,", "direct", "Ragnhild Solheim",
      "Ragnhild Solheim", "says", c="Solheim, says", note="'the email, from X, says'"),
    Q("the workers had learned of the cuts from the email, not from management", "indirect", "Arild Nesse",
      "Arild Nesse", "said", c="Nesse, said"),
    Q("We found out from our phones, in the canteen, at lunch,", "direct", "Arild Nesse", "he", "said",
      m="lunch,” he said", c="lunch,” he said"),
    Q("the yard had lost two contracts to Chinese builders this year", "indirect", "Ragnhild Solheim", "Solheim",
      "wrote", m="Solheim wrote", c="wrote"),
)

# ---------------------------------------------------------------- 10. traps
case("trap-film-title-and-nickname-trotro", "traps", T(
    "The Ghanaian director Kwabena Asare-Bediako’s film “The Last Lorry to Tamale” won the audience award at a film festival in Ouagadougou on Saturday. It follows a trotro driver nicknamed “Papa Brakes” on his final journey before retirement.",
    "“My father drove that road for thirty years. Papa Brakes is half him and half every driver who ever gave me a lift,” Asare-Bediako said.",
    "The film’s star, Nii Armah Tetteh, 71, a retired driver who had never acted before, said he had agreed only because the director promised him a new pair of shoes. “He still owes me the shoes,” Tetteh said."),
    Q("My father drove that road for thirty years. Papa Brakes is half him and half every driver who ever gave me a lift,",
      "direct", "Kwabena Asare-Bediako", "Asare-Bediako", "said", m="” Asare-Bediako said", c="Bediako said",
      note="the film title and the nickname in marks before it are not quotes"),
    Q("he had agreed only because the director promised him a new pair of shoes", "indirect", "Nii Armah Tetteh",
      "Nii Armah Tetteh", "said", c="before, said"),
    Q("He still owes me the shoes,", "direct", "Nii Armah Tetteh", "Tetteh", "said", m="” Tetteh said",
      c="Tetteh said", note="'He' = the director"),
)

case("trap-absent-minister-empty-chair", "traps", T(
    "The agriculture minister, Dolores Achá Zambrana, did not attend Monday’s meeting with potato farmers in the Bolivian highland town of Tiraque Alto, where she had been expected to announce a price support scheme.",
    "Her empty chair sat at the end of the table for three hours. “We brought potatoes for the minister. We will take them home again,” said Rufino Mamani Quispe, who leads the farmers’ federation in the district.",
    "A ministry spokesman said Achá had been called to an emergency cabinet meeting in La Paz. Farmers said they would block the highway to Cochabamba on Thursday if the minister did not come."),
    Q("We brought potatoes for the minister. We will take them home again,", "direct", "Rufino Mamani Quispe",
      "Rufino Mamani Quispe", "said", c="said Rufino",
      note="the paragraph opens with the absent minister ('Her empty chair'); she says nothing"),
    Q("Achá had been called to an emergency cabinet meeting in La Paz", "indirect", "a ministry spokesman",
      "A ministry spokesman", "said", c="spokesman said"),
    Q("they would block the highway to Cochabamba on Thursday if the minister did not come", "indirect", "farmers",
      "Farmers", "said", m="Farmers said", c="Farmers said"),
)

case("trap-quoted-claim-by-other-politician", "traps", T(
    "Asked about the claim by the opposition leader, Halvard Rustad, that the new tunnel under the Sognefjord was “a hole for money”, the transport minister, Ingrid Myklebust, laughed.",
    "“Mr Rustad voted for the tunnel in 2019. Perhaps he has forgotten,” she said.",
    "Rustad, reached by telephone, said he had voted for a tunnel that would have cost half as much. “I voted for a tunnel, not for a cathedral,” he said."),
    Q("a hole for money", "mixed", "Halvard Rustad", "Halvard Rustad", "claim", c="claim by",
      note="the quoted words are the opposition leader's, set inside a question put to the minister"),
    Q("Mr Rustad voted for the tunnel in 2019. Perhaps he has forgotten,", "direct", "Ingrid Myklebust", "she",
      "said", m="forgotten,” she said", c="forgotten,” she said",
      note="the quote opens with the other politician's name"),
    Q("he had voted for a tunnel that would have cost half as much", "indirect", "Halvard Rustad", "Rustad", "said",
      m="Rustad, reached", c="telephone, said"),
    Q("I voted for a tunnel, not for a cathedral,", "direct", "Halvard Rustad", "he", "said",
      m="” he said", c="” he said"),
)

case("trap-lottery-names-in-quote", "traps", T(
    "Bashir Osman Farah, 52, a taxi driver in Minneapolis, won $1.2 million in the state lottery on Thursday with numbers taken from his family’s birthdays.",
    "\"Amina, Yusuf, Hodan, Idil, Khadar. Five children, five numbers. The sixth was my wife's, so she says half is hers,\" Farah said.",
    "His wife, Sahra Abdi Warsame, said the money would pay for the children's university. \"He says half is mine. I say all of it is the children's,\" she said.",
    "Asked what he would do first, Farah said he would finish his shift."),
    Q("Amina, Yusuf, Hodan, Idil, Khadar. Five children, five numbers. The sixth was my wife's, so she says half is hers,",
      "direct", "Bashir Osman Farah", "Farah", "said", m="\" Farah said", c="\" Farah said",
      note="the quote opens with five names, none the speaker's"),
    Q("half is hers", "indirect", "Sahra Abdi Warsame", "she", "says", m="she says half", c="says half is hers",
      opt=True, note="his wife's words reported inside his quote"),
    Q("the money would pay for the children's university", "indirect", "Sahra Abdi Warsame", "Sahra Abdi Warsame",
      "said", c="Warsame, said"),
    Q("He says half is mine. I say all of it is the children's,", "direct", "Sahra Abdi Warsame", "she", "said",
      m="children's,\" she said", c="children's,\" she said"),
    Q("half is mine", "indirect", "Bashir Osman Farah", "He", "says", m="He says half", c="says half is mine",
      opt=True, note="her husband's words reported inside her quote"),
    Q("he would finish his shift", "indirect", "Bashir Osman Farah", "Farah", "said", m="Farah said he would",
      c="Farah said he would", note="the passive question before it is not annotated"),
)

case("trap-headline-byline-caption-reindeer", "traps", T(
    "‘We are not museum pieces’: Sámi herders take on a wind farm",
    "By Marit Eira, Tromsø",
    "The reindeer herder Nils Ánte Sara stands on a ridge above the Fálesnuorri plateau, where the power company Nordkraft Vind wants to build 40 turbines.",
    "‘They say the reindeer will get used to the turbines. The reindeer have not been told,’ Sara said.",
    "Nordkraft Vind said in a statement that its studies showed ‘no lasting effect’ on grazing. Its project manager, Eirik Holm, said the company had changed the layout twice to keep the turbines away from calving grounds.",
    "Photo: Nils Ánte Sara’s daughter, Risten, 9, feeds a calf on the plateau."),
    Q("We are not museum pieces", "direct", "herders", "Sámi herders", None, opt=True,
      note="headline pull quote; said by nobody in the story"),
    Q("They say the reindeer will get used to the turbines. The reindeer have not been told,", "direct",
      "Nils Ánte Sara", "Sara", "said", m="’ Sara said", c="Sara said",
      note="the byline's writer is not the speaker; 'They' = the company"),
    Q("the reindeer will get used to the turbines", "indirect", "Nordkraft Vind", "They", "say", m="‘They say",
      c="say the reindeer", opt=True, note="the company's claim reported inside the herder's quote"),
    Q("no lasting effect", "mixed", "Nordkraft Vind", "Nordkraft Vind", "said", c="Vind said"),
    Q("the company had changed the layout twice to keep the turbines away from calving grounds", "indirect",
      "Eirik Holm", "Eirik Holm", "said", c="Holm, said"),
)


if __name__ == "__main__":
    CASES.main()
