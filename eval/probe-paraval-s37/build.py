# Session 37's restatement probe (paraval37): fourteen English customers of my own × good / partial / poor. Every
# good restates one or more of the customer's values (amounts, counts, lengths, dates) in a form the rubric does
# not list: a spoken price (three-eighty, eleven-fifty, one-ninety-five), thousands and millions by k, m or grand,
# a decimal in words (two point four), a collective count (a dozen, half a dozen, a pair, your trio), a length
# in other units or fractions (a year and a half, a decade and a half, a third of an hour, 120 minutes), an
# approximate bound that holds the customer's value (the best part of a month, nearly half an hour, a good hour),
# a total as rate × count or per period (twenty apiece for three, two pounds a month), a date in another form
# (the first of Feb, 14/3, New Year's Eve, the last day of November, the next day). Each partial has exactly one
# shortfall (one fact left out, no feeling, or no check). Each poor gives two of the customer's values wrong in
# the same forms (a bound that does not hold the value, another rate, another date), so a reader that meets any
# value of the form loses it. Written before the first run (python3 build.py > paraphrases.jsonl).
import json

FEEL_EN = {"id": "feeling", "any": ["sorry", "frustrating", "upsetting", "annoying", "worrying", "disappointing",
                                    "stressful", "I understand", "I can see", "I can imagine", "must be",
                                    "must have been", "no wonder", "I'd feel", "sounds"]}
CHECK_EN = {"id": "check", "any": ["is that right", "have I got that right", "did I get that right", "is that correct",
                                   "have I understood", "did I miss anything", "anything else", "fair summary"]}

