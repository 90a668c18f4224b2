# Session 36's restatement probe (para36): twelve customers of my own, six English and six Chinese (zh-Hans,
# one Taiwan Mandarin, one Cantonese), each × good / partial / poor. Every good restates a date, a time or a
# count in a form the rubric does not list: a fixed-date day by its name (Halloween for 31 October, Christmas
# Eve, 国庆 for 十月一号, 情人节 for 二月十四号), an anniversary by its name (ruby wedding, 金婚), a clock with
# another part of the day ("in the middle of the night, at 3 a.m." for three in the morning, 半夜 for 凌晨), a
# length said as the span it ran ("from eight till one" for five hours, 从九点等到十二点 for 三个小时), a total
# said as its parts ("four lessons in, the other eight" for twelve lessons, 用了五次、剩下十五次 for 二十次).
# Each partial has exactly one shortfall (one fact left out, no feeling, or no check). Each poor gives two of the
# customer's values wrong. Written before the first run (python3 build.py > paraphrases.jsonl).
import json

FEEL_EN = {"id": "feeling", "any": ["sorry", "frustrating", "upsetting", "annoying", "worrying", "disappointing",
                                    "stressful", "I understand", "I can see", "I can imagine", "must be",
                                    "must have been", "no wonder", "I'd feel", "sounds"]}
CHECK_EN = {"id": "check", "any": ["is that right", "have I got that right", "did I get that right", "is that correct",
                                   "have I understood", "did I miss anything", "anything else", "fair summary"]}
FEEL_ZH = {"id": "feeling", "any": ["理解您的心情", "着急", "著急", "难怪", "難怪", "换谁都", "換誰都", "担心", "擔心",
                                    "不满", "不滿", "难堪", "難堪", "抱歉", "对不起", "對不起", "委屈", "生气", "生氣",
                                    "失望", "扫兴", "掃興", "嬲", "唔開心"]}
CHECK_ZH = {"id": "check", "any": ["我说得对吗", "我說得對嗎", "是这样吗", "是這樣嗎", "我理解得对吗", "我理解得對嗎",
                                   "啱唔啱", "对不对", "對不對", "有没有漏", "有冇漏"]}

