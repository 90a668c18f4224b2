"""Writes the session-10 English restatement probe as JSONL. Rows written by hand, new domains."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_english  # noqa: E402

CHECK = ["right?", "correct?", "is that", "have I got", "did I get", "anything", "missed", "everything?"]

S = []  # (customer, criteria, [(answer, label, why)])

S.append((
    "I called your emergency locksmith at 9pm on Saturday after I locked myself out, he quoted £85 on the phone, but when he finally came at 11 he charged me £140. I was stuck outside in the cold for two hours and I'm furious.",
    [("service", ["locksmith"]), ("time", ["9pm", "Saturday", "nine"]),
     ("quote", ["£85", "85", "eighty-five"]), ("charged", ["£140", "140", "a hundred and forty"]),
     ("wait", ["two hours", "2 hours", "11"]),
     ("feeling", ["furious", "angry", "understand", "sorry"]), ("check", CHECK)],
    [
        ("So you rang for one of our locksmiths on Saturday night at nine when you'd been locked out, the phone price was eighty-five pounds, and after two hours in the cold he turned up and billed you a hundred and forty. I can hear how angry you are. Have I got that right?", "good", "all facts in own words, amounts in words"),
        ("So the locksmith quoted £140 on the phone and then charged you £85 when he got there at 11 on Saturday, after two hours outside. I understand you're furious. Is that right?", "poor", "the two amounts are swapped"),
        ("You were locked out on Saturday evening, called our locksmith at 9, were told £85, waited two hours in the cold and then paid £140. That's an awful way to spend a night, I'm sorry.", "partial", "no check question"),
        ("So our locksmith came straight away on Saturday at 9pm and charged the £85 he quoted. I understand you're upset. Is that right?", "poor", "what happened reversed: he came two hours late and charged more"),
        ("So you were locked out on Saturday night, our locksmith quoted £85 and charged you £140 when he arrived. You must be furious. Did I get that right?", "partial", "the two-hour wait is missing"),
    ],
))

S.append((
    "I asked you to freeze my gym membership in May because of my knee surgery, you confirmed it by email, but you still took £42 in June and July. I'm annoyed because I did everything properly.",
    [("freeze", ["freeze", "frozen", "pause"]), ("when", ["May"]), ("reason", ["knee", "surgery", "operation"]),
     ("confirmed", ["confirmed", "confirmation"]), ("charged", ["£42", "42", "forty-two"]),
     ("months", ["June", "July"]),
     ("feeling", ["annoyed", "frustrat", "understand", "sorry"]), ("check", CHECK)],
    [
        ("So you put in a request in May to pause your membership for your knee operation, we sent you an email saying it was done, and yet forty-two pounds still went out in June and again in July. I can see why you're annoyed when you followed the process. Is that right?", "good", "all facts in own words"),
        ("So you froze your membership yourself in May without telling us, and we took £42 in June and July. I understand you're annoyed. Is that right?", "poor", "who acted is swapped and the gym's confirmation denied"),
        ("Freeze requested in May for knee surgery, confirmed by email, yet £42 taken in June and July. Calm down, I understand you're annoyed. Is that right?", "partial", "forbidden 'calm down' in an otherwise good restatement"),
        ("A freeze request in May for the knee surgery, confirmed in writing by us, and still two payments of £42, in June and July. No wonder you're annoyed, you did everything right. Did I miss anything?", "good", "compact, all facts"),
        ("So your membership was frozen from May for the knee surgery and no payments have gone out since, which we confirmed by email. I understand you're annoyed. Is that right?", "poor", "the charges are negated"),
    ],
))

S.append((
    "We ordered a three-tier lemon cake for our wedding on Saturday afternoon, paid the £300 in full, and your driver delivered a chocolate one two hours late. The guests had to wait and I was in tears.",
    [("cake", ["three-tier", "three tier", "3-tier", "lemon"]), ("when", ["Saturday", "wedding"]),
     ("paid", ["£300", "300", "three hundred"]), ("wrong", ["chocolate", "wrong flavour", "wrong cake"]),
     ("late", ["two hours", "2 hours", "late"]),
     ("feeling", ["tears", "upset", "heartbreak", "devastat", "sorry"]), ("check", CHECK)],
    [
        ("So for your wedding on Saturday afternoon you'd paid three hundred pounds up front for a lemon cake with three tiers, and what our driver brought was chocolate, and it arrived two hours behind time. I'm so sorry, that must have been heartbreaking on your big day. Have I got that right?", "good", "all facts in own words"),
        ("So you picked the cake up yourself two hours late on Saturday and it was chocolate instead of lemon, £300 paid. I'm so sorry you were in tears. Is that right?", "poor", "actor swapped: the bakery's driver delivered late, the customer collected nothing"),
        ("So you ordered a chocolate cake for Saturday, paid £300, and we delivered a lemon one two hours late. I'm so sorry. Is that right?", "poor", "the flavours are swapped"),
        ("Three-tier lemon cake for your Saturday wedding, and our driver turned up two hours late with chocolate. I can only imagine how upsetting that was. Is that right?", "partial", "the price is missing"),
        ("A lemon three-tier for Saturday afternoon, £300 paid in full, delivered as chocolate and two hours late by our driver, with your guests waiting. I'm so sorry, I can hear how upset you were. Did I get that right?", "good", "all facts, part of day"),
    ],
))

S.append((
    "I gave your hotel laundry a white silk shirt on Tuesday morning, the receptionist promised it back by 6pm, and it came back yellow with a burn mark. It cost me €120 and I needed it for a dinner that night. I'm really disappointed.",
    [("item", ["silk shirt", "white shirt", "shirt"]), ("when", ["Tuesday"]), ("promise", ["6pm", "six", "by 6"]),
     ("damage", ["yellow", "burn", "scorch"]), ("price", ["€120", "120", "a hundred and twenty"]),
     ("feeling", ["disappointed", "let down", "sorry", "understand"]), ("check", CHECK)],
    [
        ("So you handed in your white silk shirt on Tuesday morning, reception said you'd have it by six, and it was returned yellowed and scorched, a hundred and twenty euro shirt you needed for dinner. I can understand how let down you feel. Is that right?", "good", "all facts in own words"),
        ("So your silk shirt came back on Tuesday by 6pm as promised and it was fine, it just wasn't ready in time for dinner. €120. I'm sorry you're disappointed. Right?", "poor", "the damage is denied"),
        ("So you left a black wool jacket with our laundry on Tuesday morning, it was promised for 6pm and came back with a burn mark, €120. I understand you're disappointed. Is that right?", "poor", "the item is wrong"),
        ("Your white silk shirt went to our laundry on Tuesday morning, you were told 6pm, and it came back yellow with a burn. It was €120 and you needed it that evening. I'm sorry, I understand how disappointed you are.", "partial", "no check question"),
        ("White silk shirt, in Tuesday morning, promised by six that evening, returned yellow and burnt, €120, needed for dinner. That's so disappointing. Did I miss anything?", "good", "compact, all facts"),
    ],
))

S.append((
    "Your courier left my parcel with a neighbour I've never met on Wednesday, even though I paid £12 extra for signed delivery, and now the neighbour says she never got it. It's my mum's birthday present and I'm worried sick.",
    [("where", ["neighbour"]), ("day", ["Wednesday"]), ("extra", ["£12", "12", "twelve"]),
     ("signed", ["signed", "signature"]), ("lost", ["never got", "doesn't have", "says she didn't", "denies"]),
     ("feeling", ["worried", "anxious", "stress", "sorry", "understand"]), ("check", CHECK)],
    [
        ("So on Wednesday our courier handed your parcel to a neighbour you don't know, though you'd paid twelve pounds more for it to be signed for, and she now says it never reached her. It's your mum's present, so I can see why you're so worried. Have I got that right?", "good", "all facts in own words"),
        ("So you asked us to leave the parcel with your neighbour on Wednesday, you paid £12 for signed delivery, and she says she never got it. I understand you're worried. Is that right?", "poor", "actor swapped: the courier chose the neighbour, the customer asked for nothing of the kind"),
        ("So the courier left your parcel with your neighbour on Wednesday, she's got it safely, and you paid £12 extra for signed delivery. I understand you're worried. Is that right?", "poor", "reversed: the neighbour says she never got it"),
        ("So our courier left your parcel with a neighbour on Wednesday despite the £12 signed delivery, and she says she never received it. That's not our problem really, but I can see you're worried. Is that right?", "partial", "forbidden 'not our problem' in an otherwise good restatement"),
        ("So our courier left your parcel with a neighbour on Wednesday and she says she never got it. It was your mum's present, I understand why you're worried. Is that right?", "partial", "the £12 signed delivery is missing"),
    ],
))

S.append((
    "I booked a check-up for Thursday morning at 9 with Dr Patel, took the day off work, and when I got there the receptionist said you'd moved me to next week without telling me. I lost a day's pay and I'm fed up.",
    [("when", ["Thursday", "9", "nine", "morning"]), ("dentist", ["Patel"]),
     ("day-off", ["day off", "time off", "took the day", "off work"]), ("moved", ["moved", "rescheduled", "next week"]),
     ("no-notice", ["without telling", "no one told", "nobody told", "without letting", "didn't tell", "not told"]),
     ("feeling", ["fed up", "frustrat", "annoy", "sorry", "understand"]), ("check", CHECK)],
    [
        ("So you had a nine o'clock check-up with Dr Patel on Thursday morning, took the day off for it, and only at the desk found out we'd pushed you back a week without letting you know. I can see why you're fed up, you lost a day's pay. Did I get that right?", "good", "all facts in own words"),
        ("So you moved your Thursday 9am check-up with Dr Patel to next week and forgot to tell us, and you'd taken the day off. I understand you're fed up. Is that right?", "poor", "actor swapped: the practice moved it"),
        ("So you saw Dr Patel on Thursday at 9 as booked, and you'd taken the day off work for it. I understand you're fed up. Is that right?", "poor", "reversed: the appointment did not happen"),
        ("Thursday, 9am, Dr Patel, day off booked, and at reception you learned we'd shifted you to next week with no warning. A lost day's pay is really frustrating. Anything I've missed?", "good", "compact, all facts in own words"),
        ("So your Thursday morning check-up with Dr Patel was moved to next week without anyone telling you, after you'd taken the day off. I'm sorry.", "partial", "no check question"),
    ],
))

write_english("ps10", S)
