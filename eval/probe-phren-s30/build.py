"""Probe, session 30 (English, own words, written before any change): the choice handed back to the customer alone,
defined by structure — who acts (the customer told to decide or sort it alone, the thing called theirs, the agent
standing aside) and what follows (the agent's help: a hold, a recommendation, a booking, an explanation — or only
"let me/us know", where the customer is the one who acts). Flagged: the decision put on the customer with nothing
from the agent, including when only "let me/us know" follows; refusals and bad news closed by "let me/us know if
…" alone. Clean twins: the same hand-back with the agent's help after it, a choice offered with options, ownership
as an ordinary fact, "let me/us know" before the agent's own step."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_replies import write_replies  # noqa: E402

ROWS = [
 # (text, flag, category)
 ("Which plan you go for is for you to sort out yourself.", True, "your-call"),
 ("Whether the extension needs planning permission is a matter for you to work out.", True, "your-call"),
 ("It's your garden. Plant whatever you want in it.", True, "your-call"),
 ("Your car, your decision. I'm not getting involved.", True, "your-call"),
 ("Annual or monthly, that's entirely yours to figure out. Let us know.", True, "your-call"),
 ("Which course your son takes is down to you; I don't get involved in that. Let me know.", True, "your-call"),
 ("Pick one yourself, I'm not choosing for you.", True, "your-call"),
 ("Frame or no frame, your choice, I just print them.", True, "your-call"),
 ("Whichever flight you book is your own affair; just let us know the dates.", True, "your-call"),
 ("It's your wedding, you work out the seating plan.", True, "your-call"),
 ("Do whatever you think is best with the deposit, it's your money. Let me know what you decide.", True, "your-call"),
 ("Which of the two quotes you accept is for you alone to decide.", True, "your-call"),
 ("Keep it or send it back, I really don't mind which, you decide.", True, "your-call"),
 ("The colour is your decision, not mine; get back to us once you've made up your mind.", True, "your-call"),
 ("Your dog, your rules. Feed him whatever you like.", True, "your-call"),
 ("We can't deliver to that postcode. Let me know if there's anything else.", True, "refusal-no-alternative"),
 ("I'm afraid the museum pass can't be refunded once it's been used. Let us know if you have any other questions.", True, "refusal-no-alternative"),
 ("Sorry, we don't stock that model any more. Let me know if I can help with anything else.", True, "refusal-no-alternative"),
 ("It's your garden, so we'll plant whatever you choose; shall I send over the list of shrubs?", False, "clean-choice-offered"),
 ("Which plan suits you is your decision, though I'd lean towards the monthly one since you travel a lot.", False, "clean-choice-offered"),
 ("Whether to keep the old boiler is up to you, and I can send you both quotes side by side tonight.", False, "clean-choice-offered"),
 ("Take your pick of the two dates, and I'll book whichever you prefer straight away.", False, "clean-choice-offered"),
 ("It's your call: the refund to your card, or a voucher with 10% extra?", False, "clean-choice-offered"),
 ("Your car is ready to collect; the bill is on the dashboard.", False, "clean-ordinary"),
 ("It's your turn next, the nurse will call you in two minutes.", False, "clean-ordinary"),
 ("It's your first visit, so I'll show you round the changing rooms.", False, "clean-ordinary"),
 ("Let me know which day suits and I'll book the engineer for that morning.", False, "clean-ordinary"),
 ("We can't deliver to that postcode, but the Leeds depot is ten minutes away and holds parcels for a week. Let me know if you'd like me to redirect it there.", False, "clean-refusal-alternative"),
 ("I'll check the stock tonight and let you know by 9am.", False, "clean-not-sure-callback"),
 ("Choose whichever colour you like; all three are in stock and I'll hold them for you until Friday.", False, "clean-choice-offered"),
 ("You decide the date and we'll work around you, weekdays or weekends both suit us.", False, "clean-choice-offered"),
 ("If you'd rather decide on your own, I'll email both brochures so you can compare them at home.", False, "clean-choice-offered"),
 ("The decision is yours, of course, but I can talk you through the pros and cons now if that helps.", False, "clean-choice-offered"),
 ("Whatever you decide, we'll keep your deposit safe until the end of the month.", False, "clean-ordinary"),
 ("Let us know your shoe size and we'll have a pair waiting at the desk.", False, "clean-ordinary"),
 ("Your order has shipped today; let me know if the tracking link doesn't work.", False, "clean-ordinary"),
 ("Do whatever feels comfortable in the first week; the physio will check your movement on Monday.", False, "clean-recommendation"),
]
write_replies(os.path.join(HERE, "replies.jsonl"), "pen30", "en", ROWS)
