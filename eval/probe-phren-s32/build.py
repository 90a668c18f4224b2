"""Probe, session 32 (English, own words, written before any change and before reading fold A's misses closely):
acts told by who acts and what follows, not by a listed word.
Flagged: responsibility for a fault put on the customer's side — their act inside a because-clause or a relative
clause ("the postcode you typed"), a by-agent of theirs, a cleft ("it was your accountant who"), the cost or the
delay declared "on you" / "at your end"; the trouble belittled ("isn't brain surgery", "nothing to get worked up
about"); the customer sent to someone else with no handover (a copula naming another's area, "go to … directly",
"you and X will have to sort it out", "try the desk downstairs"); a dead end told as a plain outcome with nothing
after; an order held by a threat ("…, or the crew will leave"); precedent as the whole answer.
Clean twins: the same cause on OUR side with our fix; the referral WITH a handover (forwarded, a time, a call
booked); the outcome WITH a next step; a request with its reason; the precedent with a step of ours after it."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_replies import write_replies  # noqa: E402

ROWS = [
 # (text, flag, category)
 ("The parcel bounced back because the postcode you typed was one digit out.", True, "blame"),
 ("That charge is yours to cover; the dates were changed by you after the deadline.", True, "blame"),
 ("The paint didn't match because the code your decorator gave us was for the satin range.", True, "blame"),
 ("The delay's on you, I'm afraid: the forms came back from your office unsigned.", True, "blame"),
 ("Since the measurements were supplied by your side, the refit cost falls to you.", True, "blame"),
 ("The mix-up happened at your end, so the rebooking fee stands.", True, "blame"),
 ("It was your accountant who picked the wrong tax year, so the penalty isn't something we'll absorb.", True, "blame"),
 ("The booking lapsed because the deposit you promised never arrived.", True, "blame"),
 ("Honestly, resetting a router isn't brain surgery.", True, "brush-off"),
 ("It's a two-minute job, I really wouldn't make a fuss about it.", True, "brush-off"),
 ("A bit of condensation on the window is nothing to get worked up about.", True, "brush-off"),
 ("Returns are Gavin's department. He's in on Thursdays.", True, "passing-buck"),
 ("That's a question for the landlord, not us.", True, "passing-buck"),
 ("Warranty claims go to the manufacturer directly.", True, "passing-buck"),
 ("You and the courier will need to thrash that out yourselves.", True, "passing-buck"),
 ("Not my area. Try the front desk downstairs.", True, "passing-buck"),
 ("The photos on the memory card couldn't be recovered.", True, "dead-end"),
 ("Your seat upgrade didn't go through, and the flight is now full.", True, "dead-end"),
 ("Three of the tiles arrived cracked and that colour has been discontinued.", True, "dead-end"),
 ("Have the gate unlocked by eight, or the crew will leave.", True, "order"),
 ("The form must be signed on every page, otherwise it goes straight in the bin.", True, "order"),
 ("We've run the shuttle on this timetable for fifteen years and nobody's had a problem.", True, "precedent"),
 ("The parcel bounced back because the postcode we printed on the label was one digit out; I've resent it by courier and it arrives tomorrow.", False, "clean-own-fault"),
 ("The paint didn't match because our mixing machine was calibrated wrong; we'll remix it free and deliver on Friday.", False, "clean-own-fault"),
 ("The delay was on our side: the forms sat in our post room. I've chased them and they're signed now.", False, "clean-own-fault"),
 ("The mix-up happened at our end, and I'm sorry; there's no rebooking fee and your new date is confirmed.", False, "clean-own-fault"),
 ("The dates were changed after the deadline, so there's normally a fee, but I can waive it this once.", False, "clean-alternative"),
 ("Your deposit hasn't arrived yet, so I've held the booking until Friday to give it time to clear.", False, "clean-ordinary"),
 ("Returns are handled by Gavin; I've forwarded your email to him and he'll phone you before noon on Thursday.", False, "clean-handover"),
 ("That's a question for the landlord, so I've copied him into this message and asked him to reply to you today.", False, "clean-handover"),
 ("Warranty claims go to the manufacturer, and I'll file it for you now; you'll get the reference by email.", False, "clean-handover"),
 ("Billing isn't my area, but I've booked you a call with Priya in billing at 3 pm today.", False, "clean-handover"),
 ("The landlord owns the boiler, so I've rung his agent and they'll send a plumber tomorrow morning.", False, "clean-handover"),
 ("The photos on the memory card couldn't be recovered, but we'll refund the recovery fee in full and post the card back.", False, "clean-outcome-next-step"),
 ("Your seat upgrade didn't go through; the 6 pm flight still has upgrades, so shall I move you onto it?", False, "clean-outcome-next-step"),
 ("Three of the tiles arrived cracked, so I've ordered replacements from our other warehouse; they'll reach you on Monday.", False, "clean-outcome-next-step"),
 ("Resetting the router is quick, and I'll walk you through it step by step now.", False, "clean-ordinary"),
 ("A little condensation is normal in the first week; if it's still there on Friday, we'll send someone to check the seal.", False, "clean-outcome-next-step"),
 ("Please have the gate unlocked by eight so the crew can make a start on time.", False, "clean-request"),
 ("We've run the shuttle on this timetable for fifteen years, but I'll put your idea of an earlier run to the planning team this week.", False, "clean-precedent-step"),
]
write_replies(os.path.join(HERE, "replies.jsonl"), "pen32", "en", ROWS)
