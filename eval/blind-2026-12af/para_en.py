# English paraphrase customers, written by hand.
# Each: customer, facts [(id, [example wordings])], feeling [extra], answers [(label, answer, why)]
C = []
def add(customer, facts, answers, feeling=()):
    C.append(dict(customer=customer, facts=facts, feeling=list(feeling), answers=answers))

add("I paid £38 for lounge access at Terminal 3 on Sunday, but when I got there at 5am the sign said it didn't open until 6. My flight boarded at 6:15, so I had fifteen minutes inside and a stale croissant.",
 [("paid", ["£38", "38 pounds", "thirty-eight"]), ("closed", ["didn't open until 6", "shut until six", "opened at six", "closed"]),
  ("arrived", ["5am", "five in the morning", "5 o'clock"]), ("boarding", ["6:15", "quarter past six", "fifteen minutes"])],
 [("good", "So you handed over thirty-eight quid for the Terminal 3 lounge, turned up at five on Sunday morning and found it shut till six — and with boarding at quarter past, you barely got a quarter of an hour and a tired croissant for it. I'd be fed up too. Have I got that right?", "All facts in new words, feeling, check."),
  ("partial", "You paid £38 for the T3 lounge on Sunday, arrived at 5 and it didn't open till 6, then boarding was 6:15 so you only had fifteen minutes. Is that right?", "All facts and check, no feeling."),
  ("poor", "So the lounge was open when you arrived but too busy to get in, and your flight left at six? I'm sorry about that, is that right?", "Reverses what happened (it was closed) and gets the time wrong.")])

add("We booked the fast-track pass for the four of us for the 7:10 flight to Faro. At the gate the scanner rejected two of the barcodes and the staff sent my wife and son to the normal queue. They got through forty minutes after us.",
 [("people", ["four of us", "four passes", "family of four", "4"]), ("flight", ["7:10", "ten past seven", "Faro"]),
  ("rejected", ["two barcodes", "two of the passes", "scanner rejected", "didn't scan"]), ("split", ["normal queue", "regular line", "wife and son", "sent back"]),
  ("delay", ["forty minutes", "40 minutes", "40 mins"])],
 [("good", "Right — four fast-track passes for the ten-past-seven Faro flight, and two of them wouldn't scan, so your wife and lad were sent off to the ordinary line and came through a good forty minutes after you. That's a horrible way to start a holiday. Did I get all that?", "All facts, feeling, check."),
  ("partial", "Four passes for the 7:10 to Faro, two barcodes failed and your wife and son had to join the standard queue, coming out about twenty minutes behind you. That must have been really stressful. Is that correct?", "One minor value wrong (twenty for forty)."),
  ("poor", "So none of your passes worked and the whole family queued for forty minutes? That's frustrating. Is that right?", "Key fact wrong: two of four failed, not all.")])

add("My mum uses a wheelchair, and we paid for your meet-and-assist at arrivals. Nobody was there when she landed at 11, and she sat by the carousel for over an hour before a cleaner found someone. She's 82 and she was in tears when I picked her up.",
 [("service", ["meet-and-assist", "assistance", "greeter"]), ("nobody", ["nobody was there", "no one turned up", "no one met her"]),
  ("landed", ["11", "eleven"]), ("wait", ["over an hour", "more than an hour", "an hour"]), ("cleaner", ["cleaner", "someone else found help"]),
  ("age", ["82", "eighty-two"])],
 [("good", "Your mother, who's eighty-two and in a wheelchair, landed at eleven expecting the assistance you'd paid for, and nobody came — she waited well over sixty minutes at the baggage belt until a cleaner went and fetched help, and was crying by the time you got to her. I'm so sorry, that's awful for her and for you. Is that everything, or is there more?", "All facts, feeling, check."),
  ("partial", "Your mum, 82, landed at 11, the meet-and-assist you paid for never showed, and she waited over an hour at the carousel until a cleaner got someone. I'm really sorry. Unfortunately that's the handling agent's side, not ours. Have I got that right?", "All facts, feeling, check, but passes the blame — caps at partial."),
  ("poor", "Got it, got it, she was upset. Let me see what I can do.", "False reaction, no restatement.")])

