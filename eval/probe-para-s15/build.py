"""Writes the session-15 English restatement probe (issue 12, wt-factsen) as JSONL. Rows written by hand, new domains."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_english  # noqa: E402

CHECK = ["is that right", "did I get that right", "is that correct", "have I got that right",
         "anything I missed", "anything to add", "does that sound right", "have I understood"]

S = []  # (customer, criteria, feeling wordings, [(answer, label, why)])

S.append((
    "I paid 340 dollars in November for your winter contract to clear our driveway whenever more than five centimetres of snow falls. On Tuesday we had twenty centimetres and nobody came, so I had to dig my car out myself and was an hour late for my shift at the hospital. When I phoned, your office said the driveway had been cleared, which is simply not true. I'm livid.",
    [("paid", ["340 dollars", "$340", "340", "winter contract"]),
     ("trigger", ["more than five centimetres", "five centimetres", "5 cm"]),
     ("no-show", ["nobody came", "no one came", "didn't come"]),
     ("late", ["an hour late", "late for your shift", "late for work"]),
     ("office", ["said the driveway had been cleared", "said it had been cleared", "told it was done"])],
    ["livid", "angry", "furious", "understand", "sorry"],
    [
        ("So back in November you paid $340 for the winter contract, which should bring us out whenever there's over 5 cm of snow. Tuesday brought twenty centimetres, no one turned up, you dug the car out by hand and got to your hospital shift an hour late — and then our office told you the drive had been cleared when it hadn't. You've every right to be livid. Have I got that right?", "good", "all facts in other words, feeling, check"),
        ("Let me check I've got this: a twenty-centimetre fall on Tuesday, well over the five-centimetre trigger in the $340 contract you took out in November, and nobody showed up; you had to shovel yourself out and were an hour late for work at the hospital, and when you rang, the office insisted the driveway was done. That's infuriating. Is that a fair summary?", "good", "all facts reordered and reworded, feeling, check"),
        ("So you paid $340 and on Tuesday our crew cleared the driveway but it was an hour late, which made you late for your shift? I'm sorry you're angry. Is that right?", "poor", "the no-show reversed: the driveway was never cleared"),
        ("So you paid $340 in November for clearing above five centimetres, nobody came on Tuesday after twenty centimetres, you dug out the car and were an hour late for your shift, and the office claimed it had been cleared. Is that right?", "partial", "all facts, no feeling"),
        ("So you paid $340 in November for the contract to clear over five centimetres, nobody came after Tuesday's twenty centimetres, you dug the car out and were two hours late for your hospital shift, and our office said the driveway had been cleared. I'd be livid too. Have I got that right?", "partial", "one minor detail wrong (two hours for an hour)"),
    ],
))

S.append((
    "I moved into room 214 in Cedar Hall on 10 September and paid a 500-pound deposit. The radiator has been broken since the first week, and I've reported it three times through the online portal. Each time the ticket gets closed as 'resolved' but nobody has ever come to look at it. It's freezing at night and I've got a cold now. I'm really fed up.",
    [("room", ["room 214", "Cedar Hall", "214"]), ("deposit", ["500-pound deposit", "£500", "500"]),
     ("radiator", ["radiator has been broken", "radiator is broken", "heating broken", "radiator isn't working"]),
     ("reported", ["three times", "reported it three times", "3 times"]),
     ("closed", ["closed as resolved", "marked resolved", "marked as fixed"]),
     ("nobody-came", ["nobody has come", "no one came", "never come"])],
    ["fed up", "frustrating", "understand", "sorry", "miserable"],
    [
        ("So you've been in room 214 at Cedar Hall since the 10th of September, paid a £500 deposit, and the radiator's been dead since your first week. You've logged it on the portal three times, and every time the ticket is marked resolved without anyone ever turning up to look — so you're freezing at night and you've caught a cold. I'd be fed up too. Did I understand that correctly?", "good", "all facts in other words, feeling, check"),
        ("Just to be sure: three reports on the portal about the broken radiator in 214, Cedar Hall, each one closed as 'resolved' though no one has been round, and it's been like that since the first week after you moved in on 10 September with your £500 deposit paid. Cold nights and now a cold — that sounds miserable. Is that right?", "good", "all facts reordered, feeling, check"),
        ("So a technician came three times to fix the radiator in room 214, but it still isn't working? I'm sorry you're fed up. Is that right?", "poor", "nobody came reversed into three visits; most facts missing"),
        ("So you moved into Cedar Hall room 214 on 10 September with a £500 deposit, the radiator has been broken since week one, and you've reported it three times on the portal but nobody has come to look. It's freezing and you've got a cold — that sounds miserable. Is that right?", "partial", "one fact missing (tickets closed as resolved)"),
        ("So your room is cold and you've caught a cold. That's awful. Is that right?", "poor", "most facts missing"),
    ],
))

S.append((
    "We booked a strawberry-picking slot for 10 a.m. on Sunday for two adults and three children, 45 pounds paid online. When we got to the farm the gate was locked and a sign said the field was closed because of the rain. Nobody emailed or texted us, and we'd driven an hour and a half. The kids were in tears.",
    [("booking", ["10 a.m.", "Sunday", "strawberry-picking"]),
     ("party", ["two adults and three children", "five of you", "three children"]),
     ("paid", ["45 pounds", "£45", "45"]),
     ("closed", ["gate was locked", "field was closed", "closed because of the rain"]),
     ("no-notice", ["nobody emailed", "no one told you", "no text", "didn't let you know"]),
     ("drive", ["an hour and a half", "90 minutes", "drove"])],
    ["tears", "upset", "disappointing", "understand", "sorry"],
    [
        ("So you'd paid £45 online for the five of you — two grown-ups and three kids — to pick strawberries at ten on Sunday, drove ninety minutes, and found the gate shut with a notice saying the rain had closed the field, and no one had sent you an email or a text to warn you. With the children crying, that must have been awful. Have I missed anything?", "good", "all facts in other words, feeling, check"),
        ("So after an hour and a half in the car you arrived for your Sunday 10 a.m. strawberry slot and the field was closed because of the rain — gate locked, just a sign — and we hadn't contacted you at all, though you'd paid forty-five pounds for two adults and three children. I can imagine how upsetting that was, especially for the kids. Is that right?", "good", "all facts reordered, number in words, feeling, check"),
        ("So you booked for Sunday, we emailed you that the field was closed, but you came anyway and the kids were upset? Is that right?", "poor", "no notice reversed into a warning sent"),
        ("So you paid £45 for a 10 a.m. Sunday strawberry slot for two adults and three children, drove an hour and a half, found the gate locked with a sign saying the field was closed for rain, and nobody had emailed or texted you. Is that correct?", "partial", "all facts, no feeling"),
        ("So you paid £45 for two adults and three children to pick strawberries at 10 on Sunday, drove an hour and a half, and found the field closed because of the rain, with no email or text from us. It's upsetting when the kids end up in tears.", "partial", "no check question"),
    ],
))

S.append((
    "I've had the same two season-ticket seats in the North Stand, row F, for eleven years. This season I renewed in June for 620 euros, but when the new cards arrived our seats had been moved to row T behind a pillar. The ticket office says it's a system change and there's nothing they can do. After eleven years, I feel completely let down.",
    [("years", ["eleven years", "11 years"]), ("seats", ["North Stand", "row F"]),
     ("renewed", ["renewed in June", "620 euros", "€620"]),
     ("moved", ["moved to row T", "row T", "behind a pillar"]),
     ("office", ["system change", "nothing they can do", "nothing they could do"])],
    ["let down", "disappointing", "understand", "sorry"],
    [
        ("So for 11 years you've sat in the same two seats in row F of the North Stand; you paid €620 to renew in June, and the new cards put you in row T, stuck behind a pillar, and all the ticket office will say is it's a system change they can't do anything about. After that long, being let down like this is hard. Have I got that right?", "good", "all facts in other words, feeling, check"),
        ("So you renewed in June — six hundred and twenty euros — expecting your usual pair in North Stand row F, where you've been for eleven seasons, and instead the cards came through for row T with a pillar in the way; the box office blamed a system change and said they couldn't help. I'd feel let down too. Is that a fair summary?", "good", "all facts reordered, number in words, feeling, check"),
        ("So you've moved to row F from row T this season and paid €620, and the office says it's a system change? I'm sorry you feel let down. Is that right?", "poor", "the rows swapped"),
        ("So you've had row F in the North Stand for eleven years, renewed in June for €620, and the new cards put you in row T behind a pillar. After all that time I understand you feel let down. Is that right?", "partial", "one fact missing (what the office said)"),
        ("So you want to move seats because there's a pillar in the way? Is that right?", "poor", "most facts missing"),
    ],
))

S.append((
    "I booked a home visit for a blood test for my father, who's 87 and can't leave the house, for Thursday between 8 and 10. Nobody came, and when I called at half ten I was told the nurse had been and no one answered the door. I was sitting right by the door the whole time. He'd been fasting since the night before, and now we have to wait another week. I'm so angry.",
    [("booked", ["home visit", "blood test", "Thursday", "between 8 and 10"]),
     ("father", ["father", "87", "can't leave the house"]),
     ("no-show", ["nobody came", "no one came", "didn't come"]),
     ("claim", ["no one answered the door", "nobody answered", "said the nurse had been"]),
     ("by-door", ["by the door", "right by the door"]), ("fasting", ["fasting"]),
     ("week", ["another week", "a week"])],
    ["angry", "furious", "understand", "sorry", "infuriating"],
    [
        ("So you'd booked a nurse to come to your 87-year-old father, who's housebound, for a blood test on Thursday between eight and ten. No one turned up, yet when you rang at 10:30 you were told the nurse had called and got no answer — while you were sat by the door the entire time. He'd fasted since the evening before and now has to wait a further week. No wonder you're so angry. Have I understood that correctly?", "good", "all facts in other words, feeling, check"),
        ("Let me make sure I have this right: your dad is 87 and can't get out, so you booked a home blood test for Thursday, 8 to 10; nobody came, though our office claims the nurse knocked and nobody opened, which can't be true as you were right by the door. He'd gone without food since the night before, and the next slot is a week away. That's infuriating. Is that right?", "good", "all facts in other words, feeling, check"),
        ("So the nurse came on Thursday but your father couldn't answer the door because he's 87, and now you have to wait a week? I'm sorry you're angry. Is that right?", "poor", "the no-show reversed into a visit"),
        ("So the nurse was booked for your father, 87 and housebound, on Thursday between 8 and 10, nobody came, and you were told no one answered the door even though you were right by it; he'd been fasting and now has to wait another week. Is that right?", "partial", "all facts, no feeling"),
        ("So nobody came on Thursday between eight and ten to take your father's blood, you were told no one answered the door although you were sitting right by it, and he'd been fasting since the night before. That's so frustrating. Is that right?", "partial", "one fact missing (the week's wait)"),
    ],
))

S.append((
    "When I adopted Pepper in May I paid you 25 pounds to register her microchip under my name. Last week she got out and was found by a neighbour, and the vet scanned her, but the chip still showed the shelter's details, not mine. It took six hours to get her back. I thought I'd lost her, I was in pieces.",
    [("paid", ["25 pounds", "£25", "register"]), ("when", ["May", "adopted"]),
     ("escaped", ["got out", "found by a neighbour", "ran off"]),
     ("shelter", ["shelter's details", "still the shelter", "not yours", "not your details"]),
     ("hours", ["six hours", "6 hours"])],
    ["in pieces", "terrifying", "frightening", "understand", "sorry", "scary", "awful"],
    [
        ("So when you took Pepper home in May you paid us £25 to put her chip in your name, but when she slipped out last week and a neighbour found her, the vet's scan brought up the shelter's details instead of yours, and it was six hours before she was back with you. That must have been terrifying. Is that right?", "good", "all facts in other words, feeling, check"),
        ("So last week Pepper escaped, a neighbour found her, and when the vet read her chip it still had the shelter on it rather than you, even though you'd paid twenty-five pounds in May when you adopted her to have it registered to you — six hours before you got her home. I can only imagine how frightened you were. Have I got that right?", "good", "all facts reordered, number in words, feeling, check"),
        ("So the chip showed your details but the vet still took six hours to call you? I'm sorry, that sounds scary. Is that right?", "poor", "the shelter's details reversed; most facts missing"),
        ("So you paid £25 in May and last week Pepper got out, but the vet couldn't find a chip at all, and it took six days to get her back. How frightening. Is that right?", "poor", "key fact wrong (no chip found) and the time wrong"),
        ("So you paid £25 in May to register Pepper's chip to you, and last week when she got out and a neighbour found her, the vet's scan showed the shelter's details, and it took six hours to get her back. Is that right?", "partial", "all facts, no feeling"),
    ],
))

write_english("ps15", S, CHECK)
