"""Probe, session 30 (English, own words, written before any change to the reading): the customer's wish thrown
back as a declarative question ("You want … by …?", no auxiliary opening it) and set against a time close at hand,
with nothing of the agent's after it or only more echo fragments ("Tomorrow, maybe?"). Clean twins: the same echo
answered or acted on by the agent, a confirmation of a booking's day or time with a real question after it, a
proper question with an auxiliary, a wish with no time."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_replies import write_replies  # noqa: E402

ROWS = [
 # (text, flag, category)
 ("You want the whole kitchen tiled by next Friday?", True, "impatience"),
 ("You need forty cakes iced for this afternoon? Seriously?", True, "impatience"),
 ("You expect the roof repaired this week? In this weather?", True, "impatience"),
 ("You'd like the full report written up by tomorrow morning?", True, "impatience"),
 ("You want a plumber out to you within the hour? On a bank holiday?", True, "impatience"),
 ("You want the curtains made and hung before the weekend? All six pairs?", True, "impatience"),
 ("You need the visa letter signed off by Monday? This Monday?", True, "impatience"),
 ("So you want your car resprayed for tonight. Right. And anything else while we're at it?", True, "impatience"),
 ("You want new glasses made up in two days?", True, "impatience"),
 ("You want the whole kitchen tiled by next Friday? I'll check with the tiler this afternoon and call you back.", False, "clean-echo-answered"),
 ("You need forty cakes iced for this afternoon? Yes, we can do that if you collect at four.", False, "clean-echo-answered"),
 ("You'd like the report by tomorrow morning? That's fine, I'll email it before nine.", False, "clean-echo-answered"),
 ("You want the curtains hung before the weekend? Let me see if our fitter has a Friday slot.", False, "clean-echo-answered"),
 ("You want a table for four on Saturday at 7pm? Could I take a name for the booking?", False, "clean-confirmation"),
 ("You would like to travel from Leeds to York on Tuesday morning?", False, "clean-confirmation"),
 ("You need a taxi to the station at 6:30? Where shall the driver pick you up?", False, "clean-confirmation"),
 ("Do you need the report by tomorrow morning, or would Wednesday be all right?", False, "clean-question"),
 ("Would you like the curtains hung before the weekend?", False, "clean-question"),
 ("You want the blue sofa in the larger size, is that right?", False, "clean-confirmation"),
 ("You want to know the opening hours? We're open 9 to 5 on weekdays.", False, "clean-echo-answered"),
]
write_replies(os.path.join(HERE, "replies.jsonl"), "pecho30", "en", ROWS)