add("I pre-ordered a bottle of gin and two perfumes for collection at Gate 31. When I got there the collection point only had the gin — the perfumes had been sent to Gate 13. I didn't have time to walk back before boarding.",
 [("order", ["gin", "two perfumes", "bottle of gin"]), ("gate", ["Gate 31", "31"]), ("missing", ["only had the gin", "perfumes weren't there", "perfumes missing"]),
  ("sent", ["Gate 13", "13", "wrong gate"]), ("no_time", ["no time", "couldn't go back", "before boarding"])],
 [("good", "So the order was a gin and a pair of perfumes to pick up at 31, but only the gin was waiting — the perfumes had ended up at 13 and there wasn't time to get over there before you boarded. What a let-down. Did I catch that correctly?", "All facts, feeling, check."),
  ("partial", "You'd pre-ordered gin and two perfumes for Gate 31, but the perfumes went to Gate 13 and you couldn't get back before boarding. That's really annoying. Did I get that right?", "Missing: that the gin was waiting at Gate 31 (only the gin there)."),
  ("poor", "So you ordered perfume for Gate 13 and it was sent to Gate 31 instead? Sorry about that — is that right?", "Gates swapped and the gin lost.")])

add("I paid nine pounds to have my suitcase wrapped. When it came off the belt in Palma the film was shredded and one of the wheels had snapped off. The man at your desk said the wrap only protects against scratches.",
 [("paid", ["nine pounds", "£9", "9"]), ("film", ["shredded", "torn", "ripped", "in tatters"]), ("wheel", ["wheel", "snapped off", "broken wheel"]),
  ("where", ["Palma", "Mallorca"]), ("desk", ["only protects against scratches", "just for scratches", "man at the desk"])],
 [("good", "You spent £9 on wrapping, and in Palma the case arrived with the plastic in ribbons and a wheel broken off — then our desk told you it's only meant to stop scratches. I can see why that felt like a brush-off. Have I understood that properly?", "All facts, feeling, check."),
  ("partial", "So the case came off in Palma with the wrap torn and a wheel snapped, and our desk said it's only against scratches. I'm sorry, that's annoying. Is that right?", "Missing the nine pounds paid."),
  ("poor", "Your suitcase wrap was fine but the wheel was scratched? Okay.", "Reverses what happened; no feeling, no check.")])

add("I booked one of your sleep pods at the airport for four hours between flights. At check-in they said the booking was for three, and charged me another £22 for the extra hour. Your confirmation email clearly says four.",
 [("booked", ["four hours", "4 hours", "4-hour"]), ("told", ["said three", "three hours", "3 hours"]), ("charged", ["£22", "twenty-two", "extra charge", "another"]),
  ("email", ["confirmation email", "email says four", "confirmation"])],
 [("good", "You reserved a pod for a four-hour layover, but check-in insisted it was only three, and billed you twenty-two quid on top for the extra hour — even though your confirmation shows four. No wonder you're annoyed. Is that right?", "All facts, feeling, check."),
  ("partial", "You'd booked the pod for four hours, the desk said three and charged you £22 more, though your email says four. You must have missed the small print though. Did I get that right? I'm sorry.", "Blame phrase caps an otherwise complete answer at partial."),
  ("poor", "So you booked three hours and wanted four, and we charged you £32? Is that right?", "Values swapped and amount wrong.")])

