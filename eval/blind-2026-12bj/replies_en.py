# Blind round 2026-12bj — English agent replies, written by hand (trainer role).
# Each row: (text, category, why). flag is derived from the category in build.py.
ROWS = []
def add(cat, items):
    for text, why in items:
        ROWS.append((text, cat, why))

# ---------------- flagged ----------------
add("refusal-no-alternative", [
    ("Thanks for holding, Mr Okafor. Your request to move the skills test to the Saturday was looked at this morning and turned down.",
     "Refusal in the passive after a polite opener, with no other date or option offered."),
    ("Extra purification runs for a private grower's sacks aren't something this centre takes on.",
     "Flat refusal of the depuration request; no alternative or next step."),
    ("I've been through it with the workshop and swapping to the thicker cedar shakes mid-order just isn't happening, I'm afraid.",
     "Refusal softened by 'I'm afraid' but no other way forward is offered."),
    ("Your request for the escalators to be switched off on the Sunday for the shopfit was declined by the planning desk.",
     "Past-tense passive refusal with no alternative date or arrangement."),
])
add("dead-end", [
    ("The oyster seed from the May spawn has all been sold, sorry.",
     "Bad news about the customer's order with nothing after it: no other batch, no waiting list."),
    ("The control board in your dumbwaiter was discontinued by the maker in 2019, so there's no replacement for it.",
     "Bad news delivered as the end of the matter; no remedial action offered."),
    ("The helicopter has been grounded with a gearbox warning, so your 4 o'clock sunset flight won't be going.",
     "Cancellation told with no rebooking, refund or next step."),
])
add("blame", [
    ("The net tore because the pen was overstocked by your crew, not because of anything wrong with our mesh.",
     "Blames the customer's people for the fault instead of addressing the issue."),
    ("Mrs Hale, the pumps tripped because the tank valve was left shut by your caretaker over the weekend.",
     "Puts the fault on the customer's side; 'that's not our fault' in other words."),
    ("If someone at your end had checked the moisture before parking that slab against a radiator, it wouldn't have split.",
     "Conditional blame aimed at the customer."),
])
add("doubting-customer", [
    ("Are you quite certain it was the left-hand escalator? Our logs show nothing on that side at all.",
     "Questions the customer's account instead of investigating."),
    ("Hmm, I doubt the deposit was ever actually paid; nothing's come through here.",
     "Doubts the customer's word; should check and say what will be done."),
    ("With respect, I think you've muddled the tie-down rate up with the hangar rate.",
     "'You must be confused' in new words."),
])
add("brush-off", [
    ("A few sticky floats on a mussel line is nothing to get worked up about.",
     "Dismisses the customer's concern instead of taking it seriously."),
    ("The stairwell emergency light flickering? That's purely cosmetic, honestly.",
     "Brushes off a safety concern without checking."),
    ("It's a scenic flight, not a moon landing; twenty minutes late hardly spoils the day.",
     "Minimises the customer's complaint about a late departure."),
])
add("false-reassurance", [
    ("I guarantee that engine will never give you another moment's trouble.",
     "A promise no one can keep (don't promise what you can't deliver)."),
    ("Don't worry, the kelp lines will definitely yield double this year.",
     "Unfounded guarantee about a natural crop."),
    ("The glulam beams will be on site Monday, one hundred percent, whatever the haulier says.",
     "Guarantees something outside the agent's control."),
])
add("your-call", [
    ("Whether you fly in this crosswind is entirely down to you; I'm staying out of it.",
     "'That's your business, decide yourself' — abandons the customer."),
    ("Keep the oysters in the bags or tip them out, it's your farm, your decision.",
     "Leaves the decision with the customer with no information or help."),
    ("Reinstate the old controller or pay for the upgrade; you'll have to work out which suits you.",
     "Your-call abandonment placed at the end, no comparison or advice given."),
])
add("precedent", [
    ("That's how this mill has measured boards for thirty years.",
     "'We've always done it this way' as the answer to a complaint."),
    ("Tanks get topped up after the flight, not before; it's always been the routine here.",
     "Cites habit instead of addressing the customer's request."),
    ("The shavings are bagged slightly damp. They were bagged like that in my grandfather's day too.",
     "Precedent used to defend the product against a complaint."),
])
add("busy", [
    ("I've got a queue of students out the door, so your invoice will have to wait.",
     "'I'm busy right now' with no time given for coming back."),
    ("The phones have been mad all morning, so the BMS log isn't getting looked at today.",
     "Busy excuse, no alternative time or person."),
    ("Look, the yard's flat out this week. Ring another time.",
     "Busy brush-off with no call-back arranged."),
])
add("order", [
    ("Send the serial number of the pump set. Today.",
     "Bare command instead of a request."),
    ("Move your aircraft off tie-down 14 before noon.",
     "Command, no 'could you' or reason."),
    ("Fill in the depuration log properly next time and bring it with the sacks.",
     "Order with implied blame; should be a request."),
])
add("impatience", [
    ("Like I've told you twice already, the lesson is ninety minutes including the briefing.",
     "Impatient repetition ('as I said')."),
    ("You want the new rope delivered this afternoon? Seriously?",
     "'You want it right now?' — sarcastic impatience."),
    ("Again: the flight leaves at four. Four o'clock.",
     "Impatient repetition of the same fact."),
])
add("nine-forbidden", [
    ("No idea where your shavings order went.",
     "'I don't know' in other words, with no offer to find out."),
    ("Emergency light testing isn't part of my role, mate.",
     "'That's not my job' reworded."),
    ("Please just take a breath and stop shouting about the escalator.",
     "'Calm down' in other words, after a polite 'please'."),
])
add("policy-shield", [
    ("Rules are rules: trial lessons aren't refunded once the briefing has started.",
     "Hides behind the rules; no explanation or option."),
    ("Company procedure says the aircraft isn't released until the invoice is paid in full, and that's that.",
     "'It's company policy' used to end the conversation."),
    ("Head office policy, I'm afraid. Slabs are non-returnable.",
     "Policy as a shield, no alternative such as an exchange."),
])
add("passing-buck", [
    ("Billing for the air taxi is a different team. Their number's on the website somewhere.",
     "Passes the customer on without a handover."),
    ("The pump warranty is the manufacturer's headache; you'd have to contact them.",
     "Shifts responsibility away with no help."),
    ("That's for the harbour office to sort, not us, so you'll have to chase them.",
     "Passing the buck; the customer is left to chase."),
])
add("send-to-manager", [
    ("If you want money off the hangar rent, you'll have to ring the airfield manager yourself.",
     "Tells the customer to go and find a manager instead of escalating for them."),
    ("I'd suggest you ask for the site supervisor when he's in on Thursday.",
     "Sends the customer to a supervisor; no escalation on their behalf."),
    ("Complaints about shingle grading go to the boss. Email her.",
     "'You need to talk to the manager', bare and at the end."),
])
add("hostile-question", [
    ("Why didn't you read the weight limits before booking four adults?",
     "Confrontational question hunting for the customer's fault."),
    ("What did you expect from untreated cedar on a north-facing roof?",
     "Hostile rhetorical question."),
    ("Did nobody at your place think to test the alarm dialler before the weekend?",
     "Blaming question aimed at the customer's side."),
])
add("false-reaction", [
    ("Yep, yep, I know exactly what that is, it's the float switch. Next?",
     "Cuts in with 'I know' before the customer has finished."),
    ("Right, right, got it, no need to go on, the lines sank.",
     "False reaction that signals 'stop talking'."),
    ("Sure, I understand, I understand. So was there anything else?",
     "Hollow 'I understand' used to close the customer down."),
])
add("taboo", [
    ("You don't seem to get how a depuration cycle actually works.",
     "'You don't seem to understand' — taboo wording."),
    ("Whatever happened to the logs after they left the landing is not our responsibility.",
     "'We're not responsible' — taboo."),
    ("A false alarm from one of our panels? Absolutely impossible.",
     "'Absolutely impossible' — confrontational taboo."),
])

