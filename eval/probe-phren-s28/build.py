"""Session 28's English probe: dead-end, false reassurance, brush-off, hostile question.

Written from the training digest before any fold-A miss was read. Each act is defined by
structure, not by words:
- dead-end: bad news about the customer's own case (their claim, seat, parcel, item) and no
  next step anywhere in the reply; twins carry the agent's remedy or plainly good news.
- false-reassurance: certainty about an outcome a third party, nature or chance decides;
  twins: the agent's own act promised, a grounded certainty, a hedged one, a pleasantry.
- brush-off: the customer's trouble rated small or harmless with nothing done about it;
  twins: the same judgement followed by the agent's step, "no problem" as compliance.
- hostile-question: a question whose point is a rebuke of the customer (their competence,
  timing, expectations, standing); twins: real questions with the same frame words.
Run: python3 build.py > replies.jsonl
"""
import json

ROWS = [
    # dead-end
    ("de-01", True, "dead-end", "Your claim for the flood damage has been turned down by the underwriters."),
    ("de-02", True, "dead-end", "I've looked at your account and the refund went back to the card you cancelled last month. The bank will have closed that account by now."),
    ("de-03", True, "dead-end", "Sorry, your seat on the 9:40 was given to someone on the waiting list because check-in had closed."),
    ("de-04", True, "dead-end", "Your application arrived after the cut-off, so it won't be considered this year."),
    ("de-05", True, "dead-end", "The parcel with your order number went back to the sender after three failed delivery attempts. That's all the information I have."),
    ("de-06", True, "dead-end", "The tailor had a look at your coat and the lining is beyond repair."),
    ("de-07", False, "", "Your claim for the flood damage has been turned down by the underwriters, but I can lodge an appeal for you today and it only takes ten minutes on the phone."),
    ("de-08", False, "", "Your seat on the 9:40 went to the standby list when check-in closed, so I've put you on the 11:15 at no charge and the boarding pass is in your email."),
    ("de-09", False, "", "The lining of your coat is beyond repair, so the tailor will fit a new one this week at our cost."),
    ("de-10", False, "", "Good news: your application arrived before the cut-off and it will be reviewed in the first round."),
    # false reassurance
    ("fr-01", True, "false-reassurance", "Don't worry, the airline will definitely find your suitcase."),
    ("fr-02", True, "false-reassurance", "Trust me, the landlord is going to give you the whole deposit back."),
    ("fr-03", True, "false-reassurance", "There's no way the council will refuse your extension, it's a formality."),
    ("fr-04", True, "false-reassurance", "Your visa will come through in time for the wedding, I'm certain of it."),
    ("fr-05", True, "false-reassurance", "The rash will be gone by tomorrow morning, nothing to worry about at all."),
    ("fr-06", False, "", "We'll sort the repair out ourselves, so please don't worry about the bill."),
    ("fr-07", False, "", "I'll ring the airline's baggage desk now and stay on the line until they trace your suitcase."),
    ("fr-08", False, "", "The tracking page shows your parcel at the local depot, and it is due tomorrow before noon."),
    ("fr-09", False, "", "I can't promise the council will say yes, but I'll send you the checklist their planners use."),
    ("fr-10", False, "", "I'm sure you'll love the view from that room."),
    # brush-off
    ("bo-01", True, "brush-off", "Honestly, a scratch that size is nothing, nobody looks at the back of a wardrobe."),
    ("bo-02", True, "brush-off", "These things happen with old houses, it's not worth getting upset about."),
    ("bo-03", True, "brush-off", "It's only a label, it doesn't change anything about the wine."),
    ("bo-04", True, "brush-off", "Everyone gets that error message, just ignore it."),
    ("bo-05", True, "brush-off", "That's not really a problem, the shade will look the same once it's on the wall."),
    ("bo-06", True, "brush-off", "You're making a big deal out of a two-pound difference."),
    ("bo-07", False, "", "A scratch that size is easy to fix, and I'll send the carpenter round on Thursday to fill it."),
    ("bo-08", False, "", "It isn't a problem at all to change the date; I've moved your booking to the 14th."),
    ("bo-09", False, "", "Don't worry if the form looks long, I'll go through it with you line by line."),
    ("bo-10", False, "", "That warning is harmless: it shows up after every update, and I'll send you a link that switches it off."),
    # hostile question
    ("hq-01", True, "hostile-question", "What exactly do you expect me to do about the weather?"),
    ("hq-02", True, "hostile-question", "How many times do I have to go over this with you?"),
    ("hq-03", True, "hostile-question", "Is it really that difficult to read the instructions on the box?"),
    ("hq-04", True, "hostile-question", "Why are you only telling me this now?"),
    ("hq-05", True, "hostile-question", "Who do you think you are, talking to my staff like that?"),
    ("hq-06", True, "hostile-question", "Do you have any idea how busy we are today?"),
    ("hq-07", False, "", "What would you like me to do first, the refund or the replacement?"),
    ("hq-08", False, "", "How many times has the boiler cut out since Monday?"),
    ("hq-09", False, "", "Is it difficult to reach the top shelf? I can bring the box down for you."),
    ("hq-10", False, "", "When did you first notice the leak?"),
]

for rid, flag, cat, text in ROWS:
    print(json.dumps({"id": f"pe28-{rid}", "lang": "en", "text": text, "flag": flag, "category": cat}, ensure_ascii=False))
