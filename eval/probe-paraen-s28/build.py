# Session 28's English restatement probe (paraen28): twelve customers, each with a good
# restatement in the trainee's own words (a count with words before its noun, a thing said to be
# had "nothing" of, "nothing beyond" an exception, a one-word wording in another form, a bare
# "a couple", other verbs and nouns of one sense), a partial one fact, the feeling or the check
# short, and a poor one that reverses a fact or gives a wrong value. Written before the first run
# (python3 build.py > paraphrases.jsonl).
import json

FEEL = {"id": "feeling", "any": ["sorry", "frustrating", "annoying", "upsetting", "worrying", "stressful",
                                 "understand how you feel", "must be", "I can see why", "no wonder", "miserable"]}
CHECK = {"id": "check", "any": ["is that right", "have I got that right", "did I get that right", "is that correct",
                                "have I got all that", "anything I've missed"]}

ITEMS = [
    ("01", "I ordered three large plant pots from your website for £85. Only one turned up, and when I rang, the depot "
           "told me they have no record of the other two. I've got a garden party on Sunday and I'm stressed.",
     [("ordered", ["three pots", "3 pots", "three plant pots"]),
      ("one", ["only one arrived", "one turned up", "only one"]),
      ("norecord", ["no record", "depot has no record", "can't find the other two"]),
      ("price", ["£85", "85 pounds", "eighty-five pounds"])],
     [("good", "So you paid eighty-five pounds for three big terracotta pots, only one of them came, and the depot "
               "has no record of the other two, with your garden party on Sunday. That's stressful. Have I got that right?",
       "Count with two words before its noun; the rest close to the customer's words."),
      ("partial", "You ordered three large pots for £85, only one came and the depot has no record of the rest. Is that right?",
       "Facts, no feeling."),
      ("poor", "So two of the three pots arrived and the depot is tracking the last one. Don't worry, it'll turn up. Is that right?",
       "Wrong count; brushes the customer off.")]),
    ("02", "I cancelled my gym membership on 1 May by email. They've taken £42 twice since then, and all I've had back "
           "is an automated message. I feel completely ignored.",
     [("cancelled", ["cancelled on 1 May", "cancelled in May", "1 May"]),
      ("taken", ["taken twice", "charged twice", "£42 twice", "two more payments"]),
      ("reply", ["automated message", "automatic reply", "auto-reply"])],
     [("good", "You cancelled by email on the first of May, yet we've taken forty-two pounds from you twice since, and you've "
               "heard nothing beyond an automatic response. I can see why you feel ignored. Is that right?",
       "'nothing beyond' an automatic response: that reply was had."),
      ("partial", "You cancelled by email on the first of May, yet we've taken forty-two pounds from you twice since, and "
                  "you've heard nothing beyond an automatic response. Is that right?",
       "No feeling."),
      ("poor", "You cancelled in May, the £42 was refunded twice and you got a full reply. I understand. Is that right?",
       "Charges said as refunds; reply said as full.")]),
    ("03", "The technician came to fix my dishwasher on Monday and put in a new pump, but it's still leaking all over the "
           "kitchen floor. I had to take a day off work for the visit.",
     [("pump", ["new pump", "replaced"]),
      ("leak", ["still leaking", "leaks"]),
      ("dayoff", ["day off", "took a day off", "time off work"])],
     [("good", "So on Monday our technician came out and replacing the pump hasn't stopped your dishwasher leaking onto the "
               "kitchen floor, and you'd taken the day off for it. That's really frustrating. Did I get that right?",
       "'replacing' for the wording 'replaced'."),
      ("partial", "The dishwasher's still leaking after Monday's visit and you took a day off for it. That's frustrating. Is that right?",
       "The new pump left out."),
      ("poor", "So the new pump fixed the leak and you just want the day's pay back? Is that right?",
       "Leak said as fixed.")]),
    ("04", "I left my son's school blazer at your dry cleaner's on the 3rd. I went back to collect it yesterday and the "
           "shop says they haven't got it. It cost £60 and he needs it on Monday.",
     [("left", ["left on the 3rd", "on the 3rd", "3rd"]),
      ("notthere", ["haven't got it", "don't have it", "can't find it", "lost"]),
      ("price", ["£60", "60 pounds", "sixty pounds"]),
      ("monday", ["Monday", "needs it on Monday"])],
     [("good", "You dropped your son's blazer off with us on the third, and when you went to pick it up yesterday the shop "
               "had nothing for you. It cost sixty pounds and he needs it on Monday. That must be worrying. Is that right?",
       "'the shop had nothing' for 'haven't got it'."),
      ("partial", "You dropped your son's blazer off with us on the third and the shop hasn't got it, and it cost sixty pounds. "
                  "That must be worrying. Is that right?",
       "Monday left out."),
      ("poor", "You left the blazer on the 3rd and the shop handed it back yesterday, and it cost sixty pounds. Is that right?",
       "Blazer said as returned.")]),
    ("05", "We booked your minibus to take 14 guests from the hotel to the wedding at 1pm. It turned up at 1:40 and two "
           "elderly relatives had to get taxis because there wasn't room. My mum was in tears.",
     [("guests", ["14 guests", "fourteen guests", "14 people"]),
      ("late", ["1:40", "forty minutes late", "twenty to two"]),
      ("taxis", ["taxis", "two relatives"]),
      ("room", ["no room", "wasn't room", "not enough seats"])],
     [("good", "So the minibus for your fourteen wedding guests, due at one, didn't come until twenty to two, and two of your "
               "older relatives had to take cabs because there weren't enough seats. I'm so sorry your mum was upset. "
               "Have I got all that?",
       "Cabs for taxis; seats for room."),
      ("partial", "The minibus for your fourteen guests was due at one and came at twenty to two, and there weren't enough "
                  "seats. I'm sorry. Is that right?",
       "Taxis left out."),
      ("poor", "The minibus came at 1pm for fourteen guests and there was plenty of room. Is that right?",
       "Time and room both wrong.")]),
    ("06", "I booked a lakeside cabin for four nights from Friday. When we got there the hot water wasn't working, and the "
           "manager said nobody could come out until Monday. We had cold showers the whole weekend.",
     [("nights", ["four nights", "4 nights"]),
      ("hotwater", ["no hot water", "hot water wasn't working", "hot water broken"]),
      ("monday", ["until Monday", "not before Monday"]),
      ("cold", ["cold showers", "cold water"])],
     [("good", "So you'd booked the cabin by the lake for four nights from Friday, the hot water was off when you arrived, the "
               "manager said no one could get there before Monday, and you were stuck with freezing showers all weekend. "
               "That sounds miserable. Is that right?",
       "'was off', 'before Monday', 'freezing showers'."),
      ("partial", "You booked the cabin for four nights, there was no hot water, nobody could come until Monday and you had "
                  "cold showers all weekend. Is that right?",
       "No feeling."),
      ("poor", "You had four nights in the cabin and the manager fixed the hot water on Friday. Is that right?",
       "Hot water said as fixed.")]),
    ("07", "My physio cancelled two of my six sessions on the morning itself, and I'd already paid £240 upfront. My knee is "
           "getting worse and I'm worried about my surgery date.",
     [("cancelled", ["two cancelled", "cancelled two", "two sessions cancelled"]),
      ("sessions", ["six sessions", "6 sessions"]),
      ("paid", ["£240", "240 pounds", "paid upfront"])],
     [("good", "Out of the six sessions you paid two hundred and forty pounds for in advance, your physio called off a couple "
               "on the day itself, and your knee is getting worse. I can see why you're worried with surgery coming. Is that right?",
       "'called off a couple' for two cancelled."),
      ("partial", "Your physio called off two of your six sessions on the day and your knee's getting worse. I can see why "
                  "you're worried. Is that right?",
       "Amount paid left out."),
      ("poor", "Your physio cancelled four of your six sessions and you paid £240. I can see why you're worried. Is that right?",
       "Four for two.")]),
    ("08", "Your courier left my parcel on the doorstep in the rain on Tuesday. The box was soaked through and the jumper "
           "inside is ruined. It was a birthday present for my wife.",
     [("doorstep", ["doorstep", "outside the door"]),
      ("wet", ["soaked", "drenched", "wet through"]),
      ("ruined", ["ruined", "damaged"]),
      ("present", ["birthday present", "present for your wife"])],
     [("good", "On Tuesday the driver left your parcel outside the front door in the rain, the box got drenched and the "
               "jumper inside is spoiled, and it was your wife's birthday gift. I'm so sorry. Did I get that right?",
       "Spoiled for ruined; gift for present."),
      ("partial", "On Tuesday the driver left your parcel on the doorstep in the rain, the box was soaked and the jumper's "
                  "ruined. I'm so sorry. Did I get that right?",
       "The present for the wife left out."),
      ("poor", "The courier handed your parcel to you on Tuesday and the jumper's fine, just the box got a bit wet. Is that right?",
       "Left outside said as handed over; ruined said as fine.")]),
    ("09", "The new card reader you installed in my salon on Monday doesn't connect to the Wi-Fi. I've lost three days of "
           "card payments and customers are walking out.",
     [("reader", ["card reader", "new reader"]),
      ("wifi", ["doesn't connect", "won't connect", "no connection"]),
      ("days", ["three days", "3 days"]),
      ("customers", ["customers walking out", "customers leaving", "lost customers"])],
     [("good", "Since Monday the new card reader we fitted in your salon won't link up to the Wi-Fi, you've been without card "
               "payments for three days and clients are leaving. That must be so stressful. Is that right?",
       "'won't link up' for connect; clients for customers."),
      ("partial", "The new card reader we fitted won't connect to the Wi-Fi and customers are leaving. That must be stressful. "
                  "Is that right?",
       "Three days left out."),
      ("poor", "The card reader connects fine but your customers are leaving. Is that right?",
       "Connection said as fine.")]),
    ("10", "I was promised a £50 voucher after my flight was delayed eight hours. Three weeks later the airline's app still "
           "shows nothing, and the call centre keeps saying it's processing. I'm fed up.",
     [("voucher", ["£50 voucher", "50 pound voucher", "voucher"]),
      ("delay", ["eight hours", "8 hours", "eight-hour delay"]),
      ("app", ["app shows nothing", "not in the app", "still nothing"]),
      ("weeks", ["three weeks", "3 weeks"])],
     [("good", "After your eight-hour delay you were told you'd get a fifty-pound voucher, and three weeks on the app still "
               "has nothing and the call centre just says it's processing. I can see why you're fed up. Is that right?",
       "'the app still has nothing'."),
      ("partial", "After your eight-hour delay you were promised a fifty-pound voucher and the app still shows nothing. I can "
                  "see why you're fed up. Is that right?",
       "Three weeks left out."),
      ("poor", "So the £50 voucher came through in the app after the eight-hour delay, and you just want to check it? Is that right?",
       "Voucher said as received.")]),
    ("11", "My landlord's agent, your company, kept £300 of my deposit for cleaning, but I paid a professional cleaner £120 "
           "before I left and I have the receipt. I feel cheated.",
     [("kept", ["kept £300", "£300", "three hundred pounds"]),
      ("cleaner", ["professional cleaner", "paid a cleaner", "£120"]),
      ("receipt", ["receipt", "proof"])],
     [("good", "We held back three hundred pounds of your deposit for cleaning, even though you'd paid a professional a "
               "hundred and twenty to clean before moving out, and you've kept the receipt. I can see why you feel cheated. "
               "Is that right?",
       "'held back' for kept; the cleaner's fee in words."),
      ("partial", "We kept three hundred pounds of your deposit even though you paid a cleaner a hundred and twenty. I can "
                  "see why you feel cheated. Is that right?",
       "Receipt left out."),
      ("poor", "You were charged £120 for cleaning and the £300 deposit was returned. Is that right?",
       "Deposit said as returned.")]),
    ("12", "Our cleaner broke a glass vase at my office last Thursday and hid the pieces in the bin. Nobody told me — I "
           "found them myself on Friday. The vase was worth £400.",
     [("broke", ["broke a vase", "broken vase", "vase"]),
      ("hid", ["hid", "hidden", "concealed"]),
      ("told", ["nobody told", "didn't tell", "not told"]),
      ("worth", ["£400", "400 pounds"])],
     [("good", "So last Thursday our cleaner smashed the glass vase in your office and hid the pieces in the bin, nobody said "
               "a word, you found them yourself on Friday, and it was worth four hundred pounds. I'm sorry, that's upsetting. "
               "Is that right?",
       "Smashed for broke; nobody said a word."),
      ("partial", "So last Thursday our cleaner broke the vase in your office and hid the pieces, and nobody told you. I'm sorry, "
                  "that's upsetting. Is that right?",
       "Worth left out."),
      ("poor", "Our cleaner told you on Thursday that she broke the vase, and it was worth £400. Is that right?",
       "Not told said as told; hidden left out.")]),
]

for n, customer, facts, answers in ITEMS:
    criteria = [{"id": k, "any": v} for k, v in facts] + [FEEL, CHECK]
    for label, text, why in answers:
        print(json.dumps({"id": f"pen28-{n}{label[0]}", "lang": "en", "customer": customer, "criteria": criteria,
                          "answer": text, "label": label, "why": why}, ensure_ascii=False))
