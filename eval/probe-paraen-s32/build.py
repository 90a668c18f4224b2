# Session 32's English restatement probe (paraen32): thirteen customers of my own (a bike shop, a hotel, a
# plumber, an airport shuttle, a removals firm, a bakery, a furniture shop, a dry cleaner, a phone repair, a
# taxi firm, a spa, a courier, a locksmith). Each partial has exactly one shortfall: the agent's own excuse
# inside the restatement (a concessive "though / although / but" clause, a generic present "do squeal",
# "these things happen", "that's normal"), a closing question that is not a check ("Would you like a
# refund?"), no feeling (or "I can see from our records", which names none), or one fact short or wrong.
# Each good says a value in another form whose arithmetic gives the customer's (three-quarters of an hour,
# a quarter to midnight, the last day of April, two and a half hours after the agreed eight o'clock, the
# first engineer beside the customer's second one). Each poor turns the account round. Written before the
# first run (python3 build.py > paraphrases.jsonl).
import json

FEEL = {"id": "feeling", "any": ["sorry", "frustrating", "annoying", "upsetting", "worrying", "stressful",
                                 "understand", "I can see", "I can imagine", "must be", "must have been",
                                 "no wonder", "disappointing", "let down"]}
CHECK = {"id": "check", "any": ["is that right", "have I got that right", "did I get that right", "is that correct",
                                "have I understood", "anything I've missed", "is that everything", "fair summary"]}

