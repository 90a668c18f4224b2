# English restatement items, hand-written for blind round 2026-12bh.
# Each item: customer statement, criteria (facts, then feeling, then check), three answers (label, text, why).

def C(cid, *words):
    return {"id": cid, "any": list(words)}

FEEL = C("feeling", "understand", "can see why", "no wonder", "must have been", "must be", "sorry",
         "frustrating", "upsetting", "I can imagine", "disappointing", "worrying", "awful", "stressful",
         "hear how", "of course you're")
CHECK = C("check", "is that right", "have I got that right", "did I get", "is that correct", "have I understood",
          "does that sound right", "anything to add", "anything I've missed", "anything else I should know",
          "correct me", "is that fair", "am I right")

def item(customer, facts, answers):
    return {"customer": customer, "criteria": facts + [FEEL, CHECK], "answers": answers}

ITEMS = [
    item("We dropped 2.8 tonnes of Chardonnay at your winery on 14 September and it wasn't pressed until the 17th. "
         "The juice had gone brown by then. You quoted us £1,400 for the crush and I'm honestly furious.",
         [C("tonnes", "2.8", "two point eight", "2,800 kilos", "2800 kg"),
          C("grape", "Chardonnay"),
          C("delay", "17th", "three days", "3 days", "wasn't pressed"),
          C("brown", "brown", "oxidised", "oxidized"),
          C("quote", "£1,400", "1,400", "1400", "fourteen hundred")],
         [("good", "So the Chardonnay — just under three tonnes, two-eight — came in on the fourteenth and sat for three days before pressing, "
                   "by which time the juice had browned, and that's on a fourteen-hundred-pound crush. I can hear how angry you are, and fair enough. "
                   "Have I got all of that?", "All facts in other forms (two-eight, fourteen-hundred-pound), feeling, check."),
          ("partial", "You brought in 2.8 tonnes of Chardonnay on 14 September, it wasn't pressed till the 17th and the juice went brown, "
                      "on a £1,400 quote. Is that right?", "No feeling acknowledged."),
          ("poor", "You dropped off 2.8 tonnes of Pinot on the 17th and we pressed it on the 14th, so the colour's down to the grapes. "
                   "I understand you're cross. Is that right?", "Grape wrong, dates reversed, and blames the fruit.")]),

    item("The bottling truck was booked for 2 November for our 300 cases. It turned up five hours late, and afterwards we found "
         "forty bottles were underfilled. My crew had to stay until ten at night and I'm stressed out of my mind.",
         [C("date", "2 November", "November 2", "2nd of November", "2/11"),
          C("cases", "300", "three hundred"),
          C("late", "five hours", "5 hours"),
          C("underfilled", "forty", "40", "underfilled", "short-filled"),
          C("crew", "ten", "10 pm", "stay", "late into the night")],
         [("good", "Your three hundred cases were due to be done on the second of November, the truck rolled in five hours behind, "
                   "two score bottles came out short, and your team was stuck there till 10 p.m. That sounds exhausting. Did I get everything?",
           "Two score for forty; all facts; feeling; check."),
          ("partial", "The truck was five hours late on 2 November for your 300 cases and forty bottles were underfilled. "
                      "I'm sorry, that sounds really stressful. Have I understood?", "One fact missing: the crew staying until ten."),
          ("poor", "Right, got it, got it — so the truck was a bit late and a few bottles were off. We'll look into it.",
           "False reaction; most facts missing; no check.")]),

    item("I ordered four barrels with a medium toast and you sent heavy toast. Six weeks in, the wine tastes of smoke. "
         "I paid €3,600 for them and I feel completely let down.",
         [C("four", "four", "4"),
          C("ordered", "medium"),
          C("sent", "heavy"),
          C("smoke", "smoke", "smoky", "six weeks", "6 weeks"),
          C("price", "€3,600", "3,600", "3600", "thirty-six hundred")],
         [("good", "You asked for medium toast on the four barriques and they came heavily toasted instead; a month and a half on, "
                   "the wine's picking up a smoky note, on a thirty-six-hundred-euro order. I can see why you feel let down. Is that a fair summary?",
           "A month and a half for six weeks; all facts; feeling; check."),
          ("partial", "You ordered four medium-toast barrels, got heavy toast, and after six weeks the wine tastes smoky; you paid €3,000. "
                      "That must be disappointing. Is that right?", "One minor value wrong: €3,000 for €3,600."),
          ("poor", "You ordered heavy toast and we sent medium, and the wine's gone a bit flat. Sorry about that. Is that right?",
           "Ordered and sent reversed; smoke fact wrong.")]),

    item("The fan on block three stopped at two in the morning on 18 April and the alarm never texted me. "
         "I reckon we've lost about a third of the Chardonnay buds. I'm devastated.",
         [C("block", "block three", "block 3", "third block"),
          C("time", "two in the morning", "2 a.m.", "2am", "02:00"),
          C("date", "18 April", "April 18", "18th"),
          C("alarm", "alarm", "text", "no message"),
          C("loss", "a third", "one third", "33"),],
         [("good", "So on the night of the eighteenth of April the block-3 fan cut out around 2 a.m., no alert reached your phone, "
                   "and you think something like one bud in three on the Chardonnay has gone. That's heartbreaking. Anything I've missed?",
           "One bud in three for a third; all facts; feeling; check."),
          ("partial", "The block three fan stopped at 2 a.m. on 18 April, the alarm didn't text you, and you've lost about a third of the buds. "
                      "Is that right?", "No feeling."),
          ("poor", "The alarm texted you at two but the fan on block one kept running, and you lost a few buds. "
                   "I understand how worrying that is. Is that correct?", "Block wrong and account reversed (alarm did text, fan kept running).")]),

    item("I booked the grape stomp for five of us at eleven on Saturday. When we arrived we were told it had been moved to two o'clock, "
         "so the kids waited three hours. I paid £75 and felt like a fool in front of them.",
         [C("five", "five", "5"),
          C("booked", "eleven", "11"),
          C("moved", "two", "2 pm", "2pm", "14:00"),
          C("wait", "three hours", "3 hours"),
          C("paid", "£75", "75", "seventy-five")],
         [("good", "You'd paid seventy-five pounds for a party of five at 11 on Saturday, only to hear on arrival it was now a 2 p.m. session, "
                   "so the children hung about for three hours. No wonder you felt embarrassed in front of them. Have I got that right?",
           "All facts; feeling; check."),
          ("partial", "You booked five places at eleven on Saturday, it was moved to two and the kids waited three hours, £75 in all. "
                      "That must have been embarrassing.", "No check."),
          ("poor", "You booked the 2 p.m. stomp and turned up at eleven, so there was a wait. Sorry about that. Is that right?",
           "Account reversed: the customer's early arrival, not our move.")]),

    item("Your diver found my wedding ring at the harbour steps on Friday in about twenty minutes, which was brilliant. "
         "But you charged me the half-day rate of £260 instead of the hourly £90. I'm grateful, but it feels like a rip-off.",
         [C("ring", "wedding ring", "ring"),
          C("place", "harbour steps", "steps"),
          C("day", "Friday"),
          C("quick", "twenty minutes", "20 minutes"),
          C("charge", "£260", "260", "half-day", "half day")],
         [("good", "The diver got your wedding band back from by the harbour steps on Friday inside a third of an hour, "
                   "but the bill came at the half-day rate, two-sixty, when the hourly ninety is what you expected. "
                   "Glad and annoyed at once — I can understand that. Does that sound right?",
           "A third of an hour, two-sixty; all facts; feeling; check."),
          ("partial", "The diver found your wedding ring at the harbour steps on Friday in twenty minutes and you were billed £260 rather than £90. "
                      "I can see why that feels unfair, though to be honest the half-day minimum has been our rate for years. Is that right?",
           "All facts, feeling and check, but adds a precedent excuse."),
          ("poor", "The diver spent about two hours at the steps on Friday and found your watch, and you were charged £90. "
                   "I'm sorry it felt expensive. Is that right?", "Item, time and amount wrong.")]),

    item("My engine died off the point on Sunday with my two kids on board. Your call centre said forty-five minutes, "
         "but the tow took three and a half hours to reach us. I was frightened the whole time.",
         [C("day", "Sunday"),
          C("kids", "two kids", "two children", "2 kids", "children"),
          C("promised", "forty-five", "45"),
          C("actual", "three and a half", "3.5", "three hours thirty", "210 minutes")],
         [("good", "Your engine failed off the point on Sunday with the two little ones aboard; you were told three-quarters of an hour "
                   "and it was 3½ hours before the tow got there. That must have been terrifying. Have I understood that correctly?",
           "Three-quarters of an hour, 3½; all facts; feeling; check."),
          ("partial", "On Sunday your engine failed off the point with your two children on board, and the tow took three and a half hours. "
                      "I'm so sorry, that must have been frightening. Is that right?", "One fact missing: the 45 minutes promised."),
          ("poor", "Your engine failed on Saturday, we said three hours and got there in forty-five minutes. Glad it worked out. Anything else?",
           "Day wrong, times swapped, feeling misread.")]),

    item("You refloated our yacht off the sandbar on Tuesday in forty minutes. Now there's a salvage claim for twelve percent of "
         "her £80,000 value, £9,600. I thought it would be an hourly tow and I feel ambushed.",
         [C("day", "Tuesday"),
          C("time", "forty minutes", "40 minutes"),
          C("percent", "twelve percent", "12%", "12 percent"),
          C("claim", "£9,600", "9,600", "9600"),
          C("expected", "hourly", "by the hour", "tow")],
         [("good", "We got her off the bar on Tuesday in well under an hour — forty minutes — and the claim has come in at 12% of the boat's "
                   "eighty thousand, so nine thousand six hundred, when you'd budgeted for a tow charged by the hour. "
                   "I can see how that felt like an ambush. Have I got that right?", "All facts in other forms; feeling; check."),
          ("partial", "We refloated her on Tuesday in forty minutes, the claim is 12% — £9,600 — and you'd expected an hourly tow. "
                      "Did I get that right?", "No feeling."),
          ("poor", "We refloated her on Thursday after four hours and the claim is £960. You're not really in a position to argue salvage terms. "
                   "Is that right?", "Day, time and amount wrong; taboo remark.")]),

    item("I bought my dad a footplate day for his seventieth, booked for 14 June. Two days before, you cancelled for fire risk "
         "and only offered to extend the voucher, not refund it. He's gutted, and so am I.",
         [C("occasion", "seventieth", "70th", "70"),
          C("date", "14 June", "June 14", "14th"),
          C("notice", "two days", "2 days"),
          C("reason", "fire risk", "fire"),
          C("offer", "extend", "extension", "no refund", "not refund")],
         [("good", "It was a birthday present for your father turning seventy, booked for the fourteenth of June; 48 hours out we called it off "
                   "because of the fire danger and offered only a longer voucher rather than the money back. I'm sorry — I can hear how much "
                   "it meant to both of you. Is that the whole picture?", "48 hours for two days; all facts; feeling; check."),
          ("partial", "Your dad's 70th footplate day on 14 June was cancelled three days before for fire risk, and we only offered to extend "
                      "the voucher. That's so disappointing for both of you. Have I got that right?", "One minor value wrong: three days for two."),
          ("poor", "Your dad cancelled the footplate day on the 14th and now wants a refund on the voucher. I understand. Is that right?",
           "Account reversed: the railway cancelled, not the dad.")]),

    item("We hired the saloon for our fortieth anniversary with twenty-four guests. The champagne we'd paid for wasn't on board "
         "and the heating was broken. It cost £1,150 and the day was ruined.",
         [C("occasion", "fortieth", "40th", "ruby"),
          C("guests", "twenty-four", "24", "two dozen"),
          C("champagne", "champagne", "fizz", "bubbly"),
          C("heating", "heating", "cold", "heater"),
          C("cost", "£1,150", "1,150", "1150", "eleven-fifty")],
         [("good", "For your ruby anniversary you'd two dozen people in the saloon, no bubbly though you'd paid for it, and no heat, "
                   "on a bill of eleven hundred and fifty pounds. That's a miserable way for such a day to go. Did I miss anything?",
           "Ruby, two dozen, bubbly, eleven hundred and fifty; feeling; check."),
          ("partial", "Your fortieth anniversary, 24 guests, no champagne on board, heating broken, £1,150. I'm really sorry. "
                      "You might have checked the drinks order on boarding, but is that everything?",
           "All facts, feeling and check, but blames the customer."),
          ("poor", "You had forty guests for your twenty-fourth anniversary and the champagne was warm. Is that right?",
           "Numbers swapped; facts wrong; no feeling.")]),

    item("Our club paid £900 for the night photo charter. The engine was barely making any smoke and the lights were switched off "
         "thirty minutes early. Fifteen of us drove up from Leeds for that. What a waste.",
         [C("paid", "£900", "900", "nine hundred"),
          C("smoke", "smoke", "steam"),
          C("lights", "lights", "lighting", "floodlights"),
          C("early", "thirty minutes", "30 minutes", "half an hour"),
          C("people", "fifteen", "15")],
         [("good", "So fifteen of your members came down from Leeds on a nine-hundred-pound charter, the loco was hardly steaming for the cameras, "
                   "and we killed the lights half an hour before time. I can see why it felt like a wasted night. Have I got that right?",
           "Hardly steaming, half an hour; all facts; feeling; check."),
          ("partial", "Your club paid £900, there was almost no smoke, and the lights went off thirty minutes early for the fifteen of you from Leeds. "
                      "I'm sorry it felt wasted.", "No check."),
          ("poor", "Your club paid £900 for the day charter, and fifty of you came, but the smoke was too heavy for good photos. Is that right?",
           "Night/day wrong, count wrong, smoke reversed.")]),

    item("I gave £500 to the boiler fund in memory of my father, Henry Walsh. The plaque went up last month and it says 'Hendry'. "
         "I can't tell you how upset I am.",
         [C("amount", "£500", "500", "five hundred"),
          C("father", "father", "dad"),
          C("name", "Henry"),
          C("error", "Hendry", "misspelled", "spelt wrong", "spelled wrong")],
         [("good", "You donated five hundred pounds to the boiler appeal in your dad's memory, and the plaque put up a few weeks ago reads "
                   "'Hendry' instead of Henry. I'm so sorry — that's painful to see. Have I understood?", "All facts; feeling; check."),
          ("partial", "You gave £500 to the boiler fund in memory of your father, and the plaque has his name spelled wrong. "
                      "I'm so sorry, that must be hurtful. Is that right?", "One fact missing: the correct name, Henry."),
          ("poor", "You gave £50 in memory of your father Hendry and the plaque says Henry. Is that right?",
           "Amount wrong and names swapped; no feeling.")]),

    item("We hired your miniature railway for the school fete on Saturday. It arrived two hours late and ran for only three of the five "
         "hours we booked, with two hundred children queuing. We paid £650 and I was mortified.",
         [C("event", "school fete", "fete", "fair"),
          C("late", "two hours", "2 hours"),
          C("ran", "three", "3"),
          C("booked", "five", "5"),
          C("children", "two hundred", "200"),
          C("paid", "£650", "650", "six hundred and fifty", "six-fifty")],
         [("good", "For the school fair on Saturday the little railway rolled up a couple of hours behind and ran three hours out of the five "
                   "you'd paid six-fifty for, with around two hundred kids in the queue. I can imagine how mortifying that was. Is that right?",
           "A couple of hours, six-fifty; all facts; feeling; check."),
          ("partial", "The railway was two hours late for Saturday's fete and ran three of the five hours with 200 children waiting. "
                      "I'm sorry, that sounds mortifying. Have I got that right?", "One fact missing: the £650."),
          ("poor", "The railway ran for five hours but the fete only booked three, and the children didn't queue much. Anything else?",
           "Hours swapped, account reversed; no feeling.")]),

    item("I entered Novice 27 at your show on 9 May and paid £38. The times you emailed me were for somebody else's horse, "
         "so I missed my test, and you've refused to refund the fee. I'm livid.",
         [C("test", "Novice 27", "N27", "novice"),
          C("date", "9 May", "May 9", "9th"),
          C("fee", "£38", "38", "thirty-eight"),
          C("times", "someone else", "somebody else", "another horse", "wrong horse"),
          C("refund", "refund", "money back")],
         [("good", "You'd entered the N27 test on 9/5 and paid thirty-eight pounds; the times we sent belonged to another rider's horse, "
                   "you missed your slot, and we've said no to giving the money back. I completely understand why you're livid. "
                   "Is there anything else I should know?", "9/5, thirty-eight pounds; all facts; feeling; check."),
          ("partial", "You entered Novice 27 on 9 May, paid £38, got another horse's times and missed the test, and the refund was refused. "
                      "I can see why you're angry, but you should have double-checked the times. Is that right?",
           "All facts, feeling, check — but a 'you should' blame."),
          ("poor", "You entered Novice 27 on the 19th, sent us the wrong horse's details and missed the test. Is that correct?",
           "Date wrong, blame reversed onto the customer, no feeling.")]),

    item("You clipped my mare last Thursday and the clipper nicked her hind leg. She needed three stitches and the vet bill was £180. "
         "I'm really upset, she was fine before.",
         [C("day", "Thursday"),
          C("leg", "hind leg", "back leg"),
          C("stitches", "three", "3"),
          C("bill", "£180", "180", "hundred and eighty")],
         [("good", "When we clipped your mare last Thursday the blades cut her back leg; she had to have three stitches, "
                   "and the vet charged a hundred and eighty. I'm so sorry — of course you're upset. Have I got all that?",
           "All facts in other words; feeling; check."),
          ("partial", "Last Thursday our clipper nicked your mare's hind leg and she needed five stitches, with a £180 vet bill. "
                      "That's really upsetting. Is that right?", "One minor value wrong: five stitches for three."),
          ("poor", "Your mare kicked out during the clip last Thursday and cut her front leg. Is that right?",
           "Account reversed (mare's fault), leg wrong, bill missing.")]),

    item("My son Leo has autism and we paid £320 for a block of eight therapeutic riding sessions. Twice now you've cancelled with "
         "an hour's notice. Routine is everything for him and he had a meltdown both times. I'm at the end of my rope.",
         [C("name", "Leo"),
          C("paid", "£320", "320", "three hundred and twenty"),
          C("block", "eight", "8"),
          C("cancelled", "twice", "two times", "two sessions"),
          C("notice", "an hour", "one hour", "1 hour", "60 minutes")],
         [("good", "You paid three-twenty for Leo's course of eight sessions, and on two occasions we called off with just sixty minutes' warning; "
                   "because routine matters so much to him, both times ended in a meltdown. That sounds exhausting for you both. "
                   "Have I understood that properly?", "Three-twenty, two occasions, sixty minutes; feeling; check."),
          ("partial", "Leo's block of eight cost £320 and we've cancelled twice at an hour's notice, and each time he had a meltdown. "
                      "Have I got that right?", "No feeling."),
          ("poor", "Leo has missed two of his eight sessions, and you'd like to cancel the rest with an hour's notice. Is that right?",
           "Account reversed: customer cancelling, not us.")]),

    item("I part-loan Juniper two days a week for £35 a week. Three times this month the owner rode her on my Saturday without telling me. "
         "I feel cheated.",
         [C("horse", "Juniper"),
          C("days", "two days", "2 days", "twice a week"),
          C("fee", "£35", "35", "thirty-five"),
          C("times", "three times", "3 times", "three Saturdays"),
          C("when", "Saturday")],
         [("good", "You share Juniper twice weekly at thirty-five a week, and on three Saturdays this month the owner took her out on your day "
                   "with no word to you. I can see why you feel cheated. Is that right?", "All facts; feeling; check."),
          ("partial", "You part-loan Juniper two days a week for £35, and the owner has ridden her on your Saturday three times this month "
                      "without telling you. Is there anything to add?", "No feeling."),
          ("poor", "You've ridden Juniper on the owner's Saturday three times this month. Is that right?",
           "Account reversed; fee and days missing; no feeling.")]),

    item("I booked plaiting for 6 a.m. on show day, 21 June. The plaiter never came, so I did eleven plaits myself, they were rough, "
         "and the judge marked us down on turnout. I'm so angry.",
         [C("time", "6 a.m.", "6am", "six"),
          C("date", "21 June", "June 21", "21st"),
          C("no-show", "never came", "didn't turn up", "no-show", "didn't come"),
          C("plaits", "eleven", "11"),
          C("marked", "marked down", "turnout", "lost marks")],
         [("good", "On the twenty-first of June you had plaiting booked for six in the morning, nobody showed, you did the eleven yourself "
                   "and they weren't neat, and you lost marks for presentation. No wonder you're angry. Have I got that right?",
           "Presentation for turnout; all facts; feeling; check."),
          ("partial", "The plaiter didn't turn up at 6 a.m. on 21 June, you did twelve plaits yourself and the judge marked you down. "
                      "I'm sorry, that's infuriating. Is that right?", "One minor value wrong: twelve for eleven."),
          ("poor", "The plaiter came at six on the 21st, did eleven plaits and you got good marks. Anything else?",
           "Account reversed.")]),

    item("I hired your outdoor arena from seven to eight for a jumping lesson and the floodlights went off at 7:40. "
         "I still had to pay my coach her £45. It's just annoying.",
         [C("hire", "seven to eight", "7 to 8", "7-8", "7pm"),
          C("lights", "floodlights", "lights"),
          C("time", "7:40", "seven-forty", "twenty minutes early", "20 minutes early"),
          C("coach", "£45", "45", "forty-five", "coach")],
         [("good", "You'd booked the outside school 7 till 8 for jumping, the lights cut out twenty minutes before the end, and your coach "
                   "still needed her forty-five pounds. That's really annoying. Did I get that right?", "All facts; feeling; check."),
          ("partial", "You hired the arena seven to eight and the floodlights went off at 7:40, and you paid your coach £45. "
                      "Annoying, I know — but that's the timer system we use everywhere. Is that right?",
           "All facts, feeling, check, but adds a precedent excuse."),
          ("poor", "You hired the indoor school for a dressage lesson and the lights were on too long. Is that right?",
           "Arena and lesson wrong, account reversed.")]),

    item("Our 28-foot cruiser sank at her mooring on Boxing Day. You quoted £4,500 to raise her and the invoice came to £6,200. "
         "I'm shocked nobody warned us.",
         [C("length", "28", "twenty-eight"),
          C("day", "Boxing Day", "26 December", "26th"),
          C("quote", "£4,500", "4,500", "4500", "forty-five hundred"),
          C("invoice", "£6,200", "6,200", "6200", "sixty-two hundred")],
         [("good", "Your twenty-eight-footer went down on her mooring on the 26th of December; we quoted forty-five hundred to lift her "
                   "and billed sixty-two hundred, with no warning. I can understand the shock. Is that right?", "All facts; feeling; check."),
          ("partial", "Your 28-foot cruiser sank on Boxing Day, we quoted £4,500 and invoiced £6,200. Does that sound right?",
           "No feeling."),
          ("poor", "Your 28-foot cruiser sank on New Year's Day; the quote was £6,200 and the bill £4,500. Is that right?",
           "Date wrong; quote and invoice swapped.")]),
]
