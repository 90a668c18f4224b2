# Session 30's English restatement probe (paraen30): twelve customers in new domains (a bike shop, a
# ferry, a dog groomer, a print shop, a window cleaner, boat storage, an allotment society, a piano
# tuner, a car wash, a removals firm, an optician, a hotel laundry). Each good restatement says one
# fact's verb in a free word of its kind, about the same thing as the customer ("your booking was
# switched" for "moved", "snatched" for "taken", "binned" for "threw away", "posted" for "sent"),
# with the feeling and a check; each partial says the same facts but one left out, or uses a word of
# that kind about another thing of the story; each poor reverses facts or says the verb denied.
# Written before the first run (python3 build.py > paraphrases.jsonl).
import json

FEEL = {"id": "feeling", "any": ["sorry", "frustrating", "annoying", "upsetting", "worrying", "stressful",
                                 "understand how you feel", "must be", "must have been", "I can see why", "no wonder"]}
CHECK = {"id": "check", "any": ["is that right", "have I got that right", "did I get that right", "is that correct",
                                "have I got all that", "anything I've missed"]}

ITEMS = [
    ("01", "I booked the 7:30 ferry to Cherbourg for my car and two bikes. Last night you moved us to the 14:00 "
           "sailing without asking, and now we'll miss our first night's hotel, which cost €120.",
     [("moved", ["moved to the 14:00", "moved us", "moved to the afternoon"]),
      ("what", ["car and two bikes", "two bikes", "car"]),
      ("hotel", ["miss the hotel", "first night's hotel", "€120", "120 euros"])],
     [("good", "So you'd booked the half seven crossing to Cherbourg with your car and two bikes, and last night we "
               "switched you onto the two o'clock one without a word, so you'll lose the first hotel night you paid "
               "a hundred and twenty euros for. I can see why you're upset. Is that right?",
       "'switched you onto' for 'moved us to'."),
      ("partial", "So you'd booked the half seven crossing with your car and two bikes, and last night we switched you "
                  "onto the two o'clock one without a word. I can see why you're upset. Is that right?",
       "The hotel left out."),
      ("poor", "So we kept you on the 7:30 as booked and the hotel is fine. Is that right?",
       "Move denied; hotel reversed; no feeling.")]),
    ("02", "I left my dog at your grooming salon for a wash and nail trim. When I picked her up, her ear had been "
           "cut and was bleeding, and nobody told me. I paid £45 and I'm shaking.",
     [("cut", ["ear cut", "cut her ear", "ear was cut", "bleeding"]),
      ("told", ["nobody told", "no one told", "didn't tell"]),
      ("paid", ["£45", "45 pounds", "forty-five"])],
     [("good", "So she came in for a bath and her nails, and when you collected her, her ear had been nicked and was "
               "bleeding and no one said anything to you, after you'd paid forty-five pounds. That must have been "
               "horrible to find. Have I got that right?",
       "'nicked' for 'cut'."),
      ("partial", "So she came in for a bath and her nails, and when you collected her, her ear had been nicked and was "
                  "bleeding, after you'd paid forty-five pounds. That must have been horrible to find. Have I got that right?",
       "Nobody telling left out."),
      ("poor", "So her ear was fine and the staff told you everything. Have I got that right?",
       "Cut denied, telling reversed; no feeling.")]),
    ("03", "I ordered 200 flyers from your print shop for our charity run on Saturday. They were printed with the "
           "wrong date, the 12th instead of the 19th, and your shop threw away my proof so I can't show you.",
     [("count", ["200 flyers", "two hundred flyers", "200"]),
      ("date", ["12th instead of the 19th", "wrong date", "the 12th"]),
      ("proof", ["threw away my proof", "threw away the proof", "proof thrown away"])],
     [("good", "So the two hundred flyers for Saturday's charity run came out dated the 12th rather than the 19th, and "
               "the shop binned your proof, so you've nothing to show us. I'm sorry, that's worrying so close to the "
               "run. Is that right?",
       "'binned your proof' for 'threw away my proof'."),
      ("partial", "So the two hundred flyers for Saturday's charity run came out dated the 12th rather than the 19th. "
                  "I'm sorry, that's worrying so close to the run. Is that right?",
       "The proof left out."),
      ("poor", "So the flyers had the right date and you still have your proof. Is that right?",
       "Date and proof reversed; no feeling.")]),
    ("04", "Your window cleaner came on Tuesday and charged me £30, but he only did the front. The back windows "
           "weren't touched and he left muddy prints on my new carpet.",
     [("price", ["£30", "30 pounds", "thirty pounds"]),
      ("front", ["only the front", "only did the front", "back windows weren't touched", "not the back"]),
      ("prints", ["muddy prints", "mud on the carpet", "left prints"])],
     [("good", "So the cleaner came on Tuesday, billed you thirty pounds, did only the front, never touched the back, "
               "and tracked mud onto your new carpet. That's annoying. Did I get that right?",
       "'tracked mud onto' for 'left muddy prints on'."),
      ("partial", "So the cleaner came on Tuesday, billed you thirty pounds, did only the front and never touched the "
                  "back. That's annoying. Did I get that right?",
       "The carpet left out."),
      ("poor", "So the cleaner did every window and the carpet's clean. That's annoying. Did I get that right?",
       "Front-only reversed; prints denied.")]),
    ("05", "I store my boat in your yard over winter for £600. When I came to launch it last week the cover had "
           "been taken off and the cabin was full of rainwater. The seat cushions are ruined.",
     [("price", ["£600", "600 pounds", "six hundred"]),
      ("cover", ["cover taken off", "cover removed", "cover off"]),
      ("water", ["rainwater", "full of water", "cabin flooded"]),
      ("cushions", ["cushions ruined", "cushions", "seats"])],
     [("good", "So you pay six hundred pounds for winter storage, last week you found the cover had been pulled off, "
               "the cabin was full of rainwater and the seat cushions are ruined. No wonder you're angry. Is that correct?",
       "'pulled off' for 'taken off'."),
      ("partial", "So you pay six hundred pounds for winter storage, last week the cabin was full of rainwater and the "
                  "seat cushions are ruined. No wonder you're angry. Is that correct?",
       "The cover left out."),
      ("poor", "So the cover was on, the cabin was dry and only one cushion got damp. Is that correct?",
       "Cover and water reversed; no feeling.")]),
    ("06", "I've rented plot 14 at your allotments for six years. This spring the committee gave it to a new member "
           "while I was in hospital, and nobody wrote to me first. I'm heartbroken.",
     [("plot", ["plot 14", "fourteen"]),
      ("years", ["six years", "6 years"]),
      ("given", ["gave it to a new member", "given to someone else", "new member"]),
      ("nowrite", ["nobody wrote", "no letter", "didn't write"])],
     [("good", "So you've had plot 14 for six years, and while you were in hospital the committee handed it to a "
               "newcomer without writing to you first. I'm so sorry, that's heartbreaking. Have I got that right?",
       "'handed it to a newcomer' for 'gave it to a new member'."),
      ("partial", "So you've had plot 14 for six years, and while you were in hospital the committee handed it to a "
                  "newcomer. I'm so sorry, that's heartbreaking. Have I got that right?",
       "Nobody writing left out."),
      ("poor", "So you gave up plot 14 yourself and the committee wrote to you about it. Have I got that right?",
       "Who gave it up reversed; letter reversed; no feeling.")]),
    ("07", "Your tuner came to tune my piano on the 3rd and charged £90. Two days later middle C is out again and "
           "one of the keys sticks. My daughter has her grade exam next week.",
     [("price", ["£90", "90 pounds", "ninety pounds"]),
      ("out", ["out again", "out of tune", "middle C"]),
      ("sticks", ["key sticks", "sticking", "sticks"]),
      ("exam", ["grade exam", "exam next week", "exam"])],
     [("good", "So we tuned the piano on the 3rd for ninety pounds, within two days middle C had drifted again and one "
               "key is jamming, with your daughter's grade exam next week. That's stressful timing. Is that right?",
       "'jamming' for 'sticks'."),
      ("partial", "So we tuned the piano on the 3rd for ninety pounds and within two days middle C had drifted again, "
                  "with your daughter's exam next week. That's stressful timing. Is that right?",
       "The sticking key left out."),
      ("poor", "So the piano is holding its tune and the keys are fine. Is that right?",
       "Facts reversed; no feeling.")]),
    ("08", "I paid £15 for the deluxe wash at your car wash. The brushes snapped off my wing mirror and the "
           "attendant just said it was my fault for not folding it in.",
     [("price", ["£15", "15 pounds", "fifteen pounds"]),
      ("mirror", ["snapped off my wing mirror", "mirror snapped", "broke the mirror", "wing mirror"]),
      ("blamed", ["my fault", "your fault", "blamed you", "not folding it"])],
     [("good", "So you paid fifteen pounds for the deluxe wash, the brushes broke your wing mirror off, and the "
               "attendant put it down to you not folding it in. That must be infuriating. Is that right?",
       "'broke … off' for 'snapped off'; 'put it down to you' for 'my fault'."),
      ("partial", "So you paid fifteen pounds for the deluxe wash and the brushes broke your wing mirror off. That must "
                  "be infuriating. Is that right?",
       "The blame left out."),
      ("poor", "So the mirror was already loose and the attendant apologised. Is that right?",
       "Cause and reply reversed; no feeling.")]),
    ("09", "Your removals team packed my kitchen last Friday. Three boxes of plates were dropped in the van and half "
           "the plates are broken. The foreman promised someone would ring me Monday and nobody has.",
     [("boxes", ["three boxes", "3 boxes"]),
      ("broken", ["plates broken", "half broken", "broken"]),
      ("ring", ["nobody has rung", "no call", "promised someone would ring", "nobody rang"])],
     [("good", "So on Friday our team packed your kitchen, three boxes of plates fell in the van and half of them are "
               "smashed, and the call the foreman promised for Monday never came. I'm sorry, that's upsetting. "
               "Did I get that right?",
       "'smashed' for 'broken'; 'the call … never came' for 'nobody has rung'."),
      ("partial", "So on Friday our team packed your kitchen, three boxes of plates fell in the van and half of them are "
                  "smashed. I'm sorry, that's upsetting. Did I get that right?",
       "The call left out."),
      ("poor", "So the plates arrived in one piece and the foreman rang you on Monday. Did I get that right?",
       "Breakage and call reversed; no feeling.")]),
    ("10", "I collected my new glasses from your branch on Thursday for £210. The left lens is scratched and the "
           "frame pinches behind my ears. The manager said they'd order a new lens but I've heard nothing since.",
     [("price", ["£210", "210 pounds", "two hundred and ten"]),
      ("lens", ["left lens scratched", "lens is scratched", "scratched"]),
      ("frame", ["frame pinches", "pinches", "too tight"]),
      ("heard", ["heard nothing", "no word", "nothing since"])],
     [("good", "So you picked the glasses up on Thursday for two hundred and ten pounds, the left lens is scored, the "
               "frame squeezes behind your ears, and despite the manager ordering a new lens you've heard nothing. "
               "That's frustrating. Is that correct?",
       "'scored' for 'scratched'; 'squeezes' for 'pinches'."),
      ("partial", "So you picked the glasses up on Thursday for two hundred and ten pounds, the left lens is scored, and "
                  "you've heard nothing about the new one. That's frustrating. Is that correct?",
       "The frame left out."),
      ("poor", "So the lenses are perfect and the manager has already called you. Is that correct?",
       "Facts reversed; no feeling.")]),
    ("11", "I sent four shirts to your hotel laundry on Sunday. Two came back shrunk, one came back with a brown "
           "burn mark, and you've charged £32 for the lot. I've a conference tomorrow.",
     [("shirts", ["four shirts", "4 shirts"]),
      ("shrunk", ["two shrunk", "shrunk", "shrank"]),
      ("burn", ["burn mark", "burnt", "scorched"]),
      ("charged", ["£32", "32 pounds", "thirty-two"])],
     [("good", "So you gave us four shirts on Sunday, two have come back smaller, one's got a brown scorch on it, and "
               "we've billed you thirty-two pounds for all of them, with your conference tomorrow. I'm sorry, that's "
               "stressful. Have I got all that?",
       "'come back smaller' for 'shrunk'; 'scorch' for 'burn mark'."),
      ("partial", "So you gave us four shirts on Sunday, two have come back smaller, and we've billed you thirty-two "
                  "pounds for all of them, with your conference tomorrow. I'm sorry, that's stressful. Have I got all that?",
       "The burn left out."),
      ("poor", "So the shirts came back fine and there was no charge. Have I got all that?",
       "Damage and charge reversed; no feeling.")]),
    ("12", "I booked your bike shop to fit new brakes on Monday for £25. When I collected it the back brake still "
           "rubs and the mechanic scratched the frame. I ride to work every day.",
     [("price", ["£25", "25 pounds", "twenty-five pounds"]),
      ("rubs", ["still rubs", "brake rubs", "rubbing"]),
      ("scratched", ["scratched the frame", "frame scratched", "scratch"]),
      ("monday", ["Monday"])],
     [("good", "So you paid twenty-five pounds on Monday for new brakes, the back one still drags on the wheel, and "
               "our mechanic scraped the frame, when you need the bike for work every day. That must be really "
               "annoying. Have I got that right?",
       "'drags on the wheel' for 'rubs'; 'scraped' for 'scratched'."),
      ("partial", "So you paid twenty-five pounds on Monday for new brakes and the back one still drags on the wheel, "
                  "when you need the bike for work every day. That must be really annoying. Have I got that right?",
       "The scratch left out."),
      ("poor", "So the brakes work well now and the frame was already marked. Have I got that right?",
       "Brake and scratch reversed; no feeling.")]),
]

for n, customer, facts, answers in ITEMS:
    criteria = [{"id": k, "any": v} for k, v in facts] + [FEEL, CHECK]
    for label, text, why in answers:
        print(json.dumps({"id": f"pen30-{n}{label[0]}", "lang": "en", "customer": customer, "criteria": criteria,
                          "answer": text, "label": label, "why": why}, ensure_ascii=False))
