"""Writes the session-17 held-out English restatement probe (issue 12, wt-factsen) as JSONL. Rows written by hand, new domains."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_english  # noqa: E402

CHECK = ["is that right", "did I get that right", "is that correct", "have I got that right",
         "anything I missed", "anything to add", "does that sound right", "have I understood"]

S = []  # (customer, criteria, feeling wordings, [(answer, label, why)])

S.append((
    "I ordered a hand-woven twelve-by-six wool rug in deep blue on 5 September for £900, and you said it would take eight weeks. It came on the 28th of November, it's twelve by five, and the colour is closer to grey. Your workshop says a refund isn't possible for made-to-order items. I'm so disappointed.",
    [("rug", ["twelve-by-six", "12-by-6", "12 by 6", "wool rug"]), ("date", ["5 September", "5th of September"]), ("price", ["£900", "900"]),
     ("late", ["28th of November", "28 November", "eight weeks"]), ("wrong", ["twelve by five", "12 by 5", "grey", "wrong size"]),
     ("no-refund", ["refund isn't possible", "no refund", "won't refund"])],
    ["disappointed", "disappointing", "understand", "sorry", "let down"],
    [
        ("So on the fifth of September you paid nine hundred pounds for a hand-woven deep-blue wool rug, 12 by 6, due within eight weeks; it only reached you on 28 November, it measures a foot short at twelve by five, and it looks more grey than blue, and now the workshop tells you made-to-order pieces can't be refunded. I can see how let down you feel. Is that right?", "good", "ordinal date, price in words, a foot short, can't be refunded; feeling, check"),
        ("So you ordered a twelve-by-five rug and we made it twelve by six, in grey instead of blue, for £900 on 5 September. I'm sorry you're disappointed. Is that right?", "poor", "the ordered and delivered sizes swapped"),
        ("So you ordered a twelve-by-six deep blue wool rug on 5 September for £900, due in eight weeks; it came on 28 November, twelve by five and nearer grey, and the workshop says no refund on made-to-order items. Have I got that right?", "partial", "all facts and check, no feeling"),
    ],
))

S.append((
    "You cleaned our gutters on the 2nd of October for £120. Two weeks later the first heavy rain came and water poured over the front gutter straight into our porch. When your man came back he said the downpipe was blocked by our own tree and charged us another £60 to clear it. We never got a proper explanation. I'm really angry.",
    [("clean", ["2nd of October", "2 October", "£120"]), ("rain", ["two weeks later", "heavy rain", "poured over"]),
     ("porch", ["porch", "into our porch"]), ("blamed", ["our own tree", "your tree", "blocked by"]),
     ("charged", ["another £60", "£60", "charged"]), ("no-explanation", ["never got", "no proper explanation", "no explanation"])],
    ["angry", "furious", "understand", "sorry", "frustrating"],
    [
        ("So we cleared your gutters on the second of October for £120, and a fortnight later the first downpour sent water spilling over the front gutter into the porch; when our man returned he blamed your tree for blocking the downpipe and billed you a further sixty pounds to clear it, and nobody has ever properly explained it to you. That's infuriating, I understand. Did I get that right?", "good", "ordinal date, a fortnight later, spilling over, blamed your tree, billed a further sixty pounds, nobody has ever properly explained; feeling, check"),
        ("So we cleaned your gutters on 2 October for £120, and after the heavy rain two weeks later our man came back and cleared the downpipe free of charge, and explained that your tree had blocked it. I understand you're angry. Is that right?", "poor", "the £60 charge and the missing explanation reversed"),
        ("So we cleaned your gutters on the 2nd of October for £120, two weeks later heavy rain poured over the front gutter into your porch, and our man came back, said your tree had blocked the downpipe and charged another £60. I'm sorry, I can see why you're angry. Is that right?", "partial", "one fact missing (no proper explanation)"),
    ],
))

S.append((
    "We hired you to decorate my daughter's 18th with a balloon arch in gold and white, £250 paid in full, set up by 6 p.m. on Saturday. Your decorator arrived at 7:15 when the guests were already there, the arch lacked half the gold balloons, and she left without taking away the old ones on Sunday as agreed. I'm embarrassed and upset.",
    [("party", ["18th", "eighteenth", "balloon arch", "gold and white"]), ("paid", ["£250", "250", "paid in full"]),
     ("time", ["6 p.m.", "by six", "7:15", "quarter past seven"]), ("half", ["half the gold", "lacked half", "missing half"]),
     ("not-collected", ["without taking away", "didn't take away", "never collected", "left them"])],
    ["embarrassed", "upset", "understand", "sorry", "awful"],
    [
        ("So for your daughter's eighteenth you paid the full £250 for a gold-and-white balloon arch to be up by six on Saturday evening; the decorator didn't arrive until quarter past seven, with guests already there, the arch was short of half its gold balloons, and she never came back on Sunday to take the old ones away as agreed. That must have been so embarrassing, I'm sorry. Have I got that right?", "good", "eighteenth, by six, quarter past seven, short of half, never came back; feeling, check"),
        ("So the decorator arrived at six as agreed and the arch was finished by 7:15, but half the gold balloons were missing. I'm sorry you're upset. Is that right?", "poor", "the late arrival reversed into on time; payment and collection missing"),
        ("So you paid £250 in full for a gold and white balloon arch for your daughter's 18th, set up by 6 p.m. on Saturday; the decorator arrived at 7:15 with guests already there, the arch lacked half the gold balloons, and she didn't take the old ones away on Sunday as agreed. I can see why you're embarrassed and upset.", "partial", "all facts and feeling, no check"),
    ],
))

S.append((
    "Our office leases a colour photocopier from you at £95 a month. It has jammed every day for three weeks, and your engineer has been out twice but failed to fix it. Meanwhile we're still paying for 5,000 copies a month that we can't print. I'm fed up.",
    [("lease", ["£95 a month", "95", "colour photocopier"]), ("jams", ["jammed every day", "every day", "three weeks"]),
     ("engineer", ["out twice", "twice", "failed to fix", "didn't fix"]), ("paying", ["5,000 copies", "still paying", "5000"])],
    ["fed up", "frustrating", "understand", "sorry", "annoying"],
    [
        ("So you lease our colour copier for ninety-five pounds a month, it has jammed daily for the past three weeks, our engineer has come out on two occasions without managing to fix it, and you're still being charged for the five thousand copies a month you can't print. I completely understand how fed up you are. Does that sound right?", "good", "daily, on two occasions without managing to fix it, five thousand in words; feeling, check"),
        ("So your colour photocopier at £95 a month jammed for three weeks, but our engineer came out twice and fixed it, and you're paying for 5,000 copies a month. I'm sorry, that's frustrating. Is that right?", "poor", "failed to fix reversed into fixed"),
        ("So you lease a colour photocopier from us at £95 a month, it's jammed every day for three weeks and the engineer has been out twice without fixing it. I'm sorry you're fed up. Is that right?", "partial", "one fact missing (still paying for copies)"),
    ],
))

S.append((
    "I hired your two-horse trailer for the weekend of 14 and 15 June for £180 to take my mare to a show. When I collected it, one tyre was flat and the ramp lacked its safety pin. Your yard manager told me to take it anyway. We missed our class. I'm really shaken and angry.",
    [("trailer", ["two-horse trailer", "horse trailer", "£180"]), ("when", ["14 and 15 June", "14th", "weekend"]),
     ("tyre", ["tyre was flat", "flat tyre", "flat"]), ("pin", ["lacked its safety pin", "no safety pin", "without its safety pin", "missing the safety pin"]),
     ("told", ["take it anyway", "told me to take it"]), ("missed", ["missed our class", "missed the class"])],
    ["shaken", "angry", "understand", "sorry", "frightening"],
    [
        ("So for £180 you'd hired our two-horse trailer for the weekend of the fourteenth and fifteenth of June to get your mare to a show; at collection one tyre was flat and the ramp had no safety pin, our yard manager said to take it regardless, and you ended up missing your class. That sounds frightening as well as infuriating. Is that correct?", "good", "ordinal dates, had no safety pin, said to take it regardless, ended up missing; feeling, check"),
        ("So you hired our two-horse trailer for 14 and 15 June for £180; one tyre was flat and the ramp lacked its safety pin, so you told our yard manager you'd take it anyway, and you missed your class. I'm sorry you're shaken. Is that right?", "poor", "who decided swapped (the manager told the customer to take it)"),
        ("So you hired our two-horse trailer for the weekend of 14 and 15 June for £180; a tyre was flat, the ramp had no safety pin, our yard manager told you to take it anyway and you missed your class. Is that right?", "partial", "all facts and check, no feeling"),
    ],
))

S.append((
    "I booked your ice-cream van for two hours at my son's school fete on Saturday, 1 to 3 p.m., for £300. It turned up at two, stayed only an hour, and ran out of cones after forty children. The school had told all the parents it was coming. I'm mortified.",
    [("booking", ["two hours", "1 to 3", "£300"]), ("late", ["turned up at two", "at two", "an hour late"]),
     ("hour", ["only an hour", "one hour"]), ("cones", ["ran out of cones", "forty children", "40 children"]),
     ("school", ["told all the parents", "parents"])],
    ["mortified", "embarrassed", "understand", "sorry", "awful"],
    [
        ("So you'd paid three hundred pounds for the van from one till three at your son's school fete on Saturday; it didn't appear until two, left after just the one hour, and had no cones left once forty children had been served, after the school had told every parent it was coming. I can only imagine how mortified you were. Have I understood that correctly?", "good", "one till three, didn't appear until two, just the one hour, no cones left; feeling, check"),
        ("So the van came at one as booked, stayed two hours, and ran out of cones after forty children, and you paid £300. I'm sorry you're mortified. Is that right?", "poor", "the late arrival and short stay reversed"),
        ("So you booked the van from 1 to 3 p.m. on Saturday for £300, it came at half past two, stayed only an hour and ran out of cones after forty children, when the school had told all the parents. I'm so sorry, how mortifying. Is that right?", "partial", "one minor detail wrong (half past two for two)"),
    ],
))

S.append((
    "You trimmed the hedges along our drive last Thursday for £220. Your team cut the beech hedge down to about three feet when we'd asked for six, and left all the cuttings in a pile on our lawn. Nobody has returned my two calls since. I'm absolutely livid.",
    [("when", ["last Thursday", "Thursday", "£220"]), ("cut", ["three feet", "3 feet", "instead of six"]),
     ("asked", ["asked for six", "six feet", "6 feet"]), ("cuttings", ["cuttings", "pile on our lawn", "left the cuttings"]),
     ("calls", ["two calls", "nobody has returned", "no one called back"])],
    ["livid", "angry", "furious", "understand", "sorry"],
    [
        ("So last Thursday you paid £220 for the hedges along your drive, our team took the beech down to roughly three feet when you'd asked for it to be left at six, they dumped all the clippings in a heap on your lawn, and neither of your two calls has been returned. No wonder you're livid. Is that a fair summary?", "good", "took down to roughly three feet, left at six, dumped the clippings in a heap, neither call returned; feeling, check"),
        ("So last Thursday our team cut your beech hedge to six feet when you'd asked for three, for £220, and left the cuttings on your lawn. I understand you're livid. Is that right?", "poor", "the heights swapped"),
        ("So last Thursday our team cut your beech hedge to about three feet instead of six for £220, left the cuttings piled on your lawn, and nobody has returned your two calls. I can see why you're livid. Is that right? Mind you, nobody else has ever complained about that team.", "partial", "all facts, feeling and check, but a taboo phrase (nobody else has ever complained) caps it"),
    ],
))

S.append((
    "I paid £84 for a ten-week block of swimming lessons for my daughter, starting 9 January. Five of the ten lessons were cancelled because the instructor was off sick, and you've offered to carry over only two of them. Nobody ever phoned to tell us, so we drove there for nothing three times. I'm really frustrated.",
    [("block", ["£84", "ten-week", "ten weeks", "10-week"]), ("start", ["9 January", "9th of January"]),
     ("cancelled", ["five of the ten", "five cancelled", "half of them", "5 cancelled"]), ("carry", ["only two", "carry over two", "two of them"]),
     ("not-told", ["nobody ever phoned", "nobody phoned", "no one called"]), ("drove", ["three times", "drove there for nothing", "wasted trips"])],
    ["frustrated", "frustrating", "understand", "sorry", "annoying"],
    [
        ("So you paid £84 for your daughter's ten weeks of lessons from the ninth of January; half of them were called off because the instructor was ill, you've been offered just two as make-up lessons, and since no one rang to warn you, you made three wasted trips to the pool. That's really frustrating, I understand. Did I get that right?", "good", "ninth of January, half of them called off, just two as make-up, no one rang, three wasted trips; feeling, check"),
        ("So five of your daughter's ten lessons from 9 January were cancelled, we've offered to carry over all five, and we phoned you each time. I'm sorry you're frustrated. Is that right?", "poor", "two carried over reversed into five; nobody phoned reversed"),
        ("So you paid £84 for ten weeks of lessons from 9 January, five were cancelled because the instructor was sick, we've offered to carry over only two, and nobody phoned you, so you drove there for nothing three times. Is that right?", "partial", "all facts and check, no feeling"),
    ],
))

S.append((
    "Our football club ordered 22 printed shirts at £18 each for the new season, to arrive by the 1st of August. They came on the 12th, after our first match, and the names on the back were spelt wrong on seven of them. Your website said delivery in five to seven working days. I'm so annoyed.",
    [("order", ["22 shirts", "22 printed shirts", "£18 each", "twenty-two"]), ("due", ["1st of August", "1 August"]),
     ("late", ["the 12th", "12 August", "after our first match"]), ("names", ["spelt wrong", "seven of them", "misspelt"]),
     ("website", ["five to seven working days", "5-7 working days", "website said"])],
    ["annoyed", "annoying", "understand", "sorry", "frustrating"],
    [
        ("So your club spent three hundred and ninety-six pounds on twenty-two printed shirts for the new season, due by the first of August; they only got to you on the twelfth, after the opening match, seven of them with the names misspelt on the back, and the website had promised five to seven working days. I'm sorry, I can see how annoying that is. Is that right?", "good", "22 × £18 as a total, the first of August, the twelfth, misspelt; feeling, check"),
        ("So your club ordered 22 shirts at £18 each for the 1st of August; they arrived on time, but the names were spelt wrong on seven of them. I'm sorry you're annoyed. Is that right?", "poor", "the late delivery reversed into on time"),
        ("So your club ordered 22 printed shirts at £18 each for the 1st of August; they came on the 12th, after your first match, with the names spelt wrong on nine of them, and the website said five to seven working days. I'm sorry, I can see why you're annoyed. Is that right?", "partial", "one minor detail wrong (nine for seven)"),
    ],
))

write_english("ps17enb", S, CHECK)
