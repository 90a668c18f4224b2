"""Writes the session-14 second English restatement probe as JSONL. Rows written by hand, new domains."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_english  # noqa: E402

CHECK = ["is that right", "did I get that right", "is that correct", "have I got that right",
         "anything I missed", "anything to add", "does that sound right", "have I understood"]

S = []  # (customer, criteria, feeling wordings, [(answer, label, why)])

S.append((
    "We hired a hot tub for my husband's 50th last weekend and paid £220. It was delivered on Friday but without the heater cable, so the water stayed cold all Saturday, and your helpline never picked up. The whole party fell flat and I'm so embarrassed.",
    [("hired", ["hot tub", "£220", "220"]), ("delivered", ["delivered on Friday", "Friday", "arrived"]),
     ("cable", ["without the heater cable", "no heater cable", "cable missing"]),
     ("cold", ["water stayed cold", "cold", "never heated"]), ("helpline", ["helpline never picked up", "no answer", "nobody answered"])],
    ["embarrassed", "embarrassing", "understand", "sorry"],
    [
        ("So the hot tub you paid £220 for came on Friday minus the heater cable, so it was stone cold all Saturday, and nobody ever answered our helpline. What an embarrassing way for the 50th to go. Have I got that right?", "good", "all facts in other words; a denial bound to the cable"),
        ("So it arrived on the Friday as booked, but with no cable for the heater, the water never warmed up on Saturday, you couldn't get through to us on the phone, and you'd paid £220. I'm so sorry, that must have been mortifying. Is that right?", "good", "all facts in other words"),
        ("So the hot tub never arrived on Friday and the party had to go ahead without it? I'm sorry you were embarrassed. Is that right?", "poor", "the delivery denied"),
        ("So you paid £220 for the hot tub, it came on Friday without the heater cable and stayed cold, and the helpline didn't answer. Is that right?", "partial", "the feeling is missing"),
        ("So the hot tub came on Friday without the cable and the water was cold on Saturday. I'm sorry, how embarrassing. Is that right?", "partial", "one fact missing (the helpline); the £220 left out too but minor"),
    ],
))

S.append((
    "I ordered two cubic metres of seasoned firewood for £180. Only one load turned up on Tuesday, and half of that was wet, so it just hisses in the stove. You promised the second load for this Thursday and nothing came. I'm freezing and fed up.",
    [("ordered", ["two cubic metres", "2 cubic metres", "£180", "180"]), ("one-load", ["only one load", "one load", "half the order"]),
     ("wet", ["half was wet", "wet", "damp"]), ("second", ["second load", "Thursday", "nothing came"])],
    ["fed up", "freezing", "frustrating", "understand", "sorry"],
    [
        ("So you paid £180 for two cubic metres of seasoned wood, but just the one load came on Tuesday, a good half of it damp so it hisses in the stove, and the second load we promised for this Thursday never showed. No wonder you're fed up, and cold too. Did I get that right?", "good", "all facts in other words; two counts side by side"),
        ("So of the two loads you ordered for £180, we only brought one, on Tuesday, half of it too wet to burn properly, and the other didn't turn up on Thursday as promised. That's miserable in this cold, I'm sorry. Is that correct?", "good", "all facts in other words"),
        ("So both loads came on Tuesday but half the wood was wet? I understand you're fed up. Is that right?", "poor", "the missing second load told as delivered"),
        ("So you ordered two cubic metres for £180, one load came on Tuesday with half of it wet, and the second load promised for next Thursday didn't come. I'm sorry you're freezing. Is that right?", "partial", "one minor detail wrong (next Thursday for this Thursday)"),
        ("So you ordered three cubic metres for £80 and the wood was wet. I'm sorry you're fed up. Is that right?", "poor", "the amount and the price wrong, facts missing"),
    ],
))

S.append((
    "I bought a telescope from your shop for my daughter's birthday, £349. The box was sealed but the eyepiece was missing, and the finder scope was cracked. Your shop manager said I must have dropped it. I feel like I'm being called a liar.",
    [("telescope", ["telescope", "£349", "349"]), ("eyepiece", ["eyepiece missing", "no eyepiece", "without the eyepiece"]),
     ("cracked", ["finder scope cracked", "cracked", "broken finder"]), ("manager", ["manager said you dropped it", "dropped it", "blamed you"])],
    ["liar", "insulting", "upsetting", "understand", "sorry"],
    [
        ("So the £349 telescope for your daughter's birthday came in a sealed box with no eyepiece inside and a cracked finder scope, and then our manager suggested you'd dropped it. I can see why you'd feel accused of lying. Is that right?", "good", "all facts; a denial bound to the eyepiece"),
        ("So the box hadn't been opened, yet there wasn't an eyepiece in it and the little finder scope was broken, and when you came back the manager blamed you for dropping it, on a £349 present for your daughter. That's really insulting, I'm sorry. Have I got that right?", "good", "all facts in other words"),
        ("So the box had been opened and the eyepiece taken out, and you dropped the finder scope? I understand you're upset. Is that right?", "poor", "the sealed box reversed and the blame turned on the customer"),
        ("So you bought a £349 telescope, the eyepiece was missing and the finder scope cracked. I'm sorry, I understand you're upset. Is that right?", "partial", "one fact missing (the manager's accusation)"),
        ("So you bought a telescope from our shop for your daughter's birthday for £349, the box was sealed but the eyepiece was missing and the finder scope was cracked, and our shop manager said you must have dropped it. Is that right?", "poor", "a near copy without the feeling"),
    ],
))

S.append((
    "I booked wetsuits for a family of five at your surf school for Sunday at 10. When we got there you only had three in our sizes, so two of the kids sat on the beach for the whole two-hour lesson. We still paid the full £150. They were gutted.",
    [("booked", ["five", "family of five", "Sunday"]), ("three", ["only three", "three wetsuits", "three in our sizes"]),
     ("two-kids", ["two of the kids", "two kids sat out", "sat on the beach"]), ("paid", ["£150", "150", "full price"])],
    ["gutted", "disappointed", "understand", "sorry"],
    [
        ("So you'd booked suits for five of you on Sunday at ten, but we only had three that fitted, so two of your children watched from the sand through the whole two-hour lesson, and you were still charged the full £150. They must have been so let down. Is that right?", "good", "all facts in other words; counts of different things"),
        ("So with just three wetsuits in your sizes instead of five, two of the kids missed the lesson entirely and sat on the beach, and you paid £150 in full for Sunday's session. I'm so sorry, that's really disappointing for them. Did I get that right?", "good", "all facts"),
        ("So you booked three wetsuits and five of you turned up, and you paid £150? I'm sorry the kids were disappointed. Is that right?", "poor", "the booking count reversed: the customer booked five"),
        ("So you booked five wetsuits for Sunday at 10, only three were there, two kids sat out the lesson, and you paid the full £150. Is that right?", "partial", "the feeling is missing"),
        ("So you booked five wetsuits for Sunday, only three were there so three of the kids sat on the beach, and you paid £150. I'm sorry they were gutted. Is that right?", "poor", "who sat out wrong: three kids, not two (a key count)"),
    ],
))

S.append((
    "I signed up for your weekly box of a dozen free-range eggs at £4.50 a week. For the last three weeks you've sent six instead of twelve, and you still charged the full price each time. Nobody has replied to my two emails. It's not right.",
    [("signed", ["dozen", "twelve", "£4.50", "weekly box"]), ("six", ["six instead of twelve", "six eggs", "half"]),
     ("three-weeks", ["three weeks", "last three weeks"]), ("charged", ["full price", "charged"]),
     ("emails", ["two emails", "no reply", "nobody replied"])],
    ["not right", "unfair", "frustrating", "understand", "sorry"],
    [
        ("So you pay £4.50 a week for twelve free-range eggs, but for three weeks running only half a dozen have come, you've still been charged the full amount, and neither of your two emails has had an answer. That isn't fair, I understand. Have I got that right?", "good", "all facts in other words"),
        ("So three weeks in a row your box has had six eggs rather than a dozen, we took the whole £4.50 every time, and your two emails went unanswered. I can see why you're annoyed. Is that right?", "good", "all facts; counts of different things"),
        ("So for the last six weeks you've had three eggs instead of twelve? I'm sorry, that's frustrating. Is that right?", "poor", "the counts wrong"),
        ("So for the last three weeks you've had six eggs instead of twelve and paid full price each time. I'm sorry, that's not right. Is that right?", "partial", "one fact missing (the unanswered emails)"),
        ("So you've emailed us twice, but you were only charged for six eggs each week? I understand it's frustrating.", "poor", "the charge reversed, no check"),
    ],
))

write_english("ps14b", S, CHECK)
