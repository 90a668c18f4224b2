# Probe wn19 (session 19 round 2): English restatements where a good answer says the facts in
# other words (synonyms, verb↔noun, near-synonym adjectives), plus partial/poor rows whose wrong
# wording is close in meaning. Domains: clock repair, saddlery, sailmaker, boat moorings.
import json
FEEL = ["sorry", "understand how you feel", "must have been", "frustrating", "annoying", "upsetting", "disappointing", "worrying", "stressful", "no wonder", "awful", "hard"]
CHECK = ["is that right", "have I got that right", "did I get that right", "is that correct", "anything to add", "anything I've missed", "does that sound right", "am I right", "correct me", "have I missed anything", "right?"]
def crit(facts):
    return [{"id": k, "any": v} for k, v in facts] + [{"id": "feeling", "any": FEEL}, {"id": "check", "any": CHECK}]
S = [
 ("I brought my grandfather's mantel clock in for a service in March. You quoted £90, I paid it upfront, and now it chimes at the wrong hour and the glass on the door is cracked.",
  [("clock", ["mantel clock", "clock"]), ("paid", ["£90", "ninety"]), ("chimes", ["chimes", "strikes"]), ("glass", ["glass", "cracked"])],
  [("So your grandfather's mantel clock came in for servicing in March, you settled the £90 in advance, and it now strikes the wrong hour and the door glass is broken. I'm so sorry, that must be upsetting. Have I got that right?", "good", "settled=paid, strikes=chimes, broken=cracked"),
   ("You handed over your grandfather's clock for a service in March and paid the ninety pounds beforehand; now it rings at the wrong time and the glass in its door has a crack. That's really disappointing. Is that correct?", "good", "free wording of all four facts"),
   ("Your grandfather's mantel clock was serviced in March for £90, and now it chimes at the wrong hour. I'm sorry, that's frustrating. Is that right?", "partial", "glass missing"),
   ("Your grandfather's mantel clock came in in March, you paid £90, and now it has stopped chiming altogether and the door glass is cracked. I'm sorry, that's upsetting. Is that right?", "poor", "chimes wrong hour → stopped chiming: what happened is wrong"),
   ("So you paid £90 for the clock service in March, it chimes at the wrong hour and the glass is cracked, is that right?", "partial", "no feeling")]),
 ("I ordered a made-to-measure leather saddle for my daughter's pony in May. It was meant to be ready in six weeks, it's now twelve, and when I rang, the man said it hadn't even been cut yet.",
  [("saddle", ["saddle"]), ("pony", ["pony"]), ("weeks", ["six weeks", "twelve", "12"]), ("notcut", ["not been cut", "hadn't been cut", "not started"])],
  [("You ordered a custom-fitted leather saddle for your daughter's pony in May, it was promised in six weeks, twelve weeks have gone by, and when you phoned you were told it hadn't even been cut. No wonder you're fed up. Is that right?", "good", "phoned=rang, custom-fitted"),
   ("In May you commissioned a bespoke saddle for your daughter's pony, due after six weeks; it's now been twelve, and on the phone our man admitted the leather hadn't been cut yet. I'm sorry, that's really disappointing. Did I get that right?", "good", "commissioned=ordered"),
   ("You ordered a leather saddle for your daughter's pony in May, due in six weeks, and it's now twelve. I'm sorry, that's frustrating. Is that right?", "partial", "not-cut fact missing"),
   ("You ordered a saddle for your daughter's pony in May, it was due in six weeks, it's now twelve, and you were told it had already been cut and was being stitched. I'm sorry, that's frustrating. Is that right?", "poor", "reversed: not cut → already cut"),
   ("You ordered a leather saddle for the pony, which is late. Is that right?", "poor", "most facts missing, no feeling")]),
 ("We sent the mainsail from our yacht to you in October to be repaired. You kept it all winter, the season starts next week, and the quote went from £300 to £520 without anyone calling me.",
  [("sail", ["mainsail", "sail"]), ("kept", ["kept", "all winter", "winter"]), ("price", ["£300", "£520", "300", "520"]), ("nocall", ["without anyone calling", "nobody called", "no one rang", "without telling"])],
  [("You sent us your yacht's mainsail for repair in October, we held on to it all winter, your season begins next week, and the price rose from £300 to £520 without anyone phoning you. That's really stressful. Have I got that right?", "good", "held on to=kept, begins=starts, phoning=calling"),
   ("So the mainsail came to us in October for mending, it stayed here the whole winter, sailing starts next week, and the estimate climbed from £300 to £520 with nobody ringing you first. I'm sorry, that must be frustrating. Is that correct?", "good", "mending=repair, estimate=quote"),
   ("You sent the mainsail in October, we kept it all winter, and the quote went up from £300 to £520. I'm sorry, that's annoying. Is that right?", "partial", "not-called fact missing"),
   ("You sent the mainsail in October, we kept it all winter, and the quote went down from £520 to £300 without anyone calling you. I'm sorry, that's annoying. Is that right?", "poor", "values swapped / reversed"),
   ("You sent your yacht's mainsail for repair in October, we kept it all winter, the season starts next week, and the quote rose from £300 to £520 without a call. That's stressful, I know. We can't do anything about the price, that's company policy. Is that right?", "partial", "policy line caps the grade")]),
 ("I rent a mooring at your marina. The pontoon light by my berth has been broken for a month, my boat got scraped when someone moored next to it in the dark, and the office keeps saying it's on the list.",
  [("light", ["light", "lamp"]), ("month", ["month"]), ("scraped", ["scraped", "scratched", "damaged"]), ("list", ["on the list", "keeps saying"])],
  [("You rent a mooring here, the lamp on the pontoon by your berth has been out of order for a month, your boat was scratched when someone tied up beside it in the dark, and the office just keeps telling you it's on the list. I'm sorry, that must be maddening and worrying. Is that right?", "good", "lamp=light, scratched=scraped"),
   ("So the pontoon light next to your berth has been faulty for a month, another boat grazed yours mooring alongside in the dark, and all the office says is that it's on the list. That's really frustrating. Have I understood that right?", "good", "faulty=broken, grazed=scraped"),
   ("The pontoon light by your berth has been broken for a month and the office keeps saying it's on the list. I'm sorry, that's frustrating. Is that right?", "partial", "scrape missing"),
   ("The pontoon light by your berth has been broken for a month, you scraped another boat when you moored in the dark, and the office keeps saying it's on the list. I'm sorry, that's frustrating. Is that right?", "poor", "actor swapped: customer scraped another boat"),
   ("The pontoon light by your berth has been broken for a month, your boat got scraped by someone mooring in the dark, and the office keeps saying it's on the list. I'm sorry, that's frustrating — but calm down, it's only a scratch. Is that right?", "partial", "forbidden phrase caps the grade")]),
]
n = 0
with open("paraphrases.jsonl", "w") as f:
    for cust, facts, answers in S:
        for ans, label, why in answers:
            n += 1
            f.write(json.dumps({"id": f"wn19-en-{n:03d}", "lang": "en", "customer": cust, "criteria": crit(facts), "answer": ans, "label": label, "why": why}, ensure_ascii=False) + "\n")
print(n)
