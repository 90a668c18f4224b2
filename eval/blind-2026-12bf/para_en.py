# Blind round 2026-12bf: English restatement items, written by hand.
# Each item: customer statement, criteria (facts, then feeling, then check), three answers (label, text, why).
FEEL = ["understand", "I can see", "no wonder", "must be", "must have been", "sorry", "frustrating",
        "upsetting", "I can imagine", "of course", "worried", "let down", "disappointing", "stressful"]
CHECK = ["is that right", "have I got that right", "did I get", "is that correct", "have I understood",
         "anything to add", "anything I've missed", "is that everything", "is that the whole picture",
         "correct me", "fair summary"]


def item(customer, facts, feel_extra, answers):
    crit = [{"id": k, "any": v} for k, v in facts]
    crit.append({"id": "feeling", "any": feel_extra + FEEL})
    crit.append({"id": "check", "any": CHECK})
    return {"customer": customer, "criteria": crit, "answers": answers}


ITEMS = [
    item("Our finance director was booked for a 7:15 pickup on Monday and the car didn't arrive until 7:50, so she missed "
         "the 8:30 train to Manchester. We've had an account with you for three years and this is the second late car "
         "this month. Frankly I'm embarrassed in front of my boss.",
         [("monday", ["Monday"]), ("late", ["7:50", "7.50", "ten to eight", "35 minutes", "thirty-five minutes"]),
          ("train", ["train", "Manchester", "8:30"]), ("second", ["second", "twice", "two late"])],
         ["embarrass", "awkward"],
         [("good", "So on Monday your finance director stood waiting for a car booked at quarter past seven that only rolled up "
                   "at 7:50, over half an hour behind, and she lost her half-eight to Manchester. After three years with us "
                   "that's the second time this month. I can see that's put you in an awkward spot with your boss. Have I got all that?",
           "All facts in own words, feeling, check."),
          ("partial", "On Monday the car for your finance director came at 7:50 instead of 7:15, she missed the 8:30 train to "
                      "Manchester, and it's the second late car this month after three years on the account. I understand "
                      "why you're embarrassed.",
           "No check question at the end."),
          ("poor", "So your director wasn't ready for the 7:15 car on Monday and missed her train, and the driver had to wait "
                   "until 7:50. Is that right?",
           "Account reversed: the customer's director is made the late one.")]),
    item("I landed at Gatwick North at 11:40 last night after fourteen hours from Singapore and there was no driver. I waited "
         "an hour, then paid £96 for a taxi home. I'm shattered and absolutely livid.",
         [("gatwick", ["Gatwick", "North Terminal", "North"]), ("nodriver", ["no driver", "nobody", "no one", "didn't show"]),
          ("wait", ["an hour", "hour", "60 minutes"]), ("taxi", ["£96", "96", "taxi", "cab"])],
         ["livid", "angry", "exhausted", "shattered", "worn out"],
         [("good", "You came into Gatwick's North Terminal at twenty to midnight off a fourteen-hour flight from Singapore, "
                   "nobody was there to meet you, and after sixty minutes you gave up and spent ninety-six pounds on a cab. "
                   "No wonder you're worn out and angry. Did I get that right?",
           "All facts, other number forms, feeling, check."),
          ("partial", "You landed at Gatwick North at 11:40 after the Singapore flight, there was no driver, you waited an hour "
                      "and paid £69 for a taxi. I can imagine how exhausted you are. Is that right?",
           "One minor value wrong: £69 for £96."),
          ("poor", "So our driver waited an hour for you at Gatwick South and in the end you took a £96 taxi. Is that correct?",
           "Reversed (driver waited for the customer) and wrong terminal.")]),
    item("Our wedding car was booked as the ivory 1930s Rolls-Royce, but on 14 June a silver Mercedes turned up instead. "
         "The ribbons were pink, not the gold we chose, and my dad had paid £650 up front. My daughter cried in the car.",
         [("rolls", ["Rolls", "Rolls-Royce", "1930s", "ivory"]), ("mercedes", ["Mercedes", "Merc", "silver"]),
          ("ribbons", ["pink", "gold", "ribbon"]), ("paid", ["£650", "650", "six hundred and fifty"])],
         ["cried", "tears", "heartbreaking", "awful"],
         [("good", "On the fourteenth of June, in place of the ivory thirties Rolls, a silver Merc arrived; the ribbons were "
                   "pink when you'd picked gold; and your father had already handed over six hundred and fifty pounds. Your "
                   "daughter was in tears on her wedding day, and that's heartbreaking. Is that everything?",
           "All facts, own wording, feeling, check."),
          ("partial", "You'd booked the ivory 1930s Rolls-Royce for 14 June and a silver Mercedes came instead, after your dad "
                      "paid £650 in advance. I'm so sorry your daughter ended up crying. Have I understood that correctly?",
           "One fact missing: the wrong ribbon colour."),
          ("poor", "So the Rolls-Royce came on the 14th but with gold ribbons instead of the pink you wanted, and your dad paid "
                   "£560. I'm sorry. Is that right?",
           "Key facts wrong: car reversed, colours swapped, amount wrong.")]),
    item("We hired the stretch limo for my son's prom on Friday, three hours for £420. The driver cut it to two hours because "
         "he said he had another job, and the drinks fridge didn't work. Sixteen-year-olds don't get a second prom.",
         [("prom", ["prom"]), ("hours", ["three hours", "3 hours", "two hours", "an hour early", "cut"]),
          ("price", ["£420", "420", "four hundred and twenty"]), ("fridge", ["fridge", "cooler", "drinks"])],
         ["only one prom", "let down", "once"],
         [("good", "Your lad's prom on Friday: you'd paid four-twenty for three hours in the stretch, the driver finished an "
                   "hour early for another booking, and the drinks cooler was dead. They only get that night once, so I "
                   "completely understand how let down you all feel. Anything I've missed?",
           "All facts, feeling, check."),
          ("partial", "You booked the limo for your son's prom on Friday, three hours for £420, the driver left after two for "
                      "another job and the fridge didn't work, though with a car full of teenagers the fridge side of it is "
                      "hardly our fault. I understand how disappointing that is. Is that right?",
           "Complete with feeling and check, but contains a blame-shifting phrase."),
          ("poor", "So you had the limo for four hours instead of three and paid £240, and the fridge was a bit warm. Is that "
                   "correct?",
           "Values swapped and wrong: hours and price.")]),
    item("I booked a private driver for a full day in the Cotswolds on 9 May, £480. He turned up at 10:30 instead of 9, "
         "didn't know the way to Bibury, and we only saw three of the five villages. My parents are in their eighties and "
         "this was their one trip.",
         [("late", ["10:30", "half past ten", "ninety minutes", "hour and a half", "1.5 hours"]),
          ("route", ["Bibury", "lost", "didn't know the way"]), ("villages", ["three", "3", "five", "5"]),
          ("price", ["£480", "480"])],
         ["parents", "one trip", "special"],
         [("good", "On the ninth of May you paid £480 for a day around the Cotswolds; the driver came an hour and a half "
                   "after the agreed nine o'clock, got lost finding Bibury, and you reached just three villages of the five. "
                   "For your parents, both past eighty, it was their one big outing. I'm so sorry it went like that. Is that "
                   "a fair summary?",
           "All facts, other forms, feeling, check."),
          ("partial", "Your driver on 9 May came at 10:30 instead of 9, couldn't find Bibury, and you saw only two of the five "
                      "villages, for £480. I'm sorry, that must have been hard with your parents in their eighties. Is that "
                      "right?",
           "One minor value wrong: two villages for three."),
          ("poor", "Right, got it, the driver was running a bit late. I'll see what refund we can do.",
           "False reaction, most facts missing, no feeling or check.")]),
    item("I used your drive-home service after a work dinner on Thursday. The driver got my car home but left the sidelights "
         "on, and on Friday morning the battery was flat. I paid £85 for a jump start and missed a client meeting. I trusted "
         "you with my car.",
         [("thursday", ["Thursday"]), ("lights", ["lights", "sidelights"]), ("battery", ["battery", "flat", "dead"]),
          ("cost", ["£85", "85", "jump"]), ("meeting", ["meeting", "client"])],
         ["trust", "let you down"],
         [("good", "After your Thursday work dinner our driver got your car back but left its sidelights burning, so by Friday "
                   "morning the battery had died; the jump cost you eighty-five pounds and you missed your client. You trusted "
                   "us with your car and we let you down. Have I understood that correctly?",
           "All facts, feeling, check."),
          ("partial", "On Thursday night our driver took your car home but left the sidelights on, so the battery was flat "
                      "Friday morning, you paid £85 for a jump start and missed your client meeting. Have I got that right?",
           "No feeling acknowledged."),
          ("poor", "So you left the sidelights on after our driver dropped you off on Thursday, and the battery went flat. Is "
                   "that right?",
           "Account reversed: the customer is made responsible.")]),
    item("You collected my daughter's eight boxes from her halls in Durham on 20 June and promised them back by 21 September. "
         "It's now the 26th, only five have arrived, and one of them had her laptop charger missing. She's started term with "
         "no winter clothes.",
         [("boxes", ["eight", "8", "five", "5", "three missing", "three still"]),
          ("date", ["21 September", "21st", "26th", "five days"]), ("charger", ["charger", "laptop"]),
          ("clothes", ["clothes", "winter", "warm"])],
         ["worrying", "cold"],
         [("good", "Eight boxes left your daughter's Durham halls on 20 June, due back by the twenty-first of this month; five "
                   "days past that, only five have come, three are still out there, and her laptop charger wasn't in the box it "
                   "should have been. She's begun term without her warm things. That must be worrying for you both. Have I got "
                   "that right?",
           "All facts, feeling, check."),
          ("partial", "We picked up eight boxes from Durham on 20 June, promised by 21 September, and by the 26th only five "
                      "have arrived, so she's started term without winter clothes. I understand how worrying that is. Is that "
                      "right?",
           "One fact missing: the charger."),
          ("poor", "So we collected five boxes and eight arrived back, some of them early, and there's a charger extra. Is that "
                   "correct?",
           "Counts swapped and the account garbled.")]),
    item("We sent you 3,200 microfiche from the parish archive on 2 February and were quoted four weeks. It's been nine weeks, "
         "and the sample PDFs you sent have every page upside down. Our volunteers have been waiting two months to start the "
         "index.",
         [("count", ["3,200", "3200", "thirty-two hundred"]), ("quote", ["four weeks", "4 weeks", "a month"]),
          ("late", ["nine weeks", "9 weeks", "two months", "over two months"]),
          ("upside", ["upside down", "wrong way up", "inverted", "flipped"])],
         ["volunteers", "waiting"],
         [("good", "Thirty-two hundred fiche from the parish archive reached us on the 2nd of February on a promise of a month; "
                   "we're now more than twice that, nine weeks, and even the sample PDFs show every page the wrong way up. Your "
                   "volunteers have been sitting idle waiting to index. I understand how frustrating that is. Is there "
                   "anything to add?",
           "All facts, feeling, check."),
          ("partial", "You sent 3,200 microfiche on 2 February with a four-week quote, it's now nine weeks, and the sample "
                      "PDFs are upside down, so your volunteers can't start the index. I can see why that's frustrating.",
           "No check question."),
          ("poor", "So you were quoted nine weeks and it's been four, and a few sample pages were a bit dark. Is that right?",
           "Durations reversed and the fault wrong.")]),
    item("Our server failed on Tuesday and we asked for tape 14 to be brought back within four hours, as the contract says. "
         "The courier brought tape 41 at 6 p.m., seven hours later. We lost a whole day of orders.",
         [("tuesday", ["Tuesday"]), ("tape", ["14", "fourteen", "41", "forty-one", "wrong tape"]),
          ("hours", ["four hours", "4 hours", "seven hours", "7 hours", "6 p.m.", "six in the evening"]),
          ("orders", ["orders", "a day", "whole day"])],
         ["serious", "costly"],
         [("good", "When your server went down on Tuesday you called for tape fourteen under the four-hour promise in your "
                   "contract; the courier showed up at six that evening, seven hours on, carrying forty-one instead, and you "
                   "lost a full day's orders. I can see how serious that is for the business. Is that right?",
           "All facts, feeling, check."),
          ("partial", "On Tuesday you asked for tape 14 within four hours, as contracted, and the courier brought tape 41 five "
                      "hours later, so you lost a day of orders. I understand how costly that is. Have I got that right?",
           "One minor value wrong: five hours for seven."),
          ("poor", "So you asked for tape 41 on Tuesday and we brought tape 14 within the four hours. Is that correct?",
           "Tapes swapped and the delay left out.")]),
    item("I left my mother's mink with you in April and paid £140 for the season. When I collected it on 30 October there was "
         "a tear in the lining and it smelled of damp. It's the only thing of hers I have.",
         [("april", ["April", "spring"]), ("price", ["£140", "140", "hundred and forty"]),
          ("tear", ["tear", "torn", "rip"]), ("damp", ["damp", "musty", "mould", "mildew"])],
         ["only thing", "precious", "hurts"],
         [("good", "Your mum's mink came to us in April, a hundred and forty pounds for the season; at pick-up on the "
                   "second-to-last day of October the lining had a rip and it smelled musty. It's the only piece of hers you "
                   "have, so of course this hurts. Is that the whole picture?",
           "All facts, feeling, check."),
          ("partial", "You left your mother's mink in April for £140, and on 30 October it came back with a torn lining and a "
                      "damp smell, though linings do give with age, so you should have had it relined before storing it. I "
                      "know how precious it is. Is that right?",
           "Complete with feeling and check, but contains blame ('you should have')."),
          ("poor", "So you left a coat in October and collected it in April, and there's a small mark on the sleeve. Is that "
                   "right?",
           "Months reversed, fault wrong, no feeling.")]),
    item("I've rented rack space at your Polzeath store for two years at £25 a month. Last weekend my 9'2 longboard was lying "
         "outside on the ground with a crack along the rail, and nobody called me. I'm gutted, it was handmade.",
         [("rent", ["£25", "25", "two years", "couple of years"]), ("board", ["longboard", "9'2", "nine-foot-two", "log"]),
          ("outside", ["outside", "on the ground"]), ("crack", ["crack", "rail"]),
          ("call", ["nobody called", "no one rang", "no one phoned", "nobody told", "didn't call"])],
         ["gutted", "handmade"],
         [("good", "You've paid twenty-five a month for rack space at Polzeath for the last couple of years, and last weekend "
                   "your handmade nine-foot-two log was left outside on the ground with a crack down the rail, without anyone "
                   "phoning you. I'm sorry, you must be gutted. Did I get all of that?",
           "All facts, feeling, check."),
          ("partial", "You've had rack space with us for two years at £25 a month, and last weekend your handmade 9'2 longboard "
                      "was found outside with a cracked rail. I understand you're gutted. Is that right?",
           "One fact missing: nobody called."),
          ("poor", "So your shortboard fell off the rack inside and chipped a fin, and we rang you about it. Is that right?",
           "Items wrong and the account reversed.")]),
    item("Your crew put up our shop's Christmas display on 1 December, four days late, and two of the six light strings don't "
         "work. The big star we store with you every year wasn't even delivered. We lost our first weekend of shoppers.",
         [("late", ["four days", "4 days", "1 December", "first of December"]),
          ("strings", ["two of the six", "2 of 6", "two", "a third"]), ("star", ["star"]),
          ("weekend", ["weekend", "shoppers"])],
         ["fed up", "loss"],
         [("good", "Your display went up on the first of December, four days behind, a third of the light strings are dead, "
                   "and the large star that stays with us all year never arrived, so you missed that opening weekend of "
                   "Christmas trade. That's a real loss and I understand you're fed up. Have I understood that right?",
           "All facts in other forms, feeling, check."),
          ("partial", "The display was put up on 1 December, four days late, two of the six strings don't work, the star wasn't "
                      "delivered, and you lost the first weekend of shoppers. Is that correct?",
           "No feeling."),
          ("poor", "So the display went up two days early, the star's there but the lights are a bit dim. Is that right?",
           "Key facts wrong: early instead of late, star delivered.")]),
    item("Your consultant came on 3 March for the full home assessment, £350. She stayed forty minutes, not the three hours on "
         "your website, and skipped the upstairs completely. The report arrived with someone else's address on it.",
         [("price", ["£350", "350", "three hundred and fifty"]),
          ("time", ["forty minutes", "40 minutes", "three hours", "3 hours"]),
          ("upstairs", ["upstairs", "first floor", "bedrooms"]),
          ("report", ["someone else's address", "another client", "wrong address"])],
         ["short-changed", "cheated"],
         [("good", "For three hundred and fifty pounds on the 3rd of March you got two-thirds of an hour instead of the three "
                   "hours we advertise, the first floor wasn't looked at, and the report came with another client's address. "
                   "No wonder you feel short-changed. Is that right?",
           "All facts, other forms, feeling, check."),
          ("partial", "Our consultant came on 3 March for £350, stayed fifty minutes rather than three hours, missed out the "
                      "upstairs, and the report had someone else's address. I can see why you feel short-changed. Have I got "
                      "that right?",
           "One minor value wrong: fifty minutes for forty."),
          ("poor", "So she stayed the full three hours but only looked upstairs, and the report was late. Is that right?",
           "Facts reversed and wrong.")]),
    item("We paid £1,200 for the shop feng shui before our bakery opened on 8 January. Your consultant had us put the counter "
         "facing the door, and last week a second consultant from your firm said that's the worst spot and we should move it. "
         "Moving it will cost another £900. I don't know who to believe.",
         [("paid", ["£1,200", "1,200", "1200", "twelve hundred"]), ("counter", ["counter", "door", "entrance"]),
          ("second", ["second consultant", "another consultant", "two consultants", "another of"]),
          ("cost", ["£900", "900", "nine hundred"])],
         ["who to believe", "whom to trust", "confus"],
         [("good", "You spent twelve hundred pounds on the assessment before the bakery opened in early January; the first "
                   "consultant had the counter face the entrance, then last week another of our people called that the worst "
                   "place and said to move it, which would set you back nine hundred more. Two of our staff telling you "
                   "opposite things: I can see why you don't know whom to trust. Have I got that right?",
           "All facts, feeling, check."),
          ("partial", "You paid £1,200 before opening on 8 January, our first consultant put the counter facing the door, a "
                      "second one now says move it, at another £900, and in the end where the counter goes is your decision "
                      "really. I understand the confusion. Is that right?",
           "Complete with feeling and check, but ends in a your-call abandonment."),
          ("poor", "So you paid £900 for the assessment and moving the counter would cost £1,200, and the second consultant "
                   "agreed with the first. Is that correct?",
           "Amounts swapped and the second opinion reversed.")]),
    item("I ordered the Bazi reading for my son and gave his birth time as 2:40 in the afternoon. Your report uses 2:40 a.m., "
         "so the whole hour pillar is wrong. I paid $180 and waited three weeks.",
         [("son", ["son", "boy"]), ("time", ["2:40", "afternoon", "p.m.", "a.m.", "night", "twenty to three"]),
          ("pillar", ["hour pillar", "pillar"]), ("price", ["$180", "180", "hundred and eighty"]),
          ("wait", ["three weeks", "3 weeks", "twenty-one days", "21 days"])],
         ["disappoint"],
         [("good", "You booked your boy's Bazi reading with a birth time of twenty to three in the afternoon, and the report "
                   "worked from twenty to three at night, so the hour pillar's off, all after paying a hundred and eighty "
                   "dollars and waiting twenty-one days. I'm sorry, that's very disappointing. Is that right?",
           "All facts, other forms, feeling, check."),
          ("partial", "You gave your son's birth time as 2:40 p.m., our report used 2:40 a.m., so the hour pillar is wrong, and "
                      "you paid $180 for it. I'm sorry, that's disappointing. Have I got that right?",
           "One fact missing: the three-week wait."),
          ("poor", "So you gave us 2:40 in the morning and the report used the afternoon, for your daughter. Is that right?",
           "Times reversed and son/daughter wrong.")]),
    item("I bought the natal chart report as a birthday present for my sister, the 40-page printed edition for £65. It came as "
         "a 12-page PDF with her name spelled Katharine instead of Kathryn. Her birthday was Sunday and I had nothing to give her.",
         [("pages", ["40", "forty", "12", "twelve"]), ("price", ["£65", "65", "sixty-five"]),
          ("name", ["Katharine", "Kathryn", "name"]), ("birthday", ["Sunday", "birthday"])],
         ["nothing to give", "upsetting"],
         [("good", "You paid sixty-five pounds for the forty-page printed chart as your sister's present; what arrived was a "
                   "twelve-page PDF with her name written Katharine when she's Kathryn, and Sunday came with nothing to hand "
                   "her. That's really upsetting. Have I understood everything?",
           "All facts, feeling, check."),
          ("partial", "You ordered the 40-page printed natal chart for £65 for your sister's birthday, got a 12-page PDF with "
                      "her name spelled Katharine not Kathryn, and had nothing to give her on Sunday. That's really upsetting.",
           "No check question."),
          ("poor", "So you ordered the 12-page PDF and got a 40-page printed copy, and her name was spelled Kathryn. Is that "
                   "right?",
           "Formats swapped and the name error reversed.")]),
    item("We paid £200 for your master to pick our wedding date. He gave us 18 October, we booked the venue and 90 guests, and "
         "yesterday his assistant emailed to say the 18th clashes with my fiancé's sign and we should use the 25th. The venue "
         "deposit of £2,000 isn't refundable.",
         [("fee", ["£200", "200", "two hundred"]), ("date", ["18 October", "18th", "eighteenth", "25th", "twenty-fifth"]),
          ("guests", ["90", "ninety"]), ("deposit", ["£2,000", "2,000", "2000", "two thousand", "two grand"])],
         ["stress", "panic"],
         [("good", "You'd paid two hundred pounds for the master to choose a day; he gave you the eighteenth of October, you "
                   "booked the venue and invited ninety people, and now his assistant says it clashes with your fiancé's sign "
                   "and wants the twenty-fifth, with two grand of deposit you can't get back. I can only imagine how stressful "
                   "that is. Is that everything?",
           "All facts, other forms, feeling, check."),
          ("partial", "You paid £200 for the date, were given 18 October, booked the venue and 80 guests, and now you're told "
                      "to use the 25th, with a £2,000 deposit at stake. I can imagine how stressful that is. Is that right?",
           "One minor value wrong: 80 guests for 90."),
          ("poor", "So the master gave you the 25th and now says the 18th is better, and the deposit is refundable. Is that "
                   "right?",
           "Dates reversed and the deposit fact wrong.")]),
    item("My partner and I had the compatibility reading on Saturday. It was meant to be ninety minutes for the two of us, but "
         "the reader spent an hour on my partner's career and about ten minutes on us. We paid £150 and came away feeling "
         "worse than before.",
         [("saturday", ["Saturday"]), ("length", ["ninety minutes", "90 minutes", "hour and a half"]),
          ("career", ["career", "job", "work"]), ("ten", ["ten minutes", "10 minutes"]),
          ("price", ["£150", "150", "hundred and fifty"])],
         ["worse", "opposite"],
         [("good", "On Saturday you and your partner came for a joint reading of an hour and a half, yet sixty minutes went on "
                   "your partner's job and barely ten on you as a couple; it cost a hundred and fifty pounds and you left "
                   "feeling worse. I'm sorry, that's the opposite of what you came for. Have I got that right?",
           "All facts, feeling, check."),
          ("partial", "On Saturday your 90-minute compatibility reading spent an hour on your partner's career and ten minutes "
                      "on the two of you, and you paid £150. Is that right?",
           "No feeling."),
          ("poor", "Yes, I understand, I understand. We'll send you both a voucher.",
           "False reaction, facts missing, no check.")]),
    item("We booked the 48-sheet billboard on Station Road for four weeks from 1 March to launch our garden centre, £2,400. The "
         "poster didn't go up until the 11th, and it was pasted with a crease right across our phone number. We opened on the "
         "15th.",
         [("weeks", ["four weeks", "4 weeks", "a month"]), ("price", ["£2,400", "2,400", "2400", "twenty-four hundred"]),
          ("late", ["11th", "eleventh", "ten days"]), ("crease", ["crease", "fold", "phone number"])],
         ["anxious", "worried"],
         [("good", "You'd paid twenty-four hundred for the Station Road 48-sheet for a month from the 1st of March to launch "
                   "the garden centre; it wasn't up until ten days in, and there's a fold running across your phone number, "
                   "with the opening just four days after that. I can see how worried you must be. Is that right?",
           "All facts, other forms, feeling, check."),
          ("partial", "You booked the Station Road billboard for four weeks from 1 March for £2,000, it went up on the 11th "
                      "with a crease across the phone number, and you opened on the 15th. I understand you're worried. Is that "
                      "right?",
           "One minor value wrong: £2,000 for £2,400."),
          ("poor", "So the poster went up on the 1st and came down on the 11th, and the phone number was fine. Is that correct?",
           "Account reversed and the crease denied.")]),
    item("We paid for 20 bus shelters across Leeds for two weeks, £3,600, to promote our charity fun run. Your photos show only "
         "14 were posted, and six of those have last month's artwork. The run is this Sunday and sign-ups have stalled.",
         [("shelters", ["20", "twenty", "score", "14", "fourteen", "six short"]),
          ("price", ["£3,600", "3,600", "3600", "thirty-six hundred"]),
          ("old", ["last month", "old artwork", "old design", "six"]), ("sunday", ["Sunday", "run"])],
         ["anxious", "worried"],
         [("good", "For thirty-six hundred pounds you booked a score of Leeds shelters for a fortnight to push the fun run; the "
                   "photos show fourteen up, six short, and six of those carry last month's design. With the run on Sunday "
                   "and sign-ups flat, I understand why you're anxious. Have I got that right?",
           "All facts, other forms, feeling, check."),
          ("partial", "You paid £3,600 for 20 shelters in Leeds for two weeks, only 14 went up, six of them with last month's "
                      "artwork, and the run is on Sunday. I can see why you're worried.",
           "No check question."),
          ("poor", "So you booked 14 shelters and we put up 20, all with the new artwork. Is that right?",
           "Counts swapped and the artwork fault denied.")]),
]
