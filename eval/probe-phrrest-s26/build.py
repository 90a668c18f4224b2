"""Session 26 probe (phrrest26): restatements that retell other people's refusals, blame and
orders, or the customer's own plans and obligations (good), and the same stories with the
trainee's own forbidden phrase (partial). Written from the digest; run: python3 build.py."""
import json

FEEL_EN = ["sorry", "frustrating", "annoying", "upsetting", "disappointing", "worrying", "stressful",
           "exhausting", "heartbreaking", "understand", "no wonder", "I can see", "must be", "that sounds"]
CHECK_EN = ["is that right", "have I got that right", "did I get that right", "is that correct"]
FEEL_ZH = ["理解", "难怪", "换了谁都", "生气", "着急", "窝火", "遭罪", "委屈", "嬲", "明白", "不舒服", "心煩", "難受"]
CHECK_ZH = ["对吗", "对不对", "是这样吗", "我理解得对吗", "啱唔啱", "係咪咁", "對嗎", "对不"]

rows = []


def add(id_, lang, customer, facts, answer, label, why):
    feel, check = (FEEL_EN, CHECK_EN) if lang == "en" else (FEEL_ZH, CHECK_ZH)
    crit = [{"id": k, "any": v} for k, v in facts] + [{"id": "feeling", "any": feel}, {"id": "check", "any": check}]
    rows.append({"id": id_, "lang": lang, "customer": customer, "criteria": crit, "answer": answer,
                 "label": label, "why": why})


PLUMBER = "I booked a plumber for Monday at nine. He never turned up, and when I rang, your office said they couldn't send anyone until Thursday. I've got no hot water and two small kids."
PLUMBER_F = [("monday", ["Monday"]), ("absent", ["never turned up", "didn't turn up", "didn't come", "no-show", "never came"]),
             ("thursday", ["Thursday"]), ("water", ["no hot water", "hot water"])]
add("prr-en-01g", "en", PLUMBER, PLUMBER_F,
    "The plumber was due on Monday at nine and never came, and when you phoned, the office told you nobody could be sent before Thursday, so you're without hot water with two little ones. That sounds exhausting. Have I got that right?",
    "good", "the office's refusal retold after 'told you'")
add("prr-en-01p", "en", PLUMBER, PLUMBER_F,
    "Calm down. The plumber didn't come on Monday, the office said Thursday, and you've no hot water with two small kids. I understand it's hard. Is that right?",
    "partial", "the trainee's own 'calm down'")

SOFA = "The sofa you delivered on Saturday is too wide for our doorway, so it's been sitting in the garden for three days. It cost £900 and now it's raining."
SOFA_F = [("sofa", ["sofa"]), ("price", ["£900", "900"]), ("saturday", ["Saturday"]), ("doorway", ["doorway", "door"]),
          ("days", ["three days", "3 days"])]
add("prr-en-02g", "en", SOFA, SOFA_F,
    "Your £900 sofa arrived on Saturday, but it can't get through the doorway, so it has spent three days out in the garden and now the rain has started. I can see how upsetting that is. Is that right?",
    "good", "a thing as the subject of 'can't': the sofa, not the agent, cannot")
add("prr-en-02p", "en", SOFA, SOFA_F,
    "Your £900 sofa came on Saturday, it's too wide for the doorway and it's been three days in the garden in the rain. I'm sorry, but we can't take it back, it's company policy. Is that right?",
    "partial", "the trainee's own refusal and policy shield")

FLIGHT = "My flight to Lisbon was cancelled at the gate last night. I was supposed to be at my sister's wedding this morning. Your desk gave me a hotel voucher but no new flight until Sunday."
FLIGHT_F = [("lisbon", ["Lisbon"]), ("cancelled", ["cancelled", "called off"]), ("wedding", ["wedding"]),
            ("voucher", ["hotel voucher", "voucher", "hotel"]), ("sunday", ["Sunday"])]
