#!/usr/bin/env python3
"""Hand-written hard cases for quote attribution, third batch (speaker choice and naming).

Each case is (case_id, category, text, quotes). Every text is invented for this set; the
situations are new (none is a variant of a hard_cases.py or hard_cases2.py case). Running the
script writes tests/suite/hard_cases3.jsonl (one JSON object per document, in the format of
../shared/eval/annotate.py plus "category" and "style" keys, the same value: suite_report.py
groups by "style"; ids are "hard3/<case>") and, without -q, prints every quote, mention and
cue span for checking. It needs ../shared/eval (or WHOSAID_EVAL=DIR) for annotate.py.
Written blind, as a held-out test: the helper had not read the extractor's rules or its
sieve cases and did not build or run it.

Categories (4 documents each): pronoun, role, apposition, titles-and-honorifics, names,
organisation, unnamed-and-groups, continuation, told-outlet-and-social, next-paragraph,
inner-quote, cue-verbs.

Conventions (those of hard_cases.py and hard_cases2.py)
- direct: content inside the marks, marks excluded; an interrupted quote is two rows; a quote
  that runs on into the next paragraph (opening mark repeated, no closing mark on the first
  paragraph) is one row per paragraph, the continuation rows having no cue and pointing their
  mention at the speaker's mention in the first paragraph; a lone quote after a sentence
  about its speaker has no cue, its mention is the speaker's mention in that sentence.
- mixed: only the quoted words; indirect: the reported clause, without "that"
  (an indirect question keeps "whether" or its wh-word).
- speaker: fullest name in the document without titles or honorifics (Pol. Col., Khun, Engr.,
  Barr., Igwe, Mahant, Pandit, Prof. dr. ir., Dijkgraaf, Jhr., Dr are all dropped); names
  written family name first keep that order ("Takahashi Emiko"); unnamed sources as the head
  noun phrase as written (determiner + premodifiers + noun, post-modifiers dropped:
  "two diplomats familiar with the talks" -> "two diplomats"; "one of the players" is kept
  whole, "one" alone names nobody); groups as the plural noun ("residents", "players",
  "team-mates", "doctors", "organisers"; "the family of X" -> "family"); organisations by
  their full name as written; a statement stands for its author; an anonymous social-media
  account is named by its handle.
- mention: the span naming the speaker at this quote (a capitalised title right before a name
  is included: "Pol. Col. Anucha", "Barr. Ibekwe", "Prof. De Boer"); for a speaker named only
  in a later paragraph, the name there.
- outlets, hosts and podcasts are never the speaker of what they carry.
- a quote inside a quote is the outer speaker's; the inner quote is an optional row (it
  counts neither way); notices, slogans and titles that nobody said are optional rows with no
  speaker.
- nothing is annotated for "declined to name", "did not mention", "did not answer it".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hardcases import Cases, Q, T  # noqa: E402

CASES = Cases("hard3", "hard_cases3.jsonl")
case = CASES.case


# ---------------------------------------------------------------- 1. pronouns
case("pronoun-beekeeper-spraying", "pronoun", T(
    "Rosângela Batista keeps two hundred hives on the edge of Chapecó, in Brazil’s Santa Catarina state. In January she filed a complaint against the soybean farm next door, which belongs to Valdir Kunz. Kunz sprays his fields from a light aircraft and has farmed there since 1989.",
    "“I lost half my bees in one week. They fell out of the air like rain,” she said on Thursday, holding up a frame of empty comb.",
    "He said the spraying had been done at night, when bees do not fly, and that his pilot had followed the label to the letter."),
    Q("I lost half my bees in one week. They fell out of the air like rain,", "direct", "Rosângela Batista", "she",
      "said", m="” she said", c="she said on",
      note="she = the beekeeper; the last person named (twice) is the man next door"),
    Q("the spraying had been done at night, when bees do not fly, and that his pilot had followed the label to the letter",
      "indirect", "Valdir Kunz", "He", "said", m="He said", c="He said",
      note="He = the farmer, after the woman's quote"),
)

case("pronoun-chess-olympiad", "pronoun", T(
    "The Indian grandmaster Arjun Venkataraman beat Henrik Solberg of Norway in 34 moves at the chess olympiad in Batumi on Tuesday. Venkataraman, 19, had lost to Solberg in both of their previous games.",
    'After the final move he shook Solberg\'s hand and walked straight to the analysis room, where reporters were waiting. "I finally understood his opening," he said. "Last year it felt like a wall."',
    "Solberg, a former world junior champion, told Norwegian television he had been too tired to see the knight sacrifice."),
    Q("I finally understood his opening,", "direct", "Arjun Venkataraman", "he", "said", m='," he said',
      c="he said.", note="two men; he = the winner, subject of the sentences before; 'his opening' is Solberg's"),
    Q("Last year it felt like a wall.", "direct", "Arjun Venkataraman", "he", "said", m='," he said', c="he said."),
    Q("he had been too tired to see the knight sacrifice", "indirect", "Henrik Solberg", "Solberg", "told",
      m="Solberg, a former", c="told Norwegian", note="clause without 'that' after the outlet"),
)

case("pronoun-ice-rescue-two-women", "pronoun", T(
    "Sanna Virtanen, who has run the Oulu winter swimming club for thirty years, pulled a French tourist, Chloé Marchand, out of a hole in the ice on the Oulujoki river on Sunday afternoon.",
    "Virtanen, 63, walked home and had a sauna. Marchand, 27, was taken to hospital with hypothermia and was still being treated on Monday.",
    "‘My body has known that water for forty winters,’ she said on Monday. ‘Hers had known it for about a minute.’",
    "Marchand’s mother, Sylvie Marchand, told the radio station France Bleu that her daughter was “awake, warm and very embarrassed”."),
    Q("My body has known that water for forty winters,", "direct", "Sanna Virtanen", "she", "said", m="’ she said",
      c="she said on", note="two women; she = the rescuer (63, thirty years at the club), not the tourist in hospital, who was named last"),
    Q("Hers had known it for about a minute.", "direct", "Sanna Virtanen", "she", "said", m="’ she said",
      c="she said on", note="'Hers' in the quote is the tourist"),
    Q("awake, warm and very embarrassed", "mixed", "Sylvie Marchand", "Sylvie Marchand", "told", c="told the radio",
      note="the mother, who shares the tourist's surname; France Bleu is the outlet"),
)

case("pronoun-izmir-beach-permit", "pronoun", T(
    "Mehmet Yıldız, an opposition councillor in İzmir, asked the city’s planning director, Elif Demir, on Wednesday why a hotel had been allowed to pour a concrete terrace onto the public beach at Urla.",
    "“Every permit for that terrace was signed by the ministry in Ankara, not by my office,” she replied. “We followed the law to the letter.”",
    "He said he would ask the Court of Accounts to examine the file. Demir’s deputy, Burak Aksoy, said the terrace would be inspected next week."),
    Q("why a hotel had been allowed to pour a concrete terrace onto the public beach at Urla", "indirect",
      "Mehmet Yıldız", "Mehmet Yıldız", "asked", c="asked the city",
      note="indirect question; the addressee stands between the cue and the clause"),
    Q("Every permit for that terrace was signed by the ministry in Ankara, not by my office,", "direct", "Elif Demir",
      "she", "replied", m="” she replied", c="replied", note="she = the woman who was asked (the object), not the subject"),
    Q("We followed the law to the letter.", "direct", "Elif Demir", "she", "replied", m="” she replied", c="replied"),
    Q("he would ask the Court of Accounts to examine the file", "indirect", "Mehmet Yıldız", "He", "said",
      m="He said", c="He said", note="He = the councillor, the only man named so far"),
    Q("the terrace would be inspected next week", "indirect", "Burak Aksoy", "Burak Aksoy", "said", c="Aksoy, said"),
)

# ---------------------------------------------------------------- 2. role descriptions
case("role-marathon-44-year-old", "role", T(
    "Wilson Kiprotich Chebet of Kenya finished third in the Berlin marathon on Sunday at the age of 44, two minutes behind the winner, Dawit Gebremedhin of Ethiopia, who is 23 and was running his first marathon.",
    "\"My knees are older than the man who won,\" the 44-year-old said at the finish, wrapped in a foil blanket. \"But my head still knows how to run a marathon.\"",
    "The Ethiopian said he had run the last ten kilometres alone and had not known Chebet was behind him. \"I thought he had stopped,\" the debutant said."),
    Q("My knees are older than the man who won,", "direct", "Wilson Kiprotich Chebet", "the 44-year-old", "said",
      c="year-old said", note="age description; the last name before it is the winner's"),
    Q("But my head still knows how to run a marathon.", "direct", "Wilson Kiprotich Chebet", "the 44-year-old",
      "said", c="year-old said"),
    Q("he had run the last ten kilometres alone and had not known Chebet was behind him", "indirect",
      "Dawit Gebremedhin", "The Ethiopian", "said", c="Ethiopian said",
      note="nationality as the description; the clause names the other runner"),
    Q("I thought he had stopped,", "direct", "Dawit Gebremedhin", "the debutant", "said", c="debutant said",
      note="'the debutant' = the winner, running his first marathon; 'he' is Chebet"),
)

case("role-prosecutor-defence-counsel", "role", T(
    "The state prosecutor, Nomvula Khumalo, told the Pietermaritzburg High Court on Monday that the former municipal manager of Ezimbuzini, Sipho Ndlovu, had approved 214 contracts for companies owned by his relatives.",
    "Ndlovu’s counsel, Pieter van Wyk, said his client had signed what his staff put in front of him and had never been told who owned the companies.",
    "‘Two hundred and fourteen times, my lady, he was never told,’ the prosecutor said. ‘That is not an oversight. That is a method.’",
    "‘My client ran a municipality of 300,000 people, not a family tree,’ the defence lawyer replied. Judge Lerato Mokoena adjourned the case until 4 March."),
    Q("the former municipal manager of Ezimbuzini, Sipho Ndlovu, had approved 214 contracts for companies owned by his relatives",
      "indirect", "Nomvula Khumalo", "Nomvula Khumalo", "told", c="told the Pietermaritzburg",
      note="the clause opens with the accused's name"),
    Q("his client had signed what his staff put in front of him and had never been told who owned the companies",
      "indirect", "Pieter van Wyk", "Pieter van Wyk", "said", c="Wyk, said"),
    Q("Two hundred and fourteen times, my lady, he was never told,", "direct", "Nomvula Khumalo", "the prosecutor",
      "said", c="prosecutor said", note="role noun; the last person named is the defence counsel"),
    Q("That is not an oversight. That is a method.", "direct", "Nomvula Khumalo", "the prosecutor", "said",
      c="prosecutor said"),
    Q("My client ran a municipality of 300,000 people, not a family tree,", "direct", "Pieter van Wyk",
      "the defence lawyer", "replied", c="replied", note="'counsel' earlier, 'the defence lawyer' here; the judge is named after"),
)

case("role-curator-director-chairman", "role", T(
    "The Nordvik Museum of World Cultures in Bergen will return a carved canoe prow to a Māori tribal trust in New Zealand, more than a century after a Norwegian sea captain brought it home. The museum’s director, Øystein Berg, approved the return in May; its curator of ethnography, Kari Lunde, spent two years tracing where the prow had come from.",
    "‘It has spent a hundred and twelve years in a basement,’ the curator said at a ceremony on Friday. ‘It was never ours to keep.’",
    "The trust’s chairman, Rawiri Tawhai, who flew to Norway for the handover, said the prow would be placed in a new meeting house next year. ‘Our grandparents asked for it back in 1938,’ the chairman said. The director said the museum had three more objects under review."),
    Q("It has spent a hundred and twelve years in a basement,", "direct", "Kari Lunde", "the curator", "said",
      c="curator said", note="two museum staff named; 'the curator' is the second"),
    Q("It was never ours to keep.", "direct", "Kari Lunde", "the curator", "said", c="curator said"),
    Q("the prow would be placed in a new meeting house next year", "indirect", "Rawiri Tawhai", "Rawiri Tawhai",
      "said", c="handover, said"),
    Q("Our grandparents asked for it back in 1938,", "direct", "Rawiri Tawhai", "the chairman", "said",
      c="chairman said", note="the trust's chairman, not anyone at the museum"),
    Q("the museum had three more objects under review", "indirect", "Øystein Berg", "The director", "said",
      c="director said", note="'The director' refers back to the first paragraph"),
)

case("role-former-mayor-71", "role", T(
    "Brigitte Lemaire, the mayor of Saint-Aubin-sur-Loire, announced on Monday that the town would sell its 19th-century covered market to a supermarket chain. Her predecessor, Jacques Aubert, who ran the town for twenty-two years and is now 71, has collected 900 signatures against the sale.",
    "“I left this town without a cent of debt, and now they are selling the furniture,” the former mayor said at a meeting in the parish hall on Tuesday.",
    "The mayor said the market cost the town 80,000 euros a year to maintain. “Nostalgia does not pay for roofs,” she said. Asked about the petition, she said the 71-year-old was “welcome to buy the market himself”."),
    Q("the town would sell its 19th-century covered market to a supermarket chain", "indirect", "Brigitte Lemaire",
      "Brigitte Lemaire", "announced", c="announced"),
    Q("I left this town without a cent of debt, and now they are selling the furniture,", "direct", "Jacques Aubert",
      "the former mayor", "said", c="mayor said at", note="'the former mayor' = the predecessor, not the mayor"),
    Q("the market cost the town 80,000 euros a year to maintain", "indirect", "Brigitte Lemaire", "The mayor", "said",
      c="mayor said the", note="'The mayor' = the current one"),
    Q("Nostalgia does not pay for roofs,", "direct", "Brigitte Lemaire", "she", "said", m="” she said",
      c="she said. Asked"),
    Q("welcome to buy the market himself", "mixed", "Brigitte Lemaire", "she", "said", m="petition, she",
      c="she said the 71", note="'the 71-year-old' is inside the clause and is not the speaker"),
)

# ---------------------------------------------------------------- 3. appositions
case("appos-climber-brother-in-law", "apposition", T(
    "Hamid Karimi, the brother-in-law of the missing climber Reza Tavakoli, said on Wednesday that the family had hired a private helicopter to search the north face of Damavand.",
    "“Reza has climbed this mountain eleven times. He knows every rock on it,” Karimi, a doctor in Tehran, told reporters at the base camp in Polour.",
    "The head of the provincial mountain rescue team, Farzaneh Moradi, said snow had stopped the search on Tuesday and that it would resume at first light."),
    Q("the family had hired a private helicopter to search the north face of Damavand", "indirect", "Hamid Karimi",
      "Hamid Karimi", "said", c="Tavakoli, said", note="the apposition ends with the missing man's name, right before the cue"),
    Q("Reza has climbed this mountain eleven times. He knows every rock on it,", "direct", "Hamid Karimi", "Karimi",
      "told", m="” Karimi, a doctor", c="told reporters", note="'X, a doctor in Tehran, told'; the quote names Reza"),
    Q("snow had stopped the search on Tuesday and that it would resume at first light", "indirect", "Farzaneh Moradi",
      "Farzaneh Moradi", "said", c="Moradi, said", note="'The Y, X, said'"),
)

case("appos-bank-ceo-former-adviser", "apposition", T(
    "The chief executive of Banco Índico, Mariana Coelho, said on Thursday that the Maputo bank would stop lending to new coal projects from next year.",
    "“We will not be the last bank in Africa to finance coal,” said Coelho, a former central bank economist who advised the finance minister, Tomás Vilanculos, for six years. “But we do not want to be the second to last.”",
    "Vilanculos, now in opposition, said the decision would cost jobs in Tete province."),
    Q("the Maputo bank would stop lending to new coal projects from next year", "indirect", "Mariana Coelho",
      "Mariana Coelho", "said", c="Coelho, said", note="'The chief executive of Banco Índico, X, said'"),
    Q("We will not be the last bank in Africa to finance coal,", "direct", "Mariana Coelho", "Coelho", "said",
      m="said Coelho", c="said Coelho", note="inverted cue; a long apposition follows with another person's name"),
    Q("But we do not want to be the second to last.", "direct", "Mariana Coelho", "Coelho", "said", m="said Coelho",
      c="said Coelho", note="the nearest name before it is the former minister in the apposition"),
    Q("the decision would cost jobs in Tete province", "indirect", "Tomás Vilanculos", "Vilanculos", "said",
      m="Vilanculos, now", c="opposition, said"),
)

case("appos-ranger-tracker-inverted", "apposition", T(
    "‘They came in at night, cut the fence and took the horn in less than twenty minutes,’ said the reserve’s head ranger, Thandiwe Mahlangu, standing beside the carcass on Saturday.",
    "‘We heard the shot from the camp,’ said Kabelo Sithole, a tracker who has worked alongside Mahlangu for nine years. ‘By the time we got there, they were gone.’",
    "The reserve’s owner, the Lowveld Conservation Trust, said it would offer a reward of 500,000 rand for information."),
    Q("They came in at night, cut the fence and took the horn in less than twenty minutes,", "direct",
      "Thandiwe Mahlangu", "Thandiwe Mahlangu", "said", c="said the reserve",
      note="inverted: 'said the Y, X'"),
    Q("We heard the shot from the camp,", "direct", "Kabelo Sithole", "Kabelo Sithole", "said", c="said Kabelo",
      note="inverted; the apposition after the name ends with the ranger's name"),
    Q("By the time we got there, they were gone.", "direct", "Kabelo Sithole", "Kabelo Sithole", "said",
      c="said Kabelo", note="the nearest name before it is Mahlangu"),
    Q("it would offer a reward of 500,000 rand for information", "indirect", "Lowveld Conservation Trust",
      "the Lowveld Conservation Trust", "said", c="Trust, said", note="'The Y, the Org, said'"),
)

case("appos-epidemiologist-long", "apposition", T(
    "Dr Aiyana Redcloud, an epidemiologist in Saskatoon who led last year’s study of tuberculosis on northern reserves with the Quebec researcher Marc-André Tremblay, said on Monday that case numbers in the region had doubled since 2021.",
    "“These are the numbers of a country that stopped looking,” said Redcloud, who is Cree. “We found the cases because we went door to door.”",
    "Tremblay, reached by telephone in Montreal, said the federal screening programme had been cut by a third in 2020."),
    Q("case numbers in the region had doubled since 2021", "indirect", "Aiyana Redcloud", "Dr Aiyana Redcloud", "said",
      c="Tremblay, said", note="a 24-word apposition with a relative clause ending in another person's name"),
    Q("These are the numbers of a country that stopped looking,", "direct", "Aiyana Redcloud", "Redcloud", "said",
      m="said Redcloud", c="said Redcloud"),
    Q("We found the cases because we went door to door.", "direct", "Aiyana Redcloud", "Redcloud", "said",
      m="said Redcloud", c="said Redcloud"),
    Q("the federal screening programme had been cut by a third in 2020", "indirect", "Marc-André Tremblay",
      "Tremblay", "said", m="Tremblay, reached", c="Montreal, said", note="participle phrase between name and cue"),
)

# ---------------------------------------------------------------- 4. titles and honorifics
case("titles-thai-police-khun", "titles-and-honorifics", T(
    "Pol. Col. Anucha Saengthong, the police chief of Mae Rim district in Chiang Mai, said on Friday that twelve farmers had been fined for burning crop stubble during the haze season.",
    "“We warned every village three times,” Pol. Col. Anucha said. “The fourth time we bring the fine.”",
    "Khun Siriporn Wongsuwan, who heads the district’s farmers’ cooperative, said the farmers had no money to hire machines to clear their fields. “Burning is free,” Khun Siriporn said."),
    Q("twelve farmers had been fined for burning crop stubble during the haze season", "indirect", "Anucha Saengthong",
      "Pol. Col. Anucha Saengthong", "said", c="Mai, said"),
    Q("We warned every village three times,", "direct", "Anucha Saengthong", "Pol. Col. Anucha", "said",
      m="Pol. Col. Anucha said", c="Anucha said", note="Thai usage: rank + given name; the surname is not repeated"),
    Q("The fourth time we bring the fine.", "direct", "Anucha Saengthong", "Pol. Col. Anucha", "said",
      m="Pol. Col. Anucha said", c="Anucha said"),
    Q("the farmers had no money to hire machines to clear their fields", "indirect", "Siriporn Wongsuwan",
      "Khun Siriporn Wongsuwan", "said", c="cooperative, said", note="'Khun' is a Thai honorific"),
    Q("Burning is free,", "direct", "Siriporn Wongsuwan", "Khun Siriporn", "said", m="Khun Siriporn said",
      c="Siriporn said", note="honorific + given name"),
)

case("titles-nigeria-engr-barr-igwe", "titles-and-honorifics", T(
    "Engr. Chukwudi Anyanwu, the Enugu State commissioner for works, said on Tuesday that the collapsed bridge at Ugwuaji would be rebuilt within six months.",
    "Barr. Ngozi Ibekwe, who represents the families of the three motorists who died, said they would sue the contractor. \"The bridge was cracked for a year and everybody drove past the cracks,\" Barr. Ibekwe told reporters.",
    "\"We inherited that bridge; we did not build it,\" Engr. Anyanwu said. The traditional ruler of the community, Igwe Okwudili Nnaji, said prayers would be held at the site on Sunday."),
    Q("the collapsed bridge at Ugwuaji would be rebuilt within six months", "indirect", "Chukwudi Anyanwu",
      "Engr. Chukwudi Anyanwu", "said", c="works, said", note="'Engr.' (engineer) is a Nigerian title"),
    Q("they would sue the contractor", "indirect", "Ngozi Ibekwe", "Barr. Ngozi Ibekwe", "said", c="died, said",
      note="'Barr.' (barrister) is a title; 'they' = the families"),
    Q("The bridge was cracked for a year and everybody drove past the cracks,", "direct", "Ngozi Ibekwe",
      "Barr. Ibekwe", "told", m="Barr. Ibekwe told", c="told reporters"),
    Q("We inherited that bridge; we did not build it,", "direct", "Chukwudi Anyanwu", "Engr. Anyanwu", "said",
      m="Engr. Anyanwu said", c="Anyanwu said"),
    Q("prayers would be held at the site on Sunday", "indirect", "Okwudili Nnaji", "Igwe Okwudili Nnaji", "said",
      c="Nnaji, said", note="'Igwe' is an Igbo ruler's title here (also a common surname)"),
)

case("titles-prayagraj-mahant-pandit", "titles-and-honorifics", T(
    "Mahant Devendra Prasad Shukla, the chief priest of the Harihar temple in Prayagraj, said on Sunday that the temple would stop accepting flower offerings wrapped in plastic from the first day of the Magh Mela.",
    "‘The Ganga does not need our plastic,’ Mahant Shukla said. ‘She needs our discipline.’",
    "Pandit Ramakant Dwivedi, who runs a flower stall outside the temple gate, said the stallholders had been given only two weeks’ notice. Dr. Sunita Awasthi, the city’s municipal commissioner, said paper bags would be handed out free at the ghats."),
    Q("the temple would stop accepting flower offerings wrapped in plastic from the first day of the Magh Mela",
      "indirect", "Devendra Prasad Shukla", "Mahant Devendra Prasad Shukla", "said", c="Prayagraj, said",
      note="'Mahant' (head priest) is a title"),
    Q("The Ganga does not need our plastic,", "direct", "Devendra Prasad Shukla", "Mahant Shukla", "said",
      m="Mahant Shukla said", c="Shukla said"),
    Q("She needs our discipline.", "direct", "Devendra Prasad Shukla", "Mahant Shukla", "said",
      m="Mahant Shukla said", c="Shukla said", note="'She' in the quote is the river"),
    Q("the stallholders had been given only two weeks’ notice", "indirect", "Ramakant Dwivedi",
      "Pandit Ramakant Dwivedi", "said", c="gate, said", note="'Pandit' is an honorific"),
    Q("paper bags would be handed out free at the ghats", "indirect", "Sunita Awasthi", "Dr. Sunita Awasthi", "said",
      c="commissioner, said"),
)

case("titles-dutch-professor-dijkgraaf", "titles-and-honorifics", T(
    "Prof. dr. ir. Maarten de Boer, a coastal engineer at Delft, told a hearing of the Zeeland provincial council on Wednesday that the dunes at Westkapelle would need twice as much sand as planned by 2040.",
    "Dijkgraaf Hennie Kortenhoeven, who chairs the regional water board, asked whether the national government would pay for it. ‘That is not an engineering question,’ Prof. De Boer replied, to laughter.",
    "Jhr. Casper van Oosterwijk, the provincial executive responsible for water, said the province would ask The Hague for an answer before the summer."),
    Q("the dunes at Westkapelle would need twice as much sand as planned by 2040", "indirect", "Maarten de Boer",
      "Prof. dr. ir. Maarten de Boer", "told", c="told a hearing", note="stacked Dutch academic titles"),
    Q("whether the national government would pay for it", "indirect", "Hennie Kortenhoeven",
      "Dijkgraaf Hennie Kortenhoeven", "asked", c="asked whether",
      note="'Dijkgraaf' (chair of a water board) is a title, not a name"),
    Q("That is not an engineering question,", "direct", "Maarten de Boer", "Prof. De Boer", "replied",
      m="Prof. De Boer", c="replied", note="the particle is capitalised without the given name"),
    Q("the province would ask The Hague for an answer before the summer", "indirect", "Casper van Oosterwijk",
      "Jhr. Casper van Oosterwijk", "said", c="water, said", note="'Jhr.' (jonkheer) is a title of nobility"),
)

# ---------------------------------------------------------------- 5. name shapes
case("names-flemish-particles-apostrophe", "names", T(
    "Jan-Willem van den Bosch, the mayor of the Flemish town of Kerkhoven-Heide, met on Thursday with Mireille D’Hondt-Vercauteren, whose family brewery has put tables on the town square since 1921. The council wants the tables gone by Easter.",
    "‘The square belongs to the town, not to one brewery,’ Van den Bosch said after the meeting.",
    "D’Hondt-Vercauteren said her family would not take the tables in. ‘My great-grandfather poured beer here before there was a town hall,’ she said. The alderman for public space, Karel Vande Velde, said a compromise was still possible."),
    Q("The square belongs to the town, not to one brewery,", "direct", "Jan-Willem van den Bosch", "Van den Bosch",
      "said", m="’ Van den Bosch", c="Bosch said", note="particle capitalised after the quote"),
    Q("her family would not take the tables in", "indirect", "Mireille D’Hondt-Vercauteren", "D’Hondt-Vercauteren",
      "said", m="D’Hondt-Vercauteren said", c="Vercauteren said",
      note="apostrophe inside the name is the same character as the closing single mark"),
    Q("My great-grandfather poured beer here before there was a town hall,", "direct", "Mireille D’Hondt-Vercauteren",
      "she", "said", m="’ she said", c="she said"),
    Q("a compromise was still possible", "indirect", "Karel Vande Velde", "Karel Vande Velde", "said",
      c="Velde, said", note="fused Flemish particle 'Vande'"),
)

case("names-family-first-food-fair", "names", T(
    "Takahashi Emiko, who runs a family sake brewery in Niigata, Zhou Jianguo, a tea grower from Anxi in Fujian, and Yoon Seo-yeon, a kimchi maker from Gwangju, shared a stand at a food fair in Cologne this week.",
    "“In Europe they think sake is a spirit. I spend all day explaining that it is brewed like beer,” Takahashi said.",
    "Zhou said European buyers wanted organic certificates that cost more than his whole harvest. Yoon, the youngest of the three, said she had run out of samples by noon on the first day. “Germans like it sourer than Koreans do,” Yoon said."),
    Q("In Europe they think sake is a spirit. I spend all day explaining that it is brewed like beer,", "direct",
      "Takahashi Emiko", "Takahashi", "said", m="” Takahashi said", c="Takahashi said",
      note="Japanese name written family name first; the family name is used alone"),
    Q("European buyers wanted organic certificates that cost more than his whole harvest", "indirect",
      "Zhou Jianguo", "Zhou", "said", m="Zhou said", c="Zhou said", note="Chinese family name alone"),
    Q("she had run out of samples by noon on the first day", "indirect", "Yoon Seo-yeon", "Yoon", "said",
      m="Yoon, the youngest", c="three, said", note="Korean family name alone, with an apposition"),
    Q("Germans like it sourer than Koreans do,", "direct", "Yoon Seo-yeon", "Yoon", "said", m="” Yoon said",
      c="Yoon said"),
)

case("names-weather-word-surnames", "names", T(
    "Dawn Gale, the duty forecaster at the Met Office in Exeter, and her colleague Will Frost spent Sunday night tracking Storm Imelda as it crossed the Irish Sea.",
    '"The worst of it will come after midnight, and it will come from the south-west," Gale said at a briefing on Sunday evening.',
    'Frost warned that coastal roads in Devon and Cornwall could flood at high tide. "Stay off the seafront. The waves will be bigger than they look," he said.',
    "Joy Summers, who runs a café on the harbour at Mevagissey, said she had boarded up her windows by six."),
    Q("The worst of it will come after midnight, and it will come from the south-west,", "direct", "Dawn Gale",
      "Gale", "said", m='" Gale said', c="Gale said", note="surname is a weather word, in a weather story"),
    Q("coastal roads in Devon and Cornwall could flood at high tide", "indirect", "Will Frost", "Frost", "warned",
      m="Frost warned", c="warned", note="sentence-initial surname that is a common word; 'Will' is also a word"),
    Q("Stay off the seafront. The waves will be bigger than they look,", "direct", "Will Frost", "he", "said",
      m='," he said', c="he said"),
    Q("she had boarded up her windows by six", "indirect", "Joy Summers", "Joy Summers", "said", c="Mevagissey, said"),
)

case("names-icelandic-ethiopian-given", "names", T(
    "Guðrún Sigurðardóttir has run the geothermal training programme at Reykjanes for eleven years. This year her students included Tsehay Alemu, an engineer from the Aluto Langano geothermal field in Ethiopia.",
    "‘Tsehay asked better questions in her first week than most of our own graduates,’ Guðrún said at the graduation ceremony on Friday.",
    "Tsehay said she would return to Ethiopia to help drill three new wells next year. ‘In Iceland the steam is an old friend,’ she said. ‘At home we are still being introduced.’"),
    Q("Tsehay asked better questions in her first week than most of our own graduates,", "direct",
      "Guðrún Sigurðardóttir", "Guðrún", "said", m="’ Guðrún said", c="Guðrún said",
      note="Icelandic: the given name is used alone (the patronymic is not a surname); the quote opens with the other woman's name"),
    Q("she would return to Ethiopia to help drill three new wells next year", "indirect", "Tsehay Alemu", "Tsehay",
      "said", m="Tsehay said", c="Tsehay said", note="Ethiopian: given name used alone, the second name is the father's"),
    Q("In Iceland the steam is an old friend,", "direct", "Tsehay Alemu", "she", "said", m="’ she said", c="she said"),
    Q("At home we are still being introduced.", "direct", "Tsehay Alemu", "she", "said", m="’ she said", c="she said"),
)

# ---------------------------------------------------------------- 6. organisations
case("org-company-named-after-founder", "organisation", T(
    "Ferreira Irmãos, the cork company founded in 1932 by Joaquim Ferreira’s grandfather, said in a statement on Monday that it would close its factory in Santa Maria da Feira and move production to Morocco.",
    "Joaquim Ferreira, who stepped down as chairman last year but still owns a third of the shares, said he had voted against the move. “My grandfather would have closed the company before he closed that factory,” Ferreira said.",
    "The company said 160 workers would be offered jobs at its warehouse near Porto. The statement did not mention Joaquim Ferreira."),
    Q("it would close its factory in Santa Maria da Feira and move production to Morocco", "indirect",
      "Ferreira Irmãos", "Ferreira Irmãos", "said", c="grandfather, said",
      note="the company bears the family name; the apposition ends with a person"),
    Q("he had voted against the move", "indirect", "Joaquim Ferreira", "Joaquim Ferreira", "said",
      m="Joaquim Ferreira, who", c="shares, said"),
    Q("My grandfather would have closed the company before he closed that factory,", "direct", "Joaquim Ferreira",
      "Ferreira", "said", m="” Ferreira said", c="Ferreira said", note="bare 'Ferreira' = the man, not Ferreira Irmãos"),
    Q("160 workers would be offered jobs at its warehouse near Porto", "indirect", "Ferreira Irmãos", "The company",
      "said", c="company said", note="'The statement did not mention' after it is not annotated"),
)

case("org-ministry-statement-cholera", "organisation", T(
    "The Ministry of Health said in a statement on Saturday that it had confirmed four cases of cholera in Lodwar, in Kenya’s Turkana county, all of them in one family.",
    "“There is no cause for panic,” the statement said. The county’s chief health officer, Dr Ekai Lokwawi, said a treatment tent had been set up beside the hospital.",
    "The ministry added that a team of epidemiologists would arrive in Lodwar on Sunday."),
    Q("it had confirmed four cases of cholera in Lodwar, in Kenya’s Turkana county, all of them in one family",
      "indirect", "Ministry of Health", "The Ministry of Health", "said", c="Health said"),
    Q("There is no cause for panic,", "direct", "Ministry of Health", "the statement", "said", c="statement said",
      note="the statement stands for the ministry"),
    Q("a treatment tent had been set up beside the hospital", "indirect", "Ekai Lokwawi", "Dr Ekai Lokwawi", "said",
      c="Lokwawi, said"),
    Q("a team of epidemiologists would arrive in Lodwar on Sunday", "indirect", "Ministry of Health", "The ministry",
      "added", c="added", note="'The ministry' after a person has spoken"),
)

case("org-alliance-it-said", "organisation", T(
    "The Sahel Water Alliance, a group of thirty charities that drill wells in Mali, Niger and Burkina Faso, said on Wednesday that it had suspended work in two regions after one of its drillers was kidnapped.",
    "It said the driller, a Nigerien man whose name it did not release, had been taken from a work site near Ménaka on Sunday. \"We will not put another team on the road until we know he is safe,\" the alliance said.",
    "Its director, Mariam Coulibaly, told reporters in Bamako that the group had had no contact with the kidnappers."),
    Q("it had suspended work in two regions after one of its drillers was kidnapped", "indirect",
      "Sahel Water Alliance", "The Sahel Water Alliance", "said", c="Faso, said"),
    Q("the driller, a Nigerien man whose name it did not release, had been taken from a work site near Ménaka on Sunday",
      "indirect", "Sahel Water Alliance", "It", "said", m="It said", c="It said", note="'It' = the organisation"),
    Q("We will not put another team on the road until we know he is safe,", "direct", "Sahel Water Alliance",
      "the alliance", "said", c="alliance said", note="'he' in the quote is the kidnapped driller"),
    Q("the group had had no contact with the kidnappers", "indirect", "Mariam Coulibaly", "Mariam Coulibaly", "told",
      c="told reporters", note="the director, not 'the group' named in her clause"),
)

case("org-football-club-statement", "organisation", T(
    "Deportivo Salinas said in a statement on Monday that it had dismissed its coach, Hugo Benítez, after six defeats in seven games.",
    "“The club thanks Hugo for his work and wishes him every success,” the statement said. The board would name a successor within a week, the club added.",
    "Benítez, speaking outside his home in Guayaquil, said he had learnt of his dismissal from the radio. The club’s president, Rodrigo Alvarado, said he had tried to call him twice."),
    Q("it had dismissed its coach, Hugo Benítez, after six defeats in seven games", "indirect", "Deportivo Salinas",
      "Deportivo Salinas", "said", c="Salinas said", note="the clause names the coach"),
    Q("The club thanks Hugo for his work and wishes him every success,", "direct", "Deportivo Salinas",
      "the statement", "said", c="statement said"),
    Q("The board would name a successor within a week", "indirect", "Deportivo Salinas", "the club", "added",
      m="the club added", c="added", note="fronted clause, no 'that'"),
    Q("he had learnt of his dismissal from the radio", "indirect", "Hugo Benítez", "Benítez", "said",
      m="Benítez, speaking", c="Guayaquil, said"),
    Q("he had tried to call him twice", "indirect", "Rodrigo Alvarado", "Rodrigo Alvarado", "said",
      c="Alvarado, said", note="he = the president, him = the coach"),
)

# ---------------------------------------------------------------- 7. unnamed sources and groups
case("unnamed-diplomats-senior-official", "unnamed-and-groups", T(
    "Uganda, Kenya and Tanzania are close to an agreement on a cargo ferry service across Lake Victoria, two diplomats familiar with the talks said on Monday.",
    "A senior official at Uganda’s transport ministry, who was not authorised to speak publicly, said Kampala had dropped its demand for a second ferry terminal at Port Bell. “We needed a deal more than we needed a terminal,” the official said.",
    "Officials in Dar es Salaam said the terminal had never been part of the draft agreement."),
    Q("Uganda, Kenya and Tanzania are close to an agreement on a cargo ferry service across Lake Victoria", "indirect",
      "two diplomats", "two diplomats familiar with the talks", "said", c="talks said",
      note="head phrase: the post-modifier is dropped from the speaker"),
    Q("Kampala had dropped its demand for a second ferry terminal at Port Bell", "indirect", "a senior official",
      "A senior official at Uganda’s transport ministry", "said", c="publicly, said"),
    Q("We needed a deal more than we needed a terminal,", "direct", "a senior official", "the official", "said",
      c="official said"),
    Q("the terminal had never been part of the draft agreement", "indirect", "officials", "Officials", "said",
      m="Officials in", c="Salaam said", note="group: a place name stands before the cue"),
)

case("unnamed-residents-landslide", "unnamed-and-groups", T(
    "Residents of Barangay San Roque, in the hills above Naga City, said on Sunday that they had warned the city council about cracks in the slope for two years before Friday's landslide.",
    "\"We sent photos, letters, even a video,\" one resident told reporters, asking not to be named for fear of losing her stall at the city market. Another, Rodelio Abainza, 61, said his house had been buried with his two goats inside.",
    "The council said it had never received the letters."),
    Q("they had warned the city council about cracks in the slope for two years before Friday's landslide", "indirect",
      "residents", "Residents", "said", c="City, said", note="group; the council named in the clause is not the speaker"),
    Q("We sent photos, letters, even a video,", "direct", "one resident", "one resident", "told", c="told reporters",
      note="an unnamed member of the group"),
    Q("his house had been buried with his two goats inside", "indirect", "Rodelio Abainza", "Rodelio Abainza", "said",
      c="61, said", note="'Another' = another resident, named"),
    Q("it had never received the letters", "indirect", "city council", "The council", "said", c="council said"),
)

case("unnamed-one-of-the-players", "unnamed-and-groups", T(
    "Players at the Fijian rugby club Sigatoka Reds said on Thursday that they had not been paid for three months and would refuse to travel to Suva for Saturday’s cup final.",
    "‘We love this club, but our families cannot eat love,’ one of the players told the Fiji Times, asking not to be named. The club’s manager, Setareki Vunibaka, said the money would be paid on Friday.",
    "Team-mates of the captain, Josaia Raikadroka, said he had paid for the squad’s bus to training out of his own pocket since August."),
    Q("they had not been paid for three months and would refuse to travel to Suva for Saturday’s cup final", "indirect",
      "players", "Players", "said", c="Reds said", note="group: the club is a post-modifier, not the speaker"),
    Q("We love this club, but our families cannot eat love,", "direct", "one of the players", "one of the players",
      "told", c="told the Fiji", note="unnamed member of the group; the newspaper is the outlet"),
    Q("the money would be paid on Friday", "indirect", "Setareki Vunibaka", "Setareki Vunibaka", "said",
      c="Vunibaka, said"),
    Q("he had paid for the squad’s bus to training out of his own pocket since August", "indirect", "team-mates",
      "Team-mates", "said", c="Raikadroka, said",
      note="group speaker; the post-modifier ends with the captain's name right before the cue"),
)

case("unnamed-family-doctors-organisers", "unnamed-and-groups", T(
    "The family of Ousmane Diallo, the Guinean cyclist who died after a crash in the Tour du Sahel on Tuesday, said in a statement that they wanted an independent inquiry into the race’s medical response.",
    "“Ousmane lay on the road for forty minutes before an ambulance came,” the statement said.",
    "Doctors at the hospital in Bobo-Dioulasso said he had died of head injuries. A race official, who asked not to be identified, said the ambulance had been stuck behind the peloton. The organisers said they would cooperate with any inquiry."),
    Q("they wanted an independent inquiry into the race’s medical response", "indirect", "family", "The family",
      "said", c="Tuesday, said", note="'The family of X' -> family; the dead man is not the speaker"),
    Q("Ousmane lay on the road for forty minutes before an ambulance came,", "direct", "family", "the statement",
      "said", c="statement said", note="the family's statement"),
    Q("he had died of head injuries", "indirect", "doctors", "Doctors", "said", m="Doctors at", c="Dioulasso said"),
    Q("the ambulance had been stuck behind the peloton", "indirect", "a race official", "A race official", "said",
      c="identified, said"),
    Q("they would cooperate with any inquiry", "indirect", "organisers", "The organisers", "said",
      c="organisers said"),
)

# ---------------------------------------------------------------- 8. continuation
case("cont-boatbuilder-three-paras", "continuation", T(
    "Eilidh MacAskill is the last boatbuilder on the island of Scalpay still working in wood. On Saturday she launched her forty-first boat, a small clinker-built lobster boat for a family in Stornoway.",
    "‘My father built boats here with his brother, and there were six yards on the island then,’ MacAskill said, standing on the slip. ‘Now there is me.",
    "‘Fibreglass is cheaper and it does not rot. I understand why people buy it. But a wooden boat talks to you in a swell, and a plastic one just sulks.",
    "‘When I stop, that will be the end of it.’",
    "Her apprentice, Ruairidh Macleod, 19, said he hoped to open his own yard in Tarbert."),
    Q("My father built boats here with his brother, and there were six yards on the island then,", "direct",
      "Eilidh MacAskill", "MacAskill", "said", m="’ MacAskill said", c="MacAskill said"),
    Q("Now there is me.", "direct", "Eilidh MacAskill", "MacAskill", "said", m="’ MacAskill said",
      c="MacAskill said", note="paragraph ends without a closing mark: the quote continues"),
    Q("Fibreglass is cheaper and it does not rot. I understand why people buy it. But a wooden boat talks to you in a swell, and a plastic one just sulks.",
      "direct", "Eilidh MacAskill", "MacAskill", None, m="’ MacAskill said",
      note="continuation paragraph, no cue; again no closing mark"),
    Q("When I stop, that will be the end of it.", "direct", "Eilidh MacAskill", "MacAskill", None,
      m="’ MacAskill said", note="third paragraph of the same quote, no cue"),
    Q("he hoped to open his own yard in Tarbert", "indirect", "Ruairidh Macleod", "Ruairidh Macleod", "said",
      c="19, said"),
)

case("cont-lone-quote-dialysis", "continuation", T(
    "Lucía Fernández Ocampo has spent nine years on the waiting list for a kidney in Montevideo, three mornings a week on a dialysis machine. Her doctor, Martín Giordano, says her blood type makes a match unusually hard to find.",
    "Fernández does not complain. “The machine is my second job. I go, I sit, I read a novel, I come home.”",
    "She said she had read more than four hundred novels since 2016."),
    Q("her blood type makes a match unusually hard to find", "indirect", "Martín Giordano", "Martín Giordano", "says",
      c="Giordano, says"),
    Q("The machine is my second job. I go, I sit, I read a novel, I come home.", "direct", "Lucía Fernández Ocampo",
      "Fernández", None, m="Fernández does",
      note="lone quote after a sentence about her, no speech verb; the doctor is the last man named"),
    Q("she had read more than four hundred novels since 2016", "indirect", "Lucía Fernández Ocampo", "She", "said",
      m="She said", c="She said"),
)

case("cont-tea-picker-three-paras", "continuation", T(
    "Kumari Perera has picked tea on the Kandapola Ridge estate near Nuwara Eliya for 31 years. On Tuesday she and 400 other pickers stopped work over a new daily quota.",
    '"The manager, Mr. Jayasuriya, says we must pick 22 kilos a day now instead of 18," Perera said at the estate gate. "In the rain that is impossible.',
    '"My mother picked on this estate, and her mother before her. Nobody ever asked them what a fair quota was.',
    '"We are asking now."',
    "The estate manager, Roshan Jayasuriya, said the quota had been agreed with the union in March."),
    Q("The manager, Mr. Jayasuriya, says we must pick 22 kilos a day now instead of 18,", "direct", "Kumari Perera",
      "Perera", "said", m='," Perera said', c="Perera said",
      note="the quote opens with another person's name and 'says'"),
    Q("we must pick 22 kilos a day now instead of 18", "indirect", "Roshan Jayasuriya", "Mr. Jayasuriya", "says",
      m="Mr. Jayasuriya, says", c="Jayasuriya, says", opt=True, note="the manager's words reported inside her quote"),
    Q("In the rain that is impossible.", "direct", "Kumari Perera", "Perera", "said", m='," Perera said',
      c="Perera said", note="paragraph ends without a closing mark"),
    Q("My mother picked on this estate, and her mother before her. Nobody ever asked them what a fair quota was.",
      "direct", "Kumari Perera", "Perera", None, m='," Perera said', note="continuation paragraph, no cue"),
    Q("We are asking now.", "direct", "Kumari Perera", "Perera", None, m='," Perera said',
      note="last continuation paragraph; the manager is named right after it"),
    Q("the quota had been agreed with the union in March", "indirect", "Roshan Jayasuriya", "Roshan Jayasuriya",
      "said", c="Jayasuriya, said"),
)

case("cont-lone-quote-chef-critic", "continuation", T(
    "The chef Thabo Molefe closed his restaurant in Soweto on Sunday after twenty years. The food critic Annelie Botha, who reviewed it when it opened in 2005, was among the guests at the last dinner.",
    "Molefe walked between the tables all evening, shaking hands. ‘Twenty years, and I never once served a plate I would not give my mother.’",
    "Botha said the restaurant had taught Johannesburg what township food could be. ‘He cooked like a man with nothing to prove,’ she said.",
    "He said he would spend his retirement fishing off the coast at Port St Johns."),
    Q("Twenty years, and I never once served a plate I would not give my mother.", "direct", "Thabo Molefe",
      "Molefe", None, m="Molefe walked", note="lone quote after a sentence about the chef; the critic was named last"),
    Q("the restaurant had taught Johannesburg what township food could be", "indirect", "Annelie Botha", "Botha",
      "said", m="Botha said", c="Botha said"),
    Q("He cooked like a man with nothing to prove,", "direct", "Annelie Botha", "she", "said", m="’ she said",
      c="she said", note="'He' in the quote is the chef"),
    Q("he would spend his retirement fishing off the coast at Port St Johns", "indirect", "Thabo Molefe", "He",
      "said", m="He said", c="He said", note="He = the chef, after the critic's quote about him"),
)

# ---------------------------------------------------------------- 9. outlets and social media
case("outlet-reuters-the-hindu", "told-outlet-and-social", T(
    "Shreya Raghunathan, the chief executive of the Bengaluru electric scooter maker Voltra, told Reuters on Tuesday that the company would recall 12,000 scooters after three battery fires.",
    "“One fire is an accident. Three is a pattern, and we will not wait for a fourth,” Raghunathan told the news agency.",
    "Voltra’s co-founder, Aditya Menon, told The Hindu that the batteries came from a single supplier in Shenzhen, which he declined to name."),
    Q("the company would recall 12,000 scooters after three battery fires", "indirect", "Shreya Raghunathan",
      "Shreya Raghunathan", "told", c="told Reuters"),
    Q("One fire is an accident. Three is a pattern, and we will not wait for a fourth,", "direct",
      "Shreya Raghunathan", "Raghunathan", "told", m="” Raghunathan told", c="told the news",
      note="'the news agency' is the outlet"),
    Q("the batteries came from a single supplier in Shenzhen", "indirect", "Aditya Menon", "Aditya Menon", "told",
      c="told The Hindu", note="an outlet whose name starts with 'The'; 'declined to name' is not annotated"),
)

case("social-x-handle-coach-repost", "told-outlet-and-social", T(
    "Teodora Vasilescu, the Romanian tennis player ranked 48th in the world, wrote on X on Friday that she had been fined $5,000 for smashing a racket in her second-round defeat in Cluj.",
    "“It was already broken. I was only finishing the job,” she wrote.",
    "@BaselineNerd, an anonymous account that posts tennis statistics, replied: “The racket in the first set looks fine to me.” Her coach, Mihai Stanciu, reposted the exchange with a single word: “Classic.”"),
    Q("she had been fined $5,000 for smashing a racket in her second-round defeat in Cluj", "indirect",
      "Teodora Vasilescu", "Teodora Vasilescu", "wrote", c="wrote on X"),
    Q("It was already broken. I was only finishing the job,", "direct", "Teodora Vasilescu", "she", "wrote",
      m="” she wrote", c="she wrote"),
    Q("The racket in the first set looks fine to me.", "direct", "@BaselineNerd", "@BaselineNerd", "replied",
      c="replied:", note="anonymous account named only by its handle, which opens the sentence"),
    Q("Classic.", "direct", "Mihai Stanciu", "Mihai Stanciu", "reposted", c="reposted",
      note="one-word post; cue 'reposted … with a single word:'"),
)

case("social-instagram-video-label", "told-outlet-and-social", T(
    "Kofi Boateng-Mensah, a Ghanaian gospel singer with three million followers, said in a video posted on Instagram on Sunday night that he would boycott next month’s music awards in Accra.",
    '"My label has kept my royalties for five years, and the awards are sponsored by my label," he said in the video, sitting in his car. "I will not sing for them."',
    'The label, Sankofa Sound, said in a statement posted on Facebook that every payment had been made on time. His manager, Efua Asantewaa, commented under the video: "Every word is true."'),
    Q("he would boycott next month’s music awards in Accra", "indirect", "Kofi Boateng-Mensah",
      "Kofi Boateng-Mensah", "said", c="followers, said", note="'in a video posted on Instagram' between cue and clause"),
    Q("My label has kept my royalties for five years, and the awards are sponsored by my label,", "direct",
      "Kofi Boateng-Mensah", "he", "said", m='," he said', c="he said in"),
    Q("I will not sing for them.", "direct", "Kofi Boateng-Mensah", "he", "said", m='," he said', c="he said in"),
    Q("every payment had been made on time", "indirect", "Sankofa Sound", "Sankofa Sound", "said",
      c="Sound, said", note="'in a statement posted on Facebook'"),
    Q("Every word is true.", "direct", "Efua Asantewaa", "Efua Asantewaa", "commented", c="commented",
      note="a comment under the singer's video"),
)

case("social-op-ed-telegram-podcast", "told-outlet-and-social", T(
    "Writing in the French daily Le Monde on Wednesday, the economist Salomé Kabongo-Lefèvre argued that the euro area’s new fiscal rules would “punish the countries that invest”.",
    "The Croatian finance minister, Tomislav Barić, answered her in a message on his Telegram channel. “Rules that bend for everyone are not rules,” he wrote.",
    "Kabongo-Lefèvre said on the podcast ‘The Long Run’, hosted by Ines Wojcik, that she had expected the criticism."),
    Q("punish the countries that invest", "mixed", "Salomé Kabongo-Lefèvre", "Salomé Kabongo-Lefèvre", "argued",
      c="argued", note="the newspaper opens the sentence"),
    Q("Rules that bend for everyone are not rules,", "direct", "Tomislav Barić", "he", "wrote", m="” he wrote",
      c="wrote", note="he = the minister; the last person before him is the economist"),
    Q("The Long Run", "direct", None, None, None, opt=True, note="a podcast title, nobody said it"),
    Q("she had expected the criticism", "indirect", "Salomé Kabongo-Lefèvre", "Kabongo-Lefèvre", "said",
      m="Kabongo-Lefèvre said", c="Lefèvre said", note="the host is named between the cue and the clause"),
)

# ---------------------------------------------------------------- 10. speaker in the next paragraph
case("nextpara-that-is-how-glacier", "next-paragraph", T(
    "“You can hear the glacier at night. It groans like an old house.”",
    "That is how Pasang Dolma Sherpa, 38, who runs a teahouse below the Khumbu icefall, describes the sound she has lived with since she was a girl. On Monday she told a visiting team of glaciologists that the groaning had grown louder every year.",
    "The team’s leader, the Norwegian glaciologist Ingvild Sørensen, said the glacier had lost forty metres of thickness since 1990."),
    Q("You can hear the glacier at night. It groans like an old house.", "direct", "Pasang Dolma Sherpa",
      "Pasang Dolma Sherpa", "describes", c="describes",
      note="the quote opens the story; named in the next paragraph ('That is how X … describes')"),
    Q("the groaning had grown louder every year", "indirect", "Pasang Dolma Sherpa", "she", "told",
      m="Monday she told", c="told a visiting"),
    Q("the glacier had lost forty metres of thickness since 1990", "indirect", "Ingvild Sørensen",
      "Ingvild Sørensen", "said", c="Sørensen, said"),
)

case("nextpara-those-were-the-words", "next-paragraph", T(
    '"If the steelworks goes, the town goes. There is nothing else here but the church and the football pitch."',
    "Those were the words of Bogdan Wiśniewski, a welder who has worked at the Stalowa Nowa steelworks for 27 years, on the day the owners announced they would shut its last blast furnace.",
    "The owners, the Luxembourg-based group Ferrum Europa, said in a statement that the furnace had lost money for five straight years."),
    Q("If the steelworks goes, the town goes. There is nothing else here but the church and the football pitch.",
      "direct", "Bogdan Wiśniewski", "Bogdan Wiśniewski", None,
      note="no speech verb: 'Those were the words of X' in the next paragraph"),
    Q("they would shut its last blast furnace", "indirect", "Ferrum Europa", "the owners", "announced",
      m="the owners announced", c="announced", note="the owners are named only in the next sentence"),
    Q("the furnace had lost money for five straight years", "indirect", "Ferrum Europa", "Ferrum Europa", "said",
      c="Europa, said"),
)

case("nextpara-said-this-fish-seller", "next-paragraph", T(
    "‘We were promised a bridge in 2015, in 2019 and again in 2023. We are still crossing in canoes.’",
    "Awa Ndiaye, who sells fish at the market in Ziguinchor, said this on Saturday as she unloaded her catch from a pirogue on the south bank of the Casamance river.",
    "The regional governor, Mamadou Sarr, said the bridge was in next year’s budget. ‘This time it is real,’ he said."),
    Q("We were promised a bridge in 2015, in 2019 and again in 2023. We are still crossing in canoes.", "direct",
      "Awa Ndiaye", "Awa Ndiaye", "said", c="said this",
      note="the quote opens the story; 'X … said this' in the next paragraph"),
    Q("the bridge was in next year’s budget", "indirect", "Mamadou Sarr", "Mamadou Sarr", "said", c="Sarr, said"),
    Q("This time it is real,", "direct", "Mamadou Sarr", "he", "said", m="’ he said", c="he said"),
)

case("nextpara-question-to-minister", "next-paragraph", T(
    "‘Our island will be under water before I am as old as you. What will you say to me then?’",
    "Tilia Kofe, 15, from Funafuti in Tuvalu, put that question on Tuesday to the Australian climate minister, Gregory Hale, at a regional youth forum in Suva. He did not answer it directly.",
    "Hale said Australia would double its funding for coastal protection in the Pacific. Tilia said afterwards that she had expected a better answer: ‘He spoke for ten minutes and said nothing about us.’"),
    Q("Our island will be under water before I am as old as you. What will you say to me then?", "direct",
      "Tilia Kofe", "Tilia Kofe", "put", c="put that question",
      note="named in the next paragraph; the man in the same sentence is the addressee"),
    Q("Australia would double its funding for coastal protection in the Pacific", "indirect", "Gregory Hale",
      "Hale", "said", m="Hale said", c="Hale said"),
    Q("she had expected a better answer", "indirect", "Tilia Kofe", "Tilia", "said", m="Tilia said",
      c="Tilia said", note="a teenager named by her given name alone"),
    Q("He spoke for ten minutes and said nothing about us.", "direct", "Tilia Kofe", "Tilia", "said",
      m="Tilia said", c="Tilia said", note="after a colon in her sentence; 'He' is the minister"),
)

# ---------------------------------------------------------------- 11. quotes inside quotes
case("inner-oud-teacher", "inner-quote", T(
    "“My teacher in Ramallah told me, ‘The oud forgives nothing,’ and she was right,” said Layla Khoury, 22, who on Saturday became the first woman to win the Maqam Prize for oud in Amman.",
    "“I practised eight hours a day for three years,” Khoury said.",
    "Her teacher, Samira Nassar, said Khoury had “the hands of a surgeon and the patience of a farmer”."),
    Q("My teacher in Ramallah told me, ‘The oud forgives nothing,’ and she was right,", "direct", "Layla Khoury",
      "Layla Khoury", "said", c="said Layla", note="the outer speaker quotes her teacher inside her own quote"),
    Q("The oud forgives nothing,", "direct", "Samira Nassar", "My teacher", "told", m="My teacher in",
      c="told me", opt=True, note="inner quote: the teacher's words, reported by the student"),
    Q("I practised eight hours a day for three years,", "direct", "Layla Khoury", "Khoury", "said",
      m="” Khoury said", c="Khoury said"),
    Q("the hands of a surgeon and the patience of a farmer", "mixed", "Samira Nassar", "Samira Nassar", "said",
      c="Nassar, said", note="the teacher now speaks for herself; the clause names the student"),
)

case("inner-notice-on-door", "inner-quote", T(
    "‘The notice on the door said, “Water off until further notice,” and that was in October,’ said Aylin Öztürk, who has lived in the building in Neukölln since 1994. ‘It is February.’",
    "The landlord, Spreeblick Wohnen GmbH, said in an email that a new boiler would be installed in March.",
    "The chairman of the tenants’ association, Jürgen Pohl, said the company had ignored 23 letters since the autumn."),
    Q("The notice on the door said, “Water off until further notice,” and that was in October,", "direct",
      "Aylin Öztürk", "Aylin Öztürk", "said", c="said Aylin", note="the quote contains a notice's words"),
    Q("Water off until further notice,", "direct", None, None, None, opt=True, note="a printed notice, nobody said it"),
    Q("It is February.", "direct", "Aylin Öztürk", "Aylin Öztürk", "said", c="said Aylin"),
    Q("a new boiler would be installed in March", "indirect", "Spreeblick Wohnen GmbH", "Spreeblick Wohnen GmbH",
      "said", c="GmbH, said"),
    Q("the company had ignored 23 letters since the autumn", "indirect", "Jürgen Pohl", "Jürgen Pohl", "said",
      c="Pohl, said"),
)

case("inner-minister-promise-clinic", "inner-quote", T(
    "\"In 2019 the minister stood on that stage and said, 'Every village in this district will have a clinic by 2022.' We are still driving two hours to see a nurse,\" said Kamal Hossain Bhuiyan, the chairman of the Char Madhua union council.",
    "The minister at the time, Abdur Rahim Talukder, said on Sunday that the pandemic had delayed the programme.",
    "The current health minister, Nasreen Akhter, said three clinics would open in the district by June."),
    Q("In 2019 the minister stood on that stage and said, 'Every village in this district will have a clinic by 2022.' We are still driving two hours to see a nurse,",
      "direct", "Kamal Hossain Bhuiyan", "Kamal Hossain Bhuiyan", "said", c="said Kamal",
      note="the council chairman quotes the minister's promise inside his own quote"),
    Q("Every village in this district will have a clinic by 2022.", "direct", "Abdur Rahim Talukder", "the minister",
      "said", m="the minister stood", c="and said,", opt=True, note="inner quote: the former minister's words"),
    Q("the pandemic had delayed the programme", "indirect", "Abdur Rahim Talukder", "Abdur Rahim Talukder", "said",
      c="Talukder, said"),
    Q("three clinics would open in the district by June", "indirect", "Nasreen Akhter", "Nasreen Akhter", "said",
      c="Akhter, said", note="the current minister, not the one of 2019"),
)

case("inner-grandmother-saying-interrupted", "inner-quote", T(
    "‘My grandmother had a saying,’ Noa Ben-Ami told the planning committee in Netanya on Monday. ‘“A house without a garden is a waiting room.” She would be very sad to see this plan.’",
    "The developer’s architect, Yaron Peled, said each of the 600 flats would have a balcony “big enough for a lemon tree”.",
    "The committee’s chair, Dalia Mizrahi, asked: ‘Have you ever grown a lemon tree on a balcony?’"),
    Q("My grandmother had a saying,", "direct", "Noa Ben-Ami", "Noa Ben-Ami", "told", c="told the planning"),
    Q("“A house without a garden is a waiting room.” She would be very sad to see this plan.", "direct",
      "Noa Ben-Ami", "Noa Ben-Ami", "told", c="told the planning",
      note="second half of an interrupted quote, opening with the grandmother's saying; 'She' is the grandmother"),
    Q("A house without a garden is a waiting room.", "direct", None, None, None, opt=True,
      note="inner quote: the grandmother's saying"),
    Q("big enough for a lemon tree", "mixed", "Yaron Peled", "Yaron Peled", "said", c="Peled, said"),
    Q("Have you ever grown a lemon tree on a balcony?", "direct", "Dalia Mizrahi", "Dalia Mizrahi", "asked",
      c="asked:", note="a question in single marks after a colon"),
)

# ---------------------------------------------------------------- 12. rare cue verbs
case("cues-conceded-quipped-shot-back", "cue-verbs", T(
    "The chief executive of the rail operator Pohjola Rail, Mikko Hämäläinen, conceded on Monday that the new night trains between Helsinki and Rovaniemi had been late on 60 per cent of their journeys since December.",
    "“Our trains are very punctual. They are punctually late,” he quipped at a news conference in Helsinki, drawing groans from reporters.",
    "The transport minister, Satu Koskinen, was not amused. “Passengers do not want jokes; they want to arrive,” she shot back in parliament an hour later."),
    Q("the new night trains between Helsinki and Rovaniemi had been late on 60 per cent of their journeys since December",
      "indirect", "Mikko Hämäläinen", "Mikko Hämäläinen", "conceded", c="conceded"),
    Q("Our trains are very punctual. They are punctually late,", "direct", "Mikko Hämäläinen", "he", "quipped",
      m="” he quipped", c="quipped"),
    Q("Passengers do not want jokes; they want to arrive,", "direct", "Satu Koskinen", "she", "shot back",
      m="” she shot", c="shot back", note="phrasal cue 'shot back'"),
)

case("cues-recalled-mused-cautioned", "cue-verbs", T(
    "Ruth Abernethy was twenty-three when the last tram ran through the streets of Dundee, in October 1956.",
    "‘We all came out to wave it off, and my brother put a penny on the rails for luck,’ she recalled on Thursday. ‘He still has that penny, flat as a biscuit.’",
    "Her granddaughter, Morven Abernethy-Shah, who campaigns for trams to return to the city, mused: ‘Maybe the penny was for us.’ The council’s transport convener, Colin Baird, cautioned that a new tram line would cost at least 400 million pounds."),
    Q("We all came out to wave it off, and my brother put a penny on the rails for luck,", "direct",
      "Ruth Abernethy", "she", "recalled", m="’ she recalled", c="recalled", note="cue 'recalled'; 'my brother' in the quote"),
    Q("He still has that penny, flat as a biscuit.", "direct", "Ruth Abernethy", "she", "recalled",
      m="’ she recalled", c="recalled"),
    Q("Maybe the penny was for us.", "direct", "Morven Abernethy-Shah", "Morven Abernethy-Shah", "mused",
      c="mused", note="cue 'mused' with a colon; shares part of the surname with her grandmother"),
    Q("a new tram line would cost at least 400 million pounds", "indirect", "Colin Baird", "Colin Baird",
      "cautioned", c="cautioned"),
)

case("cues-scoffed-insisted-acknowledged", "cue-verbs", T(
    "The designer Amara Nwachukwu-Hale insisted on Friday that her new collection, made entirely from recycled fishing nets, would be in London shops by the spring.",
    "“Nets are for catching fish, not customers,” scoffed Piers Langley, a retired buyer for a Knightsbridge department store.",
    "Nwachukwu-Hale was unmoved. “People said the same about plastic bottles ten years ago,” she insisted. “Now they wear them.” Her business partner, Tunde Okeke, acknowledged that the fabric still cost twice as much as ordinary nylon."),
    Q("her new collection, made entirely from recycled fishing nets, would be in London shops by the spring",
      "indirect", "Amara Nwachukwu-Hale", "Amara Nwachukwu-Hale", "insisted", c="insisted on"),
    Q("Nets are for catching fish, not customers,", "direct", "Piers Langley", "Piers Langley", "scoffed",
      c="scoffed", note="inverted cue 'scoffed X'"),
    Q("People said the same about plastic bottles ten years ago,", "direct", "Amara Nwachukwu-Hale", "she",
      "insisted", m="” she insisted", c="she insisted", note="she = the designer, after the man's quote"),
    Q("Now they wear them.", "direct", "Amara Nwachukwu-Hale", "she", "insisted", m="” she insisted",
      c="she insisted"),
    Q("the fabric still cost twice as much as ordinary nylon", "indirect", "Tunde Okeke", "Tunde Okeke",
      "acknowledged", c="acknowledged"),
)

case("cues-ventured-grumbled-marvelled", "cue-verbs", T(
    "Astronomers in Chile and South Africa spent the weekend arguing about an object spotted on Friday moving through the outer solar system faster than any known comet.",
    "‘Either it is a very unusual comet or a very ordinary asteroid doing something strange,’ ventured Inés Albornoz, an astronomer at an observatory near La Serena.",
    "Her colleague in Cape Town, Sipho Mabuza, cautioned that it was too early to call the object interstellar. ‘We have three nights of observations. Give us thirty,’ he grumbled. Albornoz marvelled that amateur astronomers in Namibia had spotted it first."),
    Q("Either it is a very unusual comet or a very ordinary asteroid doing something strange,", "direct",
      "Inés Albornoz", "Inés Albornoz", "ventured", c="ventured", note="inverted rare cue 'ventured X'"),
    Q("it was too early to call the object interstellar", "indirect", "Sipho Mabuza", "Sipho Mabuza", "cautioned",
      c="cautioned"),
    Q("We have three nights of observations. Give us thirty,", "direct", "Sipho Mabuza", "he", "grumbled",
      m="’ he grumbled", c="grumbled"),
    Q("amateur astronomers in Namibia had spotted it first", "indirect", "Inés Albornoz", "Albornoz", "marvelled",
      m="Albornoz marvelled", c="marvelled", note="the group in the clause is not the speaker"),
)


if __name__ == "__main__":
    CASES.main()
