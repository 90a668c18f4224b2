"""Writes the session-14 English restatement probe as JSONL. Rows written by hand, new domains."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_english  # noqa: E402

CHECK = ["is that right", "did I get that right", "is that correct", "have I got that right",
         "anything I missed", "anything to add", "does that sound right", "have I understood"]

S = []  # (customer, criteria, feeling wordings, [(answer, label, why)])

S.append((
    "I booked two double kayaks for Saturday morning and paid £80 online. When we arrived at nine, only one kayak was there and the second one had a split hull, so four of us had to share one boat and we gave up after an hour. Nobody at the hut offered us a refund. I'm really annoyed.",
    [("booked", ["two double kayaks", "two kayaks", "Saturday"]), ("paid", ["£80", "80"]),
     ("one-kayak", ["only one kayak", "one boat", "split hull", "second one damaged"]),
     ("no-refund", ["no refund", "nobody offered a refund", "didn't offer a refund"])],
    ["annoyed", "frustrating", "understand", "sorry"],
    [
        ("So you'd reserved a pair of double kayaks for Saturday morning at £80, but when you got there at nine there was just the one, the other had a cracked hull, so the four of you squeezed into a single boat and packed it in after an hour, and no one at the hut mentioned giving your money back. I'd be fed up too. Have I got that right?", "good", "all facts in other words"),
        ("Let me make sure I follow: you paid eighty pounds for two doubles on Saturday, but one of them was damaged so only one kayak was usable, you ended up sharing and stopped after an hour, and you weren't offered a refund. That's really annoying, I'm sorry. Is that right?", "good", "all facts; a count inside a restriction"),
        ("So you booked two kayaks on Saturday and paid £80, but neither kayak was there when you arrived, and the staff offered you a refund which you turned down? I understand you're annoyed.", "poor", "the refund reversed"),
        ("So you booked two double kayaks for Saturday for £80, only one turned up in working order so you all shared it, and nobody offered a refund. Is that right?", "partial", "the feeling is missing"),
        ("So you booked two double kayaks on Saturday for £80, one had a split hull so the four of you shared one boat and gave up after two hours, and nobody offered a refund. I'm sorry, that's really annoying. Is that right?", "partial", "one minor detail wrong (two hours for an hour)"),
    ],
))

S.append((
    "I ordered three school jumpers and two pairs of trousers for my daughter on the 2nd. The trousers arrived last week but the jumpers never came, and school starts on Monday. I've rung your shop four times and each time I'm told it's 'on its way'. I'm worried she'll have nothing to wear.",
    [("ordered", ["three jumpers", "3 jumpers", "jumpers"]), ("trousers", ["trousers arrived", "trousers came"]),
     ("jumpers-missing", ["jumpers never came", "jumpers didn't arrive", "no jumpers"]),
     ("monday", ["Monday", "school starts"]), ("rang", ["rung four times", "four times", "called"])],
    ["worried", "stressful", "understand", "sorry"],
    [
        ("So the two pairs of trousers you ordered on the 2nd turned up last week, but the three jumpers are still nowhere to be seen, school's back on Monday, and after four calls you keep hearing they're on the way. I can see why you're worried. Did I get that right?", "good", "all facts in other words; two counts of different things"),
        ("So out of your order the trousers came but not the jumpers, all three are missing, and you've phoned us four times only to be told they're coming, with term starting Monday. No wonder you're anxious. Is that right?", "good", "all facts; the denial bound to the jumpers"),
        ("So the jumpers arrived but the trousers never came, and school starts on Monday? I understand you're worried.", "poor", "what came and what is missing swapped"),
        ("So you ordered three jumpers and two pairs of trousers on the 2nd, the trousers came last week but the jumpers didn't, and school starts Monday. I'm sorry, that's worrying. Is that right?", "partial", "one fact missing (the four calls)"),
        ("So you've rung four times about three pairs of trousers that never arrived? I'm sorry you're worried. Is that right?", "poor", "the missing item is wrong"),
    ],
))

S.append((
    "I bought a ten-visit pass at your climbing centre in March for £95. I've only used it three times, and now it says it's expired because you changed passes to six months without telling anyone. I've still got seven visits left. That feels really unfair.",
    [("pass", ["ten-visit pass", "10-visit pass", "pass", "£95"]), ("used", ["used three times", "three visits", "3 times"]),
     ("expired", ["expired", "run out", "no longer valid"]), ("changed", ["changed", "six months", "without telling"]),
     ("left", ["seven visits left", "seven left", "7 left"])],
    ["unfair", "frustrating", "understand", "sorry"],
    [
        ("So you paid £95 in March for a pass with ten climbs on it, you've been three times, and now it's showing as out of date because we switched passes to a six-month limit without letting anyone know, leaving you with seven climbs you can't use. I can see why that feels unjust. Have I understood?", "good", "all facts in other words; counts of different things"),
        ("So your ten-visit pass from March has lapsed after only three visits, because the validity was cut to six months and nobody was told, and you've still got seven to go. That does sound unfair, I'm sorry. Is that correct?", "good", "all facts"),
        ("So you've used seven of your ten visits and have three left, and the pass has expired? I understand it feels unfair. Is that right?", "poor", "the counts swapped"),
        ("So you bought a ten-visit pass for £95 in March, used it three times, and it's expired with seven visits left. I'm sorry, that does feel unfair. Is that right?", "partial", "one fact missing (changed without telling)"),
        ("So your pass expired because you didn't use it within six months? I understand. Is that right?", "poor", "most facts missing, the cause turned on the customer"),
    ],
))

S.append((
    "I ordered a 7-foot Nordmann fir for delivery on the 12th and paid £65. The driver came on the 14th, two days late, and left a 5-foot tree with no stand, even though I'd paid extra for the stand. My kids were so disappointed.",
    [("tree", ["7-foot", "seven-foot", "Nordmann fir", "tree"]), ("paid", ["£65", "65"]),
     ("late", ["14th", "two days late", "late"]), ("small", ["5-foot", "five-foot", "smaller tree", "too small"]),
     ("stand", ["no stand", "without the stand", "stand missing"])],
    ["disappointed", "upsetting", "understand", "sorry"],
    [
        ("So the seven-foot Nordmann you paid £65 for was meant to come on the 12th but only got to you on the 14th, and what the driver left was a five-footer without the stand you'd paid extra for. I'm sorry the children were let down. Is that right?", "good", "all facts in other words; a denial bound to the stand"),
        ("So you were sent a much smaller tree than the 7-foot one you ordered, five foot instead, two days after the 12th, and the stand you paid for didn't come with it; you paid £65. That's so disappointing for the kids. Have I got that right?", "good", "all facts in other words"),
        ("So the driver came on the 12th as booked with a 7-foot tree but forgot the stand? I understand your kids were disappointed. Is that right?", "poor", "the date and the size wrong"),
        ("So we delivered your tree two days late on the 14th, it was five foot rather than the seven-foot Nordmann you ordered for £65, and there was no stand even though you paid for one. I'm sorry your children were so disappointed. Did I get that right?", "good", "all facts"),
        ("So your Nordmann fir came two days late and was smaller than the 7-foot one you ordered, and the stand was missing. I'm sorry, I understand the kids were disappointed. Is that right?", "partial", "one fact missing (the £65)"),
    ],
))

S.append((
    "My son joined your junior chess club in September. We paid £120 for the term, twelve Saturday sessions, but four of them have been cancelled at short notice and we've had no make-up sessions and no money back. He only got to play in eight. I'm fed up with it.",
    [("paid", ["£120", "120", "term"]), ("cancelled", ["four cancelled", "4 cancelled", "cancelled at short notice"]),
     ("no-makeup", ["no make-up", "no money back", "no refund"]), ("eight", ["eight", "played in eight", "8 sessions"])],
    ["fed up", "frustrating", "understand", "sorry"],
    [
        ("So you paid £120 for twelve Saturdays this term, four have been called off at the last minute, your son's only had eight sessions, and there's been neither a replacement session nor a refund. I'd be fed up too. Is that right?", "good", "all facts in other words"),
        ("So of the twelve sessions you paid £120 for, your son's only been able to go to eight because four were cancelled with little warning, and you haven't been offered make-ups or any money back. That's really frustrating. Have I got that right?", "good", "all facts; counts of different things"),
        ("So eight sessions were cancelled and your son only played in four, and you paid £120? I understand you're fed up. Is that right?", "poor", "the counts swapped"),
        ("So you paid £120 for the term, four Saturday sessions were cancelled at short notice so he only played in eight, and there's been no make-up or refund. Is that right?", "partial", "the feeling is missing"),
        ("So four sessions were cancelled and we gave you make-up sessions for them, but you'd rather have your money back? I understand you're fed up.", "poor", "the make-up sessions reversed"),
    ],
))

S.append((
    "We hired a bouncy castle for my daughter's party last Sunday, £150 with set-up. Your team turned up an hour late, the blower wasn't working so it only half inflated, and they took it away after two hours instead of four. Twenty children were left with nothing to do. I was mortified.",
    [("hired", ["bouncy castle", "£150", "150"]), ("late", ["hour late", "an hour late", "late"]),
     ("blower", ["blower wasn't working", "blower broken", "half inflated", "only half"]),
     ("early", ["two hours instead of four", "two hours", "took it away early"]),
     ("kids", ["twenty children", "20 children", "nothing to do"])],
    ["mortified", "embarrassing", "understand", "sorry"],
    [
        ("So for your daughter's party on Sunday you paid £150 for the bouncy castle with set-up, but our crew arrived an hour behind, the blower was broken so it never fully inflated, and they collected it after two hours rather than the four you'd booked, leaving twenty kids at a loose end. How embarrassing for you. Is that right?", "good", "all facts in other words"),
        ("So the castle came an hour late, it was only half blown up because the fan didn't work, it was packed away two hours early, and you'd paid £150, and twenty children had nothing to do. I can understand you felt mortified. Have I got that right?", "good", "all facts in other words"),
        ("So the team arrived on time but the castle only stayed up for four hours instead of two? I'm sorry you were embarrassed. Is that right?", "poor", "lateness denied and the hours swapped"),
        ("So you paid £150 for the bouncy castle, the team were an hour late, the blower didn't work so it only half inflated, they took it away after two hours instead of four and twenty children had nothing to do. Is that right?", "partial", "the feeling is missing"),
        ("So you hired a bouncy castle for Sunday's party, and twenty children came. I understand you were mortified. Is that right?", "poor", "most facts missing"),
    ],
))

write_english("ps14", S, CHECK)
