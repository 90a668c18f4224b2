# English paraphrase items, written by hand for blind round 2026-12al.
# Each item: customer statement, criteria (facts, then "feeling", then "check"; accepted wordings are
# examples, not exhaustive), and exactly one good, one partial and one poor trainee answer.

FEEL = {"id": "feeling", "any": ["I understand", "I'm sorry", "frustrating", "upsetting", "must be",
                                 "no wonder", "I can see why", "disappointing", "understandable"]}
CHECK = {"id": "check", "any": ["is that right", "have I got that right", "did I get that right",
                                "is that correct", "anything I've missed", "anything to add",
                                "have I understood", "does that sound right"]}


def C(*facts):
    return [{"id": i, "any": list(a)} for i, a in facts] + [dict(FEEL), dict(CHECK)]


ITEMS = [
    {"customer": "I paid £180 for knotless box braids on Saturday and sat in the chair for seven hours. "
                 "Four days later the front ones are already frizzy and two have come undone. I'm really upset, "
                 "because my sister's wedding is on the 20th.",
     "criteria": C(("price", ["£180", "180", "a hundred and eighty"]),
                   ("hours", ["seven hours", "7 hours"]),
                   ("days", ["four days", "4 days"]),
                   ("undone", ["two", "come undone", "come loose", "unravelled"]),
                   ("wedding", ["wedding", "20th"])),
     "answers": [
         ("good", "So on Saturday you spent a hundred and eighty pounds and the best part of the day, seven hours "
                  "in the chair, on knotless braids, and by Wednesday the ones at the front had gone fuzzy and a "
                  "couple had unravelled, with your sister getting married on the 20th. I can hear how upsetting "
                  "that is. Have I got that right?", "All facts in own words, feeling, check."),
         ("partial", "You paid £180 on Saturday for knotless braids, seven hours in the chair, and four days later "
                     "the front is frizzy and two braids have come undone, with the wedding on the 20th. Is that "
                     "right?", "Facts and check, but no feeling acknowledged."),
         ("poor", "Right, so you paid £80 and one braid's a bit loose? Braids always frizz a little, you know.",
          "Amount and damage wrong, brush-off, no check."),
     ]},
    {"customer": "I booked your artist for my mehndi night on 14 June for 25 guests and paid a £150 deposit. "
                 "Yesterday she emailed to say she's double-booked and can only do ten guests. I'm panicking, it's "
                 "two weeks away.",
     "criteria": C(("date", ["14 June", "14th of June", "fourteenth"]),
                   ("guests", ["25", "twenty-five"]),
                   ("deposit", ["£150", "150", "hundred and fifty"]),
                   ("ten", ["ten", "10"]),
                   ("double", ["double-booked", "double booked", "booked twice"])),
     "answers": [
         ("good", "Your mehndi night is on the fourteenth of June with twenty-five guests, you've already put down "
                  "a hundred and fifty pounds, and now the artist tells you she's taken another booking for the same "
                  "night and can only manage ten people, a fortnight before. No wonder you're panicking. Is that "
                  "everything, or is there anything to add?", "All facts reworded, feeling, check."),
         ("partial", "So the mehndi night is 14 June for twenty guests, you paid a £150 deposit, and the artist "
                     "has now said she's double-booked and can only do ten. I understand you're panicking with two "
                     "weeks to go. Have I got that right?", "One value wrong (twenty for twenty-five), rest complete."),
         ("poor", "So you've cancelled the artist and want your £150 back? Is that right?",
          "Account reversed: the customer did not cancel."),
     ]},
    {"customer": "I had 120 grams of tape-in extensions fitted three weeks ago for £320. They're already matting "
                 "at the roots and I've lost about a dozen tapes. I feel like I've thrown my money away.",
     "criteria": C(("grams", ["120 grams", "120g", "hundred and twenty grams"]),
                   ("weeks", ["three weeks", "3 weeks"]),
                   ("price", ["£320", "320", "three hundred and twenty"]),
                   ("matting", ["matting", "matted", "tangling", "knotting"]),
                   ("tapes", ["dozen", "twelve", "12"])),
     "answers": [
         ("good", "Three weeks back you had a hundred and twenty grams of tape-ins put in, costing three hundred and "
                  "twenty pounds, and they're already knotting up near the scalp, with twelve or so tapes gone. "
                  "That must feel like money down the drain. Did I get that right?",
          "All facts in own words, feeling, check."),
         ("partial", "You had 120 grams of tape-ins fitted three weeks ago for £320, and now they're matting at the "
                     "roots and about a dozen tapes have come out. I'm sorry, I can see why you feel that way, though "
                     "matting usually comes from not brushing them properly. Is that right?",
          "Complete, but blames the customer."),
         ("poor", "Mm, I know, I know. Extensions do that. Anything else?",
          "False reaction, no restatement."),
     ]},
    {"customer": "I had a leg wax on Tuesday and the wax was far too hot. I've got a red burn about the size of a "
                 "50p coin on my shin. The therapist just said 'it happens', and I'm angry nobody even apologised.",
     "criteria": C(("leg", ["leg"]),
                   ("tuesday", ["Tuesday"]),
                   ("hot", ["too hot", "hotter", "burn"]),
                   ("size", ["50p", "fifty pence", "fifty-pence"]),
                   ("shin", ["shin"]),
                   ("no_apology", ["apolog", "sorry", "it happens"])),
     "answers": [
         ("good", "At your leg appointment on Tuesday the wax was much hotter than it should have been, and it's left "
                  "a red mark roughly the size of a fifty-pence piece on your shin; when you raised it, the "
                  "therapist shrugged it off with 'it happens' and didn't say sorry. I completely understand why "
                  "you're angry. Have I understood that correctly?", "All facts reworded, feeling, check."),
         ("partial", "So on Tuesday the wax for your legs was too hot, you've got a burn the size of a 50p on your "
                     "shin, and the therapist said 'it happens' without apologising. I'm really sorry, that must be "
                     "infuriating.", "Facts and feeling, but no check."),
         ("poor", "So you had a bikini wax on Thursday and it was a bit sore afterwards? Redness is normal.",
          "Area and day wrong, brush-off."),
     ]},
    {"customer": "I booked a £15 student facial at your academy last Wednesday. The student left the mask on for "
                 "forty minutes while she went to find her tutor, and my skin came up in blotches. I only came "
                 "because it was supposed to be supervised.",
     "criteria": C(("price", ["£15", "15", "fifteen"]),
                   ("wednesday", ["Wednesday"]),
                   ("minutes", ["forty minutes", "40 minutes"]),
                   ("tutor", ["tutor", "supervisor", "find"]),
                   ("blotches", ["blotch", "rash", "red patches"]),
                   ("supervised", ["supervised", "supervision"])),
     "answers": [
         ("good", "You came in last Wednesday for one of the fifteen-pound student facials, the mask was left on for "
                  "about forty minutes while the student went looking for her tutor, and your skin went blotchy, "
                  "when the whole point was that it would be supervised. That's worrying, and I'm sorry. Is that "
                  "right?", "All facts, feeling, check."),
         ("partial", "So last Wednesday you had a £15 student facial, the mask stayed on for twenty minutes while the "
                     "student fetched her tutor, and you came up in blotches even though it was meant to be "
                     "supervised. I'm sorry, that's upsetting. Have I got that right?",
          "One value wrong (twenty for forty minutes), rest complete."),
         ("poor", "So the tutor put a mask on you for four minutes and you didn't like the smell? Is that right?",
          "Key facts wrong."),
     ]},
    {"customer": "I cancelled my razor subscription on 2 March, but you still took £24 on 1 April and again on "
                 "1 May. I've emailed twice and heard nothing. It's really annoying.",
     "criteria": C(("cancelled", ["2 March", "second of March", "March"]),
                   ("amount", ["£24", "24", "twenty-four"]),
                   ("months", ["April", "May"]),
                   ("emails", ["twice", "two emails", "emailed"])),
     "answers": [
         ("good", "You ended the subscription on the second of March, yet you were charged twenty-four pounds on the "
                  "first of April and the same again at the start of May, and neither of your two emails has had a "
                  "reply. I can see why that's so annoying. Have I got the dates right?",
          "All facts, feeling, check."),
         ("partial", "You cancelled on 2 March but were still charged £24 on 1 April and 1 May. That's really "
                     "annoying, I understand. Is that right?", "The two unanswered emails are missing."),
         ("poor", "So you'd like to restart your subscription from April? Is that right?",
          "Account reversed."),
     ]},
    {"customer": "I sent you 15 shirts on Monday to be back on Thursday. They came back on Saturday, and three of them "
                 "have a shiny scorch mark on the collar. I had a job interview on Friday and had to wear a creased one.",
     "criteria": C(("shirts", ["15", "fifteen"]),
                   ("due", ["Thursday"]),
                   ("late", ["Saturday", "weekend"]),
                   ("scorch", ["three", "3", "scorch", "shiny"]),
                   ("interview", ["interview"])),
     "answers": [
         ("good", "Fifteen shirts went off to us on Monday, due back Thursday, but they only turned up on Saturday, "
                  "and on three of them the collar's gone shiny from scorching; meanwhile you had to go to Friday's "
                  "interview in a creased one. That's really frustrating, I'm sorry. Is that right?",
          "All facts reworded, feeling, check."),
         ("partial", "So your 15 shirts went in on Monday for Thursday, came back Saturday, and three have scorched "
                     "collars, so you wore a creased shirt to your interview on Friday. I'm sorry, I can see why "
                     "you're frustrated, though delays aren't really our fault when the van's full. Have I got that "
                     "right?", "Complete, but 'not our fault'."),
         ("poor", "So thirteen shirts came back on Thursday with marks on the cuffs? Is that right?",
          "Count, day and damage wrong."),
     ]},
    {"customer": "Your technician spent two hours on my range cooker on the 3rd, for £95. The glass door is still "
                 "greasy inside and one of the shelf runners is bent. I've got twelve people coming for Christmas "
                 "dinner.",
     "criteria": C(("hours", ["two hours", "2 hours"]),
                   ("price", ["£95", "95", "ninety-five"]),
                   ("door", ["glass", "door", "greasy"]),
                   ("runner", ["runner", "bent"]),
                   ("guests", ["twelve", "12", "dozen", "Christmas"])),
     "answers": [
         ("good", "On the 3rd your technician worked on the range cooker for a couple of hours and charged ninety-five "
                  "pounds, yet there's still grease on the inside of the glass door and a shelf runner has been "
                  "bent, with a dozen people coming for Christmas dinner. I can understand the worry. Have I missed "
                  "anything?", "All facts reworded, feeling, check."),
         ("partial", "So on the 3rd the technician spent two hours on your range cooker for £95, the glass door is "
                     "still greasy inside, a shelf runner is bent, and you have twelve for Christmas dinner. Have I "
                     "got that right?", "No feeling acknowledged."),
         ("poor", "So the technician broke your glass door and charged you £59? Is that right?",
          "Damage and amount wrong."),
     ]},
    {"customer": "I pay £8 a month for bin cleaning, but my green bin has been skipped three times in a row. It's full "
                 "of maggots now and the smell is coming in through the kitchen window. I'm disgusted.",
     "criteria": C(("price", ["£8", "8", "eight"]),
                   ("green", ["green"]),
                   ("three", ["three", "3"]),
                   ("maggots", ["maggots", "maggot"]),
                   ("smell", ["smell", "kitchen"])),
     "answers": [
         ("good", "You're paying eight pounds monthly, but the green bin's been missed on three visits running, and now "
                  "it's crawling with maggots and the stink is drifting into your kitchen. That's horrible, I "
                  "completely understand. Have I got that right?", "All facts, feeling, check."),
         ("partial", "So you pay £8 a month, your green bin has been missed twice in a row, there are maggots in it "
                     "and the smell is getting into the kitchen. I understand, that's disgusting. Is that right?",
          "One value wrong (twice for three times)."),
         ("poor", "So your black bin was washed but you didn't like the smell of the cleaning product?",
          "Bin and complaint wrong."),
     ]},
    {"customer": "Your crew cleaned my block-paved drive last Friday for £260. They blasted out most of the sand between "
                 "the blocks, and weeds are already coming through. I'm fed up, it looks worse than before.",
     "criteria": C(("friday", ["Friday"]),
                   ("price", ["£260", "260", "two hundred and sixty"]),
                   ("sand", ["sand", "joints"]),
                   ("weeds", ["weeds", "weed"]),
                   ("worse", ["worse"])),
     "answers": [
         ("good", "Last Friday the crew jet-washed your block paving for two hundred and sixty pounds, stripped out most "
                  "of the jointing sand doing it, and weeds are pushing up between the blocks already, so it looks "
                  "worse than before they came. That's really disheartening. Does that sound right?",
          "All facts reworded, feeling, check."),
         ("partial", "So last Friday the crew cleaned your drive, washed out most of the sand between the blocks, and "
                     "now weeds are coming through and it looks worse than before. I can see why you're fed up. Is "
                     "that right?", "The price is missing."),
         ("poor", "So the crew didn't turn up on Friday? Is that right?", "What happened is wrong."),
     ]},
    {"customer": "Your fitter put together my six-drawer chest on Sunday. Two drawers stick and there's a screw left "
                 "over. He was in and out in 25 minutes, and I paid £60. I feel like he rushed it.",
     "criteria": C(("chest", ["six-drawer", "six drawer", "chest"]),
                   ("sunday", ["Sunday"]),
                   ("stick", ["two", "stick", "jam"]),
                   ("screw", ["screw"]),
                   ("minutes", ["25 minutes", "twenty-five minutes"]),
                   ("price", ["£60", "60", "sixty"])),
     "answers": [
         ("good", "On Sunday your fitter built the six-drawer chest in twenty-five minutes flat, and now a couple of the "
                  "drawers catch, there was a spare screw left behind, and you paid sixty pounds for it. No wonder "
                  "you feel it was rushed. Is that right?", "All facts, feeling, check."),
         ("partial", "So on Sunday the fitter assembled your six-drawer chest in 25 minutes for £60, two drawers stick "
                     "and a screw was left over. I can see why you feel he rushed it.",
          "Facts and feeling, no check."),
         ("poor", "So he took two and a half hours and four drawers are missing? Is that right?",
          "Duration and fault wrong."),
     ]},
    {"customer": "My mum is 89 and your visitor is meant to come every Tuesday at 2. For the last three weeks she's "
                 "turned up after 3 and left at half past. Mum sits by the window waiting. It breaks my heart.",
     "criteria": C(("age", ["89", "eighty-nine"]),
                   ("tuesday", ["Tuesday"]),
                   ("time", ["2", "two o'clock", "two"]),
                   ("weeks", ["three weeks", "3 weeks"]),
                   ("late", ["after 3", "after three", "half past"]),
                   ("window", ["window", "waiting"])),
     "answers": [
         ("good", "Your mother's eighty-nine and her visitor should be there on Tuesdays at two, but for three weeks "
                  "running she's arrived some time after three and gone again by half past, while your mum waits at "
                  "the window. That's heartbreaking to hear. Have I understood that right?",
          "All facts, feeling, check."),
         ("partial", "So your 89-year-old mum's visitor is due on Tuesdays at 2, but for three weeks she's come after 3 "
                     "and left at half past while your mum waits by the window. I'm so sorry, that's upsetting, but "
                     "that's not our fault, the visitor sets her own times. Is that right?",
          "Complete, but 'not our fault'."),
         ("poor", "So your mum's visitor came early and stayed too long? Is that right?", "Account reversed."),
     ]},
    {"customer": "I paid £140 for the eight-week watercolour course. The tutor has cancelled three of the first five "
                 "sessions, each time by text an hour before. I'm losing interest, to be honest.",
     "criteria": C(("price", ["£140", "140", "hundred and forty"]),
                   ("weeks", ["eight", "8"]),
                   ("cancelled", ["three", "3"]),
                   ("five", ["five", "5"]),
                   ("text", ["text", "an hour", "hour before"])),
     "answers": [
         ("good", "You paid a hundred and forty pounds for the eight-week course, and of the first five evenings the "
                  "tutor has called off three, every time with just a text sixty minutes beforehand. I can understand "
                  "you starting to lose heart. Is that right?", "All facts reworded, feeling, check."),
         ("partial", "You paid £140 for the eight-week course and the tutor has cancelled three of the first five "
                     "sessions. I can see why you're losing interest. Have I got that right?",
          "The last-minute texts are missing."),
         ("poor", "So you missed three sessions and want to swap to another course? Is that right?",
          "Account reversed: the tutor cancelled."),
     ]},
    {"customer": "I've been coming to Monday life drawing for a year. Last week the session was moved to a room with no "
                 "heating, and the model had to stop after forty minutes instead of two hours. I felt sorry for her and "
                 "I felt cheated.",
     "criteria": C(("year", ["a year", "year", "twelve months"]),
                   ("monday", ["Monday"]),
                   ("heating", ["heating", "cold", "unheated"]),
                   ("forty", ["forty minutes", "40 minutes"]),
                   ("two_hours", ["two hours", "2 hours"])),
     "answers": [
         ("good", "You've been at the Monday sessions for twelve months, and last week you were put in an unheated room, "
                  "so the model had to finish after forty minutes rather than the full two hours. I can see why you "
                  "felt for her, and short-changed as well. Have I got that right?", "All facts, feeling, check."),
         ("partial", "So you've come to Monday life drawing for a year, last week the room had no heating and the model "
                     "stopped after forty minutes instead of two hours. I understand you felt cheated, though room "
                     "bookings aren't my department. Is that right?", "Complete, but passes the buck."),
         ("poor", "So the model didn't show up and you want a refund for the whole year?", "Key facts wrong, no check."),
     ]},
    {"customer": "I submitted a 4,000-word story for feedback on 10 October. It's been six weeks and I've had nothing, "
                 "though others in the group got theirs. I feel invisible.",
     "criteria": C(("words", ["4,000", "4000", "four thousand"]),
                   ("date", ["10 October", "tenth of October", "October"]),
                   ("weeks", ["six weeks", "6 weeks"]),
                   ("others", ["others", "rest of the group", "everyone else"])),
     "answers": [
         ("good", "You sent in your four-thousand-word story on the tenth of October, and six weeks on you're still "
                  "waiting for comments, while the rest of the group have had theirs. Being overlooked like that must "
                  "hurt. Have I got that right?", "All facts, feeling, check."),
         ("partial", "So you submitted a 2,000-word story on 10 October, six weeks later you've had no feedback, and "
                     "others in the group have had theirs. I'm sorry, that must feel awful. Is that right?",
          "One value wrong (2,000 for 4,000)."),
         ("poor", "So you got your feedback but didn't agree with it? Is that right?", "Account reversed."),
     ]},
    {"customer": "I signed up for the six-week beginners' photography course because the leaflet said cameras would be "
                 "lent out. At the first class there were only four cameras for twelve people. I spent £190 and barely "
                 "touched one.",
     "criteria": C(("weeks", ["six-week", "six week", "6-week"]),
                   ("leaflet", ["leaflet", "lent", "loan"]),
                   ("cameras", ["four", "4"]),
                   ("people", ["twelve", "12", "dozen"]),
                   ("price", ["£190", "190", "hundred and ninety"])),
     "answers": [
         ("good", "You booked the six-week beginners' course because the leaflet promised loan cameras, but at the "
                  "opening session a dozen students had to share four, and after paying a hundred and ninety pounds "
                  "you hardly got your hands on one. That's really disappointing. Is that correct?",
          "All facts reworded, feeling, check."),
         ("partial", "So you joined the six-week beginners' course because the leaflet said cameras would be lent, "
                     "there were four cameras for twelve people at the first class, and you paid £190. Have I got that "
                     "right?", "No feeling acknowledged."),
         ("poor", "So you forgot to bring your own camera to the first class? Is that right?",
          "Account reversed, blames the customer."),
     ]},
    {"customer": "I booked the knife-making day for my husband's 50th birthday, £225. The forge rang the night before "
                 "to cancel because the instructor was ill, and we've been offered a date in March. His birthday was "
                 "the whole point.",
     "criteria": C(("knife", ["knife"]),
                   ("birthday", ["50th", "fiftieth", "birthday"]),
                   ("price", ["£225", "225", "two hundred and twenty-five"]),
                   ("night_before", ["night before", "evening before", "day before"]),
                   ("ill", ["ill", "sick", "unwell"]),
                   ("march", ["March"])),
     "answers": [
         ("good", "It was the knife-making day, two hundred and twenty-five pounds, booked for your husband's fiftieth, "
                  "and the evening before, the forge phoned to call it off because the instructor was unwell and "
                  "offered March instead, which misses the birthday entirely. I can understand how deflating that is. "
                  "Anything I've missed?", "All facts reworded, feeling, check."),
         ("partial", "So you booked the £225 knife-making day for your husband's 50th, the forge cancelled the night "
                     "before because the instructor was ill, and they've offered a date in March. That's really "
                     "disappointing when the birthday was the point.", "Facts and feeling, no check."),
         ("poor", "So your husband cancelled and wants to come in May? Is that right?",
          "Who cancelled and the month are wrong."),
     ]},
    {"customer": "My dad is 82 and signed up for the four smartphone lessons. In the second one the volunteer changed "
                 "his passwords and didn't write them down, and now he's locked out of his email. He's embarrassed to "
                 "ask again.",
     "criteria": C(("age", ["82", "eighty-two"]),
                   ("lessons", ["four", "4"]),
                   ("second", ["second", "2nd", "lesson two"]),
                   ("passwords", ["password"]),
                   ("email", ["email", "e-mail", "locked out"])),
     "answers": [
         ("good", "Your father, who's eighty-two, joined the four-lesson smartphone course, and in lesson two the "
                  "volunteer reset his passwords without noting them anywhere, so he can't get into his email now. "
                  "It's understandable he feels awkward coming back. Have I got that right?",
          "All facts reworded, feeling, check."),
         ("partial", "So your 82-year-old dad is on the four smartphone lessons, and in the second the volunteer "
                     "changed his passwords without writing them down, so he's locked out of his email. I understand "
                     "he's embarrassed, though he should really keep his own list of passwords. Is that right?",
          "Complete, but 'he should' blame."),
         ("poor", "So your dad forgot his passwords after the first lesson? Is that right?",
          "Account reversed, lesson wrong."),
     ]},
    {"customer": "I've been a member of the bowls club for 15 years. This season I've been dropped from the Saturday "
                 "team without anyone telling me; I found out from the noticeboard. I'm hurt more than anything.",
     "criteria": C(("years", ["15", "fifteen"]),
                   ("saturday", ["Saturday"]),
                   ("dropped", ["dropped", "left out", "not picked"]),
                   ("noticeboard", ["noticeboard", "notice board"])),
     "answers": [
         ("good", "You've belonged to the club for fifteen years, and this season you were left out of the Saturday "
                  "side with nobody saying a word to you; you only discovered it on the noticeboard. Being hurt by "
                  "that is completely understandable. Is that right?", "All facts reworded, feeling, check."),
         ("partial", "So after 15 years as a member you've been dropped from the Saturday team without anyone telling "
                     "you. I can see why you're hurt. Have I got that right?", "How they found out is missing."),
         ("poor", "So you resigned from the Saturday team and now want back in? Is that right?",
          "Account reversed."),
     ]},
    {"customer": "I borrowed a carpet cleaner for the weekend, and when I returned it on Monday you charged me a £30 "
                 "late fee. The website says weekend loans are due back on Monday. I feel like I'm being treated like a "
                 "criminal.",
     "criteria": C(("item", ["carpet cleaner", "carpet"]),
                   ("monday", ["Monday"]),
                   ("fee", ["£30", "30", "thirty"]),
                   ("website", ["website", "site", "online"])),
     "answers": [
         ("good", "You took out the carpet cleaner for the weekend, handed it back on Monday and were hit with a "
                  "thirty-pound late charge, even though the website says weekend loans go back on Monday. Being "
                  "treated like a wrongdoer isn't fair on you. Have I understood that correctly?",
          "All facts reworded, feeling, check."),
         ("partial", "So you borrowed the carpet cleaner for the weekend, returned it Monday, and were charged a £30 "
                     "late fee although the website says Monday is the return day. I understand how that feels, but "
                     "late fees are company policy, I'm afraid. Is that right?", "Complete, but policy shield."),
         ("poor", "So you returned the carpet cleaner on Wednesday and the fee was £13? Is that right?",
          "Day and fee wrong."),
     ]},
]
