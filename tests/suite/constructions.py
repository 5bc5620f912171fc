#!/usr/bin/env python3
"""Construction suite for issue #12: short invented news documents, one
attribution construction each, with gold in the common format
(../shared/eval/FORMAT.md).

Deterministic: the only randomness is random.Random(SEED); re-running writes a
byte-identical tests/suite/constructions.jsonl.

Templates are written with span markup: [[key|text]] puts `text` in the
document and records its span under `key` (q*, quote contents; m*, speaker
mentions; c*, cues).  A gold quote names the keys of its content, mention and
cue.

Gold conventions (the project's, see tests/fixtures.rs and the seed article):
- content span is inside the quotation marks and keeps punctuation that stands
  inside them ("We will win," -> `We will win,`); the scorer trims edge
  punctuation anyway;
- an interrupted quote is two rows; a quote running over paragraphs is one row
  (from the first content character to the last, inner marks included);
- transcript turns (NAME: text, Q:/A:) are direct quotes without marks;
- the mention is the name as written with an honorific right before it
  ("Dr. Ana Ruiz", "Mr Okonkwo") but without role words or organisations
  ("Harbor Lions head coach Dana Whitlock" -> mention "Dana Whitlock", role
  "Harbor Lions head coach"); pronouns, descriptions and groups are the whole
  phrase;
- speaker is the canonical name: the fullest name of the person in the
  document, without titles; unnamed sources and groups the description as
  written; organisations their full name; coordinated speakers "A and B".

Usage: constructions.py [OUT]   (default: constructions.jsonl beside this file)
"""
import json
import os
import random
import re
import sys

SEED = 12

# ---- people ------------------------------------------------------------------
# (full name, second reference, gender f/m). Invented; many cultures; particles
# and hyphens stay whole; family-name-first names carry their own second reference.
PEOPLE = [
    ("Adaeze Okonkwo", "Okonkwo", "f"), ("Kwame Mensah", "Mensah", "m"),
    ("Chinedu Eze", "Eze", "m"), ("Folake Adeyemi", "Adeyemi", "f"),
    ("Abena Owusu", "Owusu", "f"), ("Ousmane Diallo", "Diallo", "m"),
    ("Aminata Traoré", "Traoré", "f"), ("Babajide Olatunji", "Olatunji", "m"),
    ("Ngozi Umeh", "Umeh", "f"), ("Priya Raghunathan", "Raghunathan", "f"),
    ("Arjun Mehta", "Mehta", "m"), ("Sunita Deshpande", "Deshpande", "f"),
    ("Farhan Siddiqui", "Siddiqui", "m"), ("Lakshmi Iyer", "Iyer", "f"),
    ("Rohan Kulkarni", "Kulkarni", "m"), ("Omar Al Haddad", "Al Haddad", "m"),
    ("Layla Bin Sultan", "Bin Sultan", "f"), ("Youssef El Amrani", "El Amrani", "m"),
    ("Huda Abu Zeid", "Abu Zeid", "f"), ("Khalid Al-Mansouri", "Al-Mansouri", "m"),
    ("Nguyen Thi Lan", "Lan", "f"), ("Ji-woo Park", "Park", "f"),
    ("Zhang Wei", "Zhang", "m"), ("Haruka Tanaka", "Tanaka", "f"),
    ("Kenji Watanabe", "Watanabe", "m"), ("Lee Seo-yeon", "Lee", "f"),
    ("Tran Van Duc", "Duc", "m"), ("Oleksandr Kovalenko", "Kovalenko", "m"),
    ("Olena Shevchuk", "Shevchuk", "f"), ("Katarzyna Nowicka", "Nowicka", "f"),
    ("Milos Petrovic", "Petrovic", "m"), ("Zuzana Horvathova", "Horvathova", "f"),
    ("Sigrid Aalto", "Aalto", "f"), ("Lars-Erik Lindqvist", "Lindqvist", "m"),
    ("Ingrid Solberg", "Solberg", "f"), ("Mikael Järvinen", "Järvinen", "m"),
    ("Freja Nørgaard", "Nørgaard", "f"), ("Ben van der Berg", "van der Berg", "m"),
    ("Anne-Marie Roy", "Roy", "f"), ("Mary O'Neill", "O'Neill", "f"),
    ("Jean-Luc Tremblay", "Tremblay", "m"), ("Sophie de la Cruz", "de la Cruz", "f"),
    ("Pieter de Vries", "de Vries", "m"), ("Liam MacDonald", "MacDonald", "m"),
    ("Dana Whitlock", "Whitlock", "f"), ("Ana Ruiz", "Ruiz", "f"),
    ("Lena Ford", "Ford", "f"), ("Ben Ode", "Ode", "m"),
    ("Maria dos Santos", "dos Santos", "f"), ("Luca Di Stefano", "Di Stefano", "m"),
    ("Siobhan McCarthy", "McCarthy", "f"), ("Carlos Mendoza Ríos", "Mendoza Ríos", "m"),
    ("Kemi Adebayo-Cole", "Adebayo-Cole", "f"), ("Hans-Peter Vogel", "Vogel", "m"),
    ("Tane Parata", "Parata", "m"), ("Aroha Ngata", "Ngata", "f"),
    ("José Luis Herrera", "Herrera", "m"), ("Ximena Quispe", "Quispe", "f"),
    ("Tamar Ben-David", "Ben-David", "f"), ("Gulnara Sadykova", "Sadykova", "f"),
]

# ---- context -----------------------------------------------------------------
PLACES = ["Lagos", "Accra", "Halifax", "Winnipeg", "Pune", "Chennai", "Dubai", "Doha",
          "Busan", "Daejeon", "Lviv", "Dnipro", "Tromsø", "Turku", "Leeds", "Cardiff",
          "Moncton", "Kingston", "Kumasi", "Hyderabad", "Muscat", "Gdańsk", "Aarhus", "Brisbane"]
# non-persons whose names look like a woman's or a man's (pronoun distractors)
DISTRACT_F = ["Charlotte", "Victoria Square", "Elizabeth Street", "Santa Clara", "Lake Louise",
              "the Sofia sedan", "Grace magazine", "Helena Avenue", "the Stella app", "Port Alice"]
DISTRACT_M = ["Hamilton", "Fort William", "Jackson Park", "San Antonio", "the Leo tablet",
              "Walter magazine", "St. George's Square", "Port Arthur", "the Oscar drone", "Mount Edward"]
