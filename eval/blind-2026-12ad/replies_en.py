# English replies, written by hand. (category, text, why); flag = not category.startswith("clean-")
ROWS = [
# refusal-no-alternative
("refusal-no-alternative", "Sorry, we can't extend the radio hire past Sunday.", "Refusal with no alternative offered."),
("refusal-no-alternative", "I'm afraid changing the wording on the urn isn't something we're able to do once it's gone to the engraver.", "Refusal (passive 'isn't something we're able to do') with no way forward."),
("refusal-no-alternative", "Your request to move the choir subscription over to your sister was declined.", "Passive refusal, no alternative."),
("refusal-no-alternative", "Thanks for holding. Unfortunately the freephone number couldn't be released to another provider.", "Refusal in past tense after a polite opener, no way forward."),
# dead-end
("dead-end", "Your claim for the cancelled marquee has been turned down by the underwriter.", "Bad news about the customer's own claim with no next step."),
("dead-end", "Just to let you know, the trombone repair didn't work, the slide couldn't be straightened.", "Bad news, nothing offered after it."),
("dead-end", "Hi Mrs Patel, the memorial video from Friday's livestream wasn't saved on our server.", "Bad news about the customer's own recording, no remedy or next step."),
# blame
("blame", "The pagers went flat because your staff left them off the charging rack overnight.", "Blames the customer's staff (对事不对人)."),
("blame", "If you'd read your policy wording you'd know bikes kept in a shared hallway aren't covered.", "Blames the customer for not reading."),
("blame", "The portrait came out blurry because the photo you sent was tiny. Send the original next time.", "Blame plus a scolding instruction."),
# doubting-customer
("doubting-customer", "Are you sure the phone was actually in the case when it fell? The damage doesn't really look like that.", "Doubts the customer's account."),
("doubting-customer", "Hmm, I find it hard to believe the clarinet was playing fine when you dropped it off.", "Doubts the customer."),
("doubting-customer", "Our logs say the fax hit your inbox at 10:02, so I doubt it never arrived.", "Doubts the customer's account instead of checking."),
# brush-off
("brush-off", "It's a tiny scratch on the lid, honestly nobody will ever notice.", "Brushes off the complaint."),
("brush-off", "Eh, two days late for the tribute page going live is hardly the end of the world.", "Minimises the customer's concern."),
("brush-off", "Static? That's just radios for you, don't sweat it.", "Brush-off, no action."),
# false-reassurance
("false-reassurance", "Don't worry, I can guarantee the insurer will pay the whole vet bill.", "Promises an outcome the agent can't control."),
("false-reassurance", "Your number will definitely be ported by Monday, I promise, nothing ever goes wrong with these.", "Unkeepable promise."),
("false-reassurance", "Trust me, the warranty people will approve it. They always do.", "False reassurance about a third party's decision."),
# your-call
("your-call", "Whether you claim or not is up to you. Your policy, your decision.", "Leaves the customer alone with the decision (这是你的事,你自己做决定)."),
("your-call", "Standard or premium stream, that's really for you to sort out, I just take the bookings.", "Your-call abandonment."),
("your-call", "Keep the old number or take a new one, that's entirely your lookout.", "Your-call, no help choosing."),
# precedent
("precedent", "We've always cleaned headstones with water and a soft brush. That's how it's done here.", "Precedent (我们一直都是这样做的)."),
("precedent", "Engraving's been capitals only since my dad ran the place, and that's how we do it.", "Precedent as the reason."),
("precedent", "The choir has always taken the full year's fees in September, so that's what happens.", "Precedent shield."),
# busy
("busy", "I've got a queue out the door, I can't look at your sheet music order right now.", "Busy excuse, no time given."),
("busy", "Can't talk now mate, we're slammed with event set-ups.", "Busy brush, no call-back."),
("busy", "I'm really swamped at the moment, try ringing back some other time.", "我现在很忙 in new words, no time."),
# order
("order", "Send us the vet's invoice. Today.", "Bare command."),
("order", "Take the SIM out and post the phone to us. Don't call again until you've done it.", "Scolding order."),
("order", "Fill in section four again. Properly this time.", "Bare command with a dig."),
# impatience
("impatience", "As I've already said twice, porting takes ten working days.", "Impatient repetition."),
("impatience", "You want it engraved by tomorrow? Seriously?", "您马上就要吗 in new words, impatient."),
("impatience", "Look, I've explained the excess three times now.", "Impatience."),
# policy-shield
("policy-shield", "Rules are rules, the terms say pre-existing conditions are out, end of story.", "Policy as a shield, no help."),
("policy-shield", "It's in our terms and conditions, so there's nothing to discuss.", "Policy shield closing the conversation."),
("policy-shield", "The society's constitution says subs aren't refundable. That's the rule, I'm afraid.", "Hides behind the rule."),
# passing-buck
("passing-buck", "The livestream is run by the crematorium's tech people, not us. Try them.", "Passes the buck without handover."),
("passing-buck", "Claims aren't my department.", "That's not my job, no handover."),
("passing-buck", "Pager range? That's the installer's problem, you'd have to chase them.", "Passes the buck."),
# send-to-manager
("send-to-manager", "If you want an exception you'll have to take it up with my supervisor yourself.", "Sends the customer to a manager instead of escalating for them."),
("send-to-manager", "You'll need to ring our manager for that, he's only in on Thursdays.", "您需要和经理通话 in new words."),
("send-to-manager", "Go and ask the boss at the front desk, I can't sign that off.", "Sends the customer to find the manager."),
# hostile-question
("hostile-question", "What exactly do you expect me to do about the weather?", "Confrontational question."),
("hostile-question", "Why on earth would you leave a nine-hundred-pound bike unlocked outside a pub?", "Hostile, blaming question."),
("hostile-question", "Did you even look at the booking form before you signed it?", "Hostile question."),
# false-reaction
("false-reaction", "Yeah, honestly our claims team is a joke, I'd be fuming too.", "Runs down the company (您是对的——真讨厌)."),
("false-reaction", "Yep, yep, I know, I know. So anyway, what's your order number?", "False reaction cutting the customer off."),
("false-reaction", "Ugh, tell me about it, our website is a total mess, drives everyone mad.", "Agrees it's annoying, runs down the company."),
# nine-forbidden
("nine-forbidden", "No idea, mate.", "我不知道 in new words."),
("nine-forbidden", "Nope. Not happening.", "不行! as a bare refusal."),
("nine-forbidden", "Hey, hey, take it down a notch, alright?", "冷静一点 in new words."),
# taboo
("taboo", "You've muddled it up, madam, the memorial page is a yearly plan, not lifetime.", "你弄错了/你肯定弄混了 in new words."),
("taboo", "Honestly, no one's ever complained about our fax service before.", "以前从来没有人抱怨过."),
("taboo", "We take no responsibility for what the courier did to your saxophone.", "我们可不负责 with no help."),
# clean-ordinary
("clean-ordinary", "Good afternoon, Harmony Sheet Music, Priya speaking. How can I help?", "Ordinary greeting."),
("clean-ordinary", "Your two radios and the charging dock are ready to collect from nine on Friday.", "Plain information."),
("clean-ordinary", "Thanks, that's updated, the new card will be charged on the 1st.", "Ordinary confirmation."),
("clean-ordinary", "Your grandad's tribute page is live now, here's the link to share with the family.", "Ordinary confirmation."),
("clean-ordinary", "Lovely, I've booked the grave visit for the 14th and we'll send you photos afterwards.", "Ordinary booking."),
("clean-ordinary", "That's your claim reference: PET-48213. Keep it handy.", "Plain fact."),
("clean-ordinary", "Yes, the pendant holds a small pinch of ashes, about a quarter of a teaspoon.", "Plain answer."),
("clean-ordinary", "The freephone number goes live at midnight tonight.", "Plain fact."),
("clean-ordinary", "Thanks for calling, have a good evening.", "Ordinary closing."),
("clean-ordinary", "Your extended warranty runs until 3 March 2029.", "Plain fact."),
("clean-ordinary", "We've got your fax-to-email sign-up, the login details are in your inbox.", "Ordinary confirmation."),
("clean-ordinary", "Sure, the string quartet can play until 10pm at the venue.", "Plain answer."),
("clean-ordinary", "Hi Dan! The season tickets went out today, they should land Tuesday or Wednesday.", "Ordinary update."),
("clean-ordinary", "Got the frame number, thanks, that's all we need for the quote.", "Ordinary acknowledgement."),
("clean-ordinary", "The sat phone comes with 60 minutes of airtime and a spare battery.", "Plain fact."),
("clean-ordinary", "Morning! The portrait's printed and framed, 40 by 50, black frame like you asked.", "Ordinary update."),
("clean-ordinary", "Your busking permit covers the High Street pitch, Saturdays 10 till 4.", "Plain fact."),
("clean-ordinary", "Cheers, your tenor sax will be back with a new neck cork by Thursday.", "Ordinary update."),
# clean-refusal-alternative
("clean-refusal-alternative", "We can't fit a third line on that urn, but the next size up takes three lines, it's £15 more. Shall I send a photo?", "Refusal with concrete alternative."),
("clean-refusal-alternative", "Saturday's fully booked for radio hire, but we could drop them off Friday evening at no extra cost. Would that work?", "Refusal plus alternative."),
("clean-refusal-alternative", "The gadget plan doesn't cover back glass, but I can get you a quote from our repair partner at 20% off.", "No, but an alternative."),
("clean-refusal-alternative", "I can't refund the concert you missed, but I can swap it for any of the three left this season.", "Refusal with alternative (offer choices)."),
# clean-recommendation
("clean-recommendation", "You should try the Henle edition for this one, the fingering's much clearer.", "'You should' as a recommendation."),
("clean-recommendation", "If I were you I'd take out the event cover before paying the venue deposit, so the deposit is protected from day one.", "Recommendation with benefit."),
("clean-recommendation", "You should keep the vet receipts together in one folder, it makes the next claim quicker.", "Friendly advice, not an order."),
# clean-requirement-info
("clean-requirement-info", "All theft claims must include the original receipt and a police crime reference number.", "Requirement stated as information for all customers."),
("clean-requirement-info", "Buskers must keep amps under 80 decibels and change pitch every two hours.", "Rule for all permit holders."),
("clean-requirement-info", "A port needs the account holder's signature on the transfer form.", "Requirement as information."),
# clean-question-obligation
("clean-question-obligation", "Do you need the pagers to reach both floors, or just the ground floor?", "'Need' inside a question."),
("clean-question-obligation", "Would you need someone to come and set the radios to your channels?", "'Need' in an offer question."),
("clean-question-obligation", "If you have to cancel the livestream, just tell us 48 hours ahead and there's no charge.", "'Have to' in a condition."),
# clean-empathy
("clean-empathy", "You have a point, the renewal letter should have made the price rise clear. I'll put you back on last year's rate.", "Affirms and acts."),
("clean-empathy", "I understand how upsetting this is with the funeral on Thursday; I'm moving your portrait to the front of the queue now.", "Empathy plus action."),
("clean-empathy", "That sounds really stressful with forty guests booked. Let me see what the policy covers for the venue closing.", "Empathy plus 让我看看我能做什么."),
("clean-empathy", "You're quite right, the photo should have shown the stone after cleaning. I'll have the team go back Monday and send a new one.", "您说的很对 plus action."),
# clean-apology-action
("clean-apology-action", "Sorry, I didn't explain that clearly: the excess is £50 per claim, not per year. I'll email you a summary.", "Model fix 对不起,我没有讲清楚."),
("clean-apology-action", "Apologies for the mix-up with the music, I've posted the correct edition first class today.", "Apology with action."),
# clean-not-sure-callback
("clean-not-sure-callback", "I'm not sure if e-bike batteries are covered, but I'll check with underwriting and ring you back before 3.", "Not sure plus call-back time."),
("clean-not-sure-callback", "I don't know that offhand. Martin in porting deals with those, he's on 0300 555 0162, or I can ask him to call you.", "Not sure plus named contact."),
("clean-not-sure-callback", "I'll find the right answer on the lapsed-policy question and email you by end of day tomorrow.", "我会找出正确答案的 with a time."),
# clean-transfer
("clean-transfer", "Sonia in claims can look at the vet invoice directly. May I put you through? I'll give her your name and reference first so you don't have to repeat them.", "Proper transfer: why, permission, handover."),
("clean-transfer", "This one's for our workshop. Do you mind if I transfer you? I'll stay on the line until Geoff picks up.", "Proper transfer."),
# clean-hold
("clean-hold", "I need to check the seating plan for that concert. Could I put you on hold for about two minutes?", "Hold: why, permission, time."),
("clean-hold", "May I pop you on hold for a minute while I pull up the port request?", "Hold with reason and time."),
# clean-wont-wait
("clean-wont-wait", "We won't keep you waiting on the day, the crew arrives an hour before the service starts.", "'We won't' as reassurance."),
("clean-wont-wait", "We never sell or share anything on your memorial page with anyone.", "'We never' as a protection promise."),
# clean-factual-no
("clean-factual-no", "Nope, it's biodegradable, made to break down in soil within about a year.", "'Nope' answering a yes/no question with the fact."),
("clean-factual-no", "No, the policy won't lapse if you miss one payment, there's a 30-day grace period.", "'No' with the fact."),
("clean-factual-no", "No, you don't need a landline for it, it all runs through the app.", "Factual no."),
# clean-quoted
("clean-quoted", "My colleague told you 'that's not my job'. I'm sorry, it is ours, and I'll go through the claim form with you now.", "Quotes a colleague, then acts."),
("clean-quoted", "You said the trumpet 'sounds like a duck' since the repair. Fair enough, bring it in and our tech will check the valves while you wait.", "Quotes the customer, then acts."),
# clean-manager-brought
("clean-manager-brought", "I've asked our claims manager, Helen, to join the call. She's on now and can approve the exception.", "Manager brought to the customer."),
("clean-manager-brought", "Our shop manager is coming over to you now, she'll go through the refund with you.", "Manager brought."),
# clean-thats-fine
("clean-thats-fine", "That's fine, we can move the grave visit to the 21st.", "'That's fine' with action."),
("clean-thats-fine", "That's totally fine, I'll shift the rest of the choir payments to the 15th.", "That's fine plus action."),
]
