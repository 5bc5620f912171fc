#!/usr/bin/env python3
"""Hand-written hard cases for quote attribution, second batch (speaker choice and naming).

Each case is (case_id, category, text, quotes). Every text is invented for this set; the
situations are new (none is a variant of a hard_cases.py case). Running the script writes
tests/suite/hard_cases2.jsonl (one JSON object per document, in the format of
../shared/eval/annotate.py plus "category" and "style" keys, the same value: suite_report.py
groups by "style"; ids are "hard2/<case>") and, without -q, prints every quote, mention and
cue span for checking. It needs ../shared/eval (or WHOSAID_EVAL=DIR) for annotate.py.
Written by a helper who had not read the extractor's rules and did not run it.

Categories (5 documents each): same-surname, married-title, told-outlet, social-media,
interpreter, speaker-next-para, embedded-quote, spokesperson, group-vs-member, long-gap,
question-answer, negated-hypothetical.

Conventions (those of hard_cases.py, plus the last four points)
- direct: content inside the marks, marks excluded; an interrupted quote is two rows.
- mixed: only the quoted words; indirect: the reported clause, without "that"
  (an indirect question keeps "whether").
- speaker: fullest name in the document without titles or honorifics (Tan Sri, Datuk, Shri,
  Smt., Alhaji, Hajiya, Nana, Rabbi, Imam, Sister, Rev., Sir, Baroness, Lord, Ratu, Justice
  are all dropped; a peer styled "Lord ap Rhys" is the person "Ifan ap Rhys"); a couple
  written "Teodoro and Liwayway Bautista" gives "Teodoro Bautista"; unnamed sources as the head
  noun phrase as written (determiner + premodifiers + noun, post-modifiers dropped:
  "a spokesperson for the Ministry of Fisheries" -> "a spokesperson"); groups as the plural
  noun ("members", "parents", "herders", "police"; "his family" -> "family"); organisations
  by their full name as written; a statement stands for its author; a social-media account
  known only by its handle is named by the handle.
- mention: the span naming the speaker at this quote (a capitalised title right before a name
  is included: "Tan Sri Lim", "Smt. Rawat", "Lord ap Rhys"); for a speaker named only in a
  later paragraph, the name there, or the describing phrase when the quote is introduced by
  one ("One member of the county assembly").
- outlets, hosts, interpreters and translators are never the speaker of what they carry.
- a quote inside a quote (a speaker quoting a doctor, a letter, a text message or her late
  father) is the outer speaker's; the inner quote is an optional row (it counts neither way).
  Slogans, banners, printed lines and headlines that nobody said are optional rows with no
  speaker.
- nothing is annotated for "declined to say whether", "would not comment", "did not say",
  "refused to confirm", "has said nothing", "might argue", nor for a reporter's question in a
  passive "Asked whether ..." with no asker named; a reporter's question in marks, or with the
  asker named ("asked by a television reporter whether"), is the reporter's.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hardcases import Cases, Q, T  # noqa: E402

CASES = Cases("hard2", "hard_cases2.jsonl")
case = CASES.case


# ---------------------------------------------------------------- 1. shared surnames
case("surname-father-son-vineyard", "same-surname", T(
    "Giorgi Beridze, 81, planted the first vines on his family’s land in Kakheti in 1968, when every grape went to the state collective farm. His son, Levan Beridze, 49, took over the estate in 2015 and now bottles its wine under the family name.",
    "‘We sold every grape to the state for thirty years and never saw a bottle with our name on it,’ the elder Beridze said, pouring a glass in the cellar. ‘Now my son sends wine to Tokyo.’",
    "Levan said the estate would export to Japan and South Korea for the first time this year, and that his father still tastes every barrel before it is sealed."),
    Q("We sold every grape to the state for thirty years and never saw a bottle with our name on it,", "direct",
      "Giorgi Beridze", "the elder Beridze", "said", m="the elder Beridze", c="Beridze said",
      note="'the elder' = the father; the most recent Beridze named is the son"),
    Q("Now my son sends wine to Tokyo.", "direct", "Giorgi Beridze", "the elder Beridze", "said",
      m="the elder Beridze", c="Beridze said"),
    Q("the estate would export to Japan and South Korea for the first time this year, and that his father still tastes every barrel before it is sealed",
      "indirect", "Levan Beridze", "Levan", "said", m="Levan said", c="Levan said",
      note="first name alone; the surname is shared"),
)

case("surname-two-ministers-khan", "same-surname", T(
    "Finance Minister Shahid Khan and Planning Minister Rubina Khan, who are not related, clashed openly on Wednesday over the proposed Sarghun reservoir at a cabinet briefing in Islamabad.",
    '"The budget has no room for a new dam this year or next," the finance minister told reporters after the briefing. Ms. Khan replied that the reservoir would pay for itself within fifteen years through electricity sales.',
    '"Then she can find the money in her own ministry," Mr. Khan said.'),
    Q("The budget has no room for a new dam this year or next,", "direct", "Shahid Khan", "the finance minister", "told",
      m="the finance minister told", c="told reporters", note="two ministers named Khan; the portfolio decides"),
    Q("the reservoir would pay for itself within fifteen years through electricity sales", "indirect", "Rubina Khan",
      "Ms. Khan", "replied", m="Ms. Khan replied", c="replied", note="Ms. = the planning minister"),
    Q("Then she can find the money in her own ministry,", "direct", "Shahid Khan", "Mr. Khan", "said", m="Mr. Khan said",
      c="Khan said", note="Mr. = the finance minister; 'she' in the quote is the other Khan"),
)

case("surname-archer-sisters", "same-surname", T(
    "Kim Ha-eun, 24, and her younger sister, Kim Ye-jin, 21, will both shoot for South Korea at the world archery championships in Berlin next month, the first sisters to make the national team in the same year.",
    "“My sister put a bow in my hands when I was nine,” the younger Kim said at the team’s send-off in Seoul on Friday. “Now I want to beat her in the final.”",
    "Ha-eun said she would be happy to lose to anyone except Ye-jin."),
    Q("My sister put a bow in my hands when I was nine,", "direct", "Kim Ye-jin", "the younger Kim", "said",
      m="the younger Kim", c="Kim said", note="'the younger Kim' = Ye-jin; 'My sister' in the quote is Ha-eun"),
    Q("Now I want to beat her in the final.", "direct", "Kim Ye-jin", "the younger Kim", "said", m="the younger Kim",
      c="Kim said"),
    Q("she would be happy to lose to anyone except Ye-jin", "indirect", "Kim Ha-eun", "Ha-eun", "said",
      m="Ha-eun said", c="Ha-eun said", note="Korean given name alone; the clause names the other sister"),
)

case("surname-ferry-johansen", "same-surname", T(
    "Two witnesses named Johansen gave evidence on Tuesday at the inquiry into the collision between the ferry Nordlys and a fishing boat off Bodø in January. Ingrid Johansen was the ferry’s captain; Tor Johansen, no relation, was the harbour pilot on duty that night.",
    "‘The fog came down in less than a minute,’ the captain told the inquiry. ‘I could not see my own bow from the bridge.’",
    "‘Nobody on the ferry told me she had changed course,’ Johansen, the pilot, said. ‘I found out from the radar, like everybody else.’"),
    Q("The fog came down in less than a minute,", "direct", "Ingrid Johansen", "the captain", "told",
      m="the captain told", c="told the inquiry", note="role noun picks one of two Johansens"),
    Q("I could not see my own bow from the bridge.", "direct", "Ingrid Johansen", "the captain", "told",
      m="the captain told", c="told the inquiry"),
    Q("Nobody on the ferry told me she had changed course,", "direct", "Tor Johansen", "Johansen", "said",
      m="Johansen, the pilot", c="pilot, said",
      note="bare shared surname: only the apposition 'the pilot' decides; 'she' in the quote is the ferry"),
    Q("I found out from the radar, like everybody else.", "direct", "Tor Johansen", "Johansen", "said",
      m="Johansen, the pilot", c="pilot, said"),
)

case("surname-bautista-couple", "same-surname", T(
    "Teodoro and Liwayway Bautista have fished the waters off Bantayan island together for thirty years. Since the typhoon in October, they have been going out twice as far for half the catch.",
    "“The fish went deep after the storm and they have not come back up,” Teodoro said on Monday, mending a net on the beach. His wife keeps the family’s accounts in a school exercise book.",
    "“We earn half of what we did before the typhoon,” she said. She added that she had applied for a government fuel subsidy in November and was still waiting."),
    Q("The fish went deep after the storm and they have not come back up,", "direct", "Teodoro Bautista", "Teodoro",
      "said", m="” Teodoro said", c="Teodoro said",
      note="the full name is never written together ('Teodoro and Liwayway Bautista')"),
    Q("We earn half of what we did before the typhoon,", "direct", "Liwayway Bautista", "she", "said",
      m="” she said", c="she said", note="she = the wife, introduced only as 'His wife'"),
    Q("she had applied for a government fuel subsidy in November and was still waiting", "indirect",
      "Liwayway Bautista", "She", "added", m="She added", c="added"),
)

# ---------------------------------------------------------------- 2. honorifics and titles of many traditions
case("title-tan-sri-datuk", "married-title", T(
    "Tan Sri Lim Chee Keong, chairman of the Penang port operator Selat Holdings, and Datuk Noraini Abdullah, the state’s tourism executive councillor, opened a new cruise terminal in George Town on Saturday.",
    "“Five years ago a cruise ship could not even tie up here,” Tan Sri Lim said. “Next year we expect three hundred of them.”",
    "Datuk Noraini said the state would cap cruise arrivals at two ships a day to protect the heritage zone from overcrowding."),
    Q("Five years ago a cruise ship could not even tie up here,", "direct", "Lim Chee Keong", "Tan Sri Lim", "said",
      m="Tan Sri Lim said", c="Lim said", note="'Tan Sri' is a Malaysian title, not a name; surname Lim first"),
    Q("Next year we expect three hundred of them.", "direct", "Lim Chee Keong", "Tan Sri Lim", "said",
      m="Tan Sri Lim said", c="Lim said"),
    Q("the state would cap cruise arrivals at two ships a day to protect the heritage zone from overcrowding", "indirect",
      "Noraini Abdullah", "Datuk Noraini", "said", m="Datuk Noraini said", c="Noraini said",
      note="Malay usage: title + given name; 'Abdullah' is a patronymic, not a surname"),
)

case("title-shri-smt-panchayat", "married-title", T(
    "The gram panchayat of Dwarahat block in Uttarakhand voted on Thursday to ban plastic bags in its twelve villages. The resolution was moved by Smt. Kamla Devi Rawat, the panchayat's pradhan, and opposed by Shri Harish Chandra Pant, who runs the largest shop in the block.",
    '"Our streams are full of bags that nobody remembers buying," Smt. Rawat said after the vote.',
    'Shri Pant said shopkeepers had not been given time to find cloth bags, and warned that "the poorest customers will pay for this".'),
    Q("Our streams are full of bags that nobody remembers buying,", "direct", "Kamla Devi Rawat", "Smt. Rawat", "said",
      m="Smt. Rawat said", c="Rawat said", note="'Smt.' (Shrimati) is an honorific"),
    Q("shopkeepers had not been given time to find cloth bags", "indirect", "Harish Chandra Pant", "Shri Pant", "said",
      m="Shri Pant said", c="Pant said", note="'Shri' is an honorific"),
    Q("the poorest customers will pay for this", "mixed", "Harish Chandra Pant", "Shri Pant", "warned",
      m="Shri Pant said", c="warned"),
)

case("title-alhaji-nana-hajiya", "married-title", T(
    "Alhaji Sani Musa Gwarzo, who chairs the Kano cattle dealers’ association, and Nana Kwame Asiedu Darko, a traditional chief from Ghana’s Bono region, signed an agreement in Accra on Monday to reopen the cattle trade between their two regions.",
    "“Our herders have lost two seasons of trade,” Alhaji Gwarzo told reporters at the signing. “Today we get them back.”",
    "Nana Asiedu Darko said the herders would use three agreed routes and that his council would settle any dispute with farmers within a week. Alhaji Gwarzo’s deputy, Hajiya Rakiya Sule, said women traders would get their own stalls at the Techiman cattle market."),
    Q("Our herders have lost two seasons of trade,", "direct", "Sani Musa Gwarzo", "Alhaji Gwarzo", "told",
      m="Alhaji Gwarzo told", c="told reporters", note="'Alhaji' is an honorific for a man who made the hajj"),
    Q("Today we get them back.", "direct", "Sani Musa Gwarzo", "Alhaji Gwarzo", "told", m="Alhaji Gwarzo told",
      c="told reporters"),
    Q("the herders would use three agreed routes and that his council would settle any dispute with farmers within a week",
      "indirect", "Kwame Asiedu Darko", "Nana Asiedu Darko", "said", m="Nana Asiedu Darko said", c="Darko said",
      note="'Nana' is an Akan chief's title, not a given name"),
    Q("women traders would get their own stalls at the Techiman cattle market", "indirect", "Rakiya Sule", "Hajiya Rakiya Sule",
      "said", c="Sule, said", note="'Hajiya' is a title; the possessive before her names her boss"),
)

case("title-faith-leaders", "married-title", T(
    "Rabbi Miriam Adler, Imam Yusuf Patel, Father Declan Muldowney and Sister Bernadette Okafor met in Leicester on Sunday to plan a joint night shelter for the winter, the first the city’s faith groups have run together.",
    "‘We each have a hall that sits empty six nights a week,’ the rabbi said. Imam Patel said the mosque would provide hot meals on Fridays.",
    "Sister Bernadette, who ran a women’s shelter in Lagos for twenty years, warned: ‘Beds are the easy part. The hard part is finding volunteers at four in the morning.’",
    "The Rev. Gareth Pryce of St Mark’s said his church would open its doors on Mondays and Tuesdays."),
    Q("We each have a hall that sits empty six nights a week,", "direct", "Miriam Adler", "the rabbi", "said",
      m="the rabbi said", c="rabbi said", note="role noun from the title 'Rabbi'"),
    Q("the mosque would provide hot meals on Fridays", "indirect", "Yusuf Patel", "Imam Patel", "said",
      m="Imam Patel said", c="Patel said"),
    Q("Beds are the easy part. The hard part is finding volunteers at four in the morning.", "direct",
      "Bernadette Okafor", "Sister Bernadette", "warned", m="Sister Bernadette,", c="warned",
      note="a religious sister is named by title + given name; 'Sister' is not a relation"),
    Q("his church would open its doors on Mondays and Tuesdays", "indirect", "Gareth Pryce", "Rev. Gareth Pryce", "said",
      c="Mark’s said", note="'The Rev.' title; the church name sits before the cue"),
)

case("title-lords-committee", "married-title", T(
    "Sir Callum Rennie, the chief executive of the housing charity Crofthome, told a House of Lords committee on Tuesday that rural rents in the Highlands had risen faster than anywhere else in Britain over the past five years.",
    "Baroness Priya Varsani, who chairs the committee, asked whether second homes were to blame. ‘They are a large part of it,’ Sir Callum replied. ‘In some glens one house in three is empty all winter.’",
    "Ifan ap Rhys, a former Welsh housing minister who now sits in the Lords, said the committee would visit Skye in the spring. ‘We should see the empty glens for ourselves,’ Lord ap Rhys said."),
    Q("rural rents in the Highlands had risen faster than anywhere else in Britain over the past five years", "indirect",
      "Callum Rennie", "Sir Callum Rennie", "told", c="told a House"),
    Q("whether second homes were to blame", "indirect", "Priya Varsani", "Baroness Priya Varsani", "asked",
      c="asked whether", note="'Baroness' is a title"),
    Q("They are a large part of it,", "direct", "Callum Rennie", "Sir Callum", "replied", m="Sir Callum replied",
      c="replied", note="Sir + given name"),
    Q("In some glens one house in three is empty all winter.", "direct", "Callum Rennie", "Sir Callum", "replied",
      m="Sir Callum replied", c="replied"),
    Q("the committee would visit Skye in the spring", "indirect", "Ifan ap Rhys", "Ifan ap Rhys", "said",
      c="Lords, said", note="Welsh 'ap' particle"),
    Q("We should see the empty glens for ourselves,", "direct", "Ifan ap Rhys", "Lord ap Rhys", "said",
      m="Lord ap Rhys said", c="Rhys said", note="peerage style 'Lord ap Rhys' for the person Ifan ap Rhys"),
)

# ---------------------------------------------------------------- 3. outlets, hosts, interviews
case("outlet-told-cnn-network", "told-outlet", T(
    "The governor of Oaxaca, Itzel Martínez Cruz, told CNN on Sunday that the federal government had sent one rescue team for every forty collapsed buildings after Thursday’s earthquake.",
    "“We are counting bodies, not houses,” Martínez told the network from the town of Juchitán. “Mexico City is still counting houses.”",
    "The Interior Ministry said in a statement that more teams were on their way."),
    Q("the federal government had sent one rescue team for every forty collapsed buildings after Thursday’s earthquake",
      "indirect", "Itzel Martínez Cruz", "Itzel Martínez Cruz", "told", c="told CNN",
      note="CNN is the addressee, right next to the cue"),
    Q("We are counting bodies, not houses,", "direct", "Itzel Martínez Cruz", "Martínez", "told",
      m="” Martínez told", c="told the network", note="first of two Spanish surnames; 'the network' is the outlet"),
    Q("Mexico City is still counting houses.", "direct", "Itzel Martínez Cruz", "Martínez", "told",
      m="” Martínez told", c="told the network"),
    Q("more teams were on their way", "indirect", "Interior Ministry", "The Interior Ministry", "said",
      c="Ministry said"),
)

case("outlet-told-al-jazeera", "told-outlet", T(
    "‘The crossing has been closed to trucks for nineteen days,’ Khalil Al-Masri, a driver from Ma’an, told Al Jazeera on Wednesday. ‘We sleep in our cabs and eat what the villages give us.’",
    "Another driver, Ahmad Nasrallah, told Al Arabiya that some drivers had sold their cargo at the roadside rather than let it rot.",
    "The border authority told Al Jazeera that the closure was temporary."),
    Q("The crossing has been closed to trucks for nineteen days,", "direct", "Khalil Al-Masri", "Khalil Al-Masri",
      "told", c="told Al Jazeera on", note="the outlet name looks like an Arabic personal name (Al-…)"),
    Q("We sleep in our cabs and eat what the villages give us.", "direct", "Khalil Al-Masri", "Khalil Al-Masri",
      "told", c="told Al Jazeera on", note="the name nearest the second half is the outlet"),
    Q("some drivers had sold their cargo at the roadside rather than let it rot", "indirect", "Ahmad Nasrallah",
      "Ahmad Nasrallah", "told", c="told Al Arabiya"),
    Q("the closure was temporary", "indirect", "border authority", "The border authority", "told",
      c="authority told"),
)

case("outlet-interview-with-bloomberg-host", "told-outlet", T(
    "Aroha Whitcombe, the chief executive of the dairy cooperative Rangitoto Milk, said in an interview with Bloomberg Television on Monday that the cooperative would cut its farmgate milk price forecast for the second time this season.",
    "\"Chinese demand has not come back the way anyone hoped,\" Whitcombe told the programme's host, Rebecca Lindqvist. \"We would rather tell farmers now than in March.\"",
    "Asked by Lindqvist whether the cooperative would cut jobs, she said the board had not discussed it."),
    Q("the cooperative would cut its farmgate milk price forecast for the second time this season", "indirect",
      "Aroha Whitcombe", "Aroha Whitcombe", "said", c="said in an interview",
      note="'Bloomberg' (a surname-shaped outlet) sits between the cue and the clause"),
    Q("Chinese demand has not come back the way anyone hoped,", "direct", "Aroha Whitcombe", "Whitcombe", "told",
      m='" Whitcombe told', c="told the programme", note="the host, a person, is named right after the cue"),
    Q("We would rather tell farmers now than in March.", "direct", "Aroha Whitcombe", "Whitcombe", "told",
      m='" Whitcombe told', c="told the programme", note="the nearest name before it is the host"),
    Q("whether the cooperative would cut jobs", "indirect", "Rebecca Lindqvist", "Lindqvist", "Asked",
      m="by Lindqvist", c="Asked by", note="the host's question, asker named"),
    Q("the board had not discussed it", "indirect", "Aroha Whitcombe", "she", "said", m="she said", c="she said",
      note="she = the interviewee, not the host named in the same sentence"),
)

case("outlet-according-to-interview-published", "told-outlet", T(
    "The Brno Philharmonic will lose its chief conductor at the end of the season, according to an interview with Tereza Horáková published on Friday by the weekly Nová Doba.",
    "In the interview, Horáková said she had been offered the music directorship of an orchestra abroad. “Brno has been my home for eleven years,” she told the magazine. “Leaving it is the hardest thing I have done.”",
    "The orchestra’s director, Pavel Novotný, confirmed her departure but said no successor had been chosen."),
    Q("The Brno Philharmonic will lose its chief conductor at the end of the season", "indirect", "Tereza Horáková",
      "Tereza Horáková", "according to", c="according to an interview",
      note="the interviewee is the source, not the weekly that published it"),
    Q("she had been offered the music directorship of an orchestra abroad", "indirect", "Tereza Horáková", "Horáková",
      "said", m="Horáková said", c="Horáková said"),
    Q("Brno has been my home for eleven years,", "direct", "Tereza Horáková", "she", "told", m="” she told",
      c="told the magazine"),
    Q("Leaving it is the hardest thing I have done.", "direct", "Tereza Horáková", "she", "told", m="” she told",
      c="told the magazine"),
    Q("no successor had been chosen", "indirect", "Pavel Novotný", "Pavel Novotný", "said", c="but said"),
)

case("outlet-radio-host-interview", "told-outlet", T(
    "Speaking on the breakfast show of the Kampala station Star Wave FM, hosted by Patience Nakato, the transport minister, Godfrey Ssemakula, said on Tuesday that boda-boda motorcycle taxis would be banned from the city centre from July.",
    "‘The city cannot breathe,’ Ssemakula told Nakato, who had asked him how riders would feed their families. ‘We will give them the ring road.’",
    "Nakato said afterwards that the station had received more than four hundred calls during the interview."),
    Q("boda-boda motorcycle taxis would be banned from the city centre from July", "indirect", "Godfrey Ssemakula",
      "Godfrey Ssemakula", "said", c="Ssemakula, said", note="station and host are named first"),
    Q("The city cannot breathe,", "direct", "Godfrey Ssemakula", "Ssemakula", "told", m="’ Ssemakula told",
      c="Ssemakula told", note="the object of 'told' is the host, a person"),
    Q("how riders would feed their families", "indirect", "Patience Nakato", "who", "asked", m="who had asked",
      c="asked him", opt=True, note="the host's indirect question inside a relative clause"),
    Q("We will give them the ring road.", "direct", "Godfrey Ssemakula", "Ssemakula", "told", m="’ Ssemakula told",
      c="Ssemakula told", note="the name nearest before it is the host"),
    Q("the station had received more than four hundred calls during the interview", "indirect", "Patience Nakato",
      "Nakato", "said", m="Nakato said", c="Nakato said", note="the host speaks for herself here"),
)

# ---------------------------------------------------------------- 4. social media
case("social-wrote-on-x", "social-media", T(
    "Nkem Odukwe, the Nigerian sprinter who was disqualified from the 100 metres final in Rome for a false start, wrote on X on Sunday night that the starting-block sensor had been \"set like a hair trigger\".",
    '"Four years of work, gone in a hundredth of a second," she wrote. "I will be back."',
    "The meet's organisers said the disqualification had followed the rules."),
    Q("set like a hair trigger", "mixed", "Nkem Odukwe", "Nkem Odukwe", "wrote", c="wrote on X",
      note="X is the platform, not a person"),
    Q("Four years of work, gone in a hundredth of a second,", "direct", "Nkem Odukwe", "she", "wrote",
      m='," she wrote', c="she wrote"),
    Q("I will be back.", "direct", "Nkem Odukwe", "she", "wrote", m='," she wrote', c="she wrote"),
    Q("the disqualification had followed the rules", "indirect", "organisers", "The meet's organisers", "said",
      c="organisers said"),
)

case("social-facebook-mayor-comment", "social-media", T(
    "In a post on Facebook on Saturday, the mayor of Tromsø, Sigrid Nilsen Haugen, announced that the city’s ski lift would stay closed for a second winter. “I know how much the lift means to families here, and I am as disappointed as anyone,” she wrote.",
    "Within hours the post had more than two thousand comments. One, from a ski instructor, Jonas Eriksen Sara, read: “Disappointed is not a plan.”",
    "The city’s head of culture, Marit Solbakken, posted on her own page that repairs would cost at least 40 million kroner."),
    Q("the city’s ski lift would stay closed for a second winter", "indirect", "Sigrid Nilsen Haugen",
      "Sigrid Nilsen Haugen", "announced", c="announced", note="sentence opens with 'In a post on Facebook'"),
    Q("I know how much the lift means to families here, and I am as disappointed as anyone,", "direct",
      "Sigrid Nilsen Haugen", "she", "wrote", m="” she wrote", c="she wrote"),
    Q("Disappointed is not a plan.", "direct", "Jonas Eriksen Sara", "Jonas Eriksen Sara", "read", c="read:",
      note="a comment under the mayor's post: the commenter is the speaker, cue 'read'"),
    Q("repairs would cost at least 40 million kroner", "indirect", "Marit Solbakken", "Marit Solbakken", "posted",
      c="posted"),
)

case("social-video-posted-online", "social-media", T(
    "In a video posted online on Thursday, Ayelén Painequeo, a Mapuche community leader from the Araucanía region, said her community would block the logging road to the Lleu Lleu forest until the regional government agreed to meet them.",
    '"We have written letters for six years," Painequeo said in the video, which was filmed beside a felled monkey-puzzle tree. "Nobody answers letters."',
    "The regional government said in a statement that it had received no letters."),
    Q("her community would block the logging road to the Lleu Lleu forest until the regional government agreed to meet them",
      "indirect", "Ayelén Painequeo", "Ayelén Painequeo", "said", c="region, said"),
    Q("We have written letters for six years,", "direct", "Ayelén Painequeo", "Painequeo", "said",
      m='," Painequeo said', c="Painequeo said", note="'said in the video'"),
    Q("Nobody answers letters.", "direct", "Ayelén Painequeo", "Painequeo", "said", m='," Painequeo said',
      c="Painequeo said"),
    Q("it had received no letters", "indirect", "regional government", "The regional government", "said",
      c="government said"),
)

case("social-linkedin-post", "social-media", T(
    "Rohan Deshpande, who founded the Pune logistics start-up Dabbaline, said in a LinkedIn post on Monday that the company would lay off 140 of its 600 employees.",
    "‘I hired too fast and I believed our own forecasts,’ Deshpande wrote. ‘That is on me, not on the people who are leaving.’",
    "Under the post, a former employee, Sneha Kulkarni, wrote that she had learnt of her dismissal from a calendar invitation. Dabbaline’s chief operating officer, Arjun Mehra, did not respond to a message."),
    Q("the company would lay off 140 of its 600 employees", "indirect", "Rohan Deshpande", "Rohan Deshpande", "said",
      c="said in a LinkedIn", note="'in a LinkedIn post' between cue and clause"),
    Q("I hired too fast and I believed our own forecasts,", "direct", "Rohan Deshpande", "Deshpande", "wrote",
      m="’ Deshpande wrote", c="Deshpande wrote"),
    Q("That is on me, not on the people who are leaving.", "direct", "Rohan Deshpande", "Deshpande", "wrote",
      m="’ Deshpande wrote", c="Deshpande wrote"),
    Q("she had learnt of her dismissal from a calendar invitation", "indirect", "Sneha Kulkarni", "Sneha Kulkarni",
      "wrote", c="Kulkarni, wrote", note="a commenter under the founder's post"),
)

case("social-account-handle", "social-media", T(
    "An anonymous account on X called @ManilaMeter, which tracks taxi fares in the capital, posted screenshots on Tuesday showing app-based rides costing three times the regulated fare during the typhoon.",
    '"Surge pricing in a typhoon is not a market, it is a hostage situation," @ManilaMeter wrote.',
    'The ride-hailing company Sakay Now responded on the same platform: "Fares were capped at twice the base rate from 6 p.m." Its head of policy, Carmela Dizon (@carmeladizon), shared the reply with the words "Check the receipts."'),
    Q("Surge pricing in a typhoon is not a market, it is a hostage situation,", "direct", "@ManilaMeter",
      "@ManilaMeter", "wrote", m='," @ManilaMeter', c="ManilaMeter wrote",
      note="an anonymous account named only by its handle"),
    Q("Fares were capped at twice the base rate from 6 p.m.", "direct", "Sakay Now", "Sakay Now", "responded",
      c="responded", note="the company's account"),
    Q("Check the receipts.", "direct", "Carmela Dizon", "Carmela Dizon", "shared", c="shared the reply",
      note="a handle in brackets after the name; cue 'shared … with the words'"),
)

# ---------------------------------------------------------------- 5. interpreters and languages
case("interp-named-interpreter", "interpreter", T(
    "Shohei Kanemoto, the Japanese pitcher who signed with the Monterrey Halcones this winter, spoke to reporters through his interpreter, Daniel Okada, after his first training session on Friday.",
    "“The ball is a little bigger here and the air is very dry,” Kanemoto said through Okada. “My fingers are still learning.”",
    "Okada, who played college baseball in California, said Kanemoto had been studying Spanish on the flight over."),
    Q("The ball is a little bigger here and the air is very dry,", "direct", "Shohei Kanemoto", "Kanemoto", "said",
      m="” Kanemoto said", c="Kanemoto said", note="the interpreter is named right after the cue"),
    Q("My fingers are still learning.", "direct", "Shohei Kanemoto", "Kanemoto", "said", m="” Kanemoto said",
      c="Kanemoto said", note="the nearest name before it is the interpreter"),
    Q("Kanemoto had been studying Spanish on the flight over", "indirect", "Daniel Okada", "Okada", "said",
      m="Okada, who", c="California, said", note="the interpreter speaks for himself; the clause names the pitcher"),
)

case("interp-said-in-spanish", "interpreter", T(
    "Wilmer Choque, a coca grower from the Chapare region of Bolivia, addressed a United Nations forum on drug policy in Geneva on Tuesday.",
    '"For you it is a drug; for my grandmother it is breakfast," Choque said in Spanish, in remarks translated by the forum\'s interpreters. "Ban the cocaine, not the leaf."',
    "The forum's chair, Ingeborg Lund, thanked him and said the leaf would be on the agenda again next year."),
    Q("For you it is a drug; for my grandmother it is breakfast,", "direct", "Wilmer Choque", "Choque", "said",
      m='," Choque said', c="Choque said", note="said in Spanish, translated by interpreters who are not speakers"),
    Q("Ban the cocaine, not the leaf.", "direct", "Wilmer Choque", "Choque", "said", m='," Choque said',
      c="Choque said", note="the nearest noun phrase before it is 'the forum's interpreters'"),
    Q("the leaf would be on the agenda again next year", "indirect", "Ingeborg Lund", "Ingeborg Lund", "said",
      c="and said"),
)

case("interp-arabic-reporters", "interpreter", T(
    "Fatima Zahra Benkirane, Morocco’s minister for water, told reporters in Arabic on Wednesday that the country’s second-largest reservoir was less than a tenth full.",
    "“We are not in a drought any more. We are in a new climate,” she said, according to a translation provided by her ministry.",
    "Her Spanish counterpart, Lucía Arregui, who was visiting Rabat, said in French that Spain would share its experience with desalination."),
    Q("the country’s second-largest reservoir was less than a tenth full", "indirect", "Fatima Zahra Benkirane",
      "Fatima Zahra Benkirane", "told", c="told reporters in Arabic", note="'in Arabic' between cue and clause"),
    Q("We are not in a drought any more. We are in a new climate,", "direct", "Fatima Zahra Benkirane", "she", "said",
      m="” she said", c="she said", note="'according to a translation provided by her ministry': the ministry only translated"),
    Q("Spain would share its experience with desalination", "indirect", "Lucía Arregui", "Lucía Arregui", "said",
      c="said in French"),
)

case("interp-quechua-daughter", "interpreter", T(
    "Teófilo Huarachi, 79, has herded alpacas above the village of Pampamarca for sixty years. He speaks only Quechua, and on Saturday his daughter, Nina Huarachi, translated as he showed visitors the shrinking glacier above the pasture.",
    "‘When I was a boy the ice came down to that rock,’ he said, pointing. ‘Now I have to walk an hour to touch it.’",
    "Nina said her father had refused to sell the herd even after three dry years. ‘He says the alpacas would not know where to go without him,’ she said."),
    Q("When I was a boy the ice came down to that rock,", "direct", "Teófilo Huarachi", "he", "said",
      m="’ he said", c="he said, pointing",
      note="he = the father; the last-named person is his daughter, who translates and shares his surname"),
    Q("Now I have to walk an hour to touch it.", "direct", "Teófilo Huarachi", "he", "said", m="’ he said",
      c="he said, pointing"),
    Q("her father had refused to sell the herd even after three dry years", "indirect", "Nina Huarachi", "Nina",
      "said", m="Nina said", c="Nina said"),
    Q("He says the alpacas would not know where to go without him,", "direct", "Nina Huarachi", "she", "said",
      m="’ she said", c="she said.", note="the daughter reports her father's words; the quote is hers"),
    Q("the alpacas would not know where to go without him", "indirect", "Teófilo Huarachi", "He", "says",
      m="‘He says", c="He says", opt=True, note="the father's words reported inside the daughter's quote"),
)

case("interp-sign-language", "interpreter", T(
    "Áine Ní Mhurchú, a deaf teacher from Galway who chairs the Deaf Parents’ Network, addressed an Oireachtas committee through an Irish Sign Language interpreter on Wednesday.",
    "‘My son was seven before anyone at his school could sign to him,’ she signed. ‘He spent four years guessing.’",
    "The committee’s chair, Pádraig Ó Cuív, said the Department of Education would be asked to appear before it next month."),
    Q("My son was seven before anyone at his school could sign to him,", "direct", "Áine Ní Mhurchú", "she", "signed",
      m="’ she signed", c="signed.", note="cue 'signed'; the interpreter voices her words but is not the speaker"),
    Q("He spent four years guessing.", "direct", "Áine Ní Mhurchú", "she", "signed", m="’ she signed", c="signed."),
    Q("the Department of Education would be asked to appear before it next month", "indirect", "Pádraig Ó Cuív",
      "Pádraig Ó Cuív", "said", c="Cuív, said"),
)

# ---------------------------------------------------------------- 6. speaker in the next paragraph, colon introductions
case("nextpara-so-says", "speaker-next-para", T(
    "“Every tourist wants to see a whale. Nobody wants to pay for the harbour they sail from.”",
    "So says Kalani Kahananui, the harbour master at Hilo, who has spent three years asking the state for money to repair the breakwater.",
    "The Hawaii Department of Transportation said the repairs were scheduled for 2027."),
    Q("Every tourist wants to see a whale. Nobody wants to pay for the harbour they sail from.", "direct",
      "Kalani Kahananui", "Kalani Kahananui", "says", c="So says",
      note="the quote opens the story; the speaker is named in the next paragraph ('So says')"),
    Q("the repairs were scheduled for 2027", "indirect", "Hawaii Department of Transportation",
      "The Hawaii Department of Transportation", "said", c="Transportation said"),
)

case("nextpara-colon-description", "speaker-next-para", T(
    "Three weeks after the Kasai river burst its banks, the town of Tshikapa is still counting its losses. Jean-Pierre Mbuyi Kalala runs the town’s only diamond-buying office, and the man who has bought stones in Tshikapa for twenty-five years put it bluntly:",
    "‘The diggers have lost their pits, their pumps and their houses. If the government does not help them, they will go to Angola and they will not come back.’",
    "The provincial governor, Marie-Claire Ilunga, said on Monday that relief money would arrive “within days”."),
    Q("The diggers have lost their pits, their pumps and their houses. If the government does not help them, they will go to Angola and they will not come back.",
      "direct", "Jean-Pierre Mbuyi Kalala", "the man", "put", m="the man who", c="put it bluntly",
      note="colon introduction ending the paragraph; the quote stands alone in the next one; speaker by description"),
    Q("within days", "mixed", "Marie-Claire Ilunga", "Marie-Claire Ilunga", "said", c="Ilunga, said"),
)

case("nextpara-with-those-words", "speaker-next-para", T(
    '"I have buried two sons in this war. I will not bury a grandson."',
    "With those words, spoken in a trembling voice to a packed hall in Kharkiv on Saturday, Halyna Kovalenko, 74, opened the first public meeting of a group of grandmothers who want the city's schools moved underground.",
    "The city's head of education, Serhiy Tkachuk, told the meeting that two underground schools would open by September."),
    Q("I have buried two sons in this war. I will not bury a grandson.", "direct", "Halyna Kovalenko",
      "Halyna Kovalenko", "spoken", c="spoken in",
      note="named in the next paragraph, 'With those words, spoken … , X opened'"),
    Q("two underground schools would open by September", "indirect", "Serhiy Tkachuk", "Serhiy Tkachuk", "told",
      c="told the meeting"),
)

case("nextpara-member-named-after", "speaker-next-para", T(
    "Villagers along the unfinished Kisii–Migori highway have complained for two years about dust, potholes and broken promises. One member of the county assembly has had enough:",
    "“We were told the road would be finished before the rains. The rains came and went, and so did the contractor.”",
    "The assembly member, Evans Onyango Ogutu, said he had written to the national highways authority eleven times without a reply. The authority said in a statement that a new contractor had been appointed in March."),
    Q("We were told the road would be finished before the rains. The rains came and went, and so did the contractor.",
      "direct", "Evans Onyango Ogutu", "One member of the county assembly", None,
      note="colon introduction by description only; the name comes in the following paragraph"),
    Q("he had written to the national highways authority eleven times without a reply", "indirect",
      "Evans Onyango Ogutu", "Evans Onyango Ogutu", "said", c="Ogutu, said"),
    Q("a new contractor had been appointed in March", "indirect", "national highways authority", "The authority",
      "said", c="authority said", note="'The authority' = the national highways authority named in the clause before"),
)

case("nextpara-description-before-name-after", "speaker-next-para", T(
    "Tonga’s only cardiologist has a waiting list of eleven months. “People die on my list. I know their names.”",
    "The cardiologist, Dr ʻOfa Fifita, 52, said she had asked the health ministry for a second cardiologist every year since 2019.",
    "The Ministry of Health said two doctors were being trained in New Zealand."),
    Q("People die on my list. I know their names.", "direct", "ʻOfa Fifita", "Tonga’s only cardiologist", None,
      note="no speech verb: described in the sentence before, named only in the next paragraph"),
    Q("she had asked the health ministry for a second cardiologist every year since 2019", "indirect", "ʻOfa Fifita",
      "Dr ʻOfa Fifita", "said", c="52, said", note="name with the Tongan ʻokina"),
    Q("two doctors were being trained in New Zealand", "indirect", "Ministry of Health", "The Ministry of Health",
      "said", c="Health said"),
)

# ---------------------------------------------------------------- 7. quotes inside quotes; slogans and documents
case("embed-doctor-told-me", "embedded-quote", T(
    "Mwajuma Salim, 34, waited nine hours at the district hospital in Kilwa on Friday with her feverish son before anyone examined him.",
    "‘At midnight the doctor came out and told me, “Go home, there is no bed,” and then he went back inside,’ Salim said. ‘I slept on the bench with my boy on my chest.’",
    "The hospital’s director, Dr Emmanuel Mushi, said the children’s ward had twenty beds for a district of 200,000 people."),
    Q("At midnight the doctor came out and told me, “Go home, there is no bed,” and then he went back inside,", "direct",
      "Mwajuma Salim", "Salim", "said", m="’ Salim said", c="Salim said",
      note="the outer speaker quotes the doctor inside her own quote"),
    Q("Go home, there is no bed,", "direct", "the doctor", "the doctor", "told", m="the doctor came", c="told me",
      opt=True, note="inner quote, reported by the mother"),
    Q("I slept on the bench with my boy on my chest.", "direct", "Mwajuma Salim", "Salim", "said", m="’ Salim said",
      c="Salim said"),
    Q("the children’s ward had twenty beds for a district of 200,000 people", "indirect", "Emmanuel Mushi",
      "Dr Emmanuel Mushi", "said", c="Mushi, said"),
)

case("embed-redundancy-letter", "embedded-quote", T(
    "Ignacio Huenchullán worked at the Laja pulp mill for 26 years until last month, when a letter from the company arrived at his house. “It said, ‘Your position has been made redundant with immediate effect,’ and it was signed by someone I had never met,” Huenchullán said.",
    "The letter, dated 3 March, also said that his severance would be paid “in accordance with the law”. The company, Celulosa del Biobío, said 180 workers had been let go."),
    Q("It said, ‘Your position has been made redundant with immediate effect,’ and it was signed by someone I had never met,",
      "direct", "Ignacio Huenchullán", "Huenchullán", "said", m="” Huenchullán said", c="Huenchullán said",
      note="outer quote contains the letter's words; the outer speaker is the worker"),
    Q("Your position has been made redundant with immediate effect,", "direct", None, None, "said", c="It said",
      opt=True, note="a document's words quoted by the speaker"),
    Q("in accordance with the law", "mixed", "Celulosa del Biobío", "The letter", "said", m="The letter, dated",
      c="also said", opt=True, note="the letter's wording: a document nobody said"),
    Q("180 workers had been let go", "indirect", "Celulosa del Biobío", "Celulosa del Biobío", "said",
      c="Biobío, said"),
)

case("embed-banner-slogan", "embedded-quote", T(
    "Several thousand people marched through Tarija on Sunday against a plan to sell the city’s water utility to a foreign consortium. Many carried banners reading “El agua no se vende” — water is not for sale.",
    "“My grandfather marched under the same banner in 2000,” said Rosario Mendoza Flores, a schoolteacher. “I did not think I would need it again.”",
    "The city’s mayor, Álvaro Sánchez Tórrez, said the sale had not been decided."),
    Q("El agua no se vende", "direct", None, None, None, opt=True, note="banner slogan; nobody said it"),
    Q("My grandfather marched under the same banner in 2000,", "direct", "Rosario Mendoza Flores",
      "Rosario Mendoza Flores", "said", c="said Rosario", note="follows a slogan in quotation marks"),
    Q("I did not think I would need it again.", "direct", "Rosario Mendoza Flores", "Rosario Mendoza Flores", "said",
      c="said Rosario"),
    Q("the sale had not been decided", "indirect", "Álvaro Sánchez Tórrez", "Álvaro Sánchez Tórrez", "said",
      c="Tórrez, said"),
)

case("embed-text-message", "embedded-quote", T(
    "Farhan Chowdhury was on the night shift at a garment factory in Gazipur when the fire alarm went off, his mother, Rokeya Begum, told reporters on Thursday.",
    "\"At ten past two he sent me a message: 'Ma, the stairs are full of smoke, I am going to the roof.' That was the last I heard from him,\" she said, holding up her phone.",
    "The factory's owner, Mizanur Rahman, said all exits had been open on the night of the fire."),
    Q("Farhan Chowdhury was on the night shift at a garment factory in Gazipur when the fire alarm went off", "indirect",
      "Rokeya Begum", "Rokeya Begum", "told", c="told reporters",
      note="the fronted clause opens with the son's name; the source is his mother"),
    Q("At ten past two he sent me a message: 'Ma, the stairs are full of smoke, I am going to the roof.' That was the last I heard from him,",
      "direct", "Rokeya Begum", "she", "said", m='," she said', c="she said",
      note="the mother's quote embeds her son's text message"),
    Q("Ma, the stairs are full of smoke, I am going to the roof.", "direct", "Farhan Chowdhury", "he", "sent",
      m="he sent", c="sent me", opt=True, note="inner quote: the son's message"),
    Q("all exits had been open on the night of the fire", "indirect", "Mizanur Rahman", "Mizanur Rahman", "said",
      c="Rahman, said"),
)

case("embed-tin-motto-headline", "embedded-quote", T(
    "For forty years the Ålesund fish cannery printed the same line on every tin: ‘Caught this morning, eaten tonight.’ On Friday the company, Sunnmøre Hermetikk, announced it would close the factory in June.",
    "‘My father wrote that line on the back of a receipt in 1984,’ said Astrid Vik, the company’s chief executive. ‘He used to say, “If the line ever stops being true, close the doors.” It stopped being true.’",
    "A local newspaper ran the news under the headline ‘The last tin’."),
    Q("Caught this morning, eaten tonight.", "direct", None, None, None, opt=True, note="a printed line, nobody said it"),
    Q("it would close the factory in June", "indirect", "Sunnmøre Hermetikk", "Sunnmøre Hermetikk", "announced",
      c="announced"),
    Q("My father wrote that line on the back of a receipt in 1984,", "direct", "Astrid Vik", "Astrid Vik", "said",
      c="said Astrid"),
    Q("He used to say, “If the line ever stops being true, close the doors.” It stopped being true.", "direct",
      "Astrid Vik", "Astrid Vik", "said", c="said Astrid",
      note="continues her quote after the attribution; embeds her late father's words"),
    Q("If the line ever stops being true, close the doors.", "direct", None, "He", "say", m="He used", c="used to say",
      opt=True, note="inner quote: the father's saying, reported by his daughter"),
    Q("The last tin", "direct", None, None, None, opt=True, note="a headline"),
)

# ---------------------------------------------------------------- 8. spokespeople
case("spox-for-ministry-unnamed", "spokesperson", T(
    "A spokesperson for the Ministry of Fisheries in Nuku’alofa said on Wednesday that the government had suspended all sea cucumber exports for two years.",
    "“Stocks are at the lowest level ever recorded,” the spokesperson said. The Tonga Fishing Association, which represents 300 licensed divers, said it had not been consulted."),
    Q("the government had suspended all sea cucumber exports for two years", "indirect", "a spokesperson",
      "A spokesperson for the Ministry of Fisheries", "said", c="Nuku’alofa said",
      note="unnamed spokesperson; the ministry and the place stand between mention and cue"),
    Q("Stocks are at the lowest level ever recorded,", "direct", "a spokesperson", "the spokesperson", "said",
      c="spokesperson said"),
    Q("it had not been consulted", "indirect", "Tonga Fishing Association", "The Tonga Fishing Association", "said",
      c="divers, said", note="the relative clause ends in 'divers'"),
)

case("spox-possessive-named", "spokesperson", T(
    "President Évariste Ndikumana has no plans to reshuffle his cabinet before next year’s election, his spokeswoman, Chantal Irakoze, said on Friday.",
    "‘The president is happy with his team,’ Irakoze told reporters in Gitega. ‘Rumours on WhatsApp are not government policy.’",
    "Opposition leader Léonce Havyarimana said the president was afraid to sack his allies."),
    Q("President Évariste Ndikumana has no plans to reshuffle his cabinet before next year’s election", "indirect",
      "Chantal Irakoze", "Chantal Irakoze", "said", c="Irakoze, said",
      note="the clause opens with the president's name; the speaker is his named spokeswoman"),
    Q("The president is happy with his team,", "direct", "Chantal Irakoze", "Irakoze", "told", m="’ Irakoze told",
      c="Irakoze told"),
    Q("Rumours on WhatsApp are not government policy.", "direct", "Chantal Irakoze", "Irakoze", "told",
      m="’ Irakoze told", c="Irakoze told"),
    Q("the president was afraid to sack his allies", "indirect", "Léonce Havyarimana", "Léonce Havyarimana", "said",
      c="Havyarimana said"),
)

case("spox-who-speaks-for", "spokesperson", T(
    "Diego Ccahuana Huillca, who speaks for Peru’s Ministry of Energy and Mines, said on Monday that the ministry had ordered the Antamarca copper mine to stop pumping water from Lake Parinacochas.",
    "“The lake has lost a metre in a year,” he said. Energy Minister Beatriz Salinas Orué would visit the lake on Thursday, he added.",
    "The mine’s operator, Andes Cobre, said its pumping permit was valid until 2030."),
    Q("the ministry had ordered the Antamarca copper mine to stop pumping water from Lake Parinacochas", "indirect",
      "Diego Ccahuana Huillca", "Diego Ccahuana Huillca", "said", c="Mines, said",
      note="'who speaks for the ministry': the ministry is nearest the cue but is not the speaker"),
    Q("The lake has lost a metre in a year,", "direct", "Diego Ccahuana Huillca", "he", "said", m="” he said",
      c="he said"),
    Q("Energy Minister Beatriz Salinas Orué would visit the lake on Thursday", "indirect", "Diego Ccahuana Huillca",
      "he", "added", m="he added", c="added", note="the fronted clause names the minister; 'he' is the spokesman"),
    Q("its pumping permit was valid until 2030", "indirect", "Andes Cobre", "Andes Cobre", "said", c="Cobre, said"),
)

case("spox-named-later", "spokesperson", T(
    "A spokesman for the Port of Gdynia said on Tuesday that container traffic had fallen by a fifth since the new rail link to Hamburg opened.",
    "The spokesman, Krzysztof Pawlak, said the port would cut its fees for shipping lines from April. \"We have to fight for every box,\" he said.",
    "The port's largest tenant, the Baltic Container Terminal, declined to comment."),
    Q("container traffic had fallen by a fifth since the new rail link to Hamburg opened", "indirect",
      "Krzysztof Pawlak", "A spokesman for the Port of Gdynia", "said", c="Gdynia said",
      note="the spokesman is named only in the next paragraph ('The spokesman, X')"),
    Q("the port would cut its fees for shipping lines from April", "indirect", "Krzysztof Pawlak", "Krzysztof Pawlak",
      "said", c="Pawlak, said"),
    Q("We have to fight for every box,", "direct", "Krzysztof Pawlak", "he", "said", m='," he said', c="he said"),
)

case("spox-office-and-spokesman", "spokesperson", T(
    "The office of Governor Rafael Aquino-Dimaculangan said on Sunday that he had tested positive for dengue and would work from home for a week.",
    "“The governor is resting and is in good spirits,” his spokesman, Benjie Soriano, told reporters in Batangas City. Soriano said the governor had signed the flood budget from his bed."),
    Q("he had tested positive for dengue and would work from home for a week", "indirect", "Rafael Aquino-Dimaculangan",
      "Governor Rafael Aquino-Dimaculangan", "said", c="Dimaculangan said",
      note="a statement from X's office stands for X"),
    Q("The governor is resting and is in good spirits,", "direct", "Benjie Soriano", "Benjie Soriano", "told",
      c="told reporters", note="the quote is about the governor; the speaker is the spokesman"),
    Q("the governor had signed the flood budget from his bed", "indirect", "Benjie Soriano", "Soriano", "said",
      m="Soriano said", c="Soriano said"),
)

# ---------------------------------------------------------------- 9. groups and their members
case("group-union-members-driller", "group-vs-member", T(
    "Members of the Karas Mineworkers’ Union at the Rosh Pinah zinc mine said on Monday that they would strike from Thursday unless the company restored their housing allowance.",
    "Hileni Nangolo, a driller who has worked at the mine for eighteen years, was among them. ‘We are not asking for more money, we are asking for what we had,’ she said. The union’s branch secretary, Petrus Shikongo, said talks had broken down on Friday.",
    "The mine’s owner, Orange River Zinc, said the allowance had been replaced by a new company housing scheme."),
    Q("they would strike from Thursday unless the company restored their housing allowance", "indirect", "members",
      "Members of the Karas Mineworkers’ Union", "said", c="mine said",
      note="the members as a group, not the union; 'the company' in the clause is not a speaker"),
    Q("We are not asking for more money, we are asking for what we had,", "direct", "Hileni Nangolo", "she", "said",
      m="’ she said", c="she said", note="one member speaking for herself"),
    Q("talks had broken down on Friday", "indirect", "Petrus Shikongo", "Petrus Shikongo", "said", c="Shikongo, said"),
    Q("the allowance had been replaced by a new company housing scheme", "indirect", "Orange River Zinc",
      "Orange River Zinc", "said", c="Zinc, said"),
)

case("group-family-statement-father", "group-vs-member", T(
    "Tevita Moala, the 17-year-old rugby player who collapsed during a school match in Auckland last month, has woken from an induced coma, his family said in a statement on Wednesday.",
    "“Tevita asked for his boots before he asked for water,” the statement said. His father, Sione Moala, speaking outside Starship hospital, said the family would raise money for defibrillators at school grounds.",
    "“Every field should have one,” Mr Moala said."),
    Q("Tevita Moala, the 17-year-old rugby player who collapsed during a school match in Auckland last month, has woken from an induced coma",
      "indirect", "family", "his family", "said", m="his family", c="family said",
      note="the fronted clause names the son; the source is the family's statement"),
    Q("Tevita asked for his boots before he asked for water,", "direct", "family", "the statement", "said",
      c="statement said", note="the statement stands for the family, not for one member"),
    Q("the family would raise money for defibrillators at school grounds", "indirect", "Sione Moala", "Sione Moala",
      "said", c="hospital, said", note="one family member named"),
    Q("Every field should have one,", "direct", "Sione Moala", "Mr Moala", "said", m="Mr Moala", c="Moala said",
      note="Mr Moala = the father, not the son Tevita Moala"),
)

case("group-players-union-president", "group-vs-member", T(
    "Players at Club Atlético Puerto Madryn have not been paid since August, the players’ union, the Asociación de Futbolistas del Sur, said on Tuesday.",
    "“Some of the boys are sleeping at the training ground,” said the union’s president, Matías Quiroga Benítez, a former goalkeeper.",
    "The players themselves said in a joint letter to the club’s board that they would not travel to Saturday’s match in Trelew. The club’s president, Horacio Benegas, did not reply to requests for comment."),
    Q("Players at Club Atlético Puerto Madryn have not been paid since August", "indirect",
      "Asociación de Futbolistas del Sur", "Asociación de Futbolistas del Sur", "said", c="Sur, said",
      note="the union speaks about the players; 'the players’ union' is an apposition"),
    Q("Some of the boys are sleeping at the training ground,", "direct", "Matías Quiroga Benítez",
      "Matías Quiroga Benítez", "said", c="said the union", note="said + role + name: the president, not the union"),
    Q("they would not travel to Saturday’s match in Trelew", "indirect", "players", "The players themselves", "said",
      c="themselves said", note="the players as a group (joint letter), not the union"),
)

case("group-parents-named-father", "group-vs-member", T(
    "Parents at Kahikatea Primary School in Hamilton say they were told only on Friday that the school’s Māori-language unit would close at the end of term.",
    "Hēmi Walker, whose two sons are in the unit, said parents had collected 600 signatures in two days. ‘We will take this to the minister if we have to,’ he said.",
    "Other parents said they would move their children to a kura kaupapa in the next town. The school’s principal, Janet Ellery, said the unit could not find a qualified teacher."),
    Q("they were told only on Friday that the school’s Māori-language unit would close at the end of term", "indirect",
      "parents", "Parents", "say", m="Parents at", c="Hamilton say"),
    Q("parents had collected 600 signatures in two days", "indirect", "Hēmi Walker", "Hēmi Walker", "said",
      c="unit, said", note="a named parent; the clause is about 'parents'"),
    Q("We will take this to the minister if we have to,", "direct", "Hēmi Walker", "he", "said", m="’ he said",
      c="he said"),
    Q("they would move their children to a kura kaupapa in the next town", "indirect", "parents", "Other parents",
      "said", c="parents said", note="the group again, after the named parent"),
    Q("the unit could not find a qualified teacher", "indirect", "Janet Ellery", "Janet Ellery", "said",
      c="Ellery, said"),
)

case("group-herders-among-them", "group-vs-member", T(
    "Herders from the Sámi reindeer district of Kautokeino, among them Nils Mikkel Eira and his niece Elle Márjá Sara, told a parliamentary hearing in Oslo on Tuesday that a planned wind farm would cut their spring migration route in two.",
    "“The reindeer do not read the company’s maps,” Eira said. His niece, 23, said young herders would leave the district if the turbines were built.",
    "The developer, Arktisk Vind, said in a written submission that the turbines would be placed away from calving grounds."),
    Q("a planned wind farm would cut their spring migration route in two", "indirect", "herders", "Herders", "told",
      m="Herders from", c="told a parliamentary",
      note="'among them X and Y' names members; the speaker is the group"),
    Q("The reindeer do not read the company’s maps,", "direct", "Nils Mikkel Eira", "Eira", "said",
      m="” Eira said", c="Eira said"),
    Q("young herders would leave the district if the turbines were built", "indirect", "Elle Márjá Sara",
      "His niece", "said", c="23, said", note="'His niece' = Elle Márjá Sara; the nearest name is her uncle"),
    Q("the turbines would be placed away from calving grounds", "indirect", "Arktisk Vind", "Arktisk Vind", "said",
      c="Vind, said"),
)

# ---------------------------------------------------------------- 10. long gaps
case("gap-engineer-returns", "long-gap", T(
    "Adaeze Nwankwo, a structural engineer hired by residents of the Marina Court tower in Lagos, warned in March that cracks in the building’s basement columns were widening by a millimetre a month.",
    "Residents say the building’s management company ignored her report. Its managing director, Olumide Fasanya, said on Thursday that a second inspection had found no structural danger. “The building is safe. Everyone can sleep,” he said.",
    "The Lagos State Building Control Agency said it would send its own inspectors next week. Its head, Kunle Adebisi, said tenants would be moved out if the agency found a risk.",
    "The engineer was unconvinced. “Nobody from the second inspection went into the basement,” she said. “I did.”"),
    Q("cracks in the building’s basement columns were widening by a millimetre a month", "indirect", "Adaeze Nwankwo",
      "Adaeze Nwankwo", "warned", c="warned"),
    Q("the building’s management company ignored her report", "indirect", "residents", "Residents", "say",
      m="Residents say", c="Residents say"),
    Q("a second inspection had found no structural danger", "indirect", "Olumide Fasanya", "Olumide Fasanya", "said",
      c="Fasanya, said"),
    Q("The building is safe. Everyone can sleep,", "direct", "Olumide Fasanya", "he", "said", m="” he said",
      c="” he said"),
    Q("it would send its own inspectors next week", "indirect", "Lagos State Building Control Agency",
      "The Lagos State Building Control Agency", "said", c="Agency said"),
    Q("tenants would be moved out if the agency found a risk", "indirect", "Kunle Adebisi", "Kunle Adebisi", "said",
      c="Adebisi, said"),
    Q("Nobody from the second inspection went into the basement,", "direct", "Adaeze Nwankwo", "she", "said",
      m="” she said", c="she said",
      note="'The engineer' and 'she' reach back three paragraphs past three other speakers"),
    Q("I did.", "direct", "Adaeze Nwankwo", "she", "said", m="” she said", c="she said"),
)

case("gap-veterinarian-saiga", "long-gap", T(
    "Aigerim Nurlanovna Zhaksylykova, a veterinarian in the village of Karaoy, was the first to warn in January that saiga antelope on the steppe near her home were dying in large numbers.",
    "Scientists from the Institute of Zoology in Almaty arrived a week later. Their team leader, Dmitry Sokolov, said on Monday that tests pointed to a bacterial infection triggered by the unusually warm, wet winter. ‘We saw the same pattern in 2015,’ he said.",
    "The agriculture ministry said in a statement that the carcasses had been burned. A ministry official, Yerlan Dauletov, added that herders should keep their sheep away from the saiga’s grazing grounds.",
    "Zhaksylykova, who has counted more than four hundred dead animals herself, said the warnings had come too late. ‘By the time anyone listened, the steppe smelled of death,’ the veterinarian said."),
    Q("saiga antelope on the steppe near her home were dying in large numbers", "indirect",
      "Aigerim Nurlanovna Zhaksylykova", "Aigerim Nurlanovna Zhaksylykova", "warn", c="warn in",
      note="Kazakh name with patronymic"),
    Q("tests pointed to a bacterial infection triggered by the unusually warm, wet winter", "indirect",
      "Dmitry Sokolov", "Dmitry Sokolov", "said", c="Sokolov, said"),
    Q("We saw the same pattern in 2015,", "direct", "Dmitry Sokolov", "he", "said", m="’ he said", c="he said"),
    Q("the carcasses had been burned", "indirect", "agriculture ministry", "The agriculture ministry", "said",
      c="ministry said in"),
    Q("herders should keep their sheep away from the saiga’s grazing grounds", "indirect", "Yerlan Dauletov",
      "Yerlan Dauletov", "added", c="added"),
    Q("the warnings had come too late", "indirect", "Aigerim Nurlanovna Zhaksylykova", "Zhaksylykova", "said",
      m="Zhaksylykova, who", c="herself, said", note="surname alone after three paragraphs"),
    Q("By the time anyone listened, the steppe smelled of death,", "direct", "Aigerim Nurlanovna Zhaksylykova",
      "the veterinarian", "said", c="veterinarian said", note="role noun from the first sentence"),
)

case("gap-pronoun-after-men", "long-gap", T(
    "Máire Ní Fhlatharta has run the passenger ferry between Ros a’ Mhíl and the Aran Islands for sixteen years. In November she told the county council that the pier on Inis Meáin was no longer safe to use in a westerly swell.",
    "The council’s harbour engineer, Ciarán Ó Dónaill, inspected the pier in December. He said in his report that the pier was sound but needed new fenders.",
    "Seosamh Ó Conghaile, a councillor for the islands, said the report had been written in an office in Galway. “Nobody from the council stood on that pier in a westerly,” he said.",
    "Last week a crewman on her boat broke his wrist jumping onto the pier. “I have stopped landing passengers there when the wind is up,” she said on Friday. “I will not wait for a drowning.”"),
    Q("the pier on Inis Meáin was no longer safe to use in a westerly swell", "indirect", "Máire Ní Fhlatharta", "she",
      "told", m="she told", c="told the county"),
    Q("the pier was sound but needed new fenders", "indirect", "Ciarán Ó Dónaill", "He", "said",
      m="He said in his report", c="said in his report"),
    Q("the report had been written in an office in Galway", "indirect", "Seosamh Ó Conghaile", "Seosamh Ó Conghaile",
      "said", c="islands, said"),
    Q("Nobody from the council stood on that pier in a westerly,", "direct", "Seosamh Ó Conghaile", "he", "said",
      m="” he said", c="” he said"),
    Q("I have stopped landing passengers there when the wind is up,", "direct", "Máire Ní Fhlatharta", "she", "said",
      m="” she said", c="she said on",
      note="'she' skips back over three men to the first paragraph; 'a crewman' is the last person mentioned"),
    Q("I will not wait for a drowning.", "direct", "Máire Ní Fhlatharta", "she", "said", m="” she said",
      c="she said on"),
)

case("gap-virologist-returns", "long-gap", T(
    "Dr Layla Al-Hashimi, the head of the virology laboratory at the Cedar Medical Centre in Beirut, said on Monday that the cholera strain found in the Bekaa valley last week was resistant to the two antibiotics most widely used in Lebanon.",
    "The Ministry of Public Health said it was sending emergency supplies of a third antibiotic. The World Health Organization’s representative in Lebanon, Dr Ahmed Sultan, said the outbreak was “serious but containable”.",
    "In the Bekaa town of Bar Elias, the mayor, Hussein Dirani, said two of the town’s wells had been closed and that water was being trucked in. “People are boiling everything,” he said.",
    "The virologist said her laboratory had sent samples to a reference centre in Paris. “If it spreads into the camps, we are in trouble,” Al-Hashimi said."),
    Q("the cholera strain found in the Bekaa valley last week was resistant to the two antibiotics most widely used in Lebanon",
      "indirect", "Layla Al-Hashimi", "Dr Layla Al-Hashimi", "said", c="Beirut, said"),
    Q("it was sending emergency supplies of a third antibiotic", "indirect", "Ministry of Public Health",
      "The Ministry of Public Health", "said", c="Health said"),
    Q("serious but containable", "mixed", "Ahmed Sultan", "Dr Ahmed Sultan", "said", c="Sultan, said"),
    Q("two of the town’s wells had been closed and that water was being trucked in", "indirect", "Hussein Dirani",
      "Hussein Dirani", "said", c="Dirani, said"),
    Q("People are boiling everything,", "direct", "Hussein Dirani", "he", "said", m="” he said", c="he said"),
    Q("her laboratory had sent samples to a reference centre in Paris", "indirect", "Layla Al-Hashimi",
      "The virologist", "said", c="virologist said",
      note="'The virologist' after two paragraphs and three other speakers, one of them also a doctor"),
    Q("If it spreads into the camps, we are in trouble,", "direct", "Layla Al-Hashimi", "Al-Hashimi", "said",
      m="” Al-Hashimi said", c="Al-Hashimi said"),
)

case("gap-biologist-pacific", "long-gap", T(
    "Losana Vunivalu, a marine biologist who grew up on Kadavu island, began counting coral colonies on the Great Astrolabe Reef in 2011. On Wednesday she told a regional conference in Suva that live coral cover on the reef had fallen by a third since then.",
    "Fiji’s minister for fisheries, Ratu Semi Tuisawau, opened the conference by announcing a ban on night spearfishing on the reef. “The reef feeds forty villages,” he said.",
    "The Australian delegate, Mark Ellison, said his government would fund a new monitoring station on Kadavu. Tonga’s representative, Sione Fonua, called for the ban to be extended to the whole region.",
    "The biologist welcomed the ban but said it was only a start. “Spearfishing did not bleach the reef,” Vunivalu said. “The sea did.”"),
    Q("live coral cover on the reef had fallen by a third since then", "indirect", "Losana Vunivalu", "she", "told",
      m="she told", c="told a regional"),
    Q("The reef feeds forty villages,", "direct", "Semi Tuisawau", "he", "said", m="” he said", c="he said",
      note="'Ratu' is a Fijian chiefly title"),
    Q("his government would fund a new monitoring station on Kadavu", "indirect", "Mark Ellison", "Mark Ellison",
      "said", c="Ellison, said"),
    Q("it was only a start", "indirect", "Losana Vunivalu", "The biologist", "said", c="but said",
      note="role noun two paragraphs and three speakers after the first mention"),
    Q("Spearfishing did not bleach the reef,", "direct", "Losana Vunivalu", "Vunivalu", "said",
      m="” Vunivalu said", c="Vunivalu said"),
    Q("The sea did.", "direct", "Losana Vunivalu", "Vunivalu", "said", m="” Vunivalu said", c="Vunivalu said"),
)

# ---------------------------------------------------------------- 11. questions and answers
case("qa-asked-whether-replied", "question-answer", T(
    "Central bank governor Nirmala Wickramasinghe held interest rates steady on Thursday and told a press conference in Colombo that inflation would fall below five per cent by June.",
    "Asked whether the bank had come under pressure from the finance ministry to cut rates before the election, she replied: ‘Nobody tells this bank what to do. Not this government, not the last one.’",
    "A reporter from the Daily Lanka asked whether she would serve a second term. ‘Ask me in December,’ Wickramasinghe said."),
    Q("inflation would fall below five per cent by June", "indirect", "Nirmala Wickramasinghe",
      "Nirmala Wickramasinghe", "told", c="told a press"),
    Q("Nobody tells this bank what to do. Not this government, not the last one.", "direct", "Nirmala Wickramasinghe",
      "she", "replied", m="she replied", c="replied",
      note="'Asked whether …' (no asker named) is the reporters' question, not hers, and is not annotated"),
    Q("whether she would serve a second term", "indirect", "a reporter", "A reporter", "asked", m="A reporter from",
      c="Lanka asked", note="the reporter's question; the paper is not the speaker"),
    Q("Ask me in December,", "direct", "Nirmala Wickramasinghe", "Wickramasinghe", "said",
      m="’ Wickramasinghe said", c="Wickramasinghe said"),
)

case("qa-when-asked-qureshi", "question-answer", T(
    "Indus Power's chief executive, Bilal Qureshi, spent most of Tuesday's news conference in Karachi defending the company's summer load-shedding schedule.",
    'When asked how long the outages in Lyari would last, Qureshi said they would continue "as long as people steal the power". When a reporter pointed out that most Lyari households pay their bills, he did not answer.',
    '"I am not here to argue about Lyari," he said at the end. The city\'s mayor, Rahila Baloch, said later that the company was "punishing whole streets for a few thieves".'),
    Q("as long as people steal the power", "mixed", "Bilal Qureshi", "Qureshi", "said", m="Qureshi said",
      c="Qureshi said", note="after 'When asked how long …' (the question is not his)"),
    Q("most Lyari households pay their bills", "indirect", "a reporter", "a reporter", "pointed out",
      c="pointed out", note="the reporter's point; the official did not answer"),
    Q("I am not here to argue about Lyari,", "direct", "Bilal Qureshi", "he", "said", m='," he said',
      c="he said at", note="'he' = Qureshi, after a reporter and 'he did not answer'"),
    Q("punishing whole streets for a few thieves", "mixed", "Rahila Baloch", "Rahila Baloch", "said",
      c="Baloch, said"),
)

case("qa-reporter-shouted-question", "question-answer", T(
    "Energy Minister Desislava Petrova left a news conference in Sofia on Wednesday after eleven minutes, having announced that household electricity prices would rise by 14 per cent in July.",
    "“Will you resign?” a reporter shouted as she reached the door. “No,” Petrova said, without turning round.",
    "Her deputy, Krasimir Todorov, stayed behind to answer questions. Asked by a television reporter whether pensioners would be compensated, he said a scheme was being drawn up. “Nobody will freeze this winter,” Todorov said."),
    Q("household electricity prices would rise by 14 per cent in July", "indirect", "Desislava Petrova",
      "Energy Minister Desislava Petrova", "announced", c="announced"),
    Q("Will you resign?", "direct", "a reporter", "a reporter", "shouted", c="shouted",
      note="the question in marks is the reporter's, not the minister's"),
    Q("No,", "direct", "Desislava Petrova", "Petrova", "said", m="” Petrova said", c="Petrova said",
      note="one-word answer"),
    Q("whether pensioners would be compensated", "indirect", "a television reporter", "a television reporter",
      "Asked", c="Asked by", note="passive question with the asker named"),
    Q("a scheme was being drawn up", "indirect", "Krasimir Todorov", "he", "said", m="he said a", c="he said a"),
    Q("Nobody will freeze this winter,", "direct", "Krasimir Todorov", "Todorov", "said", m="” Todorov said",
      c="Todorov said"),
)

case("qa-judge-asks-back", "question-answer", T(
    "At a hearing in Nairobi’s High Court on Monday, Lady Justice Wanjiku Mwangi questioned the county’s lawyer, Otieno Wafula, about the demolition of homes in the Mukuru settlement two days before the court was due to rule on it.",
    "‘Who gave the order?’ the judge asked. Wafula said he did not know. ‘Then find out by Thursday,’ Justice Mwangi said.",
    "Outside the court, a resident of Mukuru, Achieng Odhiambo, asked reporters: ‘Where do the judges think we slept last night?’"),
    Q("Who gave the order?", "direct", "Wanjiku Mwangi", "the judge", "asked", m="the judge asked", c="judge asked",
      note="a question put by the official; the last name before it is the lawyer she questions"),
    Q("he did not know", "indirect", "Otieno Wafula", "Wafula", "said", m="Wafula said", c="Wafula said",
      note="negative content, but said"),
    Q("Then find out by Thursday,", "direct", "Wanjiku Mwangi", "Justice Mwangi", "said", m="Justice Mwangi said",
      c="Mwangi said", note="'Lady Justice'/'Justice' are titles"),
    Q("Where do the judges think we slept last night?", "direct", "Achieng Odhiambo", "Achieng Odhiambo", "asked",
      c="asked reporters", note="a resident's question to reporters: she is the speaker"),
)

case("qa-parliament-question", "question-answer", T(
    "In parliament on Wednesday, the opposition MP Kadri Tamm asked the education minister, Jaan Kask, whether the Russian-language schools in Narva would have enough Estonian-speaking teachers by September.",
    "\"We have 140 vacancies and 90 candidates,\" Kask answered. \"I will not pretend those numbers match.\"",
    "Tamm followed up: \"So what happens to the other fifty classrooms?\" The minister said the government would pay a bonus to teachers who move to Ida-Viru county."),
    Q("whether the Russian-language schools in Narva would have enough Estonian-speaking teachers by September",
      "indirect", "Kadri Tamm", "Kadri Tamm", "asked", c="asked the education",
      note="the addressee (the minister) is named between the cue and the clause"),
    Q("We have 140 vacancies and 90 candidates,", "direct", "Jaan Kask", "Kask", "answered", m='" Kask answered',
      c="answered"),
    Q("I will not pretend those numbers match.", "direct", "Jaan Kask", "Kask", "answered", m='" Kask answered',
      c="answered"),
    Q("So what happens to the other fifty classrooms?", "direct", "Kadri Tamm", "Tamm", "followed up",
      m="Tamm followed", c="followed up", note="the MP's follow-up question; the minister's answer comes after it"),
    Q("the government would pay a bonus to teachers who move to Ida-Viru county", "indirect", "Jaan Kask",
      "The minister", "said", c="minister said"),
)

# ---------------------------------------------------------------- 12. negated, refused, hypothetical
case("neg-declined-to-say-whether", "negated-hypothetical", T(
    "Yamamoto Haruto, the president of the Hokkaido federation of fishing cooperatives, declined to say on Monday whether his members would accept compensation for the release of treated water from the Shiribeshi nuclear plant.",
    "The plant’s operator, Kita Energy, said it would begin the release in August. “The water is cleaner than the sea it goes into,” said Ishikawa Naomi, the company’s head of decommissioning.",
    "Pressed on the cooperatives’ position, Yamamoto would say only that his members were “listening carefully”. The prefecture’s governor has not commented."),
    Q("it would begin the release in August", "indirect", "Kita Energy", "Kita Energy", "said", c="Energy, said"),
    Q("The water is cleaner than the sea it goes into,", "direct", "Ishikawa Naomi", "Ishikawa Naomi", "said",
      c="said Ishikawa", note="Japanese order, surname first"),
    Q("listening carefully", "mixed", "Yamamoto Haruto", "Yamamoto", "say", m="Yamamoto would", c="say only",
      note="'would say only that' is a real quote; 'declined to say whether' earlier is not annotated"),
)

case("neg-did-not-say-would-not-comment", "negated-hypothetical", T(
    "Police in Durban said on Saturday that they had arrested three men over the theft of copper cable from the city’s commuter rail line, but did not say whether the men worked for the rail operator.",
    "The operator’s regional manager, Thandeka Zulu, would not comment on the arrests. She did say that trains on the southern line would run again from Monday. ‘Our commuters have walked for two weeks,’ she said.",
    "Sibusiso Mkhize, a shop steward for the rail workers’ union, said nobody had told his members that colleagues were under suspicion. He did not say whether the union would pay for lawyers."),
    Q("they had arrested three men over the theft of copper cable from the city’s commuter rail line", "indirect",
      "police", "Police", m="Police in", c="Durban said", cue="said",
      note="'but did not say whether …' in the same sentence is not annotated"),
    Q("trains on the southern line would run again from Monday", "indirect", "Thandeka Zulu", "She", "say",
      m="She did say", c="did say", note="after 'would not comment'; 'did say' is affirmative"),
    Q("Our commuters have walked for two weeks,", "direct", "Thandeka Zulu", "she", "said", m="’ she said",
      c="she said"),
    Q("nobody had told his members that colleagues were under suspicion", "indirect", "Sibusiso Mkhize",
      "Sibusiso Mkhize", "said", c="union, said", note="negative content, but said; the next 'did not say' is not"),
)

case("neg-refused-to-confirm-might-say", "negated-hypothetical", T(
    "The Hungarian football federation refused to confirm on Thursday that the national coach, Levente Szűcs, had been offered a contract by a club in Saudi Arabia.",
    "Szűcs has said nothing in public about the offer, and his agent, Ilona Bakos, did not return calls. A federation official who asked not to be named said Szűcs might say yes if the federation did not raise his salary.",
    "The federation’s president, Sándor Halmi, said: “Levente has a contract until 2026. We expect him to honour it.”"),
    Q("Szűcs might say yes if the federation did not raise his salary", "indirect", "a federation official",
      "A federation official", "said", c="named said",
      note="the official is the speaker; 'might say' inside the clause is Szűcs's hypothetical"),
    Q("Levente has a contract until 2026. We expect him to honour it.", "direct", "Sándor Halmi", "Sándor Halmi",
      "said", c="Halmi, said", note="the quote names the coach; the president speaks"),
)

case("neg-nobody-said-said-only", "negated-hypothetical", T(
    "Nobody at the mining company Cobre Atacama has said publicly that the tailings dam above the town of Chañaral Alto is at risk. But in a letter to the regional environment office, the company’s own geotechnical consultant, Rodrigo Lagos Pizarro, wrote that seepage at the base of the dam had “more than doubled” since January.",
    "Asked about the letter, the company’s spokeswoman, Francisca Ríos, said only: “The dam is monitored around the clock.” She would not say whether the consultant’s warning had been passed to the town’s emergency committee.",
    "The town’s mayor, Juana Vicencio, said she had learnt of the letter from journalists."),
    Q("more than doubled", "mixed", "Rodrigo Lagos Pizarro", "Rodrigo Lagos Pizarro", "wrote", c="wrote",
      note="after 'Nobody … has said publicly that …', which is not annotated"),
    Q("The dam is monitored around the clock.", "direct", "Francisca Ríos", "Francisca Ríos", "said",
      c="said only", note="'would not say whether' after it is not annotated"),
    Q("she had learnt of the letter from journalists", "indirect", "Juana Vicencio", "Juana Vicencio", "said",
      c="Vicencio, said"),
)

case("neg-silence-might-argue", "negated-hypothetical", T(
    "Hitesh Desai, the chairman of the Ahmedabad metro, was asked at least six times on Friday whether the Line 3 tunnel had been dug under the old city without a survey. He did not confirm it. He did not deny it either.",
    "“I will not discuss a matter that is before the inquiry,” he said each time.",
    "Critics might argue that the silence says enough. But the inquiry’s chair, the retired judge Meera Iyer, warned against reading anything into it. “A man who says nothing has told us nothing,” she said. “We will hear the evidence.”"),
    Q("I will not discuss a matter that is before the inquiry,", "direct", "Hitesh Desai", "he", "said",
      m="” he said", c="said each", note="a refusal that is itself a quote; 'did not confirm/deny' are not"),
    Q("A man who says nothing has told us nothing,", "direct", "Meera Iyer", "she", "said", m="” she said",
      c="she said", note="'Critics might argue that …' just before is hypothetical and not annotated"),
    Q("We will hear the evidence.", "direct", "Meera Iyer", "she", "said", m="” she said", c="she said"),
)


if __name__ == "__main__":
    CASES.main()
