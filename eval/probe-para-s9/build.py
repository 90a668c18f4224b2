"""Writes the session-9 English restatement probe as JSONL. Rows written by hand, new domains."""
import json

CHECK = ["is that right", "have I got that right", "did I miss anything", "anything to add"]

S = []  # (customer, criteria, [(answer, label, why)])

S.append((
    "I hired a rowing boat at Willow Lake for 2pm on Sunday and paid £35, but when we got there the boat had a hole in it and was taking on water, and nobody offered us another one. My kids were so disappointed.",
    [("boat", ["rowing boat", "the boat"]), ("time", ["2pm", "two o'clock", "Sunday afternoon"]),
     ("amount", ["£35", "35 pounds", "thirty-five"]), ("problem", ["hole", "taking on water", "leaking"]),
     ("no-offer", ["nobody offered another", "no replacement", "no other boat"]),
     ("feeling", ["disappointed", "let down", "I understand how you feel"]), ("check", CHECK)],
    [
        ("So you'd booked a rowing boat on Willow Lake for Sunday at 2, paid thirty-five pounds, and when you turned up it was letting in water through a hole, with no replacement offered. Your children must have been gutted. Have I got that right?", "good", "all facts in own words, compact time"),
        ("So you got to Willow Lake at two on Sunday for the rowing boat you'd paid £35 for, it was taking on water and no one offered you another boat. I can hear how disappointed the kids were. Does that sound right?", "good", "all facts; 'you got to' is arrival"),
        ("You hired a rowing boat at Willow Lake for 2pm Sunday, paid £35, and it had a hole in it, and no other boat was offered. I'm sorry the children were so let down.", "partial", "no check question"),
        ("So you booked a canoe for 4pm on Saturday, paid £53, and it had a hole. That's disappointing. Is that right?", "poor", "item, time and amount wrong"),
        ("Let me check I've got it: Sunday, 2 o'clock, rowing boat, thirty-five quid paid, the boat was leaking and nobody gave you a different one. What a let-down for the kids. Anything I've left out?", "good", "all facts, amount with slang currency"),
    ],
))

S.append((
    "I paid for two places on your Saturday pottery workshop, then got an email on Thursday saying it was cancelled, and ten days later the £120 refund still hasn't come through. I'm really annoyed, we turned down other plans for it.",
    [("places", ["two places", "2 places"]), ("workshop", ["pottery workshop", "pottery class"]),
     ("cancelled", ["cancelled", "called off"]), ("refund", ["refund hasn't come", "no refund", "not refunded"]),
     ("amount", ["£120", "120 pounds", "a hundred and twenty"]), ("days", ["ten days", "10 days"]),
     ("feeling", ["annoyed", "frustrating", "I understand how you feel"]), ("check", CHECK)],
    [
        ("So you booked a couple of spots on the Saturday pottery session, had an email on Thursday calling it off, and ten days on the hundred and twenty pounds still hasn't been refunded. No wonder you're annoyed when you'd turned other things down. Have I got that right?", "good", "all facts, count word, amount in words"),
        ("Just to confirm: two places at the pottery workshop, cancelled by email on Thursday, and your £120 refund is still outstanding after 10 days. That's really frustrating. Is that correct?", "good", "all facts"),
        ("You paid for both places on the Saturday pottery class, it was cancelled on Thursday, and the £120 hasn't been refunded. I understand how annoying that is. Is that right?", "partial", "the ten days missing"),
        ("So you paid £210 for two places on the pottery workshop, it was cancelled, and the refund came through after ten days. I understand. Is that right?", "poor", "amount wrong and refund reversed"),
        ("A pair of places on the Saturday pottery workshop, cancelled by email on Thursday, a hundred and twenty pounds still not refunded ten days later. Have I missed anything?", "partial", "no feeling"),
    ],
))

