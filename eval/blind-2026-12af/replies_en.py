# English replies, written by hand. (text, category, why); flag = category not starting with "clean-".
ROWS = [
# refusal-no-alternative (4)
("Sorry, we weren't able to move your float session to Thursday.", "refusal-no-alternative", "Past-tense refusal with no other slot offered."),
("The lounge can't take a third guest on your pass. That's that.", "refusal-no-alternative", "Refusal closed off with no way forward."),
("Thanks for checking in with us. Unfortunately a second inventory visit isn't something that can be arranged.", "refusal-no-alternative", "Passive refusal, nothing offered instead."),
("We couldn't match you with the food-bank shift you picked, sorry.", "refusal-no-alternative", "Couldn't, and no other shift suggested."),
# dead-end (3)
("Your Saturday yoga retreat has been cancelled due to low numbers.", "dead-end", "Bad news about the customer's booking with no next step."),
("Hi Marta, the landlord's rejected your deposit claim in full. Regards, Deposit Team", "dead-end", "Claim declined, nothing after it."),
("I've checked: your pre-ordered perfume was sold out at the gate shop, so there's nothing waiting for you.", "dead-end", "Order lost, no remedy or next step."),
# blame (3)
("The pods are clearly signed 'checkout at the hour' — you overstayed because you didn't read the sign.", "blame", "Blames the customer instead of addressing the issue."),
("Well, if you'd sent the guarantor form back on time we wouldn't be in this mess.", "blame", "Blames the customer for the delay."),
("Your son's kit list was in the newsletter. Did nobody at home actually open it?", "blame", "Blame by question."),
# doubting-customer (3)
("Hmm, I find it hard to believe the wrap tore on its own.", "doubting-customer", "Doubts the customer's account."),
("Are you sure you actually booked the meet-and-assist? Because there's nothing here that says so.", "doubting-customer", "Questions whether the customer is telling the truth."),
("With respect, people often say the peel 'burned' when it's just normal redness.", "doubting-customer", "Dismisses the customer's report as exaggeration."),
# brush-off (3)
("It's a couple of scuffs on the skirting, honestly not worth the fuss.", "brush-off", "Minimises the complaint."),
("Eh, a ten-minute queue at fast track is still fast, no?", "brush-off", "Brushes off the complaint."),
("Lots of mentors miss a session now and then, it's not the end of the world.", "brush-off", "Minimises a missed mentoring session."),
# false-reassurance (3)
("Don't worry, I guarantee you'll have a full head of hair by spring.", "false-reassurance", "Promises a result nobody can promise."),
("Your completion will definitely be Friday, cross my heart — the other side's solicitor never slips.", "false-reassurance", "Promises an outcome outside the agent's control."),
("Relax, your room in halls is 100% safe, no matter what the waiting list says.", "false-reassurance", "Unfounded guarantee."),
# your-call (3)
("Whether you take the refund or the voucher is your problem, I just process it.", "your-call", "Leaves the customer alone with the decision."),
("Up to you if you want the toaster looked at or not. I'm not going to tell you.", "your-call", "Abandons the customer to decide."),
("Guarantor or six months upfront, your choice, sort it out and let us know.", "your-call", "Refuses to guide the customer."),
# precedent (3)
("Every group in this district has always paid subs termly, so monthly isn't happening.", "precedent", "Cites precedent to refuse."),
("We've run the salt room like this for eight years and nobody's had a cough from it.", "precedent", "Nobody-complained-before in new words."),
("That's how the lounges have always worked, the pass was never for the whole family.", "precedent", "'Always done it this way' to dismiss."),
# busy (3)
("I've got a full waiting room, I can't look at your skin notes now.", "busy", "Busy excuse, no time given."),
("Can't talk, we're slammed with the Christmas rush at the wrapping desk.", "busy", "Busy, no return time."),
("I'm snowed under with check-outs today, try someone else.", "busy", "Busy and pushes the customer away."),
# impatience (3)
("As I've said twice already, the pod is booked by the hour.", "impatience", "Impatient repetition."),
("Look, I've explained the expedition kit list, can we move on?", "impatience", "Hurrying the customer."),
("You need the body-scan results by this afternoon? Seriously?", "impatience", "Mocking 'you want it right now?'."),
# order (3)
("Send the signed inventory back. Today.", "order", "Bare command."),
("Fill in the volunteer form again, and properly this time.", "order", "Scolding bare command."),
("Take your shoes off and wait there.", "order", "Bare command to the customer."),
# policy-shield (3)
("Company rules: the fast-track pass is non-transferable. End of story.", "policy-shield", "Policy used as a shield, nothing offered."),
("Our terms don't allow refunds on retreat deposits, I'm afraid that's just the policy.", "policy-shield", "Hides behind policy."),
("It's in the scheme's regulations, so I'm not discussing the adjudicator's decision.", "policy-shield", "Rules cited to end the conversation."),
# passing-buck (3)
("Lost badges are a district thing, not us. Ring them.", "passing-buck", "Passes the problem on without a handover."),
("The guarantor underwriting team handles that. Try their email, it's on the website somewhere.", "passing-buck", "Sends the customer elsewhere vaguely."),
("I only do bookings, complaints about the clinic doctor go somewhere else.", "passing-buck", "Not my job, no handover."),
# send-to-manager (3)
("You'll have to take it up with the site manager yourself.", "send-to-manager", "Tells the customer to go find a manager."),
("If you're not happy, ask for the branch manager when you come in.", "send-to-manager", "Sends customer to the manager instead of escalating."),
("Honestly, email the head of volunteering, I can't help you with that.", "send-to-manager", "Pushes escalation onto the customer."),
# hostile-question (3)
("What exactly do you expect me to do about a flight delay?", "hostile-question", "Confrontational question."),
("Why would you book a float right after dyeing your hair?", "hostile-question", "Hostile question blaming the customer."),
("And who told you the repair café fixes laptops for free?", "hostile-question", "Confrontational question."),
# false-reaction (3)
("Yeah yeah, got it, got it — the lounge was full. Next.", "false-reaction", "False reaction cutting the customer off."),
("Tell me about it, this place is a joke, the pods are always dirty.", "false-reaction", "Runs down the company with the customer."),
("Honestly you're right, the conveyancing team here is hopeless.", "false-reaction", "Agrees it's awful — 'you're right, how annoying'."),
# nine-forbidden (3)
("No chance, mate.", "nine-forbidden", "Bare refusal, 不行! in new words."),
("No idea where your wrapped case went. Could be anywhere.", "nine-forbidden", "'I don't know' with no follow-up."),
("Hey, chill out, it's only a scout badge.", "nine-forbidden", "'Calm down' in new words."),
# taboo (3)
("You're mixing us up with the slimming place across the road.", "taboo", "'You must be confused' in new words."),
("You've misread the tenancy agreement, it doesn't say that.", "taboo", "'You got it wrong'."),
("We're not liable for hair that falls out after treatment.", "taboo", "'We're not responsible'."),

# clean-ordinary (18)
("Good morning, Riverside Float Centre, this is Kemi speaking — how can I help?", "clean-ordinary", "Proper greeting."),
("Your lounge booking for Heathrow T5 is confirmed for 6:40 on the 12th.", "clean-ordinary", "Plain confirmation."),
("Thanks for coming to the repair café today! Your lamp's all rewired.", "clean-ordinary", "Friendly plain update."),
("The check-in inventory is booked for Monday at 10, and our clerk Paul will meet the tenant there.", "clean-ordinary", "Plain factual confirmation."),
("Hi Sam, just a reminder that Beavers start again on the 8th, same hall, 6pm.", "clean-ordinary", "Ordinary reminder."),
("Your pod is number 14, down the corridor on the left. Towels are inside.", "clean-ordinary", "Plain directions."),
("Lovely to see you again, Mrs Obi. Same facial as last time?", "clean-ordinary", "Ordinary warm greeting and question."),
("Your bag is wrapped and tagged, that'll be nine pounds please.", "clean-ordinary", "Plain transaction."),
("Thanks, I've got your new address down — 14 Harlow Road, flat 3.", "clean-ordinary", "Reads back details."),
("the guarantor certificate went out by email this morning, should be in your inbox :)", "clean-ordinary", "Casual factual update."),
("Your mentor this term is Dami, she studies engineering and loves football.", "clean-ordinary", "Plain information."),
("Salt room sessions are 45 minutes; kids under 12 go in with an adult.", "clean-ordinary", "Plain factual answer."),
("Congrats on finishing your bronze expedition! Certificates are posted within six weeks.", "clean-ordinary", "Ordinary congratulations and fact."),
("Your duty-free order is ready at the collection point by gate 22.", "clean-ordinary", "Plain information."),
("Thanks for logging the two hours you gave Mr Patel — they're on your time-bank balance now.", "clean-ordinary", "Ordinary confirmation."),
("Keys are with the concierge; just give your name and student number.", "clean-ordinary", "Plain information."),
("Our greeter, Leon, will hold a sign with your name at arrivals.", "clean-ordinary", "Ordinary information."),
("Anything else I can help with today? Have a lovely retreat.", "clean-ordinary", "Ordinary closing."),

# clean-refusal-alternative (4)
("The 7am float is taken, but I can do 7:45 or any time after 6pm — which suits?", "clean-refusal-alternative", "Refusal with concrete alternatives."),
("We can't add your sister to this lounge pass, but a day pass for her is £29 and I can book it now.", "clean-refusal-alternative", "Refusal plus a concrete option."),
("No, the halls room can't be held past Friday without the deposit — what I can do is split the deposit into two payments.", "clean-refusal-alternative", "'What I can do is…' with an alternative."),
("That volunteer role's full, sorry — the café next door is looking for Saturday help, shall I put you forward?", "clean-refusal-alternative", "Refusal with an offered alternative."),
# clean-recommendation (3)
("You should try the 60-minute session first, the 90 can feel long on a first visit.", "clean-recommendation", "'You should' as a recommendation."),
("If it were me, I'd book the lounge with showers — it's worth it after a night flight.", "clean-recommendation", "Recommendation."),
("I'd recommend getting the check-out clerk booked the same day the tenants leave.", "clean-recommendation", "Recommendation, not a command."),
# clean-requirement-info (3)
("All walkers must carry a first-aid kit on the expedition; the group leader checks bags on Friday.", "clean-requirement-info", "Rule for all participants stated as information."),
("Guarantors need to be UK residents earning at least 30 times the monthly rent.", "clean-requirement-info", "Requirement stated as information."),
("Fast-track passes are valid for one passenger and the barcode must be scanned before 9pm.", "clean-requirement-info", "Requirement stated as information."),
# clean-question-obligation (3)
("Do you need a vegetarian option for the retreat dinner?", "clean-question-obligation", "'Need' inside a question."),
("If you must leave before 7, would an earlier wrap slot help?", "clean-question-obligation", "'Must' inside a condition, offering help."),
("Should you need to reschedule the inventory, just reply to this email and we'll rebook.", "clean-question-obligation", "'Should you need' conditional."),
# clean-empathy (4)
("You have a point — a 45-minute wait for a 'fast' lane isn't right. I'll refund the pass today.", "clean-empathy", "Affirmation followed by action."),
("I can hear how worried you are about the move-in date. Let me ring your landlord's agent now and come back to you by 3.", "clean-empathy", "Acknowledges feeling and acts with time."),
("That sounds exhausting after a long-haul flight. I've cleared pod 3 for you straight away.", "clean-empathy", "Empathy and action."),
("I understand you're upset that Jamie missed the camp. I'll ask the leader to call you tonight about the next one.", "clean-empathy", "Empathy with a concrete next step."),
# clean-apology-action (2)
("Sorry, I didn't explain the salt-room timings clearly. It's 45 minutes, and I'll add the ten you lost to your next visit.", "clean-apology-action", "Model fix — I didn't explain clearly — with action."),
("I'm so sorry your case came out with a split wrap. I'll rewrap it free and note it on your record.", "clean-apology-action", "Apology with action."),
# clean-not-sure-callback (3)
("I'm not sure if the seller's solicitor has replied yet, but I'll check with Anna and call you before 4.", "clean-not-sure-callback", "Not sure, with a named person and call-back."),
("I don't know offhand whether that treatment suits a scalp with psoriasis — Dr Shah will ring you tomorrow morning to talk it through.", "clean-not-sure-callback", "Doesn't know, names who will call and when."),
("I'll find the right answer for you about the gift-aid on time credits and email you by Thursday.", "clean-not-sure-callback", "Approved phrase with a time."),
# clean-transfer (2)
("That's one for our deposit adjudication team. Do you mind if I transfer you? I'll tell Priya your case number so you won't need to repeat it.", "clean-transfer", "Proper transfer with reason, permission and handover."),
("Our retreat coordinator, Fiona, deals with dietary requests — may I put you through? I'll stay on the line until she picks up.", "clean-transfer", "Transfer with permission and handover."),
# clean-hold (2)
("I need to check the lounge capacity for Gatwick — may I put you on hold for about two minutes?", "clean-hold", "Hold with reason, permission, time."),
("Could you bear with me for one minute while I pull up your pre-order? I'll be right back.", "clean-hold", "Hold with time and permission."),
# clean-wont-wait (2)
("We won't keep you waiting at arrivals — your greeter is there 20 minutes before landing.", "clean-wont-wait", "'We won't' as reassurance."),
("We never pass your mentee's details to anyone outside the scheme.", "clean-wont-wait", "'Never' as protection promise."),
# clean-factual-no (3)
("Nope, the pods don't have showers, but the lounge next door does, it's £15.", "clean-factual-no", "'Nope' answering a yes/no question with the fact."),
("No, you don't need to be there for the check-out inventory.", "clean-factual-no", "'No' as a factual answer."),
("No, the Scout hut isn't wheelchair accessible yet — the ramp is being fitted in January.", "clean-factual-no", "Factual no with information."),
# clean-quoted (2)
("You said the clerk told you 'it's not my job to check the garden'. It is part of the report — I'll have him go back and add it.", "clean-quoted", "Quoted forbidden phrase followed by action."),
("The volunteer lead told you 'calm down'? That shouldn't have happened. I'll speak to her today and ring you back.", "clean-quoted", "Quoting the colleague, then action."),
# clean-manager-brought (2)
("I've asked our clinic manager, Rhona, to come out and speak with you — she'll be here in two minutes.", "clean-manager-brought", "Manager brought to the customer."),
("I've escalated this to the halls manager and she'll call you before noon tomorrow.", "clean-manager-brought", "Escalation on the customer's behalf with a time."),
# clean-thats-fine (2)
("That's fine, I'll move your facial to Saturday at 11.", "clean-thats-fine", "'That's fine' with action."),
("No problem at all — I'll swap your mentoring session to Wednesday and let Dami know.", "clean-thats-fine", "'No problem' with action."),
]
