"""Probe, session 33 (English, own words, written before any change and before reading fold A's misses):
one reading per act, told by clause roles (who acts, polarity, modality, what follows), not by a wording.
Flagged: a rule source (terms, policy, contract, conditions, "the way it works") as the whole reason a cost stands or
a request is refused; a requirement laid on the customer or their thing ("must be", "has to be", "needs to be") with
no please, reason or offer, or held by a threat; the fault's cause put on the customer's side ("down to", "on your
side", "isn't on us"); a dead end told as a plain past outcome with nothing after; the customer sent elsewhere with
no handover.
Clean twins: a policy that grants; the rule with an exception or alternative of ours; our own obligation; a
requirement with our offer or with a neutral consequence as information; the cause on our side with our fix; the
outcome with a next step; a referral with a handover."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_replies import write_replies  # noqa: E402

ROWS = [
 # (text, flag, category)
 ("Our terms are clear that the deposit isn't returned once the keys have been handed over.", True, "policy-shield"),
 ("That's in the conditions you agreed to, so the late fee stays on the account.", True, "policy-shield"),
 ("The contract runs for twelve months, so we can't let you leave early.", True, "policy-shield"),
 ("Company policy doesn't allow refunds on software once the seal is broken.", True, "policy-shield"),
 ("The way it works is the cleaning charge comes out of the deposit, whatever state the flat is in.", True, "policy-shield"),
 ("Rules are rules: a cancellation inside 48 hours is charged in full.", True, "policy-shield"),
 ("Under the membership rules you can't freeze your account in the first year.", True, "policy-shield"),
 ("The tools have to be cleaned and back on the rack before you leave the workshop.", True, "order"),
 ("You need to be at the depot for seven with the paperwork filled in.", True, "order"),
 ("Your car must be off the drive before the resurfacing starts.", True, "order"),
 ("The keys are to be dropped at reception, not left in the room.", True, "order"),
 ("The meter has to be reachable on Tuesday or we'll charge you for a wasted visit.", True, "order"),
 ("The stain's down to the powder you washed it with, not the fabric.", True, "blame"),
 ("That scratch isn't on us; it happened when your removal men carried it up.", True, "blame"),
 ("The update failing is on your side: your own firewall blocked it.", True, "blame"),
 ("The leak comes down to the way your plumber fitted the valve.", True, "blame"),
 ("The lost-property team checked twice and the scarf was never handed in.", True, "dead-end"),
 ("Our technician had another go at the drive this morning and none of the files came back.", True, "dead-end"),
 ("The courier searched the van again and the parcel still didn't turn up.", True, "dead-end"),
 ("You'll want to speak to the billing people about that.", True, "passing-buck"),
 ("Refunds are a head-office thing, give them a ring.", True, "passing-buck"),
 ("Have a word with the site manager, it's his area.", True, "passing-buck"),
 ("Under our policy, anything that fails in the first year is repaired free of charge.", False, "clean-policy-grants"),
 ("Our terms allow a full refund within fourteen days, so I've started it for you now.", False, "clean-policy-grants"),
 ("The contract has a twelve-month minimum, but I can move you onto the flexible plan with no exit fee.", False, "clean-policy-alternative"),
 ("Our policy is to charge for cancellations inside 48 hours; as the storm closed the roads, I've waived it.", False, "clean-policy-alternative"),
 ("The application needs a photo attached; I can take one for you at the counter.", False, "clean-requirement-offer"),
 ("We have to be at the house before nine, so I'll ring you when the van leaves.", False, "clean-our-obligation"),
 ("I need to check the serial number first, then I'll book the repair.", False, "clean-our-obligation"),
 ("Meter readings need to be in by the 28th, otherwise the bill is worked out from your usual use.", False, "clean-information"),
 ("Could the car be off the drive by eight? The roller needs the full width of the road.", False, "clean-request"),
 ("The scratch is on us: our crew caught the banister, and we'll repair it this week.", False, "clean-own-fault"),
 ("It isn't on your side at all; our server dropped the update, and it's fixed now if you try again.", False, "clean-own-fault"),
 ("The scarf wasn't handed in, so I've logged it and we'll email you if it turns up this month.", False, "clean-outcome-next-step"),
 ("The parcel didn't turn up on the second search, so I've sent a replacement by next-day delivery.", False, "clean-outcome-next-step"),
 ("Refunds go through head office, so I've passed your details on and they'll call you tomorrow.", False, "clean-handover"),
 ("The site manager handles that; I'll bring him over to you now.", False, "clean-handover"),
 ("Billing deals with that, and I've set up a call with Dana from billing for 2 pm today.", False, "clean-handover"),
]
write_replies(os.path.join(HERE, "replies.jsonl"), "pen33", "en", ROWS)
