# English agent replies, written by hand for blind round 2026-12ap.
# (text, category, why)
ROWS = [
    # ---- flagged ----
    # refusal-no-alternative (4): present, past, passive, after name and fact
    ("We won't be dropping your straw off in that yard.", "refusal-no-alternative",
     "Refusal with no way forward (present)."),
    ("We weren't able to fit the hand controls to your car.", "refusal-no-alternative",
     "Refusal with no way forward (past); no alternative offered."),
    ("Sorry, slings sent in by post aren't repaired here.", "refusal-no-alternative",
     "Refusal with no way forward (passive)."),
    ("Mrs Okafor, I've been through it with the fitters and a second battery just can't go on that wall.",
     "refusal-no-alternative", "Refusal after name and fact, nothing offered instead."),
    # dead-end (3)
    ("Your scanning slot on the fourteenth has been cancelled.", "dead-end",
     "Bad news about the customer's own booking with nothing after."),
    ("The lift motor for that recliner isn't made any more.", "dead-end",
     "Bad news with no remedial action or next step."),
    ("Right, the air-tightness result came back as a fail, so that's where things stand.", "dead-end",
     "Bad news delivered with no remedy and no next step."),
    # blame (3)
    ("The topper only broke because your paddock was full of buried flints.", "blame",
     "Blames the customer instead of addressing the issue."),
    ("Morning Mr Hale. The unit's whistling because you've had it on boost all week.", "blame",
     "After a greeting, blames the customer (you-statement)."),
    ("If you'd cleared the ditch line like we asked, the digger wouldn't have got bogged down.", "blame",
     "Blame; the fault is put on the customer."),
    # doubting-customer (3)
    ("I really doubt the bat cracked on its first knock.", "doubting-customer",
     "Doubts the customer's account."),
    ("Thanks for the photos. I'm not convinced the seam split on its own, though.", "doubting-customer",
     "After thanks, suggests the customer is not telling the truth."),
    ("Hmm, was it definitely our driver who left the bales in the lane, or are you guessing?",
     "doubting-customer", "Questions the customer's honesty/accuracy."),
    # brush-off (3)
    ("It's a bit of hum from a turbine. You'll stop hearing it in a week.", "brush-off",
     "Dismisses the complaint; feelings not acknowledged."),
    ("A few twigs on the lane after the hedge cut is hardly the end of the world.", "brush-off",
     "Brush-off: minimises the customer's problem."),
    ("The edges of the screen are a touch blurry, but honestly nobody would notice.", "brush-off",
     "Minimises the problem instead of acting."),
    # false-reassurance (3)
    ("I promise you the battery will never drop below eighty per cent, whatever happens.",
     "false-reassurance", "Promise the agent cannot keep."),
    ("Take it from me, the draught-proofing will halve your heating bill. Guaranteed.",
     "false-reassurance", "Guarantee that cannot be delivered; over-promising."),
    ("Don't worry at all, these shoes will sort your knee out for good.", "false-reassurance",
     "Unkeepable promise about the outcome."),
    # your-call (3)
    ("Medium or large sling, that's your decision to make, not mine.", "your-call",
     "Leaves the customer to decide alone (你自己做决定)."),
    ("It's your roof, so gable or pole is entirely your call. I'll leave you to work it out.",
     "your-call", "Abandons the customer with the decision."),
    ("Laid or just flailed? It's your hedge, sort it out between you and let us know.", "your-call",
     "Your-call abandonment; no guidance given."),
    # precedent (3)
    ("We've always spread on Mondays. That's just how it goes.", "precedent",
     "Cites precedent (我们一直都是这样做的)."),
    ("That's the way this test has been run for fifteen years, so there's nothing to change.",
     "precedent", "Precedent used to refuse."),
    ("Every bat we've ever knocked in has been done by machine, so that's how yours was done.",
     "precedent", "Precedent instead of addressing the customer's concern."),
    # busy (3)
    ("I'm snowed under today.", "busy", "Busy excuse with no time given (我现在很忙)."),
    ("Can't look at your treadmill ticket now, we're flat out.", "busy",
     "Busy excuse, no call-back time."),
    ("Hi Jo, sorry, it's manic here and I haven't got time for this right now.", "busy",
     "After a greeting, a busy excuse with no time."),
    # order (3)
    ("You must send the inverter serial number before we do anything.", "order",
     "Command instead of a request (你必须)."),
    ("Clear the loft hatch and shift the car before eight. The fitter won't hang about.", "order",
     "Bare commands to the customer."),
    ("Return the ball machine fully charged. And put the balls back in the hopper.", "order",
     "Bare command; should be phrased as a request."),
    # impatience (3)
    ("As I've told you three times now, it's ninety pence a ewe.", "impatience",
     "Impatient repetition."),
    ("What, you want the bed up and running by tonight?", "impatience",
     "'You want it right now?' in new words (您马上就要吗)."),
    ("Yes, yes, like I said, the ditch is on the list. Anything else?", "impatience",
     "Impatient 'like I said'; rushes the customer."),
    # policy-shield (3)
    ("It's company policy not to service hoists we didn't install.", "policy-shield",
     "Policy used as a shield, nothing offered."),
    ("Thanks for calling, Mr Dunn. Gait session fees are non-refundable under our rules, end of story.",
     "policy-shield", "Rules as a shield after a polite opener."),
    ("No receipt, no repair. Those are the rules.", "policy-shield",
     "Policy shield at the end."),
    # passing-buck (3)
    ("Grid connection is the network operator's business. You'll have to chase them.", "passing-buck",
     "Passes the buck with no handover."),
    ("The sling's made by another firm, so take it up with them.", "passing-buck",
     "Sends the customer elsewhere with no help or contact."),
    ("Where the hedge line runs is for the council, not us.", "passing-buck",
     "Passes the problem on without a handover."),
    # send-to-manager (3)
    ("You'll need to talk to my manager about a refund.", "send-to-manager",
     "Tells the customer to go to a manager (您需要和经理通话)."),
    ("If you want money back for the late bales, ask for the manager.", "send-to-manager",
     "Customer told to find a manager instead of escalating for them."),
    ("I can't discuss the inverter fault. Get hold of the site manager on Monday.", "send-to-manager",
     "Refuses and sends the customer to a manager."),
    # hostile-question (3)
    ("Why on earth would you run a treadmill that long without lubricating the belt?",
     "hostile-question", "Confrontational question hunting for the customer's fault."),
    ("What did you expect, putting a wetsuit in a tumble dryer?", "hostile-question",
     "Confrontational question."),
    ("Did you even read the weight limit on the bed?", "hostile-question",
     "Hostile question; attacks the customer."),
    # false-reaction (3)
    ("Got it, got it. So it's the screen. Right.", "false-reaction",
     "False reaction: 'got it' cuts the customer off."),
    ("Honestly, this lot never get a delivery right, I'm not surprised.", "false-reaction",
     "Runs the company down (您是对的——真讨厌)."),
    ("OK, OK, I understand, no need to go on. The turbine's noisy.", "false-reaction",
     "'I understand' before the customer finishes."),
    # nine-forbidden (3)
    ("No idea, sorry.", "nine-forbidden", "'I don't know' with nothing after (九不准)."),
    ("That's not my department, mate.", "nine-forbidden", "'That's not my job' in new words."),
    ("Settle down, please. Shouting won't fix the hoist.", "nine-forbidden",
     "'Calm down' in new words."),
    # taboo (3)
    ("You've got muddled, the test was booked for Tuesday.", "taboo",
     "'You must be confused' (服务的禁言)."),
    ("We accept no responsibility for bales left out in the rain.", "taboo",
     "'We're not responsible' (我们可不负责)."),
    ("You don't seem to get how a heat-recovery unit works.", "taboo",
     "'You don't seem to understand'."),

    # ---- clean ----
    # clean-refusal-alternative (4)
    ("We can't carry bales up into the loft, but we can stack them on pallets under your lean-to, or send a "
     "second driver to carry them up for £25. Which would suit you?", "clean-refusal-alternative",
     "Refusal with concrete alternatives and a choice."),
    ("What I can do is lend you a standard recliner while the new motor is on order.",
     "clean-refusal-alternative", "'What I can do is…' (九准) with an alternative."),
    ("The scanner's fully booked on the fourteenth; I can offer the sixteenth in the morning or a late slot on "
     "the nineteenth.", "clean-refusal-alternative", "Bad news with two alternatives."),
    ("Our fitter can't put hand controls on a manual gearbox, but Drive Ability in Leeds can, and I can send "
     "them your details today if you'd like.", "clean-refusal-alternative",
     "Refusal plus an alternative and an offer to hand over."),
    # clean-recommendation (3)
    ("You should try the padded sling for transfers from the bed; it's much kinder on the shoulders.",
     "clean-recommendation", "Recommendation, not a command."),
    ("I'd go for a pole-mounted turbine rather than the gable, it's far quieter indoors.",
     "clean-recommendation", "Advice offered to help the customer choose."),
    ("You should give the bat a light coat of oil before the first net; it'll last longer.",
     "clean-recommendation", "'You should try…' as a tip."),
    # clean-requirement-info (3)
    ("All ceiling hoists have to be inspected every six months under the lifting regulations; yours is due "
     "in March and we'll book it for you.", "clean-requirement-info",
     "Requirement stated as information, with action."),
    ("For every air-tightness test the windows and trickle vents must be shut, so we'll go round them with "
     "you at the start.", "clean-requirement-info", "Requirement for everyone, stated as information."),
    ("The muck spreader needs a gateway at least three metres wide to get into a field.",
     "clean-requirement-info", "Technical requirement as information."),
    # clean-question-obligation (3)
    ("Do you need the straw before lambing starts?", "clean-question-obligation",
     "'Need' inside a question."),
    ("Should you need the ball machine for longer, just let us know by Friday.",
     "clean-question-obligation", "'Should you need' conditional."),
    ("Will you need us to take the old bed away as well?", "clean-question-obligation",
     "Obligation word inside an offer question."),
    # clean-empathy (3)
    ("You're quite right, three weeks is far too long without a working hoist. I've booked an engineer for "
     "ten tomorrow.", "clean-empathy", "Affirms the customer then acts (您说的很对)."),
    ("I can hear how worried you are with lambing so close. I'm moving your scan up to Thursday morning.",
     "clean-empathy", "Acknowledges feeling, then action."),
    ("That sounds really frustrating after what you paid for the battery. I'm pulling the inverter logs now "
     "to see what's gone on.", "clean-empathy", "Empathy followed by action."),
    # clean-apology-action (3)
    ("I'm sorry, I didn't explain the call-out fee clearly. I'll take it off the invoice.",
     "clean-apology-action", "Model fix 'I didn't explain clearly' plus action."),
    ("Sorry the bales arrived damp. We'll swap all twenty for dry ones on Thursday.",
     "clean-apology-action", "Apology with remedy."),
    ("Apologies for the missed visit; the engineer can fit your last two infrared panels at eight tomorrow, and there's "
     "no charge.",
     "clean-apology-action", "Apology with remedial action."),
    # clean-not-sure-callback (3)
    ("I'm not sure whether the magnifier warranty covers the arm; I'll check with Hannah in repairs and call "
     "you back before four.", "clean-not-sure-callback", "Not sure + named contact + time."),
    ("I don't know offhand what size pipe went in the ditch. Tom was on that job, so I'll ask him and ring "
     "you tomorrow morning.", "clean-not-sure-callback",
     "'Don't know offhand' with a named colleague and call-back."),
    ("Not sure about the grid paperwork myself, but Femi, our compliance lead, will know. He's on "
     "01632 960412 until five.", "clean-not-sure-callback",
     "Approved rewrite of 'I don't know': names who can help."),
    # clean-transfer (2)
    ("Hand controls are Dev's area. May I put you through? I'll tell him it's about your Golf so you don't "
     "have to start again.", "clean-transfer", "Reason, permission, handover of details."),
    ("Laura, our communication-aid specialist, can sort the vocabulary pages. Do you mind if I transfer you? "
     "I'll stay on until she picks up.", "clean-transfer", "Proper transfer with permission."),
    # clean-hold (2)
    ("May I put you on hold for two minutes while I check where the delivery lorry is?", "clean-hold",
     "Hold with reason, permission and time."),
    ("Would you mind holding for about a minute? I'll pull up the last service report on your hoist.",
     "clean-hold", "Hold with permission, time and reason."),
    # clean-wont-wait (2)
    ("We won't leave you waiting on the day; the fitter texts when he's thirty minutes out.",
     "clean-wont-wait", "'We won't keep you waiting' as a promise."),
    ("We never pass your address to the turbine manufacturer.", "clean-wont-wait",
     "'We never…' as a protection promise."),
    # clean-factual-no (3)
    ("No, the air-tightness test doesn't need anyone to leave the house.", "clean-factual-no",
     "'No' answering a yes/no question with the fact."),
    ("Nope, the ball machine runs off its own battery, no socket needed.", "clean-factual-no",
     "'Nope' answering a question with the fact."),
    ("No, the treadmill warranty runs two years, so yours is still covered.", "clean-factual-no",
     "'No' with a helpful fact."),
    # clean-quoted (2)
    ("Our driver told you \"that's not my job\" when you asked about stacking, and he shouldn't have. I'm "
     "sending him back tomorrow to stack them properly.", "clean-quoted",
     "Quotes a colleague's words, then acts."),
    ("You said the voice on the device sounds \"useless\"; let me switch it to a different voice with you "
     "now.", "clean-quoted", "Quotes the customer, then acts."),
    # clean-manager-brought (2)
    ("I've asked our operations manager, Claire, to ring you by noon today about the cracked panel.",
     "clean-manager-brought", "Escalation on the customer's behalf with a time."),
    ("My manager is just here; I'll bring her to the phone now.", "clean-manager-brought",
     "Manager brought to the customer."),
    # clean-thats-fine (2)
    ("That's fine, I'll move your delivery to Saturday and text you the time.", "clean-thats-fine",
     "'That's fine' with action."),
    ("That's absolutely fine, we'll take the shoes back and redo the gait video next week.",
     "clean-thats-fine", "'That's fine' with action."),
    # clean-ordinary (18)
    ("Good morning, Hollins Hay and Straw, Beth speaking. How can I help?", "clean-ordinary",
     "Greeting with company, name, offer to help."),
    ("Your twenty small bales of barley straw are booked for Thursday.", "clean-ordinary",
     "Plain confirmation."),
    ("The hedge layer will start at the north end, by the road.", "clean-ordinary", "Plain fact."),
    ("Scanning is ninety pence a ewe, with a forty-pound minimum.", "clean-ordinary", "Plain fact."),
    ("Topping and harrowing both paddocks comes to £145.", "clean-ordinary", "Plain fact."),
    ("The spreader will be with you between nine and eleven.", "clean-ordinary", "Plain fact with time."),
    ("The recliner comes in four colours: grey, oat, sage and navy.", "clean-ordinary", "Information."),
    ("Thanks for calling, and have a good weekend.", "clean-ordinary", "Closing."),
    ("The profiling bed will be delivered and set up on Wednesday afternoon.", "clean-ordinary",
     "Confirmation."),
    ("Your new magnifier has a 24-inch screen and can read the page aloud.", "clean-ordinary",
     "Information."),
    ("The bat's been knocked in and it's ready to collect on Saturday.", "clean-ordinary",
     "Plain update."),
    ("Your engineer is Aaron and he'll be there between one and three.", "clean-ordinary",
     "Name and time given."),
    ("The backboard on that hoop is 120 centimetres wide.", "clean-ordinary", "Plain fact."),
    ("Your gait video should be in your inbox now.", "clean-ordinary", "Plain update."),
    ("The wetsuit's mended and the seam's been taped on the inside.", "clean-ordinary", "Plain update."),
    ("It's a ten-kilowatt-hour battery and it'll go in the garage.", "clean-ordinary", "Plain fact."),
    ("Is there anything else I can help you with today?", "clean-ordinary", "Closing question."),
    ("The filters are changed; the next change is due in six months.", "clean-ordinary",
     "Confirmation."),
]
