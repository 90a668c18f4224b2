"""Probe, session 30 (English, own words, written before any change to the reading): a repetition marker standing as
a clause or sentence of its own around a restated fact ("Again. …", "Once more — …", "… Again."), the repetition
held against the customer. Clean twins: the agent's own thanks or apology repeated, "again" inside a clause about
an event happening again, the agent offering to go through it again."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_replies import write_replies  # noqa: E402

ROWS = [
 # (text, flag, category)
 ("Again. The parking permit only covers the blue bays.", True, "impatience"),
 ("Once again — the voucher can't be used on sale items.", True, "impatience"),
 ("Okay. Again. Check-in closes at ten. Ten, not half past.", True, "impatience"),
 ("Again — the fence panels come unpainted. Again.", True, "impatience"),
 ("For the third time. The lesson fee is due before the lesson.", True, "impatience"),
 ("Yet again: the insurance starts the day after you sign.", True, "impatience"),
 ("Thanks again for your patience, the engineer is on his way.", False, "clean-ordinary"),
 ("Sorry again for the mix-up; the new keys are at reception.", False, "clean-apology-action"),
 ("If the boiler cuts out again, ring us and we'll send someone the same day.", False, "clean-ordinary"),
 ("I'm happy to go through it again. The fee is due before each lesson, and you can pay online.", False, "clean-ordinary"),
 ("Again, thank you for flagging the broken gate; it was fixed this morning.", False, "clean-ordinary"),
 ("The tram is running again, so you can travel from 7am tomorrow.", False, "clean-ordinary"),
]
write_replies(os.path.join(HERE, "replies.jsonl"), "pagain30", "en", ROWS)
