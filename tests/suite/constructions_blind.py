#!/usr/bin/env python3
"""Blind construction suite for whosaid (written without reading the extractor).

Writes constructions_blind.jsonl next to this script.  Deterministic:
random.Random(SEED), standard library only, byte-identical on every run.

All text is invented: people, places, organisations and quotes.  Word lists
were written from general knowledge, not from the project's rules or data.

Format (see ../shared/eval/FORMAT.md): one JSON object per line,
  {"id": "blind/<construction>-<n>", "text", "construction", "style", "quotes"}
Each quote: start/end (Python str offsets of the content, without the outer
quotation marks, end exclusive), kind (direct|mixed|indirect), speaker
(canonical), speaker_start/speaker_end (the mention linked to this quote),
cue/cue_start/cue_end, construction, form, and "setup": true for a set-up
quote that exists only to make the tested one natural (a question before
"replied", a first quote before "added").

Gold conventions used here
- Direct content = everything between the outer marks, punctuation inside the
  marks included (American style "We won," / British style 'We won', keeps no
  comma).  Nested inner quotes stay inside the outer span and are not rows.
- An interrupted quote is two rows sharing mention and cue.  A quote running
  over two paragraphs is one row (its span contains the paragraph break and
  the re-opening mark).  A quote-only sentence/paragraph continuing a speaker
  links to the previous mention of that speaker, cue null.
- Mixed quote: content = the quoted fragment only (the unquoted lead-in is
  kept short so a whole-clause span still overlaps >= 0.5).  Indirect: the
  reported clause, without "that" and without the final period.
- speaker: a person's fullest name in the document without titles; unnamed
  sources as written at the quote; groups as the plural noun; organisations
  by full name without a leading "the"; a coordinated pair "A and B" in full.
- Mention: the name as written; an honorific right before it is included
  ("Dr. Ana Ruiz", "Mr Zhang"); role titles are not ("Senator" in
  "Senator Ana Ruiz" is outside the span); descriptions keep their article
  ("the minister", "the 34-year-old"); pronouns are the pronoun.
- Pronouns are only used where the gold is clear: the only person of that
  gender in the document, or (form_pronoun_same_gender) the subject of the
  previous sentence / the speaker of the quote just before "added".

Construction ids
  positions: pos_after, pos_inverted, pos_before_comma, pos_before_colon,
    pos_interrupted, pos_next_paragraph, pos_sentence_before,
    pos_multi_paragraph
  speaker forms: form_full_name, form_surname, form_honorific,
    form_title_name, form_pronoun_other_gender, form_pronoun_same_gender,
    form_pronoun_they, form_description, form_unnamed, form_group, form_org,
    form_pair
  cue verbs: verb_common (said says told added), verb_manner (explained
    insisted argued noted stressed declared "pointed out"), verb_stance
    (warned cautioned predicted urged vowed), verb_concede (conceded
    acknowledged admitted recalled complained boasted), verb_dialogue (asked
    replied "shot back" continued "went on"), verb_written (wrote tweeted
    posted), verb_humour (quipped joked)
  quote marks: marks_straight, marks_curly, marks_british, marks_guillemets,
    marks_nested
  names: names_<culture> for yoruba igbo akan amharic arabic persian turkish
    hindi tamil bengali chinese korean japanese vietnamese thai indonesian
    filipino russian_ukrainian polish hungarian greek irish scottish welsh
    dutch german french spanish portuguese hawaiian maori sami inuit
    hyphenated english_words
  kinds: kind_mixed, kind_indirect
Styles: straight "…", curly “…”, british ‘…’ (punctuation outside, “…” nested),
guillemets «…».
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 40417
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "constructions_blind.jsonl")
QUOTE_MARKS = "\"'“”‘’«»„‟‚‛‹›"

# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
# (full name, gender, second-reference name)
NAMES = {
    "yoruba": [("Adebayo Ogunlesi", "m", "Ogunlesi"), ("Folake Adeyemi", "f", "Adeyemi"),
               ("Oluwaseun Bankole", "m", "Bankole"), ("Titilayo Ogundipe", "f", "Ogundipe"),
               ("Babatunde Olatunji", "m", "Olatunji"), ("Morenike Adesina", "f", "Adesina")],
    "igbo": [("Chukwuemeka Okafor", "m", "Okafor"), ("Ngozi Eze", "f", "Eze"),
             ("Chiamaka Nwosu", "f", "Nwosu"), ("Obinna Okeke", "m", "Okeke"),
             ("Ifeoma Nwachukwu", "f", "Nwachukwu"), ("Ikenna Obi", "m", "Obi")],
    "akan": [("Kwame Asante", "m", "Asante"), ("Akosua Mensah", "f", "Mensah"),
             ("Kofi Boateng", "m", "Boateng"), ("Abena Owusu", "f", "Owusu"),
             ("Yaw Darko", "m", "Darko"), ("Efua Sarpong", "f", "Sarpong")],
    # Ethiopian names: given name + father's name; second reference by given name
    "amharic": [("Tigist Haile", "f", "Tigist"), ("Dawit Mekonnen", "m", "Dawit"),
                ("Meseret Alemu", "f", "Meseret"), ("Yonas Tesfaye", "m", "Yonas"),
                ("Selamawit Bekele", "f", "Selamawit"), ("Bereket Girma", "m", "Bereket")],
    "arabic": [("Khalid al-Rashid", "m", "al-Rashid"), ("Layla al-Khatib", "f", "al-Khatib"),
               ("Mahmoud Abu Zeid", "m", "Abu Zeid"), ("Nasser bin Saeed al-Harthy", "m", "al-Harthy"),
               ("Rania Haddad", "f", "Haddad"), ("Huda Abdel-Rahman", "f", "Abdel-Rahman"),
               ("Yousef Abu Ghazaleh", "m", "Abu Ghazaleh")],
    "persian": [("Mohammad Reza Tehrani", "m", "Tehrani"), ("Shirin Farahani", "f", "Farahani"),
                ("Hossein Karimi", "m", "Karimi"), ("Maryam Ghorbani", "f", "Ghorbani"),
                ("Ali Akbar Mousavi", "m", "Mousavi"), ("Parisa Hosseinzadeh", "f", "Hosseinzadeh")],
    "turkish": [("Ayşe Yılmaz", "f", "Yılmaz"), ("Mehmet Öztürk", "m", "Öztürk"),
                ("Emre Çelik", "m", "Çelik"), ("Zeynep Kaya", "f", "Kaya"),
                ("Burak Şahin", "m", "Şahin"), ("Elif Doğan", "f", "Doğan")],
    "hindi": [("Rajesh Kumar Sharma", "m", "Sharma"), ("Priya Deshpande", "f", "Deshpande"),
              ("Sunita Verma", "f", "Verma"), ("Amit Trivedi", "m", "Trivedi"),
              ("Anjali Chaturvedi", "f", "Chaturvedi"), ("Vikram Singh Rathore", "m", "Rathore")],
    "tamil": [("R. Venkataraman", "m", "Venkataraman"), ("K. Kavitha", "f", "Kavitha"),
              ("S. Muthulakshmi", "f", "Muthulakshmi"), ("Murugan", "m", "Murugan"),
              ("Tamilselvi", "f", "Tamilselvi"), ("P. Ramasamy", "m", "Ramasamy")],
    "bengali": [("Sourav Chattopadhyay", "m", "Chattopadhyay"), ("Nusrat Jahan", "f", "Jahan"),
                ("Rabindranath Mukherjee", "m", "Mukherjee"), ("Farhana Akter", "f", "Akter"),
                ("Tanvir Hossain", "m", "Hossain"), ("Rumana Chowdhury", "f", "Chowdhury")],
    # family name first
    "chinese": [("Zhang Wei", "m", "Zhang"), ("Liu Yang", "f", "Liu"),
                ("Chen Xiaoming", "m", "Chen"), ("Wang Fang", "f", "Wang"),
                ("Huang Jianguo", "m", "Huang"), ("Zhou Meiling", "f", "Zhou")],
    "korean": [("Kim Min-jun", "m", "Kim"), ("Park Ji-yeon", "f", "Park"),
               ("Lee Seo-yeon", "f", "Lee"), ("Choi Dong-hyun", "m", "Choi"),
               ("Jung Ha-eun", "f", "Jung"), ("Kang Tae-woo", "m", "Kang")],
    "japanese": [("Kenji Yamamoto", "m", "Yamamoto"), ("Yuki Watanabe", "f", "Watanabe"),
                 ("Haruto Sato", "m", "Sato"), ("Aiko Nakamura", "f", "Nakamura"),
                 ("Takeshi Kobayashi", "m", "Kobayashi"), ("Mei Fujimoto", "f", "Fujimoto")],
    # second reference by the given name (last element)
    "vietnamese": [("Nguyen Thi Lan", "f", "Lan"), ("Tran Van Minh", "m", "Minh"),
                   ("Le Thi Hoa", "f", "Hoa"), ("Pham Van Duc", "m", "Duc"),
                   ("Nguyễn Thị Mai", "f", "Mai"), ("Vu Duc Thang", "m", "Thang")],
    # second reference by the given name (first element)
    "thai": [("Somchai Wongsawat", "m", "Somchai"), ("Pornthip Chaiyaphum", "f", "Pornthip"),
             ("Anucha Srisuk", "m", "Anucha"), ("Kanokwan Rattanakul", "f", "Kanokwan"),
             ("Thanakorn Saelim", "m", "Thanakorn"), ("Siriporn Thongdee", "f", "Siriporn")],
    "indonesian": [("Sutrisno", "m", "Sutrisno"), ("Wulandari", "f", "Wulandari"),
                   ("Suharti", "f", "Suharti"), ("Purnomo", "m", "Purnomo"),
                   ("Sulastri", "f", "Sulastri"), ("Hartono", "m", "Hartono")],
    "filipino": [("Maria Clara dela Cruz", "f", "dela Cruz"), ("Jose Miguel Macapagal", "m", "Macapagal"),
                 ("Rowena Villanueva", "f", "Villanueva"), ("Ramon Santiago", "m", "Santiago"),
                 ("Liza Mae Bautista", "f", "Bautista"), ("Arnel Dimaculangan", "m", "Dimaculangan")],
    "russian_ukrainian": [("Dmitri Sergeyevich Volkov", "m", "Volkov"),
                          ("Olena Petrivna Kovalenko", "f", "Kovalenko"),
                          ("Anastasia Igorevna Sokolova", "f", "Sokolova"),
                          ("Taras Mykolayovych Shevchuk", "m", "Shevchuk"),
                          ("Yevgeny Pavlovich Morozov", "m", "Morozov"),
                          ("Oksana Bondarenko", "f", "Bondarenko")],
    "polish": [("Agnieszka Wróblewska", "f", "Wróblewska"), ("Krzysztof Szczepański", "m", "Szczepański"),
               ("Małgorzata Zielińska", "f", "Zielińska"), ("Tomasz Grzybowski", "m", "Grzybowski"),
               ("Jędrzej Kowalczyk", "m", "Kowalczyk"), ("Katarzyna Wiśniewska", "f", "Wiśniewska")],
    "hungarian": [("László Kovács", "m", "Kovács"), ("Zsófia Németh", "f", "Németh"),
                  ("Gábor Szabó", "m", "Szabó"), ("Erzsébet Tóth", "f", "Tóth"),
                  ("Balázs Horváth", "m", "Horváth"), ("Réka Farkas", "f", "Farkas")],
    "greek": [("Konstantinos Papadopoulos", "m", "Papadopoulos"), ("Eleni Georgiou", "f", "Georgiou"),
              ("Dimitris Alexiou", "m", "Alexiou"), ("Katerina Panagiotopoulou", "f", "Panagiotopoulou"),
              ("Yiannis Stavridis", "m", "Stavridis"), ("Sofia Triantafyllou", "f", "Triantafyllou")],
    "irish": [("Siobhán Ní Bhriain", "f", "Ní Bhriain"), ("Pádraig Ó Súilleabháin", "m", "Ó Súilleabháin"),
              ("Seán Mac Giolla Phádraig", "m", "Mac Giolla Phádraig"),
              ("Aoife Ní Dhomhnaill", "f", "Ní Dhomhnaill"), ("Ciarán Ó Murchú", "m", "Ó Murchú"),
              ("Róisín O'Connell", "f", "O'Connell")],
    "scottish": [("Alasdair McLeod", "m", "McLeod"), ("Morag MacKenzie", "f", "MacKenzie"),
                 ("Iain McGregor", "m", "McGregor"), ("Kirsty MacLennan", "f", "MacLennan"),
                 ("Fraser McIntyre", "m", "McIntyre"), ("Eilidh McAllister", "f", "McAllister")],
    "welsh": [("Rhys ap Gwilym", "m", "ap Gwilym"), ("Angharad Llewelyn", "f", "Llewelyn"),
              ("Dafydd Wyn Jones", "m", "Jones"), ("Gwenllian Pritchard", "f", "Pritchard"),
              ("Emyr ab Owain", "m", "ab Owain"), ("Nia Gruffydd", "f", "Gruffydd")],
    "dutch": [("Pieter van der Berg", "m", "van der Berg"), ("Anouk de Vries", "f", "de Vries"),
              ("Sanne van den Heuvel", "f", "van den Heuvel"), ("Joost ter Horst", "m", "ter Horst"),
              ("Maarten van Dijk", "m", "van Dijk"), ("Femke de Groot", "f", "de Groot")],
    "german": [("Friedrich von Hagen", "m", "von Hagen"), ("Katharina von Stein", "f", "von Stein"),
               ("Jürgen Weißmüller", "m", "Weißmüller"), ("Annegret Schäfer", "f", "Schäfer"),
               ("Wolfgang Müller-Lüdenscheid", "m", "Müller-Lüdenscheid"),
               ("Ursula Brandtner", "f", "Brandtner")],
    "french": [("Jean-Baptiste Le Gall", "m", "Le Gall"), ("Marie-Claire de Villiers", "f", "de Villiers"),
               ("Anne-Sophie Leroy", "f", "Leroy"), ("Pierre-Henri Dupont", "m", "Dupont"),
               ("Hélène Le Bihan", "f", "Le Bihan"), ("François de La Rochère", "m", "de La Rochère")],
    "spanish": [("María José García Márquez", "f", "García Márquez"),
                ("Alejandro Fernández Ortega", "m", "Fernández Ortega"),
                ("Lucía Herrera Domínguez", "f", "Herrera Domínguez"),
                ("Javier Ruiz de Alarcón", "m", "Ruiz de Alarcón"),
                ("Carmen Sánchez Villalobos", "f", "Sánchez Villalobos"),
                ("Diego Morales Ibáñez", "m", "Morales Ibáñez")],
    "portuguese": [("João Pedro da Silva", "m", "da Silva"), ("Ana Beatriz dos Santos", "f", "dos Santos"),
                   ("Luís Filipe de Sousa", "m", "de Sousa"), ("Mariana da Costa Pereira", "f", "da Costa Pereira"),
                   ("Rui dos Reis", "m", "dos Reis"), ("Inês Carvalho", "f", "Carvalho")],
    "hawaiian": [("Kalani Kealoha", "m", "Kealoha"), ("Leilani Kahananui", "f", "Kahananui"),
                 ("Pualani Kaʻaihue", "f", "Kaʻaihue"), ("Kawika Kamakau", "m", "Kamakau"),
                 ("Noelani Akana", "f", "Akana"), ("Keoni Makaʻike", "m", "Makaʻike")],
    "maori": [("Wiremu Tāwhiri", "m", "Tāwhiri"), ("Aroha Ngata", "f", "Ngata"),
              ("Hēmi Te Rangi", "m", "Te Rangi"), ("Mere Parata", "f", "Parata"),
              ("Rāwiri Te Kani", "m", "Te Kani"), ("Ngaire Tūhiwai", "f", "Tūhiwai")],
    "sami": [("Áile Somby", "f", "Somby"), ("Niillas Gaup", "m", "Gaup"),
             ("Ánde Sara", "m", "Sara"), ("Risten Eira", "f", "Eira"),
             ("Máret Ánne Bongo", "f", "Bongo"), ("Jovnna Balto", "m", "Balto")],
    "inuit": [("Aputi Kilabuk", "f", "Kilabuk"), ("Jaypeetee Arnakak", "m", "Arnakak"),
              ("Elisapee Qamaniq", "f", "Qamaniq"), ("Pauloosie Akeeagok", "m", "Akeeagok"),
              ("Siila Kusugak", "f", "Kusugak"), ("Lucassie Ittukallak", "m", "Ittukallak")],
    "hyphenated": [("Hannah Clarke-Whitfield", "f", "Clarke-Whitfield"),
                   ("Oliver Smith-Bankole", "m", "Smith-Bankole"),
                   ("Priyanka Rao-Fernandes", "f", "Rao-Fernandes"),
                   ("Marcus Lloyd-Evans", "m", "Lloyd-Evans"),
                   ("Julia Martín-Krause", "f", "Martín-Krause"),
                   ("Samuel Osei-Tutu", "m", "Osei-Tutu")],
    "english_words": [("Grace Hope", "f", "Hope"), ("Martin Long", "m", "Long"),
                      ("Daisy Young", "f", "Young"), ("Victor Brown", "m", "Brown"),
                      ("Summer Rose", "f", "Rose"), ("Frank Bird", "m", "Bird"),
                      ("Joy Little", "f", "Little"), ("Will Church", "m", "Church"),
                      ("Faith Green", "f", "Green"), ("Hunter Strong", "m", "Strong")],
}


class Person:
    def __init__(self, full, gender, sur, culture):
        self.full, self.gender, self.sur, self.culture = full, gender, sur, culture
        self.sur_cap = sur[0].upper() + sur[1:]
        self.role = None
        self.age = None

    @property
    def subj(self):
        return "she" if self.gender == "f" else "he"

    @property
    def poss(self):
        return "her" if self.gender == "f" else "his"


ALL_PEOPLE = [(c, n) for c in NAMES for n in NAMES[c]]

# appositive, description, title (None: no title use), academic/medical (Dr ok)
ROLES = [
    ("the country's finance minister", "the minister", "Finance Minister", False),
    ("the health minister", "the minister", "Health Minister", False),
    ("a senator from the northern province", "the senator", "Senator", False),
    ("the chief executive of Halvorsen Shipping", "the chief executive", "Chief Executive", False),
    ("the coach of the Harbour Lions", "the coach", "Coach", False),
    ("the mayor of {place}", "the mayor", "Mayor", False),
    ("the governor of the central province", "the governor", "Governor", False),
    ("the police commissioner", "the commissioner", "Commissioner", False),
    ("the leader of the drivers' union", "the union leader", None, False),
    ("a hydrologist at Northfield University", "the hydrologist", None, True),
    ("an economist at Norland Bank", "the economist", None, True),
    ("a surgeon at the district hospital", "the surgeon", None, True),
    ("a nurse at the district hospital", "the nurse", None, False),
    ("the head teacher of the village school", "the head teacher", None, False),
    ("a fishing-boat skipper", "the skipper", None, False),
    ("the owner of a bakery on the high street", "the bakery owner", None, False),
    ("a retired engineer", "the engineer", None, False),
    ("a shop steward at the textile mill", "the shop steward", None, False),
]

PLACES = ["Port Alder", "Kestrel Bay", "Millbrook", "Saltmarsh", "Dunmore Falls", "Ravensworth",
          "Eastwick", "Carrow Point", "Hollin Bridge", "Westerby", "Fenwick Cross", "Tarrant Mouth"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EVENTS = ["crews began clearing the flooded river district",
          "the harbour bridge stayed closed for a third month",
          "a strike by bus drivers entered its second week",
          "the textile mill shut its gates for the last time",
          "the district hospital ran short of nurses again",
          "another reservoir in the hills ran dry",
          "rents in the old town rose for the fifth year running",
          "the Harbour Lions prepared for a relegation decider"]
TOPICS = ["the flood repairs", "the future of the textile mill", "the delayed harbour bridge",
          "the bus drivers' pay dispute", "the shortage of nurses", "the drought",
          "rising rents in the old town", "the club's budget for next season"]
SCENES = ["Water was still standing in the lower streets of {place} on {day}, three days after the river burst its banks.",
          "The last shift at the textile mill in {place} ended quietly on {day}.",
          "Buses stayed in their depots across {place} on {day} as a drivers' strike entered its second week.",
          "The waiting room at the district hospital in {place} was full by seven o'clock on {day} morning.",
          "Work on the harbour bridge in {place} stopped again on {day}.",
          "Rents in the old town of {place} have risen by a third in two years.",
          "Another reservoir near {place} ran dry on {day}, the third this summer."]

# --------------------------------------------------------------------------
# content pools (no final punctuation unless ? or !)
# --------------------------------------------------------------------------
CONTENT = {
    "stmt": [
        "We have waited long enough for this",
        "Nobody in this town wants to see the same mistakes again",
        "This is the best chance we have had in a decade",
        "The money is there, and it has to reach the people who need it",
        "I have lived here for thirty years and I have never seen anything like it",
        "People here are tired of promises",
        "We will keep the doors open for as long as we can",
        "The numbers simply do not add up",
        "It is not a perfect plan, but it is a plan",
        "Our members deserve a fair deal",
        "I don't think anyone expected it to happen so quickly",
        "This is about trust, and trust takes years to rebuild",
        "We are a small community, but we are not a quiet one",
        "The work starts on Monday and it will not stop until it is finished",
        "There is no easy way to say this. Some of it is not coming back",
        "We have to be honest with the families about the risks",
        "It's a good day for the whole region",
        "Every week of delay costs money we don't have",
        "We are not asking for favours. We are asking for what was promised",
        "The decision was taken far too late",
        "Nothing about this has been easy for anyone",
        "We know what needs to be done. Now we need the time to do it",
    ],
    "question": [
        "Who is going to pay for all of this?",
        "Why did it take a disaster for anyone to listen?",
        "Where were the inspectors last winter?",
        "How many more families have to leave before something changes?",
        "What exactly are we supposed to tell our children?",
        "Is anyone in the capital even reading our letters?",
        "When will things get back to normal?",
        "Can you really call that a fair offer?",
    ],
    "reply": [
        "Ask the people who cut the budget",
        "We have answered that question a dozen times",
        "The money is already in the accounts",
        "Not this year, and probably not next year either",
        "That is simply not true",
        "Nobody is leaving on my watch",
        "We will publish every figure next week",
        "Read the report. It is all there",
    ],
    "explain": [
        "The pumps were built for a smaller town, so they fail when the river rises",
        "If rents go up again, the nurses simply cannot afford to live near the hospital",
        "Half of the drivers are over fifty, which means we will lose them within a decade",
        "The contract was signed before prices doubled, and that is why everything is late",
        "Without the mill, the bus route loses most of its passengers",
        "The ground is too dry to hold the water when the storms finally come",
        "We have one budget and three emergencies, so something has to wait",
    ],
    "warn": [
        "If nothing changes, the water will be back in the streets by spring",
        "This could get much worse before it gets better",
        "Anyone who thinks the danger has passed is making a serious mistake",
        "We are one bad winter away from closing the ward",
        "Families should not return to the lower streets yet",
        "The reserves will run dry by August if the rain does not come",
    ],
    "predict": [
        "Rents will rise again next year, and faster",
        "We will be in the final by May",
        "The bridge will open before the end of the summer",
        "Within five years this town will look completely different",
        "The strike will be over by the weekend",
        "Prices are going to keep climbing until the harvest",
    ],
    "urge": [
        "Please stay away from the river banks until the water goes down",
        "Come to the meeting on Thursday and make your voices heard",
        "Check on your elderly neighbours tonight",
        "Sign up before the end of the month",
        "Do not drive through flooded roads, whatever your phone tells you",
        "Give the new team a chance",
    ],
    "vow": [
        "We will rebuild every house on this street",
        "I will not rest until the mill workers have new jobs",
        "We will be back, and we will be stronger",
        "This council will not raise the rents again",
        "We are going to fight this decision in every court in the country",
        "I will personally drive the first bus across that bridge",
    ],
    "admit": [
        "We got the timing wrong, and I take responsibility for that",
        "Mistakes were made in the first week",
        "We should have listened to the residents sooner",
        "I underestimated how long the repairs would take",
        "The plan was too ambitious for the money we had",
        "We were not ready for a storm of that size",
    ],
    "memory": [
        "My grandmother sold fish on this quay for forty years",
        "The last time the mill closed, half the street left within a year",
        "We used to have six buses a day. Now we are lucky to get one",
        "The night the water came in, we carried the piano up the stairs",
        "I remember queuing for bread outside this very shop",
        "Back then, everyone knew everyone's name",
    ],
    "joke": [
        "At least the ducks are happy",
        "I have been promised this bridge so many times I could build it myself",
        "If the buses ran as often as the meetings, we would have no problem",
        "My knees predicted the storm before the forecasters did",
        "We're very good at losing. Now we want to try something else",
        "I'll believe it when I can drive across it",
    ],
    "boast": [
        "No other town in the region has done what we did this year",
        "We finished the repairs three weeks early and under budget",
        "This is the best squad this club has ever had",
        "Our nurses are the finest in the country, full stop",
        "We built this company from one boat to forty",
        "Nobody in the league works harder than we do",
    ],
    "complain": [
        "Nobody from the ministry has bothered to visit",
        "We waited four hours on the phone and then the line went dead",
        "The forms are longer than the repairs",
        "Every time we ask for help, we get another survey",
        "They closed the clinic and did not even tell us",
        "The trains are late, the buses are gone and the roads are full of holes",
    ],
    "written": [
        "Thank you to every volunteer who filled a sandbag this week",
        "Today the council voted for the people of this town. Proud of my colleagues",
        "The report makes grim reading, but it had to be written",
        "Our doors remain open to anyone who needs shelter tonight",
        "I have resigned from the board, effective immediately",
        "Grateful for the messages of support. Back to work tomorrow",
    ],
    "org": [
        "We share the frustration of everyone affected and we are working to put things right",
        "Safety remains our first priority",
        "We will publish the full findings once the review is complete",
        "The decision was not taken lightly",
        "We regret the disruption and apologise to everyone affected",
        "Services will resume as soon as it is safe to do so",
        "We remain committed to the people of this region",
        "Our teams have been working around the clock",
    ],
    "interrupt": [
        ("We did everything we were asked to do", "and we will keep doing it until the job is finished"),
        ("The problem is not the money", "it is the people who decide how to spend it"),
        ("I understand why people are angry", "but shouting at the nurses will not fix anything"),
        ("If the rain comes next week", "we will be ready for it this time"),
        ("This is not the end of the mill", "whatever the owners would like people to believe"),
        ("Some of us have lived here all our lives", "and we are not about to leave now"),
        ("The drivers are not greedy", "they just want to be able to pay their rent"),
        ("We lost the game", "but we did not lose our nerve"),
        ("Nobody here is against the bridge", "we are against waiting another five years for it"),
    ],
    "multi": [
        ("We have seen floods before. We have never seen one that stayed this long",
         "The water sat in the kitchens for nine days. Some of these houses will never be dry again"),
        ("My father worked at the mill, and his father before him. It was the reason this town existed",
         "Now the gates are locked and nobody has told us what comes next. That is the part that hurts"),
        ("The drivers did not want this strike. They asked for talks in January and again in March",
         "Every time, the answer was the same. Wait. Well, they have waited long enough"),
        ("We train nurses here and then we lose them to the city within two years",
         "It is not the work that drives them away. It is the rent"),
        ("The bridge was supposed to open in the spring of last year",
         "Then it was the autumn. Then it was this spring. I stopped counting after that"),
        ("Nobody in my family can remember a summer this dry",
         "The wells are low, the cattle are thin and the forecast offers nothing"),
        ("We were relegated two years ago and people said we would never come back",
         "Look at us now. This group of players has proved a lot of people wrong"),
    ],
    "nested": [
        "The sign on the gate has said {il}temporary closure{ir} for two years now",
        "My father called this place {il}the end of the line{ir} and he meant it kindly",
        "When they use the word {il}restructuring{ir} we all know what is coming",
        "The children call it {il}the bridge to nowhere{ir} and you can hardly blame them",
        "Every letter from the ministry ends with {il}thank you for your patience{ir} and our patience ran out long ago",
        "The old song {il}Down by the Harbour{ir} was written about this very street",
        "We put a banner saying {il}not for sale{ir} on every door in the street",
        "The word {il}temporary{ir} has lost all meaning in this town",
        "They printed {il}opening soon{ir} on the hoardings three summers ago",
        "I still have the letter that says {il}your job is safe{ir} in a drawer at home",
        "Our grandparents had a saying, {il}the river always comes back{ir}, and they were right",
    ],
}
MIXED = [
    ("said", "the plan was", "dead on arrival and a waste of everybody's time"),
    ("said", "the pay offer was", "an insult to every driver who kept this city moving"),
    ("called", "the report", "a whitewash written by people who never left their offices"),
    ("said", "the council had been", "asleep at the wheel for the better part of a decade"),
    ("described", "the repairs as", "the slowest piece of engineering since the pyramids"),
    ("said", "residents were", "tired, angry and completely out of patience"),
    ("said", "the reserves were", "running on fumes and good luck"),
    ("called", "the decision", "a betrayal of every family on the coast"),
    ("said", "the new timetable was", "a step in the right direction, but only a small one"),
    ("described", "the season as", "the hardest twelve months of my working life"),
]
INDIRECT = [
    "the bridge would reopen before the end of the summer",
    "the ministry had no plans to close the clinic",
    "the drivers would return to work on Monday",
    "the council had underestimated the cost of the repairs",
    "more than two hundred homes had been damaged by the water",
    "the club would appeal against the fine",
    "the water-sharing scheme would be reviewed in the spring",
    "talks with the union would resume next week",
    "the mill's owners had ignored repeated warnings about its finances",
    "the hospital would hire forty more nurses by the end of the year",
]
FRAMES = ["{M} was unapologetic.", "{M} struck a defiant tone.", "{M} was blunt about the delays.",
          "{M} sounded tired but determined.", "{M} did not hide {poss} frustration.",
          "{M} was in a reflective mood.", "{M} remains hopeful.", "{M} took a harder line."]
UNNAMED = [("a senior official in the finance ministry", False), ("two people familiar with the matter", True),
           ("a spokeswoman for the council", False), ("a spokesman for the port authority", False),
           ("one of the organisers", False), ("a senior police officer", False),
           ("a person close to the negotiations", False), ("an aide to the governor", False),
           ("a western diplomat", False), ("three officials briefed on the talks", True),
           ("a doctor at the district hospital", False), ("a driver with twenty years on the route", False)]
GROUPS = ["residents", "analysts", "economists", "teachers", "protesters", "shopkeepers",
          "farmers", "parents", "nurses", "commuters"]
# full name, short description, a topic that suits it
ORGS = [("the Ministry of Water Resources", "the ministry", "the drought"),
        ("Norland Rail", "the company", "last week's cancelled services"),
        ("the Harbour Workers' Union", "the union", "the closure of the container terminal"),
        ("Westerby District Council", "the council", "the flood repairs"),
        ("the Eastern Regional Health Authority", "the health authority", "the shortage of nurses"),
        ("Kestrel Bay Football Club", "the club", "the club's budget for next season"),
        ("Amberline Airways", "the airline", "the grounding of its regional fleet"),
        ("the National Weather Service", "the weather service", "its flood warnings")]
ORG_LEADS = ["{Org} has ordered an inquiry into {topic}.",
             "{Org} came under pressure on {day} over {topic}.",
             "{Org} cancelled a planned meeting in {place} on {day}."]
TOLD_OBJ = ["reporters", "journalists", "the Harbour Times", "a news conference", "local radio",
            "supporters", "the Westerby Gazette", "parliament"]
WROTE_TAIL = [" in a letter to the council", " in an email to staff", " in a column for the Harbour Times",
              " on social media"]
POSTED_TAIL = [" on Facebook", " on Instagram", " online"]
TWEET_TAIL = ["", " on Sunday night", " late on Friday"]

# --------------------------------------------------------------------------
# verbs: cue, content category, can invert ("said X"), context need
# --------------------------------------------------------------------------
VERBS = {}


def _v(cue, cat, inv=True, need=None):
    VERBS[cue] = dict(cue=cue, cat=cat, inv=inv, need=need)


for _c, _cat, _inv, _need in [
        ("said", "stmt", True, None), ("says", "stmt", True, None), ("told", "stmt", False, None),
        ("added", "stmt", True, "prior"), ("asked", "question", True, None),
        ("explained", "explain", True, None), ("insisted", "stmt", True, None),
        ("warned", "warn", True, None), ("argued", "stmt", True, None),
        ("recalled", "memory", True, None), ("conceded", "admit", True, None),
        ("noted", "stmt", True, None), ("wrote", "written", True, None),
        ("tweeted", "written", False, None), ("posted", "written", False, None),
        ("declared", "vow", True, None), ("replied", "reply", True, "question"),
        ("continued", "stmt", True, "prior"), ("acknowledged", "admit", True, None),
        ("admitted", "admit", True, None), ("quipped", "joke", True, None),
        ("joked", "joke", True, None), ("stressed", "stmt", True, None),
        ("pointed out", "stmt", False, None), ("went on", "stmt", False, "prior"),
        ("shot back", "reply", False, "question"), ("cautioned", "warn", True, None),
        ("complained", "complain", True, None), ("boasted", "boast", True, None),
        ("predicted", "predict", True, None), ("urged", "urge", False, None),
        ("vowed", "vow", False, None)]:
    _v(_c, _cat, _inv, _need)

VERB_FAMILIES = {
    "verb_common": ["said", "says", "told", "added"],
    "verb_manner": ["explained", "insisted", "argued", "noted", "stressed", "declared", "pointed out"],
    "verb_stance": ["warned", "cautioned", "predicted", "urged", "vowed"],
    "verb_concede": ["conceded", "acknowledged", "admitted", "recalled", "complained", "boasted"],
    "verb_dialogue": ["asked", "replied", "shot back", "continued", "went on"],
    "verb_written": ["wrote", "tweeted", "posted"],
    "verb_humour": ["quipped", "joked"],
}
# verbs that need no set-up quote; "said" weighted up, the rest evenly
SIMPLE_VERBS = ["said"] * 5 + [v for v in VERBS if VERBS[v]["need"] is None and v not in ("said", "says")]

STYLES = {
    "straight": dict(L='"', R='"', il="'", ir="'", british=False, curly_apos=False),
    "curly": dict(L="“", R="”", il="‘", ir="’", british=False, curly_apos=True),
    "british": dict(L="‘", R="’", il="“", ir="”", british=True, curly_apos=True),
    "guillemets": dict(L="«", R="»", il="“", ir="”", british=False, curly_apos=True),
}

rng = random.Random(SEED)


def pick_style():
    return rng.choices(["straight", "curly", "british", "guillemets"], [35, 35, 18, 12])[0]


# --------------------------------------------------------------------------
# document builder: text pieces carry markers [[q1|...]], [[s2|...]], [[c3|...]]
# --------------------------------------------------------------------------
class Ref:
    def __init__(self, canon, mid, cap=None, form="", prefix="", pron=False, plural=False,
                 asw=False, appos=None, person=None, group=False):
        self.canon, self.mid = canon, mid
        self.cap = cap if cap is not None else mid[0].upper() + mid[1:]
        self.form, self.prefix, self.pron, self.plural = form, prefix, pron, plural
        self.asw, self.appos, self.person, self.group = asw, appos, person, group


class Doc:
    def __init__(self, cons, style=None):
        self.cons = cons
        self.style = style or pick_style()
        self.st = STYLES[self.style]
        self.paras = [[]]
        self.rows = []
        self.k = 0
        self.used = set()
        self.people = []
        self.hon_dot = rng.random() < 0.6
        self.hon = {}
        self.para_speaker = None
        self.place = rng.choice(PLACES)
        self.day = rng.choice(DAYS)

    # -- markers
    def mark(self, tag, s):
        self.k += 1
        mid = f"{tag}{self.k}"
        return f"[[{mid}|{s}]]", mid

    def add(self, s):
        self.paras[-1].append(s)

    def para(self):
        if self.paras[-1]:
            self.paras.append([])
        self.para_speaker = None

    def draw(self, cat):
        pool = CONTENT[cat]
        free = [i for i in range(len(pool)) if (cat, i) not in self.used]
        if not free:
            free = list(range(len(pool)))
        i = rng.choice(free)
        self.used.add((cat, i))
        return pool[i]

    def quote(self, content, mode):
        st = self.st
        c = content
        ends = c[-1] in "?!"
        if mode == "comma":
            inside, outside = (c, "") if ends else ((c, ",") if st["british"] else (c + ",", ""))
        elif mode == "period":
            inside, outside = (c, "") if ends else (c + ".", "")
        elif mode == "frag_end":
            inside, outside = (c, "") if ends else ((c, ".") if st["british"] else (c + ".", ""))
        elif mode == "bare":
            inside, outside = c, ""
        else:
            raise ValueError(mode)
        m, qid = self.mark("q", inside)
        return st["L"] + m + st["R"] + outside, qid

    def ment(self, ref, initial):
        text = ref.cap if initial else ref.mid
        m, sid = self.mark("s", text)
        canon = text if ref.asw else ref.canon
        prefix = ref.prefix
        if initial and prefix:
            prefix = prefix[0].upper() + prefix[1:]
        return prefix + m, sid, canon

    def row(self, qid, sid, cid, canon, kind, form, setup=False):
        self.rows.append(dict(q=qid, s=sid, c=cid, speaker=canon, kind=kind, form=form, setup=setup))

    # -- finish
    def finish(self, n):
        text = "\n\n".join(" ".join(p) for p in self.paras if p)
        if self.st["curly_apos"]:
            text = text.replace("'", "’")
        pos = {}
        out = []
        length = 0
        i = 0
        for m in re.finditer(r"\[\[([a-z]\d+)\|(.*?)\]\]", text, flags=re.S):
            pre = text[i:m.start()]
            out.append(pre)
            length += len(pre)
            pos[m.group(1)] = (length, length + len(m.group(2)), m.group(2))
            out.append(m.group(2))
            length += len(m.group(2))
            i = m.end()
        out.append(text[i:])
        clean = "".join(out)
        assert "[[" not in clean and "]]" not in clean, clean
        quotes = []
        for r in self.rows:
            if self.st["curly_apos"]:
                r["speaker"] = r["speaker"].replace("'", "’")
            qs, qe, qt = pos[r["q"]]
            assert clean[qs:qe] == qt
            q = {"start": qs, "end": qe, "kind": r["kind"], "speaker": r["speaker"],
                 "speaker_start": None, "speaker_end": None, "cue": None, "cue_start": None,
                 "cue_end": None, "construction": self.cons, "form": r["form"]}
            if r["setup"]:
                q["setup"] = True
            if r["s"]:
                ss, se, st_ = pos[r["s"]]
                assert clean[ss:se] == st_
                q["speaker_start"], q["speaker_end"] = ss, se
            if r["c"]:
                cs, ce, ct = pos[r["c"]]
                assert clean[cs:ce] == ct
                q["cue"], q["cue_start"], q["cue_end"] = ct, cs, ce
            quotes.append(q)
        quotes.sort(key=lambda q: q["start"])
        return {"id": f"blind/{self.cons}-{n}", "text": clean, "construction": self.cons,
                "style": self.style, "quotes": quotes}


# --------------------------------------------------------------------------
# cast and references
# --------------------------------------------------------------------------
def cast(d, genders, culture=None, roles=True, title_roles=False, ages=None):
    """Pick people with the given genders, distinct names and distinct role descriptions."""
    chosen = []
    pool = [(c, n) for (c, n) in ALL_PEOPLE if culture is None or c == culture]
    role_pool = [r for r in ROLES if (r[2] is not None or not title_roles)]
    used_desc = set()
    for g in genders:
        cands = [(c, n) for (c, n) in pool if n[1] == g
                 and all(n[0] != p.full and n[2] != p.sur for p in chosen)]
        c, n = rng.choice(cands)
        p = Person(n[0], n[1], n[2], c)
        if roles:
            rc = [r for r in role_pool if r[1] not in used_desc]
            r = rng.choice(rc)
            used_desc.add(r[1])
            p.role = (r[0].format(place=d.place), r[1], r[2], r[3])
        chosen.append(p)
    if ages:
        for p, a in zip(chosen, ages):
            p.age = a
    d.people.extend(chosen)
    return chosen


def intro(p, with_role=True):
    s = p.full
    if p.age:
        s += f", {p.age}"
    if with_role and p.role:
        s += f", {p.role[0]}"
    return s


def lead2(d, a, b):
    A, B = intro(a), intro(b)
    t = rng.randrange(4)
    ev, tp = rng.choice(EVENTS), rng.choice(TOPICS)
    if t == 0:
        s = f"{A}, and {B}, toured {d.place} on {d.day} as {ev}."
    elif t == 1:
        s = f"{A}, met {B}, in {d.place} on {d.day} to discuss {tp}."
    elif t == 2:
        s = f"{A}, and {B}, spent {d.day} in {d.place}, where {ev}."
    else:
        s = f"In {d.place} on {d.day}, {A}, sat down with {B}, to discuss {tp}."
    d.add(s)


def lead1(d, a):
    d.add(f"{intro(a)}, spent {d.day} in {d.place}, where {rng.choice(EVENTS)}.")


def scene(d):
    d.add(rng.choice(SCENES).format(place=d.place, day=d.day))


def pron_safe(d, p):
    return sum(1 for q in d.people if q.gender == p.gender) == 1


def r_full(p, appos=False):
    return Ref(p.full, p.full, form="full_name", person=p,
               appos=(p.role[0] if appos and p.role else None))


def r_sur(p):
    return Ref(p.full, p.sur, p.sur_cap, form="surname", person=p)


def honorific(d, p):
    if p.full in d.hon:
        return d.hon[p.full]
    opts = ["Ms", "Mrs"] if p.gender == "f" else ["Mr"]
    if p.role and p.role[3]:
        opts = ["Dr", "Dr", "Prof"] + opts
    h = rng.choice(opts) + ("." if d.hon_dot else "")
    d.hon[p.full] = h
    return h


def r_hon(d, p, full=False):
    h = honorific(d, p)
    name = p.full if full else p.sur
    return Ref(p.full, f"{h} {name}", form="honorific_full" if full else "honorific", person=p)


def r_title(p):
    return Ref(p.full, p.full, form="title_name", prefix=p.role[2] + " ", person=p)


def r_pron(p):
    return Ref(p.full, p.subj, form="pronoun", pron=True, person=p)


def r_desc(p, age=False):
    if age:
        return Ref(p.full, f"the {p.age}-year-old", form="description", person=p)
    return Ref(p.full, p.role[1], form="description", person=p)


def r_any(d, p, allow_pron=True, allow_desc=True):
    opts = ["sur", "sur", "hon"]
    if allow_pron and pron_safe(d, p):
        opts += ["pron", "pron"]
    if allow_desc and p.role:
        opts.append("desc")
    o = rng.choice(opts)
    if o == "sur":
        return r_sur(p)
    if o == "hon":
        return r_hon(d, p)
    if o == "pron":
        return r_pron(p)
    return r_desc(p)


def r_named(d, p):
    return r_sur(p) if rng.random() < 0.6 else r_hon(d, p)


def tail_for(verb):
    if verb == "told":
        return " " + rng.choice(TOLD_OBJ)
    if verb == "wrote":
        return rng.choice(WROTE_TAIL)
    if verb == "posted":
        return rng.choice(POSTED_TAIL)
    if verb == "tweeted":
        return rng.choice(TWEET_TAIL)
    return ""


def positions_for(verb, ref):
    v = VERBS[verb]
    ps = ["after", "after", "before_comma", "before_colon"]
    if v["inv"] and not ref.pron and not ref.group:
        ps.append("inverted")
    return ps


def attrib(d, pos, ref, verb, content, content2=None, tail=None, lead_in=None, setup=False, keep=False):
    """Add one attributed sentence; returns the speaker-mention id.

    A new speaker starts a new paragraph unless keep=True."""
    if not keep and d.paras[-1] and d.para_speaker != ref.canon:
        d.para()
    v = VERBS[verb]
    cue = v["cue"]
    if ref.plural and cue == "says":
        cue = "say"
    if tail is None:
        tail = tail_for(verb)
    if pos == "inverted":
        assert v["inv"] and not ref.pron, (verb, ref.mid)
    initial = pos in ("before_comma", "before_colon") and not lead_in
    m, sid, canon = d.ment(ref, initial)
    c, cid = d.mark("c", cue)
    if ref.appos and pos != "inverted":
        m = f"{m}, {ref.appos},"
    if pos == "after":
        q, qid = d.quote(content, "comma")
        s = f"{q} {m} {c}{tail}."
    elif pos == "inverted":
        q, qid = d.quote(content, "comma")
        if ref.appos:
            s = f"{q} {c} {m}, {ref.appos}."
        else:
            s = f"{q} {c} {m}{tail}."
    elif pos in ("before_comma", "before_colon"):
        q, qid = d.quote(content, "period")
        p = "," if pos == "before_comma" else ":"
        s = f"{m} {c}{tail}{p} {q}"
        if lead_in:
            s = lead_in + " " + s
    elif pos == "interrupted":
        q, qid = d.quote(content, "comma")
        q2, qid2 = d.quote(content2, "period")
        s = f"{q} {m} {c}{tail}, {q2}"
        d.row(qid2, sid, cid, canon, "direct", ref.form, setup)
    else:
        raise ValueError(pos)
    d.add(s)
    d.row(qid, sid, cid, canon, "direct", ref.form, setup)
    d.para_speaker = ref.canon
    return sid, canon


def say(d, spk, ref, verb, pos=None, other=None):
    """Say something with `verb`, adding a set-up quote when the verb needs one."""
    v = VERBS[verb]
    if v["need"] == "prior":
        attrib(d, "after", r_named(d, spk), "said", d.draw("stmt"), setup=True)
    elif v["need"] == "question":
        d.para()  # the question and its answer share a paragraph of their own
        attrib(d, "after", r_named(d, other), "asked", d.draw("question"), setup=True)
        if ref.pron:
            ref = r_named(d, spk)
        if pos is None or (pos == "inverted" and not (v["inv"] and not ref.pron and not ref.group)):
            pos = rng.choice(positions_for(verb, ref))
        return attrib(d, pos, ref, verb, d.draw(v["cat"]), keep=True)
    if pos is None or (pos == "inverted" and not (v["inv"] and not ref.pron and not ref.group)):
        pos = rng.choice(positions_for(verb, ref))
    return attrib(d, pos, ref, verb, d.draw(v["cat"]))


# --------------------------------------------------------------------------
# construction generators
# --------------------------------------------------------------------------
def two_people(d, culture=None, same_gender=None, **kw):
    if same_gender is True:
        g = rng.choice("mf")
        gs = [g, g]
    elif same_gender is False:
        gs = rng.sample(["m", "f"], 2)
    else:
        gs = [rng.choice("mf"), rng.choice("mf")]
    return cast(d, gs, culture=culture, **kw)


def gen_position(pos):
    d = Doc(f"pos_{pos}")
    a, b = two_people(d)
    lead2(d, a, b)
    d.para()
    order = [a, b, a]
    for i, spk in enumerate(order):
        verb = rng.choice(SIMPLE_VERBS)
        if pos == "inverted":
            while not VERBS[verb]["inv"]:
                verb = rng.choice(SIMPLE_VERBS)
            ref = r_any(d, spk, allow_pron=False)
        else:
            ref = r_any(d, spk, allow_pron=(i == 2))
        attrib(d, pos, ref, verb, d.draw(VERBS[verb]["cat"]))
    return d


def gen_interrupted():
    d = Doc("pos_interrupted")
    a, b = two_people(d)
    lead2(d, a, b)
    for i, spk in enumerate([a, b]):
        d.para()
        verb = rng.choice(["said", "said", "said", "added", "insisted", "argued", "told", "explained"])
        ref = r_any(d, spk, allow_pron=(i == 1))
        c1, c2 = d.draw("interrupt")
        if verb == "added":
            attrib(d, "after", r_named(d, spk), "said", d.draw("stmt"), setup=True)
        attrib(d, "interrupted", ref, verb, c1, c2)
    return d


def gen_next_paragraph():
    d = Doc("pos_next_paragraph")
    a, b = two_people(d)
    lead2(d, a, b)
    d.para()
    ref = r_any(d, a, allow_pron=False)
    verb = rng.choice(["said", "said", "told", "insisted", "explained", "warned"])
    pos = rng.choice(["after", "before_colon", "after"])
    sid, canon = attrib(d, pos, ref, verb, d.draw(VERBS[verb]["cat"]))
    d.para()
    q, qid = d.quote(d.draw("stmt"), "period")
    d.add(q)
    d.row(qid, sid, None, canon, "direct", ref.form)
    d.para_speaker = canon
    if rng.random() < 0.5:
        d.para()
        verb = rng.choice(["said", "said", "argued", "noted"])
        attrib(d, "after", r_any(d, b, allow_pron=False), verb, d.draw(VERBS[verb]["cat"]))
    return d


def gen_sentence_before():
    d = Doc("pos_sentence_before")
    a, b = two_people(d)
    lead2(d, a, b)
    for i, spk in enumerate([a, b]):
        d.para()
        ref = r_any(d, spk, allow_pron=(i == 1))
        m, sid, canon = d.ment(ref, True)
        frame = rng.choice(FRAMES).format(M=m, poss=spk.poss)
        q, qid = d.quote(d.draw("stmt"), "period")
        d.add(frame)
        d.add(q)
        d.row(qid, sid, None, canon, "direct", ref.form)
    return d


def gen_multi_paragraph():
    d = Doc("pos_multi_paragraph")
    a, b = two_people(d)
    lead2(d, a, b)
    d.para()
    p1, p2 = d.draw("multi")
    st = d.st
    ref = r_any(d, a, allow_pron=False)
    verb = rng.choice(["said", "told", "recalled", "explained"])
    m, sid, canon = d.ment(ref, True)
    c, cid = d.mark("c", verb)
    inner = f"{p1}.\n\n{st['L']}{p2}."
    qm, qid = d.mark("q", inner)
    d.add(f"{m} {c}{tail_for(verb)}: {st['L']}{qm}{st['R']}")
    d.row(qid, sid, cid, canon, "direct", ref.form)
    d.para()
    verb = rng.choice(["said", "argued", "noted", "insisted"])
    attrib(d, "after", r_any(d, b, allow_pron=False), verb, d.draw("stmt"))
    return d


def gen_full_name():
    d = Doc("form_full_name")
    scene(d)
    ppl = cast(d, [rng.choice("mf"), rng.choice("mf")])
    for i, p in enumerate(ppl):
        if i:
            d.para()
        verb = rng.choice(SIMPLE_VERBS)
        ref = r_full(p, appos=rng.random() < 0.7)
        pos = rng.choice(positions_for(verb, ref))
        attrib(d, pos, ref, verb, d.draw(VERBS[verb]["cat"]))
    return d


def gen_surname():
    d = Doc("form_surname")
    a, b = two_people(d)
    lead2(d, a, b)
    d.para()
    for i, p in enumerate([a, b, a]):
        verb = rng.choice(SIMPLE_VERBS)
        ref = r_sur(p)
        attrib(d, rng.choice(positions_for(verb, ref)), ref, verb, d.draw(VERBS[verb]["cat"]))
    return d


def gen_honorific():
    d = Doc("form_honorific")
    a, b = two_people(d)
    lead2(d, a, b)
    d.para()
    for i, p in enumerate([a, b, a]):
        verb = rng.choice(SIMPLE_VERBS)
        ref = r_hon(d, p, full=(rng.random() < 0.2))
        attrib(d, rng.choice(positions_for(verb, ref)), ref, verb, d.draw(VERBS[verb]["cat"]))
    return d


def gen_title_name():
    d = Doc("form_title_name")
    scene(d)
    ppl = cast(d, [rng.choice("mf"), rng.choice("mf")], title_roles=True)
    for i, p in enumerate(ppl):
        d.para()
        verb = rng.choice(SIMPLE_VERBS)
        ref = r_title(p)
        attrib(d, rng.choice(positions_for(verb, ref)), ref, verb, d.draw(VERBS[verb]["cat"]))
    d.para()
    p = rng.choice(ppl)
    verb = rng.choice(SIMPLE_VERBS)
    ref = r_sur(p) if rng.random() < 0.5 else r_hon(d, p)
    attrib(d, rng.choice(positions_for(verb, ref)), ref, verb, d.draw(VERBS[verb]["cat"]))
    return d


def gen_pronoun_other():
    d = Doc("form_pronoun_other_gender")
    a, b = two_people(d, same_gender=False)
    lead2(d, a, b)
    d.para()
    verb = rng.choice(SIMPLE_VERBS)
    attrib(d, rng.choice(positions_for(verb, r_sur(a))), r_named(d, a), verb, d.draw(VERBS[verb]["cat"]))
    verb = rng.choice(SIMPLE_VERBS)
    ref = r_pron(b)
    attrib(d, rng.choice(positions_for(verb, ref)), ref, verb, d.draw(VERBS[verb]["cat"]))
    d.para()
    verb = rng.choice(SIMPLE_VERBS)
    ref = r_pron(a)
    attrib(d, rng.choice(positions_for(verb, ref)), ref, verb, d.draw(VERBS[verb]["cat"]))
    return d


SAME_FRAMES = ["{A} has worked alongside {B} for more than a decade.",
               "{A} succeeded {B} at the head of the department last year.",
               "{A} visited {B} at the site on {day}.",
               "{A} beat {B} in the vote for the chair last spring.",
               "{A} sat two seats away from {B} at the hearing."]


def gen_pronoun_same():
    d = Doc("form_pronoun_same_gender")
    a, b = two_people(d, same_gender=True)
    lead2(d, a, b)
    d.para()
    # subject of the previous sentence
    d.add(rng.choice(SAME_FRAMES).format(A=a.sur_cap, B=b.sur, day=d.day))
    verb = rng.choice(["said", "said", "insisted", "argued", "noted", "stressed"])
    ref = r_pron(a)
    attrib(d, rng.choice(["after", "after", "before_colon"]), ref, verb, d.draw(VERBS[verb]["cat"]), keep=True)
    d.para()
    # "added" continues the speaker of the quote just before
    verb = rng.choice(["said", "argued", "noted", "insisted"])
    attrib(d, "after", r_named(d, b), verb, d.draw(VERBS[verb]["cat"]))
    attrib(d, "after", r_pron(b), "added", d.draw("stmt"))
    return d


def gen_pronoun_they():
    d = Doc("form_pronoun_they")
    if rng.random() < 0.5:
        g = rng.choice(GROUPS)
        d.add(f"Dozens of {g} gathered outside the town hall in {d.place} on {d.day}.")
        d.add(f"It was the third such gathering in a month.")
        d.para()
        ref = Ref(g, "they", form="pronoun_they", pron=True, plural=True)
        verb = rng.choice(["said", "insisted", "complained", "told"])
        attrib(d, "after", ref, verb, d.draw(VERBS[verb]["cat"]))
        d.para()
        attrib(d, rng.choice(["after", "before_colon"]), ref, "added", d.draw("stmt"))
    else:
        a, b = two_people(d)
        lead2(d, a, b)
        d.para()
        pair = Ref(f"{a.full} and {b.full}", f"{a.sur} and {b.sur}", f"{a.sur_cap} and {b.sur}",
                   form="pair", plural=True)
        attrib(d, "after", pair, "said", d.draw("stmt"), tail=" in a joint statement")
        ref = Ref(pair.canon, "they", form="pronoun_they", pron=True, plural=True)
        verb = rng.choice(["added", "wrote", "warned", "insisted"])
        attrib(d, rng.choice(["after", "before_colon"]), ref, verb, d.draw(VERBS[verb]["cat"]))
    return d


def gen_description():
    d = Doc("form_description")
    age = rng.randrange(24, 72)
    a, b = two_people(d)
    a.age = age
    lead2(d, a, b)
    d.para()
    verb = rng.choice(SIMPLE_VERBS)
    ref = r_desc(a, age=rng.random() < 0.5)
    attrib(d, rng.choice(positions_for(verb, ref)), ref, verb, d.draw(VERBS[verb]["cat"]))
    verb = rng.choice(SIMPLE_VERBS)
    ref = r_desc(b)
    attrib(d, rng.choice(positions_for(verb, ref)), ref, verb, d.draw(VERBS[verb]["cat"]))
    d.para()
    verb = rng.choice(SIMPLE_VERBS)
    ref = r_desc(a, age=rng.random() < 0.5)
    attrib(d, rng.choice(positions_for(verb, ref)), ref, verb, d.draw(VERBS[verb]["cat"]))
    return d


def gen_unnamed():
    d = Doc("form_unnamed")
    scene(d)
    srcs = rng.sample(UNNAMED, 2)
    for i, (np_, plural) in enumerate(srcs):
        d.para()
        ref = Ref(np_, np_, form="unnamed", plural=plural, asw=True)
        verb = rng.choice(["said", "said", "told", "warned", "insisted", "acknowledged", "noted", "says"])
        attrib(d, rng.choice(positions_for(verb, ref)), ref, verb, d.draw(VERBS[verb]["cat"]))
    return d


def gen_group():
    d = Doc("form_group")
    scene(d)
    gs = rng.sample(GROUPS, 2)
    for g in gs:
        d.para()
        ref = Ref(g, g, form="group", plural=True, group=True)
        verb = rng.choice(["said", "said", "told", "complained", "warned", "predicted", "argued"])
        attrib(d, rng.choice(positions_for(verb, ref)), ref, verb, d.draw(VERBS[verb]["cat"]))
    return d


def org_ref(org, short):
    name = org[4:] if org.startswith("the ") else org
    pre = "the " if org.startswith("the ") else ""
    if short:
        return Ref(name, short, form="organisation")
    return Ref(name, name, form="organisation", prefix=pre)


def gen_org():
    d = Doc("form_org")
    org, short, topic = rng.choice(ORGS)
    lead = rng.choice(ORG_LEADS)
    d.add(lead.format(Org=org[0].upper() + org[1:], topic=topic, day=d.day, place=d.place))
    d.para()
    ref = org_ref(org, short)
    verb = rng.choice(["said", "said", "insisted", "acknowledged", "stressed"])
    if rng.random() < 0.5:
        attrib(d, "after", ref, verb, d.draw("org"), tail=" in a statement")
    else:
        attrib(d, "before_colon", ref, verb, d.draw("org"), tail="", lead_in="In a statement,")
    d.para()
    ref = org_ref(org, rng.choice([None, short]))
    verb = rng.choice(["said", "added", "wrote", "posted"])
    tail = {"wrote": " on its website", "posted": " on its website"}.get(verb, "")
    attrib(d, "after", ref, verb, d.draw("org"), tail=tail)
    return d


def gen_pair():
    d = Doc("form_pair")
    a, b = two_people(d)
    lead2(d, a, b)
    d.para()
    if rng.random() < 0.5:
        pair = Ref(f"{a.full} and {b.full}", f"{a.full} and {b.full}", form="pair", plural=True)
    else:
        pair = Ref(f"{a.full} and {b.full}", f"{a.sur} and {b.sur}", f"{a.sur_cap} and {b.sur}",
                   form="pair", plural=True)
    verb = rng.choice(["said", "wrote", "warned", "insisted"])
    tail = " in a joint statement" if verb != "wrote" else " in a joint letter"
    attrib(d, rng.choice(["after", "before_colon", "inverted"]), pair, verb, d.draw(VERBS[verb]["cat"]),
           tail=tail)
    d.para()
    p = rng.choice([a, b])
    verb = rng.choice(SIMPLE_VERBS)
    ref = r_named(d, p)
    attrib(d, rng.choice(positions_for(verb, ref)), ref, verb, d.draw(VERBS[verb]["cat"]))
    return d


_verb_cycles = {}


def next_verb(fam):
    lst = VERB_FAMILIES[fam]
    i = _verb_cycles.get(fam, 0)
    _verb_cycles[fam] = i + 1
    return lst[i % len(lst)]


def gen_verb(fam):
    d = Doc(fam)
    a, b = two_people(d)
    lead2(d, a, b)
    d.para()
    for i, spk in enumerate([a, b, a]):
        other = b if spk is a else a
        verb = next_verb(fam)
        ref = r_any(d, spk, allow_pron=(i == 2 or VERBS[verb]["need"] == "prior"))
        if VERBS[verb]["need"] == "prior" and not pron_safe(d, spk):
            ref = r_named(d, spk)
        say(d, spk, ref, verb, other=other)
    return d


def gen_marks(style, nested=False):
    d = Doc("marks_nested" if nested else f"marks_{style}", style=style)
    a, b = two_people(d)
    lead2(d, a, b)
    d.para()
    n = 2 if nested else 3
    for i, spk in enumerate([a, b, a][:n]):
        verb = rng.choice(SIMPLE_VERBS)
        ref = r_any(d, spk, allow_pron=(i == 2))
        pos = rng.choice(positions_for(verb, ref) + ["interrupted"] * (0 if nested else 1))
        if nested:
            content = d.draw("nested").format(il=d.st["il"], ir=d.st["ir"])
            verb = rng.choice(["said", "said", "recalled", "explained", "noted"])
            pos = rng.choice(positions_for(verb, ref))
            attrib(d, pos, ref, verb, content)
        elif pos == "interrupted":
            c1, c2 = d.draw("interrupt")
            attrib(d, pos, ref, rng.choice(["said", "said", "insisted"]), c1, c2)
        else:
            attrib(d, pos, ref, verb, d.draw(VERBS[verb]["cat"]))
    return d


NAME_CULTURES = list(NAMES)


def gen_names(culture):
    d = Doc(f"names_{culture}")
    a, b = two_people(d, culture=culture, same_gender=False)
    lead2(d, a, b)
    d.para()
    plan = [(a, r_sur(a)), (b, r_hon(d, b))]
    if rng.random() < 0.6:
        plan.append((b, r_sur(b) if rng.random() < 0.5 else r_pron(b)))
    plan.append((a, r_pron(a)))
    for i, (p, ref) in enumerate(plan):
        verb = rng.choice(SIMPLE_VERBS)
        attrib(d, rng.choice(positions_for(verb, ref)), ref, verb, d.draw(VERBS[verb]["cat"]))
    return d


def gen_mixed():
    d = Doc("kind_mixed")
    a, b = two_people(d)
    lead2(d, a, b)
    items = rng.sample(MIXED, 2)
    for i, (spk, (cue, leadin, frag)) in enumerate(zip([a, b], items)):
        d.para()
        ref = r_any(d, spk, allow_pron=(i == 1))
        m, sid, canon = d.ment(ref, True)
        c, cid = d.mark("c", cue)
        if rng.random() < 0.7:
            q, qid = d.quote(frag, "frag_end")
            d.add(f"{m} {c} {leadin} {q}")
        else:
            q, qid = d.quote(frag, "bare")
            d.add(f"{m} {c} {leadin} {q}{rng.choice([' and left the meeting early.', ' before leaving the hall.', ' on the steps of the town hall.'])}")
        d.row(qid, sid, cid, canon, "mixed", ref.form)
    return d


def gen_indirect():
    d = Doc("kind_indirect")
    a, b = two_people(d)
    lead2(d, a, b)
    items = rng.sample(INDIRECT, 2)
    for i, (spk, content) in enumerate(zip([a, b], items)):
        d.para()
        ref = r_any(d, spk, allow_pron=(i == 1))
        t = rng.randrange(4)
        if t == 0:
            m, sid, canon = d.ment(ref, True)
            c, cid = d.mark("c", "said")
            q, qid = d.mark("q", content)
            d.add(f"{m} {c} that {q}.")
        elif t == 1:
            m, sid, canon = d.ment(ref, True)
            c, cid = d.mark("c", "told")
            q, qid = d.mark("q", content)
            d.add(f"{m} {c} reporters {q}.")
        elif t == 2:
            m, sid, canon = d.ment(ref, False)
            c, cid = d.mark("c", "said")
            q, qid = d.mark("q", content[0].upper() + content[1:])
            d.add(f"{q}, {m} {c}.")
        else:
            if ref.pron:
                ref = r_named(d, spk)
            m, sid, canon = d.ment(ref, False)
            c, cid = d.mark("c", "According to")
            q, qid = d.mark("q", content)
            d.add(f"{c} {m}, {q}.")
        d.row(qid, sid, cid, canon, "indirect", ref.form)
    return d


PLAN = []
for _pos, _n in [("after", 7), ("inverted", 7), ("before_comma", 7), ("before_colon", 7)]:
    PLAN.append((f"pos_{_pos}", _n, (lambda p=_pos: gen_position(p))))
PLAN += [("pos_interrupted", 6, gen_interrupted), ("pos_next_paragraph", 8, gen_next_paragraph),
         ("pos_sentence_before", 8, gen_sentence_before), ("pos_multi_paragraph", 7, gen_multi_paragraph),
         ("form_full_name", 7, gen_full_name), ("form_surname", 6, gen_surname),
         ("form_honorific", 7, gen_honorific), ("form_title_name", 6, gen_title_name),
         ("form_pronoun_other_gender", 6, gen_pronoun_other), ("form_pronoun_same_gender", 6, gen_pronoun_same),
         ("form_pronoun_they", 7, gen_pronoun_they), ("form_description", 6, gen_description),
         ("form_unnamed", 8, gen_unnamed), ("form_group", 7, gen_group), ("form_org", 7, gen_org),
         ("form_pair", 7, gen_pair)]
for _fam, _n in [("verb_common", 6), ("verb_manner", 6), ("verb_stance", 5), ("verb_concede", 5),
                 ("verb_dialogue", 8), ("verb_written", 4), ("verb_humour", 3)]:
    PLAN.append((_fam, _n, (lambda f=_fam: gen_verb(f))))
for _st in ["straight", "curly", "british", "guillemets"]:
    PLAN.append((f"marks_{_st}", 4, (lambda s=_st: gen_marks(s))))
PLAN.append(("marks_nested", 7, lambda: gen_marks(rng.choice(list(STYLES)), nested=True)))
for _cu in NAME_CULTURES:
    PLAN.append((f"names_{_cu}", 1, (lambda c=_cu: gen_names(c))))
PLAN += [("kind_mixed", 8, gen_mixed), ("kind_indirect", 8, gen_indirect)]


def check(doc):
    text = doc["text"]
    for q in doc["quotes"]:
        s, e = q["start"], q["end"]
        assert 0 <= s < e <= len(text), (doc["id"], q)
        frag = text[s:e]
        assert frag == frag.strip(), (doc["id"], frag)
        assert frag[0] not in QUOTE_MARKS and frag[-1] not in QUOTE_MARKS, (doc["id"], frag)
        if q["kind"] == "direct":
            before = text[:s].rstrip()
            assert before and before[-1] in QUOTE_MARKS, (doc["id"], frag)
        if q["speaker_start"] is not None:
            m = text[q["speaker_start"]:q["speaker_end"]]
            assert m and m == m.strip(), (doc["id"], m)
            # the mention is the canonical name, part of it, a pronoun or the text itself
            if q["form"] in ("full_name", "title_name", "honorific_full"):
                assert q["speaker"] in m, (doc["id"], m, q["speaker"])
        if q["cue"] is not None:
            assert text[q["cue_start"]:q["cue_end"]] == q["cue"], doc["id"]
    spans = sorted((q["start"], q["end"]) for q in doc["quotes"])
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2, doc["id"]


def main():
    docs = []
    for cons, n, fn in PLAN:
        for i in range(1, n + 1):
            d = fn()
            assert d.cons == cons, (d.cons, cons)
            doc = d.finish(i)
            check(doc)
            docs.append(doc)
    with open(OUT, "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False, sort_keys=True) + "\n")
    nd, nq, ns = Counter(), Counter(), Counter()
    for doc in docs:
        nd[doc["construction"]] += 1
        for q in doc["quotes"]:
            (ns if q.get("setup") else nq)[doc["construction"]] += 1
    print(f"{len(docs)} documents, {sum(nq.values())} quotes (+{sum(ns.values())} set-up quotes)",
          file=sys.stderr)
    for c in nd:
        extra = f" (+{ns[c]} set-up)" if ns[c] else ""
        print(f"  {c:28s} docs {nd[c]:3d}  quotes {nq[c]:3d}{extra}", file=sys.stderr)


if __name__ == "__main__":
    main()
