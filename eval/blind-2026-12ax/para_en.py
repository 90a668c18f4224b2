# English paraphrase items, written by hand for blind round 2026-12ax.
# Each item: customer statement, criteria (facts, then feeling, then check), three answers (label, text, why).
# The "any" lists give a few natural accepted wordings as examples; they are not exhaustive.

FEEL = {"id": "feeling", "any": ["frustrating", "upsetting", "must have been", "I can see why", "sorry",
                                 "understand how you feel", "worrying", "disappointing", "no wonder"]}
CHECK = {"id": "check", "any": ["is that right", "have I got that right", "did I get that right", "is that correct",
                                "anything to add", "anything I've missed", "does that sound right", "correct me"]}


def item(customer, facts, answers):
    return {"customer": customer,
            "criteria": [{"id": k, "any": v} for k, v in facts] + [FEEL, CHECK],
            "answers": answers}


ITEMS = [
    item("I booked my daughter into six aerial silks classes for ninety pounds, and three of them were cancelled "
         "with less than an hour's notice. She'd practised all week and ended up in tears. I want those three sessions made up.",
         [("classes", ["six classes", "6 classes", "six sessions"]),
          ("price", ["ninety pounds", "£90", "90 pounds"]),
          ("cancelled", ["three cancelled", "three were cancelled", "half of them"]),
          ("notice", ["less than an hour", "under an hour", "short notice"]),
          ("makeup", ["made up", "make-up sessions", "replacement sessions"])],
         [("good", "Let me make sure I've understood: you paid £90 for a block of half a dozen silks lessons, half of them were "
                   "called off with barely sixty minutes' warning, and you'd like the missed three rescheduled. After a week of "
                   "practice, I can only imagine how gutted she was. Have I got all of that?",
           "All facts in new wording (half a dozen, half of them, barely sixty minutes' warning, rescheduled), feeling, check."),
          ("partial", "So six classes at ninety pounds, three cancelled with under an hour's notice, and you want those three "
                      "made up. Is that correct?",
           "Facts complete and a check, but no acknowledgement of the feeling."),
          ("poor", "Got it — so your daughter missed three classes and you'd like a refund. That's frustrating. Anything else?",
           "Account reversed (the school cancelled; she wants make-ups, not a refund); price and notice missing; false 'got it'.")]),

    item("We booked your juggling workshop for thirty Year 5 pupils on the twelfth of March. The tutor only brought ten sets "
         "of clubs, so two-thirds of the class sat watching for forty minutes. I was embarrassed in front of the head teacher.",
         [("pupils", ["thirty pupils", "30 pupils", "thirty children"]),
          ("date", ["twelfth of March", "12 March", "March 12th"]),
          ("sets", ["ten sets", "10 sets", "ten sets of clubs"]),
          ("watching", ["two-thirds", "twenty children", "sat watching", "sat out"]),
          ("duration", ["forty minutes", "40 minutes"])],
         [("good", "So on 12/3 the tutor turned up with clubs for only ten of your 30 Year 5s, which left twenty of them on the "
                   "sidelines for the best part of forty minutes — and in front of your head, too. That's really awkward for you, "
                   "and I'm sorry. Is that how it went?",
           "All facts in other forms (12/3, twenty on the sidelines, best part of forty minutes), feeling, check."),
          ("partial", "So thirty pupils on the 12th of March, only ten sets of clubs, and most of the class sat watching for "
                      "twenty minutes. That sounds embarrassing. Have I got that right?",
           "One minor value wrong: twenty minutes for forty; otherwise complete with feeling and check."),
          ("poor", "So the pupils didn't want to join in and sat out for forty minutes? Kids can be like that. Anything else?",
           "What happened is wrong (not enough clubs, not unwilling children); brush-off; no feeling or check.")]),

    item("I paid four hundred pounds for two stilt-walkers at our carnival on Saturday. They were meant to be there at "
         "eleven for the start of the parade and didn't show up until half past twelve. The whole committee is asking me what happened.",
         [("amount", ["four hundred pounds", "£400", "400 pounds"]),
          ("walkers", ["two stilt-walkers", "2 stilt-walkers", "a pair of stilt-walkers"]),
          ("due", ["eleven", "11 o'clock", "11am"]),
          ("arrived", ["half past twelve", "12.30", "12:30"]),
          ("missed", ["start of the parade", "missed the parade", "parade start"])],
         [("good", "Right — you'd paid £400 for a pair of stilt-walkers for Saturday's carnival, they should have been ready for "
                   "the parade setting off at 11, and they only appeared at 12:30, an hour and a half late, so they missed it. "
                   "And now the committee is coming to you for answers, which isn't fair on you. Did I get that right?",
           "All facts (an hour and a half late = 12:30), feeling, check."),
          ("partial", "So you paid four hundred pounds for two stilt-walkers, due at eleven for the parade, and they arrived at "
                      "half twelve. I can see why the committee is asking. To be fair, the traffic on carnival day is never our fault. "
                      "Is that right?",
           "Complete restatement with feeling and check, but shifts blame ('never our fault')."),
          ("poor", "So the stilt-walkers arrived at eleven and left at half twelve, before the parade ended? Is that right?",
           "Account wrong: presents the walkers as arriving on time and leaving early; amount missing; no feeling.")]),

    item("We booked your fire performers for our wedding on the eighth of June and paid a six-hundred-and-fifty-pound deposit. "
         "The venue needed your insurance certificate a week before, but it only arrived the day before, so they banned the fire show. "
         "Our guests were really disappointed and so were we.",
         [("date", ["eighth of June", "8 June", "June 8th"]),
          ("deposit", ["six hundred and fifty", "£650", "650 pounds"]),
          ("deadline", ["a week before", "seven days before", "week in advance"]),
          ("late", ["day before", "the day before", "only the day before"]),
          ("banned", ["banned", "cancelled the fire show", "wouldn't allow", "refused"])],
         [("good", "So for your 8/6 wedding you'd put down £650, the venue wanted our insurance paperwork seven days ahead, it "
                   "reached them only on the eve of the wedding, and they pulled the fire act. That must have been such a letdown "
                   "on your big day. Have I understood that properly?",
           "All facts in new words (put down, seven days ahead, on the eve, pulled the act), feeling, check."),
          ("partial", "So the wedding was on the 8th of June, you paid a £650 deposit, the certificate arrived the day before "
                      "rather than a week ahead, and the venue stopped the show. Is that correct?",
           "All facts and a check, no feeling."),
          ("poor", "So the venue banned fire shows altogether and you'd like your deposit of £150 back? Understood, sorry about that.",
           "Cause wrong (not the late certificate), amount wrong, no check.")]),

    item("I bought a ten-lesson unicycle pack for my son for a hundred and twenty pounds. In five weeks he's had three different "
         "instructors, and each one starts him again from scratch. He's getting nervous and says he wants to quit.",
         [("pack", ["ten-lesson", "10 lessons", "ten lessons"]),
          ("price", ["hundred and twenty", "£120", "120 pounds"]),
          ("instructors", ["three different instructors", "3 instructors", "three instructors"]),
          ("weeks", ["five weeks", "5 weeks"]),
          ("scratch", ["from scratch", "from the beginning", "back to the start"])],
         [("good", "So you paid £120 for a block of 10 unicycle lessons, and in just over a month — five weeks — he's been passed "
                   "between three teachers, each going back to square one with him. No surprise he's losing his nerve and talking "
                   "about giving up; that's worrying for you. Is that the picture?",
           "All facts (passed between three teachers, square one), feeling, check."),
          ("partial", "So a ten-lesson pack for £120, three instructors in five weeks, each starting from scratch, and he's getting "
                      "nervous. I can see why you're worried.",
           "Facts and feeling, but no check question."),
          ("poor", "Okay, okay, so he's nervous and wants to quit. Kids often do. Shall I cancel the pack?",
           "False reaction, most facts missing, brush-off.")]),

    item("I bought a slackline kit from you for seventy-five pounds. On the second time I used it, the ratchet snapped and I fell "
         "and bruised my knee badly. I'm honestly scared to get back on it now.",
         [("price", ["seventy-five pounds", "£75", "75 pounds"]),
          ("second", ["second time", "second use", "2nd use"]),
          ("ratchet", ["ratchet snapped", "ratchet broke", "ratchet"]),
          ("knee", ["bruised your knee", "knee", "hurt your knee"])],
         [("good", "So the £75 slackline set you got from us gave way at the ratchet only the second time out, you came off and "
                   "your knee took a nasty knock. It's completely understandable that you're wary of getting back on. Have I got "
                   "that right?",
           "All facts (gave way at the ratchet, second time out, knee took a knock), feeling, check."),
          ("partial", "So you paid £75 for the kit, the ratchet snapped the second time you used it, and you hurt your knee. "
                      "That's a horrible experience. You should have checked the tension before getting on, though. Is that right?",
           "Complete restatement with feeling and check, but blames the customer ('you should have…')."),
          ("poor", "So the line itself frayed the first time you used it, and you hurt your ankle? Sorry. Is that right?",
           "Items swapped: line instead of ratchet, first instead of second use, ankle instead of knee.")]),

    item("I dropped off two twelve-litre cylinders on Monday for a test and fill. When I collected them on Friday, one was only "
         "at a hundred and fifty bar instead of two hundred and thirty-two. I'm diving on Sunday and I'm worried I'll be short.",
         [("cylinders", ["two cylinders", "2 cylinders", "both cylinders", "twelve-litre"]),
          ("monday", ["Monday"]),
          ("friday", ["Friday"]),
          ("pressure", ["hundred and fifty", "150 bar", "150"]),
          ("expected", ["two hundred and thirty-two", "232", "full fill"])],
         [("good", "Let me run that back: you left a pair of 12-litre tanks with us on the Monday for testing and "
                   "filling, picked them up on Friday, and one of them reads just 150 when it should be at 232. With the dive on "
                   "Sunday I can see why that's worrying. Did I get that right?",
           "All facts (pair of tanks, left with us, reads just 150), feeling, check."),
          ("partial", "So two twelve-litre cylinders in on Monday, collected Friday, and one is at 150 bar instead of 232. You're "
                      "diving Sunday and worried about it. Anything I've missed? Just so you know, we've always filled them that way.",
           "Complete with feeling and check, but adds a precedent excuse."),
          ("poor", "So both cylinders failed the test and we didn't fill them? That's annoying. Is that right?",
           "What happened is wrong: not a test failure; the fill on one cylinder was short.")]),

    item("I paid three hundred pounds for your two-day freediving course. Two days before, you moved the pool session from Saturday "
         "to Wednesday evening, and I work Wednesdays. I feel like I've been left with nothing for my money.",
         [("price", ["three hundred", "£300", "300 pounds"]),
          ("course", ["two-day", "2-day", "two days"]),
          ("moved", ["Saturday to Wednesday", "moved to Wednesday", "from Saturday"]),
          ("work", ["work Wednesdays", "working on Wednesday", "you work"])],
         [("good", "So you'd put £300 into the two-day freedive course, and with only forty-eight hours' warning we shifted the pool "
                   "day from the Saturday to a Wednesday night — when you're at work. I can understand feeling short-changed. "
                   "Have I got that right?",
           "All facts (forty-eight hours' warning, shifted the pool day, at work), feeling, check."),
          ("partial", "So you paid £300 for the two-day course, and the pool session was moved from Saturday to Wednesday. "
                      "That's frustrating. Is that right?",
           "One fact missing: that the customer works on Wednesdays."),
          ("poor", "So you couldn't make Saturday and want to move to Wednesday? Let me see what I can do.",
           "Account reversed: the school moved the session, not the customer.")]),

    item("I sent my dive computer in for a battery change and paid forty-five pounds. On my first dive afterwards, at eighteen "
         "metres, water got in behind the screen. It's a four-hundred-pound computer and I'm furious.",
         [("battery", ["battery change", "new battery", "battery"]),
          ("paid", ["forty-five", "£45", "45 pounds"]),
          ("depth", ["eighteen metres", "18 metres", "18m"]),
          ("water", ["water got in", "flooded", "water behind the screen"]),
          ("value", ["four hundred", "£400", "400 pounds"])],
         [("good", "So we swapped the battery for £45, you took it down to eighteen metres on the very next dive, and it let water "
                   "in behind the display — on a computer worth £400. I completely understand why you're angry. Is that correct?",
           "All facts (swapped the battery, let water in behind the display), feeling, check."),
          ("partial", "So you paid £45 for a battery change, and on the first dive at eighteen metres water got in behind the screen. "
                      "I understand why you're furious. Is that right?",
           "One fact missing: the £400 value of the computer."),
          ("poor", "Right, so the battery went flat at eighteen metres. Calm down, I'm sure we'll sort it.",
           "Key fact wrong (flat battery, not flooding), 'calm down', no check.")]),

    item("I hired an underwater camera housing for a week for a hundred and forty pounds. I returned it on time, but you've "
         "charged me sixty pounds for a scratch on the port. That scratch was there when I picked it up, and I've got photos of it.",
         [("hire", ["week", "seven days", "a week's hire"]),
          ("price", ["hundred and forty", "£140", "140 pounds"]),
          ("charge", ["sixty", "£60", "60 pounds"]),
          ("scratch", ["scratch", "scratched port", "mark on the port"]),
          ("photos", ["photos", "pictures", "photographed"])],
         [("good", "So the housing was out with you for seven days at £140, it came back on schedule, and we've billed you £60 for "
                   "a mark on the port that was already there at collection — and you've got pictures proving it. I can see why "
                   "that feels unfair. Have I understood correctly?",
           "All facts (on schedule, billed, already there at collection, pictures), feeling, check."),
          ("partial", "So you hired it for a week for £140, returned it on time, and were charged £60 for a scratch that you "
                      "photographed when you collected it. Have I got that right?",
           "All facts and a check, no feeling."),
          ("poor", "So you scratched the port during the week and want us to waive the £60? I'll ask. Anything else?",
           "Account reversed: the customer did not cause the scratch.")]),

    item("I had my regulator serviced in April for ninety-five pounds. On my first dive in May the second stage started "
         "free-flowing at five metres and I had to abort. It really shook me up.",
         [("month", ["April"]),
          ("price", ["ninety-five", "£95", "95 pounds"]),
          ("second", ["second stage"]),
          ("freeflow", ["free-flowing", "free-flow", "free flow"]),
          ("depth", ["five metres", "5 metres", "5m"])],
         [("good", "So after a £95 service back in April, the very first dive in May saw the second stage start free-flowing at "
                   "around five metres, and you had to end the dive. That must have been really frightening. Is that right?",
           "All facts (end the dive = abort), feeling, check."),
          ("partial", "So the regulator was serviced in April for £95, the second stage free-flowed at fifteen metres in May, and "
                      "you aborted the dive. That must have been frightening. Is that right?",
           "One value wrong (fifteen metres for five); otherwise complete."),
          ("poor", "So the first stage leaked at the surface and you decided not to dive? Sorry about that. Is that right?",
           "Parts swapped (first stage), depth and what happened wrong.")]),

    item("I booked four places on your snorkel trip at thirty-five pounds each. The confirmation email said Pier 3, so we waited "
         "there, but the boat left from Pier 5 — twenty minutes early. My kids had been looking forward to it for weeks.",
         [("places", ["four places", "4 places", "four of you"]),
          ("price", ["thirty-five", "£35", "35 pounds", "£140"]),
          ("email", ["Pier 3", "pier three"]),
          ("actual", ["Pier 5", "pier five"]),
          ("early", ["twenty minutes early", "20 minutes early"])],
         [("good", "So you'd paid for four spots at £35 a head, our confirmation told you Pier 3 so that's where you stood, but the "
                   "boat actually went from Pier 5, and a full twenty minutes ahead of time. After the kids had been counting down "
                   "for weeks, that's so disappointing. Did I get that right?",
           "All facts (spots, a head, a full twenty minutes ahead of time), feeling, check."),
          ("partial", "So four places at £35 each, the email said Pier 3, the boat left from Pier 5 twenty minutes early. "
                      "The kids must have been gutted. You need to double-check the pier with the harbour next time, though. Correct?",
           "Complete with feeling and check, but adds an order that blames the customer."),
          ("poor", "So the email said Pier 5 and you went to Pier 3 by mistake? That's a shame. Is that right?",
           "Piers swapped and the account reversed (customer's mistake).")]),

    item("I brought in my hundred-and-twenty-bass accordion to fix two sticking keys. You quoted eighty pounds, but the invoice says "
         "two hundred and ten, and now the bass buttons rattle. I feel completely taken advantage of.",
         [("bass", ["hundred-and-twenty-bass", "120-bass", "120 bass"]),
          ("keys", ["two sticking keys", "2 keys", "two keys"]),
          ("quote", ["eighty", "£80", "80 pounds"]),
          ("invoice", ["two hundred and ten", "£210", "210 pounds"]),
          ("rattle", ["rattle", "rattling", "bass buttons"])],
         [("good", "Let me check I've followed: your 120-bass came in for a couple of keys that were sticking, the estimate was £80, "
                   "the bill came to £210, and on top of that the bass side has started rattling. I'd feel taken for a ride too. "
                   "Is that everything?",
           "All facts (a couple of keys, estimate, bill, bass side rattling), feeling, check."),
          ("partial", "So a 120-bass accordion, two sticking keys, quoted £80, invoiced £210. I can see why you feel taken "
                      "advantage of. Have I got that right?",
           "One fact missing: the rattling bass buttons."),
          ("poor", "So you were quoted £210 and the invoice came to £80? Sounds like good news, then. Anything else?",
           "Amounts swapped; misses the rattle; no feeling.")]),

    item("I signed up for your eight-week beginners' ukulele course. It was advertised as a group of twelve, but there are "
         "twenty-five of us and I can't hear the tutor from the back. I feel lost every week.",
         [("weeks", ["eight-week", "8 weeks", "eight weeks"]),
          ("advertised", ["twelve", "12"]),
          ("actual", ["twenty-five", "25"]),
          ("hear", ["can't hear", "hard to hear", "from the back"])],
         [("good", "So the beginners' course runs for two months, the advert promised a dozen people, you've ended up in a room of "
                   "25, and at the back you can barely hear the tutor. Feeling lost each session sounds miserable. Have I got "
                   "that right?",
           "All facts (two months = eight weeks, a dozen), feeling, check."),
          ("partial", "So an eight-week beginners' course, advertised for twelve but with twenty-five people, and you can't hear "
                      "the tutor from the back. Is that right?",
           "All facts and a check, no feeling."),
          ("poor", "Yeah, yeah, the classes are busy, everyone says that. Is that it?",
           "False reaction and brush-off, facts missing.")]),

    item("I paid for a term of ten bagpipe lessons. The tutor has missed two of them without any notice, and on his advice I bought "
         "a sixty-pound practice chanter that turns out to be the wrong pitch for the band. I'm starting to feel I've wasted my money.",
         [("term", ["ten lessons", "10 lessons", "term of ten"]),
          ("missed", ["missed two", "two lessons missed", "2 missed"]),
          ("notice", ["without notice", "no notice", "no warning"]),
          ("chanter", ["sixty", "£60", "60 pounds", "practice chanter"]),
          ("pitch", ["wrong pitch", "wrong key", "doesn't match the band"])],
         [("good", "So out of the ten lessons you paid for this term, your tutor failed to turn up for a couple with no word "
                   "beforehand, and the £60 practice chanter he told you to get doesn't match the band's pitch. I can see why it "
                   "feels like money down the drain. Have I got that right?",
           "All facts (a couple, no word beforehand, doesn't match the band's pitch), feeling, check."),
          ("partial", "So ten lessons, two missed without notice, and a sixty-pound chanter in the wrong pitch that he recommended. "
                      "Have I got that right?",
           "All facts and check, no feeling."),
          ("poor", "So you missed two lessons and bought the wrong chanter by yourself? That's a pity. Is that right?",
           "Account reversed: the tutor missed the lessons and advised the chanter.")]),

    item("We hired a three-octave handbell set for our Christmas concert on the twentieth of December. You delivered a two-octave "
         "set, and we only found out at the rehearsal the night before. Our choir leader was in a total panic.",
         [("ordered", ["three-octave", "3-octave", "three octaves"]),
          ("delivered", ["two-octave", "2-octave", "two octaves"]),
          ("date", ["twentieth of December", "20 December", "20th"]),
          ("rehearsal", ["rehearsal", "night before", "the evening before"])],
         [("good", "So for the concert on the 20th you'd hired the full three octaves, what turned up was only two, and nobody "
                   "spotted it until the dress run on the eve of the concert. Your choir leader must have been frantic. Did I "
                   "get that right?",
           "All facts (full three octaves, only two, dress run on the eve), feeling, check."),
          ("partial", "So you ordered a three-octave set for the concert on the 20th of December, we delivered a two-octave one, "
                      "and you found out at the rehearsal the night before. Your choir leader must have panicked. Mind you, "
                      "nobody's ever complained about our deliveries before. Is that right?",
           "Complete with feeling and check, but adds a service taboo."),
          ("poor", "So the bells arrived the night after the concert? I'm sorry. Is that right?",
           "What happened is wrong (late delivery rather than the wrong set); most facts missing.")]),

    item("I booked your ceilidh caller for my fiftieth birthday party on the fourteenth of September and paid three hundred pounds. "
         "Two days before, she cancelled by text. I had to find someone else at the last minute for four hundred and fifty.",
         [("party", ["fiftieth", "50th"]),
          ("date", ["fourteenth of September", "14 September", "September 14th"]),
          ("paid", ["three hundred", "£300", "300 pounds"]),
          ("cancelled", ["cancelled by text", "texted to cancel", "by text"]),
          ("replacement", ["four hundred and fifty", "£450", "450 pounds"])],
         [("good", "So you'd paid £300 for our caller for your 50th on 14/9, she pulled out with a text message just forty-eight "
                   "hours before, and the stand-in you had to scramble for cost you £450. That's a horrible thing to deal with "
                   "before your own birthday. Have I got that right?",
           "All facts (pulled out with a text message, forty-eight hours before, stand-in), feeling, check."),
          ("partial", "So the caller for your fiftieth on the 14th of September, £300, cancelled by text a week before, and the "
                      "replacement cost £450. That must have been stressful. Is that right?",
           "One value wrong: a week before instead of two days."),
          ("poor", "Right, got it, got it — she cancelled. Do you want to rebook?",
           "False reaction; nearly all facts missing.")]),

    item("We booked your Morris side for the village fête on the first of July. You promised forty-five minutes of dancing, but they "
         "danced for twenty and then left early. Now the fête committee is complaining to me.",
         [("date", ["first of July", "1 July", "July 1st"]),
          ("promised", ["forty-five", "45 minutes", "three-quarters of an hour"]),
          ("danced", ["twenty minutes", "20 minutes"]),
          ("left", ["left early", "went early", "left before"])],
         [("good", "So the side was booked for your fête on 1/7 to dance for three quarters of an hour, they managed a third of an "
                   "hour and then packed up ahead of time, and you're the one the committee is taking it out on. That's not "
                   "fair on you at all. Is that correct?",
           "All facts (three quarters of an hour, a third of an hour, packed up ahead of time), feeling, check."),
          ("partial", "So the Morris side was booked for the fête on the first of July, promised forty-five minutes, danced twenty "
                      "and left early, and the committee is complaining to you. Did I get that right?",
           "All facts and check, no feeling."),
          ("poor", "So they danced for forty-five minutes instead of twenty? I'd have thought you'd be pleased. Anything else?",
           "Values swapped and the complaint turned round; no feeling.")]),

    item("Your engineer did the annual service on my mother's stairlift three weeks ago. Since then it stops at the bend every "
         "other day, and twice she's been stuck halfway up. She's eighty-four and she's frightened to use it now.",
         [("service", ["annual service", "yearly service", "service"]),
          ("weeks", ["three weeks", "3 weeks"]),
          ("bend", ["at the bend", "the bend", "on the curve"]),
          ("stuck", ["twice", "two times", "stuck halfway"]),
          ("age", ["eighty-four", "84"])],
         [("good", "So since our engineer's yearly check about three weeks back, your mum's lift has been cutting out on the curve "
                   "roughly every second day, and on two occasions she's been left stranded midway. At 84, no wonder she's "
                   "scared to get on it. Have I got that right?",
           "All facts (yearly check, cutting out on the curve, two occasions, stranded midway), feeling, check."),
          ("partial", "So the annual service was three weeks ago, it stops at the bend every other day, and your 84-year-old "
                      "mother has been stuck halfway twice. I understand she's frightened. Mind you, stairlifts that age always "
                      "do this. Is that right?",
           "Complete with feeling and check, but adds a brush-off excuse ('they always do this')."),
          ("poor", "So it stopped once at the top after the service? That happens. Is that right?",
           "What happened wrong (once, at the top); brush-off.")]),

    item("You fitted a key safe at my mum's house on Tuesday for ninety-five pounds. The code you gave us doesn't open it, so "
         "the carers couldn't get in on Wednesday morning and she missed her eight o'clock medication. I was beside myself.",
         [("day", ["Tuesday"]),
          ("price", ["ninety-five", "£95", "95 pounds"]),
          ("code", ["code doesn't open", "code doesn't work", "wrong code"]),
          ("carers", ["carers couldn't get in", "carers", "Wednesday morning"]),
          ("medication", ["eight o'clock", "8am", "medication"])],
         [("good", "So on Tuesday we put in a £95 key safe at your mum's, the combination we handed over won't unlock it, the "
                   "care team were shut out on Wednesday morning, and she went without her 8 a.m. tablets. That must have been "
                   "terrifying for you. Is that right?",
           "All facts (combination won't unlock it, care team shut out, 8 a.m. tablets), feeling, check."),
          ("partial", "So the key safe was fitted on Tuesday for £95, the code doesn't open it, and the carers couldn't get in "
                      "on Wednesday morning. That must have been awful for you. Is that right?",
           "One fact missing: the missed eight o'clock medication."),
          ("poor", "So the carers lost the code and couldn't get in on Wednesday? Well, we're not responsible for that.",
           "Account reversed (carers lost it); service taboo; no check.")]),
]