S.append((
    "I collected skis and boots from your Alpine Hire shop at 9am on Monday, paid €180 for six days, and by Tuesday morning the left binding had snapped. I've lost a whole day on the slopes and I'm fed up.",
    [("shop", ["Alpine Hire", "the hire shop"]), ("collected", ["9am", "nine o'clock", "Monday morning"]),
     ("amount", ["€180", "180 euros", "a hundred and eighty"]), ("days", ["six days", "6 days"]),
     ("problem", ["binding snapped", "binding broke", "broken binding"]),
     ("lost-day", ["lost a day", "a whole day", "day on the slopes"]),
     ("feeling", ["fed up", "frustrating", "I understand how you feel"]), ("check", CHECK)],
    [
        ("So you picked up the skis and boots at Alpine Hire on Monday at 9, paid a hundred and eighty euros for the six days, and on Tuesday morning the left binding broke off. That's a whole day of skiing gone, I can see why you're fed up. Is that right?", "good", "all facts, compact time"),
        ("Let me play that back: Alpine Hire, collected 9 Monday, €180 for a 6-day rental, left binding broken by Tuesday, and a full day on the slopes lost. How infuriating. Did I miss anything?", "good", "all facts, compact forms"),
        ("So you collected your skis from Alpine Hire at 10 on Monday, paid €180 for six days, the left binding snapped on Tuesday and you lost a day on the slopes. That's so frustrating. Have I got that right?", "partial", "one minor value wrong (10 for 9am)"),
        ("So you hired boots for six days and the right binding snapped, and you want your €180 back. Is that right?", "poor", "most facts missing, side wrong"),
        ("So at Alpine Hire you paid €180 for six days from Monday at nine, and the binding snapped Tuesday morning, costing you a day on the slopes. You should have brought the skis straight back. I can see you're fed up. Is that right?", "partial", "forbidden phrase in a full restatement"),
    ],
))

S.append((
    "I ordered two canvas prints from your Mill Road studio with the 25% launch discount and paid £148, but when I picked them up yesterday the discount hadn't been applied and one canvas has a scratch across it. They're a gift for Saturday and I'm worried.",
    [("prints", ["two canvas prints", "2 canvas prints"]), ("studio", ["Mill Road"]),
     ("discount", ["25%", "25 percent", "twenty-five percent"]), ("amount", ["£148", "148 pounds", "a hundred and forty-eight"]),
     ("not-applied", ["discount not applied", "no discount", "discount missing"]),
     ("scratch", ["scratch", "scratched"]),
     ("feeling", ["worried", "worrying", "I understand how you feel"]), ("check", CHECK)],
    [
        ("So you ordered a pair of canvas prints at Mill Road with the twenty-five per cent launch discount, paid a hundred and forty-eight pounds, and when you collected them yesterday there was no discount and one canvas is scratched. With the gift due Saturday, I can see why you're worried. Have I got that right?", "good", "all facts, count word, per cent"),
        ("Two canvases from Mill Road, 25% off promised, £148 paid, the discount was missing when you picked them up and one has a scratch right across. That's worrying with Saturday so close. Is there anything I've missed?", "good", "all facts"),
        ("You ordered both canvas prints at Mill Road with a twenty-five percent discount and paid £148, but the discount wasn't applied. I understand you're worried about Saturday. Is that right?", "partial", "scratch missing"),
        ("So you ordered two prints with a 15% discount, paid £184, and the frame is cracked. Is that right?", "poor", "values wrong, problem wrong"),
        ("So two canvas prints from Mill Road, the 25% discount not applied to the £148 you paid, and a scratch on one canvas. I'm sorry, I can tell you're worried about the gift.", "partial", "no check question"),
    ],
))

S.append((
    "Your shuttle was booked to collect us from the Harbour Hotel at 5am on Thursday for the airport, we paid £42, but the driver didn't arrive until twenty to six and we nearly missed our flight to Malaga. I'm shaking, that was so stressful.",
    [("pickup", ["Harbour Hotel", "the hotel"]), ("time", ["5am", "five o'clock", "Thursday morning"]),
     ("amount", ["£42", "42 pounds", "forty-two"]), ("late", ["twenty to six", "5:40", "forty minutes late"]),
     ("flight", ["nearly missed", "almost missed"]),
     ("feeling", ["stressful", "shaken", "I understand how you feel"]), ("check", CHECK)],
    [
        ("So the shuttle was meant to pick you up at the Harbour Hotel Thursday at 5 for the airport, you'd paid forty-two pounds, the driver only showed up at 5:40, and you almost missed the Malaga flight. That sounds awful, no wonder you're shaken. Have I got that right?", "good", "all facts, compact time"),
        ("Let me check: Harbour Hotel pickup at five on Thursday, £42 paid, the driver forty minutes late, and you very nearly missed your flight. What a stressful start to a trip. Does that sound right?", "good", "all facts"),
        ("So the shuttle came to the Harbour Hotel at 5am on Thursday as booked, you paid £42, and you nearly missed your flight. That's stressful. Is that right?", "poor", "lateness reversed (came as booked)"),
        ("So you'd paid £42 for the shuttle from the Harbour Hotel on Thursday, the driver didn't come till twenty to six and you nearly missed your flight. I'm so sorry, that must have been really stressful. Is that right?", "partial", "booked time missing"),
        ("Shuttle from the Harbour Hotel, booked for 5am Thursday, £42, driver arrived at 5:40, flight nearly missed. Have I got everything?", "partial", "no feeling"),
    ],
))

