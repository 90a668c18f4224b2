# English paraphrase items, written by hand for blind round 2026-12ao.
# Each item: customer statement, criteria (facts first, then feeling, then check), three answers.
# Fact wordings in criteria are examples of accepted wordings, not an exhaustive list.
FEEL = {"id": "feeling", "any": ["frustrating", "annoying", "understand how you feel", "must have been",
                                 "sorry", "stressful", "disappointing", "no wonder you're", "I can see why",
                                 "upsetting", "worrying"]}
CHECK = {"id": "check", "any": ["is that right", "have I got that right", "did I get that right",
                                "is that correct", "anything to add", "anything I've missed",
                                "does that sound right", "have I understood", "correct me"]}

def item(customer, facts, answers):
    crit = [{"id": i, "any": w} for i, w in facts] + [FEEL, CHECK]
    return {"customer": customer, "criteria": crit, "answers": answers}

ITEMS = [
    item("I booked one of your pianists for my son's Grade 6 cello exam on 9 March. She arrived forty minutes late, "
         "so he went in with no warm-up at all and scraped a pass. We paid £85 for that, and I'm livid.",
         [("grade", ["Grade 6", "grade six", "sixth grade"]),
          ("late", ["forty minutes", "40 minutes", "forty minutes late"]),
          ("warmup", ["no warm-up", "didn't warm up", "without warming up", "no time to warm up"]),
          ("fee", ["£85", "85 pounds", "eighty-five pounds"])],
         [("good", "So the accompanist for your boy's sixth-grade cello exam rolled up a full forty minutes behind "
                   "time, he had to go in cold without any warm-up, and you'd paid eighty-five quid for her. I'm really sorry, "
                   "I'd be furious too. Have I got all of that right?",
           "All four facts in own words, feeling, check."),
          ("partial", "Right, so your son's Grade 6 cello exam, the pianist was forty minutes late, he couldn't warm up, "
                      "and you paid £85. I'm sorry, that's not what you paid for.",
           "All facts and feeling, but no check question."),
          ("poor", "OK, so your son turned up late for the exam and missed his slot with the pianist? Got it.",
           "Account reversed (son late instead of pianist), no feeling, no check.")]),
    item("The score you engraved for our choir came back with 14 wrong notes in the alto line. The concert is on "
         "Saturday and we've had to hand-correct 30 copies. I feel like we paid you to do the proofreading ourselves.",
         [("errors", ["14 wrong notes", "fourteen wrong notes", "fourteen mistakes", "14 errors"]),
          ("alto", ["alto", "altos"]),
          ("copies", ["30 copies", "thirty copies"]),
          ("saturday", ["Saturday"])],
         [("good", "So there were fourteen notes wrong in the alto part, you've had to fix thirty copies by hand, and all "
                   "with the concert coming on Saturday. No wonder you feel you've done our job for us. Is that about right?",
           "Facts in own words, feeling, check."),
          ("partial", "So the alto line had 14 wrong notes and you corrected 30 copies by hand before Saturday's concert. "
                      "I understand how you feel. To be fair, you should have checked the proof we sent. Have I got that right?",
           "Complete restatement with feeling and check, but blames the customer (you should have)."),
          ("poor", "So the tenors had four wrong notes and the concert's been moved? I'm sure it'll be fine.",
           "Wrong part, wrong number, wrong event; false reassurance.")]),
    item("I sent you my band's three tracks for mastering on the 2nd and paid £240. They came back so loud they "
         "distort on the choruses, and the release date with the label is next Friday. I'm panicking.",
         [("tracks", ["three tracks", "3 tracks", "three songs"]),
          ("paid", ["£240", "240 pounds", "two hundred and forty"]),
          ("distort", ["distort", "distortion", "clipping", "crackle"]),
          ("deadline", ["next Friday", "Friday", "release date"])],
         [("good", "You sent us the band's three songs on the 2nd and paid two-forty, and they've come back pushed so hard the "
                   "choruses break up — with the label expecting them next Friday. That's a horribly stressful spot to be in. "
                   "Did I get that right?",
           "Facts with other words (two-forty, break up), feeling, check."),
          ("partial", "So the three tracks you paid £240 for distort on the choruses. That sounds really worrying. "
                      "Have I got that right?",
           "One fact missing: the Friday release deadline."),
          ("poor", "So the tracks came back too quiet and you want them louder for the release in a month?",
           "Problem reversed (too quiet), deadline wrong, no feeling.")]),
    item("I ordered a custom song for my parents' 40th wedding anniversary. It was meant to mention their first "
         "home in Harrogate, but the singer sang Huddersfield. The party is in eleven days and I'm gutted.",
         [("anniversary", ["40th", "fortieth", "forty years"]),
          ("town", ["Harrogate"]),
          ("wrongtown", ["Huddersfield"]),
          ("party", ["eleven days", "in eleven days"])],
         [("good", "So the song for your mum and dad's ruby anniversary should have mentioned their first house in Harrogate, "
                   "and instead it says Huddersfield, with the party in 11 days' time. I'm so sorry — that's a "
                   "horrible thing to find. Have I understood that properly?",
           "Other forms: ruby anniversary for 40th, a week and a half for eleven days; feeling; check."),
          ("partial", "Your parents' 40th anniversary song says Huddersfield instead of Harrogate, and the party's in eleven "
                      "days. Have I got that right?",
           "All facts and a check, but the feeling is not acknowledged."),
          ("poor", "So you wanted Huddersfield and the singer put Harrogate? Calm down, we'll sort it.",
           "Towns swapped and 'calm down'.")]),
    item("I've had twelve vocal lessons with Jo since September, £35 each. Last week she told me I'd been breathing "
         "wrong the whole time and we have to start again. I feel like I've thrown away four hundred quid.",
         [("lessons", ["twelve lessons", "12 lessons", "a dozen lessons"]),
          ("price", ["£35", "35 pounds", "thirty-five"]),
          ("since", ["September", "since September"]),
          ("breathing", ["breathing", "breath"])],
         [("good", "You've done a dozen sessions with Jo since September at thirty-five pounds a go, and now she's saying "
                   "your breathing's been off from day one and you need to go back to the start. I can see why that feels "
                   "like money down the drain. Is that a fair summary?",
           "Dozen for twelve, own words, feeling, check."),
          ("partial", "So twelve lessons since September, £35 each, and now Jo says your breathing was wrong and you're starting "
                      "over. That must be disappointing. We've always taught it that way, though. Is that right?",
           "Complete with feeling and check, but a precedent phrase."),
          ("poor", "So Jo cancelled your lessons in September? Anything else?",
           "Most facts missing, wrong account, no feeling.")]),
    item("We hired your 8 by 6 metre stage for the village fête on the 14th. It arrived at 11 instead of 7, the band "
         "couldn't soundcheck, and the first act started an hour late. Half the committee blamed me.",
         [("size", ["8 by 6", "eight by six", "8x6"]),
          ("arrival", ["11", "eleven"]),
          ("soundcheck", ["soundcheck", "sound check"]),
          ("delay", ["an hour late", "hour late", "one hour"])],
         [("good", "So the eight-by-six stage for the fête on the 14th only turned up at eleven rather than seven, there was "
                   "no time for the band to check their sound, the opening act went on sixty minutes behind, and you took the "
                   "heat from the committee. That's awful, I'm sorry. Did I get that right?",
           "Sixty minutes for an hour, own words, feeling, check."),
          ("partial", "The 8 by 6 stage arrived at 11 instead of 7, the band couldn't soundcheck and things ran about "
                      "fifteen minutes late. I'm sorry the committee blamed you. Have I got that right?",
           "One value wrong (fifteen minutes for an hour) among right facts."),
          ("poor", "So you were late setting up the stage and the band didn't show?",
           "Account reversed and facts wrong.")]),
    item("Your team did the after-builders clean on our new flat on Monday for £390. There's still plaster dust in every "
         "kitchen drawer and paint flecks on the bathroom tiles. We move in on Thursday and I'm at my wits' end.",
         [("price", ["£390", "390 pounds", "three hundred and ninety"]),
          ("dust", ["plaster dust", "dust"]),
          ("paint", ["paint", "paint flecks", "paint spots"]),
          ("movein", ["Thursday"])],
         [("good", "So we did the post-build clean on Monday for three-ninety, yet the kitchen drawers are still full of "
                   "plaster dust and there are spots of paint on the bathroom tiles, and you're moving in on Thursday. "
                   "I completely understand you're at the end of your tether. Is that everything?",
           "Own words (post-build, three-ninety), feeling, check."),
          ("partial", "So after Monday's clean there's still dust in the drawers and paint on the tiles, and you're moving in "
                      "Thursday. I'm sorry, that's really frustrating. Did I get that right?",
           "Price missing."),
          ("poor", "So the builders left the paint and you want us to repaint the bathroom?",
           "Wrong request; no feeling; no check.")]),
    item("Your crew washed the solar panels on 3 June. Our output has dropped from about 18 to 12 kilowatt-hours a day "
         "since, and two panels have a film of soap on them. I'm worried you've damaged them.",
         [("date", ["3 June", "June 3rd", "third of June"]),
          ("before", ["18", "eighteen"]),
          ("after", ["12", "twelve"]),
          ("soap", ["soap", "film", "residue"])],
         [("good", "Since our wash on the third of June your daily generation has fallen from roughly eighteen units to "
                   "twelve, and two of the panels have a soapy film left on them, so I can see why you're worried about "
                   "damage. Have I understood that correctly?",
           "Units for kWh, own words, feeling, check."),
          ("partial", "So since the 3 June wash the panels went from 18 to 12 kWh a day and two have soap on them. "
                      "Honestly, output always drops in summer. Sorry you're worried. Is that right?",
           "Complete with feeling and check but brushes off / excuses."),
          ("poor", "So output has gone up since the wash? Great, got it.",
           "Account reversed, false reaction.")]),
    item("You quoted £2,100 to wash the front of our office block, four storeys. Your men only did the bottom two, "
         "said the cradle wouldn't reach, and left. Now the building looks half-done and the landlord is asking me why.",
         [("quote", ["£2,100", "2,100", "two thousand one hundred", "twenty-one hundred"]),
          ("storeys", ["four storeys", "four floors", "4 floors"]),
          ("done", ["bottom two", "two floors", "lower two"]),
          ("cradle", ["cradle", "couldn't reach", "wouldn't reach"])],
         [("good", "We quoted twenty-one hundred to clean the whole four-floor frontage, the crew only managed the lower "
                   "half, told you the cradle wouldn't get up high enough and went, and now the landlord's asking you "
                   "questions. That's an embarrassing position to be left in. Anything I've missed?",
           "Twenty-one hundred, lower half for bottom two, feeling, check."),
          ("partial", "So the quote was £2,100 for all four storeys, they only did the bottom two and left saying the cradle "
                      "wouldn't reach. Have I got that right?",
           "Facts and check, no feeling."),
          ("poor", "So you only wanted two floors done and we charged for four?",
           "Account reversed; no feeling.")]),
    item("The graffiti on our shop shutter came back two days after your £150 removal. This is the third time since "
         "January. I'm tired of paying for the same job over and over.",
         [("price", ["£150", "150 pounds", "hundred and fifty"]),
          ("back", ["two days", "2 days", "couple of days"]),
          ("times", ["third time", "three times"]),
          ("since", ["January"])],
         [("good", "So a couple of days after you paid a hundred and fifty to have the shutter cleaned, the tags were back, "
                   "and it's the third go since January. I can see why you're fed up paying again and again. Is that right?",
           "Own words, feeling, check."),
          ("partial", "So the graffiti came back two days after the £150 clean, and it's the third time since January. "
                      "I understand how you feel, but it's not our fault people keep tagging it. Have I got that right?",
           "Complete with feeling and check but 'not our fault'."),
          ("poor", "So our removal damaged your shutter? I'll put a note on it.",
           "Wrong problem; no feeling; no check.")]),
    item("You cleaned the extract duct in my café kitchen on the 20th. The fan is now rattling, grease is dripping onto "
         "the fryer, and the environmental health officer visits on Wednesday. I'm seriously scared I'll fail.",
         [("date", ["20th", "twentieth"]),
          ("rattle", ["rattling", "rattle", "noise"]),
          ("grease", ["grease", "dripping"]),
          ("inspection", ["Wednesday", "environmental health", "inspector", "inspection"])],
         [("good", "Since our duct clean on the twentieth your extractor fan has started clattering and there's fat dripping "
                   "down onto the fryer, with the hygiene inspector due on Wednesday. That's a really frightening position. "
                   "Have I got it all?",
           "Clattering for rattling, fat for grease, hygiene inspector; feeling; check."),
          ("partial", "So since the 20th the fan rattles and grease drips onto the fryer, and the inspector comes Wednesday. "
                      "Is that right?",
           "Facts and check; feeling missing."),
          ("poor", "So the fryer is broken and you want us to clean it before Friday?",
           "Wrong item and day.")]),
    item("You polished our marble hallway last Tuesday for £600. It looked great for three days, then cloudy rings "
         "appeared wherever the mats were. My mother-in-law arrives tomorrow and I'm embarrassed.",
         [("price", ["£600", "600 pounds", "six hundred"]),
          ("days", ["three days", "3 days"]),
          ("rings", ["rings", "cloudy", "marks"]),
          ("tomorrow", ["tomorrow"])],
         [("good", "So the hall floor we polished last Tuesday for six hundred looked lovely for about three days, then "
                   "dull circles came up under the mats, and your mother-in-law's arriving tomorrow. I'm sorry, that's "
                   "mortifying. Is that right?",
           "Dull circles for cloudy rings, feeling, check."),
          ("partial", "So the £600 polish looked good for a week and then cloudy rings appeared under the mats, and your "
                      "mother-in-law comes tomorrow. How embarrassing, I'm sorry. Have I got that right?",
           "One value wrong (a week for three days)."),
          ("poor", "So the mats stained the marble. You should've taken them up, really.",
           "Blame, little restatement, no check.")]),
    item("Our shared drive has gone down three times this week and each time your helpdesk took over four hours to "
         "reply. We're a team of nine and we lost Tuesday afternoon completely. I'm paying £180 a month for this.",
         [("outages", ["three times", "3 times", "three outages"]),
          ("response", ["four hours", "4 hours"]),
          ("team", ["nine", "9"]),
          ("monthly", ["£180", "180", "hundred and eighty"])],
         [("good", "So the shared drive has fallen over three times this week, our helpdesk's been slower than four hours "
                   "to come back each time, your nine people lost the whole of Tuesday afternoon, and you're paying a "
                   "hundred and eighty a month. I'd be annoyed too. Have I got that right?",
           "Own words, feeling, check."),
          ("partial", "The drive went down three times, we took four hours each time, nine staff lost Tuesday afternoon and "
                      "you pay £180 a month. I'm sorry. Is that right? Our helpdesk has always had a four-hour response time, mind.",
           "Complete with feeling and check but precedent."),
          ("poor", "So your internet is slow and you'd like to upgrade?",
           "Wrong problem; most facts missing.")]),
    item("Your engineer put in the office Wi-Fi on Friday. The back room, where our four designers sit, gets one bar "
         "at best and their uploads keep failing. They've had to work from home two days running.",
         [("when", ["Friday"]),
          ("room", ["back room"]),
          ("designers", ["four designers", "4 designers"]),
          ("home", ["two days", "2 days", "from home"])],
         [("good", "Since the Wi-Fi went in on Friday, the back office where your four designers work barely gets a signal, "
                   "their uploads keep falling over and they've ended up at home for two days in a row. That must be "
                   "really disruptive. Did I get that right?",
           "Own words, feeling, check."),
          ("partial", "The back room has weak Wi-Fi since Friday and the four designers' uploads fail. That must be "
                      "disruptive. Have I got that right?",
           "Working from home two days missing."),
          ("poor", "So the designers broke the router on Friday?",
           "Blames the customer's staff; wrong account.")]),
    item("We lease fifteen laptops from you. Three arrived with Spanish keyboards, and your courier collected the wrong "
         "three on Monday — the good ones. Now I've got three staff with no machine at all.",
         [("total", ["fifteen", "15"]),
          ("spanish", ["Spanish"]),
          ("wrong", ["wrong three", "wrong ones", "good ones"]),
          ("nomachine", ["no machine", "no laptop", "without a laptop"])],
         [("good", "Out of the fifteen on your lease, three came with Spanish layouts, then on Monday our courier took away "
                   "three working ones instead, so three of your people are left with nothing to work on. I'm really "
                   "sorry, what a mess. Is that right?",
           "Own words, feeling, check."),
          ("partial", "So three of the fifteen laptops had Spanish keyboards and the courier took the wrong three on Monday, "
                      "leaving three staff without a laptop. Have I got that right?",
           "No feeling."),
          ("poor", "So you sent back three laptops with Spanish keyboards and want refunds?",
           "Account wrong; no feeling.")]),
    item("You scanned 40 boxes of our old planning files for £1,200. About a third of the PDFs are blank pages, and the "
         "originals have already been shredded as agreed. I'm sick with worry that we've lost records for good.",
         [("boxes", ["40 boxes", "forty boxes"]),
          ("price", ["£1,200", "1,200", "twelve hundred"]),
          ("blank", ["a third", "one third", "blank"]),
          ("shredded", ["shredded", "destroyed"])],
         [("good", "You paid twelve hundred for us to scan forty boxes of planning files, roughly one PDF in three has come "
                   "out empty, and the paper originals have gone through the shredder already. I can understand you're "
                   "frightened you've lost them. Is that correct?",
           "One in three, empty, own words; feeling; check."),
          ("partial", "So 40 boxes scanned for £1,200, a third are blank, and the originals are shredded. I'm sorry, that's "
                      "worrying. Anyway, you signed off the shredding yourself. Is that right?",
           "Complete with feeling and check but blames the customer."),
          ("poor", "So a few pages were blurry? Don't worry, it happens.",
           "Key facts wrong; brush-off.")]),
    item("Your handwriting examiner said my late father's will signature was 'probably genuine'. I paid £450, waited "
         "seven weeks, and the report is two pages long. My brother is now going to court and I feel let down.",
         [("finding", ["probably genuine", "likely genuine"]),
          ("price", ["£450", "450", "four hundred and fifty"]),
          ("wait", ["seven weeks", "7 weeks"]),
          ("pages", ["two pages", "2 pages"])],
         [("good", "After seven long weeks and four hundred and fifty pounds, you got a two-page report saying your "
                   "dad's signature was likely his, and now your brother's taking it to court. I can see why you feel "
                   "let down. Have I got that right?",
           "Nearly two months for seven weeks, likely his; feeling; check."),
          ("partial", "You paid £450, waited seven weeks and got a two-page report. I'm sorry you feel let down. "
                      "Have I got that right?",
           "The finding ('probably genuine') is missing."),
          ("poor", "So the examiner said the will was forged and your brother agrees?",
           "Finding reversed.")]),
    item("I paid £320 for a history of our farmhouse. The report says it was built in 1842, but there's a datestone "
         "over the door reading 1790, which your researcher never mentioned. I feel like they never even came to look.",
         [("price", ["£320", "320", "three hundred and twenty"]),
          ("report", ["1842", "eighteen forty-two"]),
          ("stone", ["1790", "seventeen ninety", "datestone", "date stone"]),
          ("visit", ["never came", "didn't visit", "never even came"])],
         [("good", "So for three hundred and twenty pounds the report dates the farmhouse to 1842, yet the stone above your "
                   "door says 1790 and isn't mentioned anywhere, which makes you feel nobody bothered to visit. I can see why "
                   "that's so disappointing. Did I get that right?",
           "Own words, feeling, check."),
          ("partial", "So the report says 1842 but the datestone says 1790, and you think the researcher never came. "
                      "That's disappointing. Have I got that right?",
           "Price missing."),
          ("poor", "So the datestone says 1842 and the report says 1790?",
           "Dates swapped; no feeling.")]),
    item("Your editor proofread my 80,000-word thesis for £560. My supervisor found 23 typos on the first ten pages "
         "alone. The submission deadline is 30 April and I'm really panicking now.",
         [("length", ["80,000", "eighty thousand", "80k"]),
          ("price", ["£560", "560", "five hundred and sixty"]),
          ("typos", ["23", "twenty-three"]),
          ("deadline", ["30 April", "April 30th", "end of April"])],
         [("good", "We charged five-sixty to proof your eighty-thousand-word thesis, and your supervisor still picked up "
                   "twenty-three slips in just the opening ten pages, with hand-in on the thirtieth of April. I completely "
                   "understand the panic. Have I got all that?",
           "Own words (slips, hand-in), feeling, check."),
          ("partial", "So your 80,000-word thesis cost £560 to proofread and your supervisor found 13 typos in the first ten "
                      "pages, with the deadline on 30 April. I'm sorry, that's stressful. Is that right?",
           "One value wrong (13 for 23)."),
          ("poor", "So your supervisor wants more edits and you'd like a discount? Got it, got it.",
           "Most facts missing; false reaction.")]),
    item("I sent you 60 of my grandmother's wartime letters to transcribe. You returned 52, and the missing eight are "
         "the ones from 1944. They can't be replaced and I can barely sleep.",
         [("sent", ["60", "sixty"]),
          ("returned", ["52", "fifty-two"]),
          ("missing", ["eight", "8"]),
          ("year", ["1944"])],
         [("good", "Of the sixty wartime letters from your gran that you trusted to us, only fifty-two came back, and the eight "
                   "missing are all from '44 — irreplaceable. I'm so sorry, I can imagine how sick you feel. Is that right?",
           "'44 for 1944, own words, feeling, check."),
          ("partial", "So you sent 60 letters, got 52 back, and the eight from 1944 are missing. Have I got that right?",
           "No feeling."),
          ("poor", "So you'd like the 1944 letters transcribed next? Sure.",
           "Misses the loss entirely.")]),
]