ORGS = ["Crestline Capital", "Northgate Mining", "the Harbor Lions", "Riverside University",
        "the Kestrel Institute", "Bluewater Energy", "the Lakeshore Port Authority",
        "Amberfield Foods", "Meridian Rail", "the Coastal Health Network"]
TOPICS = ["the new transit levy", "the port expansion", "the drought relief plan",
          "the fishing quota", "the school meals programme", "the refinery closure",
          "the vaccine rollout", "the stadium deal", "the border crossing", "the housing bill",
          "the wage agreement", "the bridge repairs"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# invented quote bodies, without final punctuation; apostrophes written '
QUOTES = [
    "We will not leave this town without a clinic",
    "Nobody in this room saw the bill before Friday",
    "The numbers simply don't add up",
    "I have been doing this job for twenty years and I have never seen rain like it",
    "Our players gave everything they had tonight",
    "This is a good day for the people who grow our food",
    "We expect margins to recover in the second half",
    "The data point clearly in one direction",
    "It's a mess, and everybody knows it's a mess",
    "If the ferry stops, the island stops",
    "We asked for a meeting three times",
    "The river has never been this low in October",
    "That is not a plan, that is a press release",
    "We are not going to apologise for winning",
    "The children deserve better than a portable classroom",
    "I think the market has already priced this in",
    "There is no shortcut to trust",
    "They told us the money was coming and it never came",
    "Our first priority is getting the lights back on",
    "We have found the same pattern in every sample",
    "I didn't come here to make friends",
    "The court should never have allowed this to drag on",
    "We're a small club with a big heart",
    "Every family on this street has lost something",
    "The deal protects jobs for at least a decade",
    "This result surprised even our own team",
    "I would do it all again tomorrow",
    "The council has been asleep at the wheel",
    "We owe our nurses more than applause",
    "Nobody wins a trade war",
    "The vote was closer than anyone expected",
    "We'll be back next season, stronger",
    "It's the first real rain we've had since May",
    "Those figures were never meant to be public",
    "Our door is always open to the union",
    "The mine will reopen when it is safe and not a day before",
    "I was told to stay quiet and I refused",
    "This is what happens when nobody maintains the pumps",
    "We need the federal money by spring",
    "It was the best forty minutes of football I've seen from this group",
    "The ice is thinner every winter",
    "They can shout all they like, the law is clear",
    "Frankly, the timetable was fiction from the start",
    "We are talking to every bank that will listen",
    "It took us six years to get this telescope built",
    "The patients were never at risk",
    "I'm proud of the way the town pulled together",
    "Prices at the pump will fall before the holidays",
    "This ruling changes how every landlord in the province operates",
    "We won't sign anything we haven't read",
]

STYLES = {  # quote-mark style: (open, close, apostrophe used inside content)
    "straight": ('"', '"', "'"),
    "curly": ("“", "”", "’"),
    "single": ("‘", "’", "’"),
    "guillemet": ("«", "»", "’"),
    "twoapos": ("''", "''", "'"),
}
STYLE_NAMES = list(STYLES)

SPAN = re.compile(r"\[\[(\w+)\|(.*?)\]\]", re.S)


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.docs = []
        self.count = {}

    # -- picking ---------------------------------------------------------------
    def pick(self, seq):
        return self.rng.choice(seq)

    def people(self, n, gender=None):
        pool = [p for p in PEOPLE if gender is None or p[2] == gender]
        out = []
        while len(out) < n:
            p = self.pick(pool)
            # distinct people with distinct second references in one document
            if all(p[1] != o[1] and p[0] != o[0] for o in out):
                out.append(p)
        return out

    def quote(self, style, end=",", plural=False):
        pool = [q for q in QUOTES if not re.search(r"\bI\b|\bI'|\bmy\b", q)] if plural else QUOTES
        body = self.pick(pool).replace("'", STYLES[style][2])
        return body + end

    # -- documents ---------------------------------------------------------------
    def doc(self, cid, style, template, golds, **extra):
        """Render `template` (with [[key|text]] spans; paragraphs split by blank
        lines) and add one document whose gold quotes are `golds`: dicts with
        keys q (span key), m (mention key or None), c (cue key or None),
        speaker, and optionally role, kind, form, construction."""
        spans, out, pos = {}, [], 0
        last = 0
        for mt in SPAN.finditer(template):
            lit = template[last:mt.start()]
            out.append(lit)
            pos += len(lit)
            key, body = mt.group(1), mt.group(2)
            if key in spans:
                raise ValueError(f"{cid}: span key {key} used twice")
            spans[key] = (pos, pos + len(body))
            out.append(body)
            pos += len(body)
            last = mt.end()
        out.append(template[last:])
        text = "".join(out)
        if "[[" in text or "]]" in text:
            raise ValueError(f"{cid}: unparsed markup in {text!r}")
        n = self.count[cid] = self.count.get(cid, 0) + 1
        quotes = []
        for g in golds:
            s, e = spans[g["q"]]
            ms, me = spans[g["m"]] if g.get("m") else (None, None)
            cs, ce = spans[g["c"]] if g.get("c") else (None, None)
            q = {"start": s, "end": e, "kind": g.get("kind", "direct"), "speaker": g["speaker"],
                 "speaker_start": ms, "speaker_end": me,
                 "cue": text[cs:ce] if cs is not None else None, "cue_start": cs, "cue_end": ce,
                 "construction": g.get("construction", cid)}
            if g.get("role"):
                q["role"] = g["role"]
            if g.get("form"):
                q["form"] = g["form"]
            if g.get("optional"):
                q["optional"] = True
            quotes.append(q)
        quotes.sort(key=lambda q: q["start"])
        d = {"id": f"construction/{cid}-{n:02d}", "text": text, "canonical": True,
             "construction": cid, "style": style, "quotes": quotes}
        d.update(extra)
        self.docs.append(d)

    def opener(self, person, place, topic):
        """A neutral first sentence naming a person (full name) at a place."""
        full = person[0]
        return self.pick([
            f"[[m0|{full}]] spent {self.pick(DAYS)} in {place} talking about {topic}. ",
            f"In {place}, [[m0|{full}]] met residents worried about {topic}. ",
            f"[[m0|{full}]] returned to {place} on {self.pick(DAYS)} as the row over {topic} grew. ",
        ])


def pron(person):
    return "she" if person[2] == "f" else "he"


def cap(s):
    return s[:1].upper() + s[1:]


QUESTIONS = [
    "When did you first hear about the closure?", "What would you say to the families who lost their homes?",
    "Is the club for sale?", "How long will the repairs take?", "Why did you vote against the budget?",
    "Do you regret the decision?", "What happens to the workers now?", "Who pays for the clean-up?",
]
CUES = ["said", "added", "told reporters", "insisted", "explained", "warned", "noted", "wrote", "argued"]
RARE_CUES = ["quipped", "mused", "wondered aloud", "shot back", "chimed in", "deadpanned", "marvelled",
             "groused", "scoffed", "conceded", "recalled", "tweeted", "posted", "fumed", "gushed",
             "countered", "lamented", "ventured", "sniffed", "cautioned", "retorted", "beamed"]
TITLES = ["Mayor", "Finance Minister", "Councillor", "Health Minister", "Premier", "Police Chief",
          "Conservative Leader", "Senator", "Governor", "Ambassador"]
ORG_TITLES = [("Harbor Lions", "head coach"), ("Crestline", "chief executive"),
              ("Northgate Mining", "spokesperson"), ("Bluewater Energy", "chief financial officer"),
              ("Meridian Rail", "union steward"), ("Kestrel Institute", "senior fellow"),
              ("Amberfield Foods", "plant manager"), ("Riverside University", "political scientist")]
UNNAMED = ["a senior official in the finance ministry", "two people familiar with the talks",
           "a police spokeswoman", "one of the players", "a spokesperson for Northgate Mining",
           "a diplomat who asked not to be named", "three residents of the building",
           "a former executive at Bluewater Energy", "an aide to the premier", "several analysts"]
GROUPS = ["economists", "residents", "opposition lawmakers", "union members", "Conservatives",
          "Republicans", "teachers", "farmers"]
ORG_REFS = [("The Daily Ledger", "the newspaper", "wrote"), ("the Ministry of Health", "the ministry", "said"),
            ("Northgate Mining", "the company", "said"), ("the Lakeshore Port Authority", "the authority", "said"),
            ("the Harbor Lions", "the club", "said"), ("Riverside University", "the university", "said")]
PAREN_ROLES = ["author", "economist", "retired teacher", "nurse", "restaurant owner", "student",
               "historian", "former mayor", "bus driver", "climate scientist"]


def mcap(frag):
    """Capitalise a template fragment at the start of a sentence."""
    if frag.startswith("[["):
        k = frag.index("|") + 1
        return frag[:k] + frag[k].upper() + frag[k + 1:]
    return frag[:1].upper() + frag[1:]


def lower1(s):
    return s if s.startswith("I ") or s.startswith("I'") or s.startswith("I’") else s[:1].lower() + s[1:]


FORMS = ["full", "surname", "title", "orgtitle", "pronoun", "unnamed", "pair", "group", "org", "honorific"]


def form(g, name, place, topic):
    """A speaker form: lead-in sentence (sets up what the mention needs), the
    mention fragment, the canonical speaker, the role, and whether an inverted
    cue ('said X') reads naturally."""
    p, = g.people(1)
    full, short = p[0], p[1]
    if name == "full":
        return dict(lead="", m=f"[[m|{full}]]", speaker=full, role=None, inv=True)
    if name == "surname":
        return dict(lead=f"{full} has worked on {topic} for a decade. ", m=f"[[m|{short}]]", speaker=full, role=None, inv=True)
    if name == "title":
        t = g.pick(TITLES)
        return dict(lead="", m=f"{t} [[m|{full}]]", speaker=full, role=t, inv=True)
    if name == "honorific":
        h = g.pick(["Dr.", "Prof.", "Dr", "Mr" if p[2] == "m" else "Ms"])
        return dict(lead=f"{full} first raised {topic} in {place} last year. ", m=f"[[m|{h} {short}]]",
                    speaker=full, role=None, inv=True)
    if name == "orgtitle":
        o, t = g.pick(ORG_TITLES)
        return dict(lead="", m=f"{o} {t} [[m|{full}]]", speaker=full, role=f"{o} {t}", inv=True)
    if name == "pronoun":
        return dict(lead=f"{full} arrived in {place} on {g.pick(DAYS)}. ", m=f"[[m|{pron(p)}]]", speaker=full, role=None, inv=False)
    if name == "unnamed":
        u = g.pick(UNNAMED)
        return dict(lead=f"Talks on {topic} resumed in {place}. ", m=f"[[m|{u}]]", speaker=u, role=None, inv=True)
    if name == "pair":
        a, b = g.people(2)
        return dict(lead=f"{a[0]} and {b[0]} have clashed over {topic} before. ", m=f"[[m|{a[1]} and {b[1]}]]",
                    speaker=f"{a[0]} and {b[0]}", role=None, inv=False)
    if name == "group":
        u = g.pick(GROUPS)
        return dict(lead=f"The debate over {topic} split {place}. ", m=f"[[m|{u}]]", speaker=u, role=None, inv=False)
    if name == "org":
        full_org, ref, _ = g.pick(ORG_REFS[1:])
        return dict(lead=f"{cap(full_org)} has handled {topic} since spring. ", m=f"[[m|{ref}]]",
                    speaker=re.sub(r"^the ", "", full_org), role=None, inv=True)
    raise ValueError(name)


def ctx(g, topic):
    return g.pick([
        f"The dispute over {topic} is expected to reach the council in {g.pick(['March', 'June', 'the autumn'])}.",
        f"A vote on {topic} is scheduled for {g.pick(DAYS)}.",
        f"Officials in {g.pick(PLACES)} are watching closely.",
    ])


def c_positions(g):
    """Basic positions x speaker forms x cue verbs x quote marks."""
    n = 0
    for position in ["after", "inverted", "before_comma", "before_colon", "interrupted"]:
        for rep in range(2):
            for fname in FORMS:
                style = STYLE_NAMES[n % len(STYLE_NAMES)]
                n += 1
                o, c, _ = STYLES[style]
                place, topic = g.pick(PLACES), g.pick(TOPICS)
                f = form(g, fname, place, topic)
                cue = g.pick(CUES)
                verb, _, rest = cue.partition(" ")
                rest = " " + rest if rest else ""
                m = f["m"]
                pl = fname in ("pair", "group", "org", "unnamed")
                g_quote = lambda st, e: g.quote(st, e, plural=pl)  # noqa: E731
                if position == "after" or (position == "inverted" and not f["inv"]):
                    body = f"{o}[[q|{g_quote(style, ',')}]]{c} {m} [[c|{verb}]]{rest}."
                elif position == "inverted":
                    body = f"{o}[[q|{g_quote(style, ',')}]]{c} [[c|{verb}]]{rest} {m}."
                elif position == "before_comma":
                    body = f"{mcap(m)} [[c|{verb}]]{rest}, {o}[[q|{g_quote(style, '.')}]]{c}"
                elif position == "before_colon":
                    body = f"{mcap(m)} [[c|{verb}]]{rest}: {o}[[q|{g_quote(style, '.')}]]{c}"
                else:
                    body = (f"{o}[[q|{g_quote(style, ',')}]]{c} {m} [[c|{verb}]]{rest}, "
                            f"{o}[[q2|{lower1(g_quote(style, '.'))}]]{c}")
                gold = [dict(q="q", m="m", c="c", speaker=f["speaker"], role=f["role"], form=fname)]
                if position == "interrupted":
                    gold.append(dict(q="q2", m="m", c="c", speaker=f["speaker"], role=f["role"], form=fname))
                g.doc(f"pos_{position}", style, f["lead"] + body + " " + ctx(g, topic), gold, form=fname)


def c_pronoun_nonperson(g):
    """he/she with a person-like non-person (city, square, magazine, product) nearer."""
    for i in range(12):
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, = g.people(1, "f" if i % 2 == 0 else "m")
        d = g.pick(DISTRACT_F if p[2] == "f" else DISTRACT_M)
        place, topic = g.pick(PLACES), g.pick(TOPICS)
        t = g.pick([
            f"[[m0|{p[0]}]] toured {place} on {g.pick(DAYS)}. Hundreds of people had gathered near {d} by noon. ",
            f"[[m0|{p[0]}]] was asked about {topic} during a stop in {place}. The next event, at {d}, was cancelled. ",
            f"Supporters of [[m0|{p[0]}]] packed a hall beside {d}. ",
        ])
        t += f"{o}[[q|{g.quote(style, ',')}]]{c} [[m|{pron(p)}]] [[c|{g.pick(['said', 'told the crowd', 'added'])}]]."
        g.doc("pronoun_nonperson", style, t.replace("[[c|told the crowd]]", "[[c|told]] the crowd"),
              [dict(q="q", m="m", c="c", speaker=p[0])])
    for i in range(6):  # 'it' -> organisation, with a person named in between
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        full_org, ref, _ = g.pick(ORG_REFS[2:])
        p, = g.people(1)
        t = (f"{cap(full_org)} cut forty jobs on {g.pick(DAYS)}, weeks after {p[0]} left the board. "
             f"{o}[[q|{g.quote(style, ',')}]]{c} [[m|it]] [[c|said]] in a statement.")
        g.doc("pronoun_it_org", style, t, [dict(q="q", m="m", c="c", speaker=re.sub(r"^the ", "", full_org))])


def c_followon(g):
    for i in range(10):
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, x = g.people(2)
        place = g.pick(PLACES)
        ref = g.pick([f"[[m|{p[0]}]] [[c|said]]", f"[[c|said]] [[m|{p[0]}]]", f"[[m|{p[0]}]] [[c|told]] reporters"])
        of = g.pick(["", f" of {x[0]}’s proposal".replace("’", STYLES[style][2]), f" in {place}", f" after meeting {x[0]}"])
        t = (f"{o}[[q|{g.quote(style, ',')}]]{c} {ref}{of}. {o}[[q2|{g.quote(style, '.')}]]{c} "
             f"{o}[[q3|{g.quote(style, '.')}]]{c}")
        g.doc("followon", style, t, [dict(q="q", m="m", c="c", speaker=p[0], construction="named_lead"),
                                     dict(q="q2", m="m", c="c", speaker=p[0]),
                                     dict(q="q3", m="m", c="c", speaker=p[0])])
    for i in range(6):  # a new attribution intervenes: the next quote is the new speaker's
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, x = g.people(2)
        t = (f"{o}[[q|{g.quote(style, ',')}]]{c} [[m|{p[0]}]] [[c|said]]. [[m2|{x[0]}]], who chairs the committee, "
             f"[[c2|disagreed]]: {o}[[q2|{g.quote(style, '.')}]]{c} {o}[[q3|{g.quote(style, '.')}]]{c}")
        g.doc("followon_new_speaker", style, t, [dict(q="q", m="m", c="c", speaker=p[0], construction="named_lead"),
                                                 dict(q="q2", m="m2", c="c2", speaker=x[0]),
                                                 dict(q="q3", m="m2", c="c2", speaker=x[0])])


def c_paragraphs(g):
    for i in range(10):  # quote-only paragraph after a named paragraph
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, x = g.people(2)
        place = g.pick(PLACES)
        if i % 2 == 0:
            p1 = f"{o}[[q|{g.quote(style, ',')}]]{c} [[m|{p[0]}]] [[c|said]] at a meeting in {place}."
            golds = [dict(q="q", m="m", c="c", speaker=p[0], construction="named_lead")]
        else:
            p1 = (f"[[m|{p[0]}]], a nurse in {place}, has campaigned for years for a new clinic. "
                  f"{x[0]}, the health minister, took office in March.")
            golds = []
        t = f"{p1}\n\n{o}[[q2|{g.quote(style, '.')}]]{c}\n\nThe clinic opens at nine on weekdays."
        golds.append(dict(q="q2", m="m", c="c" if i % 2 == 0 else None, speaker=p[0]))
        g.doc("quote_only_para", style, t, golds)
    for i in range(8):  # multi-paragraph quote: attribution at its end
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, x = g.people(2)
        t = (f"{p[0]} lived through the night the levee failed, and the call from {x[0]} that woke the street.\n\n"
             f"{o}[[q|{g.quote(style, '.')} {g.quote(style, '.')}\n\n{o}{g.quote(style, ',')}]]{c} "
             f"[[m|{p[1]}]] [[c|said]].")
        g.doc("multipara", style, t, [dict(q="q", m="m", c="c", speaker=p[0])])
    for i in range(8):  # READ MORE and headline lines never give a speaker
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, x, h = g.people(3)
        topic = g.pick(TOPICS)
        t = (f"{h[0]} to lead review of {topic}\n\n"
             f"{o}[[q|{g.quote(style, ',')}]]{c} [[m|{p[0]}]] [[c|said]] on {g.pick(DAYS)}.\n\n"
             f"READ MORE: [[mx|{x[0]}]] [[cx|says]] [[qx|{topic} will cost millions]]\n\n"
             f"{o}[[q2|{g.quote(style, '.')}]]{c}")
        g.doc("readmore", style, t, [dict(q="q", m="m", c="c", speaker=p[0], construction="named_lead"),
                                     dict(q="q2", m="m", c="c", speaker=p[0]),
                                     dict(q="qx", m="mx", c="cx", speaker=x[0], kind="indirect", optional=True,
                                          construction="readmore_line")])


def c_colon(g):
    for i in range(12):  # colon introductions
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, = g.people(1)
        topic = g.pick(TOPICS)
        v = i % 4
        lead = f"[[m0|{p[0]}]] has argued about {topic} for years. "
        if v == 0:
            t = lead + f"[[m|{cap(p[1])}]] [[c|put it this way]]: {o}[[q|{g.quote(style, '.')}]]{c}"
        elif v == 1:
            t = lead + f"[[m|{cap(p[1])}]] [[c|was more blunt]]: {o}[[q|{g.quote(style, '.')}]]{c}"
        elif v == 2:
            t = (f"[[m0|{p[0]}]] spoke for ten minutes about {topic} [[c0|and added]]: "
                 f"{o}[[q|{g.quote(style, '.')}]]{c}")
        else:
            t = (f"{o}[[q0|{g.quote(style, ',')}]]{c} [[m0|{p[0]}]] [[c0|said]]. Then, after a pause: "
                 f"{o}[[q|{g.quote(style, '.')}]]{c}")
        m, cue = ("m", "c") if v < 2 else ("m0", "c0" if v == 2 else None)
        golds = [dict(q="q", m=m, c=cue, speaker=p[0])]
        if v == 3:
            golds.append(dict(q="q0", m="m0", c="c0", speaker=p[0], construction="named_lead"))
        g.doc("colon_intro", style, t, golds)
    for i in range(8):  # opinion roundup: "Name, role: “…”"
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        ps = g.people(3)
        topic = g.pick(TOPICS)
        t = f"Readers in {g.pick(PLACES)} on {topic}\n\n"
        golds = []
        for k, p in enumerate(ps):
            role = g.pick(PAREN_ROLES)
            t += f"[[m{k}|{p[0]}]], {role}: {o}[[q{k}|{g.quote(style, '.')}]]{c}\n\n"
            golds.append(dict(q=f"q{k}", m=f"m{k}", c=None, speaker=p[0], role=role))
        g.doc("roundup", style, t.rstrip("\n"), golds)
    for i in range(8):  # pull quote with a dash attribution
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, x = g.people(2)
        role = g.pick(PAREN_ROLES)
        dash = g.pick(["— ", "—", "-- ", "– "])
        t = (f"{o}[[q|{g.quote(style, '.')}]]{c}\n{dash}[[m|{p[0]}]], {role}\n\n"
             f"The exhibition opens in {g.pick(PLACES)} on {g.pick(DAYS)}, with works lent by {x[0]}.")
        g.doc("dash", style, t, [dict(q="q", m="m", c=None, speaker=p[0], role=role)])
    for i in range(8):  # transcripts: "MS. FORD:" turns and Q:/A:
        p, iv = g.people(2)
        role = g.pick(PAREN_ROLES)
        qa = i % 2 == 1
        t = f"[[mi|{iv[0]}]] spoke with [[mp|{p[0]}]], {role}, about {g.pick(TOPICS)}. The conversation has been edited.\n\n"
        golds = []
        for k in range(2):
            qtext = g.pick(QUESTIONS)
            ans = g.quote("straight", ".")
            if qa:
                t += f"Q: [[qq{k}|{qtext}]]\n\nA: [[qa{k}|{ans}]]\n\n"
                golds += [dict(q=f"qq{k}", m="mi", c=None, speaker=iv[0]), dict(q=f"qa{k}", m="mp", c=None, speaker=p[0])]
            else:
                hi = "MS." if iv[2] == "f" else "MR."
                hp = "MS." if p[2] == "f" else "MR."
                t += (f"[[li{k}|{hi} {iv[1].upper()}]]: [[qq{k}|{qtext}]]\n\n"
                      f"[[lp{k}|{hp} {p[1].upper()}]]: [[qa{k}|{ans}]]\n\n")
                golds += [dict(q=f"qq{k}", m=f"li{k}", c=None, speaker=iv[0]),
                          dict(q=f"qa{k}", m=f"lp{k}", c=None, speaker=p[0])]
        g.doc("transcript_qa" if qa else "transcript_names", "transcript", t.rstrip("\n"), golds)


def c_subjects(g):
    for i in range(12):  # long / descriptive subjects
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, = g.people(1)
        org = g.pick(["the institute", "the museum", "the club", "the bank"])
        v = i % 6
        q = f"{o}[[q|{g.quote(style, ',')}]]{c}"
        if v == 0:
            t, sp, role = f"{q} lead researcher [[m|Dr. {p[0]}]] [[c|said]].", p[0], "lead researcher"
        elif v == 1:
            t, sp, role = f"{q} {org}{STYLES[style][2]}s [[m|{p[0]}]] [[c|said]].", p[0], None
        elif v == 2:
            t, sp, role = f"{q} Riverside University political scientist [[m|{p[0]}]] [[c|said]].", p[0], "Riverside University political scientist"
        elif v == 3:
            t, sp, role = f"{q} [[m|{p[0]}]] of Crestline Capital [[c|said]] in a note to clients.", p[0], None
        elif v == 4:
            t, sp, role = f"{q} [[m|one of the players]] [[c|said]] after training.", "one of the players", None
        else:
            t, sp, role = f"{q} [[c|said]] veteran Bluewater Energy analyst [[m|{p[0]}]].", p[0], "Bluewater Energy analyst"
        g.doc("long_subject", style, f"Shares fell sharply in {g.pick(PLACES)} on {g.pick(DAYS)}. " + t,
              [dict(q="q", m="m", c="c", speaker=sp, role=role)])
    for i in range(10):  # organisation or place before a person's title
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, = g.people(1)
        org, title = ORG_TITLES[i % len(ORG_TITLES)]
        if i % 2 == 0:
            t = f"{o}[[q|{g.quote(style, ',')}]]{c} [[c|said]] {org} {title} [[m|{p[0]}]]."
        else:
            t = f"{org} {title} [[m|{p[0]}]] [[c|said]], {o}[[q|{g.quote(style, '.')}]]{c}"
        g.doc("org_title", style, f"The season ended in {g.pick(PLACES)} on {g.pick(DAYS)}. " + t,
              [dict(q="q", m="m", c="c", speaker=p[0], role=f"{org} {title}")])
    for i in range(8):  # a role noun referring back to an appositive
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, x = g.people(2)
        org, title = ORG_TITLES[i % len(ORG_TITLES)]
        the = "the " if org in ("Harbor Lions", "Kestrel Institute") else ""
        t = (f"[[m0|{p[0]}]], the {title} of {the}{org}, met {x[0]} in {g.pick(PLACES)} on {g.pick(DAYS)}.\n\n"
             f"{o}[[q|{g.quote(style, ',')}]]{c} [[m|the {title}]] [[c|said]].")
        g.doc("role_ref", style, t, [dict(q="q", m="m", c="c", speaker=p[0], role=f"{title} of {the}{org}")])
    for i in range(8):  # title + name: speaker without the title, role with it
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, = g.people(1)
        tl = TITLES[i % len(TITLES)]
        t = f"{tl} [[m|{p[0]}]] [[c|said]] on {g.pick(DAYS)}: {o}[[q|{g.quote(style, '.')}]]{c}"
        g.doc("title_role", style, t, [dict(q="q", m="m", c="c", speaker=p[0], role=tl)])
    for i in range(8):  # British honorifics without a dot, single quotes
        style = "single" if i % 2 == 0 else "curly"
        o, c, _ = STYLES[style]
        p, = g.people(1)
        h = "Mr" if p[2] == "m" else g.pick(["Ms", "Mrs"])
        t = (f"[[m0|{p[0]}]], who chairs the harbour trust in {g.pick(PLACES)}, faced questions on {g.pick(DAYS)}. "
             f"{o}[[q|{g.quote(style, ',')}]]{c} [[c|said]] [[m|{h} {p[1]}]].")
        g.doc("honorific_nodot", style, t, [dict(q="q", m="m", c="c", speaker=p[0])])


def c_coordination(g):
    for i in range(8):  # coordinated speakers
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        a, b = g.people(2)
        t = (f"{a[0]} and {b[0]} had not spoken publicly since the merger collapsed. "
             f"{o}[[q|{g.quote(style, ',', plural=True)}]]{c} [[m|{a[1]} and {b[1]}]] [[c|said]] in a joint statement.")
        g.doc("coordinated", style, t, [dict(q="q", m="m", c="c", speaker=f"{a[0]} and {b[0]}")])
    for i in range(8):  # coordinated verbs before the cue
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, = g.people(1)
        vp = g.pick(["stood up and [[c|declared]],", "paused, smiled and [[c|said]]:",
                     "put down the microphone and [[c|added]],", "leaned forward and [[c|whispered]],"])
        t = f"[[m0|{p[0]}]] listened to the objections for an hour. [[m|{cap(p[1])}]] {vp} {o}[[q|{g.quote(style, '.')}]]{c}"
        g.doc("verb_coord", style, t, [dict(q="q", m="m", c="c", speaker=p[0])])
    for i in range(8):  # relative clause or appositive between subject and cue
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, = g.people(1)
        rel = g.pick(["who has led the office since 2019 and rarely speaks", "54, a retired teacher from " + g.pick(PLACES),
                      "whose family has farmed the valley for four generations", "the first woman to hold the post"
                      if p[2] == "f" else "the first engineer to hold the post"])
        first = i % 2 == 0
        mention = p[0] if first else cap(p[1])
        lead = "" if first else f"{p[0]} has been mayor for three terms. "
        t = f"{lead}[[m|{mention}]], {rel}, [[c|said]]: {o}[[q|{g.quote(style, '.')}]]{c}"
        g.doc("relclause", style, t, [dict(q="q", m="m", c="c", speaker=p[0])])


def c_sources(g):
    for i in range(10):  # unnamed sources with modifiers, a named person nearby
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, = g.people(1)
        u = UNNAMED[i]
        cue = g.pick(["[[c|said]] in an email", "[[c|told]] reporters", "[[c|said]]", "[[c|said]] on condition of anonymity"])
        t = (f"Officials met [[mp|{p[0]}]] in {g.pick(PLACES)} on {g.pick(DAYS)}. "
             f"{o}[[q|{g.quote(style, ',')}]]{c} [[m|{u}]] {cue}.")
        g.doc("unnamed", style, t, [dict(q="q", m="m", c="c", speaker=u)])
    for i in range(8):  # plural common nouns are groups
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        grp = GROUPS[i]
        if i % 2 == 0:
            t = f"{o}[[q|{g.quote(style, ',', plural=True)}]]{c} [[m|{grp}]] [[c|say]]."
        else:
            t = f"[[m|{cap(grp)}]] [[c|said]], {o}[[q|{g.quote(style, '.', plural=True)}]]{c}"
        g.doc("group_plural", style, f"The plan for {g.pick(TOPICS)} drew a mixed response. " + t,
              [dict(q="q", m="m", c="c", speaker=grp)])
    for i in range(12):  # organisation references
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        full_org, ref, verb = ORG_REFS[i % len(ORG_REFS)]
        p, = g.people(1)
        t = (f"{cap(full_org)} has been at odds with {p[0]} over {g.pick(TOPICS)}. "
             f"{o}[[q|{g.quote(style, ',')}]]{c} [[m|{ref}]] [[c|{verb}]] on {g.pick(DAYS)}.")
        g.doc("org_ref", style, t, [dict(q="q", m="m", c="c", speaker=re.sub(r"^the ", "", full_org))])
    for i in range(8):  # documents speak for their authors
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, x = g.people(2)
        poss = "her" if p[2] == "f" else "his"
        if i % 2 == 0:
            t = (f"[[m0|{p[0]}]] resigned from the board on {g.pick(DAYS)} after a dispute with {x[0]}. "
                 f"{o}[[q|{g.quote(style, ',')}]]{c} [[m|{poss} statement]] [[c|said]].")
        else:
            t = (f"[[m0|{p[0]}]] wrote to the council on {g.pick(DAYS)}, copying {x[0]}. "
                 f"[[m|The letter]] [[c|reads]]: {o}[[q|{g.quote(style, '.')}]]{c}")
        g.doc("document", style, t, [dict(q="q", m="m", c="c", speaker=p[0])])


def c_verbs(g):
    for i, cue in enumerate(RARE_CUES + ["states", "continues"]):
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, = g.people(1)
        lead = f"[[m0|{p[0]}]] took questions in {g.pick(PLACES)} on {g.pick(DAYS)}. "
        if cue in ("states", "continues"):
            t = lead + f"In a new post, [[m|{p[1]}]] [[c|{cue}]]: {o}[[q|{g.quote(style, '.')}]]{c}"
        elif i % 3 == 0:
            t = lead + f"{o}[[q|{g.quote(style, ',')}]]{c} [[c|{cue}]] [[m|{p[1]}]]."
        else:
            t = lead + f"{o}[[q|{g.quote(style, ',')}]]{c} [[m|{p[1]}]] [[c|{cue}]]."
        g.doc("rare_verb", style, t, [dict(q="q", m="m", c="c", speaker=p[0])])


def c_names(g):
    for i in range(8):  # the full name comes only after the quote
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, = g.people(1)
        t = (f"{o}[[q|{g.quote(style, ',')}]]{c} [[m|{p[1]}]] [[c|said]] as the meeting broke up.\n\n"
             f"{p[0]}, who has run the food bank in {g.pick(PLACES)} since 2015, plans to stand for council.")
        g.doc("canonical_later", style, t, [dict(q="q", m="m", c="c", speaker=p[0])])
    for i in range(8):  # a name never takes the place or org at the end of the line before
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, = g.people(1)
        where = g.pick(["Halifax, Canada", "Accra, Ghana", "the Harbor Lions", "Northgate Mining", "Pune, India"])
        brk = "\n" if i % 2 == 0 else "\n\n"
        if i % 4 < 2:
            t = f"Photo: {where}{brk}[[m|{p[0]}]] [[c|said]]: {o}[[q|{g.quote(style, '.')}]]{c}"
        else:
            t = f"Filed from {where}{brk}{o}[[q|{g.quote(style, ',')}]]{c} [[c|said]] [[m|{p[0]}]]."
        g.doc("name_linebreak", style, t, [dict(q="q", m="m", c="c", speaker=p[0])])
    particles = [p for p in PEOPLE if " " in p[1] or "-" in p[0] or "'" in p[0]]
    for i in range(10):  # particles and hyphens stay whole, first and second reference
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p = particles[i % len(particles)]
        t = (f"{o}[[q|{g.quote(style, ',')}]]{c} [[c|said]] [[m|{p[0]}]].\n\n"
             f"{o}[[q2|{g.quote(style, ',')}]]{c} [[m2|{cap(p[1])}]] [[c2|added]].")
        g.doc("name_particles", style, t, [dict(q="q", m="m", c="c", speaker=p[0]),
                                           dict(q="q2", m="m2", c="c2", speaker=p[0])])
    for i in range(8):  # modifiers and middle initials are not part of the name
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, = g.people(1)
        first, last = p[0].split(" ", 1)[0], p[1]
        v = i % 4
        if v == 0:
            first_m, role = f"Rival [[m0|{p[0]}]]", None
        elif v == 1:
            first_m, role = f"Former Mayor [[m0|{p[0]}]]", "Former Mayor"
        elif v == 2:
            first_m, role = f"[[m0|{first} J. {p[0][len(first) + 1:]}]]", None
        else:
            first_m, role = f"Newly elected [[m0|{p[0]}]]", None
        t = (f"{first_m} [[c0|said]], {o}[[q0|{g.quote(style, '.')}]]{c}\n\n"
             f"{o}[[q|{g.quote(style, ',')}]]{c} [[m|{last}]] [[c|added]] later.")
        if v == 2:
            t += f" {p[0]} will face the committee again in June."
        g.doc("name_modifiers", style, t, [dict(q="q0", m="m0", c="c0", speaker=p[0], role=role),
                                           dict(q="q", m="m", c="c", speaker=p[0])])


# people whose surname ends in "-ly", which alone reads like an adverb
LY_PEOPLE = [("Orla Connolly", "Connolly", "f"), ("Padraig Donnelly", "Donnelly", "m"),
             ("Nuala Kelly", "Kelly", "f"), ("Eamon Daly", "Daly", "m"),
             ("Rosa Tully", "Tully", "f"), ("Brendan Scully", "Scully", "m"),
             ("Aoife Reilly", "Reilly", "f"), ("Kofi Early", "Early", "m")]
# bodies a person belongs to, written with "the"
AFFILIATIONS = ["Crofters Federation", "Northern Teachers Union", "Lagos Chamber of Commerce",
                "Port Workers Association", "Kestrel Institute", "Coastal Health Network"]


def c_references(g):
    """Speakers named through an affiliation, an "-ly" surname or a role."""
    for i in range(8):  # "X of the Y said": X speaks, not Y
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, = g.people(1)
        org = g.pick(AFFILIATIONS)
        if i % 2 == 0:
            t = f"{o}[[q|{g.quote(style, ',')}]]{c} [[m|{p[0]}]] of the {org} [[c|said]]."
        else:
            t = f"[[m|{p[0]}]] of the {org} [[c|said]], {o}[[q|{g.quote(style, '.')}]]{c}"
        g.doc("affiliation", style, t, [dict(q="q", m="m", c="c", speaker=p[0])])
    for i in range(8):  # a surname in "-ly", in full and then alone
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p = LY_PEOPLE[i]
        t = (f"[[m0|{p[0]}]] [[c0|said]], {o}[[q0|{g.quote(style, '.')}]]{c}\n\n"
             f"{o}[[q|{g.quote(style, ',')}]]{c} [[m|{p[1]}]] [[c|added]].")
        g.doc("ly_surname", style, t, [dict(q="q0", m="m0", c="c0", speaker=p[0]),
                                       dict(q="q", m="m", c="c", speaker=p[0])])
    for i in range(9):  # "the judge", "the chairman", "the governor": the holder of the role
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, other = g.people(2)
        v = i % 3
        if v == 0:
            first, desc, cue = f"Justice [[m0|{p[0]}]]", "the judge", "told"
            tail = f" {other[1]}"
        elif v == 1:
            first, desc, cue = f"Chairman [[m0|{p[0]}]]", "the chairman", "said"
            tail = ""
        else:
            aide = "spokeswoman" if other[2] == "f" else "spokesman"
            first = (f"Governor [[m0|{p[0]}]]")
            desc, cue, tail = "the governor", "said", ""
        t = f"{first} [[c0|spoke]] on {g.pick(DAYS)}: {o}[[q0|{g.quote(style, '.')}]]{c}\n\n"
        golds = [dict(q="q0", m="m0", c="c0", speaker=p[0])]
        if v == 2:
            t += (f"[[m1|{other[0]}]], a {aide} for the governor, [[c1|said]]: "
                  f"{o}[[q1|{g.quote(style, '.')}]]{c}\n\n")
            golds.append(dict(q="q1", m="m1", c="c1", speaker=other[0]))
        else:
            t += f"{other[0]} was in court. "
        t += f"{o}[[q|{g.quote(style, ',')}]]{c} [[m|{desc}]] [[c|{cue}]]{tail}."
        golds.append(dict(q="q", m="m", c="c", speaker=p[0]))
        g.doc("role_holder", style, t, golds)
    for i in range(6):  # a title whose portfolio runs into the name
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, = g.people(1)
        title, desc = g.pick([("Minister for Foreign Affairs", "the minister"),
                              ("Director of Public Prosecutions", "the director"),
                              ("Commissioner for Water Resources", "the commissioner"),
                              ("Secretary for Health", "the secretary")])
        t = (f"{title} [[m0|{p[0]}]] [[c0|said]], {o}[[q0|{g.quote(style, '.')}]]{c}\n\n"
             f"{o}[[q|{g.quote(style, ',')}]]{c} [[m|{desc}]] [[c|said]].")
        g.doc("portfolio_title", style, t, [dict(q="q0", m="m0", c="c0", speaker=p[0]),
                                            dict(q="q", m="m", c="c", speaker=p[0])])


# bodies that issue statements, with an office-holder's title
OFFICES = [("Mayor", "the city"), ("Governor", "the state"), ("Minister", "the ministry")]
# descriptions whose head is a role, opening a sentence before an appositive name
BOARD_ROLES = ["The district health board's chief pharmacist", "The council's education officer",
               "The union's general secretary", "His neighbour", "Her former coach"]


def c_descriptions(g):
    """Speakers named through an age, a title alone, a statement, a pair,
    an appositive mid-sentence or at a colon, and a title-case headline."""
    for i in range(6):  # "X, 52, …" then "the 52-year-old said"
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, other = g.people(2)
        age, other_age = 30 + 7 * i, 25 + 7 * i
        t = (f"[[m0|{p[0]}]], {age}, and {other[0]}, {other_age}, [[c0|spoke]] on {g.pick(DAYS)}: "
             f"{o}[[q0|{g.quote(style, '.')}]]{c}\n\n"
             f"{o}[[q|{g.quote(style, ',')}]]{c} [[m|the {age}-year-old]] [[c|said]].")
        g.doc("age_description", style, t, [dict(q="q0", m="m0", c="c0", speaker=p[0]),
                                            dict(q="q", m="m", c="c", speaker=p[0])])
    for i in range(6):  # "Foreign Minister X …" then "the Foreign Minister said"
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, = g.people(1)
        title = g.pick(["Foreign Minister", "Prime Minister", "Health Secretary", "Finance Minister"])
        if i % 2 == 0:
            first = f"{title} [[m0|{p[0]}]] [[c0|said]] on {g.pick(DAYS)}"
        else:
            first = f"The {title}, [[m0|{p[0]}]], [[c0|said]] on {g.pick(DAYS)}"
        t = (f"{first}, {o}[[q0|{g.quote(style, '.')}]]{c}\n\n"
             f"{o}[[q|{g.quote(style, ',')}]]{c} [[m|the {title}]] [[c|said]].")
        g.doc("title_only", style, t, [dict(q="q0", m="m0", c="c0", speaker=p[0]),
                                       dict(q="q", m="m", c="c", speaker=p[0])])
    for i in range(6):  # "A statement from Mayor X's office said …" then "the statement said"
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, = g.people(1)
        office, body = OFFICES[i % 3]
        t = (f"[[m0|A statement from {office} {p[0]}'s office]] [[c0|said]] [[q0|{body} would appeal]]. "
             f"{o}[[q|{g.quote(style, ',')}]]{c} [[m|the statement]] [[c|said]].")
        g.doc("statement_source", style, t, [
            dict(q="q", m="m", c="c", speaker=p[0]),
            dict(q="q0", m="m0", c="c0", speaker=p[0], kind="indirect", optional=True)])
    for i in range(6):  # "X and Y … Both men said …"
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        gender = "f" if i % 2 == 0 else "m"
        a, b = g.people(2, gender)
        noun = "Both women" if gender == "f" else "Both men"
        t = (f"{a[0]} and {b[0]} spent {g.pick(DAYS)} in {g.pick(PLACES)}.\n\n"
             f"[[m|{noun}]] [[c|said]], {o}[[q|{g.quote(style, '.', plural=True)}]]{c}")
        g.doc("pair_both", style, t, [dict(q="q", m="m", c="c", speaker=f"{a[0]} and {b[0]}")])
    for i in range(6):  # "The board's chief pharmacist, X, disagreed: …"
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, other = g.people(2)
        role = BOARD_ROLES[i % len(BOARD_ROLES)]
        verb = g.pick(["disagreed", "countered", "urged caution", "was blunt"])
        t = (f"[[m0|{other[0]}]] [[c0|said]], {o}[[q0|{g.quote(style, '.')}]]{c}\n\n"
             f"{role}, [[m|{p[0]}]], [[c|{verb}]]: {o}[[q|{g.quote(style, '.')}]]{c}")
        g.doc("appositive_colon", style, t, [dict(q="q0", m="m0", c="c0", speaker=other[0]),
                                             dict(q="q", m="m", c="c", speaker=p[0])])
    for i in range(6):  # a title-case headline runs names together
        style = STYLE_NAMES[i % 5]
        o, c, _ = STYLES[style]
        p, other = g.people(2)
        verb = g.pick(["Says", "Calls", "Warns", "Tells"])
        t = (f"{p[0]} {verb} {other[0]} Plan A Mistake\n\n"
             f"[[m0|{p[0]}]] [[c0|said]] on {g.pick(DAYS)}, {o}[[q0|{g.quote(style, '.')}]]{c}\n\n"
             f"{o}[[q|{g.quote(style, ',')}]]{c} [[m|{p[1]}]] [[c|added]].")
        g.doc("headline_names", style, t, [dict(q="q0", m="m0", c="c0", speaker=p[0]),
                                           dict(q="q", m="m", c="c", speaker=p[0])])


def main():
    g = Gen()
    for f in (c_positions, c_pronoun_nonperson, c_followon, c_paragraphs, c_colon, c_subjects,
              c_coordination, c_sources, c_verbs, c_names, c_references, c_descriptions):
        f(g)
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "constructions.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for d in g.docs:
            fh.write(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n")
    nq = sum(len(d["quotes"]) for d in g.docs)
    print(f"{os.path.basename(out)}: {len(g.docs)} documents, {nq} gold quotes", file=sys.stderr)


if __name__ == "__main__":
    main()