add("I'm a landlord. Your inventory clerk did the check-out at my flat on the 3rd, but the report doesn't mention the burn mark on the kitchen worktop — and that was the whole reason I booked you. Now the deposit scheme says I've got no evidence.",
 [("clerk", ["check-out", "inventory clerk", "clerk"]), ("date", ["3rd", "third"]), ("missing", ["burn mark", "scorch", "worktop"]),
  ("reason", ["whole reason", "why you booked", "main reason"]), ("evidence", ["no evidence", "deposit scheme", "can't prove"])],
 [("good", "So our clerk did your flat's check-out on the third, left the scorch on the kitchen worktop out of the report — the very thing you hired us for — and now the deposit scheme is telling you there's nothing to back up your claim. I completely understand how frustrating that is. Have I missed anything?", "All facts, feeling, check."),
  ("partial", "Our clerk did the check-out on the 13th and missed the burn on the worktop, which was why you booked us, and now the scheme says you've no evidence. That's really frustrating. Is that right?", "One minor value wrong: 13th for 3rd."),
  ("poor", "So the clerk recorded the burn mark but the deposit scheme lost the report? Sorry to hear that. Is that right?", "Reverses the key fact.")])

add("My landlord's kept £600 of my £1,200 deposit for 'cleaning', but I had the flat professionally cleaned and I sent you the receipt in June. It's now September and your scheme still hasn't even looked at my dispute.",
 [("kept", ["£600", "six hundred", "half"]), ("deposit", ["£1,200", "twelve hundred", "1200"]), ("cleaned", ["professionally cleaned", "professional clean", "cleaners"]),
  ("receipt", ["receipt", "June"]), ("wait", ["September", "three months", "hasn't looked", "no one's looked"])],
 [("good", "Your landlord's holding back half of the twelve-hundred-pound deposit — six hundred — saying it's for cleaning, although you paid professionals and emailed us the receipt back in June; three months on, in September, nobody here has even opened your dispute. I'm sorry, that's a long time to be left waiting. Is that a fair summary?", "All facts, feeling, check."),
  ("partial", "The landlord's kept £600 of your £1,200 for cleaning, you had it professionally done and sent the receipt in June, and since then nothing. That's a long, frustrating wait.", "No check question."),
  ("poor", "So the landlord wants £1,200 for cleaning and you haven't sent a receipt yet? Let me look into it — is that right?", "Amount wrong and receipt negated.")])

add("I used your guarantor service for my flat in Leeds and paid the £340 fee. The letting agent rang yesterday and said you never sent them the guarantee, so they've given the flat to someone else. I move out of my current place on Friday.",
 [("fee", ["£340", "340", "three hundred and forty"]), ("city", ["Leeds"]), ("never_sent", ["never sent", "didn't receive", "no guarantee"]),
  ("lost", ["given the flat to someone else", "lost the flat", "gone to someone else"]), ("friday", ["Friday", "end of the week"])],
 [("good", "You paid us £340 to act as guarantor on a flat in Leeds, and yesterday the agent phoned to say the guarantee never reached them — so the flat's gone to another applicant, and you've got to leave your current home on Friday. That's a really worrying spot to be in. Did I get everything?", "All facts, feeling, check."),
  ("partial", "You paid the £340 fee, the agent says they never got the guarantee and gave the Leeds flat away, and you move out Friday. Is that correct?", "No feeling."),
  ("poor", "So you're moving out on Friday and want to know about the fee? I understand, is that right?", "Most facts missing.")])

add("I found a room through your flatshare app and paid the £150 holding fee. When I went to view it on Saturday, the address was a launderette and the 'landlord' stopped answering. Your support chat just sent me a link to the FAQ.",
 [("fee", ["£150", "150", "hundred and fifty"]), ("address", ["launderette", "laundrette", "wasn't a flat", "no room"]), ("day", ["Saturday"]),
  ("landlord", ["stopped answering", "went silent", "disappeared"]), ("support", ["FAQ", "link", "support chat"])],
 [("good", "So you paid a hundred and fifty pounds to hold a room you found on our app, turned up on Saturday to find a launderette at that address, the so-called landlord has gone quiet, and our chat team just pointed you to the FAQ. That sounds like a scam and it must be really upsetting. Is that right?", "All facts, feeling, check."),
  ("partial", "You paid £150 for a room on the app, the address on Saturday was a launderette and the landlord vanished. I'm really sorry — that's horrible. Have I got that right?", "Missing: support only sent the FAQ."),
  ("poor", "So you paid £1,500 to a landlord and the room was smaller than in the photos? Sorry, is that right?", "Amount and what happened both wrong.")])

