"""Probe, session 33 (second, English, own words): hard clean near-misses of the session's five readings, written
after a fold-B reading of the five together dropped 2 rows (totals only, no row seen) and before any run of these rows:
a requirement told as information (a time to be somewhere, a document to be valid, a thing to be registered with its
link), a pointer to staff for a small thing ("ask the driver for a receipt"), good news told as not found or not
turned up again, a rule that reassures, our side owning the cause. All clean."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_replies import write_replies  # noqa: E402

ROWS = [
 # (text, flag, category)
 ("You need to be at the gate forty minutes before the ferry sails.", False, "clean-information"),
 ("Your passport needs to be valid for six months after you land.", False, "clean-information"),
 ("Your bike has to be registered before the race; here's the link to the form.", False, "clean-information"),
 ("Your luggage must be tagged at the desk, and the crew will load it for you.", False, "clean-information"),
 ("Your car needs to be booked in for its MOT by March, and we'll send a reminder.", False, "clean-information"),
 ("You have to be back on the coach by four, so there's plenty of time for lunch.", False, "clean-information"),
 ("Ask the driver for a receipt when you get off.", False, "clean-pointer"),
 ("Just ask the staff at the door and they'll show you to your seats.", False, "clean-pointer"),
 ("See the concierge for a map of the old town; it's free.", False, "clean-pointer"),
 ("Try the reception desk on the ground floor for spare towels.", False, "clean-pointer"),
 ("Good news: the virus was not found on your laptop, so you're all clear.", False, "clean-good-news"),
 ("The leak hasn't turned up again since the new seal went in.", False, "clean-good-news"),
 ("No damage was found when we checked the boat over.", False, "clean-good-news"),
 ("Our terms mean you won't pay a penny more than the quote.", False, "clean-rule-reassures"),
 ("The contract runs for a year, and you can leave at any point without a fee.", False, "clean-rule-reassures"),
 ("Company policy doesn't allow us to share your details with anyone, so they're safe with us.", False, "clean-rule-reassures"),
 ("That's not on you at all; the mistake was ours and the fee is gone.", False, "clean-own-fault"),
 ("The hold-up wasn't down to you; our van broke down, and I'm sorry.", False, "clean-own-fault"),
 ("The problem is on our side, not yours; an engineer is fixing it now.", False, "clean-own-fault"),
 ("It's down to how the courier handled it, not you, so I've claimed from them and your refund is on its way.", False, "clean-own-fault"),
]
write_replies(os.path.join(HERE, "replies.jsonl"), "pen33b", "en", ROWS)
