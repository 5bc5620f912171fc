#!/usr/bin/env python3
"""Hand-written hard cases for quote attribution (speaker choice and naming).

Each case is (case_id, category, text, quotes). Every text is invented for this set.
Running the script writes tests/suite/hard_cases.jsonl (one JSON object per document,
in the format of ../shared/eval/annotate.py plus "category" and "style" keys, the same
value: suite_report.py groups by "style") and, without -q, prints every quote, mention
and cue span for checking. It needs ../shared/eval (or WHOSAID_EVAL=DIR) for annotate.py.
Written 2026-12-05 by a helper who had not read the extractor's rules; first-sight
figures are in tests/suite/README.md.

Conventions
- direct: content inside the marks, marks excluded; an interrupted quote is two rows;
  a quote that runs on into the next paragraph (opening mark repeated, no closing mark
  on the first paragraph) is one row per paragraph, the continuation row having no cue
  and pointing its mention at the speaker's mention in the preceding paragraph.
- mixed: only the quoted words; indirect: the reported clause, without "that"
  (an indirect question keeps "whether").
- speaker: fullest name in the document without titles; unnamed sources as the head
  noun phrase as written (determiner + premodifiers + noun, post-modifiers dropped:
  "two people familiar with the talks" -> "two people"); groups as the plural noun;
  organisations by their full name as written; a statement stands for its author.
- mention: the span naming the speaker at this quote (a capitalised title right
  before a name is included: "Sen. Raymond Hope", "Dr Halima Abdi").
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hardcases import Cases, Q, T  # noqa: E402

CASES = Cases("hard", "hard_cases.jsonl")
case = CASES.case


# ---------------------------------------------------------------- 1. pronouns
case("pronoun-gender-bus-depot", "pronoun", T(
    "Tariq Haddad and Marta Kowalczyk sat on opposite sides of the council chamber on Tuesday as the vote on the new bus depot drew closer.",
    "Haddad, who chairs the transport committee, has spent months lobbying for the site beside the railway. Kowalczyk represents the ward where the depot would be built. Haddad, a father of four, lives across the river from it.",
    "“People on my street were never asked,” she said after the meeting. “They found out from a flyer.”"),
    Q("People on my street were never asked,", "direct", "Marta Kowalczyk", "she", "said", m="” she said", c="she said after",
      note="she = the woman; the most recent name is the man"),
    Q("They found out from a flyer.", "direct", "Marta Kowalczyk", "she", "said", m="” she said", c="she said after"),
)

case("pronoun-gender-radio-debate", "pronoun", T(
    "The two candidates for the Ibadan North seat met for a radio debate on Sunday evening.",
    "Adebayo Ogunleye, the incumbent, spoke first and defended his record on roads. Folake Adeyemi, a former schoolteacher, followed him and promised free textbooks for every primary pupil in the constituency.",
    '"Nobody has costed it," he said when the moderator asked for a response. "Not even her own party."'),
    Q("Nobody has costed it,", "direct", "Adebayo Ogunleye", "he", "said", m='," he said', c="he said when",
      note="he = the man, although the woman is the most recent candidate named"),
    Q("Not even her own party.", "direct", "Adebayo Ogunleye", "he", "said", m='," he said', c="he said when"),
)

case("pronoun-subject-football-coach", "pronoun", T(
    "Cathal Ó Murchú took over at Ballyroe Rovers in March, replacing Declan Brennan, who had been in charge for nine seasons.",
    'On Saturday Ó Murchú watched his side lose 3-0 at home, with Brennan sitting in the stand just behind the dugout. "We were second to every ball," he said afterwards. "I have to take responsibility for that."'),
    Q("We were second to every ball,", "direct", "Cathal Ó Murchú", "he", "said", m='," he said', c="he said after",
      note="he = the subject (current manager), not the more recent Brennan"),
    Q("I have to take responsibility for that.", "direct", "Cathal Ó Murchú", "he", "said", m='," he said', c="he said after"),
)

case("pronoun-recency-town-square", "pronoun", T(
    "The public meeting on the future of Kossuth Square lasted almost three hours. Gábor Szalai, the mayor, opened it with a presentation on the planned car park.",
    "Then the floor went to Péter Horváth, a baker who has run his shop on the square for thirty years. He spoke for less than a minute. ‘The square was full of life before the cars came,’ he said. ‘Now I sell half the bread I used to.’"),
    Q("The square was full of life before the cars came,", "direct", "Péter Horváth", "he", "said", m=",’ he said", c="he said.",
      note="he = the most recently introduced man, not the mayor"),
    Q("Now I sell half the bread I used to.", "direct", "Péter Horváth", "he", "said", m=",’ he said", c="he said."),
)

case("pronoun-gender-wage-talks", "pronoun", T(
    "Park Ji-hoon, the head of the workers’ union at the Daejin textile plant, met the company’s owner, Kim Soo-yeon, on Thursday for a fourth round of wage talks.",
    "He left the room after forty minutes and drove straight back to the plant, where his members were waiting at the gate.",
    "“We are further apart than we were in May,” she said. She added that the company could not afford a raise above three percent this year."),
    Q("We are further apart than we were in May,", "direct", "Kim Soo-yeon", "she", "said", m="” she said", c="she said",
      note="she = the owner; the last sentence is about the man"),
    Q("the company could not afford a raise above three percent this year", "indirect", "Kim Soo-yeon", "She", "added",
      m="She added", c="added"),
)

# ---------------------------------------------------------------- 2. role nouns
case("role-minister-governor", "role", T(
    "Health Minister Amina Yusuf visited Kano on Monday with the state governor, Ibrahim Danladi, to open a new maternity ward at the city’s general hospital.",
    "The governor said the state would pay the salaries of the ward’s forty nurses. The minister was less celebratory. “One ward will not fix a system that loses mothers every week,” the minister said. “We need forty more.”"),
    Q("the state would pay the salaries of the ward’s forty nurses", "indirect", "Ibrahim Danladi", "The governor", "said",
      m="The governor said", c="governor said"),
    Q("One ward will not fix a system that loses mothers every week,", "direct", "Amina Yusuf", "the minister", "said",
      m="” the minister said", c="minister said"),
    Q("We need forty more.", "direct", "Amina Yusuf", "the minister", "said", m="” the minister said", c="minister said"),
)

case("role-coach-captain", "role", T(
    "Marlena Wiśniewska, 52, who has coached the Polish women’s volleyball team since 2021, named her squad for the European championship on Wednesday. The team’s captain, Zofia Nowak, 29, was left out with a shoulder injury.",
    "The captain posted a short message thanking supporters. The coach was more expansive. ‘Zofia is the heart of this team,’ the 52-year-old said, ‘but I cannot pick a player who cannot serve.’"),
    Q("Zofia is the heart of this team,", "direct", "Marlena Wiśniewska", "the 52-year-old", "said", c="52-year-old said",
      note="the quote names the captain; the speaker is the coach, named by age"),
    Q("but I cannot pick a player who cannot serve.", "direct", "Marlena Wiśniewska", "the 52-year-old", "said",
      c="52-year-old said"),
)

case("role-former-senator-prosecutor", "role", T(
    "Former senator Harold Wells went on trial in federal court in Richmond on Thursday, where the prosecutor, Denise Okoro, laid out the bribery case against him.",
    "The prosecutor told the jury that the money had passed through three shell companies before reaching the former senator's campaign account. Wells, 71, sat motionless.",
    '"I have served this state for forty years and I will be cleared," the former senator said outside the courthouse. The prosecutor declined to comment.'),
    Q("the money had passed through three shell companies before reaching the former senator's campaign account", "indirect",
      "Denise Okoro", "The prosecutor", "told", m="The prosecutor told", c="told the jury"),
    Q("I have served this state for forty years and I will be cleared,", "direct", "Harold Wells", "the former senator", "said",
      m='," the former senator said', c="senator said outside"),
)

case("role-58-year-old-chairman", "role", T(
    "Thandiwe Mokoena, 58, was named chief executive of the mining group Nala Resources on Monday. She succeeds Pieter van Rensburg, 66, who becomes chairman after eleven years in charge.",
    '"The easy deposits are gone," the 58-year-old told analysts on a call from Johannesburg. "From now on we earn every tonne."',
    "The chairman said he would stay out of day-to-day decisions."),
    Q("The easy deposits are gone,", "direct", "Thandiwe Mokoena", "the 58-year-old", "told", c="told analysts"),
    Q("From now on we earn every tonne.", "direct", "Thandiwe Mokoena", "the 58-year-old", "told", c="told analysts"),
    Q("he would stay out of day-to-day decisions", "indirect", "Pieter van Rensburg", "The chairman", "said",
      m="The chairman said", c="chairman said"),
)

case("role-archaeologist-farmer", "role", T(
    "Hilario Quispe Mamani, 64, a farmer in the Cusco highlands, found a carved stone while ploughing his field in August. He called the regional culture office, which sent the archaeologist Rosa Huamán Ccori to examine it.",
    "‘It is at least five hundred years old,’ the archaeologist said. The farmer, who has since fenced off the field, is less sure what the find means for his family. ‘I cannot plant there now,’ the 64-year-old said. ‘Who pays me for that?’"),
    Q("It is at least five hundred years old,", "direct", "Rosa Huamán Ccori", "the archaeologist", "said",
      m="’ the archaeologist said", c="archaeologist said"),
    Q("I cannot plant there now,", "direct", "Hilario Quispe Mamani", "the 64-year-old", "said", c="64-year-old said"),
    Q("Who pays me for that?", "direct", "Hilario Quispe Mamani", "the 64-year-old", "said", c="64-year-old said"),
)

# ---------------------------------------------------------------- 3. long appositions
case("appos-lawyer-for-family", "apposition", T(
    "“The police had the footage on the first night and sat on it for a month,” said Lucía Carvajal, a lawyer for the family of Tomás Vidal, the 19-year-old student who died in a police cell in Valparaíso in January.",
    "Carvajal said the family would file a complaint with the Inter-American Commission on Human Rights next week."),
    Q("The police had the footage on the first night and sat on it for a month,", "direct", "Lucía Carvajal", "Lucía Carvajal", "said",
      c="said Lucía", note="the apposition ends with another person's name"),
    Q("the family would file a complaint with the Inter-American Commission on Human Rights next week", "indirect",
      "Lucía Carvajal", "Carvajal", "said", m="Carvajal said", c="Carvajal said the"),
)

case("appos-think-tank-governor", "apposition", T(
    "Oluwaseun Bakare, the head of research at Agora Policy, a Lagos think tank that advised the central bank under its former governor Chukwuma Eze, said the naira’s slide this year had been “entirely predictable”.",
    "“Everyone could see the reserves falling for eighteen months,” Bakare said. “Nobody in Abuja wanted to say it out loud.”"),
    Q("entirely predictable", "mixed", "Oluwaseun Bakare", "Oluwaseun Bakare", "said", c="Eze, said",
      note="the name right before the cue is the former governor"),
    Q("Everyone could see the reserves falling for eighteen months,", "direct", "Oluwaseun Bakare", "Bakare", "said",
      m="” Bakare said", c="Bakare said"),
    Q("Nobody in Abuja wanted to say it out loud.", "direct", "Oluwaseun Bakare", "Bakare", "said",
      m="” Bakare said", c="Bakare said"),
)

case("appos-who-shared-prize", "apposition", T(
    "The Boole Medal for chemistry was awarded on Friday to three scientists for their work on cheaper catalysts for hydrogen fuel cells.",
    "‘This was never about the money,’ said Siobhán Kavanagh, who shared the prize with her former student Niamh Doherty and the Belfast chemist Eoin McAleer. ‘It was about being taken seriously.’"),
    Q("This was never about the money,", "direct", "Siobhán Kavanagh", "Siobhán Kavanagh", "said", c="said Siobhán"),
    Q("It was about being taken seriously.", "direct", "Siobhán Kavanagh", "Siobhán Kavanagh", "said", c="said Siobhán",
      note="the second half follows a relative clause ending in another man's name"),
)

case("appos-trust-spokesman-nephew", "apposition", T(
    "The Waiora District Council last month granted a meat-processing plant consent to discharge treated water into the Waiora River.",
    "Rāwiri Tamihana, a spokesman for the Te Awa Tapu Trust and a nephew of the late river campaigner Mere Kōtuku, said on Friday that the consent was “a licence to pollute”.",
    "The district council said the conditions attached to the consent were the strictest it had ever set."),
    Q("a licence to pollute", "mixed", "Rāwiri Tamihana", "Rāwiri Tamihana", "said", c="Kōtuku, said",
      note="neither the trust nor the late campaigner is the speaker"),
    Q("the conditions attached to the consent were the strictest it had ever set", "indirect", "Waiora District Council",
      "The district council", "said", c="council said"),
)

case("appos-engineer-commissioner", "apposition", T(
    '"We knew the bridge was moving," Deepa Raghunathan, the engineer who inspected it in 2019 for the state highways department under its then commissioner, K. Selvaraj, told the inquiry in Chennai on Tuesday.',
    '"Nobody wanted to close it before the festival season," she said.'),
    Q("We knew the bridge was moving,", "direct", "Deepa Raghunathan", "Deepa Raghunathan", "told", c="told the inquiry",
      note="the name right before the cue is the commissioner"),
    Q("Nobody wanted to close it before the festival season,", "direct", "Deepa Raghunathan", "she", "said", m='," she said', c="she said"),
)

# ---------------------------------------------------------------- 4. person inside the quote
case("inner-market-mayor", "inner-person", T(
    "Dariusz Zieliński, the mayor of Warsaw’s Wola district, announced on Monday that the district’s covered market would close for two years of repairs.",
    "“Dariusz Zieliński has never once set foot in this market,” said Halina Majewska, who has sold vegetables under its roof for three decades. “Let him come and look at the roof.”"),
    Q("the district’s covered market would close for two years of repairs", "indirect", "Dariusz Zieliński", "Dariusz Zieliński",
      "announced", m="Dariusz Zieliński, the mayor", c="announced"),
    Q("Dariusz Zieliński has never once set foot in this market,", "direct", "Halina Majewska", "Halina Majewska", "said",
      c="said Halina", note="the quote opens with another person's full name"),
    Q("Let him come and look at the roof.", "direct", "Halina Majewska", "Halina Majewska", "said", c="said Halina"),
)

case("inner-detained-husband", "inner-person", T(
    "Mariam Al-Khatib’s husband, Yousef Darwish, was detained at a border crossing on Sunday and has not been charged.",
    "“He went to buy medicine for our daughter,” Al-Khatib said on Tuesday. “He has no politics.”",
    "A border authority spokesman said he had been stopped because his name matched one on a watch list."),
    Q("He went to buy medicine for our daughter,", "direct", "Mariam Al-Khatib", "Al-Khatib", "said", m="” Al-Khatib said",
      c="Al-Khatib said", note="'He' in the quote is the husband"),
    Q("He has no politics.", "direct", "Mariam Al-Khatib", "Al-Khatib", "said", m="” Al-Khatib said", c="Al-Khatib said"),
    Q("he had been stopped because his name matched one on a watch list", "indirect", "a border authority spokesman",
      "A border authority spokesman", "said", c="spokesman said"),
)

case("inner-neighbour-fire", "inner-person", T(
    "A fire destroyed the home of Kofi Boateng, a retired carpenter, in the Accra suburb of Madina early on Saturday. He escaped with burns to his hands.",
    '"Kofi built half of this street with his own hands," said his neighbour Esi Asante, 70, as relatives gathered outside the blackened house. "Now look at it."',
    "Boateng, speaking from his hospital bed, said he would rebuild."),
    Q("Kofi built half of this street with his own hands,", "direct", "Esi Asante", "Esi Asante", "said", c='said his neighbour',
      note="the quote names Kofi; the speaker is the neighbour"),
    Q("Now look at it.", "direct", "Esi Asante", "Esi Asante", "said", c="said his neighbour"),
    Q("he would rebuild", "indirect", "Kofi Boateng", "Boateng", "said", m="Boateng, speaking", c="bed, said"),
)

case("inner-she-cooperative", "inner-person", T(
    "Ana Paula Ferreira was elected president of the fishermen’s cooperative in Peniche on Friday, the first woman to hold the post in its 70-year history.",
    "‘She knows the sea better than any of us,’ said João Batista Lopes, who ran against her and lost by eleven votes. ‘I will help her however I can.’"),
    Q("She knows the sea better than any of us,", "direct", "João Batista Lopes", "João Batista Lopes", "said", c="said João",
      note="'She' in the quote is the winner; the speaker is the man who lost"),
    Q("I will help her however I can.", "direct", "João Batista Lopes", "João Batista Lopes", "said", c="said João"),
)

case("inner-he-chamber-rival", "inner-person", T(
    "Trần Minh Quân is challenging Phạm Văn Đức, who has led the Đà Nẵng chamber of commerce for six years, in next month's election for the chairmanship.",
    '"He has had six years to publish the accounts," Quân said on Wednesday. "Why is he still waiting?"',
    "Đức did not respond to requests for comment."),
    Q("He has had six years to publish the accounts,", "direct", "Trần Minh Quân", "Quân", "said", m='," Quân said',
      c="Quân said", note="'He' in the quote is the rival; Vietnamese given name used alone"),
    Q("Why is he still waiting?", "direct", "Trần Minh Quân", "Quân", "said", m='," Quân said', c="Quân said"),
)

# ---------------------------------------------------------------- 5. according to / quoted as saying / told the paper
case("according-hydrologist-director", "according", T(
    "The spillway gates of the Karasu dam were opened two hours late, according to Gulnara Seitkali, a hydrologist at the regional water authority. According to her, the river had already risen by a metre in the lower villages by then.",
    "The authority's director, Serik Abenov, said the gates had been opened exactly on schedule."),
    Q("The spillway gates of the Karasu dam were opened two hours late", "indirect", "Gulnara Seitkali", "Gulnara Seitkali",
      "according to", c="according to Gulnara"),
    Q("the river had already risen by a metre in the lower villages by then", "indirect", "Gulnara Seitkali", "her",
      "According to", m="According to her", c="According to her"),
    Q("the gates had been opened exactly on schedule", "indirect", "Serik Abenov", "Serik Abenov", "said", c="Abenov, said"),
)

case("according-quoted-as-saying-daily", "according", T(
    "Zoltán Kiss-Varga, who leads the rail workers’ union, was quoted as saying by the daily Reggeli Hírek that the strike would end on Monday.",
    "“We have what we came for,” the newspaper quoted him as saying. The state railway company has not confirmed the terms of the agreement."),
    Q("the strike would end on Monday", "indirect", "Zoltán Kiss-Varga", "Zoltán Kiss-Varga", "quoted as saying",
      c="quoted as saying by", note="the newspaper is not the speaker"),
    Q("We have what we came for,", "direct", "Zoltán Kiss-Varga", "him", "quoted", m="quoted him as", c="newspaper quoted"),
)

case("according-told-the-newspaper", "according", T(
    "“The league knew about the payments for two years,” Chidi Okonkwo, a former treasurer of Enugu Stars, told the newspaper Daily Courier on Sunday.",
    "He told the Courier that he had handed the club’s ledgers to anti-corruption investigators in March. The league did not respond to requests for comment."),
    Q("The league knew about the payments for two years,", "direct", "Chidi Okonkwo", "Chidi Okonkwo", "told",
      c="told the newspaper", note="Daily Courier is the addressee, not the speaker"),
    Q("he had handed the club’s ledgers to anti-corruption investigators in March", "indirect", "Chidi Okonkwo", "He", "told",
      m="He told the Courier", c="told the Courier"),
)

case("according-festival-daily", "according", T(
    "Lee Min-jung, the director of the Busan Harbour Film Festival, told the Seoul daily Hanbit Ilbo that the opening film had been withdrawn at the request of its producer, Choi Dong-wook.",
    '"It was his decision, not ours," she told the paper. Choi could not be reached for comment.'),
    Q("the opening film had been withdrawn at the request of its producer, Choi Dong-wook", "indirect", "Lee Min-jung",
      "Lee Min-jung", "told", c="told the Seoul"),
    Q("It was his decision, not ours,", "direct", "Lee Min-jung", "she", "told", m='," she told', c="she told",
      note="'his' is the producer"),
)

case("according-to-broadcaster", "according", T(
    "Víctor Huamaní, the mayor of the Andean town of Ccatcca, had warned weeks before the landslide that the mountain road was unsafe, according to the regional broadcaster Radio Sol de los Andes.",
    "‘I wrote to the ministry three times,’ Huamaní told the station on Wednesday. ‘Nobody came.’"),
    Q("the mountain road was unsafe", "indirect", "Víctor Huamaní", "Víctor Huamaní", "warned", c="warned",
      note="'according to' names the broadcaster that reports, not the speaker"),
    Q("I wrote to the ministry three times,", "direct", "Víctor Huamaní", "Huamaní", "told", m="’ Huamaní told", c="Huamaní told"),
    Q("Nobody came.", "direct", "Víctor Huamaní", "Huamaní", "told", m="’ Huamaní told", c="Huamaní told"),
)

# ---------------------------------------------------------------- 6. organisations and statements
case("org-ministry-statement-doctor", "organisation", T(
    "The Ministry of Water and Sanitation said in a statement on Sunday that the cholera outbreak in Garissa county had been contained. The ministry said 14 new cases had been recorded in the past week, down from 90 the week before.",
    "“The numbers are lower because fewer people can reach the clinics,” said Dr Halima Abdi, who runs a clinic on the edge of the town."),
    Q("the cholera outbreak in Garissa county had been contained", "indirect", "Ministry of Water and Sanitation",
      "The Ministry of Water and Sanitation", "said", c="Sanitation said"),
    Q("14 new cases had been recorded in the past week, down from 90 the week before", "indirect",
      "Ministry of Water and Sanitation", "The ministry", "said", c="ministry said"),
    Q("The numbers are lower because fewer people can reach the clinics,", "direct", "Halima Abdi", "Dr Halima Abdi", "said",
      c="said Dr"),
)

case("org-statement-from-mayors-office", "organisation", T(
    "A state judge on Friday struck down Port Calder's ban on short-term holiday rentals, siding with a group of landlords who had sued the city.",
    'A statement from Mayor Teresa Rich\'s office said the city would appeal the ruling. "We respect the court, but we believe it got this one wrong," the statement said.'),
    Q("the city would appeal the ruling", "indirect", "Teresa Rich", "Mayor Teresa Rich", "said", c="office said",
      note="a statement from X's office stands for X; Rich is also a common word"),
    Q("We respect the court, but we believe it got this one wrong,", "direct", "Teresa Rich", "the statement", "said",
      m='," the statement', c="statement said"),
)

case("org-company-spokeswoman", "organisation", T(
    "Vela Motors said on Tuesday that it would recall 40,000 electric scooters sold in Europe after reports of batteries overheating.",
    "‘No injuries have been reported,’ the company’s spokeswoman, Ewa Kamińska, said. ‘Customers should stop charging the scooters until they are repaired.’"),
    Q("it would recall 40,000 electric scooters sold in Europe after reports of batteries overheating", "indirect",
      "Vela Motors", "Vela Motors", "said", c="said on Tuesday"),
    Q("No injuries have been reported,", "direct", "Ewa Kamińska", "Ewa Kamińska", "said", c="Kamińska, said",
      note="the named spokeswoman, not the company"),
    Q("Customers should stop charging the scooters until they are repaired.", "direct", "Ewa Kamińska", "Ewa Kamińska",
      "said", c="Kamińska, said"),
)

case("org-union-department", "organisation", T(
    "The National Union of Nurses and Midwives on Thursday rejected the Department of Health’s pay offer, calling it “an insult to every ward in the country”.",
    "The union’s general secretary, Kehinde Adewale, said members would vote on strike action in May. The department said the offer was final."),
    Q("an insult to every ward in the country", "mixed", "National Union of Nurses and Midwives",
      "The National Union of Nurses and Midwives", "calling", c="calling"),
    Q("members would vote on strike action in May", "indirect", "Kehinde Adewale", "Kehinde Adewale", "said", c="Adewale, said"),
    Q("the offer was final", "indirect", "Department of Health", "The department", "said", c="department said"),
)

case("org-embassy-families", "organisation", T(
    "The Embassy of Peru in Seoul said on Monday that two Peruvian crew members injured in a fire aboard a fishing vessel off Busan were in stable condition.",
    'Their families, in a statement released through the embassy, said they were "relieved beyond words" and thanked the hospital\'s staff.'),
    Q("two Peruvian crew members injured in a fire aboard a fishing vessel off Busan were in stable condition", "indirect",
      "Embassy of Peru in Seoul", "The Embassy of Peru in Seoul", "said", c="Seoul said"),
    Q("relieved beyond words", "mixed", "families", "Their families", "said", c="embassy, said",
      note="the statement is the families', only released through the embassy"),
)

# ---------------------------------------------------------------- 7. unnamed sources and groups
case("unnamed-senior-official", "unnamed", T(
    "The government will delay the planned cut to fuel subsidies until after the rainy season, a senior finance ministry official who asked not to be named said on Wednesday.",
    "“Nobody wants riots before the harvest,” the official said.",
    "Finance Minister Olumide Bankole said on Tuesday that no decision had been taken."),
    Q("The government will delay the planned cut to fuel subsidies until after the rainy season", "indirect",
      "a senior finance ministry official", "a senior finance ministry official", "said", c="named said"),
    Q("Nobody wants riots before the harvest,", "direct", "a senior finance ministry official", "the official", "said",
      c="official said."),
    Q("no decision had been taken", "indirect", "Olumide Bankole", "Finance Minister Olumide Bankole", "said", c="Bankole said"),
)

case("unnamed-people-familiar", "unnamed", T(
    "Kora Airlines is close to ordering 30 jets from the Brazilian manufacturer, two people familiar with the talks said, in what would be the largest purchase in the carrier's history.",
    "The same people said a deal could be announced at the Farnborough air show in July. Kora declined to comment."),
    Q("Kora Airlines is close to ordering 30 jets from the Brazilian manufacturer", "indirect", "two people",
      "two people familiar with the talks", "said", c="talks said"),
    Q("a deal could be announced at the Farnborough air show in July", "indirect", "two people", "The same people", "said",
      c="people said"),
)

case("unnamed-residents-water", "unnamed", T(
    "Residents of the Kariobangi estate in Nairobi said their taps had been dry for eleven days. “We buy jerrycans at fifty shillings each,” said one of them, Wanjiru Kamau, a mother of three.",
    "The Mji Water Company said a burst main was to blame and that repairs would be finished by Friday."),
    Q("their taps had been dry for eleven days", "indirect", "residents", "Residents", "said", c="Nairobi said"),
    Q("We buy jerrycans at fifty shillings each,", "direct", "Wanjiru Kamau", "Wanjiru Kamau", "said", c="said one",
      note="one named resident speaks for herself"),
    Q("a burst main was to blame and that repairs would be finished by Friday", "indirect", "Mji Water Company",
      "The Mji Water Company", "said", c="Company said"),
)

case("unnamed-analysts-economist", "unnamed", T(
    "Analysts say the central bank is likely to hold its main interest rate at 11 per cent on Thursday, after inflation rose for a third straight month.",
    "‘They cannot cut with food prices where they are,’ said Nguyễn Hoàng Yến, an economist at Saigon Capital Research."),
    Q("the central bank is likely to hold its main interest rate at 11 per cent on Thursday, after inflation rose for a third straight month",
      "indirect", "analysts", "Analysts", "say", c="Analysts say"),
    Q("They cannot cut with food prices where they are,", "direct", "Nguyễn Hoàng Yến", "Nguyễn Hoàng Yến", "said", c="said Nguyễn"),
)

case("unnamed-witnesses-police-source", "unnamed", T(
    "At least four people were hurt when a crane collapsed on a building site in Gdańsk on Friday morning, witnesses said.",
    'A police source said the crane\'s operator had been detained for questioning. "It came down like a tree," one witness, a courier named Bartłomiej Sowa, told local television.'),
    Q("At least four people were hurt when a crane collapsed on a building site in Gdańsk on Friday morning", "indirect",
      "witnesses", "witnesses", "said", c="witnesses said"),
    Q("the crane's operator had been detained for questioning", "indirect", "a police source", "A police source", "said",
      c="source said"),
    Q("It came down like a tree,", "direct", "Bartłomiej Sowa", "Bartłomiej Sowa", "told", c="told local"),
)

# ---------------------------------------------------------------- 8. coordinated speakers
case("coord-joint-statement", "coordinated", T(
    "Foreign ministers Aiko Tanabe and Kwame Asare-Bediako said in a joint statement on Saturday that their two countries would reopen the consulates they closed in 2019, ending a four-year diplomatic freeze.",
    "“This is a first step, not the last,” the statement said."),
    Q("their two countries would reopen the consulates they closed in 2019, ending a four-year diplomatic freeze", "indirect",
      "Aiko Tanabe and Kwame Asare-Bediako", "Aiko Tanabe and Kwame Asare-Bediako", "said", c="Asare-Bediako said"),
    Q("This is a first step, not the last,", "direct", "Aiko Tanabe and Kwame Asare-Bediako", "the statement", "said",
      c="statement said"),
)

case("coord-both-men-lift", "coordinated", T(
    "Gerald Young and Mehmet Aydın spent eleven hours trapped in a lift shaft in a Leeds office block before firefighters reached them on Sunday.",
    'Both men said they had never been so cold. Young, a retired postman, said the worst part was the silence. "You start hearing things," he said.'),
    Q("they had never been so cold", "indirect", "Gerald Young and Mehmet Aydın", "Both men", "said", c="men said"),
    Q("the worst part was the silence", "indirect", "Gerald Young", "Young", "said", m="Young, a retired", c="postman, said",
      note="surname is a common word"),
    Q("You start hearing things,", "direct", "Gerald Young", "he", "said", m='," he said', c="he said"),
)

case("coord-two-women-food-bank", "coordinated", T(
    "Kamila Nowicka and Dorota Lis, who founded the Szczecin food bank in 2015, told reporters on Monday that donations had fallen by half since January, while the number of families asking for help had doubled.",
    "‘People give less when they are frightened,’ the two women said."),
    Q("donations had fallen by half since January, while the number of families asking for help had doubled", "indirect",
      "Kamila Nowicka and Dorota Lis", "Kamila Nowicka and Dorota Lis", "told", c="told reporters"),
    Q("People give less when they are frightened,", "direct", "Kamila Nowicka and Dorota Lis", "the two women", "said",
      c="women said"),
)

case("coord-partners-bakery", "coordinated", T(
    "Tamar Levi and her business partner, Rana Haddad, said they would reopen their bakery in Haifa next month, a year after a fire gutted it.",
    "“We rebuilt the oven ourselves,” they said. Haddad added that the landlord had waived three months’ rent."),
    Q("they would reopen their bakery in Haifa next month, a year after a fire gutted it", "indirect",
      "Tamar Levi and Rana Haddad", "Tamar Levi and her business partner, Rana Haddad", "said", c="Haddad, said"),
    Q("We rebuilt the oven ourselves,", "direct", "Tamar Levi and Rana Haddad", "they", "said", m="” they said", c="they said"),
    Q("the landlord had waived three months’ rent", "indirect", "Rana Haddad", "Haddad", "added", m="Haddad added", c="added"),
)

case("coord-both-coaches", "coordinated", T(
    "Iñaki Etxeberria of Bilbao and Lautaro Giménez of Rosario, the coaches of the two finalists, both said on Friday that the heavy pitch would suit their side.",
    "“It’s a heavy field and we are a heavy team,” Etxeberria said. Giménez laughed at that. “Then we will run them until they are tired,” he said."),
    Q("the heavy pitch would suit their side", "indirect", "Iñaki Etxeberria and Lautaro Giménez",
      "Iñaki Etxeberria of Bilbao and Lautaro Giménez of Rosario", "said", c="both said"),
    Q("It’s a heavy field and we are a heavy team,", "direct", "Iñaki Etxeberria", "Etxeberria", "said",
      m="” Etxeberria said", c="Etxeberria said"),
    Q("Then we will run them until they are tired,", "direct", "Lautaro Giménez", "he", "said", m="” he said", c="he said",
      note="he = Giménez, the subject of the preceding sentence"),
)

# ---------------------------------------------------------------- 9. continuation and colon introductions
case("cont-pharmacist-colon", "continuation", T(
    "Ngaio Whaanga has run the only pharmacy in Ōpōtiki for 22 years, and this winter has been her hardest.",
    "“Last week I had a grandmother in tears because I could not fill her heart prescription,” Whaanga said. “I rang four suppliers. None of them had it.",
    "“We are told to wait for the next shipment. Nobody can tell me when that will be.”",
    "The district health board’s chief pharmacist, Grant Hollis, disagreed: “Supply has been tight, but no patient in the region has gone without a critical medicine.”"),
    Q("Last week I had a grandmother in tears because I could not fill her heart prescription,", "direct", "Ngaio Whaanga",
      "Whaanga", "said", m="” Whaanga said", c="Whaanga said"),
    Q("I rang four suppliers. None of them had it.", "direct", "Ngaio Whaanga", "Whaanga", "said", m="” Whaanga said",
      c="Whaanga said", note="paragraph ends without a closing mark: the quote continues"),
    Q("We are told to wait for the next shipment. Nobody can tell me when that will be.", "direct", "Ngaio Whaanga",
      "Whaanga", None, m="” Whaanga said", note="continuation paragraph, no cue"),
    Q("Supply has been tight, but no patient in the region has gone without a critical medicine.", "direct", "Grant Hollis",
      "Grant Hollis", "disagreed", c="disagreed"),
)

case("cont-depot-councillor", "continuation", T(
    "The mayor of Debrecen, Krisztina Fehér, defended the sale of the old tram depot to a private developer at a council meeting on Thursday.",
    '"We could not afford to heat it, let alone restore it," Fehér said. "Every winter it cost us more."',
    'Opposition councillor Áron Papp disagreed: "The depot was sold for a third of its value to a friend of the council.',
    '"We will ask the audit office to look at every line of the contract."'),
    Q("We could not afford to heat it, let alone restore it,", "direct", "Krisztina Fehér", "Fehér", "said", m='," Fehér said',
      c="Fehér said"),
    Q("Every winter it cost us more.", "direct", "Krisztina Fehér", "Fehér", "said", m='," Fehér said', c="Fehér said"),
    Q("The depot was sold for a third of its value to a friend of the council.", "direct", "Áron Papp", "Áron Papp",
      "disagreed", c="disagreed"),
    Q("We will ask the audit office to look at every line of the contract.", "direct", "Áron Papp", "Áron Papp", None,
      m="Áron Papp disagreed", note="continuation of the councillor's quote, no cue"),
)

case("cont-apple-grower-neighbour", "continuation", T(
    "‘The harvest was the worst I can remember,’ said Tomasz Grabowski, who grows apples near Grójec. ‘Frost in May, hail in July.",
    "‘My father had a year like this in 1991. He sold the tractor to get through it.’",
    "His neighbour, Agnieszka Wrona, countered: ‘Prices are up, so a small harvest is not the end of the world.’"),
    Q("The harvest was the worst I can remember,", "direct", "Tomasz Grabowski", "Tomasz Grabowski", "said", c="said Tomasz"),
    Q("Frost in May, hail in July.", "direct", "Tomasz Grabowski", "Tomasz Grabowski", "said", c="said Tomasz"),
    Q("My father had a year like this in 1991. He sold the tractor to get through it.", "direct", "Tomasz Grabowski",
      "Tomasz Grabowski", None, note="continuation paragraph, no cue; 'He' is the father"),
    Q("Prices are up, so a small harvest is not the end of the world.", "direct", "Agnieszka Wrona", "Agnieszka Wrona",
      "countered", c="countered"),
)

case("cont-headteacher-officer", "continuation", T(
    'Farida Benali, the headteacher, has decided to reopen the school on Monday despite the flood damage. "The children have lost enough days already," she said. "We will teach upstairs and in the church hall.',
    '"The parents have been wonderful. Some of them were here at six this morning with mops."',
    'The council\'s education officer, Yannick Morel, urged caution: "The building has not been checked by a structural engineer yet, and until it is, nobody should be inside."'),
    Q("The children have lost enough days already,", "direct", "Farida Benali", "she", "said", m='," she said', c="she said"),
    Q("We will teach upstairs and in the church hall.", "direct", "Farida Benali", "she", "said", m='," she said', c="she said"),
    Q("The parents have been wonderful. Some of them were here at six this morning with mops.", "direct", "Farida Benali",
      "she", None, m='," she said', note="continuation paragraph, no cue"),
    Q("The building has not been checked by a structural engineer yet, and until it is, nobody should be inside.", "direct",
      "Yannick Morel", "Yannick Morel", "urged", c="urged caution"),
)

case("cont-fisheries-officer-fisherman", "continuation", T(
    "“This agreement protects every fishing family on the lake,” said Moses Okello, the district fisheries officer, at the signing ceremony in Jinja on Tuesday.",
    "Samuel Wasswa, a fisherman, answered from the back of the hall: “It protects the factory boats. We small men will still be chased off the water at night.",
    "“Come and see for yourself at two in the morning.”"),
    Q("This agreement protects every fishing family on the lake,", "direct", "Moses Okello", "Moses Okello", "said", c="said Moses"),
    Q("It protects the factory boats. We small men will still be chased off the water at night.", "direct", "Samuel Wasswa",
      "Samuel Wasswa", "answered", c="answered"),
    Q("Come and see for yourself at two in the morning.", "direct", "Samuel Wasswa", "Samuel Wasswa", None,
      note="continuation paragraph, no cue"),
)

# ---------------------------------------------------------------- 10. titles and shared surnames
case("titles-couple-mensah", "titles", T(
    "Kwame Mensah and his wife, Abena Mensah, have run a guesthouse on the seafront in Cape Coast since 1998. On Saturday it was one of six buildings on the front damaged by the storm.",
    "“We lost the roof in an hour,” Mrs Mensah said. Her husband said the insurance would cover only part of the repairs. “Maybe a third,” Mr Mensah said. “If we are lucky.”"),
    Q("We lost the roof in an hour,", "direct", "Abena Mensah", "Mrs Mensah", "said", m="Mrs Mensah", c="Mrs Mensah said"),
    Q("the insurance would cover only part of the repairs", "indirect", "Kwame Mensah", "Her husband", "said", c="husband said"),
    Q("Maybe a third,", "direct", "Kwame Mensah", "Mr Mensah", "said", m="Mr Mensah", c="Mr Mensah said"),
    Q("If we are lucky.", "direct", "Kwame Mensah", "Mr Mensah", "said", m="Mr Mensah", c="Mr Mensah said"),
)

case("titles-senator-and-son", "titles", T(
    "Sen. Raymond Hope, 74, announced on Monday that he would not seek a fifth term. His son, Daniel Hope, a county prosecutor, is widely expected to run for the seat.",
    '"I have had my turn," the senator said. The younger Hope said he would decide by the end of the summer.'),
    Q("he would not seek a fifth term", "indirect", "Raymond Hope", "Sen. Raymond Hope", "announced", c="announced"),
    Q("I have had my turn,", "direct", "Raymond Hope", "the senator", "said", c="senator said"),
    Q("he would decide by the end of the summer", "indirect", "Daniel Hope", "The younger Hope", "said", c="Hope said"),
)

case("titles-archbishop-and-chief", "titles", T(
    "Archbishop Emeka Nwosu of Onitsha and Chief Obiora Nwosu, the traditional ruler of the neighbouring town of Umuoji, met on Sunday to discuss the land dispute between the two communities. The two men are not related.",
    "“We have buried too many young men over this land,” the archbishop said after the meeting. Chief Nwosu said his council would accept mediation."),
    Q("We have buried too many young men over this land,", "direct", "Emeka Nwosu", "the archbishop", "said",
      c="archbishop said"),
    Q("his council would accept mediation", "indirect", "Obiora Nwosu", "Chief Nwosu", "said", m="Chief Nwosu said",
      c="Nwosu said", note="same surname; the title decides"),
)

case("titles-general-and-mp", "titles", T(
    "Lt. Gen. Aditya Raman, who commands the army's northern sector, told a parliamentary committee on Wednesday that border patrols would be doubled before winter.",
    "Ms Kavitha Raman, an opposition member of the committee and no relation, asked whether the army had enough helicopters to do it.",
    '"We will find them," the general replied.'),
    Q("border patrols would be doubled before winter", "indirect", "Aditya Raman", "Lt. Gen. Aditya Raman", "told", c="told a"),
    Q("whether the army had enough helicopters to do it", "indirect", "Kavitha Raman", "Ms Kavitha Raman", "asked",
      c="asked whether"),
    Q("We will find them,", "direct", "Aditya Raman", "the general", "replied", c="replied"),
)

case("titles-dame-and-doctor", "titles", T(
    "Dame Moana Ngata, the conductor, and her daughter, Dr Hinemoa Ngata, a paediatrician, were both honoured at a ceremony in Wellington on Thursday.",
    "‘I never expected this,’ said Dame Moana. Her daughter was more matter-of-fact: ‘Mum has earned it twice over. I’m just glad to be standing next to her.’",
    "Dr Ngata said she would give her award’s prize money to the children’s ward at Hutt Hospital."),
    Q("I never expected this,", "direct", "Moana Ngata", "Dame Moana", "said", m="said Dame Moana", c="said Dame"),
    Q("Mum has earned it twice over. I’m just glad to be standing next to her.", "direct", "Hinemoa Ngata", "Her daughter",
      None, note="colon introduction without a speech verb; apostrophe inside single quotes"),
    Q("she would give her award’s prize money to the children’s ward at Hutt Hospital", "indirect", "Hinemoa Ngata",
      "Dr Ngata", "said", m="Dr Ngata said", c="Ngata said", note="Dr = the daughter"),
)

# ---------------------------------------------------------------- 11. name shapes
case("names-particle-hyphen", "names", T(
    "Friederike von der Heyden, the European Union’s trade envoy, and Chiamaka Okonjo-Adeyemi, Nigeria’s trade minister, met in Abuja on Thursday for a third round of talks on cocoa tariffs.",
    "“We are closer than we have ever been,” von der Heyden said afterwards. Okonjo-Adeyemi was more cautious, saying that “closer is not the same as close”."),
    Q("We are closer than we have ever been,", "direct", "Friederike von der Heyden", "von der Heyden", "said",
      m="” von der Heyden", c="Heyden said"),
    Q("closer is not the same as close", "mixed", "Chiamaka Okonjo-Adeyemi", "Okonjo-Adeyemi", "saying",
      m="Okonjo-Adeyemi was", c="saying"),
)

case("names-vietnamese-given-name", "names", T(
    "Nguyen Thi Lan has sold pho from the same corner of Hang Bac street in Hanoi for 26 years. In March her landlord, Le Van Binh, told her the rent would double.",
    "“I cannot make that much from soup,” Ms Lan said. Mr Binh said the building’s owners, an investment fund, had set the increase and that he had no say."),
    Q("the rent would double", "indirect", "Le Van Binh", "Le Van Binh", "told", c="told her"),
    Q("I cannot make that much from soup,", "direct", "Nguyen Thi Lan", "Ms Lan", "said", c="Lan said",
      note="Vietnamese: the given name (last) is used with the honorific"),
    Q("the building’s owners, an investment fund, had set the increase and that he had no say", "indirect", "Le Van Binh",
      "Mr Binh", "said", c="Binh said"),
)

case("names-bin-and-de-la", "names", T(
    "Sheikh Abdullah bin Faisal Al Mansoori, chairman of the Ras Marfa port authority, signed a 30-year lease with the Spanish operator Puertos del Sur on Tuesday. Its chief executive, Pedro de la Cruz Montalbán, flew in for the ceremony.",
    '"This port will double in size within ten years," Sheikh Abdullah said. De la Cruz called the deal "the most important in our history".'),
    Q("This port will double in size within ten years,", "direct", "Abdullah bin Faisal Al Mansoori", "Sheikh Abdullah", "said",
      m='," Sheikh Abdullah', c="Abdullah said"),
    Q("the most important in our history", "mixed", "Pedro de la Cruz Montalbán", "De la Cruz", "called", c="called"),
)

case("names-single-name-common-word", "names", T(
    "Sutrisno, a rice farmer from Klaten in Central Java who like many Javanese goes by a single name, planted a new drought-tolerant variety this season on the advice of Emily Strong, an agronomist with the Asian Rice Network.",
    "“The new seed needs less water but more fertiliser,” Sutrisno said. “Fertiliser is what I cannot afford.”",
    "Strong said subsidies for fertiliser were being discussed with the provincial government."),
    Q("The new seed needs less water but more fertiliser,", "direct", "Sutrisno", "Sutrisno", "said", m="” Sutrisno said",
      c="Sutrisno said"),
    Q("Fertiliser is what I cannot afford.", "direct", "Sutrisno", "Sutrisno", "said", m="” Sutrisno said", c="Sutrisno said"),
    Q("subsidies for fertiliser were being discussed with the provincial government", "indirect", "Emily Strong", "Strong",
      "said", m="Strong said", c="Strong said", note="sentence-initial surname that is a common word"),
)

case("names-surname-bishop-vicar", "names", T(
    "Lorna Bishop, a parish councillor in Ashby, has led the campaign against the new quarry since it was proposed in 2022. The vicar of St Mary's, the Rev. Tunde Adeyinka, has also spoken out against it.",
    '"Bishop has done more for this village than the district council has in a decade," the vicar said. "I just pray they listen to her."',
    "Bishop said the campaign had raised £12,000 for legal fees."),
    Q("Bishop has done more for this village than the district council has in a decade,", "direct", "Tunde Adeyinka",
      "the vicar", "said", m='," the vicar', c="vicar said", note="the quote names Bishop (a surname that looks like a title)"),
    Q("I just pray they listen to her.", "direct", "Tunde Adeyinka", "the vicar", "said", m='," the vicar', c="vicar said"),
    Q("the campaign had raised £12,000 for legal fees", "indirect", "Lorna Bishop", "Bishop", "said", m="Bishop said",
      c="Bishop said"),
)

# ---------------------------------------------------------------- 12. cue verbs
case("cues-insisted-quipped-warned", "cue-verbs", T(
    "Mayor Ifeanyi Obi, who has not ruled out a third term, spent most of Monday's press conference defending the new bus lanes on Independence Avenue. He insisted that they had cut journey times by a fifth.",
    'When the subject of next year\'s election came up, he smiled. "Ask my wife," he quipped.',
    'His chief of staff, Ngozi Eze, later warned reporters that the mayor\'s jokes were "not policy statements".'),
    Q("they had cut journey times by a fifth", "indirect", "Ifeanyi Obi", "He", "insisted", m="He insisted", c="insisted"),
    Q("Ask my wife,", "direct", "Ifeanyi Obi", "he", "quipped", m='," he quipped', c="quipped"),
    Q("not policy statements", "mixed", "Ngozi Eze", "Ngozi Eze", "warned", c="warned"),
)

case("cues-wrote-tweeted", "cue-verbs", T(
    "A Kraków court on Thursday ordered the novelist Dorota Mazur to pay damages to a businessman who recognised himself in one of her characters.",
    "Hours after the verdict, Mazur wrote on her blog that the court had “put a price on silence”. Her publisher, Jakub Orzeł, tweeted: “Proud to stand with Dorota. We will appeal.”"),
    Q("put a price on silence", "mixed", "Dorota Mazur", "Mazur", "wrote", m="Mazur wrote", c="wrote"),
    Q("Proud to stand with Dorota. We will appeal.", "direct", "Jakub Orzeł", "Jakub Orzeł", "tweeted", c="tweeted",
      note="the tweet names Dorota; the speaker is the publisher"),
)

case("cues-recalled-testified", "cue-verbs", T(
    "Testifying before a Senate committee on Wednesday, former air traffic controller Rosa Whitehorse recalled that her radar screen had frozen twice on the night of the collision.",
    '"I called my supervisor over and we switched to the backup system, but we lost about ninety seconds," she testified.',
    "Her former supervisor, Glen Carver, is due to appear before the committee on Thursday."),
    Q("her radar screen had frozen twice on the night of the collision", "indirect", "Rosa Whitehorse", "Rosa Whitehorse",
      "recalled", c="recalled"),
    Q("I called my supervisor over and we switched to the backup system, but we lost about ninety seconds,", "direct",
      "Rosa Whitehorse", "she", "testified", m='," she testified', c="testified"),
)

case("cues-argued-asked-whether", "cue-verbs", T(
    "Defence lawyer Kaveh Sadeghi argued on Tuesday that his client’s confession had been obtained without an interpreter present.",
    "Judge Margit Balogh asked whether the defence had raised the point at the first hearing. It had not, the prosecutor, Lindiwe Dube, told the court. ‘This objection is eight months late,’ she said."),
    Q("his client’s confession had been obtained without an interpreter present", "indirect", "Kaveh Sadeghi", "Kaveh Sadeghi",
      "argued", c="argued"),
    Q("whether the defence had raised the point at the first hearing", "indirect", "Margit Balogh", "Judge Margit Balogh",
      "asked", c="asked"),
    Q("It had not", "indirect", "Lindiwe Dube", "Lindiwe Dube", "told", c="told the court",
      note="reported clause before the cue, no 'that'"),
    Q("This objection is eight months late,", "direct", "Lindiwe Dube", "she", "said", m="’ she said", c="she said"),
)

case("cues-response-conceded", "cue-verbs", T(
    "The National Civil Aviation Authority fined Atlântico Air 2 million euros on Monday, saying the airline had ignored three warnings about chronic delays.",
    "Its chief executive, Rui Carvalho, was unrepentant. Carvalho’s response: “We will pay it and we will keep flying.”",
    "The airline’s operations director, Inês Matos, conceded that summer punctuality had been “not good enough”."),
    Q("the airline had ignored three warnings about chronic delays", "indirect", "National Civil Aviation Authority",
      "The National Civil Aviation Authority", "saying", c="saying"),
    Q("We will pay it and we will keep flying.", "direct", "Rui Carvalho", "Carvalho", "response", m="Carvalho’s response",
      c="response"),
    Q("not good enough", "mixed", "Inês Matos", "Inês Matos", "conceded", c="conceded"),
)


if __name__ == "__main__":
    CASES.main()
