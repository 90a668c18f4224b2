# Session 35's restatement probe (para35): twelve customers of my own, six English and six Chinese (zh-Hans,
# Cantonese, Taiwan Mandarin), each × good / partial / poor. Every good restates a count, a share or a length in
# another form than the rubric lists: a count by another noun or measure word or by a count word ("a dozen swim
# sessions" for twelve lessons, "room for only a dozen" for 12 seats, 一打, 两打, 三只 for 三个, 回 for 次), a share of
# a total said as a share ("a quarter of them" of sixty mugs, 每四份里就有一份, 每两张就有一张), a length or amount
# with a fraction glyph or in other units ("1½ hours" said as ninety minutes, "2½ kilos", 一百五十分钟).
# Each partial has exactly one shortfall (one fact left out, no feeling, or no check). Each poor gives two of
# the customer's values wrong (another count, share or length). Written before the first run
# (python3 build.py > paraphrases.jsonl).
import json

FEEL_EN = {"id": "feeling", "any": ["sorry", "frustrating", "upsetting", "annoying", "worrying", "disappointing",
                                    "stressful", "I understand", "I can see", "I can imagine", "must be",
                                    "must have been", "no wonder", "I'd feel", "sounds"]}
CHECK_EN = {"id": "check", "any": ["is that right", "have I got that right", "did I get that right", "is that correct",
                                   "have I understood", "did I miss anything", "anything else", "fair summary"]}
FEEL_ZH = {"id": "feeling", "any": ["理解您的心情", "着急", "著急", "难怪", "難怪", "换谁都", "換誰都", "担心", "擔心",
                                    "不满", "不滿", "难堪", "難堪", "抱歉", "对不起", "對不起", "委屈", "生气", "生氣"]}
CHECK_ZH = {"id": "check", "any": ["我说得对吗", "我說得對嗎", "是这样吗", "是這樣嗎", "我理解得对吗", "我理解得對嗎",
                                   "啱唔啱", "对不对", "對不對", "有没有漏", "有冇漏"]}

