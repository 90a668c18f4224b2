"""Writes the session-19 English restatement probe (issue 12, wt-paraen19) as JSONL. Rows written by hand, new domains."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_english  # noqa: E402

CHECK = ["is that right", "did I get that right", "is that correct", "have I got that right",
         "anything I missed", "anything to add", "does that sound right", "have I understood",
         "is that a fair summary"]
FEEL = ["sorry", "understand", "frustrating", "annoying", "upsetting", "worrying"]

S = []  # (customer, criteria, feeling wordings, [(answer, label, why)])

# 1 hydroponics shop
S.append((
    "I bought a complete hydroponic grow kit from your shop for £340 in September. The water pump stopped after nine days, and the replacement you posted was the wrong voltage, so it never worked at all. I've lost a whole batch of basil and lettuce seedlings.",
    [("kit", ["grow kit", "hydroponic kit", "£340", "340"]), ("pump", ["pump stopped", "pump failed", "nine days", "9 days"]),
     ("voltage", ["wrong voltage", "replacement", "never worked"]), ("seedlings", ["seedlings", "basil", "lettuce", "lost a batch"])],
    FEEL,
    [
        ("Let me make sure I have this: the three-hundred-and-forty-pound hydroponic set-up you got from us in September had its pump die on day nine, the spare we sent out was built for a different voltage so it was useless from the start, and your young basil and lettuce plants didn't survive. That's a real loss after all your effort. Did I get that right?", "good", "pump die on day nine, built for a different voltage, useless from the start, plants didn't survive"),
        ("So the pump quit nine days after you bought the £340 kit, and you've lost your basil and lettuce seedlings. I'm sorry about that. Is that right?", "partial", "the wrong-voltage replacement left out"),
        ("So the kit's pump is working fine and the replacement we posted fixed it? Is that right?", "poor", "pump failure and useless replacement reversed"),
    ],
))

# 2 hydroponics shop
S.append((
    "Your website said the LED grow light covers a 120 by 120 centimetre tent. I bought it for £210, and it only lights about half of that area. When I emailed, your support said I must have hung it too high, but I followed your manual exactly.",
    [("claim", ["120 by 120", "120 centimetre", "website said"]), ("price", ["£210", "210"]),
     ("half", ["half", "only lights half"]), ("blame", ["too high", "hung it too high", "followed the manual"])],
    FEEL,
    [
        ("So the grow lamp you paid £210 for was advertised on our site as covering a 1.2-metre-square tent, but in practice it reaches roughly fifty per cent of that, and when you wrote to us our team put it down to you mounting it too high, even though you'd done exactly what the instructions said. I can see why that's annoying. Is that a fair summary?", "good", "1.2-metre-square, fifty per cent, put it down to you mounting it too high"),
        ("So the £210 light covers about half of the 120 by 120 tent our site promised, and support blamed the height even though you followed the manual exactly. Have I got that right?", "partial", "no feeling acknowledged"),
        ("So the £210 light covers the whole 120 by 120 tent, and you hung it too high? Is that right?", "poor", "half reversed into the whole, blame turned on the customer"),
    ],
))

# 3 Christmas-tree delivery
S.append((
    "I ordered a seven-foot Nordmann fir for delivery on the 12th. It came on the 18th, it was barely five foot, and half the needles dropped within two days. We'd planned to decorate it with the grandchildren on the weekend of the 13th.",
    [("tree", ["seven-foot", "7 ft", "Nordmann", "seven foot"]), ("late", ["18th", "came on the 18th", "six days late"]),
     ("short", ["five foot", "5 ft", "barely five"]), ("needles", ["needles dropped", "half the needles", "shedding"]),
     ("grandchildren", ["grandchildren", "decorate", "13th"])],
    FEEL,
    [
        ("So you were promised a 7-foot Nordmann on the twelfth, it didn't turn up until the eighteenth, it stood only about 5 foot tall, it had lost half its needles a couple of days later, and you'd meant to trim it with your grandchildren on the weekend of the thirteenth. What a disappointment, especially with the family plans. Have I understood that correctly?", "good", "didn't turn up until, stood only about 5 foot, lost half its needles, trim it with your grandchildren"),
        ("So the Nordmann fir you ordered at seven foot arrived six days late and was only five foot tall, and half the needles fell off within two days, which spoiled your plans with the grandchildren on the 13th. Is that right?", "partial", "no feeling acknowledged"),
        ("So the tree came early on the 12th, a good seven foot, and the grandchildren loved it? Is that right?", "poor", "late, short and shedding all reversed"),
    ],
))

# 4 blacksmith course
S.append((
    "I booked a one-day knife-making course at your forge for my husband's 50th birthday, £185. When we arrived, the instructor was off sick and someone else just showed him how to make a hook. Nobody told us beforehand, and we'd driven two hours to get there.",
    [("course", ["knife-making", "knife making", "£185", "185"]), ("birthday", ["50th", "birthday", "fiftieth"]),
     ("sick", ["instructor was off sick", "off sick", "instructor", "hook"]), ("notice", ["nobody told", "beforehand", "no warning"]),
     ("drive", ["two hours", "2 hours", "drove"])],
    FEEL,
    [
        ("If I follow you, the £185 knife-forging day you'd bought as a fiftieth-birthday treat for your husband turned into a lesson on making a hook with a stand-in, because the usual tutor was ill, and no one let you know in advance, after a two-hour journey to reach us. I'm so sorry, that's a big letdown for a special day. Is that right?", "good", "knife-forging day, stand-in, tutor was ill, no one let you know in advance, two-hour journey"),
        ("So the knife-making course for your husband's 50th, £185, was taught by someone else because the instructor was off sick, and he only made a hook, after you'd driven two hours. I'm sorry, that's disappointing. Is that right?", "partial", "that nobody warned you beforehand left out"),
        ("So your husband's 50th-birthday knife-making course went ahead with the usual instructor and he made a knife? Is that right?", "poor", "sick instructor and the hook reversed"),
    ],
))

# 5 holiday-cottage key-holding and changeover
S.append((
    "We pay your company £60 per changeover to clean our holiday cottage between guests. Last Saturday the new family arrived at four and found unmade beds and a dirty kitchen. They left a one-star review, and that's the third time since June.",
    [("fee", ["£60", "60", "per changeover"]), ("arrival", ["four", "4pm", "Saturday", "new family"]),
     ("dirty", ["unmade beds", "dirty kitchen", "not cleaned"]), ("review", ["one-star", "1-star", "review"]),
     ("third", ["third time", "three times", "since June"])],
    FEEL,
    [
        ("So you pay us sixty pounds a turnover to get the cottage ready, yet when last Saturday's guests got there at 4 pm the beds hadn't been made and the kitchen was grubby; they've posted a single-star review, and this is now the third occasion since June. No wonder you're fed up. Is there anything I've missed?", "good", "sixty pounds a turnover, beds hadn't been made, kitchen was grubby, single-star, third occasion"),
        ("So last Saturday the family arrived at four to unmade beds and a dirty kitchen, they left a one-star review, and it's the third time since June. I understand how worrying that is for your bookings. Is that right?", "partial", "the £60 fee left out"),
        ("So the family arrived to a clean cottage and left a five-star review? Is that right?", "poor", "dirty cottage and one-star review reversed"),
    ],
))

# 6 holiday-cottage key-holding
S.append((
    "Your key-holding service was supposed to let the boiler engineer into our cottage on Tuesday morning. Nobody turned up with the keys, the engineer charged us £75 for the wasted call-out, and the guests arriving Friday may have no hot water.",
    [("keys", ["key-holding", "keys", "let the engineer in"]), ("tuesday", ["Tuesday", "Tuesday morning"]),
     ("nobody", ["nobody turned up", "no one came", "didn't turn up"]), ("charge", ["£75", "75", "call-out"]),
     ("guests", ["Friday", "hot water", "guests"])],
    FEEL,
    [
        ("So on Tuesday morning our key holder should have opened up the cottage for the boiler man, but no one from us appeared, he billed you seventy-five pounds for a wasted trip, and the guests coming on Friday could be left without hot water. I understand how stressful that is. Is that right?", "good", "no one from us appeared, billed you seventy-five pounds for a wasted trip, left without hot water"),
        ("So our key holder didn't turn up on Tuesday to let the boiler engineer in, and he charged you £57 for the wasted call-out, and Friday's guests may have no hot water. I'm sorry, that's stressful. Is that right?", "partial", "one minor value wrong (£57 for £75)"),
        ("So nobody turned up with the keys on Tuesday, the engineer charged you £75, and Friday's guests may have no hot water. Is that right?", "poor", "near copy of the customer's words"),
    ],
))

# 7 builders' merchant
S.append((
    "I ordered eight bulk bags of sharp sand for a patio, to be delivered on Monday. Your lorry brought building sand instead, dumped it on the pavement rather than the drive, and the council has now given me a warning about blocking the footpath.",
    [("order", ["eight bulk bags", "8 bulk bags", "sharp sand"]), ("wrong", ["building sand", "wrong sand"]),
     ("pavement", ["pavement", "footpath", "not the drive"]), ("council", ["council", "warning"])],
    FEEL,
    [
        ("If I've got this straight, the 8 bulk bags of sharp sand you wanted for your patio on Monday turned up as the wrong kind, building sand, they were tipped onto the footway instead of your driveway, and the local authority has now warned you about the obstruction. I can see what a headache that's caused. Have I got that right?", "good", "turned up as the wrong kind, tipped onto the footway, local authority has now warned you"),
        ("So eight bulk bags of building sand came on Monday and were left on the pavement, and the council has warned you. Sorry about that. Is that right?", "partial", "the sharp sand that was ordered left out (wrong sand not stated)"),
        ("So we brought the sharp sand you ordered onto your drive and the council has no problem? Is that right?", "poor", "wrong sand, pavement and warning reversed"),
    ],
))

# 8 builders' merchant
S.append((
    "Your branch quoted me £1,240 for the timber for my garden room, and I paid in full. Now you say the price has gone up by £310 and you won't load the order until I pay the difference. I've got a builder booked for Thursday.",
    [("quote", ["£1,240", "1,240", "1240", "quoted"]), ("paid", ["paid in full", "paid"]),
     ("rise", ["£310", "310", "gone up", "price rise"]), ("hold", ["won't load", "until I pay", "holding"]),
     ("builder", ["builder", "Thursday"])],
    FEEL,
    [
        ("So you settled the whole £1240 we quoted for your garden-room timber, and now we're asking for another three hundred and ten pounds and holding back the delivery until you hand it over, with your builder due on Thursday. I'd be worried in your place too. Is that a fair summary?", "good", "settled the whole, another three hundred and ten pounds, holding back the delivery until you hand it over"),
        ("So you paid the £1,240 we quoted for the timber, and now we want another £310 before we'll load it. I can see why you're worried. Is that right?", "partial", "the builder booked for Thursday left out"),
        ("So you were quoted £310, paid £1,240, and the builder is coming Thursday? Is that right?", "poor", "values swapped"),
    ],
))

# 9 wedding-car hire
S.append((
    "We booked your white vintage Rolls-Royce for our wedding on Saturday. It arrived forty minutes late, it was silver, not white, and the ribbons we'd asked for weren't on it. We missed our slot at the registry office and had to wait for the next couple to finish.",
    [("car", ["Rolls-Royce", "vintage", "white"]), ("late", ["forty minutes", "40 minutes", "late"]),
     ("silver", ["silver"]), ("ribbons", ["ribbons"]), ("slot", ["missed our slot", "registry office", "next couple"])],
    FEEL,
    [
        ("So on your wedding day the vintage Rolls you'd booked in white came in silver, forty minutes behind time, without the ribbons you'd asked for, and because of the delay you lost your registry-office slot and had to wait until the couple after you were done. I'm so sorry it spoiled such an important day. Have I understood everything?", "good", "came in silver, forty minutes behind time, lost your slot, couple after you"),
        ("So the Rolls-Royce came forty minutes late and silver instead of white, and you missed your slot at the registry office. I'm so sorry. Is that right?", "partial", "the missing ribbons left out"),
        ("So the car was on time and white, but you didn't like the ribbons? Is that right?", "poor", "late and silver reversed"),
    ],
))

# 10 ice sculpture
S.append((
    "We commissioned an ice swan from you for our hotel's gala dinner on the 3rd, £650 with a deposit of £200. It was delivered at eleven in the morning for an 8pm event, with no cooling tray, so by the evening it had lost its head.",
    [("swan", ["ice swan", "swan", "sculpture"]), ("price", ["£650", "650", "£200", "deposit"]),
     ("early", ["eleven in the morning", "11am", "too early", "8pm"]), ("tray", ["no cooling tray", "cooling tray", "drip tray"]),
     ("melted", ["lost its head", "melted", "head"])],
    FEEL,
    [
        ("So the £650 swan carved in ice for your gala on the 3rd, with two hundred paid up front, was dropped off at 11 a.m. though the dinner didn't start till eight in the evening, nothing was supplied to keep it cold underneath, and by the time guests sat down its head had melted off. That must have been mortifying in front of your guests. Is that right?", "good", "carved in ice, two hundred paid up front, nothing was supplied to keep it cold underneath, head had melted off"),
        ("So the ice swan was delivered at eleven in the morning for your 8pm gala, without a cooling tray, and it had lost its head by evening. I'm sorry, that must have been embarrassing. Is that right?", "partial", "the price and deposit left out"),
        ("So the swan arrived just before the 8pm dinner with a cooling tray and stayed perfect? Is that right?", "poor", "early delivery, missing tray and melting reversed"),
    ],
))

# 11 party-balloon decorator
S.append((
    "I paid you £280 for a balloon arch in pink and gold for my daughter's christening. You put up a blue and silver one, and half the balloons had burst before the guests arrived at two o'clock.",
    [("price", ["£280", "280"]), ("colours", ["pink and gold", "wrong colours", "blue and silver"]),
     ("burst", ["half the balloons", "burst", "popped"]), ("guests", ["two o'clock", "2pm", "before the guests"]),
     ("christening", ["christening", "daughter"])],
    FEEL,
    [
        ("So for your daughter's christening you paid us two hundred and eighty pounds for a pink-and-gold arch, but what went up was blue and silver, and by 2 pm when people started arriving about half of it had popped. That's really upsetting for a family occasion. Did I get all of that?", "good", "what went up was blue and silver, about half of it had popped"),
        ("So you paid £280 for a pink and gold arch for the christening, we put up blue and silver, and half the balloons burst before the guests came at two. Is that right?", "partial", "no feeling acknowledged"),
        ("So you ordered blue and silver and we put up pink and gold? I'm sorry. Is that right?", "poor", "colours swapped"),
    ],
))

# 12 party-balloon decorator
S.append((
    "Your team was meant to take down the balloon display at the community hall by 10pm on Sunday. Nobody came, the hall manager kept our £150 deposit for the overrun, and she's now refusing to rent to us again.",
    [("takedown", ["take down", "10pm", "Sunday"]), ("nobody", ["nobody came", "no one came", "didn't come"]),
     ("deposit", ["£150", "150", "deposit"]), ("refusing", ["refusing to rent", "won't rent", "again"])],
    FEEL,
    [
        ("So our crew should have cleared the balloons out of the community hall by ten on Sunday night, but not a single person showed up; because of the overrun the manager held on to your hundred-and-fifty-pound deposit, and she says she won't let the hall to you any more. I can see what a mess that's left you in. Is that correct?", "good", "not a single person showed up, held on to your deposit, won't let the hall to you any more"),
        ("So nobody came to take the balloons down on Sunday and the manager kept your £150 deposit. I'm sorry. Is that right?", "partial", "the refusal to rent again left out"),
        ("So our team took the display down by 10pm, but the manager still kept your deposit? Is that right?", "poor", "nobody came negated"),
    ],
))

# 13 vintage fairground-ride hire
S.append((
    "We hired your vintage carousel for our village fete for £900. It broke down after an hour, your operator said he couldn't fix it, and he packed up and left at one o'clock. The children who had queued got nothing.",
    [("carousel", ["carousel", "merry-go-round", "£900", "900"]), ("broke", ["broke down", "after an hour", "stopped"]),
     ("left", ["packed up", "left at one", "couldn't fix"]), ("children", ["children", "queued", "got nothing"])],
    FEEL,
    [
        ("So the old-fashioned merry-go-round you paid nine hundred pounds for at your village fete stopped working sixty minutes in, our operator told you he had no way to repair it and drove off at 1 pm, and the kids who'd been lining up missed out altogether. I'm sorry, that's a real disappointment for the whole village. Is that right?", "good", "stopped working sixty minutes in, no way to repair it, drove off, kids who'd been lining up missed out"),
        ("So the £900 carousel broke down after an hour and the operator left at one o'clock, and the children who queued got nothing. Have I got that right?", "partial", "no feeling acknowledged"),
        ("So the carousel ran all afternoon, but you'd have liked it cheaper? I'm sorry. Is that right?", "poor", "breakdown reversed, most facts missing"),
    ],
))

# 14 car-boot-sale pitch booking
S.append((
    "I booked and paid for two pitches at your Sunday car-boot sale, £24, and got a confirmation email. When I arrived at six, the steward said my booking didn't exist and someone else was already on my spots. I'd loaded the van the night before.",
    [("pitches", ["two pitches", "2 pitches", "£24", "24"]), ("email", ["confirmation", "email"]),
     ("steward", ["steward", "didn't exist", "no booking"]), ("taken", ["someone else", "already on", "taken"]),
     ("van", ["loaded the van", "night before", "van"])],
    FEEL,
    [
        ("So you'd paid twenty-four pounds for a pair of pitches on Sunday and had an email confirming them, but at 6 a.m. our steward told you there was no record of you and your spaces had been given to another seller, after you'd packed up the van the previous evening. That's so frustrating after all that preparation. Have I got that right?", "good", "pair of pitches, no record of you, given to another seller, packed up the van the previous evening"),
        ("So you paid £24 for two pitches, got a confirmation email, and the steward said your booking didn't exist and someone else was on your spots. I'm sorry, how frustrating. Is that right?", "partial", "the van loaded the night before left out"),
        ("So you turned up without booking and found the pitches full? Is that right?", "poor", "paid booking negated"),
    ],
))

# 15 ice sculpture / corporate logo
S.append((
    "We ordered an ice bar with our company logo for a product launch, and paid £1,100. The logo was carved back to front, and your driver told our events manager it was our artwork's fault, although your designer had approved the proof.",
    [("bar", ["ice bar", "logo", "£1,100", "1,100"]), ("reversed", ["back to front", "reversed", "mirror"]),
     ("driver", ["driver", "our fault", "artwork's fault", "blamed"]), ("proof", ["approved the proof", "proof", "designer"])],
    FEEL,
    [
        ("So you spent eleven hundred pounds on an ice bar bearing your logo for the launch, the logo came out mirrored, and when your events manager raised it our driver put the blame on your artwork, even though our own designer had signed off the proof. I completely understand why you're annoyed. Is that correct?", "good", "eleven hundred pounds, came out mirrored, put the blame on your artwork, signed off the proof"),
        ("So the £1,100 ice bar had your logo carved back to front and our driver blamed your artwork. I understand why you're annoyed. Is that right?", "partial", "the designer's approved proof left out"),
        ("So our designer rejected your artwork and the logo came out correctly? Is that right?", "poor", "approval and the reversed logo negated"),
    ],
))

write_english("pe19", S, CHECK)
