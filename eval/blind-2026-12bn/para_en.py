# English restatement items, written by hand for blind round 2026-12bn.
# Each item: customer statement, criteria (facts, then feeling, then check), three answers (label, text, why).

FEEL = ["understand", "no wonder", "must be", "must have been", "I can see", "I can hear", "sorry",
        "frustrat", "upsetting", "worr", "stressful", "I can imagine", "of course you"]
CHECK = ["is that right", "have I got", "did I get", "is that correct", "have I understood", "does that sound right",
         "anything to add", "anything I've missed", "anything I missed", "correct me", "accurate", "fair summary",
         "right?"]


def C(cid, *words):
    return {"id": cid, "any": list(words)}


def item(customer, facts, feel_extra, answers):
    crit = list(facts) + [C("feeling", *(list(feel_extra) + FEEL)), C("check", *CHECK)]
    return {"customer": customer, "criteria": crit, "answers": answers}


ITEMS = [
    item("I bought your home seismometer kit for £249 in September. It stopped sending data to the network after "
         "eleven days, and your helpline still hasn't called me back after two weeks. I'm really fed up.",
         [C("cost", "£249", "249", "two hundred and forty-nine"), C("month", "September", "Sept"),
          C("days", "eleven", "11"), C("callback", "two weeks", "fortnight", "14 days", "fourteen days", "called back", "rung you back")],
         ["fed up", "sick of"],
         [("good", "You paid two hundred and forty-nine pounds for the kit back in September, it quit feeding the network on day 11, "
                   "and a fortnight on, nobody from our helpline has rung you back. No wonder you're fed up. Have I got that right?",
           "All four facts in other forms (fortnight, day 11), feeling and check."),
          ("partial", "So the £249 seismometer you bought in September stopped sending data after eleven days, and you've been "
                      "waiting two weeks for the helpline to ring back. Is that right?",
           "No feeling acknowledged."),
          ("poor", "You bought the kit for £294 in November and it stopped working after eleven weeks; you're fed up with that, is that right?",
           "Wrong price, month and duration; the missing call-back is left out.")]),

    item("Your engineer fitted three tell-tales on our gable wall on 2 May and promised readings every month. We've "
         "had one visit in five months, and the crack has widened to four millimetres. I'm scared the wall will come down.",
         [C("telltales", "three", "3"), C("date", "2 May", "May 2", "2nd of May", "second of May", "2/5"),
          C("visits", "one visit", "once", "single visit", "one reading", "only one"),
          C("months", "five months", "5 months"), C("width", "four millimetres", "4 mm", "4mm", "four mm")],
         ["scared", "frightening", "alarming", "afraid"],
         [("good", "Since the three gauges went onto your gable on the second of May, with a reading due monthly, we've only been "
                   "out once in five months, and the crack's now 4 mm across. That must be frightening with the wall at stake. "
                   "Have I understood that correctly?",
           "Every fact in other words and number forms, feeling, check."),
          ("partial", "Three tell-tales went on on 2 May, monthly readings were promised, you've had one visit in five months and "
                      "the crack has opened to three millimetres. I can see why you're scared about the wall. Is that right?",
           "One minor value wrong: three millimetres for four."),
          ("poor", "So we've been out every month since May and the crack has closed up to four millimetres - that's good news, isn't it?",
           "Account reversed (monthly visits, crack closing); feeling ignored.")]),

    item("I booked the family panning day for four of us at £35 each, but when we turned up on Sunday the guide had "
         "cancelled and nobody had told us. We'd driven ninety minutes to get there. The kids were in tears.",
         [C("people", "four", "4"), C("price", "£35", "35", "£140", "140", "thirty-five"), C("day", "Sunday"),
          C("cancelled", "cancel", "called it off", "didn't run", "no guide"),
          C("drive", "ninety minutes", "90 minutes", "hour and a half", "an hour and a half", "1.5 hours")],
         ["tears", "crying", "upset", "disappointed"],
         [("good", "So that's £140 for the four of you - thirty-five a head - an hour and a half in the car on Sunday, and then "
                   "the guide had called it off without a word to you. I'm so sorry the children ended up crying. Did I get that right?",
           "All facts right (total and per head), feeling, check."),
          ("partial", "You booked four places at £35 each and arrived on Sunday to find the guide had cancelled without telling you. "
                      "I'm sorry the kids were so upset. Have I got that right?",
           "One fact missing: the ninety-minute drive."),
          ("poor", "Right, got it, you cancelled the Sunday booking yourselves and now want the £35 back?",
           "Account reversed (customer cancelled), false reaction, feeling missing.")]),

    item("We've stored 120 core boxes with you since 2019. Last week we asked for boxes 40 to 55 and you sent 14 to 29 "
         "instead. Our geologist wasted two days logging the wrong hole, and I'm furious.",
         [C("boxes", "120", "hundred and twenty"), C("since", "2019"), C("asked", "40 to 55", "40-55", "40 through 55", "forty to fifty-five"),
          C("sent", "14 to 29", "14-29", "14 through 29", "fourteen to twenty-nine"),
          C("days", "two days", "2 days", "couple of days")],
         ["furious", "angry", "livid"],
         [("good", "You've had a hundred and twenty boxes in our store since 2019; last week you called off 40 through 55 and "
                   "got 14 through 29 instead, and your geologist lost a couple of days logging the wrong hole. I understand "
                   "why you're furious. Is that an accurate summary?",
           "All facts in other forms, feeling, check."),
          ("partial", "So 120 boxes since 2019, you asked for 40-55, we sent 14-29, and your geologist spent two days on the wrong "
                      "hole - though the labels on your side were a bit hard to read. I can see why you're angry. Is that right?",
           "Complete with feeling and check, but adds blame ('labels on your side')."),
          ("poor", "You asked for boxes 14 to 29 and we sent 40 to 55, and the geologist lost two weeks. Is that right?",
           "Requested and sent ranges swapped; two weeks for two days; no feeling.")]),

    item("I sent six rock samples for thin sections on 3 March, paid £270, and was told three weeks. It's been seven "
         "weeks, and two of the slides came back cracked. I need them for my thesis and I'm panicking.",
         [C("samples", "six", "6"), C("date", "3 March", "March 3", "third of March", "3rd March", "3/3"),
          C("cost", "£270", "270", "two hundred and seventy"), C("promised", "three weeks", "3 weeks", "21 days"),
          C("actual", "seven weeks", "7 weeks", "49 days"), C("cracked", "two", "2", "pair", "couple")],
         ["panic", "anxious", "stress", "thesis"],
         [("good", "Half a dozen samples went off on the third of March, you paid two hundred and seventy pounds on a "
                   "three-week promise, and after seven weeks a pair of the slides have come back cracked - with your thesis "
                   "riding on them. I can hear how anxious that's making you. Have I got that right?",
           "All facts (half a dozen, pair), feeling, check."),
          ("partial", "You sent six samples on 3 March, paid £270, were promised three weeks, and seven weeks later two slides "
                      "came back cracked. I can imagine the panic with your thesis due.",
           "No check question."),
          ("poor", "So six slides came back cracked out of two samples, and you paid £720? Is that right?",
           "Counts swapped (six cracked, two samples), wrong amount, no feeling.")]),

    item("The load test on pile P7 was booked for Tuesday at 7am. Your rig didn't arrive until half eleven, our "
         "concrete pour had to be put off to Thursday, and the delay has cost us about £3,800. I'm livid.",
         [C("pile", "P7"), C("day", "Tuesday"), C("booked", "7am", "7 am", "seven", "07:00"),
          C("arrived", "half eleven", "11:30", "eleven-thirty", "half past eleven"), C("pour", "Thursday"),
          C("cost", "£3,800", "3,800", "3800", "thirty-eight hundred", "three thousand eight hundred")],
         ["livid", "angry", "furious"],
         [("good", "The P7 test was set for seven on Tuesday morning, the rig only turned up at 11:30, the pour slipped to "
                   "Thursday, and you're out roughly thirty-eight hundred pounds. I completely understand why you're livid. "
                   "Is that a fair summary?",
           "All facts, feeling, check."),
          ("partial", "Pile P7, booked for 7am Tuesday, rig arrived at half eleven, pour moved to Thursday and about £3,300 lost. "
                      "I understand why you're livid. Did I get that right?",
           "One minor value wrong: £3,300 for £3,800."),
          ("poor", "So the rig came early on Tuesday and you weren't ready, and the pour went ahead on Thursday anyway. Right?",
           "Account reversed (rig early, customer not ready); cost and feeling missing.")]),

    item("I ordered a pair of brake pads and an oil filter for our Piper on the 8th, with next-day delivery. The pads "
         "came, but the filter is for a different engine and there was no release certificate with it. The aircraft has "
         "been grounded for a week and the group is on my back.",
         [C("pads", "brake pad", "pads"), C("filter", "oil filter", "filter"), C("date", "8th", "eighth"),
          C("wrong", "different engine", "wrong engine", "doesn't fit", "wrong filter"),
          C("cert", "certificate", "paperwork", "release"), C("grounded", "week", "seven days", "grounded")],
         ["on your back", "pressure", "stress", "awkward"],
         [("good", "You ordered the Piper's brake pads and an oil filter on the eighth for next-day; the pads turned up, but the "
                   "filter's for another engine and came with no release paperwork, so she's been sat on the ground seven days "
                   "and the rest of the group are pressing you. That puts you in an awkward spot, I understand. Anything I've missed?",
           "All facts (seven days, paperwork), feeling, check."),
          ("partial", "So on the 8th you ordered pads and an oil filter next-day, the pads arrived but the filter was for the wrong "
                      "engine, and the aircraft's been grounded for a week. I can see the group's putting pressure on you. Is that right?",
           "One fact missing: the missing release certificate."),
          ("poor", "The filter arrived fine but the brake pads were wrong, and the aircraft's been grounded a month. Is that right?",
           "Items swapped (filter/pads), wrong duration, no feeling.")]),

    item("You weighed our Jodel on 12 June and charged £180. The empty weight on your report is 40 kilos heavier than "
         "last time, which means I can't take a passenger with full fuel. I think the scales were wrong, and I'm really disappointed.",
         [C("aircraft", "Jodel"), C("date", "12 June", "June 12", "12th of June", "twelfth of June", "12/6"),
          C("fee", "£180", "180", "hundred and eighty"), C("heavier", "40", "forty"),
          C("passenger", "passenger", "full fuel", "full tanks")],
         ["disappointed", "let down"],
         [("good", "We put your Jodel on the scales on the twelfth of June for a hundred and eighty pounds, and the report says "
                   "she's forty kilos up on the last weighing, so full tanks and a passenger is now off the table. You suspect the "
                   "scales, and I can see why you're disappointed. Have I understood that correctly?",
           "All facts, feeling, check."),
          ("partial", "The Jodel was weighed on 12 June for £180 and came out 40 kg heavier, so you can't carry a passenger with "
                      "full fuel, and you think the scales were off. Does that sound right?",
           "No feeling."),
          ("poor", "Your Jodel came out 40 kilos lighter, so you can take more passengers now - that's great, isn't it?",
           "Heavier reversed to lighter; consequence reversed; feeling ignored.")]),

    item("My fuel account was charged for 160 litres on Saturday, but I only took 60 - the pump receipt says so. That's "
         "about £260 extra on my card, and it's the second time this year. I'm losing patience.",
         [C("charged", "160", "hundred and sixty"), C("took", "60", "sixty"), C("day", "Saturday"),
          C("extra", "£260", "260", "two hundred and sixty"), C("second", "second time", "twice", "again")],
         ["patience", "fed up", "tired of"],
         [("good", "On Saturday the account billed you for a hundred and sixty litres when your pump receipt shows sixty, which "
                   "puts roughly two hundred and sixty pounds too much on your card - and it's happened twice this year now. I "
                   "understand you're running out of patience. Have I got that right?",
           "All facts, feeling, check."),
          ("partial", "You were billed for 160 litres on Saturday but took 60, according to the receipt, and it's the second time "
                      "this year. I can see why you're losing patience. Is that right?",
           "One fact missing: the £260 overcharge."),
          ("poor", "You took 160 litres but were only charged for 60? And this is the first time it's happened?",
           "Litres swapped and 'second time' reversed; no feeling or summary check.")]),

    item("I landed at your airfield on 4 August with PPR, paid the £15 fee by card in the office, and now I've had an "
         "invoice for £45 plus a £20 late charge. It feels like I'm being treated as a cheat.",
         [C("date", "4 August", "August 4", "4th of August", "fourth of August", "4/8"), C("ppr", "PPR", "permission"),
          C("paid", "£15", "15", "fifteen"), C("invoice", "£45", "45", "forty-five"), C("late", "£20", "20", "twenty")],
         ["cheat", "insult", "accused", "treated"],
         [("good", "You came in on the fourth of August with prior permission, settled the fifteen-pound fee by card at the "
                   "office, and have since been billed forty-five pounds plus a twenty-pound late fee. I'm sorry - being made to "
                   "feel like a cheat is not on. Is that correct?",
           "All facts, feeling, check."),
          ("partial", "You landed on 4 August with PPR, paid £15 by card in the office, and then got an invoice for £45 with a £20 "
                      "late charge - you should really have kept the card slip to show us. I understand you feel treated as a cheat. "
                      "Is that right?",
           "Complete with feeling and check, but adds 'you should' blame."),
          ("poor", "So you didn't pay on the day, and you've had a £15 invoice with a £45 late charge? Right, understood.",
           "Account reversed (did not pay), amounts swapped, no feeling.")]),

    item("I ordered the 2026 Southern England chart and a kneeboard on Monday for £32.50. Today I got the 2025 edition "
         "and no kneeboard, and my skills test is on Saturday. I'm really stressed.",
         [C("chart", "2026", "twenty-six", "current edition"), C("kneeboard", "kneeboard"), C("day", "Monday"),
          C("cost", "£32.50", "32.50", "thirty-two fifty"), C("got", "2025", "last year's", "old edition"),
          C("test", "Saturday")],
         ["stress", "worr", "pressure", "anxious"],
         [("good", "On Monday you paid thirty-two fifty for this year's Southern England chart and a kneeboard; what's arrived "
                   "is last year's edition and no kneeboard at all, with your skills test on Saturday. That's a stressful "
                   "position to be in, I can imagine. Have I got that right?",
           "All facts ('this year's', 'last year's'), feeling, check."),
          ("partial", "You ordered the 2026 chart and a kneeboard on Monday for £32.50, got the 2025 one and no kneeboard, and your "
                      "test is on Sunday. I understand you're stressed. Is that right?",
           "One minor value wrong: Sunday for Saturday."),
          ("poor", "You got the kneeboard but the chart was missing, and your test is next month. Anything else?",
           "Wrong item missing, wrong test date, no feeling.")]),

    item("I've paid my £95 share every month since January, but three of my four bookings in the last two months were "
         "cancelled because another member overran. Nobody has emailed to explain, and I feel like I'm paying for nothing.",
         [C("share", "£95", "95", "ninety-five"), C("since", "January"), C("cancelled", "three", "3"),
          C("bookings", "four", "4"), C("months", "two months", "2 months", "eight weeks"),
          C("nobody", "email", "no explanation", "nobody", "no one")],
         ["paying for nothing", "nothing", "unfair", "short-changed"],
         [("good", "Since January you've put in ninety-five pounds a month, yet in the past eight weeks three bookings out of "
                   "four were scrapped because someone else ran over, and not one email explaining it. I can see why it feels "
                   "like paying for nothing. Is that a fair summary?",
           "All facts, feeling, check."),
          ("partial", "You've paid £95 a month since January, three of your four bookings in two months were cancelled because "
                      "another member overran, and no one has explained. Is that right?",
           "No feeling."),
          ("poor", "So you overran your booking and another member's four flights were cancelled? I see.",
           "Account reversed; most facts missing; no feeling or check.")]),

    item("I bought a 1916 Brodie helmet from you for £420, described as original paint. My local museum says it was "
         "repainted, probably in the 1970s. I feel completely misled.",
         [C("year", "1916"), C("helmet", "Brodie", "helmet"), C("price", "£420", "420", "four hundred and twenty"),
          C("paint", "original paint", "original"), C("repainted", "repaint", "1970s", "seventies")],
         ["misled", "deceived", "cheated"],
         [("good", "You paid us four hundred and twenty pounds for a Brodie helmet from 1916, sold as wearing its original "
                   "paint, and the museum reckons it was painted over, likely in the seventies. I understand why you feel misled. "
                   "Have I understood that correctly?",
           "All facts, feeling, check."),
          ("partial", "You bought the 1916 Brodie for £420 as original paint, and the museum thinks it was repainted in the 1970s. "
                      "I can see why you feel misled.",
           "No check question."),
          ("poor", "So the helmet was from the 1970s and you paid £240, and the museum says the paint's original? Is that right?",
           "Dates confused, price swapped, repaint reversed; no feeling.")]),

    item("I left my grandfather's five medals with you on 10 October to be court-mounted for Remembrance Sunday. You "
         "said two weeks. They're still not ready, one of the ribbons is the wrong one, and Sunday is four days away. I'm heartbroken.",
         [C("medals", "five", "5"), C("date", "10 October", "October 10", "10th of October", "tenth of October", "10/10"),
          C("promised", "two weeks", "2 weeks", "fortnight"), C("ribbon", "ribbon"),
          C("days", "four days", "4 days")],
         ["heartbroken", "upsetting", "means so much", "devastat"],
         [("good", "Your grandad's five medals came in on the tenth of October for court mounting, a fortnight was promised, "
                   "they're not done yet, one ribbon's the wrong one, and Remembrance Sunday is only four days off. I'm so sorry - "
                   "I know how much this means to you. Is that everything, or is there anything to add?",
           "All facts, feeling, check."),
          ("partial", "You left five medals with us on 10 October, we promised two weeks, they aren't ready and Sunday is in four "
                      "days. I'm sorry, I can hear how upsetting this is. Have I got that right?",
           "One fact missing: the wrong ribbon."),
          ("poor", "Okay, okay, I know - three medals, ready in four weeks, and the ribbons are fine. Anything else?",
           "False reaction; count, time and ribbon wrong; no feeling.")]),

    item("I paid £165 for a boxed 1950s clockwork tinplate car. It arrived with the key missing and the box crushed, and "
         "the spring doesn't catch when you wind it. I've been collecting for thirty years and I'm really let down.",
         [C("price", "£165", "165", "hundred and sixty-five"), C("decade", "1950s", "fifties"),
          C("key", "key"), C("box", "box", "crushed"), C("spring", "spring", "doesn't catch", "won't wind", "wind")],
         ["let down", "disappointed"],
         [("good", "The fifties clockwork car cost you a hundred and sixty-five pounds; it turned up keyless, in a flattened "
                   "box, and the spring won't take up when wound. After thirty years of collecting, I can understand feeling let "
                   "down. Have I got that right?",
           "All facts in other words, feeling, check."),
          ("partial", "You paid £165 for the boxed 1950s car, and it came with no key, a crushed box and a spring that won't catch - "
                      "that's quite normal with old tinplate, to be fair. I can see you're let down. Is that right?",
           "Complete with feeling and check, but adds a brush-off ('quite normal')."),
          ("poor", "So the key and box are fine and it's just a scratch on the paint? Is that right?",
           "Faults reversed/invented; price missing; no feeling.")]),

    item("I paid £48 for a lot of twelve Edwardian seaside postcards on your website. Only nine were in the envelope, "
         "and two of those had the stamps cut off. They were a birthday present for my dad, so I'm annoyed.",
         [C("price", "£48", "48", "forty-eight"), C("lot", "twelve", "12", "dozen"), C("got", "nine", "9"),
          C("stamps", "two", "2", "pair", "couple"), C("present", "birthday", "dad", "father")],
         ["annoy", "irritat", "frustrat"],
         [("good", "You paid forty-eight pounds for a dozen Edwardian seaside cards, but only nine came in the envelope and a "
                   "couple of those had their stamps snipped off - and they were for your dad's birthday. I'm sorry, that's "
                   "really annoying. Did I get that right?",
           "All facts (dozen, couple), feeling, check."),
          ("partial", "A lot of twelve for £48, nine arrived, two with the stamps cut off, and it was a present for your dad. Is that correct?",
           "No feeling."),
          ("poor", "You ordered nine and we sent twelve, two with stamps, for your mum. Is that right?",
           "Counts swapped, recipient wrong, no feeling.")]),

    item("I sent you 200 Japanese phonecards for valuation in April and you offered £90 for the lot. Now you've listed "
         "forty of them on your site at £12 each. I feel taken advantage of.",
         [C("cards", "200", "two hundred"), C("month", "April"), C("offer", "£90", "90", "ninety"),
          C("listed", "forty", "40"), C("each", "£12", "12", "twelve")],
         ["taken advantage", "exploited", "ripped off", "cheated"],
         [("good", "Back in April you sent us two hundred Japanese cards to value, we offered ninety pounds for the whole lot, "
                   "and now forty of them are on our site at twelve pounds apiece. I can see why you feel taken advantage of. "
                   "Is that right?",
           "All facts, feeling, check."),
          ("partial", "You sent 200 cards in April, we offered £90, and now forty are listed at £15 each. I understand you feel "
                      "taken advantage of. Is that right?",
           "One minor value wrong: £15 for £12."),
          ("poor", "You sent forty cards and we offered £12 each, and now 200 are listed at £90? I see.",
           "Numbers swapped throughout; no feeling or check.")]),

    item("I ordered the complete set of 50 Wills cricketers for £75, but card number 23 is a photocopy and the album "
         "has a torn spine. I've waited three weeks for a reply and I'm upset.",
         [C("set", "50", "fifty"), C("price", "£75", "75", "seventy-five"), C("card", "23", "twenty-three"),
          C("copy", "photocopy", "copy", "not genuine"), C("album", "spine", "album"),
          C("wait", "three weeks", "3 weeks", "21 days")],
         ["upset", "frustrat"],
         [("good", "You paid seventy-five pounds for the full fifty-card Wills cricketers set; number twenty-three turns out to be "
                   "a copy, the album's spine is torn, and you've had no reply in twenty-one days. I'm sorry, I can see why "
                   "you're upset. Have I got that right?",
           "All facts, feeling, check."),
          ("partial", "The complete set of 50 for £75, card 23 is a photocopy, the album spine is torn, and you've waited three "
                      "weeks. I'm sorry you're upset.",
           "No check."),
          ("poor", "Card 50 is a photocopy and the set cost £23? Got it.",
           "Card number and price confused, most facts missing, false reaction.")]),

    item("We ordered 2 litres of 1 M hydrochloric acid and 500 g of copper sulfate for our Year 10 practicals on the 17th. "
         "The acid came as 2 M, the copper sulfate was only 250 g, and the lesson is tomorrow. I'm at my wits' end.",
         [C("volume", "2 litres", "two litres", "2 l", "2L"), C("conc", "1 M", "1M", "one molar"),
          C("sulfate", "500 g", "500g", "half a kilo"), C("year", "Year 10", "Y10"),
          C("got", "2 M", "2M", "two molar", "250"), C("lesson", "tomorrow")],
         ["wits' end", "stress", "worr", "panic"],
         [("good", "You asked on the 17th for two litres of one-molar hydrochloric and half a kilo of copper sulfate for Year 10; "
                   "the acid came at 2 M and only 250 g of the sulfate turned up, with the practical tomorrow. That sounds really "
                   "stressful. Is that right?",
           "All facts in other forms, feeling, check."),
          ("partial", "You ordered 2 litres of 1 M acid and 500 g of copper sulfate for Year 10, and the acid came as 2 M with the "
                      "lesson tomorrow. I understand you're at your wits' end. Is that right?",
           "One fact missing: the short copper sulfate (250 g)."),
          ("poor", "You ordered 2 M acid and we sent 1 M, and 250 g of sulfate instead of 500 g for Year 7? Anything else?",
           "Concentrations swapped, wrong year group, no feeling.")]),

    item("Your engineer tested our two fume cupboards on 5 November and passed both. Three days later one of them "
         "alarmed during a Year 12 practical and we had to evacuate thirty students. I'm worried and I don't trust the certificate.",
         [C("cupboards", "two", "2", "both"), C("date", "5 November", "November 5", "5th of November", "fifth of November", "Bonfire Night", "5/11"),
          C("days", "three days", "3 days"), C("year", "Year 12", "Y12", "sixth form"),
          C("students", "thirty", "30")],
         ["worr", "trust", "concern", "alarming"],
         [("good", "Both cupboards passed when our engineer tested them on Bonfire Night, yet three days on one went into alarm "
                   "in a Year 12 practical and thirty students had to be cleared out. I understand why you're worried and why the "
                   "certificate doesn't reassure you. Have I got that right?",
           "All facts (Bonfire Night for 5 November), feeling, check."),
          ("partial", "Two fume cupboards passed on 5 November, one alarmed three days later in a Year 12 lesson and thirty "
                      "students were evacuated - though alarms can be set off if the sash is left high. I can see you're worried. Is that right?",
           "Complete with feeling and check, but adds a hint of blame."),
          ("poor", "So one cupboard failed its test on 5 November, and three weeks later thirty Year 7s were evacuated? Right?",
           "Test result reversed, wrong delay and year group, no feeling.")]),
]
