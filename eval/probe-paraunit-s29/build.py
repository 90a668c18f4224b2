# Session 29's English restatement probe (paraunit29): thirteen customers in new domains (garden
# rooms, ladder hire, paving, dog grooming, aggregates, worktops, staircases, compost, rope-access
# cleaning, a sawmill, a bouldering gym, fence posts, firewood), each with a good restatement that
# gives a measure in the other system or another unit of its kind (feet for metres, an inch for
# 3 cm, pounds for kilos, gallons for litres, half a metre for 50 cm) and the rest in the trainee's
# own words; a partial one fact, the feeling or the check short (some with the measure converted
# right); a poor one that converts a measure wrongly (three inches for 3 cm) and drops or reverses
# facts. Written before the first run (python3 build.py > paraphrases.jsonl).
import json

FEEL = {"id": "feeling", "any": ["sorry", "frustrating", "annoying", "upsetting", "worrying", "stressful",
                                 "understand how you feel", "must be", "must have been", "I can see why", "no wonder"]}
CHECK = {"id": "check", "any": ["is that right", "have I got that right", "did I get that right", "is that correct",
                                "have I got all that", "anything I've missed"]}

ITEMS = [
    ("01", "Your team built our garden room in April. It was meant to be 4 metres wide but it's 3.5, so the sofa we "
           "bought for it doesn't fit. The roof has also started leaking over the door. I'm really disappointed.",
     [("width", ["4 metres", "four metres", "4m"]),
      ("actual", ["3.5", "three and a half metres", "3.5 metres"]),
      ("sofa", ["sofa doesn't fit", "sofa won't fit", "sofa"]),
      ("leak", ["roof leaking", "leaking", "leak"])],
     [("good", "So the garden room we put up in April should have been about thirteen feet across and it's come out half "
               "a metre narrower, so the sofa you bought won't go in, and now water's coming through the roof above the "
               "door. That's really disappointing. Have I got that right?",
       "Thirteen feet for 4 m, half a metre narrower; water through the roof for the leak."),
      ("partial", "So the garden room should have been four metres wide and it's three and a half, and the sofa doesn't "
                  "fit. That's really disappointing. Have I got that right?",
       "Leak left out."),
      ("poor", "So the garden room is four feet wide instead of three and a half, and the roof is fine. Is that right?",
       "Wrong measures and the leak denied; no feeling.")]),
    ("02", "I hired a 6-metre ladder from you for the weekend to clear my gutters. The one delivered was only 4 metres, "
           "so I couldn't reach, and I still got charged the full £65. I wasted my whole Saturday.",
     [("ordered", ["6-metre", "6 metres", "six metres", "6m"]),
      ("delivered", ["4 metres", "four metres", "only 4"]),
      ("reach", ["couldn't reach", "not reach", "too short"]),
      ("charged", ["£65", "65 pounds", "sixty-five"])],
     [("good", "You hired a ladder of about twenty feet for the weekend, what arrived was roughly thirteen feet, so the "
               "gutters were out of reach, and we still took sixty-five pounds. No wonder you're annoyed after losing "
               "your Saturday. Is that right?",
       "Twenty feet for 6 m, thirteen feet for 4 m."),
      ("partial", "You booked the six-metre ladder and got the four-metre one, so you couldn't get up to the gutters. I "
                  "can see why you're annoyed. Is that right?",
       "The £65 charge left out."),
      ("poor", "You hired a six-foot ladder and it was delivered at four feet, which reached fine. Is that right?",
       "Feet for metres with the same numbers; reach reversed; no charge, no feeling.")]),
    ("03", "Your crew laid our new patio last week with 60 cm slabs instead of the 90 cm ones we chose. Three of the "
           "slabs are already rocking and my mum nearly tripped on one.",
     [("size", ["60 cm", "60cm", "sixty centimetres"]),
      ("chosen", ["90 cm", "90cm", "ninety centimetres"]),
      ("rocking", ["rocking", "loose", "wobbly", "wobble"]),
      ("trip", ["tripped", "nearly fell", "trip"])],
     [("good", "So last week the patio went down with two-foot slabs when you'd picked the three-foot ones, three of them "
               "already wobble, and your mum almost went over on one. That must have been frightening. Did I get that "
               "right?",
       "Two-foot for 60 cm, three-foot for 90 cm; almost went over."),
      ("partial", "So last week we laid two-foot slabs rather than the three-foot ones you picked, and three of them "
                  "already wobble. That must be annoying. Did I get that right?",
       "Measures converted right; the near trip left out."),
      ("poor", "So the slabs are sixty inches instead of ninety and your mum is fine. Is that right?",
       "Inches for centimetres; rocking left out; no feeling.")]),
    ("04", "I booked a full groom for my spaniel, who weighs 15 kilos. Your price list says £45 for dogs under 20 kg, "
           "but I was charged £70 as a 'large dog'. The groomer also cut her ear.",
     [("weight", ["15 kilos", "15 kg", "fifteen kilos"]),
      ("band", ["under 20 kg", "20 kg", "twenty kilos"]),
      ("charged", ["£70", "seventy pounds", "70 pounds"]),
      ("ear", ["cut her ear", "ear", "nicked"])],
     [("good", "So your spaniel's about thirty-three pounds in weight, our list says forty-five for dogs below roughly "
               "44 lb, yet you paid seventy as if she were a big dog, and her ear got nicked. I'm sorry, that's upsetting. "
               "Is that right?",
       "33 pounds for 15 kg, 44 lb for 20 kg."),
      ("partial", "So your spaniel weighs fifteen kilos, the list says forty-five pounds under twenty kilos, and you were "
                  "charged seventy. I'm sorry, that's upsetting. Is that right?",
       "The cut ear left out."),
      ("poor", "So your spaniel is about fifteen pounds and we charged you forty-five, the right price. Is that right?",
       "Pounds for kilos with the same number; charge wrong; no ear, no feeling.")]),
    ("05", "I ordered gravel for my drive to be spread 5 cm deep. Your driver tipped it all in one heap by the gate and "
           "left. It's 2 tonnes and I can't move it myself.",
     [("depth", ["5 cm", "5cm", "five centimetres"]),
      ("heap", ["one heap", "in a heap", "pile"]),
      ("left", ["left", "drove off", "went"]),
      ("cant", ["can't move it", "can't shift it", "too heavy"])],
     [("good", "You'd ordered the gravel spread about two inches deep, the driver dumped it in one pile by the gate and "
               "drove off, and there's no way you can shift two tonnes yourself. That's frustrating. Is that right?",
       "Two inches for 5 cm; dumped, drove off."),
      ("partial", "You ordered it spread two inches deep and the driver left it in a pile by the gate. That's "
                  "frustrating. Is that right?",
       "Depth converted right; can't move it left out."),
      ("poor", "You ordered five inches of gravel and the driver spread it for you. Is that right?",
       "Inches for centimetres; heap reversed; no feeling.")]),
    ("06", "You fitted our granite worktop on Monday. The overhang at the breakfast bar is 3 cm instead of the 30 cm we "
           "agreed, so we can't sit at it, and there's a chip in the corner.",
     [("overhang", ["3 cm", "3cm", "three centimetres"]),
      ("agreed", ["30 cm", "30cm", "thirty centimetres"]),
      ("sit", ["can't sit", "nowhere to sit", "sit"]),
      ("chip", ["chip", "chipped"])],
     [("good", "So the worktop went in on Monday with barely an inch of overhang at the breakfast bar when we'd agreed "
               "about a foot, so nobody can sit there, and the corner's chipped. I can see why you're fed up. Is that "
               "right?",
       "An inch for 3 cm, a foot for 30 cm."),
      ("partial", "So the overhang is about an inch instead of a foot and you can't sit at the bar. I can see why you're "
                  "fed up. Is that right?",
       "Chip left out."),
      ("poor", "So the overhang is three inches rather than thirty and the corner is fine. Is that right?",
       "Inches for centimetres; chip denied; no feeling.")]),
    ("07", "Your joiner fitted new spindles on our staircase. The gaps between them are 15 cm, and building control "
           "says they must be under 10 cm because of our toddler. He's refusing to come back without charging again.",
     [("gap", ["15 cm", "fifteen centimetres", "15cm"]),
      ("rule", ["under 10 cm", "10 cm", "ten centimetres"]),
      ("toddler", ["toddler", "child", "little one"]),
      ("refuse", ["won't come back", "refusing", "charge again", "charging again"])],
     [("good", "So the new spindles are about six inches apart, building control wants the gaps below four inches with a "
               "toddler in the house, and the joiner won't return unless he's paid a second time. That's worrying. Is "
               "that right?",
       "Six inches for 15 cm, four inches for 10 cm."),
      ("partial", "So the gaps are fifteen centimetres when they should be under ten because of your toddler. That's "
                  "worrying. Is that right?",
       "The joiner's refusal left out."),
      ("poor", "So the gaps are fifteen inches and the joiner is coming back for free. Is that right?",
       "Inches for centimetres; refusal reversed; no feeling.")]),
    ("08", "I ordered ten 50-litre bags of peat-free compost for my allotment plot. Six arrived, two of them split open, "
           "and I've paid for all ten. The rain has washed half of it away.",
     [("ordered", ["ten bags", "10 bags", "50-litre"]),
      ("arrived", ["six arrived", "6 arrived", "only six"]),
      ("split", ["split", "burst", "torn"]),
      ("paid", ["paid for all ten", "paid for ten", "paid for all"])],
     [("good", "So you ordered ten bags of roughly eleven gallons each, only six turned up with two of those burst, "
               "you've paid for the full ten and the rain's taken half of it. That's really frustrating. Have I got that "
               "right?",
       "Eleven gallons for 50 litres."),
      ("partial", "So you ordered ten big bags and only six came, two of them torn. That's really frustrating. Have I "
                  "got that right?",
       "Paid for all ten left out."),
      ("poor", "So you ordered fifty bags and ten came. Have I got that right?",
       "Counts wrong; split left out; no feeling.")]),
    ("09", "Your rope-access team cleaned the windows on our 30-metre office block on Tuesday. They missed the top "
           "three floors completely and left streaks everywhere else. The invoice was £1,200.",
     [("height", ["30-metre", "30 metres", "thirty metres"]),
      ("missed", ["top three floors", "missed three floors", "top floors"]),
      ("streaks", ["streaks", "streaky", "smears"]),
      ("invoice", ["£1,200", "1,200", "twelve hundred"])],
     [("good", "So on Tuesday our abseilers did your office block, the one that's about a hundred feet tall, skipped the "
               "top three floors altogether, left smears on the rest, and billed you twelve hundred pounds. I'm sorry, "
               "that's not good enough. Did I get that right?",
       "A hundred feet for 30 m; skipped, smears."),
      ("partial", "So on Tuesday our team did the hundred-foot block and left smears everywhere, and billed you twelve "
                  "hundred pounds. I'm sorry. Did I get that right?",
       "The missed floors left out."),
      ("poor", "So the team cleaned every floor of your thirty-foot building on Tuesday. Did I get that right?",
       "Feet for metres; missed floors reversed; no invoice, no feeling.")]),
    ("10", "I ordered oak beams cut to 4 metres from your sawmill for my barn roof. They came at 3.6 metres, so none of "
           "them span the gap, and the roofer is booked for Thursday.",
     [("ordered", ["4 metres", "four metres", "4m"]),
      ("came", ["3.6", "3.6 metres", "three point six"]),
      ("span", ["don't span", "too short", "won't reach", "span"]),
      ("roofer", ["Thursday", "roofer"])],
     [("good", "So you asked for oak beams of about thirteen feet for the barn roof, they were cut forty centimetres "
               "short, none of them reaches across, and your roofer's due on Thursday. That's stressful. Is that right?",
       "Thirteen feet for 4 m; forty centimetres short."),
      ("partial", "So you ordered four-metre oak beams and they came at three point six, with the roofer due on Thursday. "
                  "That's stressful. Is that right?",
       "The beams not spanning left out."),
      ("poor", "So you ordered three-metre beams and they came at four, which is fine for the roof. Is that right?",
       "Measures swapped; no roofer, no feeling.")]),
    ("11", "At your bouldering gym on Sunday the crash mat under the 4-metre wall was only 10 cm thick, not the usual 30 "
           "cm. My son fell from the top and sprained his ankle, and the staff didn't fill in an accident report.",
     [("wall", ["4-metre", "4 metres", "four metres"]),
      ("mat", ["10 cm", "10cm", "ten centimetres"]),
      ("usual", ["30 cm", "30cm", "thirty centimetres"]),
      ("ankle", ["sprained his ankle", "ankle"]),
      ("report", ["accident report", "no report", "report"])],
     [("good", "So on Sunday the mat beneath the thirteen-foot wall was about four inches deep rather than the usual "
               "foot, your son came off the top and sprained his ankle, and nobody on the desk wrote up an accident "
               "report. That must have been frightening. Have I got all that?",
       "Thirteen feet, four inches, a foot."),
      ("partial", "So on Sunday the mat under the tall wall was four inches thick instead of a foot and your son sprained "
                  "his ankle. That must have been frightening. Have I got all that?",
       "The wall's height and the missing report left out."),
      ("poor", "So your son fell from a four-foot wall onto a thirty-inch mat and he was fine. Have I got all that?",
       "Feet and inches for metres and centimetres; injury denied; no report, no feeling.")]),
    ("12", "Your fencers put in our new posts on Wednesday. We paid for 1.8-metre posts but they used 1.2-metre ones, so "
           "the dog can jump straight over. We've had to keep her inside since.",
     [("paid", ["1.8-metre", "1.8 metres", "1.8m"]),
      ("used", ["1.2-metre", "1.2 metres", "1.2m"]),
      ("jump", ["jump over", "jumps over", "jump straight over"]),
      ("inside", ["inside", "indoors", "keep her in"])],
     [("good", "So on Wednesday you paid for six-foot posts but the fence went in at about four feet, the dog can leap "
               "right over it, and she's been stuck indoors since. No wonder you're fed up. Is that correct?",
       "Six feet for 1.8 m, four feet for 1.2 m; leap over."),
      ("partial", "So you paid for six-foot posts and got four-foot ones, and the dog can jump over. Is that correct?",
       "No feeling; keeping her in left out."),
      ("poor", "So you paid for 1.2-metre posts and we put in 1.8-metre ones. Is that correct?",
       "Measures swapped; the dog left out; no feeling.")]),
    ("13", "I bought a cubic metre of seasoned logs from you for £120. They were meant to be 25 cm long for my stove, "
           "but most are over 40 cm and won't fit, and they hiss when they burn, so they're clearly wet.",
     [("price", ["£120", "120 pounds", "hundred and twenty"]),
      ("length", ["25 cm", "25cm", "twenty-five centimetres"]),
      ("long", ["over 40 cm", "40 cm", "forty centimetres"]),
      ("wet", ["wet", "damp", "not seasoned", "hiss"])],
     [("good", "So the logs you paid a hundred and twenty for should have been about ten inches for your stove, most "
               "are sixteen inches or more and don't go in, and they're hissing because they're damp. That's annoying. "
               "Is that right?",
       "Ten inches for 25 cm, sixteen inches for 40 cm."),
      ("partial", "So you paid a hundred and twenty pounds for logs that were meant to be about ten inches and most are "
                  "too long. That's annoying. Is that right?",
       "The wet logs left out; 'too long' with no length."),
      ("poor", "So the logs are twenty-five inches and dry. Is that right?",
       "Inches for centimetres; wet denied; no price, no feeling.")]),
]

for n, customer, facts, answers in ITEMS:
    criteria = [{"id": k, "any": v} for k, v in facts] + [FEEL, CHECK]
    for label, text, why in answers:
        print(json.dumps({"id": f"pu29-{n}{label[0]}", "lang": "en", "customer": customer, "criteria": criteria,
                          "answer": text, "label": label, "why": why}, ensure_ascii=False))