# ---------------- clean ----------------
add("clean-apology-action", [
    ("I'm sorry, I didn't explain the fuel surcharge clearly on the quote. I've taken it off and emailed you the corrected invoice.",
     "Apology in the 'I' form with action."),
    ("Apologies for the missed visit on Tuesday. An engineer is booked for 8 tomorrow and the call-out charge is waived.",
     "Apology followed by remedy."),
    ("I'm sorry the bales arrived damp. Twenty replacements are going out on Friday's lorry at no charge.",
     "Apology with concrete remedial action."),
])
add("clean-empathy", [
    ("You're quite right to be disappointed; a cancelled first solo is a big letdown. Let me find the earliest slot with Captain Reyes.",
     "Affirms the feeling and then acts."),
    ("I know you're worried about the oysters in this heat. I'll get your batch into the tanks first thing tomorrow.",
     "Acknowledges worry, then action."),
    ("That makes sense; a clattering escalator would worry anyone. A technician will be there before the shop opens.",
     "Empathy plus action."),
])
add("clean-factual-no", [
    ("No, the scenic flight doesn't land on the glacier; it circles it twice and is back in 25 minutes.",
     "'No' answering a yes/no question, with the fact."),
    ("Nope, the glulam is spruce, not larch.",
     "Plain factual answer to a question."),
    ("No, the pump set didn't fail. The mains pressure dropped across the district on Friday and it restarted by itself at 6:10.",
     "Factual correction with information, not blame."),
])
add("clean-hold", [
    ("I need to pull up the aircraft's maintenance records to answer that. May I put you on hold for two minutes?",
     "Hold with reason, permission and time limit."),
    ("Could you bear with me for about a minute while I check the depuration timetable? I'll come straight back to you.",
     "Proper hold: reason, permission, time."),
])
add("clean-manager-brought", [
    ("I've asked our workshop manager, Dana, to join us; she's on the line now and has your file open.",
     "Manager brought onto the call, not the customer sent away."),
    ("I've passed this to our operations manager myself, and he'll ring you before three today.",
     "Escalation on the customer's behalf with a time."),
])
add("clean-not-sure-callback", [
    ("I'm not sure whether your insurer accepts our hangar certificate. I'll ask the airfield office and call you back by eleven.",
     "Not sure, plus a call-back time."),
    ("I don't know offhand if that seed strain copes with colder water, but our biologist Kenji does; I'll put you in touch today.",
     "Approved rewrite of 'I don't know': names who can help."),
    ("Not sure of the shingle lead time off the top of my head. I'll check with the mill and text you before five.",
     "Uncertainty with a follow-up time."),
])
add("clean-question-obligation", [
    ("Will you need a fuel stop on the way to Jersey?",
     "'Need' inside a question."),
    ("If you need the slabs planed, should we do both faces?",
     "Obligation words in a condition and a question."),
    ("Do you have to be on site when the engineer tests the lights, or can we collect the key from reception?",
     "'Have to' asked, not ordered."),
])
add("clean-quoted", [
    ("You were told 'that's not my job' by the night operator, and that was wrong of him. I'm logging the fault myself and an engineer will be with you within the hour.",
     "Forbidden phrase quoted, then responsibility and action."),
    ("I'm sorry someone said 'we can't possibly' about your rope order. I've checked, and we can ship the 400 metres on Thursday.",
     "Taboo phrase quoted and corrected with action."),
])
add("clean-recommendation", [
    ("You should book the morning slot; the air is much smoother before the thermals get going.",
     "Recommendation with reason, not an order."),
    ("I'd recommend stickering the slabs every 40 cm so they dry evenly.",
     "Advice, not a command."),
    ("You might want to raise the oxygen alarm threshold to 5 mg/L for August.",
     "Suggestion."),
])
add("clean-refusal-alternative", [
    ("We can't take the Piper in for its annual until the 20th, but the engineers at Hawkridge have a slot on the 9th. Shall I send them your details?",
     "Refusal with a concrete alternative."),
    ("The helicopter can't carry five with luggage. What I can do is book two flights back to back, or the larger aircraft on Sunday.",
     "'What I can do is…' with choices."),
    ("The mobile mill can't get into your field while it's waterlogged. We could cut in our yard if the logs are hauled down, or wait until the ground firms up in May.",
     "Refusal explained, two alternatives offered."),
    ("I can't refund the tie-down month already used, but I can credit it against your next three months.",
     "Refusal with an alternative remedy."),
])
add("clean-requirement-info", [
    ("All air-taxi passengers need photo ID at check-in; that applies to every flight.",
     "Requirement stated as information for everyone."),
    ("Every batch of bought-in oysters spends at least 42 hours in depuration before sale, whoever the grower is.",
     "General rule stated as a fact, not used to refuse."),
    ("Logs for the mobile mill have to be free of nails and fencing wire; it's a condition on every job because a hidden nail can shatter the blade.",
     "Requirement explained for all customers, with the reason."),
])
add("clean-thats-fine", [
    ("That's fine. I'll move your lesson to Thursday at ten and send the confirmation now.",
     "'That's fine' with action."),
    ("No problem at all, I'll add the extra two bales to Friday's drop.",
     "Agreement with action."),
])
add("clean-transfer", [
    ("Licensing is handled by Sarah in the training office. Would you mind if I put you through? I'll tell her it's about your exam booking, Mr Lin, and stay on until she picks up.",
     "Transfer with reason, permission and handover."),
    ("Our controls engineer can answer that directly. Is it all right if I transfer you? I'll give him your building name so you don't have to repeat it.",
     "Proper transfer."),
])
add("clean-wont-wait", [
    ("We won't keep you waiting at the gate; the pilot meets you there at 2:45.",
     "'We won't' as a service promise, not a refusal."),
    ("We never leave a trapped passenger without contact; our operator stays on the line until the engineer arrives.",
     "'We never' as a protection promise."),
])
add("clean-ordinary", [
    ("Good morning, Westfield Flying School, Priya speaking. How can I help?", "Greeting."),
    ("Your next lesson is Wednesday 14 May at 09:30 with Tom.", "Plain fact."),
    ("The 50-hour check on G-BXRK is done and she's on the apron ready for you.", "Status update."),
    ("Tie-down bay 7 is yours from the first of the month at £95 a month.", "Confirmation."),
    ("Just to read it back: three sacks of seed, 2 mm grade, to Pier Road on the 18th. Is that right?", "Read-back."),
    ("We've received the 1,200 metres of 18 mm rope for your order.", "Plain fact."),
    ("The net for pen 4 has been washed and mended and goes back out on Thursday's boat.", "Status update."),
    ("Your dissolved-oxygen readings are emailed every morning at six.", "Information."),
    ("The kelp seed string travels in cool boxes and is best unpacked within twelve hours.", "Information."),
    ("The mill arrives at eight and usually cuts about three cubic metres a day.", "Information."),
    ("Our offer for the ash is £48 a tonne at the roadside.", "Plain fact."),
    ("A bale of shavings weighs 20 kg compressed.", "Plain fact."),
    ("The 6-metre glulam beam is 90 by 270 mm.", "Plain fact."),
    ("Both escalators at the Market Street entrance passed their six-monthly service yesterday.", "Status update."),
    ("Your dumbwaiter was serviced on 3 March; the next visit is in September.", "Information."),
    ("The booster set's duty pump was changed over on Monday, as planned.", "Status update."),
    ("The emergency-lighting certificate for Block C is attached to this email.", "Information."),
    ("Thanks for calling, and enjoy the new roof.", "Closing."),
])
