"""Probe, session 34, second set (English, own words): written after the first readings were kept and after reading
fold A's misses, before the readings it tests; committed before its first run. One reading per act, by clause roles.
Flagged: a rule cited and then closed on itself ("and that's that", "end of story", "and that's final") with nothing
after; a search or check told as having come back empty with nothing after; a session or booking named by its day told
as off, closing its clause; the customer's trouble called merely cosmetic, with nothing done.
Clean twins: the same with our exception or step; a check that came back clear (good news); a fee that is off the
bill; the trouble called cosmetic with our fix or a reason the customer is glad of; and near misses of the session's
first readings (a request looked at and approved, a thing going through later, a verdict for the customer)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_replies import write_replies  # noqa: E402

ROWS = [
 # (text, flag, category)
 ("The club rules say two guests per member, and that's that.", True, "policy-shield"),
 ("Our terms allow one free date change, and that's final.", True, "policy-shield"),
 ("The lease says no pets in the flats, end of story.", True, "policy-shield"),
 ("The club rules say two guests per member, but I can sign a third in for you tonight.", False, "clean-policy-exception"),
 ("Our terms allow one free date change, and I've just made yours, so you're all set for the 12th.", False, "clean-policy-step"),
 ("The search of the lockers came back empty.", True, "dead-end"),
 ("We checked the lost-property log and it came back empty.", True, "dead-end"),
 ("The search of the lockers came back empty, so I've filed a claim with the insurer for you.", False, "clean-outcome-next-step"),
 ("Your blood test came back clear, so there's nothing more to do.", False, "clean-good-news"),
 ("Thursday's pottery class is off.", True, "dead-end"),
 ("Saturday's coach trip is off, I'm afraid.", True, "dead-end"),
 ("Thursday's pottery class is off, so I've moved you to Saturday's at ten.", False, "clean-outcome-alternative"),
 ("Thursday's late fee is off your bill now.", False, "clean-good-news"),
 ("The chip on the rim? That's only cosmetic.", True, "brush-off"),
 ("It's purely cosmetic, honestly.", True, "brush-off"),
 ("The scuff is purely cosmetic, and I'll still send a touch-up pen today.", False, "clean-cosmetic-with-fix"),
 ("Good news: the dent is only cosmetic, so the frame is safe and the warranty still covers it.", False, "clean-cosmetic-reassurance"),
 ("Your request was looked at on Monday and approved.", False, "clean-good-news"),
 ("Your refund won't be going through until Friday, when the bank opens again.", False, "clean-information"),
 ("Your application was reviewed this morning and is with the manager for sign-off today.", False, "clean-information"),
 ("Your fitting isn't going ahead on Monday; the fitter will come on Tuesday at nine instead.", False, "clean-outcome-alternative"),
 ("In my day-to-day work I check every booking twice.", False, "clean-not-precedent"),
 ("Sorry, house rules: no glass by the pool, but I can bring your drinks in plastic cups.", False, "clean-policy-alternative"),
 ("Your claim has all the papers it needs now, and it was sent off this morning.", False, "clean-information"),
]
write_replies(os.path.join(HERE, "replies.jsonl"), "pen34b", "en", ROWS)
