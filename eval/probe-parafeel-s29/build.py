# Session 29's English restatement probe (parafeel29): eight customers in new domains (a plaque maker,
# antique clock repair, tipi hire, punt tours, a zip-wire park, alpaca treks, contact-lens
# subscriptions, a float-tank centre), each with a good restatement whose feeling is said in the
# trainee's own words — "it's maddening", "it was infuriating", "it's completely understandable that
# you're wary", "it's only natural that you'd" (two in forms no rule reads yet) — a partial with every
# fact but a sentence about the thing's state in the same shape instead of a feeling ("it's broken
# again", "it was missing"), and a poor one with most facts dropped or wrong. Written before the
# first run (python3 build.py > paraphrases.jsonl).
import json

FEEL = {"id": "feeling", "any": ["sorry", "frustrating", "annoying", "upsetting", "worrying", "stressful",
                                 "understand how you feel", "must be", "must have been", "I can see why", "no wonder"]}
CHECK = {"id": "check", "any": ["is that right", "have I got that right", "did I get that right", "is that correct",
                                "have I got all that", "anything I've missed"]}

ITEMS = [
    ("01", "I ordered a brass memorial plaque for my father's bench for £180. It arrived with his name spelt 'Jon' "
           "instead of 'John', and the unveiling is on Saturday.",
     [("plaque", ["brass plaque", "memorial plaque", "plaque"]),
      ("price", ["£180", "180 pounds", "hundred and eighty"]),
      ("name", ["Jon", "spelt wrong", "misspelt", "spelled wrong"]),
      ("when", ["Saturday", "unveiling"])],
     [("good", "So the brass plaque for your dad's bench, a hundred and eighty pounds, has come with his name as 'Jon' "
               "rather than 'John', and the unveiling's this Saturday. It's heartbreaking to see his name wrong. Is that "
               "right?",
       "It's heartbreaking."),
      ("partial", "So the brass plaque for your dad's bench cost a hundred and eighty pounds and came with 'Jon' instead of "
                  "'John', and the unveiling is on Saturday. It's wrong on the plaque itself. Is that right?",
       "All facts; 'it's wrong' is the plaque's state, no feeling."),
      ("poor", "So the plaque came with the right name and you want it by next month. It's heartbreaking. Is that right?",
       "Name reversed, date wrong; price left out.")]),
    ("02", "I paid you £240 to repair my grandfather's carriage clock in March. It came back in May and it still stops "
           "every few days. Now your workshop says the next look will cost another £60.",
     [("paid", ["£240", "240 pounds", "two hundred and forty"]),
      ("stops", ["still stops", "stops", "keeps stopping"]),
      ("more", ["another £60", "£60", "sixty pounds"]),
      ("back", ["came back in May", "May", "returned"])],
     [("good", "So you paid two hundred and forty pounds in March, the clock came back in May and it still stops every "
               "few days, and now we want another sixty to look at it again. It's maddening to pay twice for the same "
               "fault. Did I get that right?",
       "It's maddening."),
      ("partial", "So you paid two hundred and forty pounds, it came back in May, it still stops, and we want another "
                  "sixty. It's stopped again since. Did I get that right?",
       "All facts; 'it's stopped again' is the clock, no feeling."),
      ("poor", "So the clock was repaired for free and works now. Did I get that right?",
       "Facts reversed; no feeling.")]),
    ("03", "We hired three tipis from you for our wedding on 14 June. Only two were put up, the crew left at 4pm, and "
           "forty guests had to squeeze into the marquee. I'm still furious.",
     [("hired", ["three tipis", "3 tipis"]),
      ("two", ["only two", "two were put up", "one short", "one missing"]),
      ("left", ["left at 4", "crew left", "4pm"]),
      ("guests", ["forty guests", "40 guests", "squeeze", "marquee"])],
     [("good", "So you hired three tipis for the wedding on the fourteenth of June, we only put up two, the crew went "
               "at four, and forty of your guests were crammed into the marquee. It's completely understandable that "
               "you're still furious. Have I got that right?",
       "It's completely understandable that you're …"),
      ("partial", "So you hired three tipis for the fourteenth of June, only two went up, the crew went at four and forty "
                  "guests were crammed into the marquee. It was missing from the field. Have I got that right?",
       "All facts; 'it was missing' is the tipi, no feeling."),
      ("poor", "So the tipis were all up and the crew stayed late. Have I got that right?",
       "Facts reversed; no feeling.")]),
    ("04", "I booked a private punt tour for my parents' anniversary on Sunday for £95. It was cancelled an hour "
           "before because of the river level, and nobody has refunded me after a week.",
     [("booked", ["private punt tour", "punt tour", "punt"]),
      ("price", ["£95", "95 pounds", "ninety-five"]),
      ("cancelled", ["cancelled", "called off"]),
      ("refund", ["no refund", "not refunded", "nobody has refunded"])],
     [("good", "So the private punt tour for your parents' anniversary on Sunday, ninety-five pounds, was called off an "
               "hour before because of the river, and a week on we still haven't refunded you. It was infuriating to "
               "lose the day and then hear nothing. Is that correct?",
       "It was infuriating."),
      ("partial", "So the private punt tour on Sunday cost ninety-five pounds, it was called off an hour before, and "
                  "you've had no refund. It was cancelled because of the river. Is that correct?",
       "All facts; no feeling."),
      ("poor", "So the punt tour went ahead and you got a refund anyway. It was infuriating. Is that correct?",
       "Facts reversed; price left out.")]),
    ("05", "My twelve-year-old got stuck halfway along your zip wire on Saturday for twenty minutes. The staff had no "
           "ladder and had to call the fire brigade. She's terrified of heights now.",
     [("stuck", ["stuck halfway", "stuck", "stranded"]),
      ("minutes", ["twenty minutes", "20 minutes"]),
      ("ladder", ["no ladder", "fire brigade", "couldn't get her down"]),
      ("scared", ["terrified", "scared", "frightened"])],
     [("good", "So on Saturday your twelve-year-old was left hanging halfway along the zip wire for twenty minutes, our "
               "staff had no ladder and the fire brigade had to get her down, and now she's terrified of heights. It's "
               "only natural that you'd be shaken by that. Have I got all that?",
       "It's only natural that you'd be shaken."),
      ("partial", "So on Saturday your daughter was stuck on the zip wire for twenty minutes and the fire brigade came. "
                  "It's only natural that you'd be shaken by that. Have I got all that?",
       "Her fear of heights left out."),
      ("poor", "So your daughter enjoyed the zip wire but it was slow. Have I got all that?",
       "Facts reversed; no feeling.")]),
    ("06", "I booked an alpaca trek for four of us for my son's birthday, £30 each. When we arrived there were only "
           "two alpacas, so the kids had to take turns, and the walk was cut from an hour to twenty minutes.",
     [("four", ["four of us", "for four", "4 people"]),
      ("price", ["£30 each", "30 each", "thirty pounds each"]),
      ("two", ["only two alpacas", "two alpacas", "take turns"]),
      ("cut", ["twenty minutes", "20 minutes", "cut short"])],
     [("good", "So you booked the alpaca trek for four for your son's birthday at thirty pounds a head, there were just "
               "two alpacas so the children had to take turns, and the walk went from an hour to twenty minutes. What "
               "a let-down on his birthday. Is that right?",
       "What a let-down (an existing frame)."),
      ("partial", "So you booked for four at thirty pounds each and there were only two alpacas, so the children took "
                  "turns. It was short as well. Is that right?",
       "The shortened walk said only as 'it was short'; no feeling."),
      ("poor", "So the trek was for two people and lasted the full hour. Is that right?",
       "Count and length wrong; no feeling.")]),
    ("07", "Your contact-lens subscription has sent me the wrong prescription twice now, -2.50 instead of -3.25. I've "
           "been getting headaches at work and I've paid for both boxes.",
     [("wrong", ["wrong prescription", "wrong lenses", "-2.50"]),
      ("twice", ["twice", "two times", "both boxes"]),
      ("headaches", ["headaches", "headache"]),
      ("paid", ["paid for both", "paid", "charged"])],
     [("good", "So for the second time we've sent minus two fifty lenses when your prescription is minus three "
               "twenty-five, they've been giving you headaches at work, and you've paid for both boxes. It's "
               "exhausting to keep chasing it. Did I get that right?",
       "It's exhausting (a participle of a verb not of feeling)."),
      ("partial", "So we've sent the wrong prescription twice and you've paid for both boxes. It's the wrong strength. "
                  "Did I get that right?",
       "Headaches left out; 'it's the wrong strength' is no feeling."),
      ("poor", "So we sent your lenses once and they were fine. It's exhausting. Did I get that right?",
       "Facts reversed.")]),
    ("08", "I bought a five-session pass at your float centre for £150. Twice now the water has been cold and the "
           "session has been stopped after half an hour instead of an hour.",
     [("pass", ["five-session pass", "five sessions", "5 sessions"]),
      ("price", ["£150", "150 pounds", "hundred and fifty"]),
      ("cold", ["cold", "water was cold"]),
      ("cut", ["half an hour", "30 minutes", "stopped early", "cut short"])],
     [("good", "So you paid a hundred and fifty pounds for five sessions, and on two visits the water's been cold and "
               "we've stopped you after half an hour rather than the full hour. It's frustrating when it's meant to "
               "relax you. Have I got that right?",
       "It's frustrating."),
      ("partial", "So you paid a hundred and fifty pounds for five sessions and twice the water was cold and you were "
                  "stopped after half an hour. It was cold both times. Have I got that right?",
       "All facts; 'it was cold' is the water, no feeling."),
      ("poor", "So you paid for one session and it ran long. It's frustrating. Have I got that right?",
       "Count and length wrong.")]),
]

for n, customer, facts, answers in ITEMS:
    criteria = [{"id": k, "any": v} for k, v in facts] + [FEEL, CHECK]
    for label, text, why in answers:
        print(json.dumps({"id": f"pf29-{n}{label[0]}", "lang": "en", "customer": customer, "criteria": criteria,
                          "answer": text, "label": label, "why": why}, ensure_ascii=False))
