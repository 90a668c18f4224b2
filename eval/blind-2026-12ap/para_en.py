# English paraphrase items, written by hand for blind round 2026-12ap.
# Each item: customer statement, criteria (facts first, then "feeling", then "check"), and exactly
# three trainee answers (good, partial, poor). The "any" lists are examples of accepted wordings,
# not exhaustive.

FEEL = ["understand", "frustrating", "sorry", "must have been", "no wonder", "I can see why",
        "worrying", "upsetting"]
CHECK = ["is that right", "have I got that right", "did I get that right", "have I understood",
         "anything to add", "anything I've missed", "is that correct", "correct me"]


def crit(*facts, feel=None, check=None):
    out = [{"id": i, "any": a} for i, a in facts]
    out.append({"id": "feeling", "any": feel or FEEL})
    out.append({"id": "check", "any": check or CHECK})
    return out


ITEMS = [
    {
        "customer": "I ordered forty small bales of hay for Saturday morning and only twenty-five turned up, on "
                    "Sunday evening. About half of them are mouldy in the middle. I've got six ponies to feed and "
                    "I'm at my wits' end.",
        "criteria": crit(("ordered", ["forty", "40"]),
                         ("delivered", ["twenty-five", "25", "fifteen short", "15 short"]),
                         ("late", ["Sunday", "a day late"]),
                         ("mould", ["mould", "musty", "mildew"])),
        "answers": [
            ("good", "So you were expecting two score bales on Saturday morning, but only twenty-five came and not "
                     "until Sunday night, and roughly half of those are musty at the core. With six ponies to "
                     "feed, I can see why you're at the end of your tether. Have I got that right?",
             "Every fact in own words (two score, Sunday night, musty at the core), feeling, check."),
            ("partial", "So forty bales were due on Saturday, thirty came on Sunday evening, and about half are "
                        "mouldy inside. That must be really stressful with six ponies. Is that right?",
             "One minor value wrong (thirty for twenty-five) among right facts."),
            ("poor", "So the bales came early and you've ended up with too many? Got it. Anything else?",
             "Account reversed; false reaction, no feeling."),
        ],
    },
    {
        "customer": "Your chap came on Tuesday to lay the sixty-metre hedge along our lane. He only did about "
                    "twenty metres, left the cuttings piled in the gateway and hasn't been back since. I paid the "
                    "£900 up front and I feel completely let down.",
        "criteria": crit(("length", ["sixty", "60"]),
                         ("done", ["twenty", "20", "a third"]),
                         ("cuttings", ["cuttings", "brash", "gateway"]),
                         ("paid", ["900", "nine hundred"])),
        "answers": [
            ("good", "So the hedger turned up on Tuesday for the sixty-metre stretch by the lane, got through "
                     "roughly a third of it, dumped the brash across your gateway and hasn't shown his face since, "
                     "after you'd already handed over nine hundred pounds. No wonder you feel let down. Have I "
                     "understood that correctly?",
             "Facts re-worded (a third, brash, handed over), feeling, check."),
            ("partial", "So he came on Tuesday to lay the sixty metres along the lane, only managed about twenty, "
                        "left the cuttings in the gateway and hasn't come back, and you'd paid the £900 in "
                        "advance. I'm sorry, that's really disappointing.",
             "All facts and feeling, but no check question."),
            ("poor", "So he laid twenty metres and you wanted him to stop there? And you haven't paid yet?",
             "Key facts wrong (what was wanted, payment reversed)."),
        ],
    },
    {
        "customer": "We booked scanning for 180 ewes on the 3rd. Your scanner turned up two hours late, did 120 "
                    "and then left for another farm. The other sixty still haven't been scanned and lambing starts "
                    "in five weeks. I'm really worried.",
        "criteria": crit(("ewes", ["180", "hundred and eighty"]),
                         ("late", ["two hours", "2 hours", "couple of hours"]),
                         ("done", ["120", "hundred and twenty"]),
                         ("left", ["another farm", "another job", "left", "went off"]),
                         ("lambing", ["five weeks", "5 weeks"])),
        "answers": [
            ("good", "So a hundred and eighty ewes were booked in for the third; the scanner was a couple of hours "
                     "behind, got through a hundred and twenty, then went off to another job, leaving sixty not "
                     "done with lambing only five weeks off. I can understand why you're worried. Is that right?",
             "All facts in own words, feeling, check."),
            ("partial", "So a hundred and eighty ewes were booked for the third, the scanner was two hours late, "
                        "which happens every season to be fair, did a hundred and twenty and left for another farm, "
                        "and lambing is five weeks away. I understand you're worried. Have I got that right?",
             "Complete restatement but includes a precedent excuse ('happens every season')."),
            ("poor", "So the scanner did all 180 but was a bit late? Don't worry, I'm sure they're all in lamb.",
             "Key fact wrong and a promise that can't be kept."),
        ],
    },
    {
        "customer": "You topped my two paddocks last Thursday but the blades were set so low they've scalped the "
                    "grass right down to the mud. The horses have nothing to graze and I'm buying in hay at £8 a "
                    "bale. I'm furious.",
        "criteria": crit(("paddocks", ["two paddocks", "both paddocks", "two fields", "both fields"]),
                         ("when", ["Thursday"]),
                         ("too_low", ["low", "scalped", "bare", "mud"]),
                         ("hay", ["£8", "eight pounds", "eight quid", "buying hay", "buying in hay"])),
        "answers": [
            ("good", "So when both your fields were mown last Thursday, the cutter was down so far it skinned them "
                     "to bare earth; now the horses have no grass and you're forking out eight quid a bale for "
                     "hay. I'd be fuming too. Have I got all that right?",
             "Facts re-worded (skinned to bare earth, forking out), feeling, check."),
            ("partial", "So both paddocks were topped last Thursday with the blades too low, the grass is scalped "
                        "to the mud, the horses can't graze and you're buying hay at £8 a bale. Is that right?",
             "All facts and check, no feeling."),
            ("poor", "So the grass was left too long and you'd like us to come back and cut it again?",
             "Account reversed."),
        ],
    },
    {
        "customer": "Your spreader did the wrong field on Monday: the ten acres I'd just drilled with barley "
                    "instead of the stubble next to it. All that seed is now under muck. I feel sick about it.",
        "criteria": crit(("when", ["Monday"]),
                         ("wrong_field", ["wrong field", "instead of the stubble", "not the stubble"]),
                         ("barley", ["barley", "newly sown", "freshly drilled", "just drilled"]),
                         ("acres", ["ten acres", "10 acres", "ten-acre"])),
        "answers": [
            ("good", "So on Monday the spreader went over your newly sown barley, the whole ten-acre piece, "
                     "rather than the stubble beside it, and the seed's now buried in muck. That's gutting. Have "
                     "I understood that properly?",
             "Facts re-worded, feeling, check."),
            ("partial", "So on Monday the spreader covered the wrong field, twelve acres of freshly drilled barley "
                        "instead of the stubble next door. I'm so sorry, that's awful. Is that right?",
             "One minor value wrong (twelve for ten acres)."),
            ("poor", "So the spreader did the stubble instead of the barley field? Right, I'll note that.",
             "Fields swapped."),
        ],
    },
    {
        "customer": "Your team cleared the ditch along the bottom field three weeks ago, but they left the spoil "
                    "heaped on the bank and the rain has washed it straight back in. The field's flooding again. "
                    "I've paid £1,200 for nothing.",
        "criteria": crit(("when", ["three weeks", "3 weeks"]),
                         ("spoil", ["spoil", "soil", "bank", "edge"]),
                         ("back_in", ["back in", "washed", "slid"]),
                         ("flooding", ["flood", "under water", "waterlogged"]),
                         ("paid", ["1,200", "1200", "twelve hundred"])),
        "answers": [
            ("good", "So the ditch was dug out about three weeks back, but what they pulled out was left piled on "
                     "the edge, the rain has carried it back in, and the bottom field is under water again, after "
                     "twelve hundred pounds. I can see why it feels like money wasted. Is that right?",
             "All facts in own words, feeling, check."),
            ("partial", "So three weeks ago the ditch was cleared, the spoil was left on the bank, the rain washed "
                        "it back in and the field's flooding again, and you paid £1,200. That's really frustrating.",
             "Facts and feeling, no check."),
            ("poor", "So the field flooded because the ditch wasn't cleared on your side? That's just the weather, "
                     "I'm afraid.", "Blame and brush-off; key facts wrong."),
        ],
    },
    {
        "customer": "My mum's riser chair stopped halfway up on Sunday with her in it. She was stuck for forty "
                    "minutes until a neighbour came round. It's only four months old. We're both shaken.",
        "criteria": crit(("stuck", ["halfway", "part-way", "jammed", "stopped"]),
                         ("when", ["Sunday"]),
                         ("duration", ["forty minutes", "40 minutes", "two-thirds of an hour"]),
                         ("neighbour", ["neighbour"]),
                         ("age", ["four months", "4 months"])),
        "answers": [
            ("good", "So on Sunday the chair jammed part-way up with your mum still sitting in it, and she was "
                     "trapped for two-thirds of an hour until a neighbour got there, and it's barely four months "
                     "old. That must have been frightening for you both. Have I got that right?",
             "Facts re-worded (two-thirds of an hour), feeling, check."),
            ("partial", "So the chair stopped halfway on Sunday with your mum in it and she was stuck for twenty "
                        "minutes until the neighbour came, and it's only four months old. That must have been "
                        "frightening. Is that right?",
             "One minor value wrong (twenty for forty minutes)."),
            ("poor", "So your mum couldn't get the chair to recline? We'll email you the manual.",
             "Key fact wrong; nothing about being stuck."),
        ],
    },
    {
        "customer": "Your engineer serviced my wife's ceiling hoist on the 2nd and took the sling away to test it. "
                    "He promised it back in two days. It's been ten days, and the carers have had to lift her "
                    "between two of them. It's exhausting.",
        "criteria": crit(("date", ["2nd", "second"]),
                         ("sling", ["sling"]),
                         ("promise", ["two days", "2 days", "couple of days"]),
                         ("waited", ["ten days", "10 days", "week and a half"]),
                         ("carers", ["carers", "two-person", "lift her"])),
        "answers": [
            ("good", "So after the service on the second, the engineer took the sling off for testing and said "
                     "you'd have it within a couple of days, but a week and a half on it still isn't back and the "
                     "carers are lifting your wife between the two of them. That sounds exhausting. Is that right?",
             "Facts re-worded (a week and a half), feeling, check."),
            ("partial", "So the hoist was serviced on the 2nd, the sling was taken for testing and promised back in "
                        "two days, it's now ten days, and the carers are lifting her by hand. That's really not our "
                        "fault, the test house is slow, but I understand it's exhausting. Have I got that right?",
             "Complete restatement with a blame-shifting phrase ('not our fault')."),
            ("poor", "So the hoist broke on the 2nd and the carers took the sling? Right, you'll need to ask them.",
             "Key facts wrong; passes the buck."),
        ],
    },
    {
        "customer": "We hired a profiling bed for Dad coming out of hospital on Friday. It came on Thursday night "
                    "but the driver wouldn't carry it upstairs, so it's sitting in pieces in the hall. Dad's home "
                    "tomorrow and I'm panicking.",
        "criteria": crit(("delivered", ["Thursday"]),
                         ("upstairs", ["upstairs", "stairs"]),
                         ("hall", ["hall", "in pieces", "in bits"]),
                         ("tomorrow", ["tomorrow", "Friday"])),
        "answers": [
            ("good", "So the bed for your father's discharge turned up on Thursday evening, the driver refused to "
                     "take it up the stairs, and it's lying in bits in the hallway, with him due home tomorrow. I "
                     "can hear how anxious you are. Have I understood that right?",
             "Facts re-worded, feeling, check."),
            ("partial", "So the bed came on Thursday evening, the driver wouldn't take it upstairs, and your dad's "
                        "home tomorrow. I know you're worried. Is that right?",
             "One fact missing (left in pieces in the hall)."),
            ("poor", "So the bed's upstairs already but your dad can't come home yet? You'll have to ring the "
                     "hospital.", "Key facts wrong; passes the buck."),
        ],
    },
    {
        "customer": "I had push-pull hand controls fitted to my Golf in March. Twice now the accelerator ring has "
                    "stuck while I was on the motorway. I've stopped driving altogether and I feel trapped at home.",
        "criteria": crit(("controls", ["hand controls", "push-pull"]),
                         ("car", ["Golf"]),
                         ("when", ["March"]),
                         ("stuck", ["stuck", "jammed", "twice", "two times"]),
                         ("motorway", ["motorway"])),
        "answers": [
            ("good", "So since the push-pull controls went into your Golf in March, the throttle ring has jammed "
                     "on you two times at motorway speed, and you've given up driving and feel shut in at home. "
                     "That's really frightening. Did I get that right?",
             "Facts re-worded (throttle ring, two times), feeling, check."),
            ("partial", "So the push-pull hand controls were fitted to your Golf in March, the accelerator ring has "
                        "stuck twice on the motorway and you've stopped driving. Have I got that right?",
             "All facts and check, no feeling."),
            ("poor", "So the brakes on your Polo failed once? These things happen with adapted cars.",
             "Items wrong and a brush-off."),
        ],
    },
    {
        "customer": "The video magnifier I bought for £1,450 keeps freezing after about ten minutes. I read my post "
                    "with it every morning and now I can't. Your helpline told me to switch it off and on, which "
                    "doesn't work. I feel like nobody's listening.",
        "criteria": crit(("price", ["1,450", "1450", "fourteen hundred and fifty"]),
                         ("freeze", ["freez", "locks up", "hangs"]),
                         ("ten_min", ["ten minutes", "10 minutes"]),
                         ("post", ["post", "letters", "mail"]),
                         ("helpline", ["helpline", "off and on", "restart"])),
        "answers": [
            ("good", "So the magnifier, which set you back fourteen hundred and fifty pounds, locks up after ten "
                     "minutes or so, you can't get through your morning letters, and turning it off and on as the "
                     "helpline said hasn't helped. I'm sorry you feel nobody's been listening. Have I got that "
                     "right?", "Facts re-worded, feeling, check."),
            ("partial", "So the £1,450 magnifier freezes after about half an hour, you can't read your post, and "
                        "the helpline's restart tip doesn't work. I'm sorry you feel unheard. Is that right?",
             "One minor value wrong (half an hour for ten minutes)."),
            ("poor", "So it works fine but you'd like one with a bigger screen?", "Account reversed."),
        ],
    },
    {
        "customer": "My son's communication device was updated last week and all his saved phrases vanished, about "
                    "300 of them. He's seven and he can't tell his teacher he needs the toilet. He's been in tears "
                    "every day.",
        "criteria": crit(("update", ["update"]),
                         ("lost", ["vanished", "wiped", "lost", "disappeared", "gone"]),
                         ("count", ["300", "three hundred"]),
                         ("toilet", ["toilet", "loo"])),
        "answers": [
            ("good", "So after last week's update, roughly three hundred of the phrases on your son's device were "
                     "wiped, and at seven he now can't even let his teacher know he needs the loo; he's been "
                     "crying every day. That's heartbreaking. Have I understood that correctly?",
             "Facts re-worded, feeling, check."),
            ("partial", "So last week's update wiped about three hundred saved phrases and your seven-year-old "
                        "can't tell his teacher he needs the toilet. You should have backed it up first, really, "
                        "but I can see how upsetting it is. Is that right?",
             "Complete restatement with blame ('you should have backed it up')."),
            ("poor", "So the device was already broken before the update and he's managing fine now?",
             "Account reversed."),
        ],
    },
    {
        "customer": "I paid £40 for you to knock in my new bat, and it cracked along the edge in the first net "
                    "session. The toe's split too. The season starts in two weeks and I don't have a bat.",
        "criteria": crit(("paid", ["£40", "forty"]),
                         ("edge", ["edge"]),
                         ("first", ["first net", "first session", "first nets", "first time"]),
                         ("toe", ["toe"]),
                         ("season", ["two weeks", "2 weeks", "fortnight"])),
        "answers": [
            ("good", "So you'd paid forty pounds for the knocking-in, yet the edge split in the very first nets, "
                     "the toe's gone as well, and with the season a fortnight away you're left without a bat. I "
                     "can see why you're annoyed. Is that right?",
             "Facts re-worded (a fortnight), feeling, check."),
            ("partial", "So you paid £40 to have the bat knocked in, it cracked on the edge at the first net "
                        "session, the toe's split and the season's two weeks away. That's really frustrating.",
             "No check question."),
            ("poor", "So the bat cracked after a full season? That's normal wear, I'm afraid.",
             "Key fact wrong; brush-off."),
        ],
    },
    {
        "customer": "Your engineer fixed my treadmill belt on the 10th and charged me £95. The belt was slipping "
                    "again the very next day. I've got a marathon in six weeks and I'm losing training sessions.",
        "criteria": crit(("date", ["10th", "tenth"]),
                         ("charge", ["£95", "95", "ninety-five"]),
                         ("slipping", ["slip"]),
                         ("next_day", ["next day", "following day", "day after"]),
                         ("marathon", ["six weeks", "6 weeks", "marathon"])),
        "answers": [
            ("good", "So the engineer sorted the belt on the tenth and billed you ninety-five pounds, but by the "
                     "following day it was slipping again, and with your marathon six weeks off you're missing "
                     "runs. That's really frustrating. Have I got that right?",
             "Facts re-worded, feeling, check."),
            ("partial", "So the belt was fixed on the 10th for £59, it slipped again the next day, and you're "
                        "losing sessions six weeks before your marathon. That's so frustrating. Is that right?",
             "One minor value wrong (£59 for £95)."),
            ("poor", "So you'd like to book a first service for the treadmill?", "Most facts missing."),
        ],
    },
    {
        "customer": "I hired your ball machine for a week for my daughter's county trials. The battery died after "
                    "twenty minutes every time, even fully charged. We paid £120 and got maybe two hours of use "
                    "out of it. She was so disappointed.",
        "criteria": crit(("week", ["week"]),
                         ("battery", ["battery", "died", "gave out", "ran out"]),
                         ("twenty", ["twenty minutes", "20 minutes", "third of an hour"]),
                         ("paid", ["£120", "120", "hundred and twenty"]),
                         ("use", ["two hours", "2 hours", "couple of hours"])),
        "answers": [
            ("good", "So for your daughter's county trials you had the machine for the week, but even fully "
                     "charged the battery gave out after a third of an hour each time, and for a hundred and "
                     "twenty pounds you got a couple of hours at most. I'm sorry she was so let down. Is that "
                     "right?", "Facts re-worded (a third of an hour), feeling, check."),
            ("partial", "So you hired the ball machine for a week for the county trials, the battery died after "
                        "twenty minutes each time even when charged, and you got about two hours out of it. I'm "
                        "sorry she was disappointed. Have I got that right?",
             "One fact missing (the £120 paid)."),
            ("poor", "So the machine fired too fast and your daughter got hurt?", "Key facts wrong."),
        ],
    },
    {
        "customer": "Your fitters put up our wall-mounted hoop on Saturday. By Monday the bracket had pulled out of "
                    "the brickwork and the backboard fell onto my car. There's a dent in the bonnet. I'm livid.",
        "criteria": crit(("when", ["Saturday"]),
                         ("bracket", ["bracket", "fixing", "pulled out", "came away"]),
                         ("fell", ["fell", "came down", "dropped"]),
                         ("car", ["car"]),
                         ("dent", ["dent", "bonnet"])),
        "answers": [
            ("good", "So the hoop went up on your wall on Saturday, and by Monday the fixing had come away from the "
                     "bricks and the board came down on your car, leaving the bonnet dented. I completely "
                     "understand why you're livid. Have I got that right?",
             "Facts re-worded, feeling, check."),
            ("partial", "So the hoop was fitted on Saturday, by Monday the bracket had pulled out of the brick and "
                        "the backboard fell and dented your bonnet. I understand you're livid, but let's keep calm "
                        "about it. Is that right?",
             "Complete restatement with 'keep calm' (冷静一点 in new words)."),
            ("poor", "So the hoop fell because the car was parked too close to the wall? Right.",
             "Blame; cause reversed."),
        ],
    },
    {
        "customer": "I paid £60 for a gait analysis and was told I overpronate, so I bought the £140 stability "
                    "shoes you recommended. Since then my shins have been agony. Another shop says I don't "
                    "overpronate at all. I feel I was sold something I didn't need.",
        "criteria": crit(("analysis", ["£60", "sixty"]),
                         ("overpronate", ["overpronat", "roll in", "rolls in", "roll inwards"]),
                         ("shoes", ["£140", "140", "hundred and forty", "stability"]),
                         ("shins", ["shin"]),
                         ("other_shop", ["another shop", "other shop", "second opinion"])),
        "answers": [
            ("good", "So after the sixty-pound gait check said your feet roll inwards, you spent a hundred and "
                     "forty on the stability shoes we suggested, your shins have been killing you ever since, and "
                     "now another shop says you don't overpronate at all. I understand why you feel you were sold "
                     "something you didn't need. Is that right?",
             "Facts re-worded, feeling, check."),
            ("partial", "So you paid £60 for the gait analysis, were told you overpronate, bought the £140 "
                        "stability shoes, your shins have hurt since, and another shop disagrees. Is that right?",
             "All facts and check, no feeling."),
            ("poor", "So the shoes are a bit big and you'd like to swap for a smaller size?", "Key facts wrong."),
        ],
    },
    {
        "customer": "I sent my winter wetsuit in for a seam repair in October and you said three weeks. It's now "
                    "eight weeks and nobody answers my emails. I've missed the whole autumn swell.",
        "criteria": crit(("sent", ["October"]),
                         ("seam", ["seam"]),
                         ("promised", ["three weeks", "3 weeks"]),
                         ("waited", ["eight weeks", "8 weeks", "two months"]),
                         ("emails", ["email", "no reply", "no answer", "unanswered"])),
        "answers": [
            ("good", "So your winter suit came to us in October for a seam mend, you were promised it in three "
                     "weeks, it's been two months now and your emails go unanswered, and you've missed all the "
                     "autumn surf. That's really frustrating. Have I got it right?",
             "Facts re-worded (two months, mend), feeling, check."),
            ("partial", "So you sent the wetsuit in October for a seam repair, we said three weeks, it's been six "
                        "weeks and nobody's answered your emails. I'm sorry you've missed the swell. Is that right?",
             "One minor value wrong (six for eight weeks)."),
            ("poor", "So you'd like us to send it back unrepaired?", "Most facts missing; wrong request."),
        ],
    },
    {
        "customer": "We had a 10 kWh battery put in in June. The app says it's full every evening, but during the "
                    "power cut on Tuesday the whole house went dark. The installer told us it would keep the house "
                    "running in an outage. I feel misled.",
        "criteria": crit(("size", ["10 kWh", "ten kilowatt", "10kWh"]),
                         ("june", ["June"]),
                         ("full", ["full", "charged"]),
                         ("cut", ["power cut", "outage", "power went", "Tuesday"]),
                         ("promise", ["told", "said it would", "promised"])),
        "answers": [
            ("good", "So the ten-kilowatt-hour battery went in in June, the app shows it topped up every night, "
                     "yet when the power went on Tuesday everything went off, when you'd been told it would keep "
                     "the house going in a cut. I can see why you feel misled. Have I understood that correctly?",
             "Facts re-worded, feeling, check."),
            ("partial", "So the 10 kWh battery was fitted in June, it shows full every evening, but the house went "
                        "dark in Tuesday's power cut even though the installer said it would cope. Not every "
                        "battery does backup, you ought to have asked, but I see why you feel misled. Is that right?",
             "Complete restatement with blame ('you ought to have asked')."),
            ("poor", "So the battery never charges at all? Have you tried switching it off and on?",
             "Key fact wrong; no feeling."),
        ],
    },
    {
        "customer": "Your tester was booked for 9am on Wednesday so we could get building sign-off on Friday. He "
                    "didn't show and didn't call. The next slot is in three weeks, and our buyers are threatening "
                    "to pull out. I'm desperate.",
        "criteria": crit(("booked", ["9am", "nine", "Wednesday"]),
                         ("signoff", ["sign-off", "sign off", "signed off", "Friday"]),
                         ("no_show", ["didn't show", "didn't turn up", "no-show", "never came", "neither"]),
                         ("next", ["three weeks", "3 weeks"]),
                         ("buyers", ["buyers"])),
        "answers": [
            ("good", "So the tester was meant to be with you at nine on Wednesday, ahead of your Friday sign-off, "
                     "but he neither turned up nor rang, the next free date is a good three weeks away, and your "
                     "buyers are talking about walking away. I can hear how desperate things are. Is that right?",
             "Facts re-worded, feeling, check."),
            ("partial", "So the tester was due at 9am Wednesday for your Friday sign-off, didn't turn up or call, "
                        "the next slot's in three weeks and your buyers might pull out. I'm so sorry, that's awful.",
             "No check question."),
            ("poor", "So you weren't in on Wednesday and now you want to rebook?",
             "Account reversed (customer missed the appointment)."),
        ],
    },
]
