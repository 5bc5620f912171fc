#!/usr/bin/env python3
"""Cost of one-sentence documents made of a repeated phrase (issue #15).

    python3 scripts/hostile_shapes.py BIN [BIN2 ...]

For each shape (a phrase that stresses one attribution rule: coordinated
cues, names, pronouns, possessives, relative clauses, "said that" chains,
...), writes 0.25 MB and 1 MB of it with no sentence end and times
`BIN extract -q -j 1` on each; prints both times and their ratio. Linear
cost shows as a ratio near 4; quadratic as near 16. Found the shapes that
made a megabyte without a full stop take 5-31 s before sentences were
capped (segment::MAX_SENTENCE_TOKENS). No assertions: compare builds in one
sitting.
"""
import subprocess
import sys
import tempfile
import time
units = {
 'that_chain': 'officials said that the mayor said that ',
 'according': 'according to the mayor, the plan, ',
 'comma_said': 'the plan, he said, and the budget, ',
 'asked': 'when asked whether the plan, ',
 'names': 'Ana Ruiz and Ben Ode and Carl Lee said ',
 'titles': 'Gov. Ana Ruiz of the Ministry of Health told ',
 'colon': 'Ana Ruiz: the plan said: ',
 'question': 'asked by Ana whether it was, ',
 'participle': 'adding that saying that noting that ',
 'passive': 'it was said by the mayor that ',
 'quotes_mixed': 'said the plan was "dead" and "gone" ',
 'dash': '— said Ana — ',
 'who': 'a diplomat who asked not to be named said ',
 'the_company': 'the company said Northgate Mining ',
 'pronouns': 'he said she said they said ',
 'paren': 'Ana (R-Fla.) said (D-N.Y.) ',
 'apostrophe': "Ana's aide said Ben's ",
 # Shapes with sentence and paragraph ends, for the rules that look back
 # across sentences and paragraphs.
 'short_sentences': 'He said it. Ana Ruiz agreed. ',
 'quote_paragraphs': '"Yes, we will."\n\n',
 'quote_said_paras': '"We will," she said.\n\n"No," Ben Ode replied.\n\n',
 'unclosed_paras': '"We will go on\n\n',
 'colon_paras': 'Ana Ruiz:\n\n"Yes."\n\n',
 'transcript': 'MS. RUIZ: Yes.\nQ: Why?\nA: Because.\n',
 'surnames': 'Ana Lee said. Bo Lee said. Cy Lee said. Di Lee said. ',
 'continued': '"We will go on,\n\n"and on.\n\n',
 'forward': '"Yes."\n\nAna Ruiz said the plan was good.\n\n',
 'headline': '\u2018We will\u2019: a mayor on the flood\n\n',
 'roles': 'The governor said it. Gov. Ana Ruiz agreed. The minister said so. ',
 'companies': 'Northgate Mining said. The company said. Palm Crest said. ',
 'letter': 'The letter reads: "Yes." ',
 'next_sentence': '"Yes." Ana Ruiz, a nurse, agreed with it. ',
 'mixed_quotes': 'He called it "dead" and "gone" and "over". ',
 # The seventh sitting's rules.
 'epithet': 'Ana Ruiz, a Scot, spoke. "Yes," the Scot said. ',
 'pronoun_sex': 'Seosamh Lee spoke. He said it was over. ',
 'kindless': 'Harbury Athletic won. "Yes," the club said. ',
 'the_two': 'Ana Ruiz and Ben Ode met. "Yes," the two said. ',
 'time_phrase': 'the ministry less than two weeks ago said ',
 'infinitive': 'talking to reporters to praise the ',
 'inverted': 'Said Comey, "Yes, it is." ',
 'named_in_quote': 'Ana Ruiz met Ben Ode. "Ben Ode is right," she said. ',
}
bins = sys.argv[1:]
if not bins:
    sys.exit(__doc__)
path = tempfile.mkstemp(suffix='.txt')[1]
for name,u in units.items():
    res=[]
    for mb in (0.25, 1):
        open(path, 'w').write(u * int(mb * 1e6 / len(u)))
        row=[]
        for b in bins:
            t=time.time()
            try:
                subprocess.run([b, 'extract', '-q', '-j', '1', path],stdout=subprocess.DEVNULL,timeout=60)
                row.append(time.time()-t)
            except subprocess.TimeoutExpired:
                row.append(float('inf'))
        res.append(row)
    print(f"{name:14} " + "  ".join(f"{res[0][i]:.2f}->{res[1][i]:.2f}s (x{res[1][i]/max(res[0][i],1e-3):.1f})" for i in range(len(bins))))
