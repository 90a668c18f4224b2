# Hand-written English paraphrase items for blind round 2026-12an.
# Each item: customer statement, criteria (facts with a few example wordings — not exhaustive —
# then feeling, then check), and three trainee answers (label, text, why).
FEEL = ["frustrating", "annoying", "understand how you feel", "must have been", "sorry", "upsetting",
        "disappointing", "no wonder", "I can see why", "worrying", "stressful", "I'd be"]
CHECK = ["is that right", "have I got that right", "did I get that right", "is that correct",
         "anything to add", "anything I've missed", "does that sound right", "correct me",
         "have I understood"]


def item(customer, facts, answers):
    crit = [{"id": k, "any": v} for k, v in facts]
    crit.append({"id": "feeling", "any": FEEL})
    crit.append({"id": "check", "any": CHECK})
    return {"customer": customer, "criteria": crit, "answers": answers}


ITEMS = [
    item("I rented the 2,000-piece Venice puzzle and it came with 37 pieces missing, all of them sky. "
         "I'd spent three evenings on it before I realised. It feels like a whole week wasted.",
         [("puzzle", ["Venice", "2,000-piece", "two-thousand-piece"]),
          ("missing", ["37", "thirty-seven"]),
          ("sky", ["sky"]),
          ("evenings", ["three evenings", "3 evenings", "three nights"])],
         [("good", "So the two-thousand-piece Venice one turned up thirty-seven bits short, every one of them sky, "
                   "and you only found out after three nights' work on it. That's really deflating. Is that the gist of it?",
           "All facts in own words (bits, three nights' work), feeling, check."),
          ("partial", "So the 2,000-piece Venice puzzle came with 37 sky pieces missing, and you'd done three "
                      "evenings on it before you noticed. Is that right?",
           "Facts and check, but the feeling is not acknowledged."),
          ("poor", "So a few pieces from the buildings were missing? OK, I'll note that. Anything else?",
           "Key fact wrong (buildings, not sky), most facts missing, no feeling.")]),

    item("My monthly box was meant to have Wingspan and Azul, but I got two copies of Azul. "
         "We'd invited six friends round on Saturday specifically to play Wingspan. It's embarrassing.",
         [("wingspan", ["Wingspan"]),
          ("azul", ["two copies of Azul", "Azul twice", "double Azul", "second Azul"]),
          ("friends", ["six friends", "6 friends", "half a dozen"]),
          ("saturday", ["Saturday"])],
         [("good", "Ah no, instead of Wingspan you were sent Azul twice over, and you had half a dozen friends coming "
                   "on Saturday just to play Wingspan. That's awkward, I'm sorry. Have I got that right?",
           "All facts (half a dozen for six), feeling, check."),
          ("partial", "So you got Azul twice and no Wingspan, and you'd four friends coming on Saturday to play it. "
                      "That's awkward, I'm sorry. Did I get that right?",
           "One value wrong (four friends for six), otherwise complete."),
          ("poor", "So you got two Wingspans and no Azul? Right, I'll pop an Azul in the post.",
           "Items swapped; no feeling, no check.")]),

    item("I sent you thirty knights to paint in blue and gold, and they came back red. It took nine weeks instead "
         "of four, and they were for my son's birthday. I'm gutted.",
         [("thirty", ["30", "thirty"]),
          ("colours", ["blue and gold"]),
          ("red", ["red"]),
          ("weeks", ["nine weeks", "9 weeks", "over two months"]),
          ("birthday", ["birthday"])],
         [("good", "So thirty knights went off to be done in blue and gold, they came back painted red, the job took "
                   "more than twice as long as promised, nine weeks, and they were meant for your son's birthday. "
                   "No wonder you're gutted. Have I understood that properly?",
           "All facts, feeling, check."),
          ("partial", "So thirty knights, blue and gold, came back red after nine weeks, and they were for your son's "
                      "birthday. I can see why you're upset, though the delay was really the courier's fault, not ours. "
                      "Is that right?",
           "Complete restatement with feeling and check, but shifts blame (not our fault)."),
          ("poor", "So you asked for red and we did them blue and gold? Fair enough, these things happen.",
           "Colours reversed, brush-off, no check.")]),

    item("I booked a game master for my daughter's 12th birthday, eight kids, 2 to 5pm. She turned up at quarter "
         "past three and still left at five. I'd paid £150 for the full three hours and I'm really annoyed.",
         [("party", ["12th birthday", "twelfth birthday", "turning twelve"]),
          ("kids", ["eight kids", "8 kids", "eight children"]),
          ("late", ["3:15", "quarter past three", "an hour and a quarter late", "75 minutes late"]),
          ("paid", ["£150", "150", "hundred and fifty"])],
         [("good", "So for your daughter's party, she was turning twelve with eight children there, the GM didn't "
                   "arrive until a quarter past three, still went at five, and you'd paid a hundred and fifty pounds "
                   "for three full hours. I completely understand why you're cross. Is that right?",
           "All facts, feeling, check."),
          ("partial", "So the GM arrived at quarter past three for your daughter's 12th, eight kids, and left at five "
                      "even though you'd paid £150 for three hours. That's really annoying, I'm sorry.",
           "Facts and feeling, but no check."),
          ("poor", "So the GM was on time but the kids were a bit much? Kids' parties, eh. Anything else?",
           "Account reversed, brush-off, no restatement.")]),

    item("I paid £45 for the club's endurance race on Friday and the lap counter died on lap six. "
         "The marshals just declared the other driver the winner. I feel robbed.",
         [("fee", ["£45", "45", "forty-five"]),
          ("race", ["endurance", "Friday"]),
          ("counter", ["lap counter", "counter", "timing"]),
          ("lap", ["lap six", "sixth lap", "lap 6"]),
          ("winner", ["other driver", "declared", "gave the win"])],
         [("good", "So you put forty-five quid into Friday's endurance race, the counter packed up on the sixth lap, "
                   "and the marshals simply handed the win to the other driver. That would make anyone feel cheated. "
                   "Have I got all that?",
           "All facts, feeling, check (own wording)."),
          ("partial", "So you paid £45 for Friday's endurance race, the lap counter failed on lap four, and the "
                      "marshals gave it to the other driver. I can see why you feel robbed. Is that right?",
           "One value wrong (lap four for six), otherwise complete."),
          ("poor", "So you lost on Friday? Well, someone has to. Nobody's had a problem with the counter before.",
           "Most facts missing, precedent/nobody-complained phrase, no feeling.")]),

    item("I ordered 400 light-grey 1x2 plates for a castle and you sent dark grey. I only opened the bags after "
         "I'd built the first wall, so I've lost a whole weekend. It's really frustrating.",
         [("qty", ["400", "four hundred"]),
          ("ordered", ["light grey", "light-grey"]),
          ("sent", ["dark grey", "dark-grey"]),
          ("part", ["1x2", "plates"]),
          ("weekend", ["weekend"])],
         [("good", "Right, four hundred of the 1x2 plates in light grey for your castle, but the darker grey came "
                   "instead, and you only spotted it once the first wall was up, so a whole weekend's gone. "
                   "I'd be fed up too. Have I got it right?",
           "All facts (the darker grey), feeling, check."),
          ("partial", "So you ordered 400 light-grey 1x2 plates for the castle and we sent dark grey. "
                      "That's really frustrating, I'm sorry. Did I get that right?",
           "One fact missing (the lost weekend)."),
          ("poor", "So you ordered dark grey and got light grey? I'll swap them.",
           "Colours swapped, no feeling, no check.")]),

    item("Your fitter adjusted my mare's saddle three weeks ago and charged me £85. Since then she bucks every "
         "time I canter and she's got a sore patch behind her left shoulder. I'm worried I've hurt her.",
         [("weeks", ["three weeks", "3 weeks", "21 days"]),
          ("fee", ["£85", "85", "eighty-five"]),
          ("bucking", ["bucking", "bucks"]),
          ("canter", ["canter"]),
          ("sore", ["sore", "left shoulder"])],
         [("good", "So since the fitter reworked her saddle three weeks back, for eighty-five pounds, your mare "
                   "has been bucking whenever you ask for canter, and there's a tender spot just behind her left "
                   "shoulder. You must be so worried about her. Is that it?",
           "All facts (tender spot, ask for canter), feeling, check."),
          ("partial", "So three weeks ago the fitter adjusted the saddle for £85, and since then she bucks in canter "
                      "and has a sore patch behind the left shoulder. Is that right?",
           "Facts and check, no feeling."),
          ("poor", "So she was bucking before we touched the saddle? Mares can be like that.",
           "Account reversed, brush-off.")]),

    item("I sent four rugs for washing and reproofing on 2 October and paid £96. Only three came back, and the "
         "missing one is the heavyweight turnout, just as the frosts are starting. I'm really cross.",
         [("four", ["four rugs", "4 rugs"]),
          ("date", ["2 October", "2nd of October", "October 2nd"]),
          ("paid", ["£96", "96", "ninety-six"]),
          ("three", ["three came back", "only three", "one missing", "one didn't come back"]),
          ("heavy", ["heavyweight", "turnout"])],
         [("good", "So you sent in four rugs on the second of October, paid ninety-six pounds, and one never made it "
                   "back, the heavyweight turnout of all things, with the cold setting in. I understand why you're "
                   "angry. Is that correct?",
           "All facts, feeling, check."),
          ("partial", "So you sent four rugs on the 12th of October, paid £96, and only three came back, and the "
                      "missing one's the heavyweight. I understand you're cross. Is that right?",
           "One value wrong (12th for 2nd), otherwise complete."),
          ("poor", "So you sent three rugs and got four back?",
           "Account reversed, no feeling, no check.")]),

    item("Your fitter put a microchip cat flap in last Tuesday for £180. It lets next door's ginger tom in every "
         "night and he eats my cat's food. Now my cat's too scared to come home.",
         [("tuesday", ["Tuesday"]),
          ("price", ["£180", "180", "hundred and eighty"]),
          ("ginger", ["ginger", "next door's cat", "neighbour's cat"]),
          ("food", ["food", "eating", "dinner"]),
          ("scared", ["scared", "frightened", "afraid"])],
         [("good", "So the chip flap we put in on Tuesday, a hundred and eighty pounds, is letting the ginger cat "
                   "from next door in every night to polish off your cat's dinner, and now your own cat is too nervous "
                   "to come home. That's horrible for both of you. Did I get that right?",
           "All facts (too nervous for too scared), feeling, check."),
          ("partial", "So the £180 flap fitted on Tuesday lets next door's ginger tom in at night, he eats your cat's "
                      "food and your cat's scared to come home. I'm sorry, that's upsetting, but you should have "
                      "checked the chip was registered. Is that right?",
           "Complete, with feeling and check, but blames the customer ('you should have')."),
          ("poor", "So your cat can't get in at night? Probably a flat battery. Anything else?",
           "Key fact wrong (the neighbour's cat gets in), most facts missing, no feeling.")]),

    item("We paid a £600 deposit in March for a catio and the fitting date has been moved three times. "
         "It's now August and we still have nothing. I feel like we've been strung along.",
         [("deposit", ["£600", "600", "six hundred"]),
          ("march", ["March"]),
          ("moved", ["three times", "3 times", "third time"]),
          ("august", ["August", "five months"]),
          ("nothing", ["nothing", "still not", "no catio"])],
         [("good", "You put down six hundred pounds in March, the fitting has been pushed back three times, and here "
                   "we are in August with no catio at all. I'd feel strung along too. Is that a fair summary?",
           "All facts, feeling, check."),
          ("partial", "So you paid a £600 deposit in March, the date's moved three times and it's August with nothing "
                      "fitted. I can see why you feel strung along.",
           "Facts and feeling, no check."),
          ("poor", "So the catio's in but it's the wrong size?",
           "Key fact wrong (nothing fitted), no feeling.")]),

    item("Your team built our aviary in May for £2,300. Last week the mesh came away at a corner and four of our "
         "canaries escaped. We've only found one. My daughter's heartbroken.",
         [("cost", ["£2,300", "2,300", "2300", "twenty-three hundred"]),
          ("mesh", ["mesh", "corner"]),
          ("four", ["four", "4"]),
          ("canaries", ["canaries", "canary"]),
          ("found", ["found one", "only one", "three still missing"])],
         [("good", "So the aviary we put up in May, twenty-three hundred pounds, lost its mesh at one corner last "
                   "week, four of your canaries got out and only one has turned up. Your daughter must be "
                   "devastated. Have I got that right?",
           "All facts, feeling, check."),
          ("partial", "So the £2,300 aviary's mesh came loose at a corner last week, three canaries escaped and you've "
                      "found one. Your daughter must be heartbroken. Have I got that right?",
           "One value wrong (three for four), otherwise complete."),
          ("poor", "So a canary got out because someone left the door open?",
           "Account wrong and implies the customer's fault; most facts missing.")]),

    item("I hired a full agility set for our club show on 14 June: twelve jumps, weave poles and a tunnel. "
         "The tunnel never arrived and the weaves were bent, so we cancelled two classes. Our members were really "
         "disappointed, and so was I.",
         [("date", ["14 June", "14th of June", "June 14", "June the 14th"]),
          ("jumps", ["12 jumps", "twelve jumps", "dozen jumps"]),
          ("tunnel", ["tunnel"]),
          ("weaves", ["weave", "weaves"]),
          ("classes", ["two classes", "2 classes"])],
         [("good", "For your show on the 14th of June you'd hired the lot, a dozen jumps, weaves and a tunnel, but the "
                   "tunnel never showed and the weaves came bent, so two classes had to be scrapped. I'm sorry, that's "
                   "a real let-down for you and your members. Is that right?",
           "All facts (a dozen jumps, scrapped), feeling, check."),
          ("partial", "So you hired twelve jumps, weaves and a tunnel, the tunnel didn't come, the weaves were bent "
                      "and two classes were cancelled. That's disappointing, I'm sorry. Did I get that right?",
           "One fact missing (the 14 June show date)."),
          ("poor", "So the jumps didn't turn up and the tunnel was damaged?",
           "Items swapped; no feeling.")]),

    item("I served a party-wall notice through your firm in January and paid £350. You sent it to number 12 "
         "instead of 14, so the two months only started in April. My builder has cancelled and I've lost my slot.",
         [("fee", ["£350", "350", "three hundred and fifty"]),
          ("january", ["January"]),
          ("wrong", ["number 12", "wrong house", "wrong address", "12 instead of 14"]),
          ("april", ["April"]),
          ("builder", ["builder"])],
         [("good", "So the notice we handled for you in January, three hundred and fifty pounds, went to number 12 "
                   "rather than 14, the two-month clock only started ticking in April, and your builder has pulled "
                   "out, so you've lost your slot. That's a costly mistake for you, and I'm sorry. Have I got that right?",
           "All facts, feeling, check."),
          ("partial", "So in January you paid £350, the notice went to number 12 not 14, the two months only started "
                      "in April and your builder cancelled. I'm sorry, though honestly post goes astray, it's not really "
                      "down to us. Is that right?",
           "Complete with feeling and check, but denies responsibility (not our fault)."),
          ("poor", "So you gave us the wrong house number?",
           "Account reversed (blames the customer), no feeling.")]),

    item("I paid £1,100 for drawings for a single-storey rear extension. The council rejected them because the "
         "height was shown as 3.8 metres instead of 3.4. Now I've got to wait another eight weeks. I'm furious.",
         [("fee", ["£1,100", "1,100", "eleven hundred"]),
          ("extension", ["rear extension", "single-storey", "back"]),
          ("shown", ["3.8", "three point eight", "three metres eighty"]),
          ("should", ["3.4", "three point four", "three metres forty"]),
          ("wait", ["eight weeks", "8 weeks", "two months"])],
         [("good", "So you paid eleven hundred pounds for the single-storey drawings at the back, the council threw "
                   "them out because they showed three-eighty instead of three-forty, and now you're looking at "
                   "another two months. I can see why you're furious. Is that right?",
           "All facts (three-eighty / three-forty, two months), feeling, check."),
          ("partial", "So the £1,100 drawings for the rear extension were rejected because they showed 3.8 metres "
                      "instead of 3.4, and now there's another eight weeks to wait. Have I got that right?",
           "Facts and check, no feeling."),
          ("poor", "So the council wanted it taller than we drew it?",
           "Heights reversed; no feeling.")]),

    item("I'm a landlord with two flats. Your assessor came on Monday for the Legionella check, stayed ten minutes, "
         "and the report says there's a hot-water cylinder in the loft. There isn't, it's a combi. I paid £140 and "
         "my letting agent won't accept it.",
         [("monday", ["Monday"]),
          ("ten", ["ten minutes", "10 minutes"]),
          ("cylinder", ["cylinder"]),
          ("combi", ["combi"]),
          ("fee", ["£140", "140", "hundred and forty"]),
          ("agent", ["agent"])],
         [("good", "So the assessor was in and out in ten minutes on Monday, the report puts a hot-water cylinder in "
                   "the loft when you've actually got a combi, you paid a hundred and forty pounds, and your agent "
                   "won't take the report. That's maddening. Have I understood you?",
           "All facts, feeling, check."),
          ("partial", "So the assessor spent twenty minutes there on Monday, the report lists a cylinder in the loft "
                      "though you've a combi, you paid £140 and the agent won't accept it. That's frustrating. "
                      "Is that right?",
           "One value wrong (twenty for ten minutes), otherwise complete."),
          ("poor", "So the cylinder in the loft failed the test?",
           "Key fact wrong (there is no cylinder), no feeling.")]),

    item("I paid you £200 to appeal my council-tax band from E to D. Six months later I've heard nothing, and when "
         "I rang last week nobody could find my file. I feel like I've thrown money away.",
         [("fee", ["£200", "200", "two hundred"]),
          ("bands", ["E to D", "E down to D"]),
          ("months", ["six months", "6 months", "half a year"]),
          ("file", ["file"])],
         [("good", "You paid us two hundred pounds to get your band brought down from E to D, it's been half a year "
                   "without a word, and last week no one could even lay hands on your file. No wonder you feel the "
                   "money's gone down the drain. Is that right?",
           "All facts (half a year, lay hands on), feeling, check."),
          ("partial", "So you paid £200 to appeal from E to D, six months on you've heard nothing, and last week we "
                      "couldn't find your file. I'm sorry, that's really frustrating.",
           "Facts and feeling, no check."),
          ("poor", "So you want to go up from D to E?",
           "Bands reversed; no feeling, most facts missing.")]),

    item("You treated the knotweed in my garden three times last year for £900. This spring it's come back in two "
         "places, one right against the house wall. My buyer's mortgage lender is asking questions and the sale "
         "might fall through.",
         [("three", ["three times", "3 times", "three treatments"]),
          ("fee", ["£900", "900", "nine hundred"]),
          ("two", ["two places", "two spots", "2 places"]),
          ("wall", ["house wall", "against the house"]),
          ("lender", ["lender", "mortgage", "sale"])],
         [("good", "So after three rounds of treatment last year at nine hundred pounds, it's sprung up again in two "
                   "spots, one hard up against the house, and now the buyer's lender is asking questions and the sale "
                   "is at risk. That's really stressful. Have I got that right?",
           "All facts, feeling, check."),
          ("partial", "So after three treatments at £900 it's back in two places, one against the house wall, and the "
                      "lender's asking questions about your sale. That's stressful, but knotweed always comes back, "
                      "that's not on us. Is that right?",
           "Complete with feeling and check, but denies responsibility."),
          ("poor", "So the knotweed's in your neighbour's garden?",
           "Key fact wrong; no feeling.")]),

    item("We booked your sound test for our flat conversion on the 9th and the tester didn't turn up. We'd both taken "
         "the day off, and building control needs the certificate by Friday. We're panicking.",
         [("date", ["9th", "ninth"]),
          ("noshow", ["didn't turn up", "didn't show", "no-show", "never came", "never showed"]),
          ("dayoff", ["day off"]),
          ("control", ["building control", "inspector"]),
          ("friday", ["Friday"])],
         [("good", "So the tester never showed on the ninth, even though you'd both taken the day off, and building "
                   "control wants the certificate by Friday. I can hear how anxious you are. Is that correct?",
           "All facts, feeling, check."),
          ("partial", "So the tester didn't turn up on the 9th and building control needs the certificate by Friday. "
                      "I can hear how worried you are. Is that correct?",
           "One fact missing (the day off)."),
          ("poor", "So you weren't in when the tester called round?",
           "Account reversed; no feeling.")]),

    item("We booked the Oak yurt for three nights for our tenth anniversary, £420. The wood burner didn't work, so "
         "we froze when it dropped below zero, and nobody answered the emergency number. I'm so disappointed.",
         [("yurt", ["Oak yurt", "Oak"]),
          ("nights", ["three nights", "3 nights"]),
          ("anniversary", ["tenth anniversary", "10th anniversary", "ten years"]),
          ("fee", ["£420", "420", "four hundred and twenty"]),
          ("burner", ["wood burner", "stove", "burner"]),
          ("phone", ["emergency number", "no one answered", "nobody answered"])],
         [("good", "So you'd booked the Oak yurt for three nights to mark ten years together, four hundred and twenty "
                   "pounds, the stove wouldn't go so you froze once it dropped below zero, and the out-of-hours line "
                   "just rang out. I'm so sorry, that should have been special. Did I get all of that?",
           "All facts (stove wouldn't go, line rang out), feeling, check."),
          ("partial", "So you had the Oak yurt for two nights for your tenth anniversary, £420, the wood burner didn't "
                      "work and nobody answered the emergency number. I'm so sorry. Is that right?",
           "One value wrong (two nights for three), otherwise complete."),
          ("poor", "So the yurt was too hot? OK.",
           "Key fact wrong, nothing else.")]),

    item("We paid £560 for two pre-pitched tents at the festival. When we got there on Thursday only one was up, and "
         "it was by the toilets instead of in the quiet field. My kids are six and eight and got no sleep at all.",
         [("fee", ["£560", "560", "five hundred and sixty"]),
          ("two", ["two tents", "2 tents", "two pre-pitched"]),
          ("one", ["only one", "one was up", "just one"]),
          ("toilets", ["toilets", "loos"]),
          ("kids", ["six and eight", "6 and 8"])],
         [("good", "You paid five hundred and sixty for two ready-pitched tents, but on Thursday just one was up, next "
                   "to the loos rather than in the quiet field, and your six- and eight-year-olds didn't sleep a wink. "
                   "That's exhausting and not what you paid for. Have I understood that properly?",
           "All facts (ready-pitched, didn't sleep a wink), feeling, check."),
          ("partial", "So you paid £560 for two tents, only one was up on Thursday, by the toilets not the quiet field, "
                      "and your six and eight year olds got no sleep. I'm sorry, though you should have come on "
                      "Wednesday to get a better spot. Is that right?",
           "Complete with feeling and check, but lectures the customer ('you should have')."),
          ("poor", "So both tents were up but you didn't like the field?",
           "Account reversed; no feeling.")]),
]
