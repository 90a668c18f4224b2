"""Writes the session-12 English restatement probe as JSONL. Rows written by hand, new domains."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_english  # noqa: E402

CHECK = ["is that right", "did I get that right", "is that correct", "have I got that right",
         "anything I missed", "anything to add", "does that sound right", "have I understood"]

S = []  # (customer, criteria, feeling wordings, [(answer, label, why)])

S.append((
    "I left my bike at your Canal Street workshop on Monday for new brake pads. You quoted £45 and said it'd be ready Thursday, but it wasn't done until Saturday, you charged me £70, and the front brake still squeals. I'm really annoyed.",
    [("brakes", ["brake pads", "new brakes", "brakes"]), ("quote", ["£45", "45"]),
     ("late", ["Saturday", "not ready on Thursday", "ready Thursday"]), ("charged", ["£70", "70"]),
     ("squeals", ["still squeals", "squeal", "squeaks", "noise"])],
    ["annoyed", "frustrating", "understand", "sorry"],
    [
        ("So you dropped your bike off with us on Monday to have the brake pads replaced, we said £45 and Thursday, but it wasn't finished till Saturday, the bill came to seventy pounds, and the front brake is still making that squealing noise. That's really irritating, I can see why you're cross. Have I got that right?", "good", "all facts in other words, feeling in own words"),
        ("So you collected the bike on Thursday as we agreed, paid the £45 we quoted, and the front brake still squeals. I'm sorry, that's annoying. Is that right?", "poor", "what happened and the amount charged are wrong"),
        ("So you left your bike on Monday for new brake pads, we quoted £45 and Thursday, it wasn't ready until Saturday, we charged £70, and the front brake still squeals. Is that right?", "partial", "the feeling is missing"),
        ("So you brought your bike in on Monday for new brake pads; we quoted £45 for Thursday but it wasn't done until Saturday, then we billed you £70 and the front brake still squeals. I'd be fed up too. Did I get that right?", "good", "all facts, feeling in own words"),
        ("So we fitted the new pads on Monday and you only came to collect the bike on Saturday, and now you're unhappy that it cost £70 instead of £45 and the front brake still squeals? I understand you're annoyed.", "poor", "what happened reversed: the delay put on the customer"),
    ],
))

S.append((
    "I booked my cat Pepper in for her booster jabs at 4:30 on Wednesday. I drove forty minutes to your clinic and the receptionist said the appointment had been cancelled that morning, but nobody rang or texted me. Pepper hates the car and was crying the whole way. I'm so upset.",
    [("booster", ["booster", "jabs", "vaccination", "injections"]), ("time", ["4:30", "half four", "Wednesday"]),
     ("drove", ["forty minutes", "40 minutes", "drove"]), ("cancelled", ["cancelled", "called off"]),
     ("no-notice", ["nobody rang", "nobody told you", "no call", "not told", "no text"]),
     ("crying", ["crying", "hates the car", "distressed"])],
    ["upset", "understand", "sorry", "awful"],
    [
        ("So you'd booked Pepper for her boosters at half four on Wednesday, drove forty minutes to get here, and only at the desk found out we'd called the appointment off that morning without a call or a text to you, and Pepper cried all the way because she hates travelling. I can see how upsetting that was. Is that right?", "good", "all facts in other words"),
        ("So you cancelled Pepper's 4:30 booster on Wednesday morning and didn't let us know, then drove forty minutes in anyway, and she cried the whole way? I'm sorry you're upset.", "poor", "who cancelled and who failed to tell reversed"),
        ("So Pepper was booked for her boosters at 4:30 on Wednesday, you drove forty minutes to us, and the receptionist told you the appointment had been cancelled that morning although no one had rung or texted you. I'm so sorry, that's really upsetting. Have I understood that correctly?", "partial", "one fact missing (Pepper crying in the car)"),
        ("So you drove forty minutes with Pepper for her 4:30 booster on Wednesday, and we'd scrapped the appointment that morning without getting in touch, no call and no text, while she cried the whole journey. No wonder you're upset. Did I get that right?", "good", "all facts, not told said as not getting in touch"),
        ("You booked your cat Pepper in for her booster jabs at 4:30 on Wednesday, you drove forty minutes to our clinic and the receptionist said the appointment had been cancelled that morning, but nobody rang or texted you. Pepper hates the car and was crying the whole way. Is that right?", "poor", "a near copy of the customer's words"),
    ],
))

S.append((
    "Your team cut back the big oak in my front garden on the 8th and I paid £300 up front. They left a pile of branches on the lawn and said they'd come back the next day to take them away. That was two weeks ago and no one has come. I can't use the garden and I'm fed up chasing you.",
    [("oak", ["oak", "tree"]), ("paid", ["£300", "300"]), ("branches", ["branches", "pile", "cuttings", "debris"]),
     ("promised-return", ["come back", "return", "next day"]),
     ("not-returned", ["no one has come", "nobody came", "two weeks"])],
    ["fed up", "frustrating", "understand", "sorry"],
    [
        ("So our crew pruned the oak in your front garden on the 8th, you'd paid the £300 in advance, they left a heap of branches on your lawn promising to collect them the following day, and a fortnight on they still haven't shown up. I'm sorry you've had to keep chasing us, that's really frustrating. Is that right?", "good", "all facts in other words, not come said as not shown up"),
        ("So our team cut back the oak on the 8th, you paid £300 up front, they left the branches on your lawn and said they'd be back the next day, but two weeks later nobody has come. I'm sorry, I understand you're fed up.", "partial", "no check question"),
        ("So our team cut back the oak on the 8th and took the branches away the next day, but you paid £300 and now can't use the garden. I understand you're fed up. Is that right?", "poor", "what happened reversed: the branches were never taken"),
        ("So we trimmed the oak tree out front on the 8th for £300, which you paid beforehand, and left the cut wood on your lawn saying we'd clear it the next day; two weeks later we still haven't done it and you can't use your garden. I'd be fed up chasing too. Have I got that right?", "good", "all facts in other words"),
        ("So our team cut back the oak on the 8th and you paid £300, but you told them you'd clear the branches yourself and haven't managed to in two weeks? I'm sorry you're fed up.", "poor", "who was to take the branches reversed"),
    ],
))

S.append((
    "I signed up for your 12-week online Spanish course for €199. Two of the live classes were cancelled at the last minute, and since last Monday I can't log in at all. I've emailed support three times and had no reply. I feel like I've thrown my money away.",
    [("course", ["12-week", "twelve-week", "Spanish course"]), ("price", ["€199", "199"]),
     ("classes-cancelled", ["two", "cancelled", "called off"]), ("cant-login", ["can't log in", "locked out", "login"]),
     ("emailed", ["three times", "emailed", "3 times"]), ("no-reply", ["no reply", "no answer", "not replied", "heard nothing"])],
    ["thrown your money away", "waste", "frustrating", "understand", "sorry"],
    [
        ("So you paid €199 for our twelve-week Spanish course online, two of the live lessons were called off at the last minute, you've been locked out of your account since last Monday, and you've written to support three times without hearing back. I can see why it feels like money down the drain. Is that right?", "good", "all facts in other words"),
        ("So on the 12-week Spanish course you paid €199 for, we've scrapped two live classes at short notice, your login hasn't worked since last Monday, and support still hasn't answered any of your three emails. That's really disheartening, I'm sorry. Did I get that right?", "good", "all facts in other words"),
        ("So you paid €199 for the 12-week Spanish course, two live classes were cancelled at the last minute, you haven't been able to log in since last Monday, and you've emailed support twice with no reply. I understand it feels like wasted money. Is that right?", "partial", "one minor wrong detail (twice for three emails)"),
        ("So you paid €199 for the 12-week Spanish course, two live classes were cancelled, and since last Monday you can't log in, and support has answered your emails but couldn't fix it? I understand you're frustrated.", "poor", "reversed: support never replied"),
        ("So you paid €199 for the 12-week online Spanish course, two live classes were cancelled at the last minute, you've been unable to log in since last Monday, and none of your three emails to support has been answered. Have I got that right?", "partial", "the feeling is missing"),
    ],
))

S.append((
    "I booked two seats in the wheelchair bay for my mum and me for Friday's 7:30 show and paid £64. When we arrived, an usher told us the bay had been given to another group, so mum sat in the aisle and I had to sit three rows behind her. It was humiliating.",
    [("seats", ["two seats", "wheelchair bay", "wheelchair space"]), ("show", ["Friday", "7:30"]),
     ("paid", ["£64", "64"]), ("given-away", ["given to another group", "someone else", "another group"]),
     ("separated", ["three rows", "sat apart", "separated", "aisle"])],
    ["humiliating", "embarrassing", "understand", "sorry"],
    [
        ("So you'd reserved two places in the wheelchair bay for you and your mum for the 7:30 show on Friday, paying £64, and at the door an usher said the bay had gone to another party, so your mum ended up in the aisle and you three rows back. That must have been so humiliating. Is that right?", "good", "all facts in other words"),
        ("So you gave your wheelchair bay seats to another group on Friday, and then your mum sat in the aisle and you three rows behind? I'm sorry, that's embarrassing.", "poor", "who gave the bay away reversed"),
        ("So you booked two seats in the wheelchair bay for Friday's 7:30 show, and when you got there an usher said it had been given to another group, so your mum sat in the aisle and you were three rows behind her. How humiliating, I'm so sorry. Is that correct?", "partial", "one fact missing (£64)"),
        ("I'm so sorry, that sounds humiliating. You weren't able to sit together on Friday, is that right?", "poor", "most facts missing"),
        ("So you paid £64 for two wheelchair-bay seats at Friday's 7:30 performance, an usher turned you away from the bay because another group had it, and you and your mum couldn't sit together: she was in the aisle, you were three rows back. I'm really sorry, that's embarrassing and it shouldn't have happened. Have I understood correctly?", "good", "all facts, separated said as could not sit together"),
    ],
))

S.append((
    "I ordered a 40-page photo book of our wedding from your website for £85, as a gift for our first anniversary. It arrived on Tuesday with six pages printed upside down and the cover photo cropped so my husband's head is cut off. The anniversary is on Saturday and I'm heartbroken.",
    [("book", ["40-page", "photo book", "wedding album"]), ("price", ["£85", "85"]),
     ("upside-down", ["six pages", "upside down", "6 pages"]), ("cover-cropped", ["cover", "cropped", "head cut off"]),
     ("saturday", ["Saturday", "anniversary"])],
    ["heartbroken", "upset", "understand", "sorry"],
    [
        ("So the 40-page wedding photo book you ordered from us for £85 turned up on Tuesday with six of the pages upside down and the cover photo cropping off your husband's head, and your anniversary is this Saturday. I'm so sorry, I can hear how heartbroken you are. Did I get that right?", "good", "all facts in own words"),
        ("So your 40-page wedding photo book for £85 arrived on Tuesday with five pages printed upside down and the cover cropped so your husband's head is cut off, and your anniversary is on Saturday. I'm so sorry, that's heartbreaking. Is that right?", "partial", "one minor wrong detail (five pages for six)"),
        ("So your 40-page photo book arrived on Tuesday with six pages upside down, but the cover came out fine, and you need it for Saturday. I'm sorry, you must be heartbroken. Is that right?", "poor", "a fact reversed: the cover is ruined"),
        ("So the 40-page wedding photo book you paid £85 for came on Tuesday with six pages the wrong way up and your husband's head cropped off the cover photo, just before your anniversary on Saturday. I'm so sorry, how upsetting.", "partial", "no check question"),
        ("So your £85 wedding album, forty pages and meant as a first-anniversary present, was delivered on Tuesday with six pages printed upside down and a cover shot that cuts off your husband's head, and the anniversary is on Saturday. What an upsetting thing to open. Is that right?", "good", "all facts in other words, feeling in own words"),
    ],
))

write_english("ps12", S, CHECK)
