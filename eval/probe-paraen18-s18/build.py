"""Writes the session-18 English restatement probe (issue 12 good side, wt-paraen18) as JSONL. Rows written by hand, new domains."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_english  # noqa: E402

CHECK = ["is that right", "did I get that right", "is that correct", "have I got that right",
         "anything I missed", "anything to add", "does that sound right", "have I understood",
         "is that a fair summary"]
FEEL = ["sorry", "understand", "frustrating", "annoying", "upsetting"]

S = []  # (customer, criteria, feeling wordings, [(answer, label, why)])

S.append((
    "Your company put a snack vending machine in our staff room in March. It has swallowed coins at least a dozen times, and when I rang to report it, your office said an engineer would come within 48 hours. That was two weeks ago and nobody has turned up. My staff are fed up.",
    [("machine", ["vending machine", "snack machine"]), ("coins", ["swallowed coins", "takes coins", "keeps the money"]),
     ("dozen", ["dozen times", "twelve times", "a dozen"]), ("promise", ["48 hours", "within 48 hours", "two days"]),
     ("nobody", ["nobody has turned up", "no one came", "nobody came"])],
    FEEL,
    [
        ("So the snack machine we installed in your staff room back in March has eaten people's money on twelve or more occasions, and although our office promised you a technician inside two days, a fortnight has gone by without a single visit. I can see why your team has had enough. Have I got that right?", "good", "eaten people's money, twelve or more occasions, technician inside two days, a fortnight without a visit"),
        ("If I've understood, the vending machine from March keeps taking coins without giving anything back, it's happened a good dozen times, and you were told someone would be out within forty-eight hours, but two weeks on you're still waiting for anyone to appear. That's really frustrating for your staff. Is that right?", "good", "taking coins without giving anything back, still waiting for anyone to appear"),
        ("So the snack machine in your staff room has been eating coins, and two weeks after you reported it nobody has come out to look at it. I'm sorry, I can see your staff are fed up. Is that right?", "partial", "the dozen times and the 48-hour promise left out"),
        ("So the machine took a coin once, and our engineer came the next day and fixed it? Is that right?", "poor", "a dozen reversed into once, nobody came reversed into a visit"),
    ],
))

S.append((
    "I bought a juniper bonsai from your nursery for £180 as a retirement present for my father. Within three weeks the needles had turned brown, and the care sheet you gave us said to water it once a month, which your own website says is far too little. I feel embarrassed in front of my dad.",
    [("tree", ["juniper", "bonsai"]), ("price", ["£180", "180", "a hundred and eighty"]),
     ("gift", ["retirement present", "retirement", "present for your father"]),
     ("brown", ["needles had turned brown", "turned brown", "brown"]),
     ("sheet", ["once a month", "care sheet", "watering"])],
    ["sorry", "understand", "embarrassing", "awkward", "upsetting"],
    [
        ("So the juniper bonsai you paid a hundred and eighty pounds for, as your dad's retirement gift, had gone brown inside three weeks, and the care instructions we handed you said a monthly watering, which our own site says is nowhere near enough. That must have been awkward with your father. Have I understood that properly?", "good", "gone brown inside three weeks, monthly watering, nowhere near enough"),
        ("If I've got it right, the £180 juniper you gave your father when he retired lost its green within twenty-one days, and our care leaflet told you to water it only monthly even though our website warns that's too little. I'm sorry, I can see how embarrassing that is. Is that right?", "good", "lost its green, twenty-one days, care leaflet, only monthly"),
        ("So the juniper bonsai you bought for £180 as your father's retirement present turned brown within three weeks. I'm sorry, I can see how embarrassing that is. Is that right?", "partial", "the wrong watering instruction left out"),
        ("So the bonsai is doing well, but you'd like a different care sheet? Is that right?", "poor", "the brown needles reversed into doing well"),
    ],
))

S.append((
    "I paid £95 for your saddle fitter to check my mare's saddle last Friday. She spent ten minutes, didn't even watch the horse being ridden, and told me it was fine. Two days later my vet found sore patches on the mare's back from the saddle. I'm really angry.",
    [("price", ["£95", "95", "ninety-five"]), ("short", ["ten minutes", "10 minutes"]),
     ("ridden", ["didn't watch", "being ridden", "without seeing her ridden"]),
     ("fine", ["it was fine", "said it fitted", "fine"]),
     ("sores", ["sore patches", "sores", "sore back"])],
    ["sorry", "understand", "angry", "upsetting", "frustrating"],
    [
        ("So last Friday you paid ninety-five pounds for our fitter to look at your mare's saddle, she was there for just ten minutes, never once saw the horse under saddle, and said nothing was wrong; then two days on your vet found raw areas on her back caused by that saddle. I completely understand why you're angry. Is that right?", "good", "never once saw the horse under saddle, said nothing was wrong, raw areas"),
        ("If I follow you, our fitter charged you £95 on Friday, gave it a quick ten-minute look without seeing the mare ridden, and passed the saddle as OK, and forty-eight hours later the vet spotted sore places on her back from it. I'm so sorry. Have I got that right?", "good", "passed the saddle as OK, forty-eight hours later, sore places"),
        ("So you paid £95 on Friday, our fitter spent ten minutes without seeing your mare ridden and said the saddle was fine. I'm sorry, I understand why you're angry. Is that right?", "partial", "the sore patches the vet found left out"),
        ("So our fitter spent a long time watching your mare being ridden, and the vet said her back was fine? Is that right?", "poor", "ten minutes and the sores reversed"),
    ],
))

S.append((
    "I hired four kilts from you for my son's wedding in Edinburgh on the 9th. When we opened the box the night before, two of them were the wrong tartan and one jacket was missing. I phoned your shop and nobody answered. The photos will look ridiculous.",
    [("four", ["four kilts", "4 kilts", "four"]), ("wedding", ["son's wedding", "wedding", "9th"]),
     ("tartan", ["wrong tartan", "different tartan", "tartan"]), ("jacket", ["jacket was missing", "jacket missing", "no jacket"]),
     ("phone", ["nobody answered", "no answer", "no one picked up"])],
    ["sorry", "understand", "upsetting", "stressful", "worrying"],
    [
        ("So you'd hired four kilts from us for your son's wedding in Edinburgh on the ninth, and when you opened the box the evening before, two were in a different tartan and a jacket wasn't there at all; and when you rang our shop, no one picked up. I'm so sorry, that must have been really stressful. Have I got that right?", "good", "different tartan, wasn't there at all, no one picked up"),
        ("If I understand, of the four kilts for your son's Edinburgh wedding on the 9th, a pair came in the wrong tartan and one of the jackets had been left out of the box, which you found the night before, and your call to us went unanswered. I understand how upsetting that is with the photos coming. Is that right?", "good", "a pair, left out of the box, went unanswered"),
        ("So of the four kilts you hired for your son's wedding on the 9th, two were the wrong tartan and one jacket was missing. I'm sorry, that's really stressful. Is that right?", "partial", "the unanswered phone left out"),
        ("So all four kilts arrived in the right tartan and you just wanted to check the jacket sizes? Is that right?", "poor", "the wrong tartan and the missing jacket reversed"),
    ],
))

S.append((
    "We hired one of your hot tubs for a long weekend, £320. It was delivered on Friday but the heater never worked, so the water stayed cold the whole time. Your emergency number went to voicemail all weekend. My kids were so disappointed.",
    [("price", ["£320", "320", "three hundred and twenty"]), ("weekend", ["long weekend", "weekend"]),
     ("heater", ["heater never worked", "heater", "not heating"]), ("cold", ["water stayed cold", "cold"]),
     ("voicemail", ["voicemail", "nobody answered", "no answer"])],
    ["sorry", "disappointed", "understand", "disappointing", "shame"],
    [
        ("So you paid three hundred and twenty pounds for one of our hot tubs over a long weekend, it arrived on the Friday but the heater didn't work at any point, so the water was freezing from start to finish, and our emergency line just rang through to an answering machine all weekend. What a shame for the children. Is that right?", "good", "didn't work at any point, freezing, answering machine"),
        ("If I've got this right, the £320 hot tub came on Friday for your long weekend, but it never heated up, so it was cold the entire time, and every time you tried our emergency number you got a recorded message. I'm sorry, I understand the kids were let down. Have I got that right?", "good", "never heated up, a recorded message"),
        ("So the hot tub you hired for £320 for the long weekend was delivered on Friday, but the heater never worked and the water stayed cold. I'm sorry the kids were disappointed. Is that right?", "partial", "the emergency number going to voicemail left out"),
        ("So the hot tub was lovely and warm but it came a day late? Is that right?", "poor", "cold water reversed into warm"),
    ],
))

S.append((
    "I sent you a Persian rug to be cleaned, and you quoted £140. It came back three weeks late, the colours had run into the fringe, and the invoice was £210. I've had that rug for thirty years. I'm heartbroken.",
    [("rug", ["Persian rug", "rug"]), ("quote", ["£140", "140", "a hundred and forty"]),
     ("late", ["three weeks late", "weeks late", "late"]), ("colours", ["colours had run", "run into the fringe", "dye ran"]),
     ("invoice", ["£210", "210", "two hundred and ten"])],
    ["sorry", "understand", "heartbreaking", "upsetting", "awful"],
    [
        ("So you sent us your Persian rug, which you've had for thirty years, on a quote of a hundred and forty pounds, and it came back three weeks behind schedule with the dye bled into the fringe, and then the bill was two hundred and ten pounds. I'm so sorry, I can hear how upsetting this is. Have I got that right?", "good", "behind schedule, dye bled into the fringe, the bill"),
        ("If I understand, we quoted £140 to clean your thirty-year-old Persian rug, returned it to you three weeks later than promised, the colours had leaked into the fringe, and we then charged you £210. That's heartbreaking. Is that right?", "good", "later than promised, leaked into the fringe, charged you"),
        ("So we quoted £140 for your Persian rug, it came back three weeks late and we billed you £210. I'm so sorry. Is that right?", "partial", "the colours running into the fringe left out"),
        ("So the rug came back early and the invoice was less than the quote? Is that right?", "poor", "late reversed into early, the higher invoice reversed"),
    ],
))

S.append((
    "I've stored twelve cases of wine in your cellar for six years at £15 a month. When I collected them last week, three cases were missing and your manager told me they must have been taken by someone else with my account number. I'm absolutely furious.",
    [("cases", ["twelve cases", "12 cases"]), ("years", ["six years", "6 years"]), ("fee", ["£15", "15 a month", "fifteen"]),
     ("missing", ["three cases were missing", "three missing", "three cases"]),
     ("someone", ["someone else", "account number", "taken by"])],
    ["sorry", "understand", "furious", "angry", "upsetting"],
    [
        ("So you've kept a dozen cases of wine in our cellar for six years, paying fifteen pounds every month, and when you went to collect them last week three of the cases had gone, and our manager said another person must have taken them using your account number. I completely understand why you're furious. Is that right?", "good", "a dozen cases, had gone, another person using your account number"),
        ("If I've followed you, after six years of paying us £15 a month to store your twelve cases, you came for them last week and found three weren't there, and our manager's explanation was that somebody else had used your account number to take them. I'm so sorry. Have I got that right?", "good", "weren't there, somebody else had used your account number"),
        ("So you've stored twelve cases with us for six years at £15 a month, and when you collected them last week three were missing. I understand why you're furious. Is that right?", "partial", "the manager's claim about someone else left out"),
        ("So all twelve cases were there, but you were charged for an extra month? Is that right?", "poor", "three missing reversed into all there"),
    ],
))

S.append((
    "Your team put up our greenhouse in April for £2,300. In the first storm in May, six panes blew out and the door came off its runners. Your installer admitted he hadn't fixed it to the base. We've lost most of our tomato plants.",
    [("price", ["£2,300", "2,300", "2300", "twenty-three hundred"]), ("panes", ["six panes", "6 panes", "panes blew out"]),
     ("door", ["door came off", "runners", "door"]), ("base", ["hadn't fixed it to the base", "not fixed to the base", "base"]),
     ("plants", ["tomato plants", "tomatoes", "plants"])],
    ["sorry", "understand", "upsetting", "frustrating", "disappointing"],
    [
        ("So we built your greenhouse in April for two thousand three hundred pounds, the first storm in May knocked out six of the panes and pulled the door off its runners, our fitter has owned up that he never secured it to the base, and you've lost most of your tomatoes. I'm really sorry, that's so frustrating. Have I got that right?", "good", "knocked out six of the panes, owned up, never secured it to the base"),
        ("If I've understood, the £2,300 greenhouse we put up in April lost six panes in May's first storm, the door was torn off its runners, the installer has admitted he didn't attach it to the base, and nearly all your tomato plants are gone. I'm sorry. Is that right?", "good", "lost six panes, didn't attach it to the base, nearly all ... gone"),
        ("So the greenhouse we put up in April for £2,300 lost six panes in the first storm and the door came off its runners, and most of your tomato plants are lost. I'm sorry, that's so frustrating. Is that right?", "partial", "the installer's admission about the base left out"),
        ("So the greenhouse stood up well in the storm, and only one pane cracked? Is that right?", "poor", "six panes and the door reversed into one pane"),
    ],
))

S.append((
    "I brought my lawnmower in for a service and paid £75. You kept it for a month, and when I got it back it wouldn't start. The mechanic then said the engine was worn out and I should buy a new one from you. I feel like I've been taken for a ride.",
    [("price", ["£75", "75", "seventy-five"]), ("month", ["a month", "four weeks", "month"]),
     ("start", ["wouldn't start", "won't start", "doesn't start"]), ("worn", ["worn out", "engine was worn", "engine"]),
     ("new", ["buy a new one", "new one", "new mower"])],
    ["sorry", "understand", "frustrating", "annoying", "upsetting"],
    [
        ("So you paid seventy-five pounds to have your mower serviced, we held on to it for four weeks, it wouldn't fire up when you got it home, and our mechanic then told you the engine was finished and suggested you buy a replacement from us. I understand why you feel taken for a ride. Is that right?", "good", "four weeks, wouldn't fire up, engine was finished, a replacement"),
        ("If I've got it right, after a month with us and a £75 service your lawnmower refused to start, and our mechanic's answer was that the engine had had it and you ought to get a new mower from us. That's really frustrating. Have I got that right?", "good", "refused to start, engine had had it"),
        ("So you paid £75 for a service, we kept your mower for a month and it wouldn't start when you got it back. I'm sorry, that's frustrating. Is that right?", "partial", "the mechanic's worn-engine advice to buy a new one left out"),
        ("So the mower runs better than ever after the service, and you just want a receipt? Is that right?", "poor", "wouldn't start reversed into runs better"),
    ],
))

S.append((
    "We pay you £600 a winter to grit our business car park by 7 a.m. whenever frost is forecast. Last Tuesday it was icy and no grit had been put down, and one of our customers slipped and broke her wrist. Now she's talking about suing us. I'm very worried.",
    [("fee", ["£600", "600", "six hundred"]), ("time", ["7 a.m.", "7am", "seven"]),
     ("icy", ["no grit", "hadn't been gritted", "not gritted"]), ("slip", ["slipped", "fell"]),
     ("wrist", ["broke her wrist", "broken wrist", "wrist"]), ("sue", ["suing", "sue", "legal action"])],
    ["sorry", "understand", "worrying", "worried", "stressful"],
    [
        ("So you pay us six hundred pounds each winter to grit your car park before seven in the morning when frost is due, but last Tuesday it was icy and the car park hadn't been touched, a customer of yours fell and fractured her wrist, and she's now threatening legal action. I can understand how worried you are. Have I got that right?", "good", "hadn't been touched, fell, fractured, threatening legal action"),
        ("If I've understood, for £600 a winter we're meant to have your car park gritted by 7 a.m. on frosty days, but on Tuesday there was ice and no salt down at all, one of your customers went over and broke her wrist, and she's talking about taking you to court. That must be really worrying. Is that right?", "good", "no salt down at all, went over, taking you to court"),
        ("So you pay us £600 a winter to grit your car park by 7 a.m., last Tuesday it wasn't gritted and a customer slipped and broke her wrist. I'm sorry, that's really worrying. Is that right?", "partial", "the threat to sue left out"),
        ("So we gritted the car park on Tuesday as usual and the customer slipped somewhere else? Is that right?", "poor", "no grit reversed into gritted as usual"),
    ],
))

write_english("pe18", S, CHECK)