add("We're buying our first house and you're our conveyancer. Exchange was meant to be on the 14th, then the 21st, and now your office says 'early next month'. We've already given notice on our rental and the removal van is booked for the 28th.",
 [("first", ["first house", "first home"]), ("dates", ["14th", "21st", "pushed back", "moved twice"]), ("now", ["early next month", "next month"]),
  ("notice", ["given notice", "rental", "tenancy ending"]), ("van", ["28th", "removal van", "removals"])],
 [("good", "This is your first home, and the exchange has slipped from the 14th to the 21st and now to some time early next month — while you've already handed in notice on your rental and the movers are booked for the 28th. I can hear how stressful that is. Is there anything I've left out?", "All facts, feeling, check."),
  ("partial", "Exchange was set for the 14th, then the 21st, now early next month, and you've given notice and booked the van for the 28th. That's very stressful. This is really the seller's side holding it up, not us, but is that right?", "Blame-shifting phrase caps at partial."),
  ("poor", "So you want to move exchange to the 28th because your van is booked on the 14th? Is that right?", "Dates swapped, account reversed.")])

add("My daughter's starting university in Bristol and we paid the £250 deposit for an en-suite room in your halls in March. Yesterday we got an email saying she's been put in a shared-bathroom flat, and the rent is only £5 a week less.",
 [("city", ["Bristol"]), ("deposit", ["£250", "250", "two hundred and fifty"]), ("room", ["en-suite", "ensuite", "own bathroom"]), ("when", ["March"]),
  ("moved", ["shared bathroom", "shared-bathroom", "sharing a bathroom"]), ("rent", ["£5", "five pounds", "only a fiver"])],
 [("good", "You put down £250 back in March for an en-suite in our Bristol halls for your daughter, and yesterday's email moved her to a flat where she'll share a bathroom — for a rent that's barely a fiver a week cheaper. That's not what you paid for, and I understand why you're upset. Does that cover it?", "All facts, feeling, check."),
  ("partial", "You paid the £250 deposit in May for an en-suite in Bristol, and now she's been moved to a shared bathroom for just £5 a week less. That must be disappointing. Is that right?", "One minor value wrong: May for March."),
  ("poor", "So she asked to move from a shared flat to an en-suite and the rent went up £5? Is that right?", "Account reversed.")])

add("My son's been in your Scout group for two years. On last weekend's camp he came home with his sleeping bag soaked — the leaders put his tent in a dip and it flooded at 3am. Nobody rang us, we only found out when he told us.",
 [("years", ["two years", "2 years"]), ("camp", ["last weekend", "camp"]), ("soaked", ["soaked", "wet", "sleeping bag"]),
  ("dip", ["dip", "hollow", "low ground", "flooded"]), ("time", ["3am", "three in the morning"]), ("nobody", ["nobody rang", "no one called", "weren't told"])],
 [("good", "Your lad's been a Scout with us two years, and at camp last weekend his tent was pitched in a hollow that flooded around three in the morning — he came home with a wet sleeping bag, and you heard about it from him, not from any of us. You're right to be angry about not being told. Is that everything?", "All facts, feeling, check."),
  ("partial", "Your son's been with us two years and on last weekend's camp his tent was put in a dip and flooded at 3am, soaking his sleeping bag. That's not okay. Have I got that right?", "Missing: nobody rang the parents."),
  ("poor", "He got wet on camp. Calm down, these things happen on camp.", "Most facts missing, forbidden phrase.")])