ITEMS = [
    ("01",
     "Your engineer quoted me £380 to fix the boiler, then the invoice came to £540. He said he'd fit a new pump "
     "but just flushed the old one, and the heating stopped again two days later.",
     [("quote", ["£380", "380 pounds", "three hundred and eighty"]),
      ("invoice", ["£540", "540 pounds", "five hundred and forty"]),
      ("pump", ["new pump", "flushed", "old one"]),
      ("stopped", ["two days later", "2 days later", "stopped again"])],
     [("good", "So you were quoted three-eighty for the boiler, the bill came to five-forty, the engineer flushed the "
               "old pump rather than fitting a new one, and two days later the heating stopped again. I can see why "
               "you're fed up. Have I got that right?",
       "Spoken prices three-eighty and five-forty."),
      ("partial", "So you were quoted three-eighty, the bill came to five-forty, and the engineer flushed the old pump "
                  "instead of fitting a new one. I can see why you're fed up. Have I got that right?",
       "The heating stopping again left out."),
      ("poor", "So you were quoted four-eighty for the boiler, the bill came to five-fifty, the engineer flushed the "
               "old pump rather than fitting a new one, and two days later the heating stopped again. I can see why "
               "you're fed up. Have I got that right?",
       "Quote and bill wrong (480, 550).")]),
    ("02",
     "We paid £450 for the sofa and the delivery slot was 8 to 12, but the van didn't come until 4:20 and the "
     "drivers left a tear in the arm.",
     [("price", ["£450", "450 pounds", "four hundred and fifty"]),
      ("slot", ["8 to 12", "eight till twelve", "morning"]),
      ("late", ["4:20", "twenty past four", "4.20"]),
      ("tear", ["tear", "ripped", "torn"])],
     [("good", "So you paid four-fifty for the sofa, it was meant to come between eight and twelve, the van only "
               "turned up at four-twenty, and the drivers tore the arm. That must have been so frustrating. Is that "
               "right?",
       "Spoken price four-fifty; four-twenty after 'at' is a clock."),
      ("partial", "So you paid four-fifty for the sofa, it was meant to come between eight and twelve and the van "
                  "only turned up at four-twenty. That must have been so frustrating. Is that right?",
       "The tear left out."),
      ("poor", "So you paid four-twenty for the sofa, it was meant to come between eight and twelve, the van only "
               "turned up at four-fifty, and the drivers tore the arm. That must have been so frustrating. Is that "
               "right?",
       "Price and arrival time swapped: both wrong.")]),
    ("03",
     "The kitchen fitting was quoted at £11,500 and we paid a £1,000 deposit. Now the fitter wants another £2,300 "
     "for worktops that were in the original quote, and he's stopped answering my calls.",
     [("quote", ["£11,500", "11,500", "eleven and a half thousand"]),
      ("deposit", ["£1,000", "1,000", "a thousand"]),
      ("extra", ["£2,300", "2,300", "two thousand three hundred"]),
      ("worktops", ["worktops"]),
      ("calls", ["answering", "ignoring", "not picking up"])],
     [("good", "So the kitchen was quoted at £11.5k, you put a grand down, and now the fitter's asking for another "
               "2.3k for worktops that were in the quote, and he's not picking up. No wonder you're angry. Have I "
               "got that right?",
       "£11.5k, a grand, 2.3k."),
      ("partial", "So the kitchen was quoted at £11.5k, you put a grand down, and now the fitter's asking for another "
                  "2.3k for worktops that were already in the quote. No wonder you're angry. Have I got that right?",
       "Not answering calls left out."),
      ("poor", "So the kitchen was quoted at £12.5k, you put half a grand down, and now the fitter's asking for "
               "another 2.3k for worktops that were in the quote, and he's not picking up. No wonder you're angry. "
               "Have I got that right?",
       "Quote and deposit wrong.")]),
    ("04",
     "The hired van was meant to carry 2.4 tonnes, but the plate inside says 1.5 tonnes, so we had to do two trips. "
     "The warning light came on after 4.2 miles.",
     [("meant", ["2.4 tonnes", "2.4"]),
      ("plate", ["1.5 tonnes", "1.5"]),
      ("trips", ["two trips", "2 trips", "twice"]),
      ("light", ["4.2 miles", "4.2", "warning light"])],
     [("good", "So the van was supposed to take two point four tonnes, the plate says one point five, so you had to "
               "make two trips, and a warning light came on after four point two miles. I'm sorry, that's a wasted "
               "day. Have I got that right?",
       "Decimals in words."),
      ("partial", "So the van was supposed to take two point four tonnes, the plate says one point five, so you had to "
                  "make two trips, and a warning light came on after four point two miles. Have I got that right?",
       "No feeling."),
      ("poor", "So the van was supposed to take three point four tonnes, the plate says one point five, so you had to "
               "make two trips, and a warning light came on after two point four miles. I'm sorry, that's a wasted "
               "day. Have I got that right?",
       "Capacity and miles wrong.")]),
    ("05",
     "I ordered 12 wine glasses and 2 candlesticks for my daughter's engagement party. 6 of the glasses arrived "
     "broken and the candlesticks never came at all.",
     [("glasses", ["12 wine glasses", "twelve wine glasses", "12 glasses", "twelve glasses"]),
      ("candles", ["2 candlesticks", "two candlesticks"]),
      ("broken", ["6 of the glasses", "six of the glasses", "six broken", "6 broken", "half of the glasses"]),
      ("never", ["never came", "never arrived", "didn't come", "didn't arrive"]),
      ("party", ["engagement"])],
     [("good", "So for your daughter's engagement party you ordered a dozen wine glasses and a pair of candlesticks; "
               "half a dozen of the glasses turned up smashed and the candlesticks never arrived. That's so "
               "disappointing. Have I got that right?",
       "A dozen, a pair, half a dozen."),
      ("partial", "So you ordered a dozen wine glasses and a pair of candlesticks; half a dozen of the glasses turned "
                  "up smashed and the candlesticks never arrived. That's so disappointing. Have I got that right?",
       "The engagement party left out."),
      ("poor", "So for your daughter's engagement party you ordered a dozen wine glasses and a trio of candlesticks; "
               "four of the glasses turned up smashed and the candlesticks never arrived. That's so disappointing. "
               "Have I got that right?",
       "Candlesticks (three) and broken (four) wrong.")]),
    ("06",
     "Three of us booked your coastal walk at £20 each, £60 in total. The guide ignored the storm warning and two "
     "of us ended up in A&E with hypothermia.",
     [("people", ["three of us", "three of you", "3 of you", "three people"]),
      ("total", ["£60", "60 pounds", "sixty pounds"]),
      ("storm", ["storm warning", "warning"]),
      ("hurt", ["two of you", "two of us", "2 of you"]),
      ("hospital", ["A&E", "hospital", "hypothermia"])],
     [("good", "So your trio paid twenty pounds apiece for the coastal walk, the guide ignored the storm warning, and "
               "two of your trio ended up in A&E with hypothermia. I'm so sorry. Is that right?",
       "Your trio; twenty apiece for three = £60; two of your trio."),
      ("partial", "So your trio paid twenty pounds apiece for the coastal walk, and two of your trio ended up in A&E "
                  "with hypothermia. I'm so sorry. Is that right?",
       "The storm warning left out."),
      ("poor", "So your trio paid fifteen pounds apiece for the coastal walk, the guide ignored the storm warning, and "
               "one of your trio ended up in A&E with hypothermia. I'm so sorry. Is that right?",
       "Total (45) and number hurt (one) wrong.")]),
    ("07",
     "Your builder took 18 months to finish our extension, which was meant to take 6 months. Now the roof leaks and "
     "you're refusing to honour the 15-year guarantee.",
     [("took", ["18 months", "eighteen months"]),
      ("meant", ["6 months", "six months"]),
      ("leak", ["leak", "leaks", "leaking"]),
      ("guarantee", ["15-year", "15 year", "fifteen-year", "fifteen year"])],
     [("good", "So the extension took a year and a half instead of half a year, the roof now leaks, and you're being "
               "refused the decade-and-a-half guarantee you were promised. I can see why you're furious. Is that "
               "correct?",
       "A year and a half, half a year, a decade and a half."),
      ("partial", "So the extension took a year and a half instead of half a year and the roof now leaks. I can see "
                  "why you're furious. Is that correct?",
       "The guarantee left out."),
      ("poor", "So the extension took two and a half years instead of half a year, the roof now leaks, and you're "
               "being refused the decade-long guarantee you were promised. I can see why you're furious. Is that "
               "correct?",
       "Length (30 months) and guarantee (10 years) wrong.")]),
    ("08",
     "I was on hold for 20 minutes, then cut off, then on hold for another 40 minutes. Our broadband has been "
     "unreliable for 9 months and I work from home.",
     [("first", ["20 minutes", "twenty minutes"]),
      ("second", ["40 minutes", "forty minutes"]),
      ("cut", ["cut off", "dropped", "disconnected"]),
      ("months", ["9 months", "nine months"]),
      ("home", ["work from home", "working from home"])],
     [("good", "So you held for a third of an hour, got cut off, then held for another two-thirds of an hour, and the "
               "broadband's been unreliable for three quarters of a year while you work from home. That must be "
               "exhausting. Have I got that right?",
       "A third / two-thirds of an hour, three quarters of a year."),
      ("partial", "So you held for a third of an hour, got cut off, then held for another two-thirds of an hour, and "
                  "the broadband's been unreliable for three quarters of a year. That must be exhausting. Have I got "
                  "that right?",
       "Working from home left out."),
      ("poor", "So you held for a quarter of an hour, got cut off, then held for another two-thirds of an hour, and "
               "the broadband's been unreliable for half a year while you work from home. That must be exhausting. "
               "Have I got that right?",
       "First hold (15 min) and months (6) wrong.")]),
    ("09",
     "Your guided trek was advertised as 2 hours but it took 3 and a half hours, and my 8-year-old was exhausted. The "
     "guide also lost the group for 25 minutes.",
     [("advertised", ["2 hours", "two hours"]),
      ("took", ["3 and a half hours", "three and a half hours", "3.5 hours"]),
      ("child", ["8-year-old", "eight-year-old", "your son", "your daughter", "your child"]),
      ("lost", ["25 minutes", "twenty-five minutes", "lost the group"])],
     [("good", "So a 120-minute trek stretched to 210, your eight-year-old was worn out, and the guide lost the group "
               "for nearly half an hour. I'm sorry, that sounds miserable. Is that right?",
       "120 minutes for two hours; 210 carried; nearly half an hour for 25 minutes."),
      ("partial", "So a 120-minute trek stretched to 210 and the guide lost the group for nearly half an hour. I'm "
                  "sorry, that sounds miserable. Is that right?",
       "The child left out."),
      ("poor", "So a 90-minute trek stretched to 210, your eight-year-old was worn out, and the guide lost the group "
               "for nearly an hour. I'm sorry, that sounds miserable. Is that right?",
       "Advertised (90 min) and lost (nearly an hour) wrong.")]),
    ("10",
     "My parcel has been missing for 3 weeks. I've phoned 5 times and each call kept me waiting around 65 minutes. "
     "The tracking still says 'out for delivery'.",
     [("weeks", ["3 weeks", "three weeks"]),
      ("calls", ["5 times", "five times", "five calls"]),
      ("wait", ["65 minutes", "sixty-five minutes", "over an hour"]),
      ("tracking", ["out for delivery", "tracking"])],
     [("good", "So the parcel's been missing for the best part of a month, you've rung five times and each call kept "
               "you waiting a good hour, and the tracking still says out for delivery. That's really frustrating. "
               "Have I got that right?",
       "The best part of a month for 3 weeks; a good hour for 65 minutes."),
      ("partial", "So the parcel's been missing for the best part of a month, you've rung five times and each call "
                  "kept you waiting a good hour, and the tracking still says out for delivery. That's really "
                  "frustrating.",
       "No check."),
      ("poor", "So the parcel's been missing for nearly a week, you've rung five times and each call kept you waiting "
               "half an hour, and the tracking still says out for delivery. That's really frustrating. Have I got "
               "that right?",
       "Nearly a week (3 weeks) and half an hour (65 min) wrong.")]),
    ("11",
     "I was charged £97 for a repair that should have been free under warranty, and it's been 11 months since I "
     "first reported the fault. The same crack has come back.",
     [("charged", ["£97", "97 pounds", "ninety-seven"]),
      ("warranty", ["warranty", "free"]),
      ("months", ["11 months", "eleven months"]),
      ("crack", ["crack", "come back"])],
     [("good", "So you were charged just under a hundred pounds for a repair that should have been free under "
               "warranty, it's nearly a year since you first reported it, and the crack has come back. No wonder "
               "you're annoyed. Is that right?",
       "Just under a hundred for £97; nearly a year for 11 months."),
      ("partial", "So you were charged just under a hundred pounds for a repair that should have been free under "
                  "warranty, and it's nearly a year since you first reported it. No wonder you're annoyed. Is that "
                  "right?",
       "The crack left out."),
      ("poor", "So you were charged just over a hundred pounds for a repair that should have been free under "
               "warranty, it's nearly two years since you first reported it, and the crack has come back. No wonder "
               "you're annoyed. Is that right?",
       "Just over a hundred and nearly two years wrong.")]),
    ("12",
     "Your app add-on costs me £24 a year and my mum's carer service costs £95 a week, but the add-on cancelled the "
     "carer's visits for the whole of last week without telling us.",
     [("addon", ["£24", "24 pounds", "twenty-four pounds"]),
      ("carer", ["£95", "95 pounds", "ninety-five pounds"]),
      ("cancelled", ["cancelled", "called off"]),
      ("told", ["without telling", "didn't tell", "no warning"])],
     [("good", "So the add-on costs you two pounds a month and your mum's carer costs ninety-five pounds weekly, and "
               "the add-on called off the carer's visits for all of last week without telling you. I can imagine how "
               "worrying that was. Is that correct?",
       "Two pounds a month for £24 a year; ninety-five pounds weekly."),
      ("partial", "So the add-on costs you two pounds a month and your mum's carer costs ninety-five pounds weekly, and "
                  "the add-on called off the carer's visits for all of last week. I can imagine how worrying that "
                  "was. Is that correct?",
       "Without telling left out."),
      ("poor", "So the add-on costs you three pounds a month and your mum's carer costs eighty-five pounds weekly, and "
               "the add-on called off the carer's visits for all of last week without telling you. I can imagine "
               "how worrying that was. Is that correct?",
       "Add-on (36 a year) and carer (85) wrong.")]),
    ("13",
     "I ordered the costume on 1 February for a party on 14 March. It arrived on 31 December of the following year, "
     "which is a joke, and you still took the £35 on the day I ordered.",
     [("ordered", ["1 February", "February 1", "1st February"]),
      ("party", ["14 March", "March 14", "14th March"]),
      ("arrived", ["31 December", "December 31", "31st December"]),
      ("paid", ["£35", "35 pounds", "thirty-five"])],
     [("good", "So you ordered the costume on the first of Feb for a party on 14/3, it didn't arrive until New Year's "
               "Eve the following year, and the £35 was taken the day you ordered. I'm sorry, that's absurd. Have I "
               "got that right?",
       "The first of Feb, 14/3, New Year's Eve."),
      ("partial", "So you ordered the costume on the first of Feb for a party on 14/3, and it didn't arrive until New "
                  "Year's Eve the following year. I'm sorry, that's absurd. Have I got that right?",
       "The £35 left out."),
      ("poor", "So you ordered the costume on the second of Feb for a party on 14/3, it didn't arrive until Christmas "
               "Eve the following year, and the £35 was taken the day you ordered. I'm sorry, that's absurd. Have I "
               "got that right?",
       "Ordered (2 Feb) and arrived (24 Dec) wrong.")]),
    ("14",
     "We checked out of your hotel on 30 November and found a £240 charge for the minibar on 1 December. We never "
     "opened the minibar, and reception hung up on me when I called.",
     [("out", ["30 November", "November 30", "30th November"]),
      ("found", ["1 December", "December 1", "1st December"]),
      ("amount", ["£240", "240 pounds", "two hundred and forty"]),
      ("never", ["never opened", "didn't open", "never used", "didn't use"]),
      ("hung", ["hung up", "put the phone down"])],
     [("good", "So you checked out on the last day of November, found a two-forty minibar charge the next day even "
               "though you never opened it, and reception hung up on you when you rang. That must have been "
               "infuriating. Did I get that right?",
       "Last day of November; the next day; two-forty."),
      ("partial", "So you checked out on the last day of November, found a two-forty minibar charge the next day even "
                  "though you never opened it, and reception hung up on you when you rang. Did I get that right?",
       "No feeling."),
      ("poor", "So you checked out on the last day of October, found a two-forty minibar charge two days later even "
               "though you never opened it, and reception hung up on you when you rang. That must have been "
               "infuriating. Did I get that right?",
       "Checkout (31 Oct) and found (2 Dec) wrong.")]),
]

for num, customer, facts, answers in ITEMS:
    criteria = [{"id": i, "any": a} for i, a in facts]
    criteria += [FEEL_EN, CHECK_EN]
    for label, answer, why in answers:
        print(json.dumps({"id": f"pv37-{num}-{label}", "lang": "en", "customer": customer, "criteria": criteria,
                          "answer": answer, "label": label, "why": why}, ensure_ascii=False))
