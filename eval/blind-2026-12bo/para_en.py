# English restatement items, written by hand for blind round 2026-12bo.
# Each item: customer statement, criteria (facts, then feeling, then check), three answers (label, text, why).

FEEL = ["understand", "I can see why", "no wonder", "must have been", "must be", "sorry", "frustrating",
        "upsetting", "I can imagine", "stressful", "worrying", "fed up", "annoying", "of course you're"]
CHECK = ["is that right", "have I got that right", "did I get", "is that correct", "have I understood",
         "does that sound right", "anything to add", "anything I've missed", "is that everything",
         "correct me", "is that a fair summary"]


def item(customer, facts, feel_extra, answers):
    crit = [{"id": k, "any": v} for k, v in facts]
    crit.append({"id": "feeling", "any": feel_extra + FEEL})
    crit.append({"id": "check", "any": CHECK})
    return {"customer": customer, "criteria": crit, "answers": answers}


ITEMS = [
    item("I paid £240 for your two-day stone-carving course, and on the Sunday the tutor left at lunchtime and "
         "nobody came back for three hours. Working on my own I used the wrong chisel and my limestone block split. "
         "Honestly, I feel I paid for half a course.",
         [("price", ["£240", "240", "two hundred and forty"]),
          ("sunday", ["Sunday", "second day", "day two"]),
          ("hours", ["three hours", "3 hours"]),
          ("block", ["split", "cracked", "broke", "block"])],
         ["half a course", "short-changed", "cheated", "let down"],
         [("good", "So on day two the tutor went off after lunch and you were left alone for the best part of an afternoon — "
                   "three hours — and the wrong chisel split your limestone, all on a course that cost you two hundred and "
                   "forty pounds. No wonder you feel short-changed. Have I got that right?",
           "All facts in other words (day two, two hundred and forty pounds), feeling and check."),
          ("partial", "The tutor left at Sunday lunch, you were on your own for three hours and your block cracked after "
                      "you picked up the wrong chisel, on a £240 course. I can see why you feel you only got half a course.",
           "No check at the end."),
          ("poor", "So the tutor left on the Saturday morning and you had an hour to yourself before the block cracked. "
                   "That must have been frustrating. Is that right?",
           "Day and duration wrong (Saturday for Sunday, an hour for three), price missing.")]),

    item("We ordered six sandstone sills at 1.2 metres each. Four turned up on Tuesday and they're 1.1 metres, so they "
         "don't fit the openings. The builder's standing around at £180 a day and I'm at the end of my tether.",
         [("six", ["six", "6", "half a dozen"]),
          ("length", ["1.2", "1,200", "120"]),
          ("four", ["four", "4"]),
          ("short", ["1.1", "1,100", "110", "too short", "ten centimetres short", "100 mm short"]),
          ("cost", ["£180", "180", "a hundred and eighty"])],
         ["end of your tether", "at the end of"],
         [("good", "You ordered half a dozen sills at 1,200 mm, only four came on Tuesday, and each is a hundred mil too "
                   "short for the openings, while your builder costs you a hundred and eighty a day to stand idle. I can "
                   "imagine how fed up you are. Is that a fair summary?",
           "All facts with other number forms, feeling, check."),
          ("partial", "You ordered six sills at 1.2 metres, four arrived on Tuesday at 1.1 metres, and your builder is "
                      "costing £150 a day while he waits. That must be really stressful. Have I got that right?",
           "One minor value wrong: £150 for £180."),
          ("poor", "So four sills were ordered and six came, and they're slightly too long. Sorry about that — is that right?",
           "Counts swapped (four ordered, six came) and too long instead of too short; builder cost missing.")]),

    item("I ordered three tonnes of knapped flint for a garden wall and got whole cobbles instead. Two of the bulk bags "
         "split on the drive, and my waller is booked for the 14th. I'm really worried we'll lose him.",
         [("three", ["three tonnes", "3 tonnes", "3t", "three ton"]),
          ("knapped", ["knapped", "split face", "dressed"]),
          ("cobbles", ["cobbles", "whole", "unknapped", "round"]),
          ("bags", ["two bags", "2 bags", "two of the bags", "bulk bags", "burst"]),
          ("date", ["14th", "fourteenth", "14"])],
         ["lose him", "worried"],
         [("good", "You asked for 3 t of flint with the faces knapped, what came were whole round cobbles, a couple of the "
                   "bulk bags burst on your drive, and your waller starts on the fourteenth. It's worrying to think you "
                   "could lose him. Did I get all of that?",
           "All facts in other wording (3 t, a couple of, burst), feeling, check."),
          ("partial", "You ordered three tonnes of knapped flint, got whole cobbles, and two bags split on the drive. I "
                      "understand you're worried. Is that correct?",
           "One fact missing: the waller's date."),
          ("poor", "So you ordered cobbles and we sent knapped flint, and one bag split. Is that right?",
           "Account reversed (ordered cobbles, got knapped), one bag for two, date and feeling missing.")]),

    item("I booked a quarry visit for 28 pupils on the 9th of May, and when our coach arrived the gate staff turned us "
         "away because your system had us down for the 19th. The children had been looking forward to it for weeks and "
         "I was mortified.",
         [("pupils", ["28", "twenty-eight"]),
          ("date", ["9 May", "9th", "ninth"]),
          ("turned", ["turned away", "sent away", "refused entry", "not let in"]),
          ("wrong", ["19th", "19 May", "nineteenth"])],
         ["mortified", "embarrass", "humiliat"],
         [("good", "Your class of twenty-eight came by coach on the ninth, our gate wouldn't let you in because we had "
                   "you booked ten days later, on the nineteenth, and the children had been excited for weeks. That must "
                   "have been so embarrassing in front of them. Have I understood it correctly?",
           "All facts, other wording ('ten days later', 'wouldn't let you in'), feeling, check."),
          ("partial", "You booked 28 pupils for 9 May, the gate turned you away because we had the 19th on the system. "
                      "Is that right?",
           "Facts right, feeling not acknowledged."),
          ("poor", "So you came on the 19th but the booking was for the 9th, and you had 18 children. That's frustrating. "
                   "Is that right?",
           "Dates swapped (the customer came on the 9th) and 18 for 28.")]),

    item("I hired your stone splitter for the weekend for £95. On the Saturday afternoon a hydraulic seal went and oil "
         "leaked all over my new patio, and now you've kept my £150 deposit. I feel like I'm being punished for your "
         "faulty machine.",
         [("hire", ["£95", "95", "ninety-five"]),
          ("seal", ["seal", "hydraulic", "oil"]),
          ("saturday", ["Saturday"]),
          ("patio", ["patio"]),
          ("deposit", ["£150", "150", "hundred and fifty", "deposit"])],
         ["punished", "unfair"],
         [("good", "You paid ninety-five pounds for the weekend hire, a hydraulic seal blew on the first afternoon and "
                   "oil went over the new patio, and we've held back your hundred-and-fifty-pound deposit. I can see why "
                   "that feels like being punished for our fault. Is that correct?",
           "All facts (first afternoon for Saturday), feeling, check."),
          ("partial", "The splitter cost £95 for the weekend, the seal went on Saturday afternoon and leaked oil on your "
                      "patio, and we kept the £100 deposit. I understand why you feel punished. Have I got that right?",
           "One minor value wrong: £100 for £150."),
          ("poor", "So you were using the splitter on the patio and damaged the seal, and that's why the deposit was kept. "
                   "Is that everything?",
           "Account reversed: blames the customer for the seal; no feeling.")]),

    item("I sent you a stone sample in February and was told you'd find a matching stone within six weeks. It's now ten "
         "weeks and I've had nothing, and the extension roof can't go on until the walls are up. I'm losing patience.",
         [("feb", ["February", "Feb"]),
          ("six", ["six weeks", "6 weeks", "a month and a half"]),
          ("ten", ["ten weeks", "10 weeks", "two and a half months"]),
          ("roof", ["roof"])],
         ["losing patience", "patience"],
         [("good", "Your sample came to us in Feb, we promised a match in a month and a half, it's been about two and a "
                   "half months with no stone, and the roof on the extension is stuck until the walls are built. I "
                   "understand you're running out of patience. Is that a fair summary?",
           "Durations in other forms, feeling, check."),
          ("partial", "You sent the sample in February, we said six weeks, it's been ten, and you're losing patience. Is "
                      "that right?",
           "One fact missing: the roof waiting on the walls."),
          ("poor", "You sent the sample in February and we said ten weeks, and it's now been six. Sorry — is that right?",
           "Six and ten swapped; the delay disappears.")]),

    item("Since the lock on the crossing gate was changed on Tuesday, my key doesn't work. I move 90 cows across twice "
         "a day and I've had to take them four miles round by the lane. Nobody told me, and I'm furious.",
         [("tuesday", ["Tuesday"]),
          ("key", ["key", "lock"]),
          ("cows", ["90", "ninety"]),
          ("twice", ["twice", "two times", "morning and evening"]),
          ("detour", ["four miles", "4 miles", "4-mile"])],
         ["furious", "angry", "livid"],
         [("good", "The lock was swapped on Tuesday and your key no longer opens it, so your ninety cows — who cross "
                   "morning and evening — are going a 4-mile way round by the lane, and nobody warned you. I'd be livid "
                   "too. Have I got that right?",
           "All facts in other forms, feeling, check."),
          ("partial", "Your key stopped working after Tuesday's lock change, so the ninety cows go four miles round by "
                      "the lane twice a day. I understand you're furious — but you should really have called us on Tuesday. "
                      "Is that right?",
           "Complete with feeling and check but adds a 'you should' blame."),
          ("poor", "So you've got 19 cows and they cross once a day. Got it, got it. Anything else?",
           "Wrong numbers, false reaction, key facts missing.")]),

    item("My rent on arch 14 went up from £1,100 to £1,450 a month in January. Since then water has come through the "
         "ceiling twice and ruined about £600 of stock. I'm paying more for a worse unit, and it's demoralising.",
         [("old", ["£1,100", "1,100", "1100", "eleven hundred"]),
          ("new", ["£1,450", "1,450", "1450", "fourteen-fifty", "fourteen hundred and fifty"]),
          ("leaks", ["twice", "two times", "two leaks"]),
          ("stock", ["£600", "600", "six hundred"])],
         ["demoralising", "disheartening", "paying more"],
         [("good", "The rent on your arch jumped from eleven hundred to fourteen-fifty a month after New Year, water's "
                   "come in through the roof on two occasions since, and you've lost six hundred pounds' worth of stock. "
                   "Paying more for that is disheartening, I can see. Have I understood it correctly?",
           "All facts in other forms, feeling, check."),
          ("partial", "Your rent went from £1,100 to £1,450, the ceiling leaked twice and you lost about £600 of stock. "
                      "That's really disheartening.",
           "No check."),
          ("poor", "So the rent went down from £1,450 to £1,100 but the leak ruined £6,000 of stock. Is that right?",
           "Rent change reversed and stock loss ten times too high.")]),

    item("We were told the overnight works behind our house would last three nights. It's been seven, the floodlights "
         "shine straight into my daughter's bedroom, and she has GCSE exams next week. I'm at my wits' end.",
         [("three", ["three nights", "3 nights"]),
          ("seven", ["seven", "7", "a week"]),
          ("lights", ["floodlight", "lights", "lamps"]),
          ("daughter", ["daughter"]),
          ("exams", ["exam", "GCSE"])],
         ["wits' end", "wits end", "exhausted"],
         [("good", "You were promised three nights of work and it's gone on for a week, the lights blaze into your "
                   "daughter's room, and her GCSEs start next week. You sound exhausted, and I'm sorry. Have I missed anything?",
           "All facts ('a week', 'blaze into'), feeling, check ('missed anything' is a natural variant)."),
          ("partial", "You were told three nights and it's been seven, with floodlights in your daughter's bedroom. I "
                      "understand you're at your wits' end. Is that correct?",
           "One fact missing: the exams next week."),
          ("poor", "So the works were meant to last seven nights and have gone on for three, and the light is in your "
                   "son's room. Is that right?",
           "Three and seven swapped, son for daughter, exams and feeling missing.")]),

    item("I applied eight weeks ago for approval to build a garage next to the line. My builder is booked for 1 April, "
         "I've heard nothing, and I've been charged the £50 fee twice. I feel completely ignored.",
         [("weeks", ["eight weeks", "8 weeks", "two months"]),
          ("garage", ["garage"]),
          ("april", ["1 April", "April 1", "1st of April", "first of April"]),
          ("fee", ["£50", "50", "fifty"]),
          ("twice", ["twice", "two times", "double"])],
         ["ignored"],
         [("good", "Two months ago you applied for the garage beside the railway, your builder starts on the first of "
                   "April, there's been silence from us, and the fifty-pound fee has come out of your account double. It's "
                   "no wonder you feel ignored. Does that sound right?",
           "All facts in other wording, feeling, check."),
          ("partial", "You applied eight weeks ago for the garage, your builder's booked for 1 May, you've been charged "
                      "the £50 fee twice, and you feel ignored. Is that right?",
           "One minor value wrong: 1 May for 1 April."),
          ("poor", "Right, I understand. So it's a fence, not a garage, and the fee went through once. Anything else?",
           "False reaction, wrong structure, fee count wrong.")]),

    item("Our station group has twelve volunteers. Your planters were left on platform 1 instead of platform 3, and "
         "forty of the tulip bulbs were missing from the order. Our spring opening is on the 21st and everyone's "
         "disheartened.",
         [("volunteers", ["twelve", "12", "a dozen"]),
          ("platform", ["platform 1", "platform one", "wrong platform"]),
          ("bulbs", ["forty", "40"]),
          ("date", ["21st", "twenty-first", "21"])],
         ["disheartened", "deflated", "let down"],
         [("good", "There are a dozen of you, the planters went to platform one rather than three, we were forty tulip "
                   "bulbs short, and your spring opening is on the twenty-first. I can imagine the group feels deflated. "
                   "Is that everything?",
           "All facts ('a dozen', 'platform one'), feeling, check."),
          ("partial", "Your twelve volunteers found the planters on platform 1, not 3, with forty bulbs missing, and the "
                      "opening is the 21st. Is that right?",
           "No feeling."),
          ("poor", "So the planters went to platform 3 instead of 1 and four bulbs were missing. Sorry — is that right?",
           "Platforms swapped and forty becomes four; date missing.")]),

    item("I ordered fifteen new oak sleepers at £42 each for raised beds. Three of them turned out to be pine and "
         "sticky with tar, and the whole lot arrived a day late. I'm disappointed, because I specifically asked for "
         "untreated wood for growing vegetables.",
         [("fifteen", ["fifteen", "15"]),
          ("price", ["£42", "42", "forty-two"]),
          ("three", ["three", "3"]),
          ("pine", ["pine", "tar", "treated"]),
          ("late", ["a day late", "one day late", "late"])],
         ["disappointed", "let down"],
         [("good", "You paid forty-two pounds apiece for fifteen new oak sleepers for veg beds, three turned out to be "
                   "tarry pine, and the delivery came a day behind. That's disappointing when you'd asked for untreated "
                   "wood. Have I got that right?",
           "All facts, feeling, check."),
          ("partial", "Fifteen oak sleepers at £42, three were tarred pine, and they came a day late. You should have "
                      "said it was for vegetables, but I understand you're disappointed. Is that correct?",
           "Complete restatement with a 'you should have' blame."),
          ("poor", "So you ordered pine sleepers and we sent three oak ones. Is that right?",
           "Account reversed; price, count and lateness missing.")]),

    item("You fitted two water troughs in the top field in September. One cracked in the first hard frost and sixty "
         "ewes were without water for a full day before I noticed. I'm worried sick about it happening again.",
         [("two", ["two", "2", "pair"]),
          ("sept", ["September", "Sept"]),
          ("cracked", ["cracked", "split", "broke"]),
          ("ewes", ["sixty", "60"]),
          ("day", ["a day", "one day", "full day", "24 hours"])],
         ["worried sick", "worried"],
         [("good", "The pair of troughs we put in the top field in Sept — one split in the first hard frost, and sixty "
                   "ewes went 24 hours without water before you spotted it. You're understandably worried it'll happen "
                   "again. Did I get that right?",
           "All facts in other forms, feeling, check."),
          ("partial", "We fitted two troughs in September, one cracked in the frost and sixty ewes went without water "
                      "for a day. Is that correct?",
           "No feeling."),
          ("poor", "So both troughs cracked and the sheep went without water for a week. I can imagine that's worrying.",
           "Both for one, a week for a day, count of ewes and check missing.")]),

    item("Your tester was booked for Monday but came on Wednesday, dug the trial hole by the apple tree instead of the "
         "spot I'd marked, and the report says the soakaway fails. My planning deadline is the end of the month and I "
         "feel the whole thing was botched.",
         [("monday", ["Monday"]),
          ("wednesday", ["Wednesday", "two days late"]),
          ("tree", ["apple tree", "wrong spot", "wrong place"]),
          ("fail", ["fail", "failed"]),
          ("deadline", ["end of the month", "month end", "deadline"])],
         ["botched", "mess"],
         [("good", "The test should have been done Monday, the tester turned up two days late, dug by the apple tree "
                   "rather than where you'd marked, and the result came back as a fail, with your planning cut-off at "
                   "month end. It's fair that you feel it was botched. Have I understood you?",
           "All facts, feeling, check."),
          ("partial", "He was booked for Monday, came Wednesday, dug by the apple tree rather than your marked spot, "
                      "and the soakaway failed. I can see why you think it was botched. Is that right?",
           "One fact missing: the planning deadline."),
          ("poor", "So the hole was dug where you marked it and the soakaway passed, but the report came late. Is that right?",
           "Account reversed: right spot, passed.")]),

    item("We paid £3,800 for the greywater system three months ago. The toilets now fill with cloudy water that smells, "
         "and your engineer has been out twice without fixing it. I'm embarrassed to have guests over.",
         [("price", ["£3,800", "3,800", "3800", "thirty-eight hundred"]),
          ("months", ["three months", "3 months", "a quarter of a year"]),
          ("cloudy", ["cloudy", "murky", "smell", "smells"]),
          ("twice", ["twice", "two visits", "two times"])],
         ["embarrassed", "embarrassing"],
         [("good", "Your greywater set-up cost thirty-eight hundred pounds a quarter of a year ago, the loos fill with "
                   "murky, smelly water, and two call-outs haven't cured it. I'm sorry — it must be embarrassing when you "
                   "have people round. Is that a fair summary?",
           "All facts in other forms, feeling, check."),
          ("partial", "The system cost £3,800 three months ago, the toilets fill with cloudy, smelly water, and the "
                      "engineer has been three times. That sounds embarrassing. Is that right?",
           "One minor value wrong: three visits for two."),
          ("poor", "So the system's been in three years and the water's fine but the toilets are slow. Is that right?",
           "Three years for three months; the main complaint is missing.")]),

    item("The reed bed you planted for our dairy's washings in May has lost half its reeds by July. We paid £6,200 for "
         "it and the inspector is visiting next month. I'm anxious we'll be in trouble.",
         [("may", ["May"]),
          ("half", ["half", "50%", "fifty per cent"]),
          ("july", ["July"]),
          ("price", ["£6,200", "6,200", "6200", "sixty-two hundred"]),
          ("inspector", ["inspector", "inspection"])],
         ["anxious", "worried"],
         [("good", "We put the reed bed in for your parlour washings in May, fifty per cent of the reeds had died off by "
                   "July, the bill was sixty-two hundred, and there's an inspection coming next month. I can hear how "
                   "anxious you are. Have I got that right?",
           "All facts in other forms, feeling, check."),
          ("partial", "Half the reeds planted in May were dead by July, you paid £6,200, and you're worried about the "
                      "inspection next month — though to be fair reed beds have always taken a season to settle. Is that right?",
           "Complete with feeling and check, plus a precedent excuse."),
          ("poor", "So a few reeds died after planting in July and you paid £2,600. Is that right?",
           "Wrong month, 'a few' for half, and £2,600 for £6,200.")]),

    item("You replaced the UV lamp on our spring supply last month, but both our kids have been ill twice since, and a "
         "test found bacteria. We let a holiday cottage off the same supply and guests arrive on Friday. I'm scared.",
         [("lamp", ["UV", "lamp", "bulb"]),
          ("last_month", ["last month", "a month ago"]),
          ("kids", ["kids", "children", "both"]),
          ("bacteria", ["bacteria", "contaminat", "failed"]),
          ("friday", ["Friday"])],
         ["scared", "frightened", "worried"],
         [("good", "The UV bulb was swapped a month ago, yet both children have been poorly twice since, a test showed "
                   "contamination, and holiday guests arrive Friday on the same water. That's frightening, and I'm sorry. "
                   "Is that everything?",
           "All facts in other words, feeling, check."),
          ("partial", "We changed the UV lamp last month, the kids have been ill twice, and a test found bacteria. I "
                      "understand you're scared. Is that right?",
           "One fact missing: the cottage guests on Friday."),
          ("poor", "So the test was clear and the guests got ill, not the children. Is that right?",
           "Account reversed; feeling missing.")]),

    item("Your engineer serviced our sump pump on 3 October. Two weeks later the cellar flooded with ten centimetres of "
         "water, and our own plumber found the float had been fitted upside down. The carpets are ruined and I'm livid.",
         [("date", ["3 October", "October 3", "3rd", "3/10"]),
          ("two", ["two weeks", "2 weeks", "fortnight"]),
          ("depth", ["ten centimetres", "10 cm", "10cm", "100 mm", "four inches"]),
          ("float", ["float", "upside down"]),
          ("carpets", ["carpet"])],
         ["livid", "angry", "furious"],
         [("good", "We serviced the pump on the third of October, a fortnight on the cellar took in about four inches of "
                   "water, your plumber found the float fitted the wrong way up, and the carpets are ruined. I'd be "
                   "furious too. Have I got that right?",
           "Date and depth in other forms, feeling, check."),
          ("partial", "The pump was serviced on 3 October, the cellar flooded to 10 cm two weeks later, your plumber "
                      "found the float upside down, and your carpets are ruined. Is that correct?",
           "No feeling."),
          ("poor", "So the cellar flooded first and we serviced the pump a fortnight later. Sorry about the carpets. Is that right?",
           "Order reversed; float and depth missing.")]),

    item("I ordered ten kilos of celadon glaze and you sent tenmoku. I've got forty bisqued pots waiting for a glaze "
         "firing before a craft fair on Saturday, and I'm panicking.",
         [("ten", ["ten kilos", "10 kg", "10kg", "ten kilograms"]),
          ("celadon", ["celadon"]),
          ("tenmoku", ["tenmoku"]),
          ("pots", ["forty", "40", "two score"]),
          ("saturday", ["Saturday"])],
         ["panicking", "panic", "stressed"],
         [("good", "You asked for 10 kg of celadon and tenmoku turned up, with two score bisqueware pots waiting to be "
                   "glazed before Saturday's craft fair. No wonder you're in a panic. Did I get that right?",
           "All facts (two score), feeling, check."),
          ("partial", "You ordered ten kilos of celadon, we sent tenmoku, and you have forty pots ready for a fair on "
                      "Sunday. I can see why you're panicking. Is that right?",
           "One minor value wrong: Sunday for Saturday."),
          ("poor", "So you ordered tenmoku and we sent celadon. Is that right?",
           "Glazes swapped; pots, fair and feeling missing.")]),

    item("I bought a reconditioned potter's wheel from you for £520 in June. Since August it hums and the wheel head "
         "slows down whenever I centre more than two kilos of clay. I feel I've wasted my savings.",
         [("price", ["£520", "520", "five hundred and twenty"]),
          ("june", ["June"]),
          ("august", ["August"]),
          ("symptom", ["hum", "slow", "slows"]),
          ("clay", ["two kilos", "2 kg", "2kg", "two kilograms"])],
         ["wasted", "savings"],
         [("good", "You paid five hundred and twenty pounds for the refurbished wheel in June, and from August it's been "
                   "humming and losing speed any time you centre over 2 kg. I understand — it feels like your savings "
                   "went down the drain. Is that correct?",
           "All facts in other forms, feeling, check."),
          ("partial", "The wheel was £520 in June, and since August it hums and slows down with more than two kilos on "
                      "it. I can see why you feel you've wasted your savings.",
           "No check."),
          ("poor", "So the wheel was new in August and it speeds up with big lumps of clay. Is that right?",
           "New for reconditioned, wrong month, symptom reversed; price missing.")]),
]
