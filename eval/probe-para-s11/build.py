"""Writes the session-11 English restatement probe as JSONL. Rows written by hand, new domains."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_english  # noqa: E402

CHECK = ["is that right", "did I get that right", "is that correct", "have I got that right",
         "anything I missed", "anything to add", "does that sound right", "have I understood"]

S = []  # (customer, criteria, feeling wordings, [(answer, label, why)])

S.append((
    "I booked a compact car for seven days at your airport desk for £210. My flight landed at 11pm on Friday and the desk was already shut, even though the booking said it was open until midnight. I had to get a £60 taxi to my hotel and I'm exhausted and fed up.",
    [("car", ["compact car", "hire car", "seven days", "a week"]), ("price", ["£210", "210"]),
     ("landed", ["11pm", "Friday", "eleven"]), ("desk-shut", ["desk was shut", "desk closed", "nobody at the desk", "open until midnight"]),
     ("taxi", ["£60 taxi", "taxi", "cab"])],
    ["fed up", "exhausted", "tired", "understand", "sorry"],
    [
        ("So you'd reserved a small car for a week for two hundred and ten pounds, landed at eleven on Friday night, and found our airport counter closed although it should have been staffed till midnight, so you paid sixty pounds for a cab to the hotel. No wonder you're worn out. Have I got that right?", "good", "all facts in own words, feeling in own words"),
        ("So you booked a compact car for seven days for £120, landed on Friday at 11pm, the desk was closed though it should have been open till midnight, and you took a £60 taxi. I understand how fed up you are. Is that right?", "poor", "the price (a key amount) is wrong"),
        ("So you booked a compact car for seven days for £210, landed at 10pm on Friday and the desk was already shut although it should have been open till midnight, and you had to pay £60 for a taxi. I'm sorry, you must be exhausted. Is that right?", "partial", "one minor wrong detail of when (10pm for 11pm)"),
        ("So you landed on Friday at 11pm, the desk was open but we'd given your compact car to someone else, and you took a £60 taxi after paying £210 for seven days. I'm sorry, you must be exhausted. Is that right?", "poor", "what happened changed: the desk was shut"),
        ("A compact car for seven days at £210; you landed at 11pm on Friday, the desk was shut even though it should have been open till midnight, and you paid £60 for a taxi to the hotel. Is that correct?", "partial", "the feeling is missing"),
    ],
))

S.append((
    "I paid £95 for my daughter's ten swimming lessons this term, but the pool has been closed on three Saturdays without any notice. We turned up each time and found the doors locked. Nobody has offered a make-up lesson or a refund, and she's really disappointed.",
    [("paid", ["£95", "95"]), ("ten-lessons", ["ten lessons", "10 lessons", "ten swimming lessons"]),
     ("closed-three", ["three Saturdays", "3 Saturdays", "closed three times"]),
     ("no-notice", ["without notice", "no notice", "no warning", "nobody told you"]),
     ("no-make-up", ["no make-up", "no refund", "nothing offered", "no one has offered"])],
    ["disappointed", "let down", "upset", "understand", "sorry"],
    [
        ("So you've paid ninety-five pounds for a term of ten lessons for your daughter, and on three Saturdays you arrived to find the pool locked with no warning, and we haven't offered to make the lessons up or give the money back. She must be so let down. Did I get all of that?", "good", "all facts in own words"),
        ("You paid £95 for your daughter's ten swimming lessons this term, but the pool has been closed on three Saturdays without any notice. You turned up each time and found the doors locked. Nobody has offered a make-up lesson or a refund. Is that right?", "poor", "a near copy of the customer's words"),
        ("So you paid £95 for ten lessons this term, the pool was shut without notice on two Saturdays, and no one has offered a make-up lesson or a refund. I understand your daughter is disappointed. Is that right?", "partial", "one minor wrong count of times (two Saturdays for three)"),
        ("So you paid £95 for ten lessons, the pool was closed without notice on three Saturdays, and we offered you make-up lessons but the times didn't suit you. I'm sorry she's disappointed. Is that right?", "poor", "reversed: nothing was offered"),
        ("So you paid £95 for ten lessons, the pool was shut on three Saturdays and we've offered neither a make-up lesson nor a refund. I understand she's disappointed. Is that right?", "partial", "one fact missing (no notice)"),
    ],
))

S.append((
    "I ordered gluten-free bread in my Tuesday delivery because my son has coeliac disease. Your picker swapped it for ordinary bread without flagging it, and he ate two slices before we noticed. He was sick all night and I'm scared it could happen again.",
    [("gluten-free", ["gluten-free bread", "gluten free"]), ("coeliac", ["coeliac", "celiac"]),
     ("swapped", ["ordinary bread", "normal bread", "regular bread", "substituted"]),
     ("not-flagged", ["without flagging", "without telling", "no warning", "not marked"]),
     ("two-slices", ["two slices", "2 slices"]), ("sick", ["sick all night", "ill", "unwell"])],
    ["scared", "worried", "frightening", "understand", "sorry"],
    [
        ("So your son has coeliac disease, you ordered gluten-free bread, and our picker replaced it with regular bread without marking the substitution; he'd had two slices before you spotted it and was ill through the night. That must have been frightening. Have I understood that correctly?", "good", "all facts in own words"),
        ("So you accepted ordinary bread as a substitute for the gluten-free loaf, your son, who is coeliac, ate two slices and was sick all night. I understand you're scared. Is that right?", "poor", "reversed: the swap was not flagged, the customer accepted nothing"),
        ("So you'd ordered gluten-free bread for your son, who has coeliac disease, our picker swapped it for ordinary bread without flagging it, he ate two slices before you noticed and was sick all night. I'm so sorry, that must have been really frightening.", "partial", "no check question"),
        ("So your son picked up a stomach bug after one of our deliveries. I'm sorry, that sounds frightening. Is that right?", "poor", "most facts missing, what happened said otherwise"),
        ("Gluten-free bread ordered for your coeliac son, swapped for normal bread with no note, two slices eaten, sick all night. How frightening for you both. Is there anything I've left out?", "good", "compact, all facts, feeling and check in own words"),
    ],
))

S.append((
    "Your movers took my piano to the new flat on 12 June and scratched the whole lid. The foreman said an assessor would call within a week. It's been three weeks and nobody has been in touch. I paid £320 for the move and I'm angry.",
    [("piano-moved", ["piano", "12 June"]), ("scratched", ["scratched", "scratch", "scratches"]),
     ("assessor-week", ["assessor", "within a week"]), ("no-contact", ["three weeks", "nobody has been in touch", "heard nothing", "no one called"]),
     ("paid", ["£320", "320"])],
    ["angry", "annoyed", "frustrat", "understand", "sorry"],
    [
        ("So our team moved your piano on 12 June and left scratches right across the lid; the foreman promised someone would be in touch within seven days to assess it, and three weeks on you've heard nothing, after paying three hundred and twenty pounds. I'd be angry too. Is that an accurate summary?", "good", "all facts in own words"),
        ("So our movers scratched the lid of your piano when they moved it on 14 June, the foreman said an assessor would call within a week, and three weeks later nobody has. You paid £320. I understand you're angry. Is that right?", "partial", "one minor wrong date (14 June for 12 June)"),
        ("So our movers scratched your piano lid on 12 June, the foreman said an assessor would call within a week, it's been two weeks with no contact, and you paid £230. I understand you're angry. Is that right?", "poor", "two wrong values, one of them the amount"),
        ("So our movers scratched your piano lid on 12 June, the assessor came round a week later but you haven't had his report, and you paid £320. I understand you're angry. Is that right?", "poor", "reversed: nobody came or called"),
        ("So our movers scratched the whole lid of your piano on 12 June, the foreman said an assessor would ring within a week, and three weeks later no one has. I understand why you're angry. Did I get that right?", "partial", "one fact missing (the price)"),
    ],
))

S.append((
    "I renewed my annual season ticket online on 1 September for £2,900, but the new smartcard never arrived, and on Monday an inspector fined me £50 because the old one had expired. I've emailed you twice and had no reply. This is so stressful.",
    [("renewed", ["renewed", "season ticket", "annual ticket", "1 September"]), ("price", ["£2,900", "2900"]),
     ("not-arrived", ["never arrived", "has not arrived", "not arrived", "did not come"]),
     ("fined", ["fined", "£50", "penalty"]), ("emailed-twice", ["emailed twice", "two emails", "twice"]),
     ("no-reply", ["no reply", "no answer", "heard nothing"])],
    ["stressful", "stress", "worry", "understand", "sorry"],
    [
        ("So you paid two thousand nine hundred pounds on 1 September to renew your annual ticket online, the smartcard hasn't turned up, an inspector gave you a fifty-pound penalty on Monday because the old card had run out, and your two emails to us have gone unanswered. That's a horrible amount of stress to be under. Have I got everything?", "good", "all facts in own words"),
        ("So you renewed your £2,900 season ticket on 1 September, the new card arrived but wouldn't scan, and you were fined £50 on Monday. You've emailed twice without a reply. I understand how stressful this is. Is that right?", "poor", "what happened changed: the card never arrived"),
        ("So you renewed your £2,900 season ticket online on 1 September, the smartcard never came, an inspector fined you £150 on Monday, and your two emails have had no reply. I understand how stressful this is. Is that right?", "poor", "the fine (an amount) is wrong"),
        ("So you renewed your £2,900 annual ticket online on 1 September, the new smartcard never arrived, you were fined £50 on Monday because the old one had expired, and you've emailed twice with no reply. Is that right?", "partial", "the feeling is missing"),
        ("So you renewed your £2,900 annual ticket on 1 September, the smartcard never arrived, you got a £50 fine on Monday and two emails have gone unanswered. You should have kept a copy of the receipt, but I understand how stressful this is. Is that right?", "partial", "a taboo 'you should' in an otherwise good restatement"),
    ],
))

S.append((
    "When I upgraded my phone in your Market Street shop in August, the assistant told me my monthly bill would stay at £25, but it's gone up to £43. I've rung three times and each time I'm told someone will call back, and nobody does. I feel completely misled.",
    [("upgrade", ["upgraded", "upgrade", "new phone", "Market Street"]), ("told-25", ["£25", "stay the same"]),
     ("now-43", ["£43", "43"]), ("rang-three", ["three times", "3 times", "three calls"]),
     ("no-callback", ["nobody calls back", "no call back", "never called back", "nobody rang back"])],
    ["misled", "cheated", "lied to", "understand", "sorry"],
    [
        ("So when you got your new phone at our Market Street store in August, you were promised the bill would remain twenty-five pounds a month, it's now forty-three, and on three calls you were promised a callback that never came. I can see why you feel misled. Does that sound right?", "good", "all facts in own words"),
        ("So you upgraded your phone at our Station Road shop in August, were told the bill would stay at £25, it's gone up to £43, and you've rung three times with no call back. I understand you feel misled. Is that right?", "poor", "wrong place (a key fact)"),
        ("So you upgraded in our Market Street shop in August, were told your bill would stay at £25, it's now £43, and you've called twice and nobody has called back. I understand you feel misled. Is that right?", "partial", "one minor wrong count of calls"),
        ("So you upgraded at Market Street in August, were told £25 a month, and when the bill came to £43 someone called you back and explained it was correct. I'm sorry you feel misled. Is that right?", "poor", "reversed: nobody called back"),
        ("Upgrade in August at Market Street, promised £25 a month, billed £43, three calls, no callback. You've every right to feel misled, I'm sorry. Have I missed anything?", "good", "compact, all facts"),
    ],
))

S.append((
    "I booked Biscuit in for a bath and a light trim on Saturday, and when I picked him up your groomer had shaved him right down. He's entered in a dog show next Sunday and it'll take months to grow back. I paid £45 and I'm gutted.",
    [("trim", ["light trim", "bath", "trim"]), ("shaved", ["shaved", "clipped short", "shaved down"]),
     ("show", ["dog show", "show", "next Sunday"]), ("months", ["months", "take months"]),
     ("paid", ["£45", "45"])],
    ["gutted", "upset", "devastated", "understand", "sorry"],
    [
        ("So Biscuit came in on Saturday for a wash and a light tidy-up, and our groomer clipped him right down instead; he's entered in a show next Sunday, his coat will need months to come back, and you paid forty-five pounds for it. You must be gutted. Is that right?", "good", "all facts in own words"),
        ("So you asked our groomer to shave Biscuit down on Saturday before his show next Sunday, it cost £45, and now you wish you hadn't because it'll take months to grow back. I understand you're upset. Is that right?", "poor", "reversed: the customer asked for a light trim"),
        ("So Biscuit's nails were cut too short on Saturday. I'm so sorry, that's upsetting. Is that right?", "poor", "most facts missing, what happened said otherwise"),
        ("So you booked Biscuit in for a bath and a light trim on Saturday, our groomer shaved him right down, he has a show next Sunday, and you paid £45. I'm so sorry, you must be gutted. Is that right?", "partial", "one fact missing (months to grow back)"),
        ("So you booked Biscuit in for a bath and a light trim on Saturday, our groomer shaved him right down, he has a show next Saturday and his coat will take months to grow back, and you paid £45. I'm so sorry, you must be gutted. Is that right?", "partial", "one minor wrong day (Saturday for Sunday)"),
    ],
))

S.append((
    "Your engineer serviced our boiler last Wednesday and since then the heating only comes on for an hour before cutting out. We've got a six-month-old baby and the house is freezing at night. I called on Friday and was told the earliest visit is the 20th. I'm really worried.",
    [("serviced", ["serviced", "service", "last Wednesday"]), ("cuts-out", ["cuts out", "an hour", "cutting out"]),
     ("baby", ["baby", "six-month-old"]), ("freezing", ["freezing", "cold at night"]),
     ("called-friday", ["called on Friday", "Friday"]), ("earliest-20th", ["the 20th", "twentieth"])],
    ["worried", "worry", "frightening", "understand", "sorry"],
    [
        ("So since our engineer serviced your boiler last Wednesday, the heating runs for about an hour and then shuts off, the house is bitterly cold at night with your six-month-old, and when you rang on Friday the first slot we could offer was the twentieth. With a baby that's a real worry. Did I get that right?", "good", "all facts in own words"),
        ("So your boiler was serviced last Wednesday and has been working well since, but you'd like an earlier visit than the 20th because of your baby. I understand you're worried. Is that right?", "poor", "reversed: the heating cuts out"),
        ("So our engineer serviced your boiler last Wednesday, since then the heating cuts out after an hour, the house is freezing at night with your six-month-old baby, and on Friday we told you the earliest visit is the 20th. I understand how worried you are.", "partial", "no check question"),
        ("So your heating keeps cutting out. I understand you're worried. Is that right?", "poor", "most facts missing"),
        ("So our engineer serviced your boiler last Wednesday, now the heating cuts out after an hour, the house is freezing at night with a six-month-old baby, and on Friday we said the 20th was the earliest visit. That's an awful worry with a little one at home. Is that correct?", "good", "all facts, feeling in own words"),
    ],
))

write_english("ps11", S, CHECK)