add("I signed up on your volunteer-matching site to help at an animal shelter on Tuesdays. Three weeks in a row I turned up and the shelter had never heard of me. I've taken the afternoon off work each time.",
 [("site", ["volunteer-matching", "signed up", "your site"]), ("shelter", ["animal shelter", "shelter", "animal rescue"]), ("day", ["Tuesdays", "Tuesday"]),
  ("three", ["three weeks", "3 weeks", "three times"]), ("unknown", ["never heard of", "didn't know", "no record"]), ("work", ["afternoon off", "time off work"])],
 [("good", "You signed up through us to volunteer at an animal shelter on Tuesdays, and three Tuesdays running you showed up only for them to have no idea who you were — and each time you'd taken an afternoon's leave to be there. That's really disheartening when you're giving your time for free. Did I get that right?", "All facts, feeling, check."),
  ("partial", "You signed up for Tuesdays at the animal shelter and for two weeks they'd never heard of you, even though you took afternoons off work. That's really disheartening. Is that right?", "One minor value wrong: two for three weeks."),
  ("poor", "You signed up for the shelter, it's on Tuesdays, you turned up, they'd never heard of you. Right.", "Near copy of the customer's words, no feeling, no check.")])

add("My daughter did her silver expedition with your award centre in October. Her logbook was handed in on time, but the centre now says it's missing, and without it she can't get her certificate before her college interview in January.",
 [("level", ["silver"]), ("when", ["October"]), ("logbook", ["logbook", "log book"]), ("on_time", ["on time", "handed in", "in time"]),
  ("missing", ["missing", "lost", "can't find"]), ("interview", ["college interview", "January"])],
 [("good", "Your daughter finished her silver expedition with us in October and submitted the logbook on time, but now we're saying we can't find it — and without it there's no certificate ahead of her January college interview. I can imagine how worried you both are. Is that correct?", "All facts, feeling, check."),
  ("partial", "She did the silver expedition in October and handed the logbook in on time, but now it's gone missing so she can't get her certificate. I understand that's worrying. Have I got it right?", "Missing: the January college interview."),
  ("poor", "So she didn't hand in her logbook and now she needs a certificate by October? Is that right?", "Negates 'on time' and wrong date.")])

add("I brought my grandmother's sewing lamp to your repair café last month. The volunteer rewired it, but the first time I switched it on at home it sparked and blew the fuse for the whole kitchen. I'm scared to use it now.",
 [("item", ["lamp", "sewing lamp", "grandmother's"]), ("when", ["last month"]), ("rewired", ["rewired", "new wiring", "rewiring"]),
  ("sparked", ["sparked", "spark", "blew the fuse", "tripped"]), ("kitchen", ["kitchen"])],
 [("good", "You brought in your gran's sewing lamp last month, one of our volunteers redid the wiring, and the very first time you turned it on at home it sparked and tripped the fuse for the kitchen — so now you don't dare use it. That's frightening, and it's a lamp that means a lot to you. Is that right?", "All facts, feeling, check."),
  ("partial", "You had your grandmother's lamp rewired at the café last month and at home it sparked and blew the kitchen fuse. Have I understood that correctly?", "No feeling acknowledged."),
  ("poor", "So the lamp still doesn't work after we fixed it? Is that right?", "Most facts missing; sparking/fuse lost.")])

