"""Session 21 probe (paraen21): English restatements whose good answers tell each fact in the
trainee's own words (other verbs and nouns, a phrase for a single word, a number in another form,
the fact told through its consequence); partials that drop one fact; poors that get a value wrong,
swap who acted, reverse the account or keep only the bare facts. Eight domains not in
used-domains.md. Written before any change of the session's code."""
import json

FEEL = ["frustrating", "upsetting", "worrying", "annoying", "stressful", "understand how you feel",
        "must have been", "sorry", "I can see why", "no wonder"]
CHECK = ["is that right", "have I got that right", "did I get that right", "is that correct",
         "anything to add", "anything I've missed", "does that sound right", "did I understand",
         "am I right", "correct me", "have I missed anything", "have I understood"]

items = [
  ("Our church paid your firm £4,200 to rehang the tenor bell in March. The new clapper you fitted cracked after two Sundays, and your engineer hasn't answered any of my five emails since.",
   [("paid", ["£4,200", "4,200", "four thousand two hundred"]), ("rehang", ["rehang", "rehung", "tenor bell"]),
    ("cracked", ["clapper cracked", "cracked"]), ("emails", ["five emails", "hasn't answered", "no reply"])],
   [("good", "So the church handed us four thousand two hundred pounds in March to put the tenor bell back up, the clapper we put in split after just a fortnight of Sundays, and our engineer has ignored all five of your messages. That's really frustrating. Have I got that right?"),
    ("good", "You paid £4,200 for the tenor bell to be rehung in March; two Sundays later the new clapper had a crack in it, and five emails to our engineer have gone unanswered. I can see why you're annoyed. Is that right?"),
    ("partial", "You paid £4,200 in March to have the tenor bell rehung and the new clapper cracked after two Sundays. I'm sorry about that. Is that right?"),
    ("poor", "So you paid £420 to rehang the bell, and the clapper is fine but you'd like an update? Is that correct?")]),
  ("I left my saddle with you for restitching on the 3rd and you promised it for the 10th. It's now the 24th, I've missed two competitions, and when I rang, your assistant said the leather hadn't even been ordered.",
   [("left", ["restitching", "restitch", "left my saddle"]), ("promised", ["the 10th", "promised"]),
    ("late", ["the 24th", "two weeks late", "still not ready"]), ("missed", ["missed two competitions", "two competitions"]),
    ("ordered", ["hadn't been ordered", "not ordered", "leather"])],
   [("good", "You dropped the saddle off on the 3rd to be re-stitched, we said it would be done by the 10th, and two weeks on from that you still don't have it; you've had to sit out two competitions, and when you phoned, our assistant told you we hadn't yet put in an order for the leather. That must have been really stressful. Did I get that right?"),
    ("good", "The saddle came in on the 3rd for restitching with a promise of the 10th; it's the 24th now, two competitions have gone by without you, and you were told on the phone the leather was never ordered. I'm sorry. Is that correct?"),
    ("partial", "You left the saddle for restitching on the 3rd, we promised the 10th, it's still not back on the 24th, and our assistant said the leather hadn't been ordered. That's frustrating. Is that right?"),
    ("poor", "So you picked the saddle up on the 10th and the stitching was done early? Is that right?")]),
  ("Your sailmaker measured our mainsail in January and charged a £600 deposit. The sail arrived in May half a metre too short, so we couldn't race in the opening regatta, and now you want another £300 to recut it.",
   [("deposit", ["£600", "600 deposit", "six hundred"]), ("short", ["half a metre too short", "too short"]),
    ("regatta", ["opening regatta", "couldn't race"]), ("recut", ["£300", "recut", "another £300"])],
   [("good", "Our sailmaker took the mainsail's measurements in January and asked six hundred pounds up front; when it came in May it was fifty centimetres shy of the right length, so your boat sat out the first regatta of the season, and now we're asking a further three hundred to cut it again. I understand how you feel. Have I missed anything?"),
    ("good", "You put down £600 in January after we measured the mainsail, it turned up in May half a metre short, which kept you out of the opening regatta, and we've asked for £300 more to recut it. That's really annoying. Is that right?"),
    ("partial", "You paid a £600 deposit in January, the sail came half a metre too short in May, and we want £300 to recut it. I'm sorry. Is that correct?"),
    ("poor", "So the sail was too long and you'd like us to pay you £300? Is that right?")]),
  ("I run the Tuesday darts league at the Crown. We booked your scoring app for a season at £15 a month, but since the update last week the scores vanish halfway through a match, and two fixtures had to be replayed.",
   [("booked", ["£15 a month", "fifteen pounds", "season"]), ("update", ["since the update", "update last week"]),
    ("vanish", ["scores vanish", "scores disappear", "lost the scores"]), ("replayed", ["two fixtures", "replayed"])],
   [("good", "You run the Tuesday league at the Crown and subscribed to our scoring app for the season at fifteen pounds monthly; ever since last week's update, matches lose their scores partway through, and two fixtures had to be played all over again. That must be frustrating. Is that right?"),
    ("good", "So the Crown's Tuesday darts league pays £15 a month for our app, and after last week's update the scores disappear mid-match, which meant replaying two fixtures. I'm sorry about that. Have I got that right?"),
    ("partial", "You pay £15 a month for our scoring app and since last week's update the scores vanish halfway through. That's annoying. Is that right?"),
    ("poor", "So the scores vanished before the update and you replayed six fixtures? Is that right?")]),
  ("We hired your puppet show for my son's sixth birthday for £180. The puppeteer arrived forty minutes late, did twenty minutes instead of the hour, and left before the cake.",
   [("hired", ["£180", "puppet show", "a hundred and eighty"]), ("late", ["forty minutes late", "40 minutes late"]),
    ("short", ["twenty minutes", "instead of the hour", "cut short"]), ("left", ["left before the cake", "left early"])],
   [("good", "You booked our puppet show for a hundred and eighty pounds for your son's sixth birthday; the puppeteer got there two-thirds of an hour behind time, performed for a third of the hour you'd paid for, and was gone before the cake came out. I can see why you're upset. Is that correct?"),
    ("good", "For your son's sixth, you paid £180 for a puppet show, but the puppeteer turned up 40 minutes late, did only twenty minutes rather than an hour, and headed off before the cake. That must have been so disappointing. Have I got that right?"),
    ("partial", "You paid £180 for the puppet show and the puppeteer came forty minutes late and left before the cake. I'm sorry. Is that right?"),
    ("poor", "So the puppeteer arrived on time and did the full hour, but you'd like a cheaper show next time? Is that right?")]),
  ("Your team rebuilt forty metres of dry-stone wall on our farm in September. By December a ten-metre stretch had collapsed onto the lane, the council fined us £250 for the blocked road, and you say it's the frost's fault.",
   [("rebuilt", ["forty metres", "40 metres", "rebuilt"]), ("collapsed", ["collapsed", "fell", "ten-metre stretch"]),
    ("fined", ["£250", "fined", "council fine"]), ("frost", ["frost", "blame the frost"])],
   [("good", "In September our wallers put back forty metres of dry-stone wall on your farm; by December ten metres of it had come down across the lane, the council charged you a £250 penalty for the road being blocked, and we've put it down to frost. That's so frustrating. Is that right?"),
    ("good", "So we rebuilt 40 metres of your wall in September, a ten-metre section fell onto the lane by December, you were fined two hundred and fifty pounds for the blocked road, and we're blaming the frost. I understand how you feel. Did I get that right?"),
    ("partial", "We rebuilt forty metres of wall in September, ten metres collapsed by December, and we said it was the frost. I'm sorry. Is that right?"),
    ("poor", "So you rebuilt the wall yourselves, and the council fined us £250? Is that right?")]),
  ("You thatched our cottage roof last summer for £11,000. Since October rain has been coming through above the bedroom, I've had to put buckets out every night, and your foreman told me he can't come back until spring.",
   [("thatched", ["£11,000", "eleven thousand", "thatched"]), ("leak", ["rain coming through", "leak", "leaking"]),
    ("buckets", ["buckets", "every night"]), ("spring", ["until spring", "can't come back"])],
   [("good", "We re-thatched your cottage last summer for eleven thousand pounds; since October water's been getting in over the bedroom, so every night you've had to set out buckets, and our foreman says he won't be able to return before the spring. That must be really worrying. Have I got that right?"),
    ("good", "So the roof we thatched for you last summer at £11,000 has been leaking above the bedroom since October, you're putting buckets down each night, and our foreman can't come out until spring. I'm so sorry. Is that right?"),
    ("partial", "We thatched your roof last summer for £11,000, since October it leaks above the bedroom, and our foreman can't come back until spring. I'm sorry. Is that right?"),
    ("poor", "So the roof has been dry since October and you'd like the foreman to visit in spring? Is that right?")]),
  ("My mum has been in your bowls club for eleven years. This season you raised her fee from £90 to £160 without any notice, and when she asked why, the secretary told her to find another club.",
   [("years", ["eleven years", "11 years"]), ("raised", ["£90 to £160", "from £90", "£160"]),
    ("notice", ["without notice", "no notice", "didn't tell"]), ("secretary", ["find another club", "secretary"])],
   [("good", "Your mum's been a member of our bowls club for over a decade, eleven years in fact; this season her fee jumped from ninety to a hundred and sixty pounds with nobody telling her first, and when she asked the reason, our secretary told her she could go elsewhere. No wonder you're upset. Is that right?"),
    ("good", "So after eleven years with us, your mum's fee went up from £90 to £160 this season without a word of warning, and when she asked, the secretary said she should look for another club. That's really upsetting. Did I understand that correctly?"),
    ("partial", "Your mum's fee went up from £90 to £160 this season with no notice, and the secretary told her to find another club. I'm sorry. Is that right?"),
    ("poor", "So your mum asked the secretary to raise her fee to £160? Is that right?")]),
]

WHY = {"good": "Every fact in the trainee's own words; feeling; check.",
       "partial": "One fact dropped; feeling; check.",
       "poor": "A value wrong, the account reversed or who acted swapped; facts missing."}

rows = []
n = 0
for customer, facts, answers in items:
    criteria = [{"id": i, "any": a} for i, a in facts]
    criteria += [{"id": "feeling", "any": FEEL}, {"id": "check", "any": CHECK}]
    for label, answer in answers:
        n += 1
        rows.append({"id": f"p-en21-{n:03d}", "lang": "en", "customer": customer, "criteria": criteria,
                     "answer": answer, "label": label, "why": WHY[label]})

with open("paraphrases.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
