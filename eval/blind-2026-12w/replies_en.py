# English replies, written by hand. (category, text, why); flag = not category.startswith("clean-")
ROWS = [
# refusal-no-alternative (4)
("refusal-no-alternative", "Sorry, we weren't able to squeeze your group onto the Saturday raft trip.", "Refusal in past tense with no alternative date or trip offered."),
("refusal-no-alternative", "The rate you were quoted on the phone can't be honoured now.", "Refusal with no way forward (no new rate, no hold offered)."),
("refusal-no-alternative", "Afraid an uplift pass isn't something that can be refunded once it's been scanned at the lift.", "Passive refusal, nothing offered instead."),
("refusal-no-alternative", "We couldn't add the extra dozen Buff Orpington chicks to your order. Sorry about that.", "'Couldn't' refusal with an apology but no alternative breed or hatch date."),
# dead-end (3)
("dead-end", "Your Thursday surf lesson's been cancelled, the swell's too big. That's it I'm afraid.", "Bad news about the customer's own booking with no next step."),
("dead-end", "Bad news on your order: frost got into the warehouse and the seed potatoes are ruined, so nothing will be shipping.", "Bad news, no remedy or replacement offered."),
("dead-end", "The shearing gang's van broke down in Wales, so nobody will be coming out to your flock this week.", "Customer's own job cancelled, nothing after it."),
# blame (3)
("blame", "The order was late because your kitchen porter didn't answer the back door at six, simple as.", "Blames the customer's staff instead of addressing the issue."),
("blame", "Well, the chocolates melted because the box sat in your porch all afternoon.", "Blames the customer (对事不对人)."),
("blame", "If you'd typed the recipient's name exactly as it is on her ID, the transfer wouldn't be stuck.", "'If you'd…' blame; starts from 'you' instead of 'I'."),
# doubting-customer (3)
("doubting-customer", "Are you sure he skipped you? The driver's app says two pints went on your step at 5:40.", "Doubts the customer's account."),
("doubting-customer", "I find that hard to believe, our grooms check the hay nets twice a day.", "Openly disbelieves the customer."),
("doubting-customer", "Honestly I doubt you were charged twice for the pledge, the platform just doesn't do that.", "Dismisses the customer's claim as unlikely."),
# brush-off (3)
("brush-off", "It's a couple of scratches on the frame, nothing worth getting worked up about.", "Minimises the customer's complaint."),
("brush-off", "Eh, a few cracked eggs in transit, that happens. No biggie.", "Brush-off, no action."),
("brush-off", "The tour ran ten minutes short? You still got all three tastings, so.", "Dismisses the complaint."),
# false-reassurance (3)
("false-reassurance", "Couriers are swamped this week but I promise you, hundred percent, the mooncakes will land before the festival.", "Promises what the agent cannot control."),
("false-reassurance", "Oh that'll be corrected on your credit file overnight, guaranteed, no need to check back.", "Guarantee with no basis; discourages follow-up."),
("false-reassurance", "Leave it with me — the baler will be fixed and back on your farm by noon, you have my word.", "Promise made before diagnosing the fault."),
# your-call (3)
("your-call", "Whether you go for a debt management plan or an IVA is really your business, you decide.", "Leaves the customer alone with the decision (这是你的事,你自己做决定)."),
("your-call", "Electric or regular bikes for the tour, that's your call, I'm not getting into it.", "Refuses to help the customer choose."),
("your-call", "Which size pack you go for is up to you, I'm not going to pick for you.", "Abandons the customer to decide alone."),
# precedent (3)
("precedent", "We've always sent the boxes out frozen, so that's how yours came.", "Precedent as justification (我们一直都是这样做的)."),
("precedent", "That's how the exchange desk has done it since the nineties.", "Cites precedent instead of addressing the issue."),
("precedent", "Every kennel I've ever worked at charges for the pick-up day. Always has.", "Precedent as argument."),
# busy (3)
("busy", "I'm up to my eyes in Christmas hampers right now, can't look at this.", "Busy excuse with no time to come back."),
("busy", "Look, it's the morning rush at the counter, I haven't got time for this.", "I'm busy, no follow-up."),
("busy", "There's forty people in the queue ahead of you and I'm on my own today, so.", "Busy excuse, no call-back time."),
# impatience (3)
("impatience", "Like I said. Like I already said. The pass starts on the date you picked.", "Impatient repetition."),
("impatience", "Okay, you've told me that three times now.", "Impatience with the customer."),
("impatience", "Quick, just the account number, there's people waiting.", "Rushes the customer."),
# nine-forbidden (3)
("nine-forbidden", "Nope. Not happening.", "Bare 'No!' (不行!) in new words."),
("nine-forbidden", "Whoa, settle down, it's only a box of truffles.", "'Calm down' (冷静一点) in new words."),
("nine-forbidden", "Haven't the foggiest where your fleece bales went.", "'I don't know' with no way forward."),
# order (3)
("order", "Send the signed form back. Today.", "Bare command."),
("order", "Do the budget sheet again, and properly this time.", "Scolding command."),
("order", "Get the vaccination card to reception before nine.", "Bare command, not a request."),
# passing-buck (3)
("passing-buck", "Refunds are accounts' thing, not mine. Try them.", "Passes the buck, no handover ('that's not my job')."),
("passing-buck", "That's the courier's problem, give them a ring.", "Sends the customer elsewhere, no help."),
("passing-buck", "You'd have to take that up with the hatchery in Norfolk, we just resell.", "No handover, no contact."),
# send-to-manager (3)
("send-to-manager", "You'll need to speak to the head guide about that.", "Tells the customer to go to someone senior."),
("send-to-manager", "If you want a goodwill credit go and ask the branch manager yourself.", "Sends the customer to a manager instead of escalating."),
("send-to-manager", "Ring the yard manager, she's the one who decides that.", "Customer sent to a manager, no handover."),
# policy-shield (3)
("policy-shield", "It's company policy, I'm afraid. No refunds on tasting tours.", "Policy as a shield (这是我们公司的规定)."),
("policy-shield", "Rules are rules: ten minutes late and the pitch goes to the next team.", "Hides behind rules, no help."),
("policy-shield", "Head office policy means I can't tell you anything about why the loan was declined.", "Policy shield."),
# hostile-question (3)
("hostile-question", "What did you expect for forty quid a lesson?", "Confrontational question."),
("hostile-question", "Why would you book a rafting trip if you can't swim?", "Hostile question blaming the customer."),
("hostile-question", "Do you even open the emails we send you?", "Hostile question."),
# false-reaction (3)
("false-reaction", "Ugh, I know, this place is a shambles honestly.", "Runs down the company (您是对的——真讨厌)."),
("false-reaction", "Tell me about it, our couriers are useless.", "Agrees it's annoying, runs the company down."),
("false-reaction", "Yep, yep, I get it, no need to go on — what's the order number?", "False reaction before the customer has finished."),
# taboo (3)
("taboo", "I don't think you've quite grasped how the exchange margin works.", "'You don't seem to understand' (你好像不明白) in new words."),
("taboo", "You've got us mixed up with some other shearing outfit.", "'You must be confused' (你肯定弄混了)."),
("taboo", "Not our responsibility what the dogs pick up off the run floor.", "'We're not responsible' (我们可不负责)."),

# ---- clean ----
# ordinary (18)
("clean-ordinary", "Morning! Harbour Surf School, Kirsty speaking.", "Ordinary greeting."),
("clean-ordinary", "Your pitch is booked for Tuesday, 7 till 8, pitch 3.", "Plain confirmation."),
("clean-ordinary", "Thanks for calling Moorside Credit Union, have a lovely evening.", "Ordinary closing."),
("clean-ordinary", "The treetop course takes about two and a half hours start to finish.", "Plain fact."),
("clean-ordinary", "Lovely, that's 3kg of mince, a brisket and the sausage bundle.", "Order read-back."),
("clean-ordinary", "Today we're selling euros at 1.14 and buying at 1.21.", "Plain rate information."),
("clean-ordinary", "Your milk will now come Mondays, Wednesdays and Fridays.", "Confirmation."),
("clean-ordinary", "Hi there! Thanks for backing the project, how can I help today?", "Friendly greeting."),
("clean-ordinary", "The tour starts in the still room at 2 and finishes in the bar.", "Plain fact."),
("clean-ordinary", "Great news, your chicks hatched this morning, all twelve.", "Good news about the order."),
("clean-ordinary", "ok your report has been sent, should be in ur inbox now", "Chat-style confirmation."),
("clean-ordinary", "Bella's been fed and walked and she's curled up in her bed.", "Update on the customer's dog."),
("clean-ordinary", "The compact tractor is £95 a day, delivery within 15 miles free.", "Price information."),
("clean-ordinary", "Your tomato seedlings went out by tracked post today.", "Despatch confirmation."),
("clean-ordinary", "Day three is the long one, 68km, but mostly downhill.", "Route information."),
("clean-ordinary", "We'll see you on the 14th then, shearers usually arrive around 7.", "Confirmation with time."),
("clean-ordinary", "Thank you, the transfer to Manila has been collected.", "Status update."),
("clean-ordinary", "Cheers Tom, the fresh tagliatelle's on tomorrow's van.", "Casual confirmation."),
# refusal-alternative (4)
("clean-refusal-alternative", "We can't take under-eights on the big river, but the family float on the lower stretch runs at 11 and 3 — shall I hold two seats?", "Refusal with a concrete alternative."),
("clean-refusal-alternative", "No, we don't stock yen notes at this branch, but I can order them in for collection Thursday.", "'No' followed by a concrete way forward."),
("clean-refusal-alternative", "The stable next to the arena's taken, I'm sorry — the one by the tack room is free from the 1st, would that work?", "Refusal plus an alternative the customer can choose."),
("clean-refusal-alternative", "We're not able to split the 70% chocolate box, but we do a mixed box with six of them in it.", "Refusal with an alternative."),
# recommendation (3)
("clean-recommendation", "You should try the 9am slot, the water's much calmer first thing.", "'You should' as a recommendation."),
("clean-recommendation", "If you're new to it I'd go for the blue trails on day one.", "Recommendation."),
("clean-recommendation", "Honestly you should look at the family box, it works out cheaper per kilo.", "Recommendation, not a command."),
# requirement-info (3)
("clean-requirement-info", "All riders must wear a full-face helmet on the black runs; we lend them free at the hire desk.", "Rule for all customers, stated as information."),
("clean-requirement-info", "Visitors under 18 can come on the tour but can't take part in the tasting.", "Requirement as information."),
("clean-requirement-info", "For exchanges over £5,000 we're required to see photo ID and proof of address.", "Legal requirement stated as information."),
# question-obligation (3)
("clean-question-obligation", "Will you need the trailer as well, or just the tractor?", "'Need' inside a question."),
("clean-question-obligation", "Do you have to be back by a certain time for the ferry?", "'Have to' inside a question."),
("clean-question-obligation", "If you need to pause the boxes over summer, just let us know by the 20th.", "'Need' inside a condition, an offer."),
# empathy (4)
("clean-empathy", "You've got a point, waiting three weeks for a reply is too long. I'll chase the review team today.", "Affirms the customer and acts."),
("clean-empathy", "I can hear how worried you are about the bailiff letter. Let's go through it together now.", "Acknowledges feeling, then action."),
("clean-empathy", "You're quite right, the eggs should have been packed upright. I'll send replacements on Tuesday's run.", "Agrees with the customer's point and acts."),
("clean-empathy", "That sounds really stressful with the wedding so close. Let me see what I can do on the rates.", "Sympathy + approved phrase."),
# apology-action (2)
("clean-apology-action", "Sorry, I didn't explain the booking fee clearly — I'll take it off and resend the invoice.", "The model fix (我没有讲清楚) with action."),
("clean-apology-action", "I'm sorry the seeds arrived mixed up. Replacements are packed and going out first class today.", "Apology with remedy."),
# not-sure-callback (3)
("clean-not-sure-callback", "I'm not sure about the tide times for Sunday, but Jake runs the beach lessons — I'll get him to call you before 5.", "'I'm not sure' with a named person and time."),
("clean-not-sure-callback", "I don't know offhand whether that debt's statute-barred, but I'll check with our caseworker and ring you tomorrow morning.", "Not knowing + call-back time."),
("clean-not-sure-callback", "Not sure if the distillery shop posts abroad — their number's 01592 448120, ask for Moira.", "'Not sure' with a contact."),
# transfer (2)
("clean-transfer", "Our disputes team can correct that entry — may I put you through? I'll tell Priya your name and what's happened so you don't have to repeat it.", "Proper transfer: reason, permission, handover."),
("clean-transfer", "This one's for the mechanic, he's in the yard — do you mind holding while I pass you over? I'll stay on till he picks up.", "Transfer with permission and handover."),
# hold (2)
("clean-hold", "Let me check the hatch dates in the system — could you hold for about a minute?", "Hold with reason, permission, time."),
("clean-hold", "Thanks for waiting, sorry that took a bit longer than I said. The pitch is free at 8.", "Returning from hold with thanks."),
# wont-wait (2)
("clean-wont-wait", "We won't keep you waiting on the day — your bikes will be ready at the van when you arrive.", "'We won't' as reassurance."),
("clean-wont-wait", "We never share your details with lenders or debt collectors.", "'We never' as a privacy promise."),
# factual-no (3)
("clean-factual-no", "Nope, it's a two-hour session, not three.", "'Nope' answering a yes/no question with the fact."),
("clean-factual-no", "No, the card fee doesn't apply to bank transfers.", "Factual 'no'."),
("clean-factual-no", "No, the cattery's separate from the dog block, so she won't hear them.", "Factual 'no' with reassurance."),
# quoted (2)
("clean-quoted", "You said 'nobody ever tells me anything' — fair enough, so from now on I'll text you each morning with an update on Dusty.", "Quotes the customer, then acts."),
("clean-quoted", "Our driver told me 'that's not my job' when you asked about the crates. He was wrong; I'll have them collected Friday.", "Quotes a colleague, then acts."),
# manager-brought (2)
("clean-manager-brought", "I've asked our operations manager to join us — she's coming over now to sort the refund with you.", "Manager brought to the customer."),
("clean-manager-brought", "I've passed this to my supervisor and she'll call you by 3 today with a decision.", "Escalation on the customer's behalf with a time."),
# thats-fine (2)
("clean-thats-fine", "That's fine, I'll move you to the afternoon group.", "'That's fine' with action."),
("clean-thats-fine", "That's absolutely fine, we'll hold the hamper until you're back from Spain.", "Acceptance with action."),
]