add("prr-en-03g", "en", FLIGHT, FLIGHT_F,
    "Your Lisbon flight was cancelled at the gate last night when you should have been at your sister's wedding this morning, and the desk handed you a hotel voucher but nothing to fly on until Sunday. I'm so sorry, that's heartbreaking. Did I get that right?",
    "good", "the customer as subject of 'should have been' + a place and time: their plan, not blame")
add("prr-en-03p", "en", FLIGHT, FLIGHT_F,
    "Your Lisbon flight was cancelled at the gate last night, you missed your sister's wedding this morning, and the desk gave you a hotel voucher and no flight until Sunday. I'm sorry, but you should have booked an earlier flight. Is that right?",
    "partial", "the trainee's own 'you should have booked'")

GARAGE = "Your garage told me in March that my brake pads were fine. Last week another garage said they were worn through, and I had to pay £240 to replace them. I feel cheated."
GARAGE_F = [("march", ["March"]), ("pads", ["brake pads", "pads"]), ("worn", ["worn through", "worn out", "worn"]),
            ("price", ["£240", "240"])]
add("prr-en-04g", "en", GARAGE, GARAGE_F,
    "In March your garage said the brake pads were fine, but last week another garage found them worn through and you had to pay £240 for new ones. No wonder you feel cheated. Is that right?",
    "good", "the customer's own obligation retold ('you had to pay')")
add("prr-en-04p", "en", GARAGE, GARAGE_F,
    "In March we said the brake pads were fine, last week another garage found them worn through and you paid £240. That's not our fault, pads wear quickly. I understand it's annoying. Is that right?",
    "partial", "the trainee's own 'not our fault'")

MUSEUM = "Your website said the museum was open on Mondays. We travelled two hours with the children and the doors were locked. Nobody told us the hours had changed."
MUSEUM_F = [("website", ["website", "site", "online"]), ("mondays", ["Monday"]), ("hours", ["two hours", "2 hours"]),
            ("locked", ["locked", "closed", "shut"])]
add("prr-en-05g", "en", MUSEUM, MUSEUM_F,
    "The website showed the museum open on Mondays, you travelled two hours with the children only to find it locked, and no one had ever told you the opening times had changed. What a disappointing day. Is that right?",
    "good", "'no one had told you': nobody as the teller, not the agent repeating itself")
add("prr-en-05p", "en", MUSEUM, MUSEUM_F,
    "The website said Mondays, you travelled two hours with the children and it was locked. Like I said, the hours are on the door. I know it's disappointing. Is that right?",
    "partial", "the trainee's own impatience ('like I said')")

PHONE = "My phone stopped charging two days after your repair. I paid £80, and now I can't get calls from my mum's care home."
PHONE_F = [("charging", ["charging", "charge"]), ("days", ["two days", "2 days"]), ("price", ["£80", "80"]),
           ("care", ["care home"])]
add("prr-en-06g", "en", PHONE, PHONE_F,
    "Two days after the £80 repair your phone stopped charging, so now calls from your mum's care home can't get through to you. That must be so worrying. Did I get that right?",
    "good", "the calls, a thing, as the subject of 'can't'")
add("prr-en-06p", "en", PHONE, PHONE_F,
    "Two days after the £80 repair the phone stopped charging and the care home can't reach you. I'm sorry, but there's nothing I can do about that. Is that right?",
    "partial", "the trainee's own dead end")

PASSPORT = "I must post my passport by Friday for my visa, but your photo booth printed the wrong size twice. I spent £16 and I'm running out of time."
PASSPORT_F = [("friday", ["Friday"]), ("visa", ["visa"]), ("twice", ["twice", "two times"]), ("size", ["wrong size"]),
              ("price", ["£16", "16"])]
add("prr-en-07g", "en", PASSPORT, PASSPORT_F,
    "You need to send your passport off by Friday for the visa, the booth has printed the wrong size twice, that's £16 gone, and time is short. That's really stressful. Have I got that right?",
    "good", "the customer's own obligation retold ('you need to')")
add("prr-en-07p", "en", PASSPORT, PASSPORT_F,
    "The passport goes by Friday for the visa, the booth printed the wrong size twice and you spent £16. You need to read the size settings next time. I can see it's stressful. Is that right?",
    "partial", "the trainee's own order to the customer")

