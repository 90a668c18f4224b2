"""Writes the session-17 second-round English restatement probe (issue 12, wt-r2paraen) as JSONL. Rows written by hand, new domains."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_english  # noqa: E402

CHECK = ["is that right", "did I get that right", "is that correct", "have I got that right",
         "anything I missed", "anything to add", "does that sound right", "have I understood",
         "is that a fair summary"]

S = []  # (customer, criteria, feeling wordings, [(answer, label, why)])

S.append((
    "I ordered an ice sculpture of two swans for our wedding reception on Saturday, £450. It was meant to be set up by 5 p.m. but arrived at 7:30, after the speeches, and one swan's neck had snapped off in the van. My wife cried. I'm so disappointed.",
    [("sculpture", ["ice sculpture", "two swans", "swans"]), ("price", ["£450", "450", "four hundred and fifty"]),
     ("late", ["7:30", "half past seven", "two and a half hours late"]), ("speeches", ["after the speeches", "speeches"]),
     ("neck", ["neck had snapped", "snapped off", "broken neck"])],
    ["disappointed", "disappointing", "sorry", "understand", "upsetting"],
    [
        ("So the two-swan ice sculpture you'd paid four hundred and fifty pounds for was supposed to be in place by five for your reception on Saturday, but it didn't appear until half seven, once the speeches were over, and one of the swans had lost its neck on the way over. I'm so sorry, I can see why you're both so let down. Have I got that right?", "good", "price in words, half seven, didn't appear until, lost its neck on the way over; feeling, check"),
        ("So the ice sculpture was set up on time before the speeches and looked lovely, apart from a small chip on one swan? Is that right?", "poor", "the late arrival reversed into on time, the snapped neck into a chip"),
        ("So you paid £450 for an ice sculpture of two swans for your wedding reception on Saturday, it arrived at 7:30 instead of 5 p.m., after the speeches, and one swan's neck had snapped off. Is that right?", "partial", "all facts and check, no feeling"),
    ],
))

S.append((
    "We hired three portable toilets for our village fete on 12 August, £210 in total. Only two were delivered, and one of those had no toilet roll or hand sanitiser. Your driver said the third was on another truck, but it never came. The queues were awful and people complained to me all day.",
    [("count", ["three toilets", "3 toilets", "three portable"]), ("fete", ["fete", "12 August", "12th"]),
     ("price", ["£210", "210", "two hundred and ten"]), ("two", ["only two", "two were delivered", "two arrived"]),
     ("supplies", ["toilet roll", "sanitiser", "no paper"]), ("third", ["never came", "third", "another truck"])],
    ["sorry", "understand", "awful", "stressful", "no wonder"],
    [
        ("So for the village fete on the twelfth of August you'd paid two hundred and ten pounds for three loos, but just a pair turned up, one of them without any paper or sanitiser, and the third, which the driver claimed was on another lorry, never appeared. No wonder you spent the day fielding complaints about the queues. Have I understood that properly?", "good", "loos, just a pair turned up, without any paper, never appeared, ordinal date; feeling, check"),
        ("So all three toilets arrived for the fete on 12 August, and the only problem was that one had run out of toilet roll? I'm sorry about the queues. Is that right?", "poor", "two delivered reversed into all three"),
        ("So you paid £210 for three portable toilets for your fete on 21 August, only two were delivered, one had no toilet roll or sanitiser, and the third, which the driver said was on another truck, never came. I'm sorry, that sounds like an awful day. Is that right?", "partial", "one minor detail wrong (21 August for 12 August)"),
    ],
))

S.append((
    "I ordered a 7-foot Nordmann fir for £75 to be delivered on 6 December. It came on the 11th, it's barely five foot tall, and half the needles fell off within two days. My kids decorated it anyway but it looks sad. I feel cheated.",
    [("tree", ["Nordmann", "fir", "7-foot", "seven-foot"]), ("price", ["£75", "75", "seventy-five"]),
     ("late", ["11th", "eleventh", "five days late"]), ("height", ["five foot", "5 foot", "barely five"]),
     ("needles", ["needles fell off", "needles", "dropping"])],
    ["cheated", "sorry", "understand", "disappointing", "unfair"],
    [
        ("So you paid seventy-five pounds for a seven-foot Nordmann fir due on the sixth of December; it turned up five days late on the eleventh, stands barely five feet, and within a couple of days had shed half its needles. I'd feel short-changed too, I'm sorry. Is that a fair summary?", "good", "price in words, turned up five days late, feet, shed half its needles; feeling, check"),
        ("So your tree came on the 6th as planned and it's a full seven feet, but you'd have preferred a different variety? Is that right?", "poor", "late delivery and short height reversed; needles missing"),
        ("So you ordered a seven-foot Nordmann fir for £75 for 6 December, it came on the 11th, it's only five foot and half the needles fell off in two days. Nobody's ever complained about our trees before, but I understand you feel cheated. Is that right?", "partial", "all facts, feeling and check, with the taboo 'nobody has ever complained before'"),
    ],
))

S.append((
    "Your team laid 40 square metres of artificial grass in my garden on 2 April for £1,800. After the first heavy rain the whole lawn flooded because they didn't put in any drainage, and the seams are already lifting. Your manager promised someone would come within a week, but that was three weeks ago.",
    [("area", ["40 square metres", "forty square metres", "40m"]), ("price", ["£1,800", "1800", "eighteen hundred"]),
     ("flooded", ["flooded", "no drainage", "waterlogged"]), ("seams", ["seams", "lifting"]),
     ("promise", ["within a week", "promised someone would come"]), ("waited", ["three weeks", "3 weeks"])],
    ["sorry", "understand", "frustrating", "annoying", "disappointing"],
    [
        ("So our fitters put down forty square metres of fake grass for you on the second of April at eighteen hundred pounds, and with no drainage underneath the whole thing was under water after the first proper downpour; the joins are coming up too, and although the manager said someone would be round inside seven days, it's now been twenty-one days. That must be really frustrating. Did I get that right?", "good", "fake grass, under water, joins coming up, inside seven days, twenty-one days; feeling, check"),
        ("So the grass drains fine but a few seams are lifting, and our manager sent someone round within the week as promised, so it's all sorted now? Is that right?", "poor", "the flooding and the broken promise reversed"),
        ("So we laid 40 square metres of artificial grass on 2 April for £1,800, it flooded in the first heavy rain because there's no drainage, and our manager promised someone within a week but it's been three weeks. I'm sorry, that's really frustrating. Is that right?", "partial", "one fact missing (the seams lifting)"),
    ],
))

S.append((
    "I ordered 1,000 litres of heating oil for £720 on 3 November and was promised delivery within five working days. It came on the 24th, and the driver only put 600 litres in the tank but the invoice is for the full thousand. We had no heating for a week with a newborn. I'm furious.",
    [("amount", ["1,000 litres", "thousand litres", "1000"]), ("price", ["£720", "720", "seven hundred and twenty"]),
     ("late", ["24th", "twenty-fourth", "five working days"]), ("delivered", ["600 litres", "six hundred", "600"]),
     ("invoice", ["invoice", "full thousand", "billed"]), ("heating", ["no heating", "newborn", "a week"])],
    ["furious", "sorry", "understand", "angry", "worrying"],
    [
        ("So you ordered a thousand litres of heating oil on the third of November for seven hundred and twenty pounds, with delivery promised inside a working week, but it only turned up on the twenty-fourth; the driver pumped in just six hundred litres yet you've been charged for the whole thousand, and you went seven days without heat with a newborn at home. You've every reason to be furious. Is that a fair summary?", "good", "amounts in words, turned up, pumped in, charged for the whole thousand, seven days without heat; feeling, check"),
        ("So you ordered 600 litres but the driver put in 1,000 and billed you for the extra? Is that right?", "poor", "ordered and delivered amounts swapped; most facts missing"),
        ("So you ordered 1,000 litres of heating oil for £720 on 3 November with delivery in five working days, it came on the 24th, only 600 litres went in but you were invoiced for 1,000, and you had no heating for a week with your newborn. I'm so sorry, I understand why you're furious.", "partial", "all facts and feeling, no check"),
    ],
))

S.append((
    "I sent you my 1978 pinball machine for restoration in February and you quoted £2,400 and ten weeks. It's been five months, you've added £600 for parts without asking me, and the photos you sent show the backglass is cracked. It wasn't cracked when I dropped it off.",
    [("machine", ["1978", "pinball", "'78"]), ("quote", ["£2,400", "2,400", "two thousand four hundred", "twenty-four hundred"]),
     ("time", ["ten weeks", "10 weeks"]), ("waited", ["five months", "5 months", "February"]),
     ("extra", ["£600", "600", "six hundred", "without asking"]), ("glass", ["backglass", "cracked", "crack"])],
    ["sorry", "understand", "frustrating", "upsetting", "worrying"],
    [
        ("So your '78 pinball came to us in February on a quote of twenty-four hundred pounds and ten weeks; it's been with us five months now, we've put another six hundred on for parts without checking with you, and the pictures we sent show the backglass broken, when it was in one piece when you handed it over. I can see why you're upset. Is that right?", "good", "'78, twenty-four hundred, put another six hundred on, without checking with you, broken / in one piece; feeling, check"),
        ("So we quoted five months and £600, it's been ten weeks, and the backglass was already cracked when you brought it in? Is that right?", "poor", "quote and wait swapped, the crack's cause reversed"),
        ("So you sent us your 1978 pinball machine in February with a quote of £2,400 and twelve weeks, it's been five months, we've added £600 for parts without asking, and the backglass is cracked when it wasn't before. I'm sorry, that's really frustrating. Have I got that right?", "partial", "one minor detail wrong (twelve weeks for ten)"),
    ],
))

S.append((
    "I paid you £3,000 upfront to write my father's memoir in time for his 90th birthday on 9 May. The writer interviewed him only once, the draft has his wartime regiment wrong, and my sister's name is spelt wrong throughout. There's no time left to fix it properly. I'm heartbroken.",
    [("paid", ["£3,000", "3,000", "three thousand", "upfront"]), ("birthday", ["90th", "ninetieth", "9 May"]),
     ("once", ["only once", "one interview", "once"]), ("regiment", ["regiment", "wartime"]),
     ("sister", ["sister's name", "misspelt", "spelt wrong"])],
    ["heartbroken", "heartbreaking", "sorry", "understand", "upsetting"],
    [
        ("So you paid three grand in advance for your dad's memoir, to be ready for his ninetieth on the ninth of May; the writer sat down with him just the one time, the draft gets his regiment from the war wrong, and your sister's name is misspelled all the way through, and now there isn't time to put it right. That's heartbreaking, I'm so sorry. Have I understood correctly?", "good", "three grand in advance, ninetieth, sat down with him just the one time, misspelled all the way through; feeling, check"),
        ("So the writer interviewed your father several times and the draft is accurate, you'd just like it sooner than 9 May? Is that right?", "poor", "one interview and the errors reversed"),
        ("So you paid £3,000 upfront for your father's memoir for his 90th on 9 May, the writer only interviewed him once and the draft gets his wartime regiment wrong, and there's no time left to fix it. I'm so sorry, that's heartbreaking. Is that right?", "partial", "one fact missing (the sister's name)"),
    ],
))

S.append((
    "Your engineer fitted a stairlift for my mother on 15 October, and we paid £4,200. Since then it has stopped halfway up the stairs four times, and last Tuesday she was stuck on it for forty-five minutes until a neighbour heard her. Your helpline just told me to switch it off and on again.",
    [("lift", ["stairlift", "stair lift"]), ("price", ["£4,200", "4,200", "four thousand two hundred"]),
     ("stops", ["stopped halfway", "four times", "4 times"]), ("stuck", ["forty-five minutes", "45 minutes", "stuck"]),
     ("helpline", ["switch it off and on", "turn it off", "helpline"])],
    ["sorry", "understand", "frightening", "worrying", "scary"],
    [
        ("So the stairlift we put in for your mum on the fifteenth of October, at four thousand two hundred pounds, has ground to a halt midway up on four separate occasions, and last Tuesday she was trapped on it for three-quarters of an hour before a neighbour heard her; and all our helpline said was to turn it off and back on. That must have been frightening for you both. Is that right?", "good", "ground to a halt midway, four separate occasions, trapped, three-quarters of an hour; feeling, check"),
        ("So the stairlift stopped once, your mother got off safely straight away, and our helpline sent an engineer out? Is that right?", "poor", "four stops, the wait and the helpline's answer reversed"),
        ("So we fitted a stairlift for your mother on 15 October for £4,200, it has stopped halfway up four times, last Tuesday she was stuck on it for forty-five minutes until a neighbour heard her, and our helpline told you to switch it off and on. You should really keep a phone by her on the stairs, but I understand how worrying that was. Is that right?", "partial", "all facts, feeling and check, with the taboo 'you should'"),
    ],
))

write_english("ps17r2en", S, CHECK)
