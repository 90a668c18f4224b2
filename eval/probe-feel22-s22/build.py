"""Session 22 feeling probe: restatements whose feeling is acknowledged in the trainee's own words
(perception verb + 'you're', validation of the feeling, 'would … anyone', must-be, rhetorical and
in-my-place frames in Chinese) against answers that retell the story with no acknowledgement.
Written from the digest before any change of the session's judge code. Run: python3 build.py"""
import json

EN_FEEL = ["I understand", "I'm sorry", "frustrating", "annoying", "must be", "no wonder", "I can see why", "understandable"]
EN_CHECK = ["is that right", "have I got that right", "did I get that right", "is that correct", "anything I've missed",
            "anything to add", "have I understood", "did I miss anything", "is that everything", "did I get all that"]
ZHS_FEEL = ["理解您的心情", "着急", "焦虑", "担心", "不好受", "换谁都", "难怪", "抱歉", "对不起", "委屈"]
ZHS_CHECK = ["对吗", "对不对", "是这样吗", "没错吧", "我理解得对吗", "我说得对吗", "有没有漏", "还有什么要补充"]
YUE_FEEL = ["明白", "理解", "唔好意思", "對唔住", "嬲", "唔開心", "難受", "心情"]
YUE_CHECK = ["係咪", "啱唔啱", "有冇漏", "對唔對", "係咪咁", "有冇講漏"]
TW_FEEL = ["理解", "不好意思", "抱歉", "灰心", "失望", "難過", "心情"]
TW_CHECK = ["對嗎", "對不對", "是這樣嗎", "有沒有漏"]