ITEMS = [
    ("01", "en",
     "I signed my daughter up for twelve swimming lessons at £8 each. The pool has been closed for four of them "
     "with no warning, and nobody has offered to make them up. She's really disappointed and so am I.",
     [("lessons", ["twelve lessons", "12 lessons"]),
      ("price", ["£8", "eight pounds", "8 each"]),
      ("closed", ["closed for four", "four lessons", "4 lessons", "four of them"]),
      ("no-makeup", ["nobody has offered", "no one offered", "not offered to make them up", "no make-up"])],
     [("good", "So you booked a dozen swim sessions for your daughter at eight pounds a go, the pool's been shut for "
               "four of them without any warning, and no one has offered to make them up. I can see why you're both "
               "disappointed. Have I got that right?",
       "A dozen swim sessions for twelve lessons."),
      ("partial", "So your daughter's booked on twelve swimming lessons, the pool's been closed for four of them with "
                  "no warning, and nobody has offered to make them up. I can see why you're disappointed. Is that "
                  "right?",
       "The price left out."),
      ("poor", "So you booked ten swimming lessons for your daughter at eight pounds each, the pool's been closed for "
               "two of them with no warning, and no one has offered to make them up. I can see why you're "
               "disappointed. Is that right?",
       "Two counts wrong: ten lessons, two closed.")]),
    ("02", "en",
     "The boiler engineer was booked for 8 am on Tuesday. He turned up at half past ten, stayed 1½ hours, and left "
     "without fixing it because he didn't have the part. I took the whole morning off work for this and I'm fed up.",
     [("booked", ["8 am", "eight o'clock", "8am"]),
      ("arrived", ["half past ten", "10:30", "ten thirty"]),
      ("stayed", ["1½ hours", "an hour and a half"]),
      ("not-fixed", ["without fixing", "didn't fix", "not fixed", "still broken"]),
      ("part", ["part"])],
     [("good", "So we booked you for eight on Tuesday morning, the engineer only got there at 10:30, spent ninety "
               "minutes on it and went away with it still broken because he hadn't got the part, after you'd taken "
               "the morning off. No wonder you're fed up. Is that right?",
       "Ninety minutes for 1½ hours."),
      ("partial", "So the engineer was booked for 8 am on Tuesday, turned up at half past ten, stayed an hour and a "
                  "half and left without fixing it, after you took the morning off work. No wonder you're fed up. "
                  "Is that right?",
       "The missing part left out."),
      ("poor", "So the engineer was booked for 8 am on Tuesday, turned up at half past eleven, stayed half an hour "
               "and left without fixing it because he didn't have the part. No wonder you're fed up. Is that right?",
       "Arrival and length wrong.")]),
    ("03", "en",
     "I ordered 3 kg of coffee beans for the café, £54. Only 2.5 kg arrived because one of the six bags was "
     "missing, and the invoice still says 3 kg. We'll run out by Thursday.",
     [("ordered", ["3 kg", "three kilos", "3 kilos"]),
      ("arrived", ["2.5 kg", "two and a half kilos", "2.5 kilos"]),
      ("price", ["£54", "fifty-four pounds", "54"]),
      ("bag", ["one bag missing", "a bag missing", "one of the six bags"]),
      ("thursday", ["Thursday"])],
     [("good", "So you ordered three kilos of beans for fifty-four pounds, only 2½ kilos turned up because a bag out "
               "of the six never came, the invoice still charges for the lot, and you'll run dry by Thursday. That's "
               "really stressful for the café. Have I got that right?",
       "2½ kilos for 2.5 kg."),
      ("partial", "So you ordered 3 kg of beans for £54, only 2.5 kg arrived because one of the six bags was missing, "
                  "and the invoice still says 3 kg. That's really stressful. Is that right?",
       "Thursday left out."),
      ("poor", "So you ordered three kilos of beans for fifty-four pounds, only 1½ kilos turned up because three of "
               "the six bags were missing, and you'll run out by Thursday. That's really stressful. Is that right?",
       "Weight that came and bags missing wrong.")]),
    ("04", "en",
     "We ordered 60 mugs printed with our school logo for the leavers' event on the 20th. When the box came, one in "
     "every four had the logo smudged, so 15 are unusable. We paid £270 and the event is in three days.",
     [("mugs", ["60 mugs", "sixty mugs"]),
      ("smudged", ["15 mugs", "fifteen unusable", "15 unusable", "15 are unusable"]),
      ("logo", ["smudged", "blurred"]),
      ("paid", ["£270", "270"]),
      ("event", ["20th", "in three days"])],
     [("good", "So it's sixty mugs with the school logo for £270, and a quarter of them came with the logo blurred, "
               "with the leavers' event on the 20th, just three days away. I can see why you're worried. Is that "
               "right?",
       "A quarter of them for fifteen."),
      ("partial", "So you ordered 60 mugs with the school logo for the leavers' event on the 20th, fifteen came "
                  "smudged and can't be used, and you paid £270. Is that right?",
       "No feeling."),
      ("poor", "So it's sixty mugs with the school logo, and a third of them came with the logo blurred, you paid "
               "£207, and the event is on the 20th. I can see why you're worried. Is that right?",
       "A third for a quarter, £207 for £270.")]),
    ("05", "en",
     "My flight to Malaga on 14 August was cancelled the night before. I'm travelling with my two children and the "
     "only new flight you offered leaves four days later. I've already paid £380 for the villa from the 15th.",
     [("flight", ["14 August", "the 14th", "August 14"]),
      ("cancelled", ["cancelled", "called off"]),
      ("kids", ["two children", "2 children", "two kids"]),
      ("later", ["four days later", "four days after"]),
      ("villa", ["£380", "380"])],
     [("good", "So your Malaga flight on the 14th of August was called off the evening before, you've got your two "
               "little ones with you, the only replacement we offered goes four days after, and the villa from the "
               "15th has already cost you three hundred and eighty pounds. That must be so stressful. Is that right?",
       "The two little ones for two children."),
      ("partial", "So your flight to Malaga on 14 August was cancelled the night before, you're travelling with your "
                  "two children, and the only new flight we offered leaves four days later. That must be so "
                  "stressful. Is that right?",
       "The villa left out."),
      ("poor", "So your flight to Malaga on 14 August was cancelled the night before, you're travelling with your "
               "three children, the only new flight we offered leaves two days later, and you've paid £380 for the "
               "villa. That must be so stressful. Is that right?",
       "Three children, two days later.")]),
    ("06", "en",
     "I hired your minibus for 16 people for my mum's 60th on Saturday. The driver was an hour late, and the bus "
     "only had 12 seats, so four of us had to follow in a taxi that cost £45.",
     [("people", ["16 people", "sixteen people"]),
      ("late", ["an hour late", "one hour late"]),
      ("seats", ["12 seats", "twelve seats"]),
      ("taxi", ["four of us", "4 of us", "four people"]),
      ("cost", ["£45", "forty-five"])],
     [("good", "So you hired the minibus for sixteen guests for your mum's sixtieth on Saturday, the driver turned "
               "up sixty minutes late, there was room for only a dozen, so four of your party had to go behind in a "
               "£45 taxi. What a way to start her birthday, I'm sorry. Have I got that right?",
       "Sixteen guests, room for only a dozen."),
      ("partial", "So you hired the minibus for 16 people for your mum's 60th on Saturday, the driver was an hour "
                  "late, the bus only had 12 seats and four of you followed in a £45 taxi. I'm sorry, that's a "
                  "stressful start to her birthday.",
       "No check."),
      ("poor", "So you hired the minibus for fourteen people for your mum's 60th, the driver was an hour late, the "
               "bus only had ten seats, so four of you followed in a £45 taxi. I'm sorry, that's stressful. Is that "
               "right?",
       "Fourteen people, ten seats.")]),
    ("07", "zh-Hans",
     "我在你们店订了十二个纸杯蛋糕给女儿过生日，一共一百八。拿回家发现有三个被压扁了，奶油全粘在盒子上。派对下午四点开始，我真的很着急。",
     [("count", ["十二个", "12个"]),
      ("price", ["一百八", "180"]),
      ("crushed", ["三个", "3个"]),
      ("squashed", ["压扁", "压坏"]),
      ("time", ["下午四点", "四点"])],
     [("good", "您给女儿过生日订了一打纸杯蛋糕，总共180块，到家一看有三只压坏了，奶油都糊在盒子上，派对四点就开始，您肯定急坏了。我说得对吗？",
       "一打 for 十二个, 三只 for 三个."),
      ("partial", "您订了十二个纸杯蛋糕给女儿过生日，拿回家有三个压扁了，奶油粘在盒子上，派对下午四点开始，难怪您着急。我说得对吗？",
       "The price left out."),
      ("poor", "您给女儿订了半打纸杯蛋糕，一共一百八，有两个被压扁了，派对下午四点开始，难怪您着急。我说得对吗？",
       "半打 and 两个 wrong.")]),
    ("08", "zh-Hans",
     "我们公司订了八十份午餐盒饭，送到的时候有四分之一是凉的，也就是二十份，好几个同事饭都没吃上。每份三十五元，我们下午还要开会。",
     [("total", ["八十份", "80份"]),
      ("cold", ["二十份", "20份", "四分之一"]),
      ("price", ["三十五", "35"]),
      ("cold-food", ["凉"]),
      ("meeting", ["开会"])],
     [("good", "您订了八十份盒饭，每四份里就有一份是凉的，一份三十五，好些同事没吃上饭，下午还得开会，难怪您不满意。是这样吗？",
       "每四份里就有一份 for 四分之一."),
      ("partial", "您订了八十份盒饭，有二十份是凉的，每份三十五元，好几个同事没吃上饭，下午还要开会。是这样吗？",
       "No feeling."),
      ("poor", "您订了八十份盒饭，有一半是凉的，每份五十五元，同事没吃上饭，下午还要开会，难怪您不满意。是这样吗？",
       "一半 and 五十五 wrong.")]),
    ("09", "zh-Hans",
     "我预约了上午九点的体检，结果等了两个半小时才轮到我，抽血的时候护士说我的单子丢了，又让我重新填。我请了半天假，现在下午的会也赶不上了。",
     [("time", ["九点", "9点"]),
      ("waited", ["两个半小时", "2.5小时"]),
      ("lost", ["单子丢了", "单子不见了"]),
      ("refill", ["重新填"]),
      ("leave", ["半天假"])],
     [("good", "您约的是早上九点的体检，足足等了一百五十分钟才叫到，抽血时护士说您的单子找不着了，还要您再填一遍，您请了半天假，下午的会也要误了，换谁都会着急。我理解得对吗？",
       "一百五十分钟 for 两个半小时."),
      ("partial", "您预约了上午九点体检，等了两个半小时才轮到，护士说单子丢了，您请了半天假，下午的会也赶不上了，换谁都着急。我理解得对吗？",
       "重新填 left out."),
      ("poor", "您预约了下午三点的体检，等了一个半小时才轮到，护士说单子丢了，让您重新填，您请了半天假，换谁都着急。我理解得对吗？",
       "Time of day and wait wrong.")]),
    ("10", "zh-Hant",
     "我喺你哋度買咗二十四支酒做婚宴，到貨先發現有六支爆咗，仲有一支係錯牌子。婚宴係呢個禮拜六，你哋話要兩個禮拜先補到貨，我真係好擔心。",
     [("bottles", ["二十四支", "24支"]),
      ("broken", ["六支", "6支"]),
      ("wrong", ["錯牌子", "牌子錯"]),
      ("when", ["禮拜六", "星期六"]),
      ("restock", ["兩個禮拜", "兩星期"])],
     [("good", "你買咗兩打酒做婚宴，到貨有六枝爆咗，仲有一枝牌子唔啱，婚宴就喺今個星期六，我哋話要半個月先補得到，難怪你咁擔心。我咁講啱唔啱？",
       "兩打 for 二十四支, 枝 for 支, 半個月 for 兩個禮拜."),
      ("partial", "你買咗二十四支酒做婚宴，有六支爆咗，仲有一支錯牌子，婚宴係呢個禮拜六，我哋話要兩個禮拜先補到貨，難怪你咁擔心。",
       "No check."),
      ("poor", "你買咗三打酒做婚宴，到貨有四枝爆咗，仲有一枝錯牌子，婚宴係呢個禮拜六，要兩個禮拜先補貨，難怪你咁擔心。我咁講啱唔啱？",
       "三打 and 四枝 wrong.")]),
    ("11", "zh-Hant",
     "我在你們網站買了四十張演唱會門票給公司同事，結果有一半的QR碼掃不過，二十個人在門口被擋下來。票一張兩千二，演出還遲了半小時才開。",
     [("tickets", ["四十張", "40張"]),
      ("failed", ["一半", "二十張", "20張"]),
      ("people", ["二十個人", "20個人", "二十位"]),
      ("price", ["兩千二", "2200"]),
      ("late", ["半小時", "三十分鐘"])],
     [("good", "你在網站上幫同事買了四十張票，每兩張就有一張掃不過，有二十位同事被擋在門口，一張兩千兩百塊，演出還拖了三十分鐘才開，真的很難堪。我理解得對嗎？",
       "每兩張就有一張 for 一半."),
      ("partial", "你在網站買了四十張門票，一半的QR碼掃不過，二十個人被擋在門口，演出還遲了半小時，真的很難堪。我理解得對嗎？",
       "The price left out."),
      ("poor", "你在網站買了三十張門票，一半的QR碼掃不過，有十位同事被擋在門口，一張兩千二，演出遲了半小時，真的很難堪。我理解得對嗎？",
       "三十張 and 十位 wrong.")]),
    ("12", "zh-Hans",
     "我在你们这儿办了二十次的洗车卡，花了六百。才用了五次，店就关门了，电话也打不通。剩下十五次的钱谁退给我？",
     [("card", ["二十次", "20次"]),
      ("paid", ["六百", "600"]),
      ("used", ["五次", "5次"]),
      ("closed", ["关门"]),
      ("phone", ["打不通", "没人接"]),
      ("remaining", ["十五次", "15次"])],
     [("good", "您花六百块办了张能洗二十回的卡，才洗了五回店就关了门，电话也打不通，还剩十五回的钱没着落，您着急是肯定的。我说得对吗？",
       "回 for 次."),
      ("partial", "您办了二十次的洗车卡，花了六百，才用了五次店就关门了，剩下十五次的钱没人退，您着急是肯定的。我说得对吗？",
       "打不通 left out."),
      ("poor", "您花六百块办了张三十次的洗车卡，才用了十次店就关门了，电话也打不通，剩下的钱没人退，您着急是肯定的。我说得对吗？",
       "三十次 and 十次 wrong.")]),
]

for key, lang, customer, facts, answers in ITEMS:
    feel, check = (FEEL_EN, CHECK_EN) if lang == "en" else (FEEL_ZH, CHECK_ZH)
    criteria = [{"id": i, "any": a} for i, a in facts] + [feel, check]
    for label, answer, why in answers:
        print(json.dumps({"id": f"p35-{key}-{label}", "lang": lang, "customer": customer, "criteria": criteria,
                          "answer": answer, "label": label, "why": why}, ensure_ascii=False))
