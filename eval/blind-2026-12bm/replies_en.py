# English agent replies, written by hand for blind round 2026-12bm. (text, category, why)
ROWS = [
    # --- refusal-no-alternative (4)
    ("Thanks for sending the drawings over. Rewinding a motor that old was looked at by the workshop and it has been turned down.", "refusal-no-alternative", "Passive refusal after a polite opener; no other route offered."),
    ("Sorry, Mrs Okafor, we weren't able to fit a Sunday pilot for your coaster, and that's where it stands.", "refusal-no-alternative", "Refusal in past tense closed off with nothing else offered."),
    ("Cutting under five metres off a drum isn't something the counter does.", "refusal-no-alternative", "Flat refusal, no alternative such as an offcut bin or another size."),
    ("Appreciate you asking early. The replica in bronze resin was declined by the collections team.", "refusal-no-alternative", "Passive refusal, no substitute material or route suggested."),
    # --- dead-end (3)
    ("Right, I've checked with the mill: that jacquard loom was scrapped in March, so your border pattern can't be woven again.", "dead-end", "Bad news about the customer's own order with no next step."),
    ("The film you wanted for the village hall turned out to be on nitrate stock and no viewing copy exists.", "dead-end", "Dead end on the customer's request, no remedy or alternative offered."),
    ("I've had a look for you. The indigo you approved in the lab dip has been discontinued by the dye supplier.", "dead-end", "Bad news left hanging, no replacement shade or plan."),
    # --- blame (3)
    ("The van was held at the ramp because your declaration listed the acetylene under the wrong class.", "blame", "Blames the customer for the problem instead of addressing the issue."),
    ("Morning! Those push-in fittings only leaked because you cut the 8 mm air hose at an angle.", "blame", "Polite opener, then the fault is put on the customer."),
    ("Thanks for ringing back. The dues invoice was doubled since the length you declared for the boat was wrong.", "blame", "'You declared it wrong' rather than 'there's something on the form we need to fix'."),
    # --- doubting-customer (3)
    ("Are you certain the drive tripped on overcurrent? Those units very rarely do that.", "doubting-customer", "Doubts the customer's account instead of gathering facts."),
    ("I really doubt our forklift put that dent in your crate, to be honest.", "doubting-customer", "Dismisses the customer's report as untrue."),
    ("Thanks for the photos, Mr Dunn. You may have mixed up our deadstock twill with something from another seller.", "doubting-customer", "'You must be confused' in new words after a polite opener."),
    # --- brush-off (3)
    ("A few slubs in a denim sample? Nobody's going to spot those.", "brush-off", "Minimises the customer's concern."),
    ("Half a litre of bilge water hardly counts, so I wouldn't worry about the reception slip.", "brush-off", "Waves the issue away instead of dealing with it."),
    ("It's only a tea towel for the gift shop, so the colour being a shade off isn't a big deal.", "brush-off", "Belittles the complaint."),
    # --- false-reassurance (3)
    ("Don't worry at all, the pilot will be on board at 06:00 sharp whatever the weather does.", "false-reassurance", "Promises what nobody can guarantee (weather, pilot availability)."),
    ("I can promise you that water-repellent finish will survive a hundred washes, no question.", "false-reassurance", "Over-promise the mill cannot back up."),
    ("Honestly, that rewound motor will outlast the machine it sits in, I guarantee it.", "false-reassurance", "Guarantee no one can keep."),
    # --- your-call (3)
    ("Whether you go for the 11 kW drive or the 15 kW one is your decision, not mine.", "your-call", "'That's your business, decide yourself' instead of guiding."),
    ("We've sent both sets of lab dips; which one you pick is entirely up to you, really.", "your-call", "Leaves the customer alone with the choice, no help."),
    ("Good afternoon. Quay 2 or quay 4 for your pallets, you sort that out among yourselves.", "your-call", "Hands the decision back without advice."),
    # --- precedent (3)
    ("The touring show has always gone out with a two-week install window, and that's how it's done.", "precedent", "'We've always done it this way' as a reason."),
    ("Thanks for the note. Deposition boxes were always measured in that size here, so that's what we stick to.", "precedent", "Cites past practice instead of the customer's need."),
    ("Not once in twenty years has anyone grumbled about our waste-reception charges.", "precedent", "'Nobody has ever complained before' in new words."),
    # --- busy (3)
    ("I'm flat out at the counter at the moment, ring some other time about the RCDs.", "busy", "Busy excuse with no time to call back."),
    ("Can't do your cartons now, the shop's slammed with the Christmas orders.", "busy", "Too busy, no callback or time given."),
    ("Sorry, the whole desk is buried under pilot bookings today.", "busy", "Busy as the reason, no next step."),
    # --- order (3)
    ("Send the sample swatch back first class by Friday.", "order", "Bare command, not a request."),
    ("You'll have to empty the slops into the blue skip yourself, and be quick about it.", "order", "Command with pressure."),
    ("Thanks for calling, Ms Hale. Measure the shaft again and ring back with the right number.", "order", "Polite opener, then an order implying the customer erred."),
    # --- impatience (3)
    ("As I've told you twice already, the jersey is sold by the kilo.", "impatience", "Impatient repetition."),
    ("You want the inverter programmed today? On a Friday afternoon?", "impatience", "'You want it right now?' in new words."),
    ("Yes, like I said a minute ago, the ferry needs the declaration forty-eight hours ahead.", "impatience", "'Like I said' — impatient reminder."),
    # --- policy-shield (3)
    ("The dues were worked out strictly per the harbour byelaws, so there's nothing to discuss.", "policy-shield", "Rules as a shield, no help."),
    ("Museum policy says replicas are only sold to registered institutions, end of story.", "policy-shield", "'Company policy' used to close the talk."),
    ("I hear you. Under our terms, surplus rolls are sold as seen, so the stains stay yours.", "policy-shield", "Empathy opener, then terms used as a shield."),
    # --- passing-buck (3)
    ("Licensing the screening is archives' job, not front desk. Their number's on the website.", "passing-buck", "Passes the customer on without a handover."),
    ("Fuel invoices go through accounts. Try them.", "passing-buck", "Sends the customer elsewhere, no transfer."),
    ("That's a question for the dye house upstairs rather than sales; you could email them, I suppose.", "passing-buck", "Shunts the customer elsewhere with no handover."),
    # --- send-to-manager (3)
    ("If you want the deposit back, you'll have to take it up with the harbour master yourself.", "send-to-manager", "Tells the customer to go to the boss instead of escalating for them."),
    ("Hello Mr Price. For a discount on the rewind, ask for the workshop manager next time you're in.", "send-to-manager", "Sends the customer to a manager rather than bringing one in."),
    ("Only the head of collections can change the loan fee, so you'll need to get hold of her.", "send-to-manager", "Customer told to find the manager."),
    # --- hostile-question (3)
    ("Did nobody on your side read the minimum order line before placing this?", "hostile-question", "Confrontational question blaming the customer."),
    ("Why would you book a crane slot without checking the tide tables first?", "hostile-question", "Hostile question."),
    ("Thanks for calling. What exactly did you expect from a sale roll at that price?", "hostile-question", "Polite opener, then a hostile question."),
    # --- false-reaction (3)
    ("Yep, yep, got it, you don't need to go through the rest, I know what happened with the drum.", "false-reaction", "Cuts the customer off with a false 'got it'."),
    ("Mm-hm, sure, understood — so anyway, the next listening slot is Tuesday.", "false-reaction", "False 'understood' while skipping the customer's point."),
    ("OK, OK, clear, clear. The brushed finish, yeah, I'm with you.", "false-reaction", "Hurried 'clear' before the customer finishes."),
    # --- nine-forbidden (3)
    ("No idea where your breakers ended up, honestly.", "nine-forbidden", "'I don't know' with no offer to find out."),
    ("Chasing the courier isn't part of my role, I'm afraid.", "nine-forbidden", "'That's not my job' in new words."),
    ("All right, just settle down and let me read it first.", "nine-forbidden", "'Calm down' in new words."),
    # --- taboo (3)
    ("Damage after the pallet leaves the quay is not something we carry any liability for.", "taboo", "'We're not responsible' in new words."),
    ("Thanks for your patience. Weaving just forty metres of that jacquard is totally out of the question, never going to happen.", "taboo", "'Absolutely impossible' after a polite opener."),
    ("I don't think you've quite grasped how deposition charges work.", "taboo", "'You don't seem to understand'."),
    # --- send clean rows ---
    # clean-ordinary (18)
    ("Good morning, Harbour Office, this is Tamsin speaking. How can I help?", "clean-ordinary", "Standard greeting with name."),
    ("Your 50 metres of 4 mm² twin and earth will be cut and ready for collection from 2 pm.", "clean-ordinary", "Plain confirmation."),
    ("The pilot is booked to board at the fairway buoy at 05:40 on the 14th.", "clean-ordinary", "Plain fact."),
    ("I've logged the 120 litres of waste oil against your boat, Saltire, and emailed the receipt.", "clean-ordinary", "Confirmation of action."),
    ("The touring exhibition comes in nine crates and needs about 60 square metres of floor.", "clean-ordinary", "Information."),
    ("Let me read that back: two 6206 bearings and one B-section belt, 1,250 long. Is that right?", "clean-ordinary", "Read-back with check."),
    ("Your lab dips for the sage and rust shades will be posted on Thursday.", "clean-ordinary", "Plain update."),
    ("The fuel berth is open from seven until half past five, seven days a week.", "clean-ordinary", "Plain fact."),
    ("Thanks for calling the Sound Archive, and enjoy the recordings.", "clean-ordinary", "Closing."),
    ("The replica of the Anglo-Saxon brooch measures 42 mm across and comes in a gift box.", "clean-ordinary", "Product information."),
    ("Your jersey order is 180 kg of cotton-elastane in navy, due off the machines on 3 March.", "clean-ordinary", "Order confirmation."),
    ("We've received the deposition boxes from your Marsh Lane excavation, twelve in total.", "clean-ordinary", "Receipt confirmation."),
    ("Your denim sample yardage, 15 metres of 13 oz, was dispatched this morning by tracked courier.", "clean-ordinary", "Dispatch notice."),
    ("The inverter is set to ramp up over eight seconds, as you asked.", "clean-ordinary", "Confirms the customer's setting."),
    ("Is there anything else I can help you with today?", "clean-ordinary", "Closing question."),
    ("The gift-shop wholesale list now includes the lighthouse mugs at £4.20 each, minimum twelve.", "clean-ordinary", "Price information."),
    ("Your ferry booking reference for the van is TRK-4471.", "clean-ordinary", "Reference number."),
    ("The rewound motor passed its insulation test at 500 volts this afternoon.", "clean-ordinary", "Test result."),
    # clean-refusal-alternative (4)
    ("We can't cut that armoured cable below 10 metres, but we do keep an offcut bin with 3 to 8 metre lengths; shall I check it for you?", "clean-refusal-alternative", "Refusal with a concrete alternative."),
    ("A Sunday screening licence isn't possible for that title, but the same film is cleared for Saturday evenings, or I can suggest two similar 1950s harbour films.", "clean-refusal-alternative", "Refusal with choices."),
    ("What I can do is weave 60 metres on the narrower loom instead of the 200-metre minimum on the wide one.", "clean-refusal-alternative", "'What I can do is…' with an option."),
    ("The berth can't take a 40-metre vessel, unfortunately; the outer quay can, and I can hold a slot there for Tuesday.", "clean-refusal-alternative", "Refusal plus a held alternative."),
    # clean-recommendation (3)
    ("You should try a soft-start setting on the drive; it'll stop the belt squealing at start-up.", "clean-recommendation", "Recommendation, not an order."),
    ("For a village hall, I'd go for the smaller panel version of the exhibition — it fits in one van.", "clean-recommendation", "Advice."),
    ("You might want to ask for a strike-off on the brushed finish before bulk.", "clean-recommendation", "Suggestion."),
    # clean-requirement-info (3)
    ("All vehicles carrying gas cylinders need a signed declaration 24 hours before sailing; I can send you the form now.", "clean-requirement-info", "Requirement stated as information plus help."),
    ("Deposited archives have to be in acid-free boxes with the site code on each end — there's a label template on our page.", "clean-requirement-info", "General requirement, helpful."),
    ("Vessels over 20 metres must take a pilot in the inner harbour; I'll book one when you give me your ETA.", "clean-requirement-info", "Rule as information, with action."),
    # clean-question-obligation (3)
    ("Do you need the cable on a returnable drum, or coiled?", "clean-question-obligation", "'Need' inside a question."),
    ("Should you need an extra forklift driver, just let the quay office know the day before.", "clean-question-obligation", "Conditional 'should you need'."),
    ("Will you have to show the replica to your trustees before confirming?", "clean-question-obligation", "Obligation word inside a question."),
    # clean-empathy (3)
    ("You have a point — a fortnight without the mixer motor is a long time. I'll ask the workshop to put yours first.", "clean-empathy", "Affirmation followed by action."),
    ("I can hear how worried you are about the launch date; let me check the finishing schedule right now.", "clean-empathy", "Acknowledges feeling, then acts."),
    ("That sounds really frustrating, having the van turned back at the ramp. Let's get the declaration fixed for the 4 pm sailing.", "clean-empathy", "Empathy plus action."),
    # clean-apology-action (3)
    ("I'm sorry, I didn't explain the per-tonne dues clearly. Let me go through the invoice with you line by line.", "clean-apology-action", "Apology taking responsibility, then action."),
    ("Apologies for the mix-up with the mug colours; a corrected batch goes out Monday at no charge.", "clean-apology-action", "Apology with remedy."),
    ("Sorry the pilot was late boarding; I've taken the waiting time off your bill.", "clean-apology-action", "Apology plus remedy."),
    # clean-not-sure-callback (3)
    ("I'm not sure whether that bearing is still made, but I'll check with the distributor and call you back before 3.", "clean-not-sure-callback", "Not sure, with a callback time."),
    ("I don't know offhand if the 1962 regatta tape has been digitised — Priya in the archive will, and I'll put you through to her.", "clean-not-sure-callback", "Approved rewrite of 'I don't know' with a named colleague."),
    ("Not sure about the shrinkage on that deadstock lot; I'll have a metre washed and ring you tomorrow morning.", "clean-not-sure-callback", "Not sure, with a plan and time."),
    # clean-transfer (2)
    ("The screening licence is handled by our rights officer, Glen. Would you mind if I put you through? I'll tell him it's about the Whitby film so you won't have to repeat yourself.", "clean-transfer", "Reason, permission, handover."),
    ("Leah in the dye lab can answer the fastness question. Is it OK if I transfer you? I'll stay on until she picks up.", "clean-transfer", "Proper transfer."),
    # clean-hold (2)
    ("I need to check the tide window with the pilot station — may I put you on hold for about two minutes?", "clean-hold", "Reason, permission, time limit."),
    ("Could you hold for a minute while I find the drum deposit on your account? Thanks for waiting.", "clean-hold", "Proper hold."),
    # clean-wont-wait (2)
    ("We won't keep your lorry waiting at the gate; a handler will meet it at 8.", "clean-wont-wait", "Protective promise, not a refusal."),
    ("We never pass your customer list to other retailers.", "clean-wont-wait", "Protective 'never' statement."),
    # clean-factual-no (3)
    ("No, the fuel berth doesn't sell petrol, only marine diesel — the marina pump on the east pontoon does petrol.", "clean-factual-no", "'No' answering a yes/no question with the fact."),
    ("Nope, the replica isn't cast from the original; it's from a 3D scan.", "clean-factual-no", "Factual no."),
    ("No, there's no surcharge for garbage bags under 50 litres.", "clean-factual-no", "Factual no."),
    # clean-quoted (2)
    ("You were told 'that's not our department' when you rang on Monday — that shouldn't have happened, and I'll sort the bearing return myself.", "clean-quoted", "Quoted taboo words followed by action."),
    ("I know the last person said 'we can't possibly rewind it in a week'; I've spoken to the workshop, and Thursday is doable.", "clean-quoted", "Quoted phrase, then action."),
    # clean-manager-brought (2)
    ("I've asked our harbour master, Mr Finch, to join the call so he can explain the dues himself.", "clean-manager-brought", "Manager brought to the customer."),
    ("I'll raise the refund with our sales manager today and she'll ring you by 5 pm.", "clean-manager-brought", "Escalation on the customer's behalf with a time."),
    # clean-thats-fine (2)
    ("That's fine — we'll swap the navy for charcoal and keep the same delivery date.", "clean-thats-fine", "Agreement with action."),
    ("That's fine, I'll move your screening to the 22nd and send the new licence.", "clean-thats-fine", "Agreement plus action."),
]
