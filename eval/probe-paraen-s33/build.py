# Session 33's English restatement probe (paraen33): fifteen customers of my own (a sailing school, a garden
# centre, a dentist, a car hire desk, kennels, a cake maker, a broadband installer, a gym, a caravan park, a
# music teacher, an optician, a florist, a roofer, a vet, a patio builder). Each good restates every fact in
# words far from the rubric's: synonyms and hypernyms ("the boat course" for the dinghy course, "messages" for
# emails), events told in other words ("nobody showed up" for "never came", "never went through" for "wasn't
# processed"), and number forms ("a fortnight" for fourteen days, "just gone ten" for 10:05, "two grand",
# "half a dozen", "15:45", "the next afternoon" for Saturday after Friday, "four hundred pounds over" a £2,000
# quote). Each partial has exactly one shortfall (one fact left out, no check, no feeling, one minor value
# wrong); each poor gives a wrong or swapped fact. Written before the first run
# (python3 build.py > paraphrases.jsonl).
import json

FEEL = {"id": "feeling", "any": ["sorry", "frustrating", "upsetting", "annoying", "worrying", "disappointing",
                                 "I understand", "I can see", "I can imagine", "must be", "must have been",
                                 "no wonder", "I'd feel", "sounds"]}
CHECK = {"id": "check", "any": ["is that right", "have I got that right", "did I get that right", "is that correct",
                                "have I understood", "did I miss anything", "anything else", "fair summary"]}

