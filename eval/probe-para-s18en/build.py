"""Writes the session-18 English restatement probe of the poor side (issue 12, wt-paraen18w) as JSONL. Rows written by hand, new domains."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_english  # noqa: E402

CHECK = ["is that right", "did I get that right", "is that correct", "have I got that right",
         "anything I missed", "anything to add", "does that sound right", "have I understood",
         "is that a fair summary", "right?"]
SORRY = ["sorry", "understand", "frustrating", "upsetting", "annoying", "no wonder"]

S = []  # (customer, criteria, feeling wordings, [(answer, label, why)])

S.append((
    "Your thatcher re-ridged our cottage roof in May for £3,200. In the first autumn storm a whole section of the ridge blew off and now rain is coming through the bedroom ceiling. I rang your office twice and was told the thatcher is booked until March.",
    [("ridge", ["re-ridged", "ridge"]), ("price", ["£3,200", "3,200", "3200", "thirty-two hundred"]),
     ("storm", ["storm", "blew off", "blown off"]), ("leak", ["rain is coming through", "leaking", "bedroom ceiling"]),
     ("calls", ["rang twice", "twice", "two calls"]), ("march", ["March", "booked until"])],
    SORRY,
    [
        ("So the new ridge we put on your cottage in May, thirty-two hundred pounds' worth, lost a big chunk in the first autumn gale, water's now getting into the bedroom through the ceiling, and when you phoned us a couple of times you were told he can't come before March. I can see how worrying that is. Have I got that right?", "good", "gale, lost a big chunk, water getting in, a couple of times, can't come before March; feeling, check"),
        ("So the ridge we did in May for £3,200 came through the first storm fine, and you'd just like the thatcher to look at the bedroom ceiling when he's free in March? Is that right?", "poor", "the ridge blowing off reversed into coming through fine"),
        ("So you paid £2,300 to have the roof re-ridged in May, part of it blew off in a storm, rain's coming in and the thatcher can't come till March. Sorry about that. Is that right?", "poor", "the amount wrong (2,300 for 3,200) — a key fact"),
        ("So the ridge went on in May for £3,200, a section blew off in the first autumn storm, rain is getting into the bedroom, and you rang twice and heard he's booked till March. Is that right?", "partial", "all facts and check, no feeling"),
    ],
))

S.append((
    "I booked a dry-stone waller to rebuild 20 metres of the field wall that my neighbour's cattle knocked down. He quoted £1,500, took a £500 deposit, came for one day, built about four metres and hasn't been back for five weeks. He won't answer my texts.",
    [("wall", ["20 metres", "twenty metres", "field wall"]), ("cattle", ["cattle", "cows", "neighbour's"]),
     ("quote", ["£1,500", "1,500", "fifteen hundred"]), ("deposit", ["£500", "500", "deposit"]),
     ("four", ["four metres", "4 metres", "one day"]), ("gone", ["five weeks", "hasn't been back", "not answering", "won't answer"])],
    SORRY,
    [
        ("So the waller quoted fifteen hundred to put back the twenty metres of wall your neighbour's cows flattened, had five hundred off you up front, did a single day and about four metres, and there's been no sign of him and no reply to your messages for over a month. That's really frustrating. Is that a fair summary?", "good", "cows flattened, up front, a single day, no sign of him, over a month; feeling, check"),
        ("So the waller knocked down twenty metres of your wall and then your neighbour's cattle got out, is that right? I'm sorry, that's frustrating.", "poor", "who did what swapped: the waller knocked the wall down"),
        ("So he quoted £500 and took a £1,500 deposit for the 20 metres the cattle knocked down, did four metres in a day and hasn't been back for five weeks or answered your texts. That must be frustrating. Is that right?", "poor", "quote and deposit swapped"),
        ("So he quoted £1,500 for the 20 metres the cattle flattened, took £500 up front, came for a day and did about four metres, and it's been three weeks with no reply to your texts. That's so frustrating. Have I got that right?", "partial", "one minor value wrong (three weeks for five)"),
    ],
))

S.append((
    "We paid £400 to have graffiti cleaned off the front of our shop on Tuesday. Your crew used a pressure washer on the old brick and stripped the paint off our sign as well, and the graffiti is still faintly visible. They left before I could show them.",
    [("price", ["£400", "400", "four hundred"]), ("graffiti", ["graffiti"]),
     ("washer", ["pressure washer", "pressure-washed", "jet wash"]), ("sign", ["sign", "paint off"]),
     ("visible", ["still visible", "still faintly", "still see"]), ("left", ["left before", "left", "gone before"])],
    SORRY,
    [
        ("So you paid us four hundred pounds on Tuesday to get the graffiti off your shopfront, our lads jet-washed the old brickwork, took the paint off your sign in the process, you can still make out the graffiti, and they'd gone before you had a chance to show them. I'm sorry, that's not what you paid for. Did I get that right?", "good", "jet-washed, took the paint off, still make out, had gone; feeling, check"),
        ("So our crew cleaned the graffiti off completely on Tuesday and also freshened up the paint on your sign, and they waited to go over it with you? Is that right?", "poor", "removed completely, paint freshened, waited: all reversed"),
        ("So the crew used a pressure washer on the brick and the graffiti is still faintly there, and you'd like the sign repainted while we're at it? I'm sorry. Is that right?", "poor", "the stripped sign turned into a wish of the customer; price and leaving missing"),
        ("So you paid £400 on Tuesday, the crew pressure-washed the brick, stripped the paint off your sign, the graffiti still shows and they left before you could show them. Pressure washing is our standard method, but I understand you're upset. Is that right?", "partial", "all facts, feeling and check, with a policy line of the agent's own"),
    ],
))

S.append((
    "I booked a piper for my dad's funeral on the 14th, £250 paid in advance. He was supposed to play as the coffin went in at 11. He turned up at 11:40 when the service was nearly over and then asked for an extra £50 for parking. The family was devastated.",
    [("piper", ["piper", "bagpipes", "pipes"]), ("funeral", ["funeral", "your dad", "your father"]),
     ("price", ["£250", "250", "two hundred and fifty"]), ("late", ["11:40", "twenty to twelve", "forty minutes late"]),
     ("parking", ["£50", "50", "parking", "extra"])],
    ["sorry", "devastated", "devastating", "understand", "awful"],
    [
        ("So you'd paid two hundred and fifty pounds up front for a piper to play your father in at eleven on the fourteenth, he didn't arrive until twenty to twelve with the service almost done, and then wanted another fifty for parking on top. I'm so sorry, that's awful for your family. Have I understood that right?", "good", "play your father in, twenty to twelve, another fifty for parking; feeling, check"),
        ("So the piper played as the coffin came in at 11 and then asked for £50 for parking? I'm so sorry for your loss. Is that right?", "poor", "the late arrival reversed into playing on time"),
        ("So you paid the piper £50 in advance and he asked for another £250 for parking after turning up at 11:40 at your dad's funeral? I'm so sorry. Is that right?", "poor", "the fee and the parking charge swapped"),
        ("So you paid £250 up front for a piper at your dad's funeral on the 14th, he was meant to play at 11, came at 11:40 near the end of the service and asked for £50 more for parking. Is that right?", "partial", "all facts and check, no feeling"),
    ],
))

S.append((
    "I bought a family ticket for the hovercraft trip round the bay, £96 for four of us. Halfway out the engine cut out and we drifted for an hour before a lifeboat towed us in. The kids were terrified. Your website said refunds are given for cancelled trips, but your office says ours wasn't cancelled so we get nothing.",
    [("ticket", ["family ticket", "four of us", "£96", "96"]), ("engine", ["engine cut out", "engine failed", "broke down"]),
     ("drift", ["drifted", "an hour", "hour"]), ("tow", ["lifeboat", "towed"]),
     ("refund", ["refund", "get nothing", "wasn't cancelled"])],
    ["sorry", "terrified", "frightening", "understand", "scary"],
    [
        ("So the four of you paid ninety-six pounds for the hovercraft trip, the engine died halfway across the bay, you were adrift for about an hour until the lifeboat brought you back, and now our office says that doesn't count as a cancellation so there's no refund. That must have been frightening for the children. Did I get that right?", "good", "engine died, adrift, lifeboat brought you back, no refund; feeling, check"),
        ("So the engine cut out and you drifted for an hour until our own crew fixed it, and the office has already given you a refund? I'm sorry, that must have been scary. Is that right?", "poor", "the lifeboat tow and the refused refund both reversed"),
        ("So you paid £96 for a family ticket, the hovercraft ran aground halfway out and you waited an hour for a lifeboat to tow you in, and the office says you get nothing as it wasn't cancelled. I'm sorry the kids were so scared. Is that right?", "poor", "what happened wrong (ran aground for the engine cutting out)"),
        ("So you paid £96 for a family ticket, the engine cut out halfway and you drifted for twenty minutes before a lifeboat towed you in, and the office says you get nothing as it wasn't cancelled. I'm sorry, that sounds terrifying for the kids. Is that right?", "partial", "one minor value wrong (twenty minutes for an hour)"),
    ],
))

S.append((
    "Your foundry took our church's tenor bell away in January to be retuned, quoted eight weeks. It's now July, the bell still isn't back, and we've had two weddings without bells. Nobody told us about any delay until I chased it.",
    [("bell", ["tenor bell", "bell"]), ("retune", ["retuned", "retuning", "tuning"]),
     ("january", ["January", "took away"]), ("weeks", ["eight weeks", "8 weeks", "two months"]),
     ("july", ["July", "still isn't back", "six months"]), ("weddings", ["two weddings", "weddings"]),
     ("told", ["nobody told", "no one told", "until I chased", "chased"])],
    SORRY,
    [
        ("So we collected your tenor bell in January to retune it and said two months, it's July now and it's still with us, you've had two weddings with no bells, and you only heard about the hold-up because you chased us. I'm sorry, that's really disappointing. Is that right?", "good", "collected, two months, still with us, hold-up, chased; feeling, check"),
        ("So the bell went in January for retuning, we quoted eight weeks, it came back in March and you've had two weddings since? Is that right?", "poor", "the bell not being back reversed into returned in March"),
        ("So the tenor bell went to us in January for retuning, quoted at eight weeks, it's still not back in July and you've missed bells at two funerals, and nobody warned you until you chased. I'm sorry. Is that right?", "partial", "one minor detail wrong (funerals for weddings)"),
        ("So you took the tenor bell away in January to retune it yourselves, it's July and you haven't brought it back, and we didn't tell you about a delay? I'm sorry. Is that right?", "poor", "who acts swapped: the customer took the bell away"),
    ],
))

S.append((
    "I booked your shearing contractor for 300 ewes on the 3rd of June. He sent a lad on his own who got through 90 before lunch and then left. Several of the ewes he did have nasty cuts that needed the vet, which cost me £180.",
    [("ewes", ["300", "three hundred", "ewes"]), ("date", ["3rd of June", "3 June", "third of June"]),
     ("lad", ["lad", "on his own", "alone"]), ("ninety", ["90", "ninety", "left"]),
     ("cuts", ["cuts", "cut", "injured"]), ("vet", ["vet", "£180", "180"])],
    SORRY,
    [
        ("So you'd booked us to shear three hundred ewes on the third of June, a young lad came by himself, managed ninety by lunchtime and then went off, and some of the ones he did were badly nicked and needed the vet, at a hundred and eighty pounds. That's really annoying. Have I got that right?", "good", "by himself, managed ninety, went off, badly nicked; feeling, check"),
        ("So the lad sheared all 300 ewes by lunch, and a few had small nicks that you treated yourself? Is that right?", "poor", "90 of 300 turned into all 300; the vet denied"),
        ("So the lad did 90 ewes and left, several had cuts and the vet cost you £810. I'm sorry. Is that right?", "poor", "the vet's bill wrong (810 for 180); the booking missing"),
        ("So we were booked for 300 ewes on 3 June, a lad came alone, did 90 before lunch and left, and several of his ewes needed the vet for cuts, costing you £180. Is that right?", "partial", "all facts and check, no feeling"),
    ],
))

S.append((
    "We sent our crystal chandelier to you for cleaning and rewiring, £340. When it came back, six of the drops were missing and it trips the fuse every time we switch it on. Your workshop says it was fine when it left them.",
    [("chandelier", ["chandelier", "crystal"]), ("price", ["£340", "340", "three hundred and forty"]),
     ("drops", ["six drops", "6 drops", "drops missing", "six of the"]), ("fuse", ["trips the fuse", "fuse", "trips"]),
     ("workshop", ["fine when it left", "workshop says", "says it was fine"])],
    SORRY,
    [
        ("So you paid three hundred and forty pounds for us to clean and rewire your crystal chandelier, it came home short of six drops, it blows the fuse whenever you turn it on, and our workshop insists nothing was wrong when it went out. I'm sorry, that's really frustrating. Did I understand that correctly?", "good", "came home short of six drops, blows the fuse, insists nothing was wrong; feeling, check"),
        ("So the chandelier came back with all its drops and works fine, but you think the cleaning could've been better? Is that right?", "poor", "missing drops and tripping fuse denied"),
        ("So the chandelier came back missing six drops and it trips the fuse, and the workshop has admitted they lost them? I'm sorry. Is that right?", "poor", "the workshop's denial reversed into an admission; price missing"),
        ("So you paid £340 for cleaning and rewiring, it came back without six drops and trips the fuse, and the workshop says it was fine when it left. It probably got knocked in transit, but I'm sorry, I understand it's frustrating. Is that right?", "partial", "all facts, feeling and check, with an excuse of the agent's own"),
    ],
))

S.append((
    "I hired a hot tub for my daughter's 18th for the weekend, £280. It was delivered on Friday but the heater didn't work, so the water was freezing all weekend. Your driver took it away on Monday and said he'd report it, but I've heard nothing about a refund.",
    [("tub", ["hot tub"]), ("party", ["18th", "eighteenth", "daughter"]),
     ("price", ["£280", "280", "two hundred and eighty"]), ("heater", ["heater", "freezing", "cold", "didn't heat"]),
     ("report", ["report", "driver"]), ("refund", ["refund", "heard nothing"])],
    SORRY,
    [
        ("So you paid two hundred and eighty pounds to hire a hot tub for your daughter's eighteenth, it arrived on Friday with a broken heater so it stayed ice-cold the whole weekend, and when our driver collected it on Monday he said he'd pass it on, yet there's been no word on your money back. I'm sorry, that spoiled her birthday. Is that right?", "good", "broken heater, ice-cold, collected, pass it on, money back; feeling, check"),
        ("So the hot tub arrived on Monday, after the party, and the driver refused to take it back? I'm sorry. Is that right?", "poor", "delivery day and the driver's act reversed"),
        ("So the hot tub's heater worked but the pump was noisy all weekend, and the driver has already sorted your refund? Is that right?", "poor", "the heater fault denied, refund reversed"),
        ("So you hired a hot tub for £280 for your daughter's 18th, it came on Saturday, the heater didn't work so it was freezing, and the driver took it on Monday promising to report it, but no refund yet. I'm sorry, what a let-down. Is that right?", "partial", "one minor detail wrong (Saturday for Friday)"),
    ],
))

S.append((
    "Your team dug a wildlife pond in our garden in April, £2,100. The liner they used was the thin one, not the 1mm one we paid for, and it has already split. The pond is now empty and two frogs died. I'm furious.",
    [("pond", ["pond"]), ("price", ["£2,100", "2,100", "2100", "twenty-one hundred"]),
     ("liner", ["thin liner", "thin one", "not the 1mm", "wrong liner", "cheaper liner"]),
     ("split", ["split", "torn", "ripped"]), ("empty", ["empty", "drained", "frogs"])],
    ["furious", "angry", "sorry", "understand", "upsetting"],
    [
        ("So our team put in your wildlife pond in April for twenty-one hundred pounds, but they used a flimsy liner instead of the one-millimetre one you'd paid for, it's torn already, the water's all gone and you've lost two frogs. I completely understand why you're so angry. Have I got that right?", "good", "flimsy liner instead of, torn, water's all gone, lost two frogs; feeling, check"),
        ("So the team used the 1mm liner you paid for, but it split anyway, and the pond's now empty? I'm sorry. Is that right?", "poor", "the wrong liner denied"),
        ("So you paid £1,200 for the pond in April, the liner was thinner than the 1mm one you'd ordered and split, and the pond is empty and two frogs died. I understand you're furious. Is that right?", "poor", "the price wrong (1,200 for 2,100)"),
        ("So you paid £2,100 in April for a wildlife pond, they used a thin liner, not the 1mm one you paid for, it split, and the pond is empty and two frogs died. Is that right?", "partial", "all facts and check, no feeling"),
    ],
))

if __name__ == "__main__":
    write_english("ps18en", S, CHECK)
