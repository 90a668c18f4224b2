# Session 34's English restatement probe (paraen34): fourteen customers of my own (a bank app, a broadband
# price, a locksmith's lock, a card payment, a phone line, a holiday flight, an energy bill, a sofa repair, a
# flat's leak, a heating timer, a parcel abroad, an airline's bag weight, a shop till, a school trip). Each good
# restates every fact in free words: an event told with another verb or phrasal verb of the same meaning ("went
# down" / "took a tumble" for fell, "never turned up" for never arrived, "packed in" for stopped working, "put up"
# for raised), a person by another word ("your lad", "your boy", "your mum"), and a quantity said roughly by
# words that bound it ("just under a month" for 27 days, "a bit over an hour", "getting on for", "nearly").
# Each partial has exactly one shortfall (one fact left out, no feeling, or no check). Each poor turns ONE
# direction or role round in the same frame, the rest told right: from ↔ to, up ↔ down, locked out ↔ locked in,
# charged ↔ refunded, outgoing ↔ incoming, downgraded ↔ upgraded, overcharged ↔ undercharged, took away ↔
# brought, from above ↔ from below, off ↔ on, sent ↔ received, over ↔ under, declined ↔ accepted, dropped
# off ↔ picked up. Written before the first run (python3 build.py > paraphrases.jsonl).
import json

FEEL = {"id": "feeling", "any": ["sorry", "frustrating", "upsetting", "annoying", "worrying", "disappointing",
                                 "I understand", "I can see", "I can imagine", "must be", "must have been",
                                 "no wonder", "I'd feel", "sounds"]}
CHECK = {"id": "check", "any": ["is that right", "have I got that right", "did I get that right", "is that correct",
                                "have I understood", "did I miss anything", "anything else", "fair summary"]}