ITEMS = [
    ("01", "en",
     "I booked your pumpkin-carving party for my son's class on 31 October and paid a £90 deposit. On the day your "
     "entertainer cancelled by text an hour before, with twenty kids already waiting in the hall.",
     [("date", ["31 October", "October 31", "31st"]),
      ("deposit", ["£90", "ninety pounds"]),
      ("cancelled", ["cancelled", "called off", "pulled out"]),
      ("text", ["by text", "a text", "texted"]),
      ("kids", ["twenty kids", "20 kids", "twenty children"])],
     [("good", "So the pumpkin-carving party you booked for your son's class on Halloween, with ninety pounds paid "
               "up front, was called off by a text an hour before it was due to start, while twenty kids were "
               "already waiting. What a horrible way for it to end. Have I got that right?",
       "Halloween for 31 October."),
      ("partial", "So the pumpkin-carving party for your son's class on 31 October was cancelled by text an hour "
                  "before, with twenty kids already waiting. What a horrible way for it to end. Have I got that "
                  "right?",
       "The deposit left out."),
      ("poor", "So the pumpkin-carving party for your son's class on 30 October, with a £60 deposit, was cancelled "
               "by text an hour before, with twenty kids waiting. What a horrible way for it to end. Have I got "
               "that right?",
       "Date and deposit wrong.")]),
    ("02", "en",
     "Your website guaranteed my parcel of presents would arrive by 24 December. It came on 29 December, two of "
     "the four gifts inside were smashed, and I'd paid £12 extra for express delivery.",
     [("promise", ["24 December", "December 24", "24th"]),
      ("arrived", ["29 December", "29th"]),
      ("broken", ["two of the four", "two gifts", "2 gifts", "two broken"]),
      ("express", ["£12", "twelve pounds"])],
     [("good", "So you were promised the parcel by Christmas Eve, it didn't arrive until the 29th, two of the four "
               "gifts in it were smashed, and you'd paid twelve pounds extra to have it sent express. I'm so sorry, "
               "that's a miserable Christmas. Is that right?",
       "Christmas Eve for 24 December."),
      ("partial", "So you were promised the parcel by 24 December, it came on the 29th and two of the four gifts "
                  "were smashed, after you'd paid twelve pounds for express. Is that right?",
       "No feeling."),
      ("poor", "So you were promised the parcel by 24 December, it came on the 27th and two of the four gifts were "
               "smashed, after you'd paid twenty pounds for express. I'm so sorry. Is that right?",
       "Arrival date and the express price wrong.")]),
    ("03", "en",
     "We booked the private room at your restaurant for my parents' 40th wedding anniversary on Saturday, fourteen "
     "people. When we got there you'd given the room to another party and sat us in the main hall by the kitchen "
     "doors.",
     [("anniversary", ["40th", "fortieth", "forty years"]),
      ("day", ["Saturday"]),
      ("guests", ["fourteen people", "14 people", "fourteen guests", "fourteen of you"]),
      ("room", ["given the room", "gave the room", "another party", "double-booked"]),
      ("kitchen", ["kitchen"])],
     [("good", "So on Saturday, for your mum and dad's ruby wedding, the fourteen of you arrived to find the private "
               "room had gone to another party and you were put in the main hall next to the kitchen doors. I can "
               "see why you're upset. Have I got that right?",
       "Ruby wedding for 40th anniversary."),
      ("partial", "So on Saturday, for your parents' 40th anniversary, the fourteen of you arrived to find the "
                  "private room had gone to another party. I can see why you're upset. Have I got that right?",
       "The kitchen seating left out."),
      ("poor", "So on Saturday, for your parents' 30th anniversary, twelve of you arrived to find the private room "
               "had gone to another party and you were put by the kitchen doors. I can see why you're upset. Have "
               "I got that right?",
       "Anniversary and number of guests wrong.")]),
    ("04", "en",
     "The burglar alarm your firm fitted went off at three in the morning on Sunday for no reason, and your "
     "monitoring line took 45 minutes to answer. The neighbours have complained and I've had no sleep.",
     [("time", ["three in the morning", "3 a.m.", "3am"]),
      ("day", ["Sunday"]),
      ("false", ["no reason", "false alarm", "nothing wrong", "for nothing"]),
      ("wait", ["45 minutes", "forty-five minutes"]),
      ("neighbours", ["neighbours"])],
     [("good", "So in the middle of Sunday night the alarm we fitted went off at 3 a.m. for no reason, it took "
               "forty-five minutes for our line to pick up, and now the neighbours have complained. No wonder "
               "you're exhausted. Did I get that right?",
       "Night with 3 a.m. for three in the morning."),
      ("partial", "So the alarm we fitted went off at three in the morning on Sunday for no reason and it took "
                  "forty-five minutes for our line to pick up. No wonder you're exhausted. Did I get that right?",
       "The neighbours left out."),
      ("poor", "So the alarm we fitted went off at four in the morning on Saturday for no reason, it took "
               "forty-five minutes for our line to pick up, and the neighbours have complained. No wonder you're "
               "exhausted. Did I get that right?",
       "Time and day wrong.")]),
    ("05", "en",
     "Your engineer was supposed to come on Wednesday to fix my washing machine. I waited in for five hours and he "
     "never turned up, so I lost a day's pay, £110.",
     [("day", ["Wednesday"]),
      ("wait", ["five hours", "5 hours"]),
      ("noshow", ["never turned up", "didn't turn up", "didn't come", "never came", "no-show", "never showed"]),
      ("pay", ["£110", "a hundred and ten"])],
     [("good", "So you stayed in on Wednesday from eight till one for our engineer, he never came, and it cost you "
               "a day's pay — a hundred and ten pounds. That's really frustrating. Is that right?",
       "From eight till one for five hours."),
      ("partial", "So you waited in five hours on Wednesday for our engineer and he never came. That's really "
                  "frustrating. Is that right?",
       "The lost pay left out."),
      ("poor", "So you stayed in on Thursday from eight till eleven for our engineer, he never came, and it cost "
               "you a hundred and ten pounds. That's really frustrating. Is that right?",
       "Day and length wrong (three hours).")]),
    ("06", "en",
     "I paid £240 for a block of twelve driving lessons. After my fourth lesson the instructor left your school, "
     "and nobody has been in touch since to sort out the rest. My test is in May.",
     [("lessons", ["twelve lessons", "12 lessons"]),
      ("price", ["£240", "two hundred and forty"]),
      ("left", ["left", "quit", "gone"]),
      ("contact", ["nobody has been in touch", "no one has been in touch", "heard nothing", "no one has contacted"]),
      ("test", ["May"])],
     [("good", "So you paid two hundred and forty pounds, had four lessons, then your instructor left us, and "
               "nobody's been in touch about the other eight — with your test in May. That must be worrying. Is "
               "that right?",
       "Four had and the other eight for twelve lessons."),
      ("partial", "So you paid two hundred and forty pounds for twelve lessons, your instructor left after the "
                  "fourth, and nobody's been in touch about the rest. That must be worrying. Is that right?",
       "The test in May left out."),
      ("poor", "So you paid two hundred pounds, had six lessons, then your instructor left us, and nobody's been in "
               "touch about the other six — with your test in May. That must be worrying. Is that right?",
       "Price and count wrong (six and six, and £200).")]),
    ("07", "zh-Hans",
     "我在你们这儿订了二月十四号晚上的双人烛光晚餐，八百八。到了才发现桌子没留，等了四十分钟才给安排到门口的位子。",
     [("date", ["二月十四号", "2月14", "二月十四"]),
      ("price", ["八百八", "880"]),
      ("table", ["没留", "没有留", "没订上"]),
      ("wait", ["四十分钟", "40分钟"]),
      ("door", ["门口"])],
     [("good", "您订了情人节晚上的双人烛光晚餐，花了八百八，到了却发现桌子没留，等了四十分钟才被安排到门口。这么重要的日子，"
               "难怪您这么生气。我说得对吗？",
       "情人节 for 二月十四号."),
      ("partial", "您订了二月十四号晚上的双人烛光晚餐，花了八百八，到了却发现桌子没留，等了四十分钟才被安排到门口。我说得对吗？",
       "No feeling."),
      ("poor", "您订了二月十三号晚上的双人烛光晚餐，花了八百八，到了却发现桌子没留，等了二十分钟才被安排到门口。难怪您这么生气。"
               "我说得对吗？",
       "Date and wait wrong.")]),
    ("08", "zh-Hans",
     "我们十月一号在你们那儿订了十个人的包间，付了五百定金。当天去了说包间给了别人，只能坐大厅，服务员还说是我们记错了。",
     [("date", ["十月一号", "10月1", "十月一"]),
      ("people", ["十个人", "10个人", "十位"]),
      ("deposit", ["五百", "500"]),
      ("given", ["给了别人", "让给别人", "被别人"]),
      ("blame", ["记错", "怪我们"])],
     [("good", "您国庆那天订了十个人的包间，交了五百定金，结果到了包间给了别人，只能坐大厅，服务员还说是您记错了。"
               "换谁都会生气。我理解得对吗？",
       "国庆 for 十月一号."),
      ("partial", "您十月一号订了十个人的包间，交了五百定金，结果到了包间给了别人，只能坐大厅。换谁都会生气。我理解得对吗？",
       "The blame left out."),
      ("poor", "您十月二号订了十二个人的包间，交了五百定金，结果到了包间给了别人，服务员还说是您记错了。换谁都会生气。"
               "我理解得对吗？",
       "Date and head count wrong.")]),
    ("09", "zh-Hans",
     "我给爸妈订了结婚五十周年的纪念蛋糕，三百六十八，写好的字是“金婚快乐”。结果蛋糕上写成了“生日快乐”，还晚到了一个小时。",
     [("anniversary", ["五十周年", "50周年"]),
      ("price", ["三百六十八", "368"]),
      ("words", ["生日快乐", "写错"]),
      ("late", ["晚到了一个小时", "晚了一个小时", "迟到一个小时", "一个小时"])],
     [("good", "您给父母订的金婚纪念蛋糕，三百六十八，蛋糕上的字却写成了“生日快乐”，还晚送了一个小时。这么重要的日子，"
               "真是太抱歉了。我说得对吗？",
       "金婚 for 五十周年."),
      ("partial", "您给父母订的结婚五十周年蛋糕，三百六十八，字写成了“生日快乐”。这么重要的日子，真是太抱歉了。我说得对吗？",
       "The hour late left out."),
      ("poor", "您给父母订的结婚四十周年蛋糕，三百六十八，字写成了“生日快乐”，还晚送了两个小时。真是太抱歉了。我说得对吗？",
       "Anniversary and lateness wrong.")]),
    ("10", "zh-Hans",
     "你们的热水器凌晨两点突然报警，响了半个小时停不下来。我打你们的二十四小时客服，一直没人接。楼上楼下都被吵醒了。",
     [("time", ["凌晨两点", "2点", "两点"]),
      ("length", ["半个小时", "半小时", "三十分钟"]),
      ("noanswer", ["没人接", "没有人接", "打不通"]),
      ("neighbours", ["楼上楼下", "邻居"])],
     [("good", "您家热水器半夜两点突然报警，响了半个小时停不下来，打我们的二十四小时客服也一直没人接，把楼上楼下都吵醒了。"
               "难怪您这么生气。我说得对吗？",
       "半夜 for 凌晨."),
      ("partial", "您家热水器凌晨两点突然报警，响了半个小时停不下来，打我们客服也一直没人接。难怪您这么生气。我说得对吗？",
       "The neighbours left out."),
      ("poor", "您家热水器凌晨三点突然报警，响了一个小时停不下来，打我们客服也一直没人接，把邻居都吵醒了。难怪您这么生气。"
               "我说得对吗？",
       "Time and length wrong.")]),
    ("11", "zh-Hant",
     "我買了你們二十次的游泳課卡，花了三千二。才用了五次你們就說要整修三個月，剩下的堂數不能退也不能延期。",
     [("total", ["二十次", "20次"]),
      ("price", ["三千二", "3200"]),
      ("used", ["五次", "5次"]),
      ("closed", ["整修", "裝修", "關門"]),
      ("norefund", ["不能退", "不退"])],
     [("good", "您花三千二買的游泳課卡，才上了五次，我們就要整修三個月，剩下的十五次既不能退也不能延。換誰都會生氣，"
               "真的很抱歉。我理解得對嗎？",
       "五次 and 剩下的十五次 for 二十次."),
      ("partial", "您花三千二買了二十次的游泳課卡，才上了五次，我們就要整修三個月。換誰都會生氣，真的很抱歉。我理解得對嗎？",
       "No refund left out."),
      ("poor", "您花兩千二買的游泳課卡，才上了八次，我們就要整修三個月，剩下的不能退也不能延。換誰都會生氣，真的很抱歉。"
               "我理解得對嗎？",
       "Price and count used wrong.")]),
    ("12", "zh-Hant",
     "我約咗你哋師傅禮拜六朝早嚟裝冷氣，喺屋企等咗三個鐘都冇人嚟，打電話先話師傅病咗。我特登請咗假，真係好嬲。",
     [("day", ["禮拜六", "星期六"]),
      ("wait", ["三個鐘", "三個小時", "3個鐘"]),
      ("noshow", ["冇人嚟", "無人嚟", "冇嚟"]),
      ("sick", ["病咗", "病"]),
      ("leave", ["請咗假", "請假"])],
     [("good", "你約咗禮拜六朝早裝冷氣，由九點等到十二點都冇人嚟，打電話先知師傅病咗，你仲特登請咗假。換邊個都會嬲，"
               "真係唔好意思。我講得啱唔啱？",
       "由九點等到十二點 for 三個鐘."),
      ("partial", "你約咗禮拜六朝早裝冷氣，等咗三個鐘都冇人嚟，打電話先知師傅病咗。換邊個都會嬲，真係唔好意思。我講得啱唔啱？",
       "The leave taken left out."),
      ("poor", "你約咗禮拜日朝早裝冷氣，由九點等到十一點都冇人嚟，打電話先知師傅病咗，你仲特登請咗假。換邊個都會嬲，"
               "真係唔好意思。我講得啱唔啱？",
       "Day and length (two hours) wrong.")]),
]

for num, lang, customer, facts, answers in ITEMS:
    criteria = [{"id": i, "any": a} for i, a in facts]
    criteria += [FEEL_EN, CHECK_EN] if lang == "en" else [FEEL_ZH, CHECK_ZH]
    for label, answer, why in answers:
        print(json.dumps({"id": f"p36-{num}-{label}", "lang": lang, "customer": customer, "criteria": criteria,
                          "answer": answer, "label": label, "why": why}, ensure_ascii=False))