ENGINEER = "Your engineer was booked for Tuesday to fix my washing machine. On Tuesday afternoon a text said he couldn't come, and the next slot is in nine days. I've got a newborn and piles of washing."
ENGINEER_F = [("tuesday", ["Tuesday"]), ("machine", ["washing machine"]), ("text", ["text", "message"]),
              ("nine", ["nine days", "9 days"]), ("newborn", ["newborn", "new baby"])]
add("prr-en-08g", "en", ENGINEER, ENGINEER_F,
    "The engineer was booked for Tuesday to fix the washing machine, the same afternoon a text said he couldn't make it, and the next slot is nine days off while you've got a newborn and washing piling up. That sounds exhausting. Is that right?",
    "good", "a third party as the subject of 'couldn't', reported by a text")
add("prr-en-08p", "en", ENGINEER, ENGINEER_F,
    "The engineer was booked for Tuesday for the washing machine, a text said he couldn't come and the next slot is in nine days, with a newborn at home. I can't move the booking, I'm afraid. I understand it's stressful. Is that right?",
    "partial", "the trainee's own refusal")

GLASSES = "I was meant to collect my new glasses on Friday, but the shop was shut with no notice. I drove forty minutes for nothing and I need them for work on Monday."
GLASSES_F = [("glasses", ["glasses"]), ("friday", ["Friday"]), ("shut", ["shut", "closed"]),
             ("forty", ["forty minutes", "40 minutes"]), ("monday", ["Monday"])]
add("prr-en-09g", "en", GLASSES, GLASSES_F,
    "You were supposed to pick up your new glasses on Friday, but the shop was closed without warning, so the forty-minute drive was wasted, and you need them for work on Monday. That's so frustrating. Is that right?",
    "good", "the customer as subject of 'supposed to' and 'need': their plan and need")
add("prr-en-09p", "en", GLASSES, GLASSES_F,
    "You were to collect the glasses on Friday, the shop was closed, you drove forty minutes, and you need them Monday. You must have got the day wrong, though. I'm sorry it was frustrating. Is that right?",
    "partial", "the trainee's own blame")

# Chinese
CAKE = "我上周六在你们店订了生日蛋糕，约好下午三点取。我三点到了，店员说师傅忘了做，让我再等两个小时。孩子的生日会只能推迟，我特别生气。"
CAKE_F = [("cake", ["蛋糕"]), ("three", ["三点", "3点"]), ("forgot", ["忘了做", "忘了", "没做"]), ("two", ["两个小时", "两个钟头", "两小时"]),
          ("party", ["生日会", "推迟", "往后推"])]
add("prr-zhs-01g", "zh-Hans", CAKE, CAKE_F,
    "您上周六订了生日蛋糕，说好三点去拿，到了店员却说师傅忘了做，还要您再等两个钟头，孩子的生日会只好往后推，换了谁都会生气。我理解得对吗？",
    "good", "店员说…: 店员的话转述")
add("prr-zhs-01p", "zh-Hans", CAKE, CAKE_F,
    "您订的蛋糕三点去拿，师傅忘了做，要等两个小时，生日会推迟了。您冷静一点，我理解您生气。对吗？",
    "partial", "学员自己说了冷静一点")

THESIS = "我下周一必须交论文，你们修电脑修了十天还没修好，里面的资料我都拿不出来。我急得睡不着。"
THESIS_F = [("monday", ["周一", "星期一", "礼拜一"]), ("thesis", ["论文"]), ("ten", ["十天", "10天"]), ("data", ["资料", "文件"])]
add("prr-zhs-02g", "zh-Hans", THESIS, THESIS_F,
    "您下周一就必须交论文，电脑送来修了十天还没修好，里面的资料也拿不出来，难怪您急得睡不着。我理解得对吗？",
    "good", "客户自己的必须转述回去")
add("prr-zhs-02p", "zh-Hans", THESIS, THESIS_F,
    "您周一要交论文，电脑修了十天没修好，资料拿不出来。不过这不是我们的错，我理解您着急。对吗？",
    "partial", "学员自己推卸责任")

