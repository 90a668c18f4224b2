# English replies, written by hand. (category, text, why); flag = not category.startswith("clean-")
ROWS = [
# refusal-no-alternative (4)
("refusal-no-alternative", "We weren't able to fit your boat onto the slipway this weekend.", "Refusal in past tense, no other slot or way forward offered."),
("refusal-no-alternative", "Thanks for the photos. Unfortunately the flue liner can't be fitted to that chimney.", "Polite opener, then a flat refusal with nothing after it."),
("refusal-no-alternative", "Transferring a .com out during the 60-day lock isn't something we can do.", "Refusal with no next step (when, or what instead)."),
("refusal-no-alternative", "Sorry, the longarm can't take a quilt that size. That's that really.", "Refusal closed off; no alternative (split, other machine, referral)."),
# dead-end (3)
("dead-end", "I've heard back from the engineer — your outboard's powerhead is cracked and it's not repairable.", "Bad news about the customer's own case with no next step."),
("dead-end", "Your pellet delivery for Thursday has been cancelled. The lorry's off the road.", "Cancellation delivered with no remedy or new date."),
("dead-end", "The silversmithing course you booked has been pulled for this term, the tutor's left.", "Customer's course cancelled, nothing offered after."),
# blame (3)
("blame", "The terminal keeps declining because you've been tapping the card before the amount came up.", "Blames the customer ('you've been…') instead of addressing the issue."),
("blame", "If you'd bled the radiators like the leaflet said, the heat pump wouldn't be short-cycling.", "Blame by hindsight; starts from 'you'."),
("blame", "Right, so the oil tank gauge was wrong because someone on your end knocked the float. Did nobody check it?", "Blames customer and follows with a fault-finding question."),
# doubting-customer (3)
("doubting-customer", "Are you sure you actually set the signing order? Because the system says you didn't.", "Doubts the customer's account."),
("doubting-customer", "Hmm, I find it hard to believe the hull was dry when you brought her in.", "Openly doubts what the customer said."),
("doubting-customer", "You probably just looked at the wrong invoice — the newsletter plan has never cost that much.", "Implies the customer is confused (你肯定弄混了 in new words)."),
# brush-off (3)
("brush-off", "A bit of smoke back into the room on first lighting? Happens to everyone, not worth fussing over.", "Minimises the customer's concern."),
("brush-off", "It's only a couple of missing beads, honestly not a big deal.", "Brushes off the complaint."),
("brush-off", "Meh, the booking widget's slow for loads of people. Just live with it for now.", "Dismisses the problem with no help."),
# false-reassurance (3)
("false-reassurance", "Don't worry, your licence renewal will 100% go through today, I guarantee it.", "Promises an outcome the agent can't control."),
("false-reassurance", "The heating oil will definitely be with you by tonight, no question, whatever the roads are like.", "Over-promise in bad weather; under-promise rule broken."),
("false-reassurance", "The chargeback? Oh, you'll win that for sure, the bank always sides with the merchant.", "Guarantees a third party's decision."),
# your-call (3)
("your-call", "Whether you replace the whole boiler or just the pump is up to you, I'm not going to tell you.", "Abandons the customer to decide alone (这是你的事,你自己做决定)."),
("your-call", "Keep the old domain or move to the new one, your business, your decision.", "Your-call with no guidance offered."),
("your-call", "Honestly it's your loom, you decide if you want it re-strung. I just take the bookings.", "Leaves the decision entirely to the customer, no information."),
# precedent (3)
("precedent", "We've always charged for the crane separately, it's how it's been done since before I started.", "Precedent as justification (我们一直都是这样做的)."),
("precedent", "Nobody's complained about the laser's focus before, so I doubt it's our end.", "'Nobody has ever complained' in new words."),
("precedent", "Every terminal we've ever shipped has come on a 24-month contract. That's just how it goes.", "Precedent used to close the discussion."),
# busy (3)
("busy", "I've got three boats on the slip right now, can't deal with this at the moment.", "Busy excuse with no time to return."),
("busy", "Look, we're swamped with service calls this week. Ring some other time.", "Busy, no commitment or time."),
("busy", "Sorry I'm flat out today with the quilt orders.", "Busy excuse without a call-back time."),
# order (3)
("order", "Send us the hull ID. And the insurance certificate. Today.", "Bare commands, not requests."),
("order", "Turn the terminal off and on again before you call us next time.", "Scolding order."),
("order", "Read the setup guide first, then come back.", "Bare command dismissing the customer."),
# impatience (3)
("impatience", "As I've said twice already, the pellets come on a pallet, not in loose bags.", "Impatient repetition ('as I've said')."),
("impatience", "You want the liner fitted this week? Tomorrow, maybe?", "Mocking 'you want it right now?' (您马上就要吗?)."),
("impatience", "Yes, yes, yes, I got it, the till froze. Can we move on?", "Impatience and rushing the customer."),
# policy-shield (3)
("policy-shield", "We can't refund the workshop fee. Company policy.", "Policy as a shield, no explanation or option."),
("policy-shield", "Hello and thanks for writing in. Rules are rules: the e-signature audit trail can't be emailed out.", "Policy shield after a polite opener."),
("policy-shield", "Boatyard rules say no owners on the hardstanding after four, so no, you can't check on her.", "Hides behind the rule; no way forward."),
# passing-buck (3)
("passing-buck", "That's a billing thing, not really us. Try someone else.", "Passes the buck, no handover or contact."),
("passing-buck", "Licences is another department, they might know.", "Pushes customer elsewhere with no number or transfer."),
("passing-buck", "The heat pump was fitted by the installer, so it's on them, not the servicing team.", "Deflects without handover."),
# send-to-manager (3)
("send-to-manager", "If you want a refund on the soap moulds you'll need to take it up with the manager yourself.", "Tells the customer to go find a manager."),
("send-to-manager", "I can't discuss pricing. Ask for my supervisor.", "Sends customer to the supervisor instead of escalating."),
("send-to-manager", "Email the head of sales, not me.", "Pushes escalation onto the customer."),
# hostile-question (3)
("hostile-question", "What exactly did you expect for a free-plan account?", "Confrontational question."),
("hostile-question", "Why would you book a launch slot at low tide in the first place?", "Hostile question implying the customer is foolish."),
("hostile-question", "And whose idea was it to burn wet wood in a brand-new stove?", "Accusatory question."),
# false-reaction (3)
("false-reaction", "Yeah, tell me about it, our delivery scheduling is a joke.", "Runs down the company, agrees it's annoying."),
("false-reaction", "You're right, that's really irritating. This POS software drives us all mad too.", "'You're right — how annoying' (您是对的——真讨厌)."),
("false-reaction", "Got it got it got it. So the tank's — hang on, go on.", "False reaction before the customer has finished."),
# nine-forbidden (3)
("nine-forbidden", "Not a clue, mate, the bead supplier never tells us anything.", "'I don't know' in new words, no way forward."),
("nine-forbidden", "Easy, easy. Take a deep breath before we go any further.", "'Calm down' in new words."),
("nine-forbidden", "Setting up your DNS records isn't part of my role, sorry.", "'That's not my job' in new words."),
# taboo (3)
("taboo", "You clearly haven't understood how the boat safety exam works.", "'You don't seem to understand' (你好像不明白)."),
("taboo", "We take no responsibility for fabric left past the collection date.", "'We're not responsible' (我们可不负责)."),
("taboo", "Absolutely impossible, there's no way that chimney passes.", "'Absolutely impossible' (绝对不可能)."),
# ---- clean ----
# clean-refusal-alternative (4)
("clean-refusal-alternative", "We can't squeeze you onto the slipway on Saturday, but Sunday at 7:40 on the rising tide is free — shall I hold it?", "Refusal with a concrete alternative."),
("clean-refusal-alternative", "No, the pellets can't be tipped loose, but we can bring them in 15 kg bags and stack them in your garage.", "'No' followed by another way."),
("clean-refusal-alternative", "That terminal model doesn't do tap-to-phone, sorry. The S2 does, and I can swap it at no charge on your current contract.", "Refusal plus alternative offered."),
("clean-refusal-alternative", "The big laser's fully booked on the 14th. What I can do is put you on the small bed on the 12th, or the big one on the 19th.", "Approved 'What I can do is…' with options."),
# clean-recommendation (3)
("clean-recommendation", "You should try the 6 mm liner, it suits that stove far better.", "Recommendation, not a command."),
("clean-recommendation", "For a shop your size I'd really recommend the two-till bundle, it saves you buying the second stand later.", "Recommendation with a benefit."),
("clean-recommendation", "You might want to set a reminder for the renewal — the registrar only emails once.", "Suggestion framed as help."),
# clean-requirement-info (3)
("clean-requirement-info", "All boats must have a valid safety certificate before a licence can be issued.", "Rule stated as information for everyone."),
("clean-requirement-info", "Participants need to wear closed-toe shoes in the silver workshop.", "Requirement for all participants, informational."),
("clean-requirement-info", "Heat-pump warranties require one service every twelve months by an accredited engineer.", "Requirement stated as information."),
# clean-question-obligation (3)
("clean-question-obligation", "How many signers will need to sign this contract?", "'Need' inside a question."),
("clean-question-obligation", "Do you need the oil delivered before the 20th, or is any day that week fine?", "Obligation word inside a question."),
("clean-question-obligation", "If you must have it before the market, I can put a rush on the loom repair — would that help?", "'Must' inside a condition, followed by an offer."),
# clean-empathy (4)
("clean-empathy", "You've got a fair point, a cold house in December is miserable. I'm booking the engineer for tomorrow morning now.", "Affirms the customer's view, then action."),
("clean-empathy", "I understand how frustrating it is when the till goes down mid-rush. Let's get you up and running: can you read me the error code?", "Empathy plus action."),
("clean-empathy", "I can hear how worried you are about the boat sitting out in the storm. I'll ask the yard to move her under cover this afternoon.", "Acknowledges feeling, gives action."),
("clean-empathy", "That sounds really disappointing after all those hours on the quilt. Let me look at what went wrong with the stitching.", "Empathy followed by help."),
# clean-apology-action (3)
("clean-apology-action", "Sorry, I didn't explain the tide times clearly. High water's at 11:20, so the slot from 10 to 12 is the one you want.", "Model fix: 'Sorry, I didn't explain clearly', with the correct info."),
("clean-apology-action", "I'm sorry the beads arrived short. I've posted the missing ones first class today.", "Apology with action."),
("clean-apology-action", "Apologies for the double charge on the booking software — the refund of £29 went back to your card this morning.", "Apology plus remedy done."),
# clean-not-sure (3)
("clean-not-sure-callback", "I'm not sure whether that flue needs a building-control notice, but our surveyor Dan will know. I'll have him ring you before 4.", "'Not sure' with a named person and a call-back time."),
("clean-not-sure-callback", "I don't know offhand if the .co domain renews at the same price — I'll find out and email you within the hour.", "I'll find the right answer, with a time."),
("clean-not-sure-callback", "Not certain about the licence fee for a 58-footer, to be honest. Let me check with the licensing team and call you back this afternoon.", "Not sure + call-back."),
# clean-transfer (2)
("clean-transfer", "That's one for our hardware team, they can replace the card reader. Would you mind if I put you through? I'll tell Priya your name and the fault so you don't have to repeat it.", "Proper transfer: reason, permission, handover."),
("clean-transfer", "Mr Hale, the person who can help with the mooring side is Jo in the lock office. Is it OK if I connect you? I'll stay on till she picks up.", "Transfer with consent and handover."),
# clean-hold (2)
("clean-hold", "I'll need to look up your delivery route — may I put you on hold for about two minutes?", "Hold with reason, permission and time."),
("clean-hold", "Could I pop you on hold for a minute while I check the signing log? I'll be straight back.", "Hold done properly."),
# clean-wont-wait (2)
("clean-wont-wait", "We won't keep you waiting on the day — the crane's booked for 9 sharp.", "'We won't' as reassurance."),
("clean-wont-wait", "We never share your customers' card details with anyone, the terminal encrypts them at the reader.", "'We never' as a protection promise."),
# clean-factual-no (3)
("clean-factual-no", "Nope, the beginner course doesn't include materials — those are £40 on the day.", "'Nope' answering a yes/no question with a fact."),
("clean-factual-no", "No, the pellets aren't kiln-dried hardwood, they're softwood — which actually burns hotter.", "'No' answering a question with the fact."),
("clean-factual-no", "No, there's no setup fee on the monthly plan.", "Factual no."),
# clean-quoted (2)
("clean-quoted", "You said the driver told you 'that's not my job' when you asked him to use the side gate — that shouldn't have happened. I've noted it and rebooked with gate access.", "Quotes a colleague's forbidden phrase, then acts."),
("clean-quoted", "So when you rang, you were told 'we've always done it this way' about the crane fee. I'm sorry — I've checked and I can take it off this invoice.", "Quoted words, followed by action."),
# clean-manager-brought (2)
("clean-manager-brought", "I've asked Sandra, our yard manager, to come over — she'll be with you in five minutes and can sign off the discount.", "Manager brought to the customer."),
("clean-manager-brought", "I've escalated your case to our support lead; she'll email you by 3 pm today with an answer on the refund.", "Escalation on the customer's behalf with a time."),
# clean-thats-fine (1)
("clean-thats-fine", "That's fine, I'll move your class to the Thursday group and send the new details now.", "'That's fine' with action."),
# clean-ordinary (18)
("clean-ordinary", "Good morning, Riverside Boatyard, this is Kerry speaking. How can I help?", "Ordinary greeting."),
("clean-ordinary", "Your heating oil is booked for Tuesday, between 8 and 12.", "Plain factual confirmation."),
("clean-ordinary", "Thanks for that! Your domain's now pointing at the new host.", "Ordinary confirmation."),
("clean-ordinary", "The bead kit comes with 400 seed beads, a needle and a clasp.", "Plain information."),
("clean-ordinary", "Ok so ur terminal is activated, give it a test with a £1 sale", "Casual chat-style confirmation."),
("clean-ordinary", "Your quilt's finished and ready to collect any time after 10 tomorrow.", "Ordinary update."),
("clean-ordinary", "The stove fitting's booked for the 9th; the fitter, Luke, will text you when he's on his way.", "Ordinary booking info."),
("clean-ordinary", "Lovely, that's your weaving taster confirmed for Saturday at 2. See you then!", "Ordinary confirmation."),
("clean-ordinary", "Your boat licence is valid until 31 March next year.", "Plain fact."),
("clean-ordinary", "Is there anything else I can help with today?", "Ordinary closing."),
("clean-ordinary", "We've received your signed contract — a copy is in your inbox.", "Ordinary confirmation."),
("clean-ordinary", "Thats the till updated to version 4.2 now, you should see the new button on the home screen.", "Ordinary, small typo."),
("clean-ordinary", "Hi Mark, just letting you know your propeller's back from the workshop.", "Ordinary update."),
("clean-ordinary", "Pellets are £6.20 a bag, or £389 for a pallet of 65.", "Plain prices."),
("clean-ordinary", "The makerspace is open 8 till 10 every day except Monday.", "Plain opening hours."),
("clean-ordinary", "Thanks for calling, have a good evening.", "Ordinary closing."),
("clean-ordinary", "Your newsletter's scheduled for Friday 9 am, to 2,140 subscribers.", "Plain confirmation."),
("clean-ordinary", "The engineer checked the heat pump — refrigerant pressure's fine and the filter's been cleaned.", "Ordinary report."),
]
