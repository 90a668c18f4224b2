# Session 31's English probe of counts told with another noun (paracount31): thirteen customers of my
# own (a swimming pool, a wine club, a kennel, a tile shop, a driving school, a florist, a coach firm,
# a bakery, a climbing wall, a tyre fitter, a piano school, a cattery, a print shop). Each good
# restatement says the customer's count of things with another noun for the same things ("ten
# sessions" for "ten lessons", "the three little ones" for "three children", "a dozen rolls" for
# "twelve baps"), the other facts, the feeling and a check; each partial says the same but leaves
# one other fact out, or says the count with another number; each poor says the counted fact the
# other way round or gives other values. Written before the first run (python3 build.py > paraphrases.jsonl).
import json

FEEL = {"id": "feeling", "any": ["sorry", "frustrating", "annoying", "upsetting", "worrying", "stressful",
                                 "understand how you feel", "must be", "must have been", "I can see why", "no wonder"]}
CHECK = {"id": "check", "any": ["is that right", "have I got that right", "did I get that right", "is that correct",
                                "have I got all that", "anything I've missed"]}

ITEMS = [
    ("01", "I paid £80 for ten swimming lessons for my son, and four of them were cancelled because the pool "
           "was shut. Nobody has offered us a refund.",
     [("lessons", ["ten lessons", "10 lessons", "ten swimming lessons"]),
      ("price", ["£80", "80 pounds", "eighty pounds"]),
      ("cancelled", ["four cancelled", "four of them were cancelled", "four lessons cancelled"]),
      ("refund", ["no refund", "nobody offered a refund"])],
     [("good", "So you paid eighty pounds for a block of ten sessions for your son, four of them were cancelled "
               "because the pool was shut, and there's been no refund. I can see why you're annoyed. Is that right?",
       "'ten sessions' for 'ten lessons'."),
      ("partial", "So you paid eighty pounds for a block of ten sessions for your son and four of them were "
                  "cancelled because the pool was shut. I can see why you're annoyed. Is that right?",
       "The refund left out."),
      ("poor", "So all of your son's lessons went ahead and you've had your money back. Is that right?",
       "Cancellations and refund reversed; no feeling.")]),
    ("02", "I ordered a case of six bottles of the Rioja from your wine club for my dad's birthday. Two arrived "
           "smashed, the box was soaked, and it cost me £72.",
     [("six", ["six bottles", "6 bottles", "case of six"]),
      ("smashed", ["two smashed", "two broken", "two arrived smashed"]),
      ("price", ["£72", "72 pounds", "seventy-two pounds"]),
      ("soaked", ["box was soaked", "soaked", "wet box"])],
     [("good", "So the six wines you ordered for your dad's birthday came with two smashed, the box was soaked "
               "through, and that was seventy-two pounds. That's really upsetting. Have I got that right?",
       "'six wines' for 'six bottles'."),
      ("partial", "So the six wines you ordered for your dad's birthday came with two smashed and the box was "
                  "soaked through. That's really upsetting. Have I got that right?",
       "The price left out."),
      ("poor", "So all six bottles arrived fine and only the box was a bit damp. Have I got that right?",
       "Breakage denied; no feeling.")]),
    ("03", "We left our three dogs at your kennels for a week in August. When we collected them two had fleas "
           "and one had lost weight. We paid £315.",
     [("dogs", ["three dogs", "3 dogs"]),
      ("fleas", ["two had fleas", "fleas"]),
      ("weight", ["lost weight", "thinner"]),
      ("price", ["£315", "315 pounds", "three hundred and fifteen"])],
     [("good", "So your three pets stayed with us for a week in August, two came home with fleas and one had lost "
               "weight, and you paid three hundred and fifteen pounds. That must be really worrying. Is that right?",
       "'three pets' for 'three dogs'."),
      ("partial", "So your three pets stayed with us for a week in August and two came home with fleas, and you "
                  "paid three hundred and fifteen pounds. That must be really worrying. Is that right?",
       "The weight loss left out."),
      ("poor", "So your dogs came home healthy and the stay was free. Is that right?",
       "Fleas and weight denied; price wrong; no feeling.")]),
    ("04", "I bought twenty boxes of floor tiles from your shop for the kitchen. Five boxes are a different "
           "shade from the rest, and the fitter is booked for Thursday.",
     [("boxes", ["twenty boxes", "20 boxes"]),
      ("shade", ["five boxes", "different shade", "wrong shade"]),
      ("fitter", ["Thursday", "fitter is booked"])],
     [("good", "So you bought twenty packs of tiles for the kitchen from us, five of them are a different shade "
               "from the rest, and your fitter's coming on Thursday. That's really stressful. Have I got that right?",
       "'twenty packs' for 'twenty boxes'."),
      ("partial", "So you bought twenty packs of tiles for the kitchen from us, and five of them are a different "
                  "shade from the rest. That's really stressful. Have I got that right?",
       "The fitter on Thursday left out."),
      ("poor", "So all the tiles match and the fitter has been and gone. Have I got that right?",
       "Shade reversed; fitter wrong; no feeling.")]),
    ("05", "I booked a course of eight driving lessons with your school. The instructor turned up late to three "
           "of them, and my test is on the 14th.",
     [("course", ["eight lessons", "8 lessons", "eight driving lessons"]),
      ("late", ["late to three", "three late", "late three times"]),
      ("test", ["14th", "fourteenth", "test"])],
     [("good", "So you booked eight sessions with us, your instructor was late for three of them, and your test "
               "is on the fourteenth. I can see why that's stressful. Is that right?",
       "'eight sessions' for 'eight lessons'."),
      ("partial", "So you booked eight sessions with us and your instructor was late for three of them. I can see "
                  "why that's stressful. Is that right?",
       "The test date left out."),
      ("poor", "So the instructor was on time for every lesson and your test is next month. Is that right?",
       "Lateness denied; test wrong; no feeling.")]),
    ("06", "I ordered twelve white roses for my wife's birthday and you delivered twelve red ones, a day late. "
           "I paid £55 for next-day delivery.",
     [("roses", ["twelve white roses", "12 white roses", "white roses"]),
      ("red", ["red ones", "red roses", "red"]),
      ("late", ["a day late", "day late"]),
      ("price", ["£55", "55 pounds", "fifty-five"])],
     [("good", "So you asked for a dozen white flowers for your wife's birthday, we sent red ones a day late, and "
               "you'd paid fifty-five pounds for next-day delivery. I'm sorry, that's upsetting. Is that correct?",
       "'a dozen white flowers' for 'twelve white roses'."),
      ("partial", "So you asked for a dozen white flowers for your wife's birthday and we sent red ones a day late. "
                  "I'm sorry, that's upsetting. Is that correct?",
       "The price left out."),
      ("poor", "So the white roses came on time as ordered. Is that correct?",
       "Colour and lateness reversed; no feeling.")]),
    ("07", "We hired your coach to take forty children to the zoo. It broke down on the motorway and we waited "
           "two hours for a replacement. The school paid £650.",
     [("children", ["forty children", "40 children", "forty kids"]),
      ("broke", ["broke down", "breakdown"]),
      ("wait", ["two hours", "2 hours"]),
      ("price", ["£650", "650 pounds", "six hundred and fifty"])],
     [("good", "So our coach was taking forty pupils to the zoo, it broke down on the motorway, everyone waited "
               "two hours for another one, and the school paid six hundred and fifty pounds. That must have been "
               "stressful. Have I got that right?",
       "'forty pupils' for 'forty children'."),
      ("partial", "So our coach was taking forty pupils to the zoo, it broke down on the motorway, and the school "
                  "paid six hundred and fifty pounds. That must have been stressful. Have I got that right?",
       "The two-hour wait left out."),
      ("poor", "So the coach got the children there on time and the trip went well. Have I got that right?",
       "Breakdown and wait denied; no feeling.")]),
    ("08", "I ordered thirty bread rolls for my mum's wake on Friday. Only eighteen came, and half of those were "
           "stale. It was £24.",
     [("ordered", ["thirty rolls", "30 rolls", "thirty bread rolls"]),
      ("came", ["eighteen", "18"]),
      ("stale", ["stale", "half stale"]),
      ("price", ["£24", "24 pounds", "twenty-four pounds"])],
     [("good", "So for your mum's wake on Friday you ordered thirty baps, only eighteen came, half of those were "
               "stale, and it cost twenty-four pounds. I'm so sorry, at a time like that. Is that right?",
       "'thirty baps' for 'thirty bread rolls'."),
      ("partial", "So for your mum's wake on Friday you ordered thirty baps, and only eighteen came, and it cost "
                  "twenty-four pounds. I'm so sorry, at a time like that. Is that right?",
       "The stale ones left out."),
      ("poor", "So all thirty rolls came fresh on Friday. Is that right?",
       "Shortfall and staleness denied; no feeling.")]),
    ("09", "I bought a pack of five climbing sessions for my daughter's party, but when we came on Saturday your "
           "wall was closed for repairs and nobody had told us. It cost £90.",
     [("pack", ["five sessions", "5 sessions", "pack of five"]),
      ("closed", ["wall was closed", "closed for repairs", "closed"]),
      ("told", ["nobody told", "no one told", "nobody had told"]),
      ("price", ["£90", "90 pounds", "ninety pounds"])],
     [("good", "So you bought five climbs for your daughter's party, the wall was closed for repairs when you came "
               "on Saturday, nobody had told you, and it cost ninety pounds. No wonder you're cross. Did I get "
               "that right?",
       "'five climbs' for 'five sessions'."),
      ("partial", "So you bought five climbs for your daughter's party and the wall was closed for repairs when you "
                  "came on Saturday, and it cost ninety pounds. No wonder you're cross. Did I get that right?",
       "Nobody telling them left out."),
      ("poor", "So the wall was open on Saturday and we'd called you beforehand. Did I get that right?",
       "Closure and not telling reversed; no feeling.")]),
    ("10", "I had four new tyres fitted at your garage on Monday. Two of the wheel nuts weren't tightened and "
           "one wheel nearly came off on the motorway. I paid £340.",
     [("tyres", ["four tyres", "4 tyres", "four new tyres"]),
      ("nuts", ["wheel nuts", "nuts weren't tightened", "loose nuts"]),
      ("wheel", ["nearly came off", "wheel came loose"]),
      ("price", ["£340", "340 pounds", "three hundred and forty"])],
     [("good", "So we put four new tyres on on Monday, two of the wheel nuts were left loose, a wheel nearly came "
               "off on the motorway, and you paid three hundred and forty pounds. That must have been terrifying. "
               "Is that right?",
       "Control: every fact in the customer's own nouns."),
      ("partial", "So we put four new wheels on on Monday, two of the wheel nuts were left loose, and a wheel nearly "
                  "came off on the motorway. That must have been terrifying. Is that right?",
       "The price left out."),
      ("poor", "So the tyres were fitted properly and the car drove fine. Is that right?",
       "Loose nuts and wheel denied; no feeling.")]),
    ("11", "My two sons have piano lessons at your school every Wednesday. Their teacher has left and three "
           "lessons have been missed with no notice. We pay £120 a month.",
     [("sons", ["two sons", "2 sons", "both sons"]),
      ("missed", ["three lessons", "3 lessons", "three missed"]),
      ("notice", ["no notice", "without notice"]),
      ("price", ["£120", "120 pounds", "a hundred and twenty"])],
     [("good", "So your two boys have piano every Wednesday, their teacher has left, three weeks' lessons have been "
               "missed with no notice, and you pay a hundred and twenty pounds a month. That's really frustrating. "
               "Have I got that right?",
       "'two boys' for 'two sons'."),
      ("partial", "So your two boys have piano every Wednesday, their teacher has left, and three weeks' lessons have "
                  "been missed with no notice. That's really frustrating. Have I got that right?",
       "The price left out."),
      ("poor", "So your sons' lessons are all going ahead with the same teacher. Have I got that right?",
       "Missed lessons and teacher leaving denied; no feeling.")]),
    ("12", "I left my two cats at your cattery over New Year. When I picked them up one had a cut on its ear and "
           "nobody mentioned it. I paid £160.",
     [("cats", ["two cats", "2 cats", "both cats"]),
      ("cut", ["cut on its ear", "cut ear", "ear"]),
      ("mentioned", ["nobody mentioned", "no one mentioned", "didn't mention"]),
      ("price", ["£160", "160 pounds", "a hundred and sixty"])],
     [("good", "So your two cats stayed with us over New Year, one came home with a cut on its ear, nobody "
               "mentioned it, and you paid a hundred and sixty. I'm sorry, that's upsetting. Is that right?",
       "Control: the count in the customer's own noun."),
      ("partial", "So your four cats stayed with us over New Year, one came home with a cut on its ear, nobody "
                  "mentioned it, and you paid a hundred and sixty. I'm sorry, that's upsetting. Is that right?",
       "The count of cats wrong: four for two."),
      ("poor", "So your cats came home unhurt and we told you everything. Is that right?",
       "Cut and silence reversed; no feeling.")]),
    ("13", "I ordered 500 flyers from your print shop for our charity quiz. You printed 500 of someone else's "
           "flyers with our order number, and the quiz is on Saturday.",
     [("flyers", ["500 flyers", "five hundred flyers"]),
      ("wrong", ["someone else's", "another customer's", "wrong flyers"]),
      ("quiz", ["Saturday", "quiz"])],
     [("good", "So you ordered five hundred leaflets for your charity quiz, we printed someone else's with your "
               "order number, and the quiz is on Saturday. That's really stressful. Have I got that right?",
       "'five hundred leaflets' for '500 flyers'."),
      ("partial", "So you ordered five hundred leaflets for your charity quiz and the quiz is on Saturday. That's "
                  "really stressful. Have I got that right?",
       "The wrong flyers left out."),
      ("poor", "So we printed your own flyers correctly and they're ready for the quiz. Have I got that right?",
       "Wrong print reversed; no feeling.")]),
]

for n, customer, facts, answers in ITEMS:
    criteria = [{"id": k, "any": v} for k, v in facts] + [FEEL, CHECK]
    for label, text, why in answers:
        print(json.dumps({"id": f"pcn31-{n}{label[0]}{'o' if label == 'poor' else ''}", "lang": "en",
                          "customer": customer, "criteria": criteria, "answer": text, "label": label, "why": why},
                         ensure_ascii=False))
