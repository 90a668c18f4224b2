# English agent replies, written by hand for blind round 2026-12at.
# (text, category, why) -- flag is derived from the category in build.py.
ROWS = [
    # ---- refusal-no-alternative (4)
    ("We aren't able to resilver mirrors made before about 1850; the old backing just crumbles.", "refusal-no-alternative", "Refusal (present) with a reason but no way forward."),
    ("Thanks for the photos, Mrs Okafor. Sadly a curved hearth like that isn't something our workshop can cut.", "refusal-no-alternative", "Polite opener, then a refusal with no alternative."),
    ("Your request for a Saturday interpreter at the registry office has been declined.", "refusal-no-alternative", "Passive refusal, nothing offered instead."),
    ("We weren't able to take on the reel-to-reel tapes you posted in.", "refusal-no-alternative", "Past-tense refusal with no next step."),
    # ---- dead-end (3)
    ("Your liner was cut to the wrong depth at the factory, so it won't fit the pool.", "dead-end", "Bad news about the customer's own order and nothing after it."),
    ("Hello Mr Brandt, about your floppy disks: the files on all six are unreadable.", "dead-end", "Bad news delivered after a greeting, no remedy or next step."),
    ("Just checked the diary. The escort interpreter you booked for Osaka has pulled out.", "dead-end", "Bad news about the booking with no remedial action."),
    # ---- blame (3)
    ("The splashback doesn't fit because you gave us the wrong measurements.", "blame", "Blames the customer (address the issue, not the person)."),
    ("If you'd dried the cover before folding it away, it wouldn't have gone mouldy.", "blame", "Blames the customer instead of solving the problem."),
    ("Good morning. The sauna heater tripped because your electrician wired it to the wrong breaker, simple as that.", "blame", "Shifts blame onto the customer's side after a greeting."),
    # ---- doubting-customer (3)
    ("I find it hard to believe the chrome started peeling after a single wash.", "doubting-customer", "Doubts the customer's account."),
    ("Thanks for calling. With respect, I doubt our interpreter said anything like that.", "doubting-customer", "Polite opener, then disbelief of the customer."),
    ("You've got us confused with another firm, we never had forty-two albums from you.", "doubting-customer", "Tells the customer they are confused and denies flatly."),
    # ---- brush-off (3)
    ("It's a hairline scratch on the back of the glass. Nobody will ever spot it.", "brush-off", "Dismisses the complaint instead of acknowledging it."),
    ("Honestly, a few crackly seconds on a ninety-minute tape isn't worth the fuss.", "brush-off", "Belittles the customer's concern."),
    ("Hi Dev, saw your email about the pump noise. Hot tubs hum. I wouldn't lose sleep over it.", "brush-off", "Brush-off at the end of a friendly opener."),
    # ---- false-reassurance (3)
    ("I can personally guarantee your grandmother's voice will come off that tape crystal clear, every word.", "false-reassurance", "Promises a result on a damaged tape that cannot be guaranteed."),
    ("Don't worry, the interpreter will get every medical term right, a hundred percent, I promise.", "false-reassurance", "Promise the agent cannot keep."),
    ("Those radiators will never leak again as long as you live, you have my word.", "false-reassurance", "Over-promise; under-promise and over-deliver instead."),
    # ---- your-call (3)
    ("Whether you risk resilvering the Victorian mirror is up to you. I'd rather not get involved.", "your-call", "Abandons the customer to decide alone (这是你的事,你自己做决定)."),
    ("Look, pay for the rush transfer or don't. Your money, your call.", "your-call", "Leaves the decision with the customer, no help given."),
    ("Which tapes go first? Sort that out between yourselves and let us know.", "your-call", "Hands the decision back without any guidance."),
    # ---- precedent (3)
    ("We've always fixed balustrade glass with clamps and we're not about to change that.", "precedent", "Cites 'we've always done it this way'."),
    ("Every cover we've made in twelve years has had the straps on that side.", "precedent", "Precedent used to refuse the customer's request."),
    ("Phone interpreting has always been charged per started minute here. That's how it is.", "precedent", "Precedent as the only justification."),
    # ---- busy (3)
    ("Sorry, I'm up to my eyes in quotes today.", "busy", "Busy excuse with no time to return."),
    ("Can't look at your catalogue file right now, we're completely swamped.", "busy", "Busy excuse, no call-back offered."),
    ("Mrs Lin, I'll have to stop you there, the phones are mad this morning and I haven't got time for this.", "busy", "Interrupts the customer with 'no time' (我现在很忙)."),
    # ---- impatience (3)
    ("As I've already told you twice, scanning takes three weeks.", "impatience", "Impatient repetition."),
    ("Yes, yes, the tape squeaks, I heard you the first time.", "impatience", "Impatient cut-off of the customer."),
    ("You want the whole archive catalogued by tomorrow morning?", "impatience", "Incredulous 'you want it right now?' (您马上就要吗)."),
    # ---- order (3)
    ("Empty the tub before Thursday.", "order", "Bare command."),
    ("Put the floppies in a padded envelope and post them. And don't ring before Monday.", "order", "Commands instead of requests."),
    ("Thanks for the message. Stop topping the plunge tub up with tap water and follow the manual.", "order", "Command after a polite opener."),
    # ---- policy-shield (3)
    ("Company policy: no refunds on cut glass, full stop.", "policy-shield", "Hides behind policy with no alternative."),
    ("I hear you, but rules are rules: our interpreters don't go into the consulting room.", "policy-shield", "Rule as a shield, nothing offered."),
    ("It's in our terms and conditions, so there's nothing I can do.", "policy-shield", "Policy as a shield plus 'nothing I can do'."),
    # ---- passing-buck (3)
    ("That's the installers' problem, not ours. Take it up with them.", "passing-buck", "Passes the problem on with no handover."),
    ("Scanning's a different team. Try ringing the workshop, they might know.", "passing-buck", "Sends the customer elsewhere with no name or handover."),
    ("The booking app belongs to some other company, go and bother them about it.", "passing-buck", "Passing the buck, no responsibility taken."),
    # ---- send-to-manager (3)
    ("If you're not happy with the quote, you'll have to speak to my manager.", "send-to-manager", "Tells the customer to go to the manager (您需要和经理通话)."),
    ("You need to take that up with the owner. She's in on Tuesdays.", "send-to-manager", "Sends the customer to find the owner instead of escalating."),
    ("Thanks, Mr Abara. I can't help with the refund; ask for the supervisor when you come in.", "send-to-manager", "Pushes escalation onto the customer."),
    # ---- hostile-question (3)
    ("Why didn't you read the care sheet before filling it?", "hostile-question", "Confrontational question hunting for the customer's fault."),
    ("What exactly do you expect us to do with a tape that's forty years old?", "hostile-question", "Hostile rhetorical question."),
    ("Did you even look at the pool before calling us out?", "hostile-question", "Confrontational question."),
    # ---- false-reaction (3)
    ("Yep, yep, understood, say no more.", "false-reaction", "False reaction cutting the customer off."),
    ("Right, I know, I know. Next?", "false-reaction", "Signals 'stop talking' before the customer has finished."),
    ("Ugh, you're right, our booking system is a joke, everyone moans about it.", "false-reaction", "Agrees by running the company down (您是对的——真讨厌)."),
    # ---- nine-forbidden (3)
    ("Haven't the foggiest.", "nine-forbidden", "'I don't know' with nothing after it."),
    ("Settle down, would you, and let me talk.", "nine-forbidden", "'Calm down' in other words."),
    ("Don't look at me, that wasn't my doing.", "nine-forbidden", "'That's not my fault'."),
    # ---- taboo (3)
    ("You don't seem to get how resilvering works.", "taboo", "'You don't seem to understand'."),
    ("Once the cover is fitted we take no responsibility for water damage.", "taboo", "'We're not responsible' (我们可不负责)."),
    ("Nobody's ever complained about our interpreters before.", "taboo", "'Nobody has ever complained before'."),

    # ---- clean-refusal-alternative (4)
    ("We can't cut a three-metre splashback in one piece, but we can make it in two panels with a polished joint behind the hob. Shall I price that?", "clean-refusal-alternative", "Refusal with a concrete alternative."),
    ("She isn't free on the 14th. What I can do is book her for the 15th, or find another Polish interpreter for the 14th.", "clean-refusal-alternative", "'What I can do is...' with two options."),
    ("We don't repair damaged reel-to-reels in-house, but a specialist in Leeds bakes and mends tapes, and I can send yours there for you.", "clean-refusal-alternative", "Refusal with another route, agent takes action."),
    ("That radiator section is cracked beyond repair. I can look for a matching Victorian section in our salvage yard this week if you'd like.", "clean-refusal-alternative", "Bad news with remedial action offered."),
    # ---- clean-recommendation (3)
    ("You should try a light frosted finish on the balustrade; it hides fingerprints really well.", "clean-recommendation", "'You should try' as advice, not a command."),
    ("If the water's cloudy, you should check the alkalinity first. It's usually the culprit.", "clean-recommendation", "Recommendation."),
    ("For a ceremony that long you should really think about two interpreters; they swap every half hour.", "clean-recommendation", "Advice in the customer's interest."),
    # ---- clean-requirement-info (3)
    ("All pools have to be drained to below the skimmer before the liner fitters arrive.", "clean-requirement-info", "Requirement stated as information for everyone."),
    ("Every medical interpreting booking must include the clinic address and the appointment time.", "clean-requirement-info", "General booking requirement, not an order."),
    ("Saunas over 6 kW need their own 32-amp circuit; that applies to every installation.", "clean-requirement-info", "Technical requirement as information."),
    # ---- clean-question-obligation (3)
    ("Do you need the translator for both weeks, or just the first?", "clean-question-obligation", "'Need' inside a question."),
    ("Should you need to move the date, just ring us the day before.", "clean-question-obligation", "Obligation word inside a condition."),
    ("Would you have to be home for the leak test, or could we collect a key?", "clean-question-obligation", "'Have to' inside a question."),
    # ---- clean-empathy (3)
    ("You're right to be annoyed, the wedding album should have been scanned last week. I'm moving it to the front of the queue today.", "clean-empathy", "Affirmation followed by action."),
    ("I can hear how worrying this is with the appointment on Monday. Let me confirm the Farsi interpreter now and text you her name.", "clean-empathy", "Acknowledges feeling, then acts."),
    ("That makes complete sense, Mr Hale. I'll ask the mason to come back and reseal the hearth joint on Thursday.", "clean-empathy", "Affirmation plus a dated action."),
    # ---- clean-apology-action (3)
    ("Sorry, I didn't explain the drying time clearly: the cover needs 48 hours in the sun. I'll email you the care card now.", "clean-apology-action", "The model fix 'I didn't explain clearly', with action."),
    ("I'm sorry the chrome came back pitted. We'll redo the taps free of charge and have them back to you in ten days.", "clean-apology-action", "Apology with remedy and time."),
    ("Apologies for the mix-up with your cassettes. I've relabelled all twelve and will send the corrected list by five.", "clean-apology-action", "Apology with action."),
    # ---- clean-not-sure-callback (3)
    ("I'm not sure we can play 78s at the right speed here. I'll check with Tom in the studio and ring you back by three.", "clean-not-sure-callback", "'Not sure' with a named contact and a call-back time."),
    ("I don't know offhand if the device handles Tigrinya, but I'll find out and email you within the hour.", "clean-not-sure-callback", "'Don't know offhand' with a time."),
    ("I'm not certain about the glass thickness for that span. Our engineer, Priya, will know, and she'll call you this afternoon.", "clean-not-sure-callback", "Approved rewrite: named person who can help."),
    # ---- clean-transfer (2)
    ("That's a billing question for your phone interpreting plan. Would you mind if I put you through to Jess in accounts? I'll tell her your name and what it's about.", "clean-transfer", "Reason, permission, handover."),
    ("Rhys, our mason, handles hearth quotes. Is it all right if I transfer you? I'll stay on the line until he picks up.", "clean-transfer", "Proper transfer."),
    # ---- clean-hold (2)
    ("I need to pull up your order in the scanning log. Could you hold for about two minutes?", "clean-hold", "Hold with reason, permission, time limit."),
    ("Let me check liner stock in the warehouse. May I put you on hold for a minute or so?", "clean-hold", "Proper hold."),
    # ---- clean-wont-wait (2)
    ("We won't keep you waiting at the clinic; the interpreter will be in reception fifteen minutes early.", "clean-wont-wait", "Protective promise, not a refusal."),
    ("We never share your family papers with anyone outside the cataloguing team.", "clean-wont-wait", "'Never' as a privacy promise."),
    # ---- clean-factual-no (3)
    ("No, the plunge tub doesn't need planning permission; it's under the size limit.", "clean-factual-no", "'No' answering a yes/no question with the fact."),
    ("Nope, the 78s aren't damaged, just dusty. They'll clean up fine.", "clean-factual-no", "'Nope' with the fact."),
    ("No, it's not too late to change the colour; the glass goes for painting on Friday.", "clean-factual-no", "'No' answering a question, good news."),
    # ---- clean-quoted (2)
    ("The fitter told you 'that's not my job' about the trim? I'm sorry. I'll send someone to finish it on Wednesday.", "clean-quoted", "Quoted colleague's words followed by action."),
    ("You said 'nobody ever listens', and that's fair. Here's what I've noted down; tell me if I've got it right.", "clean-quoted", "Quoted customer words, then restating and checking."),
    # ---- clean-manager-brought (2)
    ("I've asked our manager, Claire, to review the balustrade quote. She'll call you before noon tomorrow.", "clean-manager-brought", "Manager brought to the customer with a time."),
    ("I've escalated the missing album to our operations lead, and you'll hear from him by Friday.", "clean-manager-brought", "Escalation with a time."),
    # ---- clean-thats-fine (2)
    ("That's fine. I'll move the sauna delivery to the 9th and send you a new confirmation.", "clean-thats-fine", "'That's fine' with action."),
    ("That's totally fine, we can scan the loose photos as well. I'll add them to the order.", "clean-thats-fine", "'That's fine' with action."),
    # ---- clean-ordinary (18)
    ("Good morning, Clearview Splashbacks, Maria speaking. How can I help?", "clean-ordinary", "Standard greeting."),
    ("Your mirror is ready to collect from Tuesday.", "clean-ordinary", "Plain fact."),
    ("The cover measures 8.2 by 4.1 metres and comes with twelve anchor points.", "clean-ordinary", "Product information."),
    ("Thanks for calling. Is there anything else I can help with today?", "clean-ordinary", "Closing."),
    ("Your reel-to-reel transfers are uploaded; the link is in your inbox.", "clean-ordinary", "Confirmation."),
    ("The interpreter's name is Hana Sato, and she'll meet you in the hotel lobby at eight.", "clean-ordinary", "Plain facts."),
    ("The leak-detection visit is booked for Monday between nine and eleven.", "clean-ordinary", "Confirmation."),
    ("We received your six floppy disks this morning.", "clean-ordinary", "Acknowledgement."),
    ("The translator arrives fully charged, with a USB-C cable and a spare case.", "clean-ordinary", "Product information."),
    ("Re-chroming car bumpers takes about three weeks.", "clean-ordinary", "Plain fact."),
    ("Your radiator passed its pressure test at ten bar.", "clean-ordinary", "Good news, plain fact."),
    ("The recording session runs about two hours, with breaks whenever your dad wants one.", "clean-ordinary", "Information about the oral-history session."),
    ("Hi Sam, just confirming the interpreter for parents' evening on Thursday at six.", "clean-ordinary", "Confirmation."),
    ("The chiller keeps the plunge water at five degrees.", "clean-ordinary", "Product fact."),
    ("Your family archive catalogue has 1,240 entries so far.", "clean-ordinary", "Progress update."),
    ("The fireplace surround is Portland stone with a honed finish.", "clean-ordinary", "Plain fact."),
    ("The new heater element is fitted and your hot tub's been tested.", "clean-ordinary", "Job confirmation."),
    ("Have a lovely evening, and thanks for choosing us.", "clean-ordinary", "Friendly closing."),
]
