"""Writes the session-16 English restatement probe (issue 12, wt-factsen) as JSONL. Rows written by hand, new domains."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_english  # noqa: E402

CHECK = ["is that right", "did I get that right", "is that correct", "have I got that right",
         "anything I missed", "anything to add", "does that sound right", "have I understood"]

S = []  # (customer, criteria, feeling wordings, [(answer, label, why)])

S.append((
    "I ordered a 7-foot Nordmann fir for delivery on 12 December and paid £85 including the stand. Your driver never turned up, and when I rang on the 13th I was told the tree had been sold to someone else. My kids had cleared the living room for it. I'm so disappointed.",
    [("tree", ["7-foot", "Nordmann fir", "seven-foot"]), ("date", ["12 December", "12th"]),
     ("paid", ["£85", "85"]), ("no-show", ["never turned up", "didn't arrive", "nobody came"]),
     ("sold", ["sold to someone else", "sold it", "sold"])],
    ["disappointed", "disappointing", "understand", "sorry", "let down"],
    [
        ("So you paid £85, stand included, for a seven-foot Nordmann fir to be brought on the 12th of December; no one showed up with it, and when you phoned the next day you heard it had gone to another customer — after the children had made room for it. I can see how let down you feel. Have I got that right?", "good", "all facts in other words (showed up, gone to another customer), feeling, check"),
        ("So the driver brought your 7-foot Nordmann fir a day late, on the 13th, and you paid £85. I'm sorry you're disappointed. Is that right?", "poor", "the no-show reversed into a late delivery; the sale missing"),
        ("So you paid £85 with the stand for a 7-foot Nordmann fir due on 12 December, our driver didn't come, and on the 13th you were told it had been sold to someone else. Is that right?", "partial", "all facts, no feeling"),
    ],
))

S.append((
    "I signed up for fortnightly lawn mowing at £30 a visit starting in April. The crew hasn't been round since the 3rd of June, which is five weeks now, but I've still been charged for every visit. The grass is knee-high and my neighbours are complaining. I'm really annoyed.",
    [("plan", ["fortnightly", "every two weeks", "£30 a visit", "£30"]), ("since", ["3rd of June", "June 3", "3 June", "since June"]),
     ("weeks", ["five weeks", "5 weeks"]), ("charged", ["charged for every visit", "still been charged", "still paying", "billed"]),
     ("grass", ["knee-high", "grass is long", "neighbours are complaining", "neighbours"])],
    ["annoyed", "annoying", "understand", "sorry", "frustrating"],
    [
        ("So you're on the every-other-week mowing at thirty pounds a time, nobody has come by since 3 June — five weeks — yet every visit has still been billed to you, and the lawn is now up to your knees with the neighbours grumbling. That's really irritating. Is that right?", "good", "all facts in other words (come by, billed, up to your knees), feeling, check"),
        ("So the crew came every fortnight but didn't cut the grass short enough, and you were charged £30 a visit? I understand you're annoyed. Is that right?", "poor", "the absence reversed into visits; most facts missing"),
        ("So you pay £30 a fortnight, nobody's been since 3 June, five weeks, you've still been charged for each visit, and the grass is knee-high with the neighbours complaining. I'm sorry, that's really annoying.", "partial", "all facts and feeling, no check"),
    ],
))

S.append((
    "I brought 60 kilos of apples from my orchard to your mill on 2 October to be pressed, and you promised me 35 litres of juice back within a week. It's been three weeks, nobody has called me back, and today your staff said my apples were thrown away because they'd gone mouldy. I'm furious.",
    [("apples", ["60 kilos", "60 kg", "sixty kilos"]), ("date", ["2 October", "2nd of October"]),
     ("promise", ["35 litres", "thirty-five litres", "within a week"]),
     ("waiting", ["three weeks", "3 weeks", "nobody has called", "no call back"]),
     ("thrown", ["thrown away", "binned", "mouldy", "threw them out"])],
    ["furious", "angry", "understand", "sorry", "outrageous"],
    [
        ("So on the 2nd of October you dropped off sixty kilos of your own apples for pressing, on the promise of 35 litres back inside a week; three weeks on, no one has got back to you, and today you were told the apples went mouldy and got binned. No wonder you're furious. Is that correct?", "good", "all facts in other words (dropped off, got back to you, got binned), feeling, check"),
        ("So you brought 60 kilos of apples on 2 October and we've pressed 35 litres for you, it's ready to collect. I'm sorry for the wait. Is that right?", "poor", "the apples thrown away reversed into juice ready"),
        ("So you brought 60 kilos of apples on 12 October for pressing, we promised 35 litres within a week, three weeks later no one had rung you, and today you heard they were thrown away as mouldy. I completely understand why you're furious. Have I got that right?", "partial", "one minor detail wrong (12 October for 2 October)"),
    ],
))

S.append((
    "We hired a bouncy castle for my son's sixth birthday party last Saturday, £120 with a deposit of £40. The van didn't come until 3 pm, two hours after the party had started, and the blower broke after twenty minutes. Now you're refusing to give back the deposit. I'm really upset.",
    [("event", ["sixth birthday", "son's birthday", "birthday party"]), ("price", ["£120", "120"]),
     ("late", ["3 pm", "two hours late", "two hours after"]),
     ("blower", ["blower broke", "stopped working", "broke after twenty minutes", "deflated"]),
     ("deposit", ["refusing to give back the deposit", "won't return the deposit", "keeping the deposit", "£40"])],
    ["upset", "understand", "sorry", "disappointing", "frustrating"],
    [
        ("So for your son's 6th birthday last Saturday you hired the castle for £120 with a £40 deposit; it only turned up at three, two hours into the party, the blower packed in after twenty minutes, and now we're holding on to your deposit. I completely understand why you're upset. Have I got that right?", "good", "all facts in other words (turned up, packed in, holding on to), feeling, check"),
        ("Let me make sure I have this: the castle — £120, plus £40 deposit — arrived at 3 pm, two hours after your son's sixth birthday party began, its blower gave out twenty minutes later, and we've turned down your request for the deposit back. That must have been so upsetting. Is that right?", "good", "refusal said as turned down, blower gave out; feeling, check"),
        ("So the castle arrived on time for your son's birthday and we've refunded your £40 deposit, but the blower was a bit noisy? Is that right?", "poor", "lateness and refusal reversed"),
    ],
))

S.append((
    "I booked your photo booth for our wedding on 18 May, £450 for four hours with unlimited prints. The attendant packed up and left after two hours, and the guest album we paid for never arrived. Your office says the booking was only for two hours, which isn't true — I have the contract. I'm devastated.",
    [("event", ["wedding", "18 May"]), ("booking", ["£450", "four hours", "4 hours", "unlimited prints"]),
     ("left", ["left after two hours", "packed up", "left early", "two hours"]),
     ("album", ["album never arrived", "no album", "never got the album", "guest album"]),
     ("office", ["only for two hours", "office says", "said the booking was two hours"])],
    ["devastated", "upset", "understand", "sorry", "awful"],
    [
        ("So you paid £450 for four hours of the booth with unlimited prints at your wedding on 18 May, but the attendant wrapped up and went home halfway through, the guest album you'd paid for has never come, and the office is now claiming you only booked two hours, though your contract says otherwise. I'm so sorry — I can hear how devastated you are. Is that right?", "good", "all facts in other words (wrapped up and went home halfway through, never come), feeling, check"),
        ("So the booth was booked for your wedding on 18 May, £450 for four hours with unlimited prints, the attendant left after two hours, and the office now says you only booked two hours even though your contract says four. I'm so sorry, that's devastating. Have I got that right?", "partial", "one fact missing (the album)"),
        ("So you're unhappy with the photo booth at your wedding. I'm sorry. Is that right?", "poor", "most facts missing"),
    ],
))

S.append((
    "I rented two kayaks for a full day on Lake Brenner on Sunday, paying 90 euros. One kayak had a crack and started taking on water after an hour, so we had to paddle back. Your staff refused to swap it or refund the half day we lost and just said it was our problem. I'm angry.",
    [("kayaks", ["two kayaks", "2 kayaks"]), ("day", ["full day", "Sunday", "Lake Brenner"]),
     ("price", ["90 euros", "€90", "90"]), ("crack", ["crack", "taking on water", "leaking", "leaked"]),
     ("refused", ["refused to swap", "wouldn't swap", "refused", "no refund", "wouldn't refund"])],
    ["angry", "understand", "sorry", "frustrating", "annoyed"],
    [
        ("So you hired two kayaks for the whole of Sunday on Lake Brenner for €90, one of them had a split and began letting water in an hour in, so you had to come back, and our staff would neither exchange it nor give back the half day — they told you it was your problem. I understand why you're angry. Is that right?", "good", "all facts in other words (split, letting water in, would neither … nor), feeling, check"),
        ("Just to check: €90 for a full day with two kayaks on Lake Brenner on Sunday; after an hour one was cracked and filling with water and you paddled back, and when you asked for a replacement or your money back for the lost half day, the staff said no. That's really frustrating. Did I get that right?", "good", "refusal said as said no; feeling, check"),
        ("So you rented two kayaks on Sunday and our staff swapped the cracked one straight away, but you want a refund too? Is that right?", "poor", "the refusal reversed"),
    ],
))

S.append((
    "I left my 7'2 surfboard with you on 1 August for a ding repair, quoted at 60 pounds and ready in ten days. It's now 5 September, no one has rung me, and when I came in yesterday the board wasn't even in the workshop. I'm worried it's been lost.",
    [("board", ["7'2", "surfboard", "ding repair"]), ("dropped", ["1 August", "August 1st", "1st of August"]),
     ("quote", ["60 pounds", "£60", "ten days", "10 days"]),
     ("no-call", ["no one has rung", "nobody called", "no call", "haven't heard"]),
     ("missing", ["wasn't in the workshop", "not in the workshop", "couldn't find", "not there"])],
    ["worried", "worrying", "understand", "sorry", "concerned"],
    [
        ("So you dropped your 7'2 board off with us on 1 August for a ding repair, quoted £60 and ten days; over a month later nobody has been in touch, and when you popped in yesterday it was nowhere in the workshop. I can understand you're worried it's gone missing. Is that right?", "good", "all facts in other words (been in touch, nowhere in the workshop), feeling, check"),
        ("So you left your 7'2 board on 1 August for a £60 ding repair due in ten days, no one has rung you, and yesterday it wasn't in the workshop. I can see why you're worried it's been lost.", "partial", "no check"),
        ("So you left your board on 1 August, we rang you to collect it, and yesterday you picked it up but the ding wasn't fixed? I understand you're worried. Is that right?", "poor", "no call reversed; the board collected"),
    ],
))

S.append((
    "I ordered the full orchestral score of Mahler's Fifth from your shop on 3 March for £75, and was told it would take two weeks. It came today, seven weeks later, and it's the piano reduction, not the full score. My concert is on Friday. I'm panicking.",
    [("item", ["full orchestral score", "full score", "Mahler's Fifth", "Mahler"]), ("order", ["3 March", "£75", "75"]),
     ("weeks", ["seven weeks", "7 weeks", "two weeks"]), ("wrong", ["piano reduction", "wrong edition", "not the full score"]),
     ("concert", ["Friday", "concert"])],
    ["panicking", "panic", "worried", "understand", "sorry", "stressful"],
    [
        ("So on 3 March you paid £75 for the full orchestral score of Mahler 5, due in a fortnight; it only reached you today, seven weeks on, and it's the piano reduction instead of the full score — with your concert this Friday. I can hear how stressful that is. Is that right?", "good", "all facts in other words (reached you, a fortnight), feeling, check"),
        ("Let me check I understand: you ordered Mahler's Fifth, full score, on 3 March at £75; what turned up today after seven weeks was the piano version rather than the orchestral score, and your concert is on Friday. You must be panicking. Have I got that right?", "good", "arrival said as turned up, piano version; feeling, check"),
        ("So you ordered the piano reduction of Mahler's Fifth and we sent the full score by mistake? I'm sorry you're panicking. Is that right?", "poor", "the ordered and sent items swapped"),
    ],
))

S.append((
    "We booked a puppet show for our nursery's end-of-term party on 20 July, 200 pounds paid up front. The puppeteer cancelled by text the night before and said he'd been double-booked. Your agency hasn't replied to my two emails about a refund. Thirty children were let down and I'm embarrassed in front of the parents.",
    [("event", ["end-of-term party", "nursery", "20 July"]), ("paid", ["200 pounds", "£200", "up front"]),
     ("cancelled", ["cancelled", "pulled out", "the night before", "double-booked"]),
     ("no-reply", ["hasn't replied", "no reply", "two emails", "haven't heard back"]),
     ("children", ["thirty children", "30 children"])],
    ["embarrassed", "embarrassing", "understand", "sorry", "upset", "awful"],
    [
        ("So you'd paid £200 in advance for a puppet show at the nursery's end-of-term party on 20 July, the puppeteer backed out by text the evening before saying he'd double-booked, and we still haven't answered either of your two emails asking for the money back — with thirty kids disappointed and you left feeling embarrassed in front of the parents. Is that right?", "good", "all facts in other words (backed out, haven't answered), feeling, check"),
        ("So you paid £200 up front for a puppet show at your nursery's end-of-term party on 20 July, and the puppeteer cancelled by text the night before because he was double-booked, leaving thirty children disappointed. I can understand how embarrassing that was with the parents there. Did I get that right?", "partial", "one fact missing (the unanswered emails)"),
        ("So the puppeteer came to your nursery party but was late, and we refunded your £200? Is that right?", "poor", "cancellation and refund reversed"),
    ],
))

S.append((
    "I hired an inflatable hot tub for a long weekend, Friday to Monday, for 180 pounds. It was delivered but the heater never warmed the water above 20 degrees. I called on Saturday morning and no engineer came out all weekend. I want at least part of my money back. I'm fed up.",
    [("hire", ["long weekend", "Friday to Monday", "hot tub"]), ("price", ["180 pounds", "£180", "180"]),
     ("heater", ["heater", "20 degrees", "never warmed", "didn't heat", "cold"]),
     ("called", ["Saturday morning", "called on Saturday", "rang on Saturday"]),
     ("no-engineer", ["no engineer came", "nobody came out", "no one came", "never came out"]),
     ("want", ["money back", "refund", "part of"])],
    ["fed up", "frustrating", "understand", "sorry", "annoying"],
    [
        ("So you paid £180 to hire the hot tub from Friday to Monday; it arrived, but the water never got past 20 degrees, and although you rang us on Saturday morning no engineer was sent out the whole weekend — so you'd like at least a partial refund. I'm sorry, that's really frustrating. Have I got that right?", "good", "all facts in other words (got past, was sent out), feeling, check"),
        ("Just to be sure: a £180 long-weekend hot-tub hire, Friday through Monday, with a heater that couldn't get the water above twenty degrees; you phoned on Saturday morning, nobody came round to fix it all weekend, and you're asking for some of your money back. I'd be fed up too. Is that correct?", "good", "absence said as nobody came round; feeling, check"),
        ("So you hired the hot tub for £180, an engineer came on Saturday and fixed the heater, and now you want a refund? Is that right?", "poor", "the absent engineer reversed"),
    ],
))

S.append((
    "We ordered four portable toilets for our village fete on 6 August, £320 in total, to be delivered the day before. Only two arrived, on the morning of the fete, and neither had been cleaned. Your depot told us the other two were out on another job. About 400 people came and the queues were awful. I'm livid.",
    [("ordered", ["four portable toilets", "four toilets", "4 toilets"]), ("event", ["village fete", "6 August", "fete"]),
     ("price", ["£320", "320"]), ("two", ["only two arrived", "two arrived", "only two"]),
     ("dirty", ["not been cleaned", "dirty", "uncleaned"]), ("depot", ["another job", "out on another job", "elsewhere"])],
    ["livid", "angry", "furious", "understand", "sorry"],
    [
        ("So for the village fete on 6 August you ordered four toilets at £320 in total, to come the day before; just two showed up, on the morning itself, both uncleaned, and the depot said the other pair were being used on a different job — with around 400 people there and long queues. You've every right to be livid. Have I got that right?", "good", "all facts in other words (just two showed up, a different job), feeling, check"),
        ("So you ordered four toilets, £320 in total, for the fete on 8 August to arrive the day before; only two came on the morning, neither cleaned, and the depot said the others were on another job. I'm so sorry, you must be livid. Is that right?", "partial", "one minor detail wrong (8 August for 6 August)"),
        ("So all four toilets came the day before but two weren't clean? Is that right?", "poor", "the count reversed; most facts missing"),
    ],
))

S.append((
    "I bought six tickets for your 9 pm ghost walk in the old town last Friday, 15 pounds each, as a surprise for my friend's fortieth. We waited at the meeting point by the cathedral for forty minutes and the guide never appeared. Nobody answered the phone number on the tickets. It completely ruined the evening.",
    [("tickets", ["six tickets", "6 tickets"]), ("tour", ["9 pm", "last Friday", "ghost walk"]),
     ("price", ["15 pounds each", "£15 each", "£90"]), ("waited", ["forty minutes", "40 minutes", "cathedral", "meeting point"]),
     ("guide", ["guide never appeared", "guide didn't show", "no guide", "never turned up"]),
     ("phone", ["nobody answered", "no answer", "didn't answer"])],
    ["ruined", "upset", "disappointing", "understand", "sorry"],
    [
        ("So you'd bought six £15 tickets for last Friday's 9 pm ghost walk as a surprise for your friend's 40th; you all stood at the cathedral meeting point for 40 minutes, the guide never showed, and when you rang the number on the tickets nobody picked up. I'm so sorry it spoiled the whole evening. Is that right?", "good", "all facts in other words (never showed, nobody picked up), feeling, check"),
        ("Let me make sure I've got it: six tickets at fifteen pounds for the 9 o'clock ghost walk on Friday, a birthday surprise for your friend turning forty; no guide ever came to the meeting point by the cathedral though you waited forty minutes, and the phone on the tickets just rang out. What a disappointing end to the evening. Did I get that right?", "good", "no answer said as rang out; feeling, check"),
        ("So the guide was forty minutes late to the cathedral but the tour went ahead? I'm sorry. Is that right?", "poor", "the no-show reversed; most facts missing"),
    ],
))

S.append((
    "I booked a clay-pigeon shooting lesson for my dad's seventieth on 12 April, £95 for one hour with an instructor. When we arrived the instructor had gone home sick and your staff turned us away without offering another date. We'd driven from Leeds. Dad was so disappointed.",
    [("lesson", ["clay-pigeon", "one hour", "an hour", "instructor"]), ("occasion", ["seventieth", "70th", "dad's birthday"]),
     ("date", ["12 April", "April 12th"]), ("price", ["£95", "95"]), ("sick", ["gone home sick", "off sick", "ill"]),
     ("turned-away", ["turned us away", "sent you away", "no other date", "without offering"]), ("drove", ["Leeds", "drove from Leeds"])],
    ["disappointed", "disappointing", "understand", "sorry", "upsetting"],
    [
        ("So for your father's 70th on 12 April you'd booked an hour's clay shooting with an instructor for £95; when you got there after driving down from Leeds, the instructor had gone home ill and our staff sent you both away with no alternative date offered. I'm so sorry — I can imagine how disappointed your dad was. Is that right?", "good", "all facts in other words (gone home ill, sent you away), feeling, check"),
        ("So you booked a £95 one-hour clay-pigeon lesson for your dad's seventieth on 12 April, drove from Leeds, and were turned away because the instructor was off sick, with no other date offered. I'm sorry your dad was so disappointed.", "partial", "no check"),
        ("So you came on 12 April but were late, so the instructor couldn't take you? I'm sorry. Is that right?", "poor", "the cause reversed onto the customer; most facts missing"),
    ],
))

S.append((
    "I joined your community choir in January and paid the £120 annual fee. In March the choir leader moved all rehearsals from Tuesday evenings to Wednesday afternoons, when I'm at work, and I haven't been able to attend since. I asked for a partial refund and the committee said no. I feel really let down.",
    [("joined", ["January", "joined"]), ("fee", ["£120", "120", "annual fee"]),
     ("moved", ["moved", "Wednesday afternoons", "Tuesday evenings"]),
     ("work", ["at work", "can't attend", "haven't been able to attend", "working"]),
     ("refund", ["said no", "refused", "turned down", "no refund"])],
    ["let down", "disappointing", "understand", "sorry", "upset"],
    [
        ("So you signed up in January and paid the £120 for the year; in March rehearsals were switched from Tuesday evenings to Wednesday afternoons, when you're working, so you've missed every one since, and when you asked for some of the fee back the committee turned you down. I can see why you feel let down. Have I got that right?", "good", "all facts in other words (signed up, switched, turned you down), feeling, check"),
        ("So since March, when practice moved from Tuesday nights to Wednesday afternoons, you've not been able to come because of work, although you'd paid the year's £120 when you joined in January, and the committee refused your request for part of it back. That's really disappointing. Is that right?", "good", "all facts reordered, feeling, check"),
        ("So you joined in January, the committee agreed a partial refund, but it hasn't come through yet? Is that right?", "poor", "the refusal reversed; most facts missing"),
    ],
))

S.append((
    "I ordered a cubic metre of kiln-dried ash logs on 2 November for £140. What arrived was damp softwood, half of it sawdust and bark, and the driver tipped it on my front lawn instead of stacking it as promised. Your office won't take it back. I'm furious.",
    [("order", ["cubic metre", "kiln-dried", "ash logs", "ash"]), ("date", ["2 November", "£140", "140"]),
     ("wrong", ["damp softwood", "damp", "softwood", "wet"]), ("tipped", ["tipped it on", "dumped", "front lawn", "instead of stacking"]),
     ("wont-take", ["won't take it back", "refused to take it back", "won't collect"])],
    ["furious", "angry", "understand", "sorry", "outrageous"],
    [
        ("So you paid £140 on 2 November for a cubic metre of kiln-dried ash, and got wet softwood instead, half of it bark and sawdust; rather than stacking it as agreed the driver dumped the lot on your lawn, and the office is refusing to collect it. I understand why you're furious. Is that right?", "good", "all facts in other words (dumped the lot, refusing to collect), feeling, check"),
        ("So you ordered a cubic metre of kiln-dried ash logs on 2 November for £140, got damp softwood full of sawdust and bark, the driver tipped it on your lawn instead of stacking it, and the office won't take it back. Have I got that right?", "partial", "all facts, no feeling"),
        ("So the ash logs were fine but the driver stacked them in the wrong place? I'm sorry you're furious. Is that right?", "poor", "the wrong wood reversed; most facts missing"),
    ],
))

write_english("ps16en", S, CHECK)