ITEMS = [
    ("01", "I booked my daughter on your five-day dinghy course in August for £275. On the third day the instructor "
           "didn't turn up and the kids sat on the slipway for two hours. Nobody has offered us anything back. I'm "
           "really disappointed.",
     [("course", ["dinghy course", "five-day course", "sailing course"]),
      ("price", ["£275", "275", "two hundred and seventy-five"]),
      ("instructor", ["instructor didn't turn up", "no instructor", "instructor never came"]),
      ("wait", ["two hours", "2 hours"]),
      ("nothing-back", ["nothing back", "no refund", "not offered anything"])],
     [("good", "So your daughter was on our Monday-to-Friday boat course in August at two hundred and seventy-five pounds, "
               "and on day three nobody came to teach, so the children were left sitting by the water for a couple "
               "of hours, and we haven't given you a penny back since. That's a real let-down. Have I got that right?",
       "Monday-to-Friday, boat for dinghy, nobody came to teach, a couple of hours, not a penny back."),
      ("partial", "So your daughter was on the five-day dinghy course in August for £275, and on the third day the "
                  "instructor didn't turn up and the children waited on the slipway. Nobody has offered you anything "
                  "back. That must have been so disappointing. Is that right?",
       "The two hours left out."),
      ("poor", "So the instructor came two hours late on the first day, and we've already refunded the £275. I'm "
               "sorry about that. Is that right?",
       "Day and no-show wrong, refund turned round.")]),
    ("02", "You delivered my shed on 14 March, but it came without the roof panels, and your driver left it "
           "blocking my drive. I've had to park on the street for fourteen days. I paid £640 for it and I'm fed up.",
     [("roof", ["roof panels", "no roof", "without the roof"]),
      ("drive", ["blocking my drive", "blocking the drive", "driveway"]),
      ("days", ["fourteen days", "14 days", "two weeks"]),
      ("price", ["£640", "640", "six hundred and forty"])],
     [("good", "Your shed arrived on the fourteenth of March minus the bits for the roof, the driver dumped it "
               "across your driveway, and you've been leaving the car out on the road for a fortnight now, all on a "
               "six-hundred-and-forty-pound order. No wonder you're fed up. Is that right?",
       "A fortnight, the car out on the road, the bits for the roof."),
      ("partial", "Your shed came on 14 March without the roof panels and was left blocking your drive, so you've "
                  "parked on the street for fourteen days. I can see why you're fed up. Is that right?",
       "The £640 left out."),
      ("poor", "Your shed came on 14 March with the roof panels but the driver left it on the street, so you "
               "couldn't use your drive for a day. Is that right?",
       "Roof turned round, days wrong, no feeling.")]),
    ("03", "I had a filling done at 9:15 last Tuesday and it fell out the same evening. Your receptionist says the "
           "earliest slot is in three weeks and I'll have to pay £85 again. I'm in pain every time I eat.",
     [("filling", ["filling"]),
      ("same-day", ["same evening", "that evening", "same day"]),
      ("wait", ["three weeks", "3 weeks"]),
      ("pay", ["£85", "85", "eighty-five", "pay again"])],
     [("good", "So the filling we put in last Tuesday morning came out by that night, reception can't see you for "
               "twenty-one days, and they want another eighty-five quid from you for the same job. Eating must be "
               "agony. Have I got that right?",
       "By that night, twenty-one days, eighty-five quid."),
      ("partial", "So the filling from last Tuesday fell out that same evening, the earliest slot is in three weeks, "
                  "and you'd have to pay £85 again. Is that right?",
       "No feeling."),
      ("poor", "So the filling fell out three weeks later and reception offered you a free slot this week. I'm sorry "
               "you're in pain. Is that right?",
       "Timing and charge wrong.")]),
    ("04", "I picked up a hire car at Gatwick at 10:05 on Saturday and the fuel gauge was on empty, though the form "
           "said full. I had to pay £72 to fill it. When I brought it back full you charged me a refuelling fee "
           "anyway. I feel cheated.",
     [("time", ["10:05", "five past ten"]),
      ("empty", ["empty", "no fuel"]),
      ("fill", ["£72", "72", "seventy-two"]),
      ("fee", ["refuelling fee", "refuelling charge", "fuel charge"])],
     [("good", "You collected the car at Gatwick just gone ten on Saturday with the tank bone dry although the "
               "paperwork said full, spent seventy-two pounds filling it up, handed it back brimmed and still got "
               "billed for refuelling. I'd feel cheated too. Is that right?",
       "Just gone ten, bone dry, billed for refuelling."),
      ("partial", "You picked the car up at Gatwick at 10:05 on Saturday with the gauge on empty, though the form "
                  "said full, and we still charged you a refuelling fee when you returned it full. I can see why you "
                  "feel cheated. Is that right?",
       "The £72 left out."),
      ("poor", "You picked the car up at 10:05 on Saturday with a full tank, brought it back empty, and paid £72 for "
               "refuelling. I can see why you feel cheated. Is that right?",
       "Full and empty swapped.")]),
    ("05", "We left our two spaniels with you for a fortnight while we were in Spain. When we picked them up, one had "
           "lost a lot of weight and the other had a cut on his ear that nobody told us about. We paid £420. I'm so "
           "upset.",
     [("dogs", ["two spaniels", "two dogs", "both dogs"]),
      ("length", ["fortnight", "two weeks", "14 days"]),
      ("weight", ["lost weight", "lost a lot of weight", "thin"]),
      ("ear", ["cut on his ear", "cut ear", "ear"]),
      ("price", ["£420", "420", "four hundred and twenty"])],
     [("good", "Your pair of dogs boarded with us for fourteen days while you were abroad, one came home a lot lighter "
               "and the other had an injured ear that nobody mentioned, and that was a four-hundred-and-twenty-pound "
               "stay. That's so upsetting. Did I get that right?",
       "A pair of dogs, fourteen days, a lot lighter, an injured ear."),
      ("partial", "You left both spaniels with us for a fortnight; one lost a lot of weight and the other came back "
                  "with a cut on his ear nobody told you about. I'm so sorry, that's upsetting. Is that right?",
       "The £420 left out."),
      ("poor", "You left one spaniel with us for a week, and he came back with a cut paw that we told you about. "
               "I'm sorry. Is that right?",
       "Count, length and injury wrong; told turned round.")]),
    ("06", "Our wedding cake was supposed to arrive at the venue by 1 p.m. It turned up at quarter to four, after the "
           "speeches, and the top tier was squashed. We paid £550 and it was the one thing I'd asked you to get "
           "right.",
     [("time", ["quarter to four", "3:45", "3.45"]),
      ("speeches", ["after the speeches", "speeches"]),
      ("tier", ["top tier", "squashed", "crushed"]),
      ("price", ["£550", "550", "five hundred and fifty"])],
     [("good", "The cake was meant to be there by one but only reached the venue at 15:45, once the speeches were "
               "over, with the top layer flattened, on a five-hundred-and-fifty-pound order, and the one thing you'd "
               "asked us to get right. I'm so sorry. Have I understood that correctly?",
       "15:45, once the speeches were over, the top layer flattened."),
      ("partial", "The cake was meant to be there by 1 p.m. but came at quarter to four, after the speeches, with "
                  "the top tier squashed. You paid £550. I'm so sorry.",
       "No check."),
      ("poor", "The cake arrived at quarter to one, before the speeches, and the bottom tier had a small crack. You "
               "paid £550. I'm so sorry. Is that right?",
       "Time and tier wrong.")]),
    ("07", "Your engineer was booked for 8 to 12 on Thursday. He never came, and I took a day's unpaid leave to wait "
           "in. Then I was on hold for 50 minutes to rebook. I'm furious.",
     [("slot", ["8 to 12", "eight to twelve", "Thursday morning"]),
      ("no-show", ["never came", "didn't come", "didn't turn up", "no-show"]),
      ("leave", ["unpaid leave", "day off", "day's pay"]),
      ("hold", ["50 minutes", "fifty minutes"])],
     [("good", "We gave you an eight-till-noon slot on Thursday, nobody showed up, you'd lost a day's wages staying "
               "home for it, and rebooking took fifty minutes listening to hold music. You've every right to be "
               "furious. Is that a fair summary?",
       "Eight till noon, nobody showed up, a day's wages lost."),
      ("partial", "The engineer was booked for 8 to 12 on Thursday and never came, and you took a day's unpaid leave "
                  "to wait in. I can see why you're furious. Is that right?",
       "The fifty minutes on hold left out."),
      ("poor", "The engineer came at 12 instead of 8 on Thursday, and you were on hold for 15 minutes to rebook. "
               "I can see why you're furious. Is that right?",
       "No-show turned into lateness, hold time wrong.")]),
    ("08", "I cancelled my gym membership in writing on 2 January, but you've taken £39 out of my account three more "
           "times since. Your staff keep telling me it wasn't processed. I want it all back.",
     [("date", ["2 January", "January 2nd", "2nd of January"]),
      ("fee", ["£39", "39", "thirty-nine"]),
      ("times", ["three times", "three more times", "3 times"]),
      ("processed", ["not processed", "wasn't processed"])],
     [("good", "You put your cancellation in writing on the second of Jan, yet thirty-nine pounds has come out of "
               "your account on three further occasions, and each time the staff say it never went through. That's "
               "really frustrating. Have I got that right?",
       "The second of Jan, three further occasions, never went through."),
      ("partial", "You cancelled in writing on 2 January, but £39 has been taken from your account three more times, "
                  "and the staff say it wasn't processed. Is that right?",
       "No feeling."),
      ("poor", "You cancelled on 2 January and we took £39 once more before the cancellation went through. I can "
               "see why that's frustrating. Is that right?",
       "Count wrong, processing turned round.")]),
    ("09", "We booked a static caravan at your park for seven nights from 3 August. The shower didn't work for the "
           "first four days and the site shop was closed the whole week. It cost us £610 and the kids were "
           "miserable.",
     [("nights", ["seven nights", "7 nights", "a week"]),
      ("shower", ["shower"]),
      ("days", ["four days", "4 days"]),
      ("shop", ["shop"]),
      ("price", ["£610", "610", "six hundred and ten"])],
     [("good", "So for your week in the caravan from the third of August the shower was out of action for the first "
               "four days, the little shop on site never opened once, and it came to six hundred and ten pounds. It "
               "sounds miserable for the kids. Is that right?",
       "Out of action, never opened once."),
      ("partial", "So you had seven nights from 3 August, the shower didn't work for the first four days and the "
                  "site shop was closed all week. It sounds miserable for the kids. Is that right?",
       "The £610 left out."),
      ("poor", "So you had four nights from 3 August and the shower was fine but the shop closed early one day. It "
               "sounds miserable for the kids. Is that right?",
       "Length wrong, shower turned round.")]),
    ("10", "I paid £180 upfront for a block of six guitar lessons for my son. The teacher has cancelled three of "
           "them at the last minute, and the last time he didn't even ring. My son's been really let down.",
     [("price", ["£180", "180", "a hundred and eighty"]),
      ("lessons", ["six lessons", "6 lessons", "six guitar lessons"]),
      ("cancelled", ["cancelled three", "three cancelled", "three of them"]),
      ("ring", ["didn't ring", "didn't call", "no call"])],
     [("good", "You paid a hundred and eighty pounds in advance for half a dozen guitar sessions for your son, the "
               "tutor has called off three at short notice, and the latest time he didn't even phone. Your lad must "
               "be gutted. Have I understood that correctly?",
       "Half a dozen sessions, called off three, didn't phone."),
      ("partial", "You paid £180 upfront for six guitar lessons, and the teacher has cancelled two of them at the last "
                  "minute, once without even ringing. Your son must be really let down. Is that right?",
       "Two for three (one minor value wrong)."),
      ("poor", "You paid £180 for six lessons and cancelled three yourself at the last minute without ringing. Is "
               "that right?",
       "Who cancelled swapped, no feeling.")]),
    ("11", "I ordered varifocal glasses on 5 May and was told ten working days. It's now been five weeks, and when "
           "they arrived the left lens was scratched. I've had to borrow my husband's old pair to drive.",
     [("date", ["5 May", "fifth of May", "May 5th"]),
      ("promised", ["ten working days", "10 working days", "two weeks"]),
      ("weeks", ["five weeks", "5 weeks"]),
      ("lens", ["left lens", "scratched", "scratch"])],
     [("good", "You ordered the varifocals on the fifth of May and were promised them within two working weeks, it's "
               "taken thirty-five days, and the pair that finally came has a mark across the left-hand lens, so "
               "you're driving in your husband's old specs. That sounds really stressful. Is that right?",
       "Two working weeks, thirty-five days, a mark across the left-hand lens."),
      ("partial", "You ordered varifocals on 5 May, were told ten working days, and it's been five weeks, so you're "
                  "borrowing your husband's old pair to drive. That sounds really stressful. Is that right?",
       "The scratched lens left out."),
      ("poor", "You ordered the glasses on 5 May and they came in ten working days, but the right lens was a little "
               "loose. That sounds stressful. Is that right?",
       "Delay denied, lens wrong.")]),
    ("12", "I ordered a dozen yellow roses for my mum's 80th, to arrive on Friday morning. They came on Saturday "
           "afternoon, half of them were wilted, and the card had the wrong name on it. I paid £65 and I'm "
           "embarrassed.",
     [("roses", ["dozen", "twelve", "12", "yellow roses"]),
      ("late", ["Saturday", "a day late"]),
      ("wilted", ["half of them were wilted", "wilted", "half"]),
      ("card", ["wrong name", "card"]),
      ("price", ["£65", "65", "sixty-five"])],
     [("good", "The twelve yellow roses for your mum's eightieth were meant for Friday morning but turned up the "
               "next afternoon, six of them drooping, with somebody else's name on the message, and that was "
               "sixty-five pounds. I can imagine how embarrassing that was. Did I get that right?",
       "The next afternoon, six of them drooping, somebody else's name on the message."),
      ("partial", "The dozen yellow roses for your mum's 80th came on Saturday afternoon instead of Friday morning, "
                  "half of them wilted and the card had the wrong name. I can imagine how embarrassing that was. Is "
                  "that right?",
       "The £65 left out."),
      ("poor", "The roses came on Friday morning as ordered, but a couple were wilted. You paid £56. I can imagine how "
               "embarrassing that was. Is that right?",
       "Delay denied, price wrong.")]),
    ("13", "Your roofer came on Monday to fix two loose tiles and charged £150. After the storm on Wednesday the "
           "bedroom ceiling was dripping again, right where he'd worked. Nobody's answered my three emails since.",
     [("tiles", ["two loose tiles", "two tiles", "loose tiles"]),
      ("price", ["£150", "150", "a hundred and fifty"]),
      ("leak", ["dripping", "leak", "leaking"]),
      ("emails", ["three emails", "3 emails", "emails"])],
     [("good", "Our roofer was up on Monday sorting a couple of loose tiles for a hundred and fifty pounds, then after "
               "Wednesday's storm water was coming through your bedroom ceiling in the same spot, and none of your "
               "three messages has had a reply. That must be so worrying. Is that right?",
       "A couple of tiles, water coming through, three messages."),
      ("partial", "Our roofer came on Monday to fix two loose tiles for £150 and after Wednesday's storm the bedroom "
                  "ceiling was dripping again where he'd worked. That must be so worrying. Is that right?",
       "The unanswered emails left out."),
      ("poor", "Our roofer came on Wednesday after the storm and charged £150, and the ceiling has been dry since. "
               "That must be worrying. Is that right?",
       "Day wrong, leak denied.")]),
    ("14", "My cat was kept in overnight for a blood test that we were told would cost about £120. The bill was "
           "£348, and nobody rang to ask before doing the X-rays. I'm shocked.",
     [("quote", ["£120", "120", "a hundred and twenty"]),
      ("bill", ["£348", "348", "three hundred and forty-eight"]),
      ("x-rays", ["X-rays", "x-ray"]),
      ("asked", ["nobody rang", "didn't ring", "without asking", "no call"])],
     [("good", "Your cat stayed in overnight for bloods you'd been quoted roughly a hundred and twenty for, the bill "
               "came to three hundred and forty-eight, and the X-rays were done without anyone phoning you first. "
               "That's a real shock. Have I got that right?",
       "Bloods, roughly a hundred and twenty, without anyone phoning."),
      ("partial", "Your cat was kept overnight for a blood test quoted at about £120, the bill was £348, and nobody "
                  "rang before the X-rays. That's a shock.",
       "No check."),
      ("poor", "Your cat was in overnight, the bill was £120 instead of the £348 quoted, and we rang you before the "
               "X-rays. That's a shock. Is that right?",
       "Quote and bill swapped, call turned round.")]),
    ("15", "You quoted £2,000 for the patio and said it would take a week. Your lads were here for nineteen days, "
           "left a skip on my lawn, and now the invoice says £2,400. I feel completely taken for a ride.",
     [("quote", ["£2,000", "2,000", "2000", "two thousand"]),
      ("days", ["nineteen days", "19 days"]),
      ("skip", ["skip"]),
      ("invoice", ["£2,400", "2,400", "2400", "two thousand four hundred"])],
     [("good", "We quoted you two grand and a week for the patio, the team were with you for nineteen days, there's a "
               "skip still sitting on your grass, and the bill has come in at twenty-four hundred. I can see why you "
               "feel taken for a ride. Is that right?",
       "Two grand, twenty-four hundred, sitting on your grass."),
      ("partial", "We quoted £2,000 and a week for the patio, the lads were there for nineteen days and left a skip on "
                  "your lawn, and the invoice is £2,400. Is that right?",
       "No feeling."),
      ("poor", "We quoted £2,400 and the invoice came to £2,000, and the lads finished in a week. I can see why you "
               "feel taken for a ride. Is that right?",
       "Quote and invoice swapped, length wrong.")]),
]

rows = []
for n, customer, facts, answers in ITEMS:
    criteria = [{"id": i, "any": a} for i, a in facts] + [FEEL, CHECK]
    for label, answer, why in answers:
        suffix = {"good": "g", "partial": "p", "poor": "po"}[label]
        rows.append({"id": f"pen33-{n}{suffix}", "lang": "en", "customer": customer, "criteria": criteria,
                     "answer": answer, "label": label, "why": why})
assert len(rows) == 45
assert len({r["answer"] for r in rows}) == 45
for r in rows:
    print(json.dumps(r, ensure_ascii=False))
