"""Writes the session-13 English restatement probe as JSONL. Rows written by hand, new domains."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_english  # noqa: E402

CHECK = ["is that right", "did I get that right", "is that correct", "have I got that right",
         "anything I missed", "anything to add", "does that sound right", "have I understood"]

S = []  # (customer, criteria, feeling wordings, [(answer, label, why)])

S.append((
    "I ordered 500 business cards from your print shop on Monday and paid £60. They came yesterday with my phone number printed wrong, two digits swapped, and I need them for a trade fair on Thursday. I'm panicking.",
    [("cards", ["500 business cards", "business cards", "cards"]), ("paid", ["£60", "60"]),
     ("wrong-number", ["phone number wrong", "wrong number", "digits swapped"]),
     ("fair", ["trade fair", "Thursday"])],
    ["panicking", "worried", "stressful", "understand", "sorry"],
    [
        ("So the five hundred cards you paid sixty pounds for turned up yesterday with two of the digits in your phone number the wrong way round, and you've got a trade show on Thursday where you need them. I can hear how stressed you are about that. Have I got that right?", "good", "all facts in other words"),
        ("Let me check I've followed: you placed an order with us on Monday for 500 business cards at £60, they were delivered yesterday but the phone number has a mix-up in two digits, and the fair is this Thursday. No wonder you're anxious. Does that sound right?", "good", "all facts, feeling in own words"),
        ("So your 500 business cards arrived yesterday with the wrong phone number and you need them for Thursday's trade fair. I'm sorry, that's stressful. Is that right?", "partial", "one fact missing (the £60)"),
        ("So you sent us the wrong phone number for your 500 business cards, and now you need them reprinted before the trade fair on Thursday? I understand you're worried.", "poor", "who made the mistake reversed"),
        ("So your 500 business cards came yesterday with your email address misspelt, and you paid £16 for them. I'm sorry you're panicking. Is that right?", "poor", "what was wrong and the amount are wrong"),
    ],
))

S.append((
    "I paused my recipe box for two weeks while I was on holiday, and you confirmed it by email. You delivered a box anyway on Tuesday, it sat on my doorstep for four days so all the meat went off, and you took £42 from my card. I'm disgusted.",
    [("paused", ["paused", "put on hold", "two weeks"]), ("confirmed", ["confirmed", "email"]),
     ("delivered", ["delivered anyway", "Tuesday", "box arrived"]), ("spoiled", ["meat went off", "spoiled", "four days"]),
     ("charged", ["£42", "42"])],
    ["disgusted", "frustrating", "understand", "sorry"],
    [
        ("So you'd put your deliveries on hold for a fortnight while you were away, we emailed to confirm that, but a box still came on Tuesday, it was left outside your door for four days so the meat was ruined, and we charged you £42 for it. I completely understand why you're so unhappy. Is that correct?", "good", "all facts in other words"),
        ("So you paused the box for two weeks and got our confirmation, yet we sent one on Tuesday anyway, it was on your step for four days and the meat spoiled, and £42 came off your card. I'm sorry, that's awful. Have I got that right?", "good", "all facts"),
        ("So you paused your recipe box for your holiday, but a box was delivered on Tuesday and sat outside for four days, so the meat went off, and we took £42. I'm sorry, that's disgusting. Is that right?", "partial", "one fact missing (we confirmed the pause)"),
        ("So you forgot to pause your recipe box before your holiday, it sat on the doorstep for four days and the meat went off, and you were charged £42? I understand you're disgusted.", "poor", "reversed: the customer did pause it and we confirmed"),
        ("So you paused your box for two weeks, we confirmed by email, a box came on Tuesday anyway, it sat on your doorstep for four days so the meat went off, and we took £42. Is that right?", "partial", "the feeling is missing"),
    ],
))

S.append((
    "I paid £240 for a block of ten driving lessons. My instructor, Dave, hasn't turned up for the last three lessons and didn't call once. My test is on the 14th and I've barely driven in a month. I'm really worried I'll fail.",
    [("paid", ["£240", "240", "ten lessons"]), ("no-show", ["hasn't turned up", "didn't come", "missed"]),
     ("three", ["three lessons", "three times", "last three"]), ("no-call", ["didn't call", "no call", "not told"]),
     ("test", ["test on the 14th", "14th", "test"])],
    ["worried", "anxious", "understand", "sorry"],
    [
        ("So you paid £240 for ten lessons, but Dave has failed to show for your last three without so much as a phone call, your test is on the 14th and you've hardly been behind the wheel for a month. It's completely understandable that you're anxious about passing. Did I get that right?", "good", "all facts in other words"),
        ("So Dave has missed your last three lessons and never rang to say so, out of the ten you paid £240 for, and with your test coming up on the 14th you've had almost no driving practice for a month. I'd be nervous too. Is that right?", "good", "all facts, feeling in own words"),
        ("So you cancelled your last three lessons with Dave, and now your test is on the 14th and you haven't driven much? I'm sorry you're worried.", "poor", "who cancelled reversed"),
        ("So you paid £240 for ten lessons, Dave missed the last two and didn't call, and your test is on the 14th. I understand you're worried about failing. Is that right?", "partial", "one minor wrong count (two for three)"),
        ("I'm sorry, that sounds really worrying. Your test is on the 14th, is that right?", "poor", "most facts missing"),
    ],
))

S.append((
    "I brought my car in for the £25 full valet at your Station Road car wash on Saturday. When I collected it, the passenger wing mirror was hanging off, and your staff said it must have been loose already. It wasn't. The dealer wants £180 to replace it. I'm furious.",
    [("valet", ["£25", "valet", "car wash"]), ("saturday", ["Saturday"]),
     ("mirror", ["wing mirror", "mirror hanging off", "mirror"]), ("blamed", ["loose already", "said it was loose", "blamed"]),
     ("repair", ["£180", "180"])],
    ["furious", "angry", "understand", "sorry"],
    [
        ("So on Saturday you had the £25 full valet with us on Station Road, and when you picked the car up the mirror on the passenger side was dangling, our team told you it must already have been loose, which it wasn't, and now the dealer is asking £180 to fix it. I'd be livid as well. Have I got that right?", "good", "all facts in other words"),
        ("So your car went in for the full valet on Saturday and came back with the passenger wing mirror hanging off, and you were told it must have been loose already. I'm so sorry, I understand you're furious. Is that right?", "partial", "one fact missing (the £180 repair)"),
        ("So your wing mirror was already loose when you brought the car in on Saturday, and it came off during the £25 valet, and now the dealer wants £180? I'm sorry you're angry.", "poor", "the customer's point reversed: it was not loose"),
        ("So you came in for the £25 valet on Saturday, the passenger mirror was broken when you collected the car, our staff claimed it was already loose though it wasn't, and replacing it will cost you £180. That's outrageous, I'm sorry. Did I get that right?", "good", "all facts"),
        ("So you came in for the £25 valet on Saturday, the passenger mirror was hanging off when you collected the car, our staff said it must have been loose already, and the dealer wants £180 to replace it. Is that right?", "partial", "the feeling is missing"),
    ],
))

S.append((
    "I booked two lanes for my son's eighth birthday party at 2pm on Saturday, twelve kids, and paid a £50 deposit. When we got there the lanes had been double-booked, we waited forty-five minutes, and by the time we played the pizzas were cold. He was in tears.",
    [("lanes", ["two lanes", "lanes"]), ("party", ["birthday", "eighth birthday", "party"]),
     ("deposit", ["£50", "50", "deposit"]), ("double-booked", ["double-booked", "booked twice", "someone else"]),
     ("waited", ["forty-five minutes", "45 minutes", "waited"]), ("cold", ["pizzas were cold", "cold"])],
    ["in tears", "upsetting", "understand", "sorry"],
    [
        ("So you'd reserved two lanes for twelve children at 2pm on Saturday for your son's eighth birthday, with a £50 deposit paid, but we'd given the same lanes to another group too, you were kept waiting three quarters of an hour, and the pizza had gone cold before anyone bowled. How heartbreaking for him on his birthday. Is that right?", "good", "all facts in other words"),
        ("So you booked two lanes for the party at 2pm on Saturday and paid a £50 deposit, they'd been double-booked, you waited forty-five minutes and the pizzas were cold. Is that right?", "partial", "the feeling is missing"),
        ("So you turned up forty-five minutes late for your 2pm booking on Saturday, so the lanes had gone to someone else and the pizzas were cold? I'm sorry your son was upset.", "poor", "what happened reversed: the customer was not late"),
        ("So for your son's eighth birthday on Saturday you'd booked two lanes at 2pm and put down £50, we had double-booked them, the twelve kids waited forty-five minutes and the pizzas went cold. I'm so sorry he ended up in tears. Anything I missed?", "good", "all facts"),
        ("So you booked two lanes for your son's birthday on Saturday, paid a £150 deposit, and they'd been double-booked so you waited, and the pizzas were cold. I'm sorry he was in tears. Is that right?", "poor", "the deposit amount is wrong (key value)"),
    ],
))

S.append((
    "I hired one of your e-scooters on Sunday and ended the ride at 6:10 outside the station, the app showed it locked. This morning I saw you charged me £31 for three hours, as if I'd kept it till nine. Your in-app chat just says it's closed. I feel ripped off.",
    [("sunday", ["Sunday"]), ("ended", ["ended the ride", "6:10", "locked"]),
     ("charged", ["£31", "31", "three hours"]), ("chat-closed", ["chat closed", "chat says closed", "no one to talk to"])],
    ["ripped off", "frustrating", "understand", "sorry"],
    [
        ("So you finished your scooter trip on Sunday at ten past six by the station and the app confirmed it was locked, but this morning you found a £31 charge for three hours as though you'd had it until nine, and the chat in the app only tells you it's shut. I can see why you feel cheated. Have I understood correctly?", "good", "all facts in other words"),
        ("So you left the scooter locked outside the station at 6:10 on Sunday, yet we billed you thirty-one pounds for a three-hour ride, and there's nobody on the app chat to sort it out. That's maddening, I'm sorry. Is that right?", "good", "all facts"),
        ("So you forgot to lock the scooter on Sunday and it kept running until nine, so you were charged £31 for three hours? I understand you feel ripped off.", "poor", "reversed: the scooter was locked"),
        ("So you ended your ride at 6:10 on Sunday and the app showed it locked, but you were charged £31 for three hours. I'm sorry, I understand you feel ripped off. Is that right?", "partial", "one fact missing (the chat is closed)"),
        ("So you hired an e-scooter on Sunday and ended the ride at 6:10 outside the station, the app showed it locked, and this morning you saw we charged you £31 for three hours, as if you'd kept it till nine, and the in-app chat says it's closed. Is that right?", "poor", "a near copy of the customer's words"),
    ],
))

write_english("ps13", S, CHECK)
