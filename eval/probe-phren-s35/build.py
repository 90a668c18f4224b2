"""Probe, session 35 (English, own words, written from the digest after grouping fold A's English misses by act and
structure, before any change): one reading per act, told by clause roles.
Flagged: the customer's grasp, memory or account put down (the customer, or their memory, as the subject of failing to
understand or of a mix-up, under a hedge); a brush-off that rests on others not minding or noticing (a generic third
party or nobody, with a negated verb of noticing, minding or caring) or on "I wouldn't lose sleep"; a refusal told in
the past, the passive or as what we do not do ("we weren't able to", "was ruled out", "isn't something we offer"),
with nothing after.
Clean twins: the same with our step, a real question, our own mix-up, a thing literally missing with our fix, others
told as unaffected information (privacy, no charge), the refusal with an alternative or a handover, a good-news
negation."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_replies import write_replies  # noqa: E402

ROWS = [
 # (text, flag, category)
 ("I'm not sure you're fully taking in what the warranty covers.", True, "grasp-put-down"),
 ("You appear to be missing the whole idea of a fixed-rate tariff.", True, "grasp-put-down"),
 ("I don't think you've quite understood how the loyalty tiers stack up.", True, "grasp-put-down"),
 ("You've clearly got the two invoices confused in your head.", True, "grasp-put-down"),
 ("It sounds like the details have got a bit jumbled in your memory.", True, "account-doubted"),
 ("Perhaps you've misremembered what the fitter told you on the day.", True, "account-doubted"),
 ("You seem to have lost track of which parcel was which.", True, "grasp-put-down"),
 ("I'm not convinced you really follow how the points expire.", True, "grasp-put-down"),
 ("You seem to be missing one page of the form, so I've attached it again here.", False, "clean-thing-missing"),
 ("I don't think you've had the confirmation email yet, so I'm resending it now.", False, "clean-not-received"),
 ("It's easy to get the two tariffs mixed up, they have nearly the same name; yours is the fixed one.", False, "clean-mixup-excused"),
 ("I think I've muddled the two accounts myself; let me put that right now.", False, "clean-own-mixup"),
 ("Do you understand how the excess works, or shall I go through it with you?", False, "clean-question"),
 ("The label's a little crooked, but nobody at the party will care.", True, "brush-off-others"),
 ("It's only the back of the cupboard; no one's ever going to see it.", True, "brush-off-others"),
 ("Your guests honestly won't notice a slightly smaller cake.", True, "brush-off-others"),
 ("Your neighbours won't mind a bit of scaffolding for a fortnight.", True, "brush-off-others"),
 ("Hardly anyone reads the small print on the back of the menu anyway.", True, "brush-off-others"),
 ("I wouldn't lose any sleep over a tiny chip on the skirting.", True, "brush-off-worry"),
 ("Nobody will be charged for the cancelled show; refunds go out on Monday.", False, "clean-others-unaffected"),
 ("Your neighbours won't be disturbed: the crew works nine to five and parks in our yard.", False, "clean-others-unaffected"),
 ("Most guests won't notice the change, but if you'd rather, I'll have the cake remade by Friday.", False, "clean-others-with-step"),
 ("No one else will see your details; they're kept only on our secure system.", False, "clean-privacy"),
 ("Sadly we weren't able to fit the new tiles before the holiday.", True, "refusal-past"),
 ("Unfortunately we couldn't get the extension approved for your booking.", True, "refusal-past"),
 ("Delivering to the marina was looked at and ruled out, I'm afraid.", True, "refusal-passive"),
 ("Repairing antique clocks isn't something the workshop takes on.", True, "refusal-not-done"),
 ("Same-day alterations aren't something we offer.", True, "refusal-not-done"),
 ("We can't fit a party of twelve in on Friday. That's all there is to it.", True, "refusal-closed"),
 ("I'm afraid collecting the sofa from your flat wasn't possible in the end.", True, "refusal-past"),
 ("We weren't able to fit the tiles before the holiday, so the tiler is booked for the 3rd at no extra cost.", False, "clean-refusal-next-step"),
 ("We couldn't get the extension approved, but I've found a bigger room free on the same dates.", False, "clean-refusal-alternative"),
 ("Repairing antique clocks isn't something we do here, but Harker's on Mill Street does, and I've rung them to say you're coming.", False, "clean-refusal-handover"),
 ("Same-day alterations aren't something we offer on Sundays; on Monday morning we can do them while you wait.", False, "clean-refusal-alternative"),
 ("We weren't able to find any fault with the boiler; it passed every test, so it's safe to use.", False, "clean-good-news"),
 ("We weren't able to reach you yesterday, so I'm trying again now.", False, "clean-own-step"),
]
write_replies(os.path.join(HERE, "replies.jsonl"), "phren35", "en", ROWS)
