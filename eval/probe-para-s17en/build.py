"""Writes the session-17 English restatement probe (issue 12, wt-factsen) as JSONL. Rows written by hand, new domains."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_english  # noqa: E402

CHECK = ["is that right", "did I get that right", "is that correct", "have I got that right",
         "anything I missed", "anything to add", "does that sound right", "have I understood"]

S = []  # (customer, criteria, feeling wordings, [(answer, label, why)])

S.append((
    "I booked an eight-yard skip for 14 June at £260 for my kitchen refit. It arrived three days late, on the 17th, and your driver left it blocking my neighbour's drive instead of on my driveway. When I rang, your office said it was my fault for not being home. I'm really fed up.",
    [("skip", ["eight-yard", "8-yard", "8 yard skip"]), ("date", ["14 June", "14th"]), ("price", ["£260", "260"]),
     ("late", ["three days late", "17th", "3 days late"]), ("blocking", ["neighbour's drive", "blocking"]),
     ("blamed", ["my fault", "blamed you", "your fault"])],
    ["fed up", "frustrating", "understand", "sorry", "annoying"],
    [
        ("So you hired an 8-yard skip for the fourteenth of June, £260, for your kitchen; it didn't turn up until the seventeenth, three days behind, the driver put it across your neighbour's drive rather than on yours, and then the office blamed you for being out. That sounds really exasperating. Have I understood that correctly?", "good", "all facts in other words (ordinal date, didn't turn up until, put it across, blamed you), feeling in free words, check"),
        ("So the eight-yard skip you booked for 14 June at £260 came three days late on the 17th and was left blocking your neighbour's drive, and when you rang our office apologised and admitted it was our mistake. I understand you're fed up. Is that right?", "poor", "the office's blame reversed into an apology"),
        ("So you booked an eight-yard skip for 14 June at £260, it arrived three days late on the 17th and was left blocking your neighbour's drive. I'm sorry, I can see why you're fed up. Is that right?", "partial", "one fact missing (the office blamed the customer)"),
    ],
))

S.append((
    "You installed a 10-by-8 shed for me on 3 March for £1,450, but the roof has leaked since the first rain and the door won't close. Your fitter came back twice and never fixed it. My lawnmower has rusted. I'm so disappointed.",
    [("shed", ["10-by-8", "10 by 8", "ten-by-eight"]), ("date", ["3 March", "3rd of March"]), ("price", ["£1,450", "1450"]),
     ("faults", ["roof has leaked", "leaks", "door won't close"]), ("fitter", ["came back twice", "never fixed", "didn't fix"]),
     ("mower", ["lawnmower has rusted", "mower", "rusted"])],
    ["disappointed", "disappointing", "understand", "sorry", "let down"],
    [
        ("So the ten-by-eight shed we put up on the third of March, which cost you one thousand four hundred and fifty pounds, has let water in through the roof ever since it first rained and the door doesn't shut; the fitter has been out two times without sorting it, and your mower has gone rusty. I can see how let down you must feel. Does that sound right?", "good", "dimensions, ordinal date and price in words; leaked as let water in, twice as two times, never fixed as without sorting it; feeling, check"),
        ("So your shed leaks and the door won't close, and our fitter hasn't been back yet to look at it. I'm sorry you're disappointed. Is that right?", "poor", "two return visits reversed into none; size, date and price missing"),
        ("So the 10-by-8 shed installed on 13 March for £1,450 leaks through the roof and the door won't close, the fitter came back twice and didn't fix it, and your lawnmower has rusted. I'm sorry, that's really disappointing. Is that right?", "partial", "one minor detail wrong (13 March for 3 March)"),
    ],
))

S.append((
    "I pay £45 a month for snow clearing of my driveway before 7 a.m. on weekdays. Last week it snowed on Monday and Tuesday and nobody came either day, so I was late for work twice and lost half a day's pay. Your office told me the van had broken down. I'm really angry.",
    [("plan", ["£45 a month", "45", "before 7"]), ("days", ["Monday and Tuesday", "Monday", "Tuesday"]),
     ("no-show", ["nobody came", "no one came", "didn't come"]), ("cost", ["late for work", "half a day's pay", "lost pay"]),
     ("van", ["van had broken down", "van broke down", "broken down"])],
    ["angry", "furious", "understand", "sorry", "frustrating"],
    [
        ("So for forty-five pounds a month you're meant to have the drive cleared by seven on weekday mornings, but when it snowed last Monday and Tuesday no one turned up on either day, which made you late to work on both and cost you half a day's wages; the office put it down to the van breaking down. You've every right to be angry. Is that a fair summary?", "good", "all facts in other words (no one turned up, cost you half a day's wages, put it down to), feeling, check"),
        ("So your drive was cleared on Monday and Tuesday, but only after 7 a.m., so you were late for work twice and lost half a day's pay. I understand you're angry. Is that right?", "poor", "the no-show reversed into late clearing; the van missing"),
        ("So you pay £45 a month for clearing before 7 a.m. on weekdays, nobody came on Monday or Tuesday last week when it snowed, you were late for work twice and lost half a day's pay, and the office said the van broke down. Have I got that right?", "partial", "all facts and check, no feeling"),
    ],
))

S.append((
    "I ordered four Christmas hampers at £35 each to go to my four suppliers by 18 December. Only two were delivered, and one of those was missing the bottle of wine that was the whole point. Your website still shows all four as delivered. I'm embarrassed in front of my clients.",
    [("order", ["four hampers", "4 hampers", "£35 each"]), ("date", ["18 December", "18th"]),
     ("two", ["only two", "two were delivered", "2 delivered"]), ("wine", ["missing the bottle of wine", "no wine", "without the wine"]),
     ("website", ["website still shows", "shows all four as delivered", "website says"])],
    ["embarrassed", "embarrassing", "understand", "sorry", "awkward"],
    [
        ("So you paid a hundred and forty pounds altogether for four hampers to reach your suppliers by the 18th of December; just two got there, one of them lacking the wine, and yet the website says all four arrived. I can imagine how awkward that is with your clients. Have I got that right?", "good", "4 × £35 as a total, just two got there, lacking the wine, website fact; feeling, check"),
        ("So you ordered four hampers at £35 each, all four were delivered on time, but one was missing the wine. I'm sorry it's embarrassing. Is that right?", "poor", "two delivered reversed into all four"),
        ("So you ordered four £35 hampers for your suppliers by 18 December, only two arrived and one had no wine in it. I understand that's embarrassing in front of your clients. Is that right?", "partial", "one fact missing (the website shows all four delivered)"),
    ],
))

S.append((
    "We booked your white 1960s Rolls-Royce for our wedding on 9 August, 1 p.m. pick-up, and paid a £200 deposit. A black modern saloon turned up at half past one, and the driver didn't have the ribbons we'd paid for. My wife was in tears. We want the deposit back.",
    [("car", ["white", "Rolls-Royce", "1960s"]), ("when", ["9 August", "1 p.m.", "one o'clock"]), ("deposit", ["£200", "200"]),
     ("wrong", ["black modern saloon", "black saloon", "half past one", "1:30"]), ("ribbons", ["ribbons", "didn't have the ribbons"]),
     ("want", ["deposit back", "refund"])],
    ["upset", "in tears", "understand", "sorry", "heartbreaking"],
    [
        ("So for your wedding on the ninth of August you'd reserved the white sixties Rolls-Royce to collect you at one o'clock, with £200 paid down; instead a modern black saloon arrived thirty minutes late, with no ribbons even though you'd paid for them, and your wife ended up in tears, so you're asking for the deposit to be refunded. I'm so sorry, that must have been heartbreaking on your day. Is that correct?", "good", "all facts in other words (ninth of August, sixties, thirty minutes late, paid down, refunded), feeling, check"),
        ("So you booked a black saloon for 9 August at half past one, and a white Rolls-Royce turned up at 1 p.m. without the ribbons, and you'd like your £200 deposit back. I'm sorry your wife was upset. Is that right?", "poor", "the cars and times swapped"),
        ("So you booked the white 1960s Rolls-Royce for 1 p.m. on 9 August with a £200 deposit, a black modern saloon came at half past one without the ribbons you'd paid for, your wife was in tears and you want the deposit back. I'm so sorry. Is that right? To be fair, nobody has ever complained about that driver before.", "partial", "all facts, feeling and check, but a taboo phrase (nobody has ever complained before) caps it"),
    ],
))

S.append((
    "I rented beach hut 12 for the fortnight from 1 to 14 July for £400. When we arrived the lock was broken and the hut smelled of damp, and we were moved to hut 30, which is a twenty-minute walk from the car park. Nobody offered us any money back. I feel cheated.",
    [("hut", ["hut 12", "number 12"]), ("dates", ["1 to 14 July", "fortnight", "two weeks"]), ("price", ["£400", "400"]),
     ("state", ["lock was broken", "damp", "smelled"]), ("moved", ["hut 30", "moved", "twenty-minute walk"]),
     ("no-refund", ["nobody offered", "no money back", "no refund"])],
    ["cheated", "unfair", "understand", "sorry", "ripped off"],
    [
        ("So you'd paid £400 for hut number 12 for two weeks, the first to the fourteenth of July; on arrival its lock was bust and it smelled damp, so you were put in hut 30 instead, twenty minutes' walk from the car park, and no refund of any kind was offered. I can understand you feel cheated. Have I understood that properly?", "good", "ordinal date range, lock was bust, put in hut 30, no refund of any kind; feeling, check"),
        ("So you booked hut 30 for two weeks in July for £400, but were moved to hut 12 because of the damp, a long walk from the car park, and you got part of your money back. I'm sorry you feel cheated. Is that right?", "poor", "the huts swapped and the refund reversed"),
        ("So you rented hut 12 from 1 to 14 July for £400, the lock was broken and it smelled of damp, you were moved to hut 30, a twenty-minute walk from the car park, and nobody offered any money back. Is that right?", "partial", "all facts and check, no feeling"),
    ],
))

S.append((
    "I left my 15-horsepower outboard with you on 2 May for a service quoted at £180, to be ready in ten working days. It's now been five weeks, the bill has gone up to £310 without anyone asking me, and the engine still won't start. I've missed the start of the fishing season. I'm very frustrated.",
    [("engine", ["15-horsepower", "15 hp", "outboard"]), ("date", ["2 May", "2nd of May"]), ("quote", ["£180", "180", "ten working days"]),
     ("weeks", ["five weeks", "5 weeks"]), ("bill", ["£310", "310", "without anyone asking"]), ("start", ["won't start", "still won't start"]),
     ("season", ["fishing season", "missed the start"])],
    ["frustrated", "frustrating", "understand", "sorry", "annoying"],
    [
        ("So you brought the fifteen-horsepower outboard in on the second of May for a £180 service you were told would take two working weeks; five weeks later the price has climbed to £310 without anyone checking with you, the motor still doesn't start, and you've missed the opening of the fishing season. That's really frustrating. Is that right?", "good", "two working weeks for ten working days, climbed to, without anyone checking, doesn't start; feeling, check"),
        ("So you left your 15-horsepower outboard on 2 May, you agreed to the price going up from £180 to £310, and after five weeks it's running again. I'm sorry for the wait. Is that right?", "poor", "the unasked increase reversed into agreement; won't start reversed into running"),
        ("So you left your 15-horsepower outboard on 12 May for a £180 service, ready in ten working days; five weeks on the bill has gone up to £310 without anyone asking you, it still won't start and you've missed the start of the fishing season. I understand how frustrating that is. Is that correct?", "partial", "one minor detail wrong (12 May for 2 May)"),
    ],
))

S.append((
    "I bought a block of twelve personal-training sessions for £480 in January. My trainer cancelled six of them at less than an hour's notice, and now the gym says the block expired on 31 March, so I've lost the six sessions I never got. Nobody told me there was an expiry date. I'm really upset.",
    [("block", ["twelve sessions", "12 sessions", "£480"]), ("when", ["January"]), ("cancelled", ["cancelled six", "trainer cancelled", "less than an hour's notice"]),
     ("expired", ["expired on 31 March", "expired", "31 March"]), ("lost", ["lost the six", "lost six sessions"]),
     ("not-told", ["nobody told", "no one told", "never told"])],
    ["upset", "upsetting", "understand", "sorry", "unfair"],
    [
        ("So in January you paid £480 for twelve sessions with a trainer; half of them she called off with under an hour's warning, and now you're told the package ran out at the end of March, so the six you never had are gone, even though no one ever mentioned it would expire. I'm really sorry, I can see why you're upset. Did I get all that?", "good", "half of twelve for six, called off, ran out at the end of March, never had, no one mentioned; feeling, check"),
        ("So you bought twelve sessions for £480 in January, you cancelled six of them at short notice, and the block expired on 31 March so you lost those six. I understand you're upset. Is that right?", "poor", "who cancelled swapped (the customer, not the trainer)"),
        ("So you paid £480 in January for twelve sessions, your trainer cancelled six of them at less than an hour's notice, and the gym says the block expired on 31 March so you've lost those six. I'm sorry, that's upsetting. Is that right?", "partial", "one fact missing (nobody told about the expiry)"),
    ],
))

S.append((
    "Our office rents two water coolers at £25 a month each. Since the start of October you've delivered eight bottles a week instead of the four we ordered, and invoiced us for all of them. We've sent back the extra bottles twice but you keep charging. I'm fed up chasing this.",
    [("coolers", ["two water coolers", "2 coolers", "£25 a month"]), ("since", ["start of October", "October"]),
     ("bottles", ["eight bottles", "8 bottles", "instead of four"]), ("invoiced", ["invoiced", "charged", "billed"]),
     ("sent-back", ["sent back", "returned", "twice"])],
    ["fed up", "frustrating", "understand", "sorry", "tiring"],
    [
        ("So you hire a pair of coolers at £25 a month apiece; since early October you've been getting double the four bottles a week you asked for and been billed for every one, and although you've returned the surplus bottles on two occasions the charges keep coming. I can hear how tiring it is to keep chasing this. Is that a fair summary?", "good", "a pair, apiece, double the four, billed, returned on two occasions; feeling, check"),
        ("So you ordered eight bottles a week but only four have been delivered since October, and you've been invoiced for eight. I understand you're fed up. Is that right?", "poor", "ordered and delivered counts swapped"),
        ("So you rent two coolers at £25 a month each, since the start of October we've delivered eight bottles a week instead of four and invoiced you for all of them, and you've sent the extras back twice but the charges continue. I'm sorry you're fed up chasing it.", "partial", "all facts and feeling, no check"),
    ],
))

S.append((
    "I had eyelash extensions done on Saturday for £65 and was told they'd last three to four weeks. Half of them fell out by Tuesday, and when I went back the manager said I must have rubbed my eyes and refused to redo them. I'd booked them for my sister's wedding. I'm so upset.",
    [("lashes", ["eyelash extensions", "lash extensions", "£65"]), ("last", ["three to four weeks", "3-4 weeks"]),
     ("fell-out", ["half of them fell out", "fell out", "by Tuesday"]), ("blamed", ["rubbed my eyes", "rubbing your eyes", "blamed"]),
     ("refused", ["refused to redo", "wouldn't redo", "won't redo"]), ("wedding", ["sister's wedding"])],
    ["upset", "upsetting", "understand", "sorry", "disappointing"],
    [
        ("So on Saturday you paid £65 for lash extensions you were told would last three to four weeks, yet by Tuesday half of them had come off; when you returned, the manager put it down to you rubbing your eyes and wouldn't redo them, and they were for your sister's wedding. That's so upsetting, I'm sorry. Have I got that right?", "good", "had come off, put it down to, wouldn't redo; feeling, check"),
        ("So your lashes lasted the three to four weeks we promised, and the manager offered to redo them before your sister's wedding? Is that right?", "poor", "the lashes falling out and the refusal reversed"),
        ("So on Saturday you paid £65 for lash extensions that should last two to three weeks, half fell out by Tuesday, the manager blamed you for rubbing your eyes and refused to redo them, and they were for your sister's wedding. I'm sorry, that's upsetting. Is that right?", "partial", "one minor detail wrong (two to three weeks for three to four)"),
    ],
))

write_english("ps17en", S, CHECK)
