"""Session 29 probe (parawrong29): for each of 12 customers of my own (wedding cake, denture lab, dog
grooming, gift hamper, contact-lens subscription, shop banner; 婚纱相册, 宠物美容, 果篮; 粵 假牙, 台 隱形眼鏡,
粵 醒獅), one good restatement in free words (often in another order than the customer's), one partial
(one minor value wrong — an amount, a count, a date — or one fact left out, the rest complete with
feeling and check) and one poor (two of the customer's values or items given for each other, who did
what or early/late told the other way round, signed/asked for told as done by the customer). Written
from the digest and the labelling rules before any run. Run: python3 build.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import CHECKS, _write, graded  # noqa: E402

FEEL_EN = ["sorry", "embarrass", "humiliat", "heartbreak", "heartbroken", "upsetting", "frustrat", "awful",
           "worrying", "understand", "no wonder", "i can see", "must be", "must have been", "i can imagine"]
FEEL_ZH = ["理解", "难怪", "換了誰", "换了谁", "生气", "生氣", "心疼", "丢人", "丟臉", "着急", "嬲", "明白",
           "頭痛", "唔開心", "难受", "委屈", "冇面"]

rows = []


def customer(prefix, lang, text, facts, answers):
    graded(rows, prefix, lang, text, facts, FEEL_EN if lang == "en" else FEEL_ZH, CHECKS[lang], answers)


customer("pw29-en-01", "en",
         "We ordered a three-tier lemon cake for our wedding on the 14th and paid £320 in full. What arrived had two "
         "tiers and it was chocolate. My wife is allergic to chocolate, so we cut a supermarket cake in front of 90 "
         "guests. I'm so embarrassed.",
         [("ordered", ["three-tier", "three tiers", "3-tier", "lemon"]), ("paid", ["£320", "320"]),
          ("got", ["two tiers", "two-tier", "2 tiers", "chocolate"]), ("allergy", ["allergic", "allergy"]),
          ("guests", ["90", "ninety"]), ("supermarket", ["supermarket", "shop-bought"])],
         [("So you'd paid £320 up front for a three-tier lemon cake for the wedding, and what turned up was a "
           "two-tier chocolate one that your wife can't eat because of her allergy, so you ended up cutting a "
           "supermarket cake in front of ninety guests. I can only imagine how embarrassing that was. Have I got "
           "that right?", "good", "all facts in own words and order, feeling, check"),
          ("So you paid £230 in full for a three-tier lemon cake, a two-tier chocolate cake arrived, your wife is "
           "allergic to chocolate, and you had to cut a supermarket cake in front of 90 guests. That must have been "
           "so embarrassing. Is that right?", "partial", "one minor amount wrong (£230 for £320)"),
          ("So you ordered a two-tier chocolate cake and we delivered a three-tier lemon one, £320 paid, and with "
           "your wife's allergy you cut a supermarket cake in front of 90 guests. That must have been "
           "embarrassing. Is that right?", "poor", "what was ordered and what came swapped")])

customer("pw29-en-02", "en",
         "I left my top denture at your lab on Monday with a cracked plate, and you said it would be back by "
         "Wednesday for £85. It's Friday, now I'm told it went to the wrong branch, and I've cancelled two client "
         "meetings because I can't speak properly. It's humiliating.",
         [("left", ["Monday"]), ("crack", ["crack", "cracked"]), ("promised", ["Wednesday"]),
          ("price", ["£85", "85"]), ("branch", ["wrong branch", "another branch", "other branch"]),
          ("meetings", ["two client meetings", "two meetings", "meetings"])],
         [("You brought the denture in on Monday with the plate cracked, we promised it for Wednesday at £85, and "
           "now it's Friday and it's turned up at another branch, so you've had to cancel two meetings with "
           "clients. I'm so sorry, that must feel humiliating. Is that right?", "good", "complete, own words"),
          ("You left the denture on Monday with a cracked plate, we said it would be back by Wednesday for £58, "
           "it went to the wrong branch and you've cancelled two client meetings. I understand how humiliating "
           "that is. Is that right?", "partial", "one minor amount wrong (£58 for £85)"),
          ("You left the denture with us on Wednesday with a cracked plate, we said it would be back by Monday for "
           "£85, it went to the wrong branch and you've cancelled two client meetings. I understand how "
           "humiliating that is. Is that right?", "poor", "the two days swapped")])

customer("pw29-en-03", "en",
         "I booked Bella, my poodle, in for a wash and a light trim at 10 and was told to collect her at 1. When I "
         "came back she'd been shaved right down to the skin, which I'd specifically asked you not to do, and she's "
         "got a nick on her ear. I'm heartbroken.",
         [("dog", ["Bella", "poodle"]), ("booked", ["wash", "trim"]), ("collect", ["at 1", "one o'clock", "1pm"]),
          ("shaved", ["shaved", "clipped to the skin", "shaved down"]),
          ("asked", ["asked you not", "asked us not", "specifically asked", "told us not"]), ("ear", ["ear", "nick"])],
         [("Bella went in at 10 for a wash and a light trim and was meant to be ready at one o'clock, but she came "
           "back shaved to the skin, exactly what you'd asked us not to do, with a nick on her ear. I'm so sorry, "
           "I can see you're heartbroken. Have I got that right?", "good", "complete in own words"),
          ("Bella was booked in for a wash and a light trim at 10 for collection at 1, and she was shaved right "
           "down to the skin though you'd specifically asked us not to. I can see you're heartbroken. Is that "
           "right?", "partial", "one fact left out (the nick on her ear)"),
          ("So you asked us to shave Bella right down when she came in at 10 for a wash and trim, and when you "
           "collected her at 1 she had a nick on her ear. I can see you're heartbroken. Is that right?", "poor",
           "the customer's 'not to shave' told as her asking for it")])

customer("pw29-en-04", "en",
         "I sent my mum a £75 birthday hamper for delivery on the 3rd. It turned up on the 9th, the cheese had gone "
         "off, and the card said Happy Anniversary. Now she thinks I forgot her birthday, and I'm really upset.",
         [("price", ["£75", "75"]), ("due", ["3rd", "third"]), ("arrived", ["9th", "ninth"]),
          ("cheese", ["cheese", "gone off"]), ("card", ["anniversary", "wrong card", "wrong message"]),
          ("forgot", ["forgot", "forgotten"])],
         [("The £75 hamper for your mum's birthday should have arrived on the 3rd but didn't come until the 9th, "
           "with the cheese gone off and an anniversary card in it, so now she thinks you'd forgotten. That's "
           "really upsetting. Have I got that right?", "good", "complete in own words"),
          ("You sent your mum a £75 birthday hamper for the 3rd, it came on the 8th with the cheese gone off and "
           "a Happy Anniversary card, and she thinks you forgot. I'm sorry, that's upsetting. Is that right?",
           "partial", "one minor date wrong (8th for 9th)"),
          ("You sent your mum a £75 hamper for delivery on the 9th and it turned up on the 3rd, with the cheese "
           "gone off and an anniversary card, so she thinks you forgot. I'm sorry, that's upsetting. Is that "
           "right?", "poor", "the two dates swapped: late told as early")])

customer("pw29-en-05", "en",
         "I pay £24 a month for your daily lenses, and my prescription is -3.25. The last box you sent was -2.25, "
         "and when I rang, your agent said I must have ordered them wrong. I've had headaches all week and I'm "
         "really frustrated.",
         [("price", ["£24", "24"]), ("prescription", ["-3.25", "3.25"]), ("sent", ["-2.25", "2.25"]),
          ("blamed", ["ordered them wrong", "ordered wrong", "your mistake", "your fault"]),
          ("headaches", ["headache"])],
         [("For £24 a month you get daily lenses at -3.25, but the last box we sent was -2.25, and our agent told "
           "you that you must have ordered them wrong, and you've had headaches all week. That sounds really "
           "frustrating. Is that right?", "good", "complete"),
          ("You pay £26 a month for daily lenses at -3.25, the last box was -2.25, our agent said you must have "
           "ordered them wrong, and you've had headaches all week. I understand how frustrating that is. Is that "
           "right?", "partial", "one minor amount wrong (£26 for £24)"),
          ("Your prescription is -2.25 and we sent you a box of -3.25, you pay £24 a month, our agent said you "
           "must have ordered them wrong, and you've had headaches all week. I understand how frustrating that "
           "is. Is that right?", "poor", "prescription and what was sent swapped")])

customer("pw29-en-06", "en",
         "We ordered a 3-metre banner for our shop's grand opening on Saturday and paid £140. It came on Thursday, "
         "only 2 metres long, with two digits of our phone number the wrong way round. Your printer promised to "
         "send us a proof first, but nobody did. I'm fuming.",
         [("length", ["3-metre", "three-metre", "3 metres", "three metres"]), ("opening", ["opening"]),
          ("paid", ["£140", "140"]), ("got", ["2 metres", "two metres", "2-metre", "two-metre"]),
          ("number", ["phone number", "digits"]), ("proof", ["proof"])],
         [("You paid £140 for a three-metre banner for Saturday's grand opening; it arrived Thursday at two metres "
           "with two digits of the phone number swapped, and the proof we promised you never came. No wonder "
           "you're fuming. Is that right?", "good", "complete in own words"),
          ("You paid £120 for a 3-metre banner for the grand opening, it came 2 metres long with two digits of "
           "the phone number the wrong way round, and we'd promised a proof but never sent one. Sorry, no wonder "
           "you're fuming. Is that right?", "partial", "one minor amount wrong (£120 for £140)"),
          ("You paid £140 for a 3-metre banner for the grand opening, it came 2 metres long with two digits of "
           "the phone number the wrong way round, and you never sent our printer the proof he asked for. Sorry, "
           "no wonder you're fuming. Is that right?", "poor", "who failed to send the proof told the other way")])

customer("pw29-zhs-01", "zh-Hans",
         "我们在你们影楼拍的婚纱照，说好四十五天出相册，选了三十张精修，交了六千八。现在两个月了相册还没到，客服还说是我们选片太晚。我真的很生气。",
         [("days", ["四十五天", "45天"]), ("photos", ["三十张", "30张"]), ("paid", ["六千八", "6800"]),
          ("now", ["两个月"]), ("late", ["没到", "还没", "没拿到"]), ("blame", ["选片太晚", "选片晚", "怪您", "说是您"])],
         [("您交了六千八，选了三十张精修，本来说好四十五天就能拿到相册，可两个月过去了还没拿到，客服反倒说是您选片晚了。换了谁都会生气。我理解得对吗？",
           "good", "完整，换了说法和顺序"),
          ("说好四十五天出相册，您选了三十张精修，交了六千六，现在两个月了相册还没到，客服还说是您选片太晚。我理解您很生气。对吗？",
           "partial", "一个次要金额错：六千六（应为六千八）"),
          ("说好三十天出相册，您选了四十五张精修，交了六千八，现在两个月了还没到，客服还说是您选片太晚。我理解您很生气。对吗？",
           "poor", "天数和张数对调")])

customer("pw29-zhs-02", "zh-Hans",
         "我上周六带我家柯基去你们店洗澡，说好只洗不剪，结果你们把它的毛全剃了，还剪破了耳朵。店员说是我自己签字同意的，我根本没签过。我心疼死了。",
         [("day", ["上周六", "周六"]), ("wash", ["只洗", "不剪"]), ("shaved", ["剃"]), ("ear", ["耳朵"]),
          ("signed", ["没签", "没有签", "签字", "签过"])],
         [("上周六您送柯基来只是洗澡、说好不剪，结果毛被我们全剃光了，耳朵还剪破了，店员还说您签过字，可您根本没签。难怪您这么心疼。我理解得对吗？",
           "good", "完整"),
          ("上周六您带柯基来洗澡，说好只洗不剪，结果毛全被剃了，店员说您签字同意过，可您根本没签。真让人心疼。对吗？",
           "partial", "漏了一个事实：耳朵剪破"),
          ("上周六您带柯基来洗澡，您签字同意我们把毛剃掉，结果还剪破了耳朵。真让人心疼。对吗？",
           "poor", "没签说成签了，只洗不剪说成同意剃毛")])

customer("pw29-zhs-03", "zh-Hans",
         "我给客户订了二十八个果篮，每个一百五十元，要求周四上午送到。结果周五下午才送来，只有二十六个，还有好几个芒果都烂了。我在客户面前太丢人了。",
         [("ordered", ["二十八个", "28个"]), ("price", ["一百五十", "150"]), ("due", ["周四"]),
          ("came", ["周五"]), ("short", ["二十六个", "26个", "少了两个"]), ("rotten", ["烂"])],
         [("您订的二十八个果篮，一个一百五十，本来要周四上午送到，结果拖到周五下午，还少了两个，好几个芒果也烂了。在客户面前确实丢人。我理解得对吗？",
           "good", "完整，用少了两个复述"),
          ("您订了二十八个果篮，每个一百五十元，要求周四上午送到，结果周五下午才送来，只有二十四个，还有几个芒果烂了。在客户面前确实丢人。对吗？",
           "partial", "一个次要数量错：二十四（应为二十六）"),
          ("您订了二十六个果篮，每个一百五十元，要求周四上午送到，结果周五下午送来了二十八个，还有几个芒果烂了。在客户面前确实丢人。对吗？",
           "poor", "订的和送来的数量对调")])

customer("pw29-zht-01", "zh-Hant-hk",
         "我上個禮拜三攞咗副假牙嚟你哋度整，話好禮拜五整好，收咗我八百蚊。而家過咗成個禮拜都未有，打電話嚟又話寄咗去第二間分店。我食嘢都食唔到，好嬲。",
         [("left", ["禮拜三", "星期三"]), ("promised", ["禮拜五", "星期五"]), ("price", ["八百"]),
          ("week", ["成個禮拜", "一個禮拜", "一星期"]), ("branch", ["分店"])],
         [("你上個禮拜三將假牙交咗畀我哋，講好禮拜五整好，俾咗八百蚊，點知一個禮拜都未攞到，仲話寄錯去第二間分店，搞到你食唔到嘢。我明白你好嬲。係咪咁？",
           "good", "粵：完整"),
          ("你上個禮拜三攞假牙嚟整，話好禮拜五整好，收咗你九百蚊，而家成個禮拜都未有，仲寄咗去第二間分店。我明白你好嬲。係咪咁？",
           "partial", "粵：一個次要金額錯：九百（應為八百）"),
          ("你上個禮拜五攞假牙嚟整，話好禮拜三整好，收咗你八百蚊，而家成個禮拜都未有，仲寄咗去第二間分店。我明白你好嬲。係咪咁？",
           "poor", "粵：兩日對調")])

customer("pw29-zht-02", "zh-Hant-tw",
         "我訂你們的日拋隱形眼鏡，一盒九百，度數是三百二十五度。這次寄來的是二百二十五度，我打去問，客服說一定是我自己選錯。我戴了一整個禮拜，頭痛得要命。",
         [("price", ["九百"]), ("power", ["三百二十五"]), ("sent", ["二百二十五"]),
          ("blame", ["選錯", "你自己", "您自己"]), ("week", ["一整個禮拜", "一個禮拜", "一週"])],
         [("您的度數是三百二十五度，一盒九百，這次我們卻寄了二百二十五度，客服還說是您自己選錯，您戴了一個禮拜頭痛得要命。真的很抱歉，換了誰都會難受。我理解得對嗎？",
           "good", "台：完整"),
          ("您訂的日拋一盒八百，度數三百二十五度，這次寄來二百二十五度，客服說是您自己選錯，您戴了一整個禮拜頭很痛。我理解您的委屈。對嗎？",
           "partial", "台：一個次要金額錯：八百（應為九百）"),
          ("您的度數是二百二十五度，我們寄了三百二十五度，一盒九百，客服說是您自己選錯，您戴了一整個禮拜頭很痛。我理解您的委屈。對嗎？",
           "poor", "台：度數和寄來的對調")])

customer("pw29-zht-03", "zh-Hant-hk",
         "我哋公司開張訂咗你哋嘅醒獅，講好十點到，兩隻獅，收咗三千八。點知十一點半先嚟，得一隻獅，仲冇鑼鼓。吉時都過咗，老闆好唔開心。",
         [("two", ["兩隻"]), ("due", ["十點"]), ("price", ["三千八"]), ("late", ["十一點半"]), ("one", ["一隻"]),
          ("drums", ["鑼鼓"])],
         [("你哋開張訂咗兩隻獅，三千八，講好十點，點知十一點半先到，得一隻，又冇鑼鼓，吉時都錯過咗，難怪老闆唔開心。係咪咁？",
           "good", "粵：完整"),
          ("你哋開張訂咗兩隻獅，收咗三千六，講好十點到，十一點半先嚟，得一隻，冇鑼鼓，吉時過咗。我明白老闆好唔開心。係咪咁？",
           "partial", "粵：一個次要金額錯：三千六（應為三千八）"),
          ("你哋開張訂咗兩隻獅，收咗三千八，講好十一點半到，點知十點就嚟咗，得一隻，冇鑼鼓。我明白老闆好唔開心。係咪咁？",
           "poor", "粵：約好的時間同到嘅時間對調，遲到講成早到")])

_write(rows)
