# English agent replies, written by hand for blind round 2026-12aq.
# (text, category, why) — flag is derived from the category in build.py.
ROWS = [
    # ---- flagged ----
    # refusal-no-alternative (4)
    ("Sorry, we weren't able to squeeze another child into Saturday's tumbling group.", "refusal-no-alternative", "Past-tense refusal with no other group, date or waiting list offered."),
    ("Shades wider than sixty centimetres aren't something we make.", "refusal-no-alternative", "Present refusal, no alternative or way forward."),
    ("Thanks for holding, Mrs Dunn. Your refund for the unused felting kit has been declined.", "refusal-no-alternative", "Passive refusal after a polite opener; nothing offered instead."),
    ("We can't take a group of nine on the gorge walk. That's it, I'm afraid.", "refusal-no-alternative", "Flat refusal closed off with no alternative (split group, other date)."),
    # dead-end (3)
    ("The willow for your basket course arrived mouldy, so Sunday's session is off.", "dead-end", "Bad news about the customer's booking with no remedy, new date or refund mentioned."),
    ("Just to let you know, the grey pair booked for Friday's funeral won't be available — one of them has gone lame.", "dead-end", "Bad news about the customer's own case with nothing after it."),
    ("Your picture-book box came back to us marked 'addressee unknown'.", "dead-end", "Tells the problem, offers no next step."),
    # blame (3)
    ("The pattern came out tiny because you ticked A4 instead of A0 on the order form.", "blame", "Blames the customer instead of addressing the issue (对事不对人)."),
    ("He wobbled into the cones because he wasn't listening to Dan, simple as that.", "blame", "Puts the fault on the child; no understanding, no action."),
    ("Hi, thanks for waiting. The resin stayed tacky because you poured it in a freezing garage.", "blame", "Blame after a polite opener; 'you' instead of 'I'."),
    # doubting-customer (3)
    ("Are you sure you actually posted the outfits back? There's nothing logged here.", "doubting-customer", "Questions the customer's honesty."),
    ("I find it hard to believe the bear left us with a split seam — every one gets checked.", "doubting-customer", "Doubts the customer's account."),
    ("You say the doula never turned up on Tuesday, but her notes show a visit, so I'm not sure that's right.", "doubting-customer", "Implies the bereaved customer is wrong or lying."),
    # brush-off (3)
    ("It's a hairline gap in the grout, honestly nobody's going to notice.", "brush-off", "Dismisses the complaint instead of taking it seriously."),
    ("A couple of splinters from the willow? It's hardly the end of the world.", "brush-off", "Belittles the customer's problem."),
    ("So the wrong song plays over the middle bit — people at the service won't even clock it.", "brush-off", "Dismisses a grieving family's concern."),
    # false-reassurance (3)
    ("Don't worry, I guarantee the sea will be flat on Saturday, no way we'll cancel.", "false-reassurance", "Promises weather the agent can't control."),
    ("Hand on heart, your dad will be home in Dublin by Thursday — these never get held up.", "false-reassurance", "Promises a repatriation date that depends on authorities; can't be kept."),
    ("She'll definitely be doing back handsprings by the end of term, I can promise you that.", "false-reassurance", "Over-promises a result; under-promise, over-deliver."),
    # your-call (3)
    ("Whether you go out in this swell is your business, decide for yourselves.", "your-call", "Abandons the customer to decide alone (这是你的事,你自己做决定)."),
    ("Which photos go in the video? That's up to you lot, just send whatever.", "your-call", "No help or guidance offered; leaves the family to it."),
    ("If you can't work out which size teepee you need, you'll have to figure that out yourself.", "your-call", "Refuses to help the customer choose."),
    # precedent (3)
    ("We've run the gorge walk this way for fifteen years, so we're not changing it now.", "precedent", "Precedent as the reason (我们一直都是这样做的)."),
    ("Pattern files have always gone out on plain bond paper here. That's just how it's done.", "precedent", "Cites habit instead of looking at the request."),
    ("Every family before you has been fine with the standard lining; it's always been that way.", "precedent", "Precedent used to dismiss a request."),
    # busy (3)
    ("Can't talk now, I'm flat out with the half-term party bookings.", "busy", "Busy excuse with no time to come back (我现在很忙)."),
    ("Sorry, I'm really snowed under at the moment.", "busy", "Bare busy excuse, no call-back offered."),
    ("Mrs Patel? Look, I've got a whole class waiting on the mat, I can't deal with this now.", "busy", "Busy excuse after the name; no time or follow-up."),
    # order (3)
    ("Resend the file. PDF only.", "order", "Bare command instead of a request (避免下命令)."),
    ("Bring his bike in with the saddle lowered. And a helmet this time.", "order", "Commands, with a jab."),
    ("Thanks for the photos. Now fill in the consent form again, all of it.", "order", "Command after a polite opener."),
    # impatience (3)
    ("Like I've said twice already, the course starts at nine.", "impatience", "Impatient repetition."),
    ("You want the memory bear finished by tonight? Seriously?", "impatience", "'You want it right now?' in new words (您马上就要吗)."),
    ("As I've already explained, the minimum age is twelve.", "impatience", "Impatient 'as I said' at the customer."),
    # policy-shield (3)
    ("Rules are rules — missed open-water sessions aren't refunded.", "policy-shield", "Policy as a shield, no reason or alternative."),
    ("Our terms say one date change per booking, and that's the rule.", "policy-shield", "Hides behind the terms (这是我们公司的规定)."),
    ("I'm sorry, but our procedures simply don't allow that.", "policy-shield", "Procedure as the whole answer."),
    # passing-buck (3)
    ("Coffin delivery is the funeral director's department, not ours — give them a ring.", "passing-buck", "Passes the problem on with no handover (那不是我的工作)."),
    ("Lost kit on the canyoning trip? That's between you and the guide, not the office.", "passing-buck", "Pushes responsibility elsewhere."),
    ("The editing's done by a freelancer, so you'll need to chase her yourself.", "passing-buck", "Leaves the customer to chase a third party."),
    # send-to-manager (3)
    ("If you want money off, you'll have to speak to my manager.", "send-to-manager", "Sends the customer to a manager instead of escalating for them."),
    ("I can't help with that one — ask for Sarah next time, she's the boss.", "send-to-manager", "Tells the customer to find a manager."),
    ("For complaints about instructors you'll need to ring the centre manager yourself.", "send-to-manager", "Customer told to go to the manager themselves."),
    # hostile-question (3)
    ("Why didn't you read the kit list before you came?", "hostile-question", "Confrontational question hunting for the customer's fault."),
    ("What did you think would happen if you mixed resin in a plastic cup?", "hostile-question", "Hostile rhetorical question."),
    ("Didn't you look at the river levels before you booked?", "hostile-question", "Accusing question."),
    # false-reaction (3)
    ("Yep, got it, got it, I know exactly what you mean —", "false-reaction", "False reaction cutting the customer off (好!我知道了)."),
    ("Honestly, this place is a shambles, I'm not surprised they lost it.", "false-reaction", "Runs the company down (您是对的——真讨厌)."),
    ("Mm-hm, I understand, I understand — can we move on?", "false-reaction", "Signals 'stop talking'."),
    # nine-forbidden (3)
    ("Haven't a clue, to be honest.", "nine-forbidden", "'I don't know' with nothing after."),
    ("Not a chance.", "nine-forbidden", "'No!' in new words."),
    ("Settle down, Mr Hughes, it's only a lampshade.", "nine-forbidden", "'Calm down' in new words."),
    # taboo (3)
    ("You must be mixing us up with another centre.", "taboo", "'You must be confused' (你肯定弄混了)."),
    ("Nobody's ever complained about the teepees before.", "taboo", "'Nobody has ever complained before'."),
    ("You don't seem to get it — the deposit covers the instructor, not the boat.", "taboo", "'You don't seem to understand'."),

    # ---- clean ----
    # clean-ordinary (18)
    ("Good morning, Willow and Weave, this is Ruth speaking. How can I help?", "clean-ordinary", "Standard greeting."),
    ("Your felting workshop is booked for Saturday the 14th, ten till one.", "clean-ordinary", "Plain confirmation."),
    ("The lampshade kit comes with the frame rings, the panel and double-sided tape.", "clean-ordinary", "Plain product information."),
    ("We print A0 patterns on 80-gram paper and roll them in a tube.", "clean-ordinary", "Plain fact."),
    ("The mosaic tiles are all frost-proof, so the house number will be fine outside.", "clean-ordinary", "Plain fact."),
    ("Your resin coaster class has four people booked so far, including you.", "clean-ordinary", "Plain fact."),
    ("Leo's gymnastics badge certificate is ready to collect from reception.", "clean-ordinary", "Plain information."),
    ("We'll arrive at four to set up the teepees and collect them at eleven the next morning.", "clean-ordinary", "Plain arrangement."),
    ("May's box has three picture books and a sticker sheet; it ships on the 2nd.", "clean-ordinary", "Plain fact."),
    ("Thanks for calling, Mr Grant. Have a lovely weekend.", "clean-ordinary", "Polite closing."),
    ("The casting gel takes about two minutes to set, so we'll do one foot at a time.", "clean-ordinary", "Plain explanation."),
    ("The party dresses in age 5–6 are on the second page of the rental list.", "clean-ordinary", "Plain information."),
    ("The carriage will arrive at the house at ten past one, drawn by two black horses.", "clean-ordinary", "Plain confirmation."),
    ("The paperwork from the consulate arrived this morning; I've put a copy in the post to you.", "clean-ordinary", "Plain update."),
    ("The wicker coffin is woven from Somerset willow and takes about a week to make.", "clean-ordinary", "Plain fact."),
    ("Meet at the harbour slipway at half nine; wetsuits and helmets are provided.", "clean-ordinary", "Plain arrangement."),
    ("Your level 2 powerboat certificate will be emailed within five working days.", "clean-ordinary", "Plain fact."),
    ("Lovely, that's you all sorted for the bushcraft weekend. See you on the 20th!", "clean-ordinary", "Friendly closing."),
    # clean-refusal-alternative (4)
    ("We can't fit Amir into Saturday's group, but there are two places on Sunday at ten — shall I hold one?", "clean-refusal-alternative", "Refusal with a concrete alternative."),
    ("Shades over sixty centimetres are beyond our frames; what I can do is join two panels for a drum shade up to eighty.", "clean-refusal-alternative", "'What I can do is…' with a concrete option."),
    ("The swim on the 9th has been called off for the storm; I can move you to the 16th or refund you in full — which would suit?", "clean-refusal-alternative", "Bad news with a remedy and a choice."),
    ("The wicker coffin won't be ready by Monday, but we have a bamboo one in stock in the same shade — I can send photos now.", "clean-refusal-alternative", "Refusal with an alternative the family can choose."),
    # clean-recommendation (3)
    ("You should try the thicker 3 mm willow for the base; it holds its shape much better.", "clean-recommendation", "'You should try' as a recommendation, not an order."),
    ("You ought to bring an old fleece for the evening around the fire — it gets chilly in the woods.", "clean-recommendation", "Helpful advice."),
    ("For a first video, I'd go with ten to fifteen photos; it keeps the pace gentle.", "clean-recommendation", "Recommendation with reason."),
    # clean-requirement-info (3)
    ("Everyone on the coasteering trip needs to be able to swim fifty metres; we check on the day in the harbour.", "clean-requirement-info", "Requirement stated as information for all."),
    ("All children must wear a helmet on the cycling course — we've got loan ones in every size.", "clean-requirement-info", "Rule for everyone, with help offered."),
    ("Participants have to be sixteen or over for the swiftwater rescue course; that's set by the awarding body.", "clean-requirement-info", "Requirement as neutral information."),
    # clean-question-obligation (3)
    ("Do you need a child's wetsuit as well, or just the adult ones?", "clean-question-obligation", "'Need' inside a question."),
    ("If you need to change the date, just drop us an email and we'll sort it.", "clean-question-obligation", "Obligation word in a condition."),
    ("Should you have to cancel, is a phone number the best way to reach you?", "clean-question-obligation", "'Have to' inside a conditional question."),
    # clean-empathy (3)
    ("You have a point — the tiles should have been sorted by colour. I'll repack them and send them out tomorrow.", "clean-empathy", "Affirmation followed by action."),
    ("I can hear how upsetting this is, with the funeral so close. I'm ringing the consulate now and I'll call you back by three.", "clean-empathy", "Acknowledges feeling, then action with time."),
    ("You're quite right that the bear's ear was stitched on crooked. I'll have Mel redo it this week at no charge.", "clean-empathy", "Agreement plus remedy."),
    # clean-apology-action (3)
    ("Sorry, I didn't explain the drying time clearly. The resin needs 48 hours; I'll email you the full care sheet now.", "clean-apology-action", "The model fix 'I didn't explain clearly' plus action."),
    ("I'm sorry the box was late. I've refunded this month's postage and sent a tracking link.", "clean-apology-action", "Apology with concrete remedy."),
    ("Apologies, the printer jammed halfway through your order. The reprint is running now and will go out tonight.", "clean-apology-action", "Apology with action and time."),
    # clean-not-sure-callback (3)
    ("I'm not sure whether the consulate accepts a scanned death certificate; I'll check with Hana and call you back by 4.", "clean-not-sure-callback", "Not sure + named contact + call-back time."),
    ("I don't know offhand if the gorge is open in March — Jake runs the schedules, he's on 01874 220 315.", "clean-not-sure-callback", "Approved rewrite of 'I don't know' with a named contact."),
    ("Good question, I'm not certain. Let me ask the kiln-dried willow supplier and email you before Friday.", "clean-not-sure-callback", "Not sure + follow-up with a time."),
    # clean-transfer (2)
    ("Ms Ortiz, Anna looks after coffin linings, so she's the right person. Would you mind if I put you through? I'll let her know what you've told me.", "clean-transfer", "Proper transfer: reason, permission, handover."),
    ("This is one for our chief instructor, Owen. Is it OK if I transfer you? I'll stay on until he picks up.", "clean-transfer", "Transfer with permission and handover."),
    # clean-hold (2)
    ("I need to check the tide table for that date — could I put you on hold for about two minutes?", "clean-hold", "Hold with reason, permission and time."),
    ("Let me look up your rental order in the system; is it all right if I pop you on hold for a minute?", "clean-hold", "Proper hold."),
    # clean-wont-wait (2)
    ("We won't keep you waiting on the day — the carriage will be outside ten minutes early.", "clean-wont-wait", "'We won't' as a reassurance, not a refusal."),
    ("We never share families' addresses with anyone outside the workshop.", "clean-wont-wait", "'We never' as a protection promise."),
    # clean-factual-no (3)
    ("Nope, lunch isn't included, but there's a café right by the car park.", "clean-factual-no", "'Nope' answering a yes/no question with the fact."),
    ("No, the teepees are indoor-only; they're not waterproof.", "clean-factual-no", "'No' answering a question with a fact."),
    ("No, you don't need your own boat — we supply the RIBs for the whole course.", "clean-factual-no", "Factual no."),
    # clean-quoted (2)
    ("Your son said the coach told him 'that's not my job' when he asked for help. I'm sorry; I've spoken to the coach and she'll go through the routine with him on Thursday.", "clean-quoted", "Quoted forbidden words followed by apology and action."),
    ("You mentioned the driver said 'nobody's ever complained before'. That shouldn't have been said — I've passed it on and I'm refunding the extra mileage today.", "clean-quoted", "Quoted taboo words, then action."),
    # clean-manager-brought (2)
    ("I've asked our manager, Priya, to come over — she'll be with us in two minutes.", "clean-manager-brought", "Manager brought to the customer."),
    ("I've escalated this to our operations manager and she'll ring you before noon tomorrow.", "clean-manager-brought", "Escalation on the customer's behalf, with a time."),
    # clean-thats-fine (2)
    ("That's fine — I'll move you to the 2 pm slot and update your confirmation.", "clean-thats-fine", "'That's fine' with action."),
    ("That's absolutely fine, we can swap the blue romper for the green one; I'll post it today.", "clean-thats-fine", "Agreement with action."),
]
