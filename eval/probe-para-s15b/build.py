"""Writes the session-15 second English restatement probe (issue 12, wt-factsen). Rows written by hand, new domains."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_english  # noqa: E402

CHECK = ["is that right", "did I get that right", "is that correct", "have I got that right",
         "anything I missed", "anything to add", "does that sound right", "have I understood"]

S = []  # (customer, criteria, feeling wordings, [(answer, label, why)])

S.append((
    "I paid the 120-pound term fee for the community choir in September. Three weeks ago the director moved rehearsals from Tuesday to Thursday without asking anyone, and I work Thursday evenings, so I've missed every session since. When I asked for part of the fee back, the treasurer said the fee is non-refundable. I feel pushed out.",
    [("fee", ["120-pound term fee", "£120", "120"]), ("moved", ["moved from Tuesday to Thursday", "Tuesday to Thursday", "moved rehearsals"]),
     ("work", ["work Thursday evenings", "work on Thursdays"]), ("missed", ["missed every session", "missed them all", "missed every rehearsal"]),
     ("refund", ["non-refundable", "no refund", "won't give any back"])],
    ["pushed out", "left out", "unfair", "understand", "sorry"],
    [
        ("So you paid £120 for the term back in September, and three weeks ago rehearsals were switched from Tuesdays to Thursdays with no one consulted; since you work on Thursday evenings you haven't been able to make a single one, and when you asked for some money back the treasurer told you the fee can't be refunded. No wonder you feel shut out. Have I got that right?", "good", "all facts in other words, feeling, check"),
        ("Let me check: the Thursday change three weeks ago clashes with your work, so you've missed every rehearsal since, although you'd paid a hundred and twenty pounds in September when they were on Tuesdays; and the treasurer's answer was that there's no refund. That's hard, and I can see why you feel pushed out. Is that right?", "good", "all facts reordered, number in words, feeling, check"),
        ("So rehearsals moved from Thursday to Tuesday and you've missed a couple, and the treasurer has offered part of your £120 back? I'm sorry you feel pushed out. Is that right?", "poor", "days swapped and the refusal reversed"),
        ("So you paid £120 in September, rehearsals moved from Tuesday to Thursday three weeks ago, you work Thursday evenings so you've missed every session, and the treasurer says the fee is non-refundable. Is that correct?", "partial", "all facts, no feeling"),
        ("So you paid £120 in September, rehearsals moved to Thursdays and you've missed every session since because of work, and the treasurer won't refund anything. I understand you feel left out. Is that right?", "partial", "no check question"),
    ],
))

S.append((
    "I'm on your fortnightly lawn-mowing plan at 35 dollars a visit. The last visit was on the 2nd, and nobody has come since, so it's been over three weeks and the grass is knee-high. I rang twice and was told the mower was broken and someone would call me back, but nobody did. I'm really annoyed because we have an open-house viewing on Saturday.",
    [("plan", ["fortnightly", "every two weeks", "35 dollars", "$35"]), ("last", ["on the 2nd", "the 2nd"]),
     ("nobody-came", ["nobody has come", "no one has come", "no one came"]),
     ("rang", ["rang twice", "called twice", "twice"]), ("no-callback", ["nobody called back", "no call back", "never called back"]),
     ("viewing", ["viewing on Saturday", "open house", "Saturday"])],
    ["annoyed", "frustrating", "understand", "sorry"],
    [
        ("So you're on the every-two-weeks plan at $35 a cut, nobody's been out since the 2nd — more than three weeks now — and the grass is up to your knees. You phoned twice, heard the mower had broken and that we'd ring you back, and we never did, with the open house on Saturday. I'd be annoyed too. Does that sound right?", "good", "all facts in other words, feeling, check"),
        ("Just so I have it: no visit since the 2nd on your fortnightly $35 plan, over three weeks of growth, two calls from you where you were told the mower was broken and promised a call back that never came, and a viewing this Saturday. That's really frustrating. Have I got that right?", "good", "all facts, feeling, check"),
        ("So our team came on the 2nd and again last week, but the grass still looks long for your viewing on Saturday? I understand you're annoyed. Is that right?", "poor", "the missed visits told as made"),
        ("So nobody has mowed since the 2nd, you rang twice and were promised a call back that never came, and you have a viewing on Saturday. I'm sorry, that's frustrating. Is that right?", "partial", "one fact missing (the fortnightly plan at $35)"),
        ("So the grass is long and you want it cut before Saturday? Is that right?", "poor", "most facts missing"),
    ],
))

S.append((
    "I booked your ice-cream van for my son's 7th birthday party on Sunday from 2 to 3 p.m. and paid a 60-pound deposit. It didn't turn up until 3:40, after half the children had gone home, and the driver said he'd been sent to the wrong address. Twenty kids were waiting in the garden. I'm so disappointed.",
    [("booked", ["ice-cream van", "2 to 3", "Sunday"]), ("deposit", ["60-pound deposit", "£60", "60"]),
     ("late", ["3:40", "twenty to four", "didn't turn up until"]),
     ("gone-home", ["half the children had gone home", "half the kids had left", "half had gone"]),
     ("wrong-address", ["wrong address"])],
    ["disappointed", "disappointing", "upsetting", "understand", "sorry"],
    [
        ("So you'd booked the van for your son's seventh birthday on Sunday, two till three, with a £60 deposit, and it only got there at twenty to four, when half the children had already left; the driver told you he'd been given the wrong address, and twenty kids had been waiting in the garden. What a disappointment on his birthday. Is that right?", "good", "all facts in other words, feeling, check"),
        ("If I've followed: sixty pounds down for a 2-to-3 slot on Sunday at your son's 7th, the van pulled up at 3:40 after half the children had gone, the driver blamed a wrong address, and twenty children had been waiting outside. I can see how upsetting that was. Is that correct?", "good", "all facts, feeling, check"),
        ("So the van arrived at 2 as booked but left at 3:40, and the driver says you gave him the wrong address? I'm sorry you're disappointed. Is that right?", "poor", "the lateness reversed and the blame turned on the customer"),
        ("So you booked the van for Sunday 2 to 3 with a £60 deposit, it didn't arrive until 3:40 after half the children had gone home, and the driver said he'd been sent to the wrong address. Have I got that right?", "partial", "all facts, no feeling"),
        ("So you booked the van for Sunday 2 to 3 with a £60 deposit, it didn't arrive until 4:30 after half the children had gone home, and the driver said he'd been sent to the wrong address. I'm so sorry, that's disappointing. Is that right?", "poor", "the key fact, the arrival time, wrong"),
    ],
))

S.append((
    "I hired a pressure washer from your Mill Lane shop on Friday for the weekend, 45 pounds plus a 100-pound deposit. The hose split within ten minutes, so I brought it back on Saturday morning. Your staff said it was fine when it went out and kept 40 pounds of my deposit for damage. I'm angry, I didn't break it.",
    [("hire", ["pressure washer", "Friday", "for the weekend"]), ("price", ["45 pounds", "£45", "100-pound deposit", "£100 deposit"]),
     ("split", ["hose split", "split", "ten minutes"]), ("returned", ["brought it back on Saturday", "Saturday morning"]),
     ("staff-said", ["said it was fine", "fine when it went out"]),
     ("kept", ["kept 40 pounds", "£40", "kept part of the deposit"])],
    ["angry", "unfair", "understand", "sorry", "frustrating"],
    [
        ("So you took a pressure washer from our Mill Lane branch on Friday for the weekend, £45 with a £100 deposit, the hose burst after about ten minutes, you returned it on Saturday morning, and our staff insisted it had been all right when it left and held back £40 of the deposit for damage you didn't cause. I can see why you're angry. Have I got that right?", "good", "all facts in other words, feeling, check"),
        ("So the hose went within ten minutes of using the washer you hired in Mill Lane on Friday — £45 and a £100 deposit — you took it back Saturday morning, and we kept forty pounds of your deposit, saying it was fine when it went out. That's really frustrating when you didn't damage it. Is that right?", "good", "all facts reordered, feeling, check"),
        ("So you hired the pressure washer on Friday, the hose split, and we kept your whole £100 deposit? I understand you're angry. Is that right?", "poor", "the amount kept wrong and facts missing"),
        ("So you hired it from Mill Lane on Friday for £45 with a £100 deposit, the hose split in ten minutes, you brought it back Saturday morning and we kept £40 for damage. I understand you're angry. Is that right?", "partial", "one fact missing (staff said it was fine when it went out)"),
        ("So you hired it from Mill Lane on Friday for £45 with a £100 deposit, the hose split in ten minutes, you brought it back on Saturday morning, our staff said it was fine when it went out and kept £40. I understand you're angry.", "partial", "no check question"),
    ],
))

S.append((
    "We booked the axe-throwing lane for my sister's hen party, eight of us, on Saturday at 7 p.m., and paid 160 pounds. When we arrived, the lane had been given to another group and we were told to wait. We waited 50 minutes and then only got half an hour of throwing instead of an hour. It ruined the night and I'm fuming.",
    [("booking", ["hen party", "Saturday at 7", "7 p.m."]), ("people", ["eight of us", "eight", "8 people"]),
     ("paid", ["160 pounds", "£160", "160"]), ("given-away", ["given to another group", "another group"]),
     ("waited", ["waited 50 minutes", "50 minutes"]), ("short", ["half an hour instead of an hour", "half an hour", "30 minutes"])],
    ["fuming", "angry", "furious", "understand", "sorry", "ruined"],
    [
        ("So the eight of you came for your sister's hen do on Saturday at seven, which you'd paid £160 for, and found the lane handed to another group; you were kept waiting fifty minutes and then got thirty minutes of throwing rather than the full hour. No wonder you're fuming. Have I got that right?", "good", "all facts in other words, feeling, check"),
        ("Let me make sure: £160 paid for a 7 p.m. Saturday lane for eight people at the hen party, but another group had been put on it, you waited 50 minutes and ended up with half the hour you'd booked. That must have spoilt the whole evening, I'm sorry. Is that right?", "good", "all facts, 'half the hour' for half an hour, feeling, check"),
        ("So the eight of you arrived 50 minutes late for your 7 p.m. slot, so we gave the lane to another group and you only had half an hour? I understand you're angry. Is that right?", "poor", "who waited reversed: the customer told as late"),
        ("So you paid £160 for eight people on Saturday at 7, the lane had gone to another group, you waited 50 minutes and only got half an hour instead of an hour. Is that right?", "partial", "all facts, no feeling"),
        ("So you paid £160 for eight of you on Saturday at 7, another group had the lane, you waited 15 minutes and got half an hour instead of an hour. I can see why you're fuming. Is that right?", "partial", "one minor value wrong (15 for 50 minutes)"),
    ],
))

S.append((
    "Your fitter installed our new garage door on 4 March for 1,300 dollars. Since then the remote has stopped working twice and the door has jammed halfway up three times, once with my car stuck inside. Your office said an engineer would come on Monday, but nobody came and nobody called. I'm fed up, I need my car for work.",
    [("installed", ["4 March", "March 4", "1,300", "$1,300"]), ("remote", ["remote has stopped working", "remote stopped", "remote"]),
     ("jammed", ["jammed", "stuck halfway", "three times"]), ("car-inside", ["car stuck inside", "car inside", "car trapped"]),
     ("no-show", ["nobody came", "no one came", "didn't come"]), ("no-call", ["nobody called", "no one called", "no call"])],
    ["fed up", "frustrating", "understand", "sorry"],
    [
        ("So we fitted your new garage door on 4 March for $1,300, and since then the remote has failed twice and the door has stuck halfway up three times, one of those with your car shut in. The office promised an engineer on Monday, but no one turned up or phoned. I'd be fed up too when you rely on the car for work. Have I understood?", "good", "all facts in other words, feeling, check"),
        ("So, a $1,300 door put in on the 4th of March; twice the remote has died and three times the door's jammed part-way, once trapping your car; and the engineer the office had arranged to come on Monday never showed up, and nobody rang you either. That's really frustrating. Is that right?", "good", "all facts, feeling, check"),
        ("So the engineer came on Monday and fixed the remote, but the door has jammed once since? I'm sorry you're fed up. Is that right?", "poor", "the no-show reversed and counts wrong"),
        ("So the door fitted on 4 March for $1,300 has had the remote stop twice and jammed three times, once with your car inside, and nobody came or called on Monday. Is that right?", "partial", "all facts, no feeling"),
        ("So the door fitted on 4 March for $1,300 has jammed three times, once with your car inside, and nobody came or called on Monday. I understand you're fed up. Is that right?", "partial", "one fact missing (the remote)"),
    ],
))

write_english("ps15b", S, CHECK)
