"""Probe, session 31 (English, own words, written before any change): acts told by structure, not by a listed word.
Flagged: a fault put down to a cause on the customer's side (a because-clause in the passive placed at the
customer's end, someone of their group as the doer, or "came from / was down to" the customer's thing, often with
our side denied); the agent doubting the customer's account with a hedge before "doubt"; a duty refused as not the
agent's role ("never part of my role", "not what I'm here for"); the customer sent to do the chasing themselves
("you'd best catch him at…"); a practice held since the business began as the whole answer ("since we opened;
yours is no different"). Clean twins: the same cause on OUR side, or on the customer's side with an apology and
the agent's fix after it; a doubt about what will be; a role named with a handover; the agent doing the chasing;
the history with an exception or an alternative after it."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_replies import write_replies  # noqa: E402

ROWS = [
 # (text, flag, category)
 ("The bread went stale because it was stored in the open on your side.", True, "blame"),
 ("The varnish only bubbled because it was applied in the rain at your end.", True, "blame"),
 ("The pump burnt out because somebody in your household kept running it dry.", True, "blame"),
 ("The tiles cracked because someone from your team stood on them before the grout set.", True, "blame"),
 ("The scorch marks came from your oven being set far too high, not from our dish.", True, "blame"),
 ("The wrong delivery date came straight from what was entered on your booking form.", True, "blame"),
 ("The leak started because your plumber overtightened the joint.", True, "blame"),
 ("The bike chain snapped because your eldest son forced the gears uphill.", True, "blame"),
 ("The fault is down to your kettle overloading the socket, not to our wiring.", True, "blame"),
 ("I rather doubt the hinge broke on the first day; they're tested to ten thousand openings.", True, "doubting-customer"),
 ("I somewhat doubt the driver left it at the wrong door.", True, "doubting-customer"),
 ("Chasing the courier was never part of my role.", True, "nine-forbidden"),
 ("Sorting out your parking permit isn't what I'm here for.", True, "nine-forbidden"),
 ("Updating the seating chart is not part of what I'm paid to do.", True, "nine-forbidden"),
 ("The site manager handles refunds. You'd best ring him after five.", True, "passing-buck"),
 ("Billing is run from the head office, so you'd better email them yourself.", True, "passing-buck"),
 ("Wedding cakes have been delivered on Saturdays since we opened; yours is no different.", True, "precedent"),
 ("The booking fee has been added to every ticket since long before my time; that's simply how it is.", True, "precedent"),
 ("Orders over ten kilos have gone by courier since 2015, and that's how yours will go.", True, "precedent"),
 ("The bread went stale because it was stored in the open on our side; I'm sorry, a fresh loaf is on its way.", False, "clean-own-fault"),
 ("The varnish bubbled because we applied it before the rain cleared. We'll strip and redo it on Monday at no cost.", False, "clean-own-fault"),
 ("The scorch marks came from our oven being set too high, not from anything you did; I've credited the dish.", False, "clean-own-fault"),
 ("It looks like the pump ran dry at your end, which can happen to anyone; I'll send an engineer tomorrow to fit a cut-out switch free of charge.", False, "clean-cause-with-fix"),
 ("The discount came from your loyalty points, so the total is £12 lower this month.", False, "clean-ordinary"),
 ("The parcel came from your local depot this morning and should reach you by noon.", False, "clean-ordinary"),
 ("Your table moved to the terrace because you asked for a quieter spot.", False, "clean-ordinary"),
 ("I doubt the rain will last past lunch, so the garden tour should go ahead.", False, "clean-forecast"),
 ("I don't doubt the hinge broke on day one; let me send you a new one today.", False, "clean-believed"),
 ("Parking permits aren't part of my role, but Jenny at the front desk issues them and I'll walk you over now.", False, "clean-handover"),
 ("Checking the seating chart is part of my job, so I'll go through it with you now.", False, "clean-ordinary"),
 ("The site manager handles refunds; I'll ring him for you after five and call you straight back.", False, "clean-agent-chases"),
 ("You'd best wear boots on the farm tour, the lower field is muddy after the rain.", False, "clean-recommendation"),
 ("Wedding cakes have been delivered on Saturdays since we opened, but I can ask the baker about a Friday drop for you.", False, "clean-precedent-exception"),
 ("We've been in this building since 1998, so the entrance is the old red door on Mill Lane.", False, "clean-ordinary"),
 ("Your account has been active since March, and your first statement is attached.", False, "clean-ordinary"),
 ("The road has been closed since Tuesday; the driver will take the bypass and arrive about ten minutes later.", False, "clean-ordinary"),
]
write_replies(os.path.join(HERE, "replies.jsonl"), "pen31", "en", ROWS)
