"""Probe, session 36 (English, own words, written from the digest after grouping fold A's English misses and the reply
model's false flags by act and structure, before any change): one reading per group, told by clause roles.
Flagged: blame whose cause has a body of the customer's side as its actor ("because your crew counted…"); the matter
denied as ours or put as another party's side, then the customer pointed at them with nothing of ours ("isn't ours to
handle - try the manufacturer"); a refusal followed only by courtesy ("Sorry about that.").
Clean twins: the same with our side as the doer, a request as the cause, a good outcome, our step or a handover after,
a number to call; a refusal followed by our step told with our named fitter or the job booked for a later day."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_replies import write_replies  # noqa: E402

ROWS = [
 # (text, flag, category)
 ("The order came out short because your crew counted the pallets twice.", True, "blame-their-body"),
 ("The dye ran because your people washed the banners on a hot cycle.", True, "blame-their-body"),
 ("The coach left without them because your party turned up forty minutes late.", True, "blame-their-body"),
 ("The seating plan went wrong because your committee changed the numbers the night before.", True, "blame-their-body"),
 ("The floor stained because your group stood the wet umbrellas on it overnight.", True, "blame-their-body"),
 ("The dye ran because our people washed the banners on a hot cycle; we're reprinting them free by Friday.", False, "clean-our-side"),
 ("The seating plan changed because your committee asked for two more tables, and we've added them.", False, "clean-request"),
 ("Your tickets came through early because your group paid the deposit on time.", False, "clean-good-outcome"),
 ("Warranty claims aren't ours to handle - try the manufacturer.", True, "buck-not-ours"),
 ("Your parking permit isn't mine to sort out; ring the council.", True, "buck-not-ours"),
 ("That's the landlord's side of things, not ours. Give them a call.", True, "buck-their-side"),
 ("The loyalty points are the head office team's business, not the store's. Email them.", True, "buck-their-side"),
 ("Billing disputes aren't mine to deal with, so have a word with accounts.", True, "buck-not-ours"),
 ("That's the courier firm's side of things, not ours. Try them.", True, "buck-their-side"),
 ("Warranty claims aren't ours to handle, but I've filled in the manufacturer's form for you and sent it off.", False, "clean-buck-our-step"),
 ("That's the landlord's side of things, so I've emailed them and copied you in.", False, "clean-buck-our-step"),
 ("Billing isn't mine to deal with, but Priya in accounts is, and I'll put you through to her now.", False, "clean-buck-handover"),
 ("Your parking permit isn't mine to sort out; the council's permits desk is on 0161 555 0192.", False, "clean-buck-number"),
 ("That side of things is ours to sort out, so leave it with me.", False, "clean-ours"),
 ("We couldn't fit the extra shelves into this delivery. Sorry about that.", True, "refusal-courtesy-only"),
 ("We weren't able to get the blue tiles for your bathroom. Apologies for that.", True, "refusal-courtesy-only"),
 ("We can't take back cut flowers once they've left the shop. Sorry.", True, "refusal-courtesy-only"),
 ("We weren't able to book the minibus for your group's trip. Really sorry about that.", True, "refusal-courtesy-only"),
 ("We couldn't move your appointment to the morning. Sorry, and thanks for your patience.", True, "refusal-courtesy-only"),
 ("We weren't able to put the guttering up yesterday because of the rain, so Marek is booked to come back on Thursday.", False, "clean-refusal-named-step"),
 ("We couldn't finish the decking on Friday; the joiner is coming back on Monday to complete it.", False, "clean-refusal-named-step"),
 ("We couldn't get the new door fitted this week, so it's booked in for Tuesday the 9th at no extra cost.", False, "clean-refusal-booked-step"),
 ("We weren't able to sweep the chimney flue today, so Sam will be back on Wednesday morning to finish.", False, "clean-refusal-named-step"),
 ("We couldn't fix the blind today. Sorry about that - our fitter has it booked for Saturday morning.", False, "clean-refusal-named-step"),
 ("The shelves are all fitted now. Sorry about the wait.", False, "clean-apology-good-news"),
 ("We weren't able to lay the turf on the 2nd, so the gardeners are booked for the 5th instead.", False, "clean-refusal-booked-step"),
 ("Sorry about that, the blue tiles came in this morning and they're on the van.", False, "clean-apology-good-news"),
]
write_replies(os.path.join(HERE, "replies.jsonl"), "phren36", "en", ROWS)