ITEMS = [
    ("01", "I dropped my bike off on Monday for the £60 service. You said it would be ready on Wednesday, but it "
           "wasn't ready until Saturday, and the brakes still squeal. I've been taking the bus to work all week.",
     [("price", ["£60", "60", "sixty"]),
      ("late", ["Saturday", "three days late"]),
      ("brakes", ["brakes", "squeal"]),
      ("bus", ["bus"])],
     [("good", "You left the bike with us on Monday for the sixty-pound service, were told Wednesday, and only got it "
               "back on Saturday with the brakes still squealing, so it's been the bus to work all week. That's "
               "really frustrating. Have I got that right?", "All facts, feeling, check."),
      ("partial", "You left the bike with us on Monday for the £60 service, it was promised for Wednesday but wasn't "
                  "ready until Saturday, and the brakes still squeal, though new brakes do squeal for the first few "
                  "rides. I can see how annoying a week on the bus has been. Is that right?",
       "Excuse inside the restatement: 'though new brakes do squeal'."),
      ("poor", "So you picked the bike up on Wednesday as promised and the gears are a little stiff. Is that right?",
       "Delay denied, fault wrong, no feeling.")]),
    ("02", "We checked in at your Harbour Road hotel on Friday and waited 45 minutes at reception because the room "
           "wasn't ready. Then the air conditioning didn't work all night. We paid £190 for the room and it was our "
           "anniversary.",
     [("wait", ["45 minutes", "forty-five minutes"]),
      ("room", ["room wasn't ready", "not ready"]),
      ("aircon", ["air conditioning", "aircon"]),
      ("price", ["£190", "190", "hundred and ninety"])],
     [("good", "You arrived on Friday and stood at reception for three-quarters of an hour because your room wasn't "
               "ready, then the air conditioning was dead all night, at a hundred and ninety pounds, on your "
               "anniversary. I'm so sorry, that must have been upsetting. Is that right?",
       "Forty-five minutes as three-quarters of an hour."),
      ("partial", "You arrived on Friday, waited 45 minutes at reception because the room wasn't ready, and then the "
                  "air conditioning didn't work all night, for £190 on your anniversary. I'm so sorry, that must "
                  "have been upsetting. Would you like me to arrange a refund?",
       "The closing question is an offer, not a check."),
      ("poor", "So your room was ready when you came and the heating was too high. Is that right?",
       "Wait denied, fault wrong, no feeling.")]),
    ("03", "The plumber was booked for 8 on Tuesday and turned up at half past ten, so I lost a morning's pay. Then "
           "he charged me £95 for the call-out, which your website says is free.",
     [("late", ["half past ten", "10:30", "two and a half hours", "late"]),
      ("pay", ["morning's pay", "lost a morning", "pay"]),
      ("charge", ["£95", "95", "ninety-five"]),
      ("free", ["free", "website"])],
     [("good", "Your plumber came two and a half hours after the agreed eight o'clock on Tuesday, which cost you a "
               "morning's pay, and then billed you ninety-five pounds for a call-out our website says is free. I "
               "can see why you're annoyed. Have I got that right?",
       "The arrival told as a length after the agreed time."),
      ("partial", "Your plumber was booked for eight on Tuesday and came at half past ten, so you lost a morning's "
                  "pay, and he charged £95 for the call-out the website says is free, although Tuesdays are always "
                  "our busiest day. I can see why you're annoyed. Have I got that right?",
       "Excuse inside the restatement: 'although Tuesdays are always our busiest day'."),
      ("poor", "So you weren't in when the plumber came at eight, and the call-out was free. Have I got that right?",
       "Account turned on the customer, charge denied.")]),
    ("04", "Our flight landed at 11:45 p.m. and the shuttle we'd booked and paid £40 for never came. We waited an "
           "hour with two tired kids and then took a taxi to the hotel.",
     [("landed", ["11:45", "quarter to twelve", "landed"]),
      ("shuttle", ["shuttle", "never came", "didn't come"]),
      ("paid", ["£40", "40", "forty"]),
      ("taxi", ["taxi", "cab"])],
     [("good", "You landed at a quarter to midnight, the shuttle you'd paid forty pounds for never turned up, and "
               "after an hour waiting with two worn-out children you got a taxi to the hotel. No wonder you're "
               "upset. Did I get that right?", "11:45 p.m. told as a quarter to midnight."),
      ("partial", "You landed at a quarter to midnight, the shuttle you'd paid forty pounds for never turned up, and "
                  "after an hour waiting with your two children you took a taxi to the hotel. Did I get that right?",
       "No feeling."),
      ("poor", "So the shuttle waited for you for an hour and you took a taxi instead. Did I get that right?",
       "Account reversed: the shuttle waited for them.")]),
    ("05", "Your removals team moved us on 30 April. They broke the glass top of our dining table and left three "
           "boxes behind at the old flat. The move cost £1,150.",
     [("table", ["table", "glass top"]),
      ("boxes", ["three boxes", "3 boxes", "boxes"]),
      ("price", ["£1,150", "1,150", "1150", "eleven hundred and fifty", "eleven-fifty"]),
      ("date", ["30 April", "30th of April", "thirtieth of April"])],
     [("good", "Our team moved you on the last day of April, broke the glass top of your dining table and left "
               "three boxes at the old flat, for eleven hundred and fifty pounds. I'm sorry, that's a really "
               "disappointing end to a move. Is that right?", "30 April told as the last day of April."),
      ("partial", "Our team moved you on the last day of April, broke the glass top of your dining table and left "
                  "three boxes at the old flat. I'm sorry, that's a really disappointing end to a move. Is that "
                  "right?", "The price left out."),
      ("poor", "So the table was already chipped and you forgot three boxes at the flat. Is that right?",
       "Fault put on the customer.")]),
    ("06", "I ordered a birthday cake for my daughter's party on Saturday. The icing had melted by the time it "
           "arrived and her name was spelt Ellie instead of Elly. It cost £48.",
     [("icing", ["icing", "melted"]),
      ("name", ["Ellie", "spelt", "spelled", "misspelt", "name"]),
      ("price", ["£48", "48", "forty-eight"]),
      ("party", ["party", "birthday"])],
     [("good", "The forty-eight-pound cake for your daughter's party on Saturday came with the icing melted and her "
               "name written Ellie when it's Elly. That must have been upsetting on her birthday. Is that right?",
       "All facts, feeling, check."),
      ("partial", "The £48 cake for your daughter's party on Saturday arrived with the icing melted and her name "
                  "spelt Ellie instead of Elly, but these things do happen in hot weather. I'm sorry it spoilt her "
                  "birthday. Is that right?", "Excuse inside the restatement: 'these things do happen'."),
      ("poor", "So the cake arrived fine and you spelt the name Ellie on the order. Is that right?",
       "Melting denied and the spelling put on the customer.")]),
    ("07", "The sofa we bought from you in May already sags in the middle, the seat cushions have gone flat, and "
           "one leg wobbles. It was £1,400 and it's only eight weeks old.",
     [("sags", ["sags", "sagging", "sinks"]),
      ("cushions", ["cushions", "flat"]),
      ("leg", ["leg", "wobbles"]),
      ("age", ["eight weeks", "8 weeks", "two months"])],
     [("good", "Your sofa from May, fourteen hundred pounds and just eight weeks old, already sinks in the middle, "
               "the seat cushions are flat and a leg wobbles. I understand how let down you feel. Have I got that "
               "right?", "All facts, feeling, check."),
      ("partial", "Your £1,400 sofa from May already sags in the middle, the cushions have gone flat and a leg "
                  "wobbles, which is normal for feather cushions in the first months, and it's only eight weeks "
                  "old. I understand how let down you feel. Have I got that right?",
       "Excuse inside the restatement: 'which is normal for feather cushions'."),
      ("poor", "So the sofa is eight months old and one cushion is a bit soft. Have I got that right?",
       "Age wrong and faults minimised.")]),
    ("08", "I took my wool coat in for cleaning and it came back two sizes smaller. The ticket says £22 and the "
           "coat cost me £300 last winter. I have a funeral to go to on Thursday.",
     [("shrunk", ["smaller", "shrunk", "shrank"]),
      ("ticket", ["£22", "22", "twenty-two"]),
      ("coat", ["£300", "300", "three hundred"]),
      ("funeral", ["funeral", "Thursday"])],
     [("good", "Your wool coat, three hundred pounds last winter, came back from our twenty-two-pound clean two "
               "sizes smaller, and you need it for a funeral on Thursday. I'm so sorry, that's the last thing you "
               "need right now. Is that right?", "All facts, feeling, check."),
      ("partial", "Your wool coat, £300 last winter, came back from our £22 clean two sizes smaller, and you need it "
                  "for a funeral on Thursday. I can see your ticket here on my screen. Is that right?",
       "No feeling: 'I can see your ticket' names none."),
      ("poor", "So the coat came back a little loose and the funeral was last Thursday. Is that right?",
       "Shrinking reversed, date wrong, no feeling.")]),
    ("09", "I brought my phone in for a new screen and the first engineer said two days. Then a second engineer "
           "told me it needs a new motherboard for £180 more. It's been a week and I have no phone for work.",
     [("screen", ["screen"]),
      ("second", ["second engineer", "another engineer", "someone else"]),
      ("cost", ["£180", "180", "hundred and eighty"]),
      ("week", ["a week", "week", "seven days"])],
     [("good", "You brought the phone in for a screen and the first engineer said two days; then another engineer "
               "said it needs a motherboard, a hundred and eighty pounds on top, and a week on you're without a "
               "work phone. I can see why that's so frustrating. Is that right?",
       "The first engineer beside the customer's second one."),
      ("partial", "You brought the phone in for a screen and were told two days; then another engineer said it needs "
                  "a motherboard for £180 more, and it's been a week without a work phone. I can see why that's so "
                  "frustrating. Can I take your order number?",
       "The closing question asks for a number, not a check."),
      ("poor", "So the first engineer said it needed a motherboard and the second fixed the screen in two days. Is "
               "that right?", "Engineers swapped, delay denied.")]),
    ("10", "I booked a taxi to the station for 7 and it came at 7:40. I missed my 8:05 train to Leeds and had to buy "
           "a new ticket for £64.",
     [("late", ["7:40", "seven forty", "forty minutes", "twenty to eight"]),
      ("train", ["train", "8:05", "Leeds"]),
      ("ticket", ["£64", "64", "sixty-four"]),
      ("missed", ["missed"])],
     [("good", "Your taxi turned up forty minutes after the seven o'clock you'd booked, so you missed the five past "
               "eight to Leeds and had to pay sixty-four pounds for another ticket. No wonder you're fed up. Is "
               "that right?", "The arrival told as a length after the booked time."),
      ("partial", "Your taxi turned up at twenty to eight instead of seven, so you missed the 8:05 to Leeds and had to "
                  "pay £46 for another ticket. No wonder you're fed up. Is that right?",
       "One value wrong: £46 for £64."),
      ("poor", "So you were late for the taxi at seven and it left without you. Is that right?",
       "Lateness put on the customer.")]),
    ("11", "I booked a 90-minute massage at your spa for £85 and it was over after an hour. The therapist also "
           "used an oil I'd said I was allergic to, and my arms came up in a rash.",
     [("short", ["an hour", "60 minutes", "sixty minutes", "half an hour short"]),
      ("price", ["£85", "85", "eighty-five"]),
      ("oil", ["oil", "allergic"]),
      ("rash", ["rash"])],
     [("good", "You paid eighty-five pounds for an hour and a half and got a full half hour less, and the therapist "
               "used the oil you'd told her you're allergic to, so your arms came up in a rash. I'm sorry, that "
               "must have been really worrying. Did I get that right?", "Sixty minutes told as half an hour less."),
      ("partial", "You booked a 90-minute massage for £85, it was over after an hour, and the therapist used the oil "
                  "you're allergic to, so your arms came up in a rash, though reactions like that usually settle "
                  "within a day. I'm sorry, that must have been worrying. Did I get that right?",
       "Minimising inside the restatement: 'though reactions like that usually settle'."),
      ("poor", "So the massage ran over by half an hour and you have a small mark on one arm. Did I get that right?",
       "Length reversed, rash minimised, no feeling.")]),
    ("12", "Your courier left my parcel on the doorstep on Tuesday even though I'd asked for a signature. It was a "
           "£250 camera lens and it's gone. Your chat line just keeps closing my case.",
     [("doorstep", ["doorstep", "left outside"]),
      ("signature", ["signature", "signed"]),
      ("lens", ["lens", "camera", "£250", "250"]),
      ("case", ["closing", "closed", "case"])],
     [("good", "On Tuesday our courier left your parcel on the doorstep, though you'd asked for a signature, and the "
               "two-hundred-and-fifty-pound camera lens in it is gone, and the chat line keeps closing your case. "
               "I completely understand how frustrating that is. Is that right?",
       "A concessive clause that is the customer's own story; feeling, check."),
      ("partial", "On Tuesday our courier left your parcel on the doorstep though you'd asked for a signature, and "
                  "the £250 camera lens is gone, but parcels do go missing around this time of year, and the chat line "
                  "keeps closing your case. I understand how frustrating that is. Is that right?",
       "Excuse inside the restatement: 'parcels do go missing'."),
      ("poor", "So you weren't in to sign on Tuesday and the lens was returned to us. Is that right?",
       "Account reversed, loss denied.")]),
    ("13", "I was locked out on Sunday night and your locksmith quoted £80 on the phone. He took twenty minutes, "
           "then charged £210 because it was a weekend. Nobody mentioned that.",
     [("sunday", ["Sunday", "weekend"]),
      ("quote", ["£80", "80", "eighty"]),
      ("charge", ["£210", "210", "two hundred and ten"]),
      ("told", ["nobody mentioned", "no one mentioned", "nobody told", "wasn't mentioned", "not told"])],
     [("good", "You were locked out on Sunday night, were quoted eighty pounds on the phone, and after a third of an "
               "hour's work you were charged two hundred and ten for the weekend, which nobody had mentioned. I can "
               "see why that feels unfair. Have I understood that correctly?",
       "Twenty minutes as a third of an hour."),
      ("partial", "You were locked out on Sunday night, quoted £80 on the phone, and after twenty minutes charged "
                  "£210 for the weekend, which nobody had mentioned. I can see why that feels unfair.",
       "No check question."),
      ("poor", "So you were quoted the weekend rate and the job took two hours. Have I understood that correctly?",
       "Quote turned round, length wrong.")]),
]

rows = []
for n, customer, facts, answers in ITEMS:
    criteria = [{"id": i, "any": a} for i, a in facts] + [FEEL, CHECK]
    for label, answer, why in answers:
        suffix = {"good": "g", "partial": "p", "poor": "po"}[label]
        rows.append({"id": f"pen32-{n}{suffix}", "lang": "en", "customer": customer, "criteria": criteria,
                     "answer": answer, "label": label, "why": why})
assert len(rows) == 39
for r in rows:
    print(json.dumps(r, ensure_ascii=False))
