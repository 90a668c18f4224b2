# Session 31's English probe of word forms (paraforms31): eight customers of my own (a boiler
# engineer, a vet, a gym, a phone shop, a letting agent, a dentist, a car park, a nursery). Each good
# restatement says one fact in another written form of the rubric's own words: two words joined by a
# hyphen ("the all-clear" for "all clear", "a call-back" for "call back", "the sign-off" for "sign
# off"), or a verb the rubric gives with -es in its base or -ing form ("wake" for "wakes", "closing"
# for "closes", "rattle" for "rattles"), with the other facts, a feeling and a check; each partial says
# the same but leaves one other fact out; each poor reverses the facts. Written before the first run
# (python3 build.py > paraphrases.jsonl).
import json

FEEL = {"id": "feeling", "any": ["sorry", "frustrating", "annoying", "upsetting", "worrying", "stressful",
                                 "understand how you feel", "must be", "must have been", "I can see why", "no wonder"]}
CHECK = {"id": "check", "any": ["is that right", "have I got that right", "did I get that right", "is that correct",
                                "have I got all that", "anything I've missed"]}

ITEMS = [
    ("01", "Your engineer serviced my boiler on Tuesday and said it was all clear. Two days later it cut out "
           "and we've had no heating since, with a baby in the house. The service cost £85.",
     [("clear", ["all clear", "nothing wrong", "said it was fine"]),
      ("cut", ["cut out", "stopped working", "broke down"]),
      ("heating", ["no heating", "without heating"]),
      ("price", ["£85", "85 pounds", "eighty-five pounds"])],
     [("good", "So our engineer gave your boiler the all-clear on Tuesday, two days later it cut out, you've had no "
               "heating since with a baby at home, and the service was eighty-five pounds. That must be really "
               "worrying. Is that right?", "'the all-clear' for 'all clear'."),
      ("partial", "So our engineer gave your boiler the all-clear on Tuesday, two days later it cut out, and you've had "
                  "no heating since with a baby at home. That must be really worrying. Is that right?",
       "The price left out."),
      ("poor", "So the boiler has worked fine since the service and the heating is on. Is that right?",
       "Breakdown denied; no feeling.")]),
    ("02", "My dog's stitches were taken out at your surgery on Friday, and the wound opened up again that "
           "night. The vet promised to call back on Saturday and nobody did. We paid £60.",
     [("stitches", ["stitches", "taken out"]),
      ("opened", ["opened up", "wound opened", "came open"]),
      ("callback", ["call back", "ring back"]),
      ("price", ["£60", "60 pounds", "sixty pounds"])],
     [("good", "So your dog had the stitches out on Friday, the wound opened up again that night, the vet promised "
               "you a call-back on Saturday that never came, and you paid sixty pounds. I'm sorry, that's "
               "upsetting. Have I got that right?", "'a call-back' for 'call back'."),
      ("partial", "So your dog had the stitches out on Friday and the wound opened up again that night, and you paid "
                  "sixty pounds. I'm sorry, that's upsetting. Have I got that right?",
       "The promised call back left out."),
      ("poor", "So the wound healed well and the vet rang you on Saturday. Have I got that right?",
       "Wound and call reversed; no feeling.")]),
    ("03", "I cancelled my gym membership in March, but you've taken £45 twice since. The manager has to sign "
           "off the refund and he's on holiday until the 20th.",
     [("cancelled", ["cancelled", "ended the membership"]),
      ("taken", ["taken twice", "charged twice", "two payments"]),
      ("signoff", ["sign off", "sign the refund off"]),
      ("holiday", ["on holiday", "away until the 20th", "20th"])],
     [("good", "So you cancelled in March, we've still taken forty-five pounds twice since, and the refund needs the "
               "manager's sign-off, but he's on holiday until the 20th. I can see why you're annoyed. Is that "
               "correct?", "'sign-off' for 'sign off'."),
      ("partial", "So you cancelled in March, we've still taken forty-five pounds twice since, and the manager is on "
                  "holiday until the 20th. I can see why you're annoyed. Is that correct?",
       "The sign-off left out."),
      ("poor", "So your membership is still running and nothing has been charged. Is that correct?",
       "Cancellation and charges reversed; no feeling.")]),
    ("04", "The phone I bought from you last month rattles when I move it, and the screen flickers at night. "
           "The shop says it's fine and I have to wait six weeks for a repair.",
     [("rattles", ["rattles", "rattling noise"]),
      ("flickers", ["flickers", "screen flickering"]),
      ("wait", ["six weeks", "6 weeks"]),
      ("shop", ["says it's fine", "shop said it's fine"])],
     [("good", "So the phone you bought last month seems to rattle when you move it, the screen can flicker at "
               "night, our shop says it's fine, and you've been told to wait six weeks for a repair. That's really "
               "frustrating. Did I get that right?", "'rattle' for 'rattles'; 'flicker' for 'flickers'."),
      ("partial", "So the phone you bought last month seems to rattle when you move it, our shop says it's fine, and "
                  "you've been told to wait six weeks for a repair. That's really frustrating. Did I get that right?",
       "The flickering screen left out."),
      ("poor", "So the phone works perfectly and you can have it repaired today. Did I get that right?",
       "Faults and wait reversed; no feeling.")]),
    ("05", "Our letting agent does the move-out check next week, but the landlord still owes us the deposit "
           "from the last flat. I rang four times and your office closes at three.",
     [("check", ["move out check", "check next week"]),
      ("deposit", ["owes the deposit", "deposit from the last flat", "deposit"]),
      ("rang", ["rang four times", "four calls", "called four times"]),
      ("closes", ["closes at three", "closes at 3"])],
     [("good", "So your move out check is next week, the landlord still owes you the deposit from the last flat, "
               "you've rung us four times, and our office is closing at three. I can see why that's stressful. "
               "Is that right?", "'closing at three' for 'closes at three'."),
      ("partial", "So your move out check is next week, the landlord still owes you the deposit from the last flat, "
                  "and you've rung us four times. I can see why that's stressful. Is that right?",
       "The office hours left out."),
      ("poor", "So the deposit has been paid back and we've answered every call. Is that right?",
       "Deposit and calls reversed; no feeling.")]),
    ("06", "My daughter had a filling at your practice on Monday. Now it aches whenever she drinks anything "
           "cold, and the earliest follow up appointment is in three weeks. We paid £120.",
     [("filling", ["filling", "Monday"]),
      ("aches", ["aches", "hurts when she drinks"]),
      ("followup", ["follow up", "next appointment in three weeks"]),
      ("price", ["£120", "120 pounds", "a hundred and twenty"])],
     [("good", "So your daughter had a filling here on Monday, it's started to ache whenever she drinks something "
               "cold, the first follow-up we can offer is three weeks away, and you paid a hundred and twenty "
               "pounds. That must be worrying for you both. Have I got that right?",
       "'ache' for 'aches'; 'follow-up' for 'follow up'."),
      ("partial", "So your daughter had a filling here on Monday and it's started to ache whenever she drinks "
                  "something cold, and you paid a hundred and twenty pounds. That must be worrying for you both. "
                  "Have I got that right?", "The follow-up wait left out."),
      ("poor", "So the filling is comfortable and she's been seen again already. Have I got that right?",
       "Pain and wait reversed; no feeling.")]),
    ("07", "Your car park barrier wouldn't lift when I paid at the machine, so I was stuck for forty minutes "
           "and missed my train. The intercom just rings and nobody picks up.",
     [("barrier", ["barrier wouldn't lift", "barrier stuck", "wouldn't open"]),
      ("stuck", ["forty minutes", "40 minutes"]),
      ("train", ["missed my train", "missed the train", "missed your train"]),
      ("intercom", ["nobody picks up", "no one answers", "intercom rings"])],
     [("good", "So the barrier wouldn't lift after you'd paid, you were stuck for forty minutes and missed your "
               "train, and the intercom kept ringing with no one answering. No wonder you're fed up. Is that "
               "right?", "Control: the rubric's words as written."),
      ("partial", "So the barrier wouldn't lift after you'd paid, and you were stuck for forty minutes and missed "
                  "your train. No wonder you're fed up. Is that right?", "The intercom left out."),
      ("poor", "So the barrier opened straight away and you caught your train. Is that right?",
       "Barrier and train reversed; no feeling.")]),
    ("08", "Our son's nursery sent him home with a rash last Thursday and said he needs the all clear from a "
           "doctor. The GP can't see him until Monday, so I've lost three days' pay.",
     [("rash", ["rash", "sent home"]),
      ("clear", ["all clear", "doctor's note"]),
      ("gp", ["until Monday", "Monday"]),
      ("pay", ["three days' pay", "three days of pay", "lost pay"])],
     [("good", "So the nursery sent your son home with a rash last Thursday and won't have him back without a "
               "doctor's all-clear, the GP can't see him until Monday, and you've lost three days' pay. That's "
               "really stressful. Have I got all that?", "'all-clear' for 'all clear'."),
      ("partial", "So the nursery sent your son home with a rash last Thursday and won't have him back without a "
                  "doctor's all-clear, and the GP can't see him until Monday. That's really stressful. Have I got "
                  "all that?", "The lost pay left out."),
      ("poor", "So your son is back at nursery and you haven't lost any pay. Have I got all that?",
       "Exclusion and pay reversed; no feeling.")]),
]

for n, customer, facts, answers in ITEMS:
    criteria = [{"id": k, "any": v} for k, v in facts] + [FEEL, CHECK]
    for label, text, why in answers:
        print(json.dumps({"id": f"pfm31-{n}{label[0]}{'o' if label == 'poor' else ''}", "lang": "en",
                          "customer": customer, "criteria": criteria, "answer": text, "label": label, "why": why},
                         ensure_ascii=False))
