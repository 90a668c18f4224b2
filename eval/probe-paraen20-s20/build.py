"""Session 20 probe (paraen20): English restatements, facts told in free phrase-level wording
(phrasal verbs, proportions of the customer's counts, absence said as 'no X', kind nouns, event
nouns), partials that drop one fact, poors that reverse, swap or get a key value wrong.
Ten domains not in used-domains.md. Written before any change of the session's code."""
import json

FEEL = ["frustrating", "upsetting", "worrying", "annoying", "stressful", "understand how you feel",
        "must have been", "sorry", "I can see why", "no wonder"]
CHECK = ["is that right", "have I got that right", "did I get that right", "is that correct",
         "anything to add", "anything I've missed", "does that sound right", "did I understand",
         "am I right", "correct me", "have I missed anything", "have I understood"]

items = [
  ("My grandfather's mantel clock went in for a service on 2 June and I paid £85. It came back three weeks late, it still loses ten minutes a day, and the glass on the door is cracked.",
   [("service", ["service", "serviced"]), ("paid", ["£85", "85 pounds", "eighty-five"]),
    ("late", ["three weeks late", "weeks late"]), ("loses", ["loses ten minutes", "ten minutes a day", "runs slow"]),
    ("glass", ["glass is cracked", "cracked glass", "glass cracked"])],
   [("good", "So the mantel clock that was your grandfather's went in on 2 June for an £85 service, turned up back with you three weeks behind schedule, still drops ten minutes every day, and now the door glass has a crack in it. That must have been upsetting. Have I got that right?", "All facts in other words; feeling; check."),
    ("partial", "Your grandfather's clock was serviced for £85 from 2 June, came back three weeks late and still loses ten minutes a day. I'm sorry about that. Is that right?", "Cracked glass missing."),
    ("poor", "Your clock was serviced for £85 and came back on time, but it gains ten minutes a day. I'm sorry. Is that right?", "Late reversed (on time), loses→gains; glass missing.")]),
  ("We ordered 60 printed scores of the Fauré Requiem for our choir concert on the 14th. Only 40 arrived, and the ones that did have pages 12 to 15 missing.",
   [("ordered", ["60", "sixty"]), ("arrived", ["only 40", "40 arrived", "forty", "twenty short", "20 missing"]),
    ("pages", ["pages 12 to 15", "12 to 15", "twelve to fifteen"]), ("concert", ["concert", "14th", "fourteenth"])],
   [("good", "You'd ordered sixty copies of the Fauré Requiem for the concert on the fourteenth, a third of them never came, and the forty you did get have no pages twelve to fifteen. I can see why that's so stressful with the concert coming up. Did I get that right?", "Twenty missing said as a third never came; all facts."),
    ("partial", "You ordered sixty copies of the Requiem for the concert on the 14th and only forty turned up. That's really stressful. Is that right?", "Missing pages dropped."),
    ("poor", "You ordered forty copies for the concert and sixty came, with pages 12 to 15 missing. Is that right?", "Counts swapped; no feeling.")]),
  ("I left my surfboard with your shop on Saturday to have a ding in the nose fixed, for £50. When I picked it up on Thursday the fin box had been snapped off and nobody mentioned it.",
   [("board", ["surfboard", "board"]), ("ding", ["ding", "nose", "dent"]), ("price", ["£50", "50 pounds", "fifty"]),
    ("fin", ["fin box", "fin"]), ("mentioned", ["nobody mentioned", "no one said", "weren't told", "didn't tell"])],
   [("good", "You dropped the board off on Saturday to get the ding in the nose sorted for fifty pounds, and when you collected it on Thursday the fin box had been broken off — and not a word from anyone about it. No wonder you're annoyed. Have I got that right?", "Mentioned said as 'not a word from anyone'."),
    ("partial", "You dropped the board off on Saturday for the nose ding, fifty pounds, and when you collected it on Thursday the fin box had snapped off and nobody had mentioned it. Have I got that right?", "Feeling missing."),
    ("poor", "You dropped the board off to get the fin box fixed and the nose got dinged, and we told you straight away. Sorry. Is that right?", "Story reversed: repair object swapped, told reversed.")]),
  ("I booked a block of six curling lessons for £120 starting in January. Two of them were cancelled because the ice wasn't ready, and I've only been offered one make-up session.",
   [("lessons", ["six lessons", "6 lessons", "six curling lessons"]), ("price", ["£120", "120 pounds", "hundred and twenty"]),
    ("cancelled", ["two cancelled", "two of them were cancelled", "2 cancelled", "two lessons cancelled"]),
    ("ice", ["ice", "rink"]), ("makeup", ["one make-up", "one session", "only one"])],
   [("good", "You paid a hundred and twenty pounds for six curling lessons from January, a couple of them were called off because the ice wasn't ready, and you've been offered just a single make-up session. I can see why you're disappointed. Is that right?", "Two said as a couple; one as a single; called off."),
    ("partial", "Six lessons for £120 from January, two were cancelled because the ice wasn't ready, and you've had one make-up session offered. Is that right?", "Feeling missing."),
    ("poor", "You booked six lessons for £120, two were cancelled because you didn't turn up, and we've offered you two make-up sessions. I'm sorry. Is that right?", "Cause reversed (customer's fault) and count wrong.")]),
  ("I bought a juniper bonsai from your nursery in April for £75. You told me it could live indoors, so I kept it on the windowsill, and now it's gone brown and the expert at my bonsai club says it's dead.",
   [("tree", ["juniper", "bonsai"]), ("price", ["£75", "75 pounds", "seventy-five"]), ("indoors", ["indoors", "inside"]),
    ("brown", ["brown"]), ("dead", ["dead", "died"])],
   [("good", "Back in April you paid seventy-five pounds for a juniper bonsai; we said it would be fine inside, so you had it on the windowsill, and now it's turned brown and someone at the club says it hasn't survived. That's really upsetting. Have I got that right?", "Dead said as 'hasn't survived'."),
    ("partial", "You paid £75 for a juniper in April, we told you it could be kept indoors, and now it's gone brown. That's upsetting. Is that right?", "Dead missing."),
    ("poor", "You bought a juniper in April and we told you to keep it outdoors, but you put it inside and it died. Is that right?", "Advice reversed, blame shifted; no feeling.")]),
  ("We hired your cider press for the weekend of 4 October and paid a £40 deposit. The press arrived without its handle, so we couldn't use it at all, and you've kept the deposit.",
   [("press", ["cider press", "press"]), ("when", ["4 October", "weekend", "fourth of October"]),
    ("deposit", ["£40 deposit", "40 deposit", "forty"]), ("handle", ["without its handle", "no handle", "handle missing"]),
    ("kept", ["kept the deposit", "not refunded", "still got the deposit"])],
   [("good", "You hired the cider press for the weekend of the 4th of October with a forty-pound deposit, it came minus the handle so it was no use at all, and we're still holding on to your deposit. I can see why you're frustrated. Is that right?", "Handle said as 'minus the handle'; kept as 'holding on to'."),
    ("partial", "The cider press you hired for the 4 October weekend came without its handle, so you couldn't use it, and we've kept your £40 deposit. Is that right?", "Feeling missing."),
    ("poor", "You hired the press for the weekend and it arrived with the handle, but you couldn't work out how to use it, so we've refunded the deposit. Sorry. Is that right?", "Handle and deposit reversed.")]),
  ("I sent my telescope to you in August to have the mirror recoated, £140. It's December, I've emailed four times, and nobody has replied. I've missed the whole meteor season.",
   [("what", ["mirror", "recoated", "recoating"]), ("price", ["£140", "140 pounds", "hundred and forty"]),
    ("since", ["August"]), ("emails", ["four times", "4 times", "emailed four"]),
    ("replied", ["nobody has replied", "no reply", "no answer", "not replied"]), ("missed", ["meteor", "missed the season"])],
   [("good", "You posted the telescope to us in August for a mirror recoat at a hundred and forty pounds, it's now December, you've written four times without a single answer, and the meteor season has come and gone. That must be so disappointing. Have I got that right?", "No reply said as 'without a single answer'."),
    ("partial", "You sent the telescope in August for the mirror recoating, £140, and you've emailed us four times with no reply. I'm sorry. Is that right?", "Meteor season missing."),
    ("poor", "You sent the telescope in December and we replied to all four emails, so you've just missed meteor season. Sorry. Is that right?", "Date wrong, reply reversed.")]),
  ("My mum's hearing aids were serviced at your clinic last Tuesday. Since then the left one whistles constantly and the right one won't hold a charge for more than two hours. She's 84 and she feels cut off.",
   [("who", ["mum", "mother"]), ("when", ["last Tuesday", "Tuesday"]), ("left", ["left one whistles", "whistles", "whistling"]),
    ("right", ["right one", "charge", "two hours"]), ("cut-off", ["cut off", "isolated", "lonely"])],
   [("good", "Your mother had her hearing aids serviced here last Tuesday, and ever since the left one keeps whistling and the right one runs flat after a couple of hours, so at eighty-four she feels shut out. I'm so sorry. Is that right?", "Two hours said as a couple of hours; cut off as shut out; charge as runs flat."),
    ("partial", "Your mum's hearing aids were serviced last Tuesday and now the left one whistles all the time, and she feels cut off. That's worrying. Is that right?", "Right-one fault missing."),
    ("poor", "Your mum's hearing aids were serviced last Tuesday, and now the right one whistles and the left one won't charge. Is that right?", "Left and right swapped; no feeling.")]),
  ("You rethatched our cottage roof in May for £18,000. After the storm last week a whole section above the porch blew off, and water came through the bedroom ceiling. You said it would last thirty years.",
   [("price", ["£18,000", "18,000", "eighteen thousand"]), ("when", ["May"]), ("section", ["section", "porch", "blew off"]),
    ("water", ["water came through", "leak", "bedroom ceiling"]), ("thirty", ["thirty years", "30 years"])],
   [("good", "We rethatched the cottage in May for eighteen thousand pounds, and in last week's storm a whole stretch over the porch was ripped away and rain got in through the bedroom ceiling — when we'd told you it was good for thirty years. That must have been awful. Have I got that right?", "Section as stretch, blew off as ripped away, water as rain got in."),
    ("partial", "We rethatched your roof in May for £18,000 and in last week's storm the section over the porch blew off and water came into the bedroom. That must have been awful. Is that right?", "Thirty-year promise missing."),
    ("poor", "We rethatched your roof in May for £1,800 and the storm took off a section, but it only had to last three years. Is that right?", "Price wrong, promise wrong, no feeling.")]),
  ("I paid £95 for a saddle fitting for my mare on 3 March. The fitter said the saddle was fine, but two weeks later my vet found sores on both sides of her back from it.",
   [("price", ["£95", "95 pounds", "ninety-five"]), ("when", ["3 March", "third of March"]), ("fine", ["said it was fine", "fitted well", "fine"]),
    ("sores", ["sores", "rubbed", "raw"]), ("both", ["both sides", "either side"]), ("vet", ["vet"])],
   [("good", "On 3 March you paid ninety-five pounds to have your mare's saddle checked, the fitter gave it the all-clear, and a fortnight later the vet found it had rubbed her raw on each side of her back. No wonder you're upset. Have I got that right?", "Fine as 'gave it the all-clear'; both sides as each side; two weeks as a fortnight."),
    ("partial", "You paid £95 for the fitting on 3 March, the fitter said it was fine, and later your vet found sores. I'm sorry. Is that right?", "Both sides missing (one minor detail)."),
    ("poor", "The fitter said the saddle didn't fit, you kept using it anyway and the vet found sores. Is that right?", "Fitter's verdict reversed; blame; no feeling.")]),
]

rows = []
for n, (customer, facts, answers) in enumerate(items):
    criteria = [{"id": i, "any": a} for i, a in facts] + [{"id": "feeling", "any": FEEL}, {"id": "check", "any": CHECK}]
    for k, (label, answer, why) in enumerate(answers):
        rows.append({"id": f"p-en-{n * 3 + k + 1:03d}", "lang": "en", "customer": customer,
                     "criteria": criteria, "answer": answer, "label": label, "why": why})
with open("paraphrases.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows))