add("I've got 40 hours banked in your time bank from doing gardening for neighbours. I asked for two hours of help setting up my new laptop and I've been waiting five weeks. Every time I ask, I'm told someone will get back to me.",
 [("banked", ["40 hours", "forty hours"]), ("gardening", ["gardening", "garden"]), ("asked", ["two hours", "2 hours"]), ("laptop", ["laptop", "computer"]),
  ("wait", ["five weeks", "5 weeks"]), ("told", ["get back to me", "someone will call", "told to wait"])],
 [("good", "You've earned forty hours helping neighbours with their gardens, you asked for just a couple of hours' help getting your new laptop going, and five weeks later you're still waiting — with the same 'someone will come back to you' every time you chase. That's really not fair on you. Have I missed anything?", "All facts, feeling, check."),
  ("partial", "You have 40 hours banked from gardening and asked for two hours of laptop help, but you've waited five weeks and keep getting told someone will get back to you. I'm sorry. We've always had more gardeners than IT helpers, though. Is that right?", "Precedent phrase caps at partial."),
  ("poor", "So you owe the time bank 40 hours and need gardening help? Is that right?", "Reverses the balance and swaps what was asked for.")])

add("My son was matched with a mentor in September. They met twice, then the mentor stopped replying, and nobody from your scheme told us. My son thinks it's because of something he did.",
 [("when", ["September"]), ("met", ["twice", "two sessions", "met two times"]), ("stopped", ["stopped replying", "went quiet", "no longer answering"]),
  ("nobody", ["nobody told", "no one told us", "not informed"]), ("blames", ["something he did", "his fault", "blames himself"])],
 [("good", "Your son got his mentor in September, they had two sessions, and then the mentor went silent — and no one from the scheme let you know. Worst of all, he's now blaming himself. That's heartbreaking to watch as a parent. Is that a fair picture?", "All facts, feeling, check."),
  ("partial", "He was matched in September, met twice, then the mentor stopped replying and nobody told you, and he thinks it's his fault. That's hard for him.", "No check question."),
  ("poor", "So your son stopped replying to his mentor after two meetings? Is that right?", "Reverses who stopped replying.")])

add("I bought a course of six scalp treatments at your hair-loss clinic for £900. After three sessions the clinic closed for refurbishment, and now they're saying the remaining three have to be used at the branch in Croydon, which is an hour and a half from me.",
 [("course", ["six", "6 treatments", "six sessions"]), ("price", ["£900", "nine hundred"]), ("done", ["three sessions", "three done", "halfway"]),
  ("closed", ["refurbishment", "closed", "refit"]), ("croydon", ["Croydon"]), ("distance", ["hour and a half", "90 minutes", "an hour and a half"])],
 [("good", "You paid nine hundred pounds for six scalp treatments, had three, and then the clinic shut for a refit — and now you're being told the other half of the course has to be done in Croydon, ninety minutes away from you. That's a lot to ask and I understand your frustration. Did I get that right?", "All facts, feeling, check."),
  ("partial", "You bought six treatments for £900, had three, then the clinic closed for refurbishment and the rest have to be in Croydon, half an hour away. That's frustrating. Is that right?", "One minor value wrong: half an hour for an hour and a half."),
  ("poor", "So you paid £600 for three treatments and want to move to Croydon? Is that right?", "Amount and count wrong, account reversed.")])

add("I booked a weekend yoga retreat for my 50th birthday. When I arrived on Friday night, my single room had been given away and they put me in a dorm with five other women. The price was the same, £480.",
 [("occasion", ["50th", "fiftieth", "birthday"]), ("arrived", ["Friday night", "Friday"]), ("single", ["single room", "own room", "private room"]),
  ("dorm", ["dorm", "dormitory", "five other women", "shared"]), ("price", ["£480", "480", "same price"])],
 [("good", "It was your fiftieth, you'd booked the retreat weekend, and on arriving Friday evening you found your private room had gone to someone else and you were in a dormitory with five other women — all for the same £480. What a disappointing way to mark a big birthday. Is that how it went?", "All facts, feeling, check."),
  ("partial", "You booked the retreat for your 50th, arrived Friday and your single room had gone, so you were in a dorm with five others. Really sorry, that's disappointing. Is that right?", "Missing: the price, same £480."),
  ("poor", "So you wanted a dorm but got a single room and paid extra? Is that right?", "Account reversed.")])
