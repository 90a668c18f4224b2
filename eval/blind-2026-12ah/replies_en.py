# English replies, written by hand. (text, category, why)
ROWS = [
# refusal-no-alternative (4)
("We weren't able to cut the oak boards to 18 mm this week.", "refusal-no-alternative", "Refusal in past tense, no way forward."),
("Sorry, a name change by deed poll can't be rushed through in two days. That's it.", "refusal-no-alternative", "Refusal closed off, no alternative offered."),
("Braille copies of that textbook aren't something we can produce.", "refusal-no-alternative", "Passive refusal with nothing else offered."),
("The hearing loop in the church hall couldn't be fitted before Sunday, unfortunately.", "refusal-no-alternative", "Couldn't, with no next step."),
# dead-end (3)
("Your busking pitch for Saturday has been withdrawn by the council.", "dead-end", "Bad news about the customer's own case, no next step."),
("The orchid you entered in the show was disqualified for the pot size. Sorry.", "dead-end", "Bad news, no remedy or next step."),
("Hi Mrs Patel, the captioner for your conference on the 12th has dropped out.", "dead-end", "Bad news delivered and left there."),
# blame (3)
("The hose burst because you ran it over the pressure rating, plain and simple.", "blame", "Blames the customer instead of addressing the issue."),
("If you'd labelled the pallets properly our driver wouldn't have skipped your yard.", "blame", "Puts the fault on the customer."),
("Well, you sent us the logo file as a blurry JPEG, so of course the embroidery looks fuzzy.", "blame", "'You' blame instead of 'I' wording."),
# doubting-customer (3)
("Are you sure the wheelchair was delivered with a flat tyre? They all get checked before they leave.", "doubting-customer", "Doubts the customer's account."),
("Hmm, I find it hard to believe the nib came bent out of the box.", "doubting-customer", "Openly disbelieves the customer."),
("You say you posted the licence form in March, but we've no trace of it, so I doubt it was ever sent.", "doubting-customer", "Suggests the customer is not telling the truth."),
# brush-off (3)
("It's a few millimetres off on a shelf, nobody's going to notice.", "brush-off", "Dismisses the complaint."),
("Meh, a bit of static on the repeater, that's ham radio for you.", "brush-off", "Shrugs the problem off."),
("Relax, it's just a slightly cloudy batch of beer, no harm done.", "brush-off", "Minimises the customer's problem."),
# false-reassurance (3)
("Don't worry at all, I guarantee the notary will squeeze you in tomorrow morning.", "false-reassurance", "Promises something the agent can't control."),
("Your hunting licence will definitely be through by Friday, hand on heart.", "false-reassurance", "Guarantee the agent cannot keep."),
("The road closure will 100% be approved, they never say no to street parties.", "false-reassurance", "Promises an outcome that is not the agent's to give."),
# your-call (3)
("Ramp or platform lift, that's up to you really, I can't decide for you.", "your-call", "Leaves the customer alone with the decision, no guidance."),
("Whether you re-sharpen or replace the blades is your business, sir.", "your-call", "Your-business abandonment (taboo)."),
("Which captioning package? Whatever you think, it's your event.", "your-call", "Abandons the customer to decide alone."),
# precedent (3)
("We've always collected pallets on Thursdays only, that's how it's been for twenty years.", "precedent", "Cites precedent instead of solving."),
("Nobody's ever said the bonsai wire was too thick before.", "precedent", "Nobody-complained-before taboo in new words."),
("Every temporary alcohol licence has gone through this same form since I started, so.", "precedent", "Hides behind how it has always been done."),
# busy (3)
("I'm slammed with the trade counter rush right now, can't look at your bolts.", "busy", "Busy excuse with no time to return."),
("Look, we've got three installs on today, I haven't got time for this.", "busy", "I'm busy, with no next step."),
("Can't talk, sorry, the phones are going mad.", "busy", "Busy excuse, hangs the customer up."),
# hostile-question (3)
("What exactly did you expect for twelve quid a sharpening?", "hostile-question", "Confrontational question."),
("Did you even read the club rules before digging on that farm?", "hostile-question", "Hostile rhetorical question."),
("Why would anyone book a street party in the middle of a bus route?", "hostile-question", "Mocking question at the customer."),
# impatience (3)
("As I've already said twice, the exam is on the 3rd. The 3rd.", "impatience", "Impatient repetition."),
("You want all 40 polo shirts embroidered by tonight?", "impatience", "'You want it right now?' in new words."),
("Yes, yes, yes, I heard you the first time, the chair's squeaking.", "impatience", "Cuts the customer off impatiently."),
# order (3)
("Send the form back. Signed this time.", "order", "Bare command."),
("Bring the hose in. Today.", "order", "Bare command with no request form."),
("Measure the doorway again before you ring us.", "order", "Scolding order."),
# policy-shield (3)
("Company rules, I'm afraid. Cut timber isn't returnable.", "policy-shield", "Hides behind policy."),
("It's our policy that the notary doesn't read documents out in other languages. Nothing I can say.", "policy-shield", "Policy as a shield, no help."),
("Sorry, the scheme says one audio-described show per member per month. Rules are rules.", "policy-shield", "Rules as a shield."),
# passing-buck (3)
("Grab rails aren't us, that's the council's adaptations team. Try them.", "passing-buck", "Passes the customer on with no handover."),
("Licensing's not my department, you'll have to find whoever does it.", "passing-buck", "Not my job, no handover."),
("Nothing to do with the shop, ring the brewery that made the kit.", "passing-buck", "Pushes the customer elsewhere without help."),
# send-to-manager (3)
("You'll need to take that up with my manager.", "send-to-manager", "Sends the customer to find a manager."),
("If you're not happy, ask for the supervisor next time you're in.", "send-to-manager", "Tells the customer to go to the manager."),
("That's above my pay grade, mate, speak to the boss.", "send-to-manager", "Sends the customer to the boss himself."),
# false-reaction (3)
("Tell me about it, this company can't organise a wheelchair delivery to save its life.", "false-reaction", "Runs the company down with the customer."),
("You're right, it's a joke how slow the licensing office is, drives me mad too.", "false-reaction", "You're-right-how-annoying, 九不准."),
("Yep, got it, got it, the braille's wrong, okay.", "false-reaction", "False reaction before the customer finishes."),
# nine-forbidden (3)
("No idea, mate.", "nine-forbidden", "'I don't know' in new words, no follow-up."),
("Nope. Not happening.", "nine-forbidden", "Bare 'No!' in new words."),
("Okay, take a deep breath and stop shouting at me.", "nine-forbidden", "'Calm down' in new words."),
# taboo (3)
("You've obviously mixed us up with the other fastener place on the estate.", "taboo", "'You must be confused' taboo in new words."),
("We don't take any responsibility once the loop's been tested and signed off.", "taboo", "'We're not responsible' taboo."),
("You don't seem to get it: the pen was already out of warranty.", "taboo", "'You don't seem to understand' taboo."),
# clean-ordinary (18)
("Morning! Timber yard, Sam speaking.", "clean-ordinary", "Ordinary greeting."),
("Your 2.4 m lengths are cut and stacked at bay 3.", "clean-ordinary", "Plain status update."),
("Great, that's two pallet collections booked for the 14th and 28th.", "clean-ordinary", "Plain confirmation."),
("Thanks for bringing the knives in, they'll be ready Wednesday after 2.", "clean-ordinary", "Ordinary confirmation with time."),
("The embroidery proof is attached; have a look whenever suits.", "clean-ordinary", "Ordinary message."),
("Your notary slot is Tuesday 10:40 at our Queen Street office.", "clean-ordinary", "Plain information."),
("Lovely to hear the street party went well!", "clean-ordinary", "Friendly closing."),
("Licence number HL-2207 is now active.", "clean-ordinary", "Plain fact."),
("The metal-detecting club meets the first Sunday of each month at the scout hut.", "clean-ordinary", "Plain information."),
("Your foundation licence exam results came through — you passed, congrats!", "clean-ordinary", "Good news, ordinary."),
("The orchid show opens at 9 and judging finishes around 1.", "clean-ordinary", "Plain information."),
("ok so ur nib regrind is done, 14 quid, pick up anytime", "clean-ordinary", "Chat-style status update."),
("The bonsai workshop has four spaces left on the 22nd.", "clean-ordinary", "Plain availability."),
("Your braille proofs are posted first class today.", "clean-ordinary", "Plain status."),
("Thanks for calling, enjoy the new loop system.", "clean-ordinary", "Ordinary closing."),
("The wheelchair's back from service with new brake pads.", "clean-ordinary", "Plain update."),
("I've emailed the caption file for tonight's talk to your tech person.", "clean-ordinary", "Plain update."),
("Hi there, welcome to Brewcraft Supplies!", "clean-ordinary", "Greeting."),
# clean-refusal-alternative (4)
("We can't cut 3 mm ply on the panel saw, but the laser shop next door can and I'll ring them for you now.", "clean-refusal-alternative", "Refusal with a concrete alternative and action."),
("No, the notary isn't free on Saturday, but I can offer Friday at 5:30 or Monday at 8:45 — which suits?", "clean-refusal-alternative", "No followed by concrete options."),
("That hose fitting's discontinued; what I can do is crimp a new end onto your existing hose while you wait.", "clean-refusal-alternative", "What I can do… alternative."),
("The live captioner can't do both rooms, though we could stream captions to a second screen in room B.", "clean-refusal-alternative", "Refusal with alternative."),
# clean-recommendation (3)
("You should try a 1,000-grit stone at home between our sharpenings.", "clean-recommendation", "'You should' as a recommendation."),
("I'd go for the folding ramp; it fits in the boot and takes 250 kg.", "clean-recommendation", "Recommendation."),
("You might want to book the loop survey before the builders plaster the walls.", "clean-recommendation", "Suggestion, not an order."),
# clean-requirement-info (3)
("All applicants must bring two forms of photo ID to the notary appointment.", "clean-requirement-info", "Requirement stated as information for everyone."),
("Road-closure applications need to be in eight weeks before the event date.", "clean-requirement-info", "Rule as information."),
("Buskers have to display the permit card while performing.", "clean-requirement-info", "Requirement for all permit holders."),
# clean-question-obligation (3)
("How many metres of 10 mm hose will you need?", "clean-question-obligation", "'Need' inside a question."),
("Do you have to have the transcription in Grade 2 braille, or is Grade 1 fine?", "clean-question-obligation", "'Have to' inside a question."),
("If you must change the date, would you let us know by Thursday?", "clean-question-obligation", "'Must' inside a condition, polite request."),
# clean-empathy (3)
("You have a point — three weeks is far too long for a name-change letter. I'm chasing it now and will ring you by 4.", "clean-empathy", "Affirmation followed by action."),
("I can hear how stressful it is with the party a week away; let me see what I can do with the highways team today.", "clean-empathy", "Empathy plus action."),
("That sounds really disappointing after all that work on the tree. I'll check the wiring notes and call you back this afternoon.", "clean-empathy", "Feeling acknowledged, action promised."),
# clean-apology-action (3)
("Sorry, I didn't explain the hunting-licence form clearly — section 4 only needs the landowner's signature. I'll mark it up for you.", "clean-apology-action", "Model fix 'I didn't explain clearly' with action."),
("I'm sorry the shirts came back with the logo upside down; we'll redo all 12 by Friday at no charge.", "clean-apology-action", "Apology with action."),
("Apologies for the missed pallet pickup. The lorry's booked for 8 tomorrow.", "clean-apology-action", "Apology plus remedy."),
# clean-not-sure-callback (3)
("I'm not sure whether the show accepts hybrids this year, but I'll check with the judges and ring you by 6.", "clean-not-sure-callback", "Not sure with a call-back time."),
("I don't know offhand if that resistor kit suits your rig — Priya runs the workshop, she's on 01632 440 118.", "clean-not-sure-callback", "I don't know with a named contact."),
("Not sure about the ferrule size, I'll find the right answer and text you within the hour.", "clean-not-sure-callback", "Not sure + promise with time."),
# clean-transfer (2)
("This one's for our licensing officer, Mr Hale — may I put you through? I'll tell him your name and that it's the lapsed licence, and stay on till he picks up.", "clean-transfer", "Transfer with reason, permission, handover."),
("Our access surveyor handles the ramp gradients; would you mind if I transfer you? I'll stay on the line until she answers.", "clean-transfer", "Proper transfer."),
# clean-hold (2)
("I'll just check the stock of M8 coach bolts in the back — may I put you on hold for about two minutes?", "clean-hold", "Hold with reason, permission, time."),
("Could I pop you on hold for a minute while I pull up your captioning booking?", "clean-hold", "Proper hold."),
# clean-wont-wait (2)
("We won't keep you waiting on the day — the chair will be at the stage door by 6.", "clean-wont-wait", "We won't as reassurance."),
("We never pass your address to the landowners without asking you first.", "clean-wont-wait", "'We never' as a protection promise."),
# clean-factual-no (3)
("Nope, the kit doesn't include a hydrometer; that's sold separately at £6.", "clean-factual-no", "'Nope' answering a yes/no question with a fact."),
("No, Saturday's session isn't full yet — there are two places.", "clean-factual-no", "No answering a question factually."),
("No, the permit doesn't cover amplifiers.", "clean-factual-no", "Factual no to a yes/no question."),
# clean-quoted (2)
("You said the driver told you 'not my job' when you asked him to load the pallets — that's not on. I've booked a second visit for tomorrow.", "clean-quoted", "Quoted words followed by action."),
("Our fitter wrote 'can't be done' on the sheet, but I've looked again and we can fix the rail to the stud wall. I'll send him back Thursday.", "clean-quoted", "Quoting a colleague, then action."),
# clean-manager-brought (2)
("I've asked our workshop manager, Dev, to come over to the counter and look at the pen with you — he's on his way.", "clean-manager-brought", "Manager brought to the customer."),
("I've passed this to my supervisor and she'll call you before noon tomorrow.", "clean-manager-brought", "Escalation with a time."),
# clean-thats-fine (2)
("That's fine, I'll move your audio-description seats to the matinee.", "clean-thats-fine", "That's fine with action."),
("That's totally fine — I'll hold the pallet slot till you confirm.", "clean-thats-fine", "That's fine with action."),
]