S.append((
    "I ordered a dozen rose bushes and six bags of compost from your website for £96, delivery was promised for Wednesday between 1 and 3, but nothing came and your driver says the address was wrong, which it wasn't. I took the afternoon off work for this and I'm furious.",
    [("roses", ["twelve rose bushes", "12 rose bushes", "a dozen rose bushes"]),
     ("compost", ["six bags of compost", "6 bags"]), ("amount", ["£96", "96 pounds", "ninety-six"]),
     ("slot", ["Wednesday between 1 and 3", "Wednesday afternoon"]),
     ("problem", ["nothing came", "never arrived", "no delivery"]),
     ("address", ["wrong address", "address was wrong", "blamed the address"]),
     ("feeling", ["furious", "angry", "I understand how you feel"]), ("check", CHECK)],
    [
        ("So you ordered twelve rose bushes plus six bags of compost online, ninety-six all in, for delivery Wednesday afternoon, nothing turned up, and the driver's claiming the address was wrong when it was right. You took time off work for this, I'd be furious too. Have I got that right?", "good", "all facts, amount without currency"),
        ("Let me read it back: 12 rose bushes and 6 bags of compost, £96, due Wednesday between 1 and 3, never delivered, and the driver blaming a wrong address that was correct. I completely understand your anger after taking the afternoon off. Anything I've left out?", "good", "all facts"),
        ("So your order of a dozen rose bushes for £96 was due Wednesday between 1 and 3, it never arrived, and the driver says the address was wrong though it wasn't. I understand how furious you are. Is that right?", "partial", "compost missing"),
        ("So you ordered ten rose bushes for £69 and they arrived on Wednesday, but the wrong address was on the label. That's annoying. Is that right?", "poor", "count and amount wrong, delivery reversed"),
        ("You ordered a dozen rose bushes and six bags of compost from our website for £96, delivery was promised for Wednesday between 1 and 3, but nothing came and our driver says the address was wrong, which it wasn't. Is that right?", "poor", "near copy of the customer's words"),
    ],
))

S.append((
    "My mobile contract was £24.99 a month, but this month you charged me £39.99 without any warning, and when I rang on Friday I was kept on hold for 45 minutes and then cut off. I've been with you for six years and I'm really disappointed.",
    [("old", ["£24.99", "24.99"]), ("new", ["£39.99", "39.99"]),
     ("no-warning", ["without warning", "no warning", "no notice"]), ("hold", ["45 minutes", "forty-five minutes"]),
     ("cut-off", ["cut off", "disconnected", "call dropped"]), ("years", ["six years", "6 years"]),
     ("feeling", ["disappointed", "disappointing", "I understand how you feel"]), ("check", CHECK)],
    [
        ("So your contract was twenty-four ninety-nine a month, this month's bill came to thirty-nine ninety-nine with no warning, and when you called on Friday you sat on hold for forty-five minutes and then got cut off, after six years with us. That's so disappointing. Have I got that right?", "good", "all facts, amounts in words without currency"),
        ("Let me check: £24.99 a month normally, £39.99 charged this month without notice, 45 minutes on hold on Friday before you were disconnected, and you've been a customer for 6 years. I understand why you're let down. Is that correct?", "good", "all facts"),
        ("So your contract went from £39.99 down to £24.99 this month, and you were on hold for 45 minutes. Is that right?", "poor", "values swapped, most facts missing"),
        ("So you were paying £24.99 a month, got charged £39.99 this time with no warning, and when you rang on Friday the call was cut off. After six years with us that's really disappointing. Did I get that right?", "partial", "hold time missing"),
        ("Contract £24.99 monthly, £39.99 taken this month without warning, forty-five minutes on hold on Friday and then disconnected, six years a customer. Does that sum it up?", "partial", "no feeling"),
    ],
))

rows = []
for n, (customer, criteria, answers) in enumerate(S):
    assert len(answers) == 5
    for k, (answer, label, why) in enumerate(answers):
        rows.append({
            "id": f"ps9-en-{n * 5 + k + 1:03d}", "lang": "en", "customer": customer,
            "criteria": [{"id": i, "any": a} for i, a in criteria],
            "answer": answer, "label": label, "why": why,
        })
with open("paraphrases.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
from collections import Counter
print(len(rows), Counter(r["label"] for r in rows))