ITEMS = [
    ("01", "On Monday I moved £500 from my savings into my current account in your app. The money left my savings "
           "but it never arrived in the current account, and that was four days ago. Your chat just keeps telling me "
           "to wait. My rent is due on Friday and I'm really anxious.",
     [("amount", ["£500", "500", "five hundred"]),
      ("from", ["from your savings", "out of your savings", "left your savings"]),
      ("missing", ["never arrived", "hasn't arrived", "not arrived", "never reached"]),
      ("days", ["four days", "4 days"]),
      ("rent", ["rent"])],
     [("good", "So on Monday you shifted five hundred pounds out of your savings to your current account in the app; "
               "it came out of savings but never turned up on the other side, four days on, and our chat just says to "
               "hang on. With the rent going out on Friday, no wonder you're anxious. Have I got that right?",
       "Shifted, never turned up, the rent going out."),
      ("partial", "So on Monday you moved £500 out of your savings to your current account in the app, it left your "
                  "savings but never arrived, and that was four days ago. Our chat keeps telling you to wait. That "
                  "sounds really worrying. Is that right?",
       "The rent left out."),
      ("poor", "So on Monday you moved £500 from your current account into your savings in the app, it never arrived "
               "in your savings, that was four days ago, and our chat keeps telling you to wait. With rent due on "
               "Friday, I can see why you're anxious. Is that right?",
       "The two accounts turned round: from current to savings.")]),
    ("02", "My broadband bill went up by £12 a month in April without any warning. I've been with you for nine years "
           "and nobody wrote to tell me. When I rang, I waited fifty-five minutes to speak to someone. I feel like "
           "loyal customers get punished.",
     [("rise", ["went up", "increased", "price rise", "higher"]),
      ("amount", ["£12", "12", "twelve"]),
      ("years", ["nine years", "9 years"]),
      ("no-letter", ["nobody wrote", "no warning", "without warning", "no letter"]),
      ("wait", ["fifty-five minutes", "55 minutes"])],
     [("good", "So from April we put your broadband up twelve pounds a month out of the blue, nobody sent you a word "
               "about it after nine years with us, and when you phoned you were on hold for just under an hour. I can "
               "see why you feel loyalty gets punished. Did I get that right?",
       "Put up for went up, out of the blue, just under an hour for 55 minutes."),
      ("partial", "So your broadband went up by £12 a month in April with no warning, after nine years with us, and "
                  "nobody wrote to you. I can see why you feel punished for being loyal. Is that right?",
       "The wait on the phone left out."),
      ("poor", "So your broadband went down by £12 a month in April without any warning, after nine years with us, "
               "nobody wrote to you, and you waited fifty-five minutes on the phone. I can see why you feel punished. "
               "Is that right?",
       "Up turned round: went down.")]),
    ("03", "The smart lock you fitted on my front door last month jammed on Sunday night and I was locked out of my "
           "own flat with my two-year-old in the pushchair. Your emergency line didn't answer, and I paid a locksmith "
           "£180 to get in at midnight. I was beside myself.",
     [("lock", ["smart lock", "lock"]),
      ("locked-out", ["locked out", "couldn't get in", "shut out"]),
      ("child", ["two-year-old", "toddler", "little one"]),
      ("line", ["didn't answer", "no answer", "nobody answered"]),
      ("locksmith", ["£180", "180", "a hundred and eighty"])],
     [("good", "So the smart lock we put on your front door last month stuck on Sunday night, you couldn't get back "
               "into your flat with your toddler in the buggy, nobody picked up on our emergency line, and a "
               "locksmith charged you a hundred and eighty pounds to let you in at midnight. That must have been "
               "terrifying. Is that right?",
       "Stuck, couldn't get back in, nobody picked up, the buggy."),
      ("partial", "So the smart lock we fitted last month jammed on Sunday night and you were locked out of your flat "
                  "with your two-year-old, our emergency line didn't answer, and you paid a locksmith £180. Is that "
                  "right?",
       "No feeling."),
      ("poor", "So the smart lock we fitted last month jammed on Sunday night and you were locked in your flat with "
               "your two-year-old, our emergency line didn't answer, and you paid a locksmith £180 at midnight. That "
               "must have been terrifying. Is that right?",
       "Locked out turned round: locked in.")]),
    ("04", "You charged my card £64.99 twice for the same pair of boots on 2 November. I've sent three emails about "
           "it and nobody has replied. That's money I need for my son's school trip. I'm so frustrated.",
     [("twice", ["twice", "two times", "double"]),
      ("amount", ["£64.99", "64.99", "sixty-four ninety-nine"]),
      ("date", ["2 November", "November 2", "second of November"]),
      ("emails", ["three emails", "3 emails"]),
      ("trip", ["school trip", "trip"])],
     [("good", "So on the second of November we took sixty-four ninety-nine off your card two times over for one "
               "pair of boots, you've emailed us three times without a reply, and that's money your lad needs for "
               "his school trip. That's so frustrating. Have I got that right?",
       "Took off your card, two times over, your lad."),
      ("partial", "So on 2 November we charged your card £64.99 twice for one pair of boots, and nobody has answered "
                  "your three emails. That must be so frustrating. Is that right?",
       "The school trip left out."),
      ("poor", "So on 2 November we refunded £64.99 to your card twice for the same pair of boots, and nobody has "
               "replied to your three emails, and that's money for your son's school trip. That must be so "
               "frustrating. Is that right?",
       "Charged turned round: refunded.")]),
    ("05", "Since you moved my landline to the new system on the 8th, I can't make outgoing calls at all. People can "
           "ring me, but I can't ring out, not even to my daughter. I'm 81 and live alone, and it's been eleven days. "
           "I feel cut off.",
     [("moved", ["new system", "moved", "switched"]),
      ("date", ["8th", "eighth"]),
      ("outgoing", ["outgoing", "can't ring out", "can't make calls", "can't call out"]),
      ("days", ["eleven days", "11 days"]),
      ("alone", ["alone", "on your own", "by yourself"])],
     [("good", "So ever since we switched your landline over on the eighth, you can't phone out to anyone, your "
               "daughter included, though calls still come in; at 81 and on your own, that's a bit over a week and a "
               "half now. No wonder you feel cut off. Is that right?",
       "Phone out, a bit over a week and a half for eleven days."),
      ("partial", "So since we moved your landline to the new system on the 8th you can't make outgoing calls, not "
                  "even to your daughter, and that's been eleven days while you live alone. No wonder you feel cut "
                  "off.",
       "No check."),
      ("poor", "So since we moved your landline to the new system on the 8th you can't get incoming calls, people "
               "can't ring you, not even your daughter, and you live alone and it's been eleven days. No wonder you "
               "feel cut off. Is that right?",
       "Outgoing turned round: incoming.")]),
    ("06", "I paid £1,340 for premium economy seats to Singapore for my honeymoon, and at the gate we were moved down "
           "to economy with no explanation. The flight was thirteen hours. We've had £200 back and that's it. I feel "
           "completely cheated.",
     [("paid", ["£1,340", "1,340", "1340"]),
      ("downgrade", ["economy", "downgraded", "moved down"]),
      ("honeymoon", ["honeymoon"]),
      ("hours", ["thirteen hours", "13 hours"]),
      ("back", ["£200", "200", "two hundred"])],
     [("good", "So you spent thirteen hundred and forty pounds on premium economy to Singapore for your honeymoon, "
               "got bumped down to the back at the gate with no reason given, sat there for thirteen hours, and "
               "you've only been given two hundred back. I'd feel cheated too. Is that right?",
       "Bumped down to the back, thirteen hundred and forty."),
      ("partial", "So you paid £1,340 for premium economy to Singapore for your honeymoon and were moved to economy "
                  "at the gate with no explanation, and you've had £200 back. I'd feel cheated too. Is that right?",
       "The thirteen hours left out."),
      ("poor", "So you paid £1,340 for premium economy to Singapore for your honeymoon, and at the gate you were "
               "upgraded to business with no explanation for the thirteen-hour flight, and you've had £200 back. "
               "I'd feel cheated too. Is that right?",
       "Moved down turned round: upgraded.")]),
    ("07", "Your engineer read my electricity meter wrong in January and I've been overcharged £236 over three "
           "months. I sent you a photo of the real reading on the 4th and you still sent me a final demand. I'm a "
           "pensioner on a fixed income and this has really shaken me.",
     [("meter", ["meter", "reading"]),
      ("over", ["overcharged", "charged too much", "too much"]),
      ("amount", ["£236", "236", "two hundred and thirty-six"]),
      ("months", ["three months", "3 months"]),
      ("demand", ["final demand", "demand"])],
     [("good", "So our engineer got your meter reading wrong in January, you've paid two hundred and thirty-six pounds "
               "more than you should have across a quarter of a year, you sent us a picture of the right figure on "
               "the 4th, and we still sent you a final demand. On a fixed pension that must be really unsettling. "
               "Have I understood?",
       "Paid more than you should have, a quarter of a year."),
      ("partial", "So our engineer misread your meter in January and you've been overcharged £236 over three months, "
                  "you sent us a photo of the reading on the 4th, and we still sent a final demand. Is that right?",
       "No feeling."),
      ("poor", "So our engineer misread your meter in January and you've been undercharged £236 over three months, "
               "you sent a photo on the 4th, and we still sent you a final demand. That must be really unsettling. "
               "Is that right?",
       "Overcharged turned round: undercharged.")]),
    ("08", "Your driver took my sofa away for repair on 3 May and promised it back in two weeks. It's now 27 days and "
           "nobody can tell me where it is. My elderly mum has been sitting on a kitchen chair all this time. I'm "
           "livid.",
     [("taken", ["took", "collected", "picked up", "taken"]),
      ("date", ["3 May", "May 3", "third of May"]),
      ("promise", ["two weeks", "2 weeks"]),
      ("days", ["27 days", "twenty-seven days"]),
      ("mum", ["mum", "mother"])],
     [("good", "So our driver collected your sofa for repair on the third of May, said you'd have it back in a "
               "fortnight, it's now just under a month, nobody here can say where it is, and your mum's been perched "
               "on a kitchen chair the whole time. I'd be livid too. Is that right?",
       "A fortnight, just under a month for 27 days, perched."),
      ("partial", "So our driver took your sofa away for repair and promised it back in two weeks, it's now 27 days, "
                  "nobody can tell you where it is, and your mum has been sitting on a kitchen chair. I'd be livid "
                  "too. Is that right?",
       "The date left out."),
      ("poor", "So our driver brought your sofa back from repair on 3 May after promising it in two weeks, it's now "
               "27 days, nobody can tell you where it is, and your mum's been on a kitchen chair. I'd be livid too. "
               "Is that right?",
       "Took away turned round: brought back.")]),
    ("09", "Water has been coming through my bathroom ceiling from the flat above for six days. Your maintenance team "
           "came on Tuesday, looked, and left. The ceiling is bulging and my little boy can't use the bath. I'm at my "
           "wits' end.",
     [("above", ["from above", "flat above", "upstairs"]),
      ("ceiling", ["ceiling"]),
      ("days", ["six days", "6 days"]),
      ("left", ["left", "did nothing", "looked and left"]),
      ("bath", ["bath", "can't use"])],
     [("good", "So for nearly a week water's been dripping through your bathroom ceiling from upstairs, our "
               "maintenance team popped round on Tuesday, had a look and went off again, the ceiling's sagging, and "
               "your boy can't have his bath. That must be exhausting. Is that right?",
       "Nearly a week for six days, popped round, went off again, your boy."),
      ("partial", "So water has been coming through your bathroom ceiling from the flat above for six days, our team "
                  "came on Tuesday and left, and the ceiling is bulging. You must be at your wits' end. Is that right?",
       "The bath left out."),
      ("poor", "So water has been coming up through your bathroom floor from the flat below for six days, our team "
               "came on Tuesday and left, and your little boy can't use the bath. You must be at your wits' end. "
               "Is that right?",
       "From above turned round: from below.")]),
    ("10", "The heating timer your engineer installed switches the boiler off every night at about 2 a.m., and we wake "
           "up freezing. It's happened nine nights running. My wife has asthma and the cold makes it worse. I'm "
           "worried sick.",
     [("timer", ["timer"]),
      ("off", ["switches off", "turns off", "goes off", "off"]),
      ("time", ["2 a.m.", "2am", "two in the morning"]),
      ("nights", ["nine nights", "9 nights"]),
      ("asthma", ["asthma"])],
     [("good", "So the timer our engineer put in shuts your boiler down around two in the morning every night, you "
               "wake up frozen, it's done it nine nights on the trot, and the cold is making your wife's asthma "
               "worse. I can imagine how worried you are. Is that right?",
       "Shuts down, nine nights on the trot."),
      ("partial", "So the timer our engineer fitted switches the boiler off at about 2 a.m., you wake up freezing, "
                  "and it's happened nine nights running. I can imagine how worried you are. Is that right?",
       "The asthma left out."),
      ("poor", "So the timer our engineer fitted switches the boiler on every night at about 2 a.m., it's happened "
               "nine nights running, and the cold makes your wife's asthma worse. I can imagine how worried you "
               "are. Is that right?",
       "Off turned round: on.")]),
    ("11", "I sent a parcel to my granddaughter in Madrid for her birthday on 12 March, tracked, for £38. She never "
           "received it, and your tracking has said 'in transit' for three weeks. Her birthday has been and gone. "
           "I'm heartbroken.",
     [("sent", ["sent", "posted"]),
      ("granddaughter", ["granddaughter"]),
      ("price", ["£38", "38", "thirty-eight"]),
      ("never", ["never received", "never got", "never arrived", "hasn't arrived"]),
      ("weeks", ["three weeks", "3 weeks"])],
     [("good", "So on the 12th of March you posted a tracked birthday parcel to your granddaughter in Madrid for "
               "thirty-eight pounds, it never reached her, the tracking's been stuck on 'in transit' for twenty-one "
               "days, and her birthday's come and gone. That's heartbreaking. Have I got that right?",
       "Posted, never reached her, twenty-one days."),
      ("partial", "So you sent a tracked parcel to your granddaughter in Madrid on 12 March for £38, she never "
                  "received it, and the tracking has said in transit for three weeks. Is that right?",
       "No feeling."),
      ("poor", "So your granddaughter in Madrid sent you a tracked birthday parcel on 12 March for £38, you never "
               "received it, and the tracking has said in transit for three weeks. That's heartbreaking. Is that "
               "right?",
       "Sender and receiver turned round.")]),
    ("12", "At check-in your staff said my suitcase was 4 kilos over the limit and made me pay £65 on the spot. I "
           "weighed it at home and it was fine. Then the agent was rude to me in front of the whole queue. I was "
           "humiliated.",
     [("over", ["over", "overweight", "too heavy"]),
      ("kilos", ["4 kilos", "four kilos", "4 kg", "4kg"]),
      ("fee", ["£65", "65", "sixty-five"]),
      ("home", ["at home", "weighed it"]),
      ("rude", ["rude"])],
     [("good", "So at check-in our staff told you your case was four kilos too heavy and you had to hand over "
               "sixty-five pounds there and then, though you'd weighed it at home and it was fine, and the agent "
               "was rude to you in front of everyone queuing. That must have been humiliating. Is that right?",
       "Too heavy, hand over, there and then."),
      ("partial", "So at check-in we said your suitcase was 4 kilos over and charged you £65 on the spot, even though "
                  "you'd weighed it at home. That must have been humiliating. Is that right?",
       "The rude agent left out."),
      ("poor", "So at check-in our staff said your suitcase was 4 kilos under the limit and still made you pay £65, "
               "you'd weighed it at home, and the agent was rude to you in front of the queue. That must have been "
               "humiliating. Is that right?",
       "Over turned round: under.")]),
    ("13", "My card was declined at your till on Saturday with a full trolley, even though I had plenty in my "
           "account. The cashier announced it loudly and I had to leave everything behind. My bank says your machine "
           "was the problem. I was mortified.",
     [("declined", ["declined", "rejected", "didn't go through", "refused"]),
      ("saturday", ["Saturday"]),
      ("trolley", ["trolley", "shopping", "left everything"]),
      ("loud", ["loudly", "announced", "out loud"]),
      ("bank", ["bank", "machine"])],
     [("good", "So on Saturday your card got turned down at our till with a whole trolley of shopping, though there "
               "was plenty of money in your account, the cashier said so out loud, you had to walk away from the lot, "
               "and your bank says it was our card machine. I'd have been mortified too. Is that right?",
       "Turned down, walk away from the lot."),
      ("partial", "So on Saturday your card was declined at our till with a full trolley, the cashier announced it "
                  "loudly, and you had to leave your shopping. I'd have been mortified too. Is that right?",
       "The bank's word on the machine left out."),
      ("poor", "So on Saturday your card was accepted at our till but the cashier announced it loudly and you left "
               "your full trolley behind, and your bank says our machine was the problem. I'd have been mortified "
               "too. Is that right?",
       "Declined turned round: accepted.")]),
    ("14", "I booked your coach to pick my son up from the school trip at Dover at 6 p.m. It never arrived, and he "
           "and two friends were stranded at the port until 9:30. I had to drive 70 miles to get them. I'm "
           "absolutely furious.",
     [("pickup", ["pick up", "collect", "pick your son up"]),
      ("never", ["never arrived", "didn't arrive", "didn't turn up", "never came"]),
      ("time", ["6 p.m.", "6pm", "six o'clock"]),
      ("stranded", ["9:30", "half nine", "half past nine", "stranded"]),
      ("drive", ["70 miles", "seventy miles"])],
     [("good", "So our coach was meant to collect your lad from the school trip at Dover at six, it never showed up, "
               "he and two mates were stuck at the port till half past nine, and you had a seventy-mile drive to get "
               "them. I'd be absolutely furious too. Is that right?",
       "Your lad, never showed up, mates, till half past nine."),
      ("partial", "So our coach was booked to pick your son up at Dover at 6 p.m., it never arrived, and he and two "
                  "friends were stranded until 9:30. I'd be furious too. Is that right?",
       "The 70-mile drive left out."),
      ("poor", "So our coach was booked to drop your son off for the school trip at Dover at 6 p.m., it never "
               "arrived, he and two friends were stranded until 9:30, and you drove 70 miles to get them. I'd be "
               "furious too. Is that right?",
       "Pick up turned round: drop off.")]),
]

rows = []
for n, customer, facts, answers in ITEMS:
    criteria = [{"id": i, "any": a} for i, a in facts] + [FEEL, CHECK]
    for label, answer, why in answers:
        suffix = {"good": "g", "partial": "p", "poor": "po"}[label]
        rows.append({"id": f"pen34-{n}{suffix}", "lang": "en", "customer": customer, "criteria": criteria,
                     "answer": answer, "label": label, "why": why})
assert len(rows) == 42
assert len({r["answer"] for r in rows}) == 42
for r in rows:
    print(json.dumps(r, ensure_ascii=False))
