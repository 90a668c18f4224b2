# English restatement items, written by hand for blind round 12bs.
FEEL = ["understand", "sorry", "must be", "must have been", "I can imagine", "I can see", "I can hear",
        "no wonder", "frustrating", "upsetting", "worrying", "stressful", "of course you're", "that's awful"]
CHECK = ["is that right", "have I got that right", "did I get", "is that correct", "have I understood",
         "does that sound right", "anything to add", "anything I've missed", "is that everything",
         "correct me", "did I miss anything", "have I got it", "is that a fair summary", "am I right"]


def item(customer, facts, feel, answers):
    crit = [{"id": k, "any": v} for k, v in facts]
    crit.append({"id": "feeling", "any": feel + FEEL})
    crit.append({"id": "check", "any": CHECK})
    return {"customer": customer, "criteria": crit, "answers": answers}


ITEMS = [
    item("I paid £49 to have a star named after my late dad, Frank Hollis, for what would have been his birthday on 9 May. "
         "The certificate says 'Frank Hollins' and puts the star in Lyra instead of Cygnus. I'm really upset; it was meant as a tribute.",
         [("price", ["49", "forty-nine"]), ("name", ["Hollins", "misspel", "spelt", "spelled", "surname"]),
          ("constellation", ["Lyra", "Cygnus", "constellation"]), ("date", ["9 May", "ninth of May", "May 9", "birthday"]),
          ("who", ["dad", "father"])],
         ["upset", "hurtful", "tribute", "painful"],
         [("good", "So for what would have been your father's birthday on the ninth of May, you paid forty-nine pounds to name a star after him, "
                   "and the certificate has his surname spelt Hollins and shows the star in Lyra when it should be in Cygnus. That's hurtful when it was meant "
                   "to honour him. Have I got that right?", "All five facts in own words, feeling, check at the end."),
          ("partial", "You paid £49 for a star named after your late dad for his birthday on 9 May, but the certificate misspells him as Hollins and "
                      "puts the star in Lyra, not Cygnus. I can see why that's so upsetting when it was a tribute.",
           "All facts and feeling, but no check question."),
          ("poor", "So the certificate shows Cygnus but you'd asked for Lyra, and the name's fine, it's the date that's off? OK, got it.",
           "Constellations swapped, name error denied, false 'got it'.")]),

    item("We booked two seats on your eclipse coach to Zaragoza, £640 in all, leaving at 5 am on 12 August. "
         "Last night's email says it now leaves at 2 am, and there's no mention of the accessible coach we need for my wife's wheelchair. "
         "I'm anxious we'll be left behind.",
         [("seats", ["two", "2", "both of you"]), ("price", ["640", "six hundred and forty"]),
          ("time", ["2 am", "two in the morning", "2am", "three hours earlier", "5 am"]), ("date", ["12 August", "August 12", "twelfth"]),
          ("access", ["wheelchair", "accessible"])],
         ["anxious", "worried", "left behind"],
         [("good", "You've two places on the Zaragoza eclipse coach on the twelfth of August, six hundred and forty pounds altogether, and the departure has jumped "
                   "three hours earlier, from five to two in the morning. On top of that the email doesn't say anything about the wheelchair-accessible coach your wife "
                   "needs. I can understand you're worried about being stranded. Is that everything?",
           "All facts, the time given as 'three hours earlier, from five to two', feeling, check."),
          ("partial", "So you booked two seats for £640 on the 12 August coach to Zaragoza, and the departure has moved from 5 am to 3 am, with nothing said "
                      "about the accessible coach for your wife's wheelchair. I can see why you're anxious. Have I got that right?",
           "One minor value wrong (3 am for 2 am) among the right facts."),
          ("poor", "So you asked us to move the coach to 2 am and now you'd like it back at 5? Right, I'll note that.",
           "Account reversed: the customer did not ask for the change; no feeling.")]),

    item("I drove my two kids forty-five minutes each way to your firefly walk on Saturday. The guide never showed up, and we waited in the car park "
         "until 10 pm before someone phoned to say it was cancelled. The kids were in tears and I'm furious.",
         [("kids", ["two", "2", "kids", "children"]), ("day", ["Saturday"]), ("drive", ["45", "forty-five", "three-quarters of an hour"]),
          ("guide", ["guide", "no-show", "never showed", "didn't turn up", "didn't show"]),
          ("wait", ["10", "ten"]), ("cancel", ["cancel", "called off", "phoned", "rang"])],
         ["furious", "angry", "tears", "livid"],
         [("good", "On Saturday you made a three-quarters-of-an-hour drive each way with your two children, the guide didn't turn up, and you were left in the "
                   "car park until ten at night before anyone rang to say it was called off. No wonder you're angry, with the kids in tears. Did I miss anything?",
           "Every fact, other wordings, feeling, check."),
          ("partial", "You drove 45 minutes each way with your two kids on Saturday, the guide never appeared, and you waited until 10 pm before a call to say "
                      "it was cancelled. I understand you're furious. Wildlife walks are never guaranteed though, that's our policy. Is that right?",
           "Complete restatement with feeling and check, but a policy-shield phrase inside."),
          ("poor", "Yep, got it, the walk was off. These things happen with volunteers.",
           "False reaction and brush-off with almost no restatement.")]),

    item("I ordered an A3 star-map print of the night my son was born, 23 November 2019, over Leeds. It came showing the sky over London, "
         "and the frame's cracked at one corner. His party is on Sunday and I feel let down.",
         [("size", ["A3"]), ("date", ["23 November", "November 23", "23rd of November", "2019"]),
          ("place", ["London", "Leeds", "wrong city", "wrong place"]), ("frame", ["frame", "crack"]), ("party", ["Sunday", "party"])],
         ["let down", "disappointed", "disappointing"],
         [("good", "Your A3 print was meant to show the sky over Leeds on 23/11/2019, the night your son arrived, but it shows London instead, and one corner of "
                   "the frame is cracked. With his party this Sunday, that's really disappointing. Have I understood?",
           "All facts (date in another form), feeling, check."),
          ("partial", "So the A3 star map for your son's birth night, the 23rd of November 2019, shows London rather than Leeds, and you need it for his party "
                      "on Sunday. I'm sorry you feel let down. Is that correct?",
           "One fact missing: the cracked frame."),
          ("poor", "So the print shows Leeds but you wanted London, and it's for a christening? Fine.",
           "Places swapped, wrong occasion, no feeling or check.")]),

    item("Your electrician fitted six shielded path lights last Tuesday to cut the glare for our stargazing. Two of them shine straight into the "
         "neighbour's bedroom and one doesn't come on at all. We paid £1,150 and now the neighbour's complaining to us, which is embarrassing.",
         [("count", ["six", "6", "half a dozen"]), ("day", ["Tuesday"]), ("glare", ["two", "neighbour", "bedroom"]),
          ("dead", ["one", "doesn't come on", "doesn't work", "not working", "dead"]), ("price", ["1,150", "1150", "eleven hundred and fifty", "£1.15k"])],
         ["embarrassing", "embarrassed", "awkward", "uncomfortable"],
         [("good", "Half a dozen shielded path lights went in last Tuesday for your stargazing, yet a pair of them are lighting up your neighbour's bedroom "
                   "and another one won't switch on, after you spent eleven hundred and fifty pounds. Having the neighbour complain to you must be awkward. "
                   "Is that a fair summary?",
           "All facts in new forms, feeling, check."),
          ("partial", "So six shielded lights were fitted last Tuesday for £1,150; two shine into the neighbour's bedroom and one doesn't work at all. "
                      "Have I got that right?",
           "All facts and check, but the embarrassment is not acknowledged."),
          ("poor", "So four lights were fitted and they're a bit too dim for the path? And the neighbour likes them? Right.",
           "Wrong key facts.")]),

    item("I booked a skywriting plane to write MARRY ME JO over the beach at 3 pm on Saturday, for £1,800. It wrote MARRY ME JOE, and the wind had "
         "blown half of it away by the time she looked up. I feel like a fool and I want some of my money back.",
         [("message", ["JOE", "extra E", "extra letter", "misspel", "spelt"]), ("time", ["3 pm", "three", "3pm"]), ("day", ["Saturday"]),
          ("price", ["1,800", "1800", "eighteen hundred", "1.8k"]), ("wind", ["wind", "blown", "drift"]),
          ("refund", ["money back", "refund", "part"])],
         ["fool", "foolish", "humiliat", "embarrass"],
         [("good", "You paid eighteen hundred pounds for the plane to write MARRY ME JO above the beach at three on Saturday afternoon; it added an E to make it JOE, "
                   "and half the message had drifted off in the wind before she saw it. That must have felt humiliating at such a big moment, and you'd like "
                   "part of the cost refunded. Have I got it?",
           "All facts, feeling, check."),
          ("partial", "So the plane wrote JOE instead of JO over the beach at 3 pm on Saturday, half of it blew away before she looked, and after paying £1,800 "
                      "you want some money back. I can see why you feel foolish. The wind isn't something we're responsible for, though. Is that right?",
           "Complete with feeling and check, but a 'not responsible' taboo phrase inside."),
          ("poor", "So you changed the name to JOE at the last minute and the pilot wrote what you asked? I'll look at it.",
           "Account reversed: blames the customer for the spelling.")]),

    item("Your crew resurfaced our 400-metre club track in May for £38,000. Three months on, the lanes on the bend are peeling, and the county "
         "championships are here on 14 September. Members keep asking me questions I can't answer, and it's very stressful.",
         [("length", ["400", "four hundred"]), ("month", ["May"]), ("price", ["38,000", "38000", "38k", "thirty-eight"]),
          ("after", ["three months", "3 months", "quarter of a year"]), ("fault", ["peel", "bend", "lifting"]),
          ("event", ["14 September", "September 14", "fourteenth", "championship"])],
         ["stressful", "stress", "pressure", "difficult position"],
         [("good", "The four-hundred-metre track was resurfaced in May at a cost of thirty-eight thousand pounds, and only a quarter of a year later the bend lanes "
                   "are peeling, with the county championships coming on the fourteenth of September. Being the one your members question must be a lot of "
                   "pressure. Did I get that right?",
           "All facts with other number forms, feeling, check."),
          ("partial", "So the 400 m track was done in May for £36,000, and three months later the bend lanes are peeling, with the county championships "
                      "on 14 September. I can imagine how stressful the members' questions are. Is that correct?",
           "One minor value wrong: £36,000 for £38,000."),
          ("poor", "So the straights are peeling after a year and the championships are in May? Tracks wear, that's normal.",
           "Wrong key facts and a brush-off.")]),

    item("You marked out our two netball courts last Thursday, but court B's centre circle is about 30 centimetres off centre. We've a league match "
         "there at 6 on Wednesday, and the umpire has already said she won't allow it. I'm worried we'll have to forfeit.",
         [("courts", ["two", "2", "both"]), ("day", ["Thursday"]), ("court", ["court B", "B"]), ("error", ["30", "thirty", "circle", "off centre", "off-centre"]),
          ("match", ["Wednesday", "6", "six"]), ("umpire", ["umpire", "won't allow", "refuse"])],
         ["worried", "forfeit", "concern"],
         [("good", "Last Thursday we lined both netball courts, and on court B the centre circle is roughly thirty centimetres out. The umpire won't let Wednesday's "
                   "six o'clock league game go ahead on it, so you're worried about forfeiting. Have I understood that correctly?",
           "All facts, feeling, check."),
          ("partial", "We marked your two courts last Thursday, court B's centre circle is about 30 cm out, and the umpire has refused it for Wednesday's 6 pm "
                      "league match. I understand you're worried about a forfeit.",
           "All facts and feeling, no check."),
          ("poor", "OK, court A's circle is a few centimetres out. Umpires are always fussy.",
           "Wrong court and value, dismissive.")]),

    item("We paid a £2,000 deposit in March for a pump track on our village field. Building was meant to start on 1 June; it's now July and "
         "nobody answers my emails. The parish council is asking where the money went, and I look incompetent.",
         [("deposit", ["2,000", "2000", "two thousand", "2k"]), ("paid", ["March"]), ("start", ["1 June", "June 1", "first of June", "start of June"]),
          ("now", ["July", "a month"]), ("contact", ["email", "no reply", "nobody answers", "no answer", "ignored"]), ("council", ["parish", "council"])],
         ["incompetent", "embarrass", "awkward", "foolish"],
         [("good", "Back in March you put down two thousand pounds for a pump track on the village field; work should have begun on the first of June, we're "
                   "now into July, and your emails have gone unanswered. With the parish council asking about the money, I can see how exposed that leaves you. "
                   "Is that everything?",
           "All facts in own words, feeling, check."),
          ("partial", "You paid a £2,000 deposit in March, the build should have started on 1 June and it's now July, and the parish council wants to know "
                      "where the money is. I'm sorry, that puts you in an awkward spot. Have I got that right?",
           "One fact missing: the unanswered emails."),
          ("poor", "So you haven't paid the deposit yet and want us to start in June? I'll send an invoice.",
           "Account reversed.")]),

    item("Court 3 at our club had its front wall replastered two weeks ago. There's already a crack about a metre long and the ball dies when it hits it. "
         "We've had to shut the court, so we're losing roughly £90 a week in bookings, and I'm fed up.",
         [("court", ["3", "three"]), ("wall", ["front wall", "front"]), ("when", ["two weeks", "fortnight", "2 weeks"]),
          ("crack", ["metre", "meter", "crack"]), ("dead", ["dies", "dead"]), ("loss", ["90", "ninety"])],
         ["fed up", "frustrat", "sick of"],
         [("good", "A fortnight ago court three's front wall was replastered, and it already has a metre-long crack with a dead spot where the ball lands. "
                   "The court's closed and that's costing about ninety pounds a week, so I can understand you're fed up. Anything I've missed?",
           "All facts, feeling, check."),
          ("partial", "So court 3's front wall was replastered two weeks ago and now has a crack about two metres long where the ball dies, and the closure "
                      "costs you around £90 a week. I can see why you're frustrated. Is that right?",
           "One minor value wrong: two metres for one."),
          ("poor", "Right, a crack, I know. New plaster does that, it's not our fault.",
           "False reaction and 'not our fault' with little restatement.")]),

    item("Your fitter put up the ball-stop netting behind our goal on 2 October, eight metres high. Last week's wind ripped it off two of the posts, "
         "and a ball went through a windscreen in the car park. The car owner wants £300 from us and I'm really anxious about it.",
         [("date", ["2 October", "October 2", "second of October"]), ("height", ["eight", "8"]), ("posts", ["two posts", "2 posts", "two of the posts", "wind"]),
          ("damage", ["windscreen", "windshield", "car"]), ("claim", ["300", "three hundred"])],
         ["anxious", "worried", "worrying", "stress"],
         [("good", "The eight-metre netting behind your goal went up on the second of October, last week the wind tore it off a couple of the posts, and a ball "
                   "then broke a windscreen in the car park, with the owner asking you for three hundred pounds. That's a worrying position to be in. "
                   "Have I got that right?",
           "All facts, feeling, check."),
          ("partial", "So the 8 m netting fitted on 2 October blew off two posts last week, a ball broke a windscreen, and the owner wants £300. I understand "
                      "you're anxious, but we can't be held responsible for the car. Is that correct?",
           "Complete with feeling and check, but a 'not responsible' taboo phrase inside."),
          ("poor", "So your groundsmen put the six-metre netting up themselves and it came down? Not really our problem then.",
           "Account reversed, wrong value, passing blame.")]),

    item("We had 120 square metres of wetpour laid round the nursery swings in August. It's lifting at the edges in four places now, and two toddlers "
         "have tripped. Parents complain to me every morning and I'm at my wits' end.",
         [("area", ["120", "hundred and twenty"]), ("where", ["swing", "nursery"]), ("month", ["August"]),
          ("fault", ["edge", "lifting", "curling"]), ("places", ["four", "4"]), ("injury", ["two", "toddler", "tripped"])],
         ["wits' end", "wits end", "exhausted", "stress", "worn down"],
         [("good", "The hundred and twenty square metres of wetpour round the nursery swings went down in August, and it's now curling up at the edges in four spots; "
                   "two little ones have already tripped. Facing parents' complaints every morning must be wearing you down. Is that right?",
           "All facts, feeling, check."),
          ("partial", "So the 120 square metres of wetpour laid in August round the nursery swings is lifting at the edges in four places and two toddlers "
                      "have tripped. Have I got that right?",
           "All facts and check; no acknowledgement of the feeling."),
          ("poor", "So there are a couple of bubbles in the middle of the surface but nobody's been hurt? Fine.",
           "Wrong key facts, injury denied.")]),

    item("Our primary school buried a time capsule with you in 2001, to be opened at our 25th anniversary. Your team came on Monday, dug in the wrong "
         "corner of the field for three hours and left a trench. The former pupils are coming on 20 June and I'm panicking.",
         [("year", ["2001"]), ("anniversary", ["25", "twenty-fifth", "anniversary"]), ("day", ["Monday"]),
          ("wrong", ["wrong corner", "wrong spot", "wrong place", "wrong end"]), ("hours", ["three hours", "3 hours"]),
          ("reunion", ["20 June", "June 20", "twentieth"])],
         ["panick", "panic", "worried", "stress"],
         [("good", "The capsule went in with us in 2001 for your twenty-fifth anniversary, and on Monday our team spent three hours digging in the wrong spot "
                   "and left a trench behind. With your old pupils arriving on the twentieth of June, it's no wonder you're panicking. Anything to add?",
           "All facts, feeling, check."),
          ("partial", "So our team came Monday, dug for three hours in the wrong corner and left a trench, and the capsule from 2001 still needs opening for "
                      "your 25th anniversary with former pupils coming on 20 June. I understand you're panicking.",
           "All facts and feeling, no check."),
          ("poor", "So the school gave us the wrong location and we dug where you told us? I'll check the notes.",
           "Account reversed.")]),

    item("I sent my wedding bouquet, white roses and eucalyptus, for resin preservation in April and paid £260. It came back last week with the roses "
         "gone brown and a crack across the top of the block. It's the only thing I kept from the day and I'm heartbroken.",
         [("flowers", ["white rose", "eucalyptus"]), ("month", ["April"]), ("price", ["260", "two hundred and sixty"]),
          ("colour", ["brown"]), ("crack", ["crack"])],
         ["heartbroken", "devastat", "upsetting", "precious"],
         [("good", "You sent us your white roses and eucalyptus from the wedding in April, paid two hundred and sixty pounds, and the block came back last week "
                   "with the roses browned and a crack running across the top. As the only keepsake from your day, that must be devastating. Have I got that right?",
           "All facts, feeling, check."),
          ("partial", "So your wedding bouquet of white roses and eucalyptus went in for resin in April at £260, and it came back with the roses turned brown. "
                      "I'm so sorry, I know it's precious to you. Is that right?",
           "One fact missing: the crack."),
          ("poor", "So the pink roses were £620 and they've faded a little? They do that.",
           "Values wrong and the complaint brushed off.")]),

    item("Our care home ordered four reminiscence boxes on the 1960s for the dementia lounge. Two came with 1980s things in them, a Rubik's cube and "
         "a Walkman, and one is missing its music CD. Our residents' session is on Friday and the staff feel let down.",
         [("boxes", ["four", "4"]), ("theme", ["1960s", "sixties", "60s"]), ("wrong", ["1980s", "eighties", "80s", "Rubik", "Walkman"]),
          ("wrong_count", ["two", "2"]), ("cd", ["CD", "music"]), ("session", ["Friday"])],
         ["let down", "disappoint"],
         [("good", "Your home ordered four sixties boxes for the dementia lounge; two arrived with eighties items like the Rubik's cube and the Walkman, and one "
                   "has no music CD, with the residents' session this Friday. I can see why the staff feel let down. Is that everything?",
           "All facts, feeling, check."),
          ("partial", "So you ordered three 1960s reminiscence boxes, two had 1980s items such as a Rubik's cube and a Walkman, one is missing its CD, and "
                      "the session is Friday. I understand the staff are disappointed. Have I got that right?",
           "One minor value wrong: three boxes for four."),
          ("poor", "Right, got it, some boxes are wrong. I'll pass it on.",
           "False reaction with almost no restatement.")]),

    item("We ordered 150 yearbooks for our leavers and they came on 1 July. Forty pupils' surnames are printed against the wrong photos, and the "
         "leavers' assembly is on 18 July. The children are upset and I'm embarrassed in front of the parents.",
         [("copies", ["150", "hundred and fifty"]), ("delivered", ["1 July", "July 1", "first of July", "start of July"]),
          ("names", ["40", "forty", "surname", "wrong photo"]), ("assembly", ["18 July", "July 18", "eighteenth", "assembly"])],
         ["embarrass", "upset", "awkward"],
         [("good", "The hundred and fifty yearbooks reached you on the first of July, and forty of the pupils have the wrong surname under their photo, with "
                   "the leavers' assembly on the eighteenth. That's upsetting for the children and awkward for you with the parents. Have I understood?",
           "All facts, feeling, check."),
          ("partial", "So 150 yearbooks arrived on 1 July with forty surnames against the wrong photos, and the assembly is on 18 July. I'm sorry, I know "
                      "the children are upset and it's embarrassing for you.",
           "All facts and feeling, no check."),
          ("poor", "So 40 books came and 150 names are wrong, and the assembly's on the first? OK.",
           "Numbers swapped and wrong date.")]),

    item("I sent you 46 of my daughter's drawings, from age 3 to 8, to make a hardback book for her grandparents for Christmas. The book has only "
         "38 drawings in it, and six of them are upside down. I'm really disappointed.",
         [("sent", ["46", "forty-six"]), ("ages", ["3 to 8", "three to eight", "five years"]), ("format", ["hardback"]),
          ("in_book", ["38", "thirty-eight", "eight missing", "8 missing", "eight short"]), ("upside", ["six", "6", "upside down"]),
          ("gift", ["grandparent", "Christmas"])],
         ["disappoint", "let down", "shame"],
         [("good", "Forty-six of your daughter's pictures from ages three to eight went in for a hardback gift to her grandparents at Christmas, but the book "
                   "is eight short and half a dozen are printed upside down. That's so disappointing. Did I get all of that?",
           "All facts with other number forms, feeling, check."),
          ("partial", "You sent 46 drawings from age 3 to 8 for a hardback for her grandparents at Christmas, the book has 38 of them and five are upside "
                      "down. I can see how disappointing that is. Is that right?",
           "One minor value wrong: five for six."),
          ("poor", "So you sent 38 and the book has all 46? And a couple are sideways. Fine.",
           "Numbers swapped, wrong fault.")]),

    item("You power-flushed our central heating a week ago for £450. Since then the boiler's been cutting out twice a day, and there's a puddle under "
         "the kitchen radiator. We've a newborn and I'm worried sick about the cold nights.",
         [("when", ["a week", "7 days", "seven days", "last week"]), ("price", ["450", "four hundred and fifty"]),
          ("boiler", ["cutting out", "cuts out", "twice", "two times"]), ("leak", ["puddle", "leak", "kitchen"]), ("baby", ["newborn", "baby"])],
         ["worried", "worry", "frighten", "anxious"],
         [("good", "Seven days ago we power-flushed your system for four hundred and fifty pounds, and since then the boiler has been stopping two times a day "
                   "and the kitchen radiator is leaking onto the floor. With a new baby and cold nights, of course you're worried. Is that correct?",
           "All facts, feeling, check."),
          ("partial", "So since our power flush a week ago, which cost £450, the boiler cuts out twice a day and there's a puddle under the kitchen "
                      "radiator, and you have a newborn. I understand you're worried. We've never had that happen after a flush before. Have I got that right?",
           "Complete with feeling and check, but a 'never happened before' taboo phrase inside."),
          ("poor", "OK, I know, the heating's playing up. Calm down, it'll settle.",
           "False reaction and 'calm down', little restatement.")]),

    item("Your plumber fitted a 210-litre unvented cylinder on the 3rd and said we'd get three showers back to back. We're lucky to get one before it "
         "runs cold, and the pressure valve drips into a bucket overnight. I've already taken two days off work for this and I'm exhausted.",
         [("size", ["210", "two hundred and ten"]), ("date", ["3rd", "third"]), ("promise", ["three showers", "3 showers", "three"]),
          ("actual", ["one", "a single"]), ("valve", ["valve", "drip", "bucket"]), ("time_off", ["two days", "2 days"])],
         ["exhausted", "tired", "worn out", "drained"],
         [("good", "On the third our plumber put in a two-hundred-and-ten-litre unvented cylinder and promised three showers in a row, but you barely get one "
                   "before it goes cold, and the pressure valve drips into a bucket all night. You've lost two days of work already, so I'm not surprised you're worn out. "
                   "Have I got that right?",
           "All facts, feeling, check."),
          ("partial", "So the 210-litre cylinder fitted on the 3rd was meant to give three showers back to back but gives barely one, and you've taken "
                      "two days off. I can hear how exhausted you are. Is that right?",
           "One fact missing: the dripping valve."),
          ("poor", "So your own plumber fitted a 120-litre tank and it gives three showers? Then it's working.",
           "Wrong values and account reversed.")]),

    item("Our micro-hydro turbine, put in last spring for £14,500, has stopped three times since October. Each time the intake screen was blocked with "
         "leaves, and your engineer took over a week to come out. We're off-grid, so we've been running a noisy generator, and I'm frustrated.",
         [("price", ["14,500", "14500", "fourteen and a half", "14.5k"]), ("installed", ["spring"]), ("stops", ["three times", "3 times", "three"]),
          ("since", ["October"]), ("cause", ["leaves", "screen", "intake"]), ("delay", ["week"])],
         ["frustrat", "fed up", "exasperat"],
         [("good", "The turbine cost fourteen and a half thousand when it went in last spring, and since October it's stopped on three occasions, each time "
                   "with leaves clogging the intake screen and more than a week before our engineer arrived. Being off-grid, you've been stuck with a noisy "
                   "generator, so your frustration makes sense. Did I miss anything?",
           "All facts, feeling, check."),
          ("partial", "So the £14,500 turbine installed last spring has stopped three times since October, each time with leaves blocking the intake, and "
                      "our engineer took over a week to come, leaving you on a generator. Is that right?",
           "All facts and check, no feeling."),
          ("poor", "So it's stopped four times because you haven't been clearing your intake? You'll need to do that.",
           "Wrong value, blame reversed onto the customer, an order.")]),
]