HOSTEL = "我在你们网站订了周末的民宿，到了才知道房间没有热水，之前没有人告诉我。我们一家四口冻了两晚。"
HOSTEL_F = [("website", ["网站", "网上"]), ("weekend", ["周末"]), ("water", ["热水"]), ("four", ["四口", "四个人", "4口"]),
            ("nights", ["两晚", "两个晚上", "两夜"])]
add("prr-zhs-03g", "zh-Hans", HOSTEL, HOSTEL_F,
    "您在网站上订了周末的民宿，到了才发现房间没热水，事先也没有人跟您讲过，一家四口冻了两个晚上，真是太遭罪了。是这样吗？",
    "good", "没有人跟您讲过: 没人告知, 不是学员不耐烦")
add("prr-zhs-03p", "zh-Hans", HOSTEL, HOSTEL_F,
    "您在网站订了周末民宿，没热水，一家四口冻了两晚。您应该提前打电话问清楚。我理解您的难受。对吗？",
    "partial", "学员自己的您应该")

REFUND = "我打了四次电话问退款，每次客服都说「我们没办法」。已经拖了一个月了，三百八十块到现在还没退。"
REFUND_F = [("four", ["四次", "4次"]), ("month", ["一个月", "一个多月"]), ("amount", ["三百八十", "380"])]
add("prr-zhs-04g", "zh-Hans", REFUND, REFUND_F,
    "您为退款打了四次电话，客服每回都跟您讲「我们没办法」，一拖就是一个月，三百八十块还没退回来，确实让人窝火。我理解得对吗？",
    "good", "引号里是客服的话")
add("prr-zhs-04p", "zh-Hans", REFUND, REFUND_F,
    "您打了四次电话，拖了一个月，三百八十块没退。这个我们确实没办法，我理解您窝火。对吗？",
    "partial", "学员自己拒绝, 没有出路")

SOFA_YUE = "我喺你哋度訂咗張梳化，講好星期六送，點知送貨師傅話架車壞咗，唔送得。我請咗一日假喺屋企等。"
SOFA_YUE_F = [("sofa", ["梳化"]), ("saturday", ["星期六", "禮拜六"]), ("van", ["車壞", "架車"]), ("leave", ["請咗一日假", "請假", "一日假"])]
add("prr-zht-01g", "zh-Hant", SOFA_YUE, SOFA_YUE_F,
    "粵：你訂咗張梳化，講明星期六送，但係師傅話架車壞咗送唔到，你仲特登請咗一日假喺屋企等，梗係好嬲啦。我理解得啱唔啱？".replace("粵：", ""),
    "good", "粵: 師傅話…: 第三者嘅話")
add("prr-zht-01p", "zh-Hant", SOFA_YUE, SOFA_YUE_F,
    "你訂咗梳化講好星期六送，師傅話架車壞咗，你請咗一日假等。不過呢啲唔關我哋事，我明白你好嬲。係咪咁？",
    "partial", "粵: 學員自己推卸")

DRYER = "我在你們門市買的吹風機，用三天就不能開機了。發票上寫保固一年，店員卻叫我自己寄回原廠。"
DRYER_F = [("dryer", ["吹風機"]), ("three", ["三天", "3天"]), ("warranty", ["保固一年", "一年保固", "保固"]), ("factory", ["原廠"])]
add("prr-zht-02g", "zh-Hant", DRYER, DRYER_F,
    "您在門市買的吹風機，才用三天就不能開機，發票寫著保固一年，店員卻叫您自己寄回原廠，真的很讓人生氣。我這樣理解對嗎？",
    "good", "台: 東西不能開機(物作主語), 店員叫您(第三者)")
add("prr-zht-02p", "zh-Hant", DRYER, DRYER_F,
    "吹風機用三天不能開機，發票寫保固一年，店員叫您寄回原廠。您必須自己寄回原廠，這是公司規定。我理解您生氣。對嗎？",
    "partial", "台: 學員自己的命令和規定擋箭牌")

with open("paraphrases.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