customers = [
    ("en", "I booked my dog's grooming for 9 on Thursday. I took the morning off work, got there on time, and was told the groomer had called in sick and nobody had phoned me. I'm absolutely livid.",
     [("thursday", ["Thursday"]), ("time", ["9", "nine"]), ("morning-off", ["morning off", "off work", "took time off"]),
      ("sick", ["sick", "ill", "unwell"]), ("no-call", ["nobody", "no one", "didn't call", "never rang", "not told"])],
     EN_FEEL, EN_CHECK,
     [("good", "So you took the morning off for a nine o'clock slot on Thursday, turned up on time, and only then heard the groomer was off sick — no one had rung you. I can sense how livid you are, and frankly that's only natural. Have I got that right?", "All facts, feeling (perception frame + validation), check."),
      ("partial", "You'd booked the dog in for nine on Thursday and took the morning off, but the groomer was off sick and no one phoned ahead. Is that right?", "Facts and check, no feeling."),
      ("poor", "So you arrived late for your nine o'clock on Thursday and the groomer had gone home sick by then. Understandably maddening. Is that right?", "Account reversed (the customer arrived late).")]),
    ("en", "I ordered a cake for my daughter's sixth birthday, paid £45 and asked for a unicorn design. When I collected it on Saturday it was a plain chocolate sponge with 'Happy Retirement' on it. She burst into tears.",
     [("amount", ["£45", "45", "forty-five"]), ("sixth", ["sixth", "6th"]), ("unicorn", ["unicorn"]), ("saturday", ["Saturday"]),
      ("wrong-cake", ["retirement", "plain", "chocolate"])],
     EN_FEEL, EN_CHECK,
     [("good", "You paid forty-five pounds for a unicorn cake for your daughter's sixth, and when you picked it up on Saturday it turned out to be a plain chocolate sponge reading 'Happy Retirement'. Seeing her cry like that would break any parent's heart. Is that everything?", "All facts, feeling (would … any parent), check."),
      ("partial", "Your daughter's sixth-birthday cake cost forty-five pounds and should have been a unicorn, but on Saturday you were handed a plain chocolate one saying 'Happy Retirement', and she cried. Have I got that right?", "Facts and check; the daughter's tears told as part of the story, no acknowledgement."),
      ("poor", "You paid fifty-four pounds for a unicorn cake for your daughter's sixth, and on Saturday it was a plain sponge saying 'Happy Retirement'. I'm truly sorry. Is that right?", "Amount wrong (54 for 45).")]),
    ("en", "Your engineer came on Tuesday to fix my boiler and charged me £90. By Wednesday night it had stopped again, and I've got a newborn in the house with no heating. I'm worried sick.",
     [("tuesday", ["Tuesday"]), ("amount", ["£90", "90", "ninety"]), ("wednesday", ["Wednesday"]),
      ("stopped", ["stopped", "broke", "packed up", "failed", "not working", "conked out"]), ("newborn", ["newborn", "new baby", "baby"]),
      ("heating", ["heating", "heat", "cold"])],
     EN_FEEL, EN_CHECK,
     [("good", "Our engineer was out on Tuesday and billed you ninety pounds, yet by Wednesday night the boiler had packed up again, and you've a brand-new baby at home with no heat. Anyone with a tiny baby would be worried sick in your shoes. Is that right?", "All facts, feeling (anyone … would be), check."),
      ("partial", "Our engineer came on Tuesday and charged ninety pounds, the boiler stopped again on Wednesday night, and there's a newborn in the house with no heating. Have I got that right?", "Facts and check, no feeling."),
      ("poor", "Our engineer came on Tuesday and charged ninety pounds, and the boiler has worked fine since, though the baby's room is cold. I'm sorry for the worry. Is that right?", "Reversed: the boiler did not keep working.")]),
    ("en", "I paid £220 for a weekend pottery retreat in the Lake District. Two days before, you moved it to a weekend when I'm at my sister's wedding, and now you say the deposit is non-refundable. I feel completely cheated.",
     [("amount", ["£220", "220", "two hundred and twenty"]), ("lakes", ["Lake District", "Lakes"]),
      ("moved", ["moved", "rescheduled", "changed the date", "switched", "shifted"]), ("wedding", ["wedding"]),
      ("deposit", ["deposit", "non-refundable", "no refund"])],
     EN_FEEL, EN_CHECK,
     [("good", "You'd paid two hundred and twenty pounds for the pottery weekend in the Lakes, then two days before it was shifted onto the weekend of your sister's wedding, and now we're saying you can't have the deposit back. That's a raw deal, and it's fair to feel hard done by. Have I got it right?", "All facts, feeling (it's fair to feel …), check."),
      ("partial", "You'd paid two hundred and twenty pounds for the pottery weekend in the Lakes, it was moved two days before to the weekend of your sister's wedding, and now we won't return the deposit. You've every reason to feel cheated.", "Facts and feeling, no check."),
      ("poor", "You paid £220 for the retreat in the Lakes and moved it yourself to go to your sister's wedding, so the deposit is kept. I can see how cheated you feel. Is that right?", "Reversed: the customer did not move it.")]),
    ("en", "The removal van was booked for 8 am on Friday and didn't turn up until 2 pm. We missed our slot to collect the keys and had to pay £130 for a hotel. I'm exhausted and fed up.",
     [("friday", ["Friday"]), ("eight", ["8", "eight"]), ("two", ["2 pm", "two"]), ("keys", ["keys"]), ("hotel", ["hotel"]),
      ("amount", ["£130", "130", "hundred and thirty"])],
     EN_FEEL, EN_CHECK,
     [("good", "The van should have been with you at eight on Friday but only came at two, so you lost your slot for the keys and had to find a hundred and thirty pounds for a hotel. You must be shattered after a day like that. Is that right?", "All facts, feeling (you must be …), check."),
      ("partial", "Booked for eight on Friday, the van rolled up at two, you lost the slot for the keys and a hotel night set you back a hundred and thirty pounds. Did I get all that?", "Facts and check, no feeling."),
      ("poor", "The van came at eight as booked, but you picked up the keys late and paid £130 for a hotel. What a tiring day. Is that right?", "Reversed: the van was late, not on time.")]),
    ("en", "I've been a member of your gym for six years. Last week a trainer told me in front of the whole class that I was too old for the spin bike. I was so humiliated I walked out.",
     [("years", ["six years", "6 years"]), ("trainer", ["trainer", "instructor"]), ("in-front", ["in front", "whole class", "everyone", "publicly"]),
      ("old", ["old", "age"])],
     EN_FEEL, EN_CHECK,
     [("good", "You've been with us six years, and last week an instructor said, with the whole class listening, that you were too old for spin. I'm so sorry — being spoken to like that in front of everyone is hurtful. Have I understood correctly?", "All facts, feeling (so sorry; … is hurtful), check."),
      ("partial", "Six years a member, and last week a trainer told you before the whole class you were too old for the bike, so you walked out. Is that right?", "Facts and check; walking out told as part of the story, no acknowledgement."),
      ("poor", "You've been a member for six months and a trainer said you were too slow on the bike. How embarrassing. Is that right?", "Key facts wrong (months, slow).")]),
    ("zh-Hans", "我在你们平台约了周六下午三点的月嫂面试，专门请了假在家等，结果人没来，电话也打不通。我怀孕八个月了，真的很焦虑。",
     [("周六", ["周六", "星期六", "礼拜六"]), ("三点", ["三点", "3点", "15点"]), ("请假", ["请了假", "请假"]),
      ("没来", ["没来", "没到", "没出现", "没露面", "放鸽子"]), ("八个月", ["八个月", "8个月"])],
     ZHS_FEEL, ZHS_CHECK,
     [("good", "您约了周六下午三点面试月嫂，特意请假在家等，人却一直没露面，电话也打不通，您都怀孕八个月了，这种时候碰上这事，心里能不慌吗？我说得对吗？", "事实齐全，情感（能不慌吗），确认。"),
      ("partial", "您约了周六下午三点的月嫂面试，请了假在家等，对方没来，电话不通，您怀孕八个月了。是这样吗？", "事实和确认，缺情感。"),
      ("poor", "您约的是周日上午的面试，月嫂来了可您不在家？真是让人着急。对吗？", "事实颠倒（月嫂来了、客人不在）。")]),
    ("zh-Hans", "我买的空气净化器用了不到一个月，显示屏就坏了，送修又等了二十天还没修好。家里老人有哮喘，我每天都提心吊胆的。",
     [("一个月", ["一个月", "不到一个月"]), ("显示屏", ["显示屏", "屏幕"]), ("二十天", ["二十天", "20天"]), ("哮喘", ["哮喘"])],
     ZHS_FEEL, ZHS_CHECK,
     [("good", "净化器买来还不到一个月屏幕就坏了，送去修了二十天到现在也没修好，家里老人又有哮喘，这心哪放得下。我理解得对吗？", "事实齐全，情感（这心哪放得下），确认。"),
      ("partial", "您的净化器不到一个月显示屏坏了，修了二十天还没好，家里老人有哮喘。对吗？", "事实和确认，缺情感。"),
      ("poor", "您的净化器用了一年，滤网坏了，已经修好了，对吧？确实让人糟心。", "事实错误（一年、滤网、已修好）。")]),
    ("zh-Hant", "我喺你哋度訂咗個婚禮花牌，三千二蚊，講明要白玫瑰。今朝送到竟然係紅色，仲遲咗一個鐘。我哋成家人都好嬲。",
     [("三千二", ["三千二", "3200", "三千二百"]), ("白玫瑰", ["白玫瑰", "白色"]), ("紅色", ["紅色", "紅"]), ("遲", ["遲咗", "一個鐘", "晏咗"])],
     YUE_FEEL, YUE_CHECK,
     [("good", "你哋俾咗三千二訂婚禮花牌，明明講好要白玫瑰，今朝到嘅竟然係紅色，仲晏咗成個鐘，大日子搞成咁，換邊個都激死啦。我有冇講漏？", "粵：事實齊，情感（換邊個都激死），核對。"),
      ("partial", "三千二蚊嘅花牌講明白玫瑰，今朝送嚟係紅色，又遲咗一個鐘。係咪咁？", "粵：事實同核對，冇情感。"),
      ("poor", "你訂咗紅玫瑰花牌，我哋送咗白色，係咪？真係好對唔住。", "粵：顏色對調。")]),
    ("zh-Hant", "我在你們診所做了牙套，付了八萬，說好兩年拆。現在第三年了還拆不掉，每次回診都說再等等。我真的很灰心。",
     [("八萬", ["八萬", "80000", "8萬"]), ("兩年", ["兩年", "2年"]), ("第三年", ["第三年", "三年"]), ("再等", ["再等", "等等"])],
     TW_FEEL, TW_CHECK,
     [("good", "您花了八萬做牙套，當初說兩年就能拆，結果都第三年了還拆不掉，每次回診都叫您再等，等到現在看不到頭，心情一定很低落。我有沒有漏掉什麼？", "台：事實齊全，情感（心情一定很低落），核對。"),
      ("partial", "八萬的牙套，說好兩年拆，現在第三年還拆不掉，回診都叫您再等等。對嗎？", "台：事實和核對，缺情感。"),
      ("poor", "您付了八千，牙套已經拆掉了，只是還要回診？真的很抱歉。對嗎？", "台：金額錯、事實顛倒。")]),
]

n = {"en": 0, "zh-Hans": 0, "zh-Hant": 0}
short = {"en": "en", "zh-Hans": "zhs", "zh-Hant": "zht"}
with open("paraphrases.jsonl", "w", encoding="utf-8") as out:
    for lang, customer, facts, feel, check, answers in customers:
        criteria = [{"id": i, "any": a} for i, a in facts] + [{"id": "feeling", "any": feel}, {"id": "check", "any": check}]
        for label, answer, why in answers:
            n[lang] += 1
            row = {"id": f"p-{short[lang]}-{n[lang]:03d}", "lang": lang, "customer": customer, "criteria": criteria,
                   "answer": answer, "label": label, "why": why}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
