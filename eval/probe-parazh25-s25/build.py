"""Session 25's Chinese restatement probe (parazh25): written from the digest's rules, not from dev rows."""
import json

FEEL_S = ["理解", "难怪", "换谁都", "生气", "失望", "窝火", "委屈", "着急", "不舒服", "无语", "无奈", "丢脸", "没面子", "难堪"]
FEEL_T = ["理解", "明白", "難怪", "換誰都", "生氣", "失望", "嬲", "委屈", "心疼", "不公平", "唔公道", "不被尊重", "不舒服"]
CHECK_S = ["对吗", "对不对", "是这样吗", "我理解得对吗", "没错吧"]
CHECK_T = ["對嗎", "對不對", "是這樣嗎", "啱唔啱", "係咪", "係唔係", "我講得啱唔啱"]

C = []


def cust(lang, text, facts, feel, check):
    C.append((lang, text, [{"id": k, "any": v} for k, v in facts] + [{"id": "feeling", "any": feel}, {"id": "check", "any": check}], []))


def ans(label, text, why):
    C[-1][3].append((label, text, why))


cust("zh-Hans", "我上个月在你们店买的电热水壶，才用了两次底座就冒烟了。我打了三次客服电话都没人接，太让人失望了。",
     [("kettle", ["电热水壶", "热水壶"]), ("twice", ["两次", "2次"]), ("smoke", ["冒烟"]), ("calls", ["三次", "3次"]), ("unanswered", ["没人接", "没人理"])],
     FEEL_S, CHECK_S)
ans("good", "您是说上个月买的热水壶只用了两回，底座就冒出烟来，您打了三通电话也一直没有人接听，真是太让您失望了。我理解得对吗？", "counts with another measure (两回, 三通), a split verb (冒出烟来), 没有人接听 for 没人接")
ans("partial", "您是说上个月买的热水壶只用了两回，底座就冒出烟来，您打了三通电话也一直没有人接听。我理解得对吗？", "no feeling")
ans("poor", "您是说热水壶用了三次就坏了，打了两次电话，我们已经处理了。对吗？", "counts swapped (两次 ↔ 三次), smoke missing")

cust("zh-Hant", "我喺你哋度訂咗一張梳化，講好十日送到，而家等咗成個月都未嚟。打電話去問，啲職員仲鬧我催得太密。我真係好嬲。",
     [("sofa", ["梳化", "沙發"]), ("tendays", ["十日", "十天"]), ("month", ["一個月", "成個月"]), ("notcome", ["未嚟", "未到", "未送到", "沒到"]), ("scolded", ["鬧", "罵"])],
     FEEL_T, CHECK_T)
ans("good", "你係話訂咗張沙發，本來講明十日內送到，但係等咗成個月都冇送嚟，打去問仲被職員罵你催得太密，換邊個都會嬲。我講得啱唔啱？", "粵: 冇送嚟 for 未嚟, the scolding as 被…罵 (Mandarin 罵 for 鬧)")
ans("partial", "你係話訂咗張沙發，本來講明十日內送到，但係等咗成個月都冇送嚟，換邊個都會嬲。我講得啱唔啱？", "粵: the scolding missing")
ans("poor", "你係話訂咗張床，等咗十日，職員已經同你道歉咗。係咪？", "粵: item wrong, the wait and scolding wrong")

cust("zh-Hant", "我上禮拜在你們的健身房繳了一整年的會費，一萬二。結果才去第三次，跑步機就壞了兩台，到現在都還沒修。我覺得很不被尊重。",
     [("year", ["一年", "一整年", "十二個月"]), ("fee", ["一萬二", "12000", "一萬兩千"]), ("third", ["第三次"]), ("two", ["兩台", "2台"]), ("broken", ["壞了", "故障"]), ("notfixed", ["還沒修", "沒修好", "沒修"])],
     FEEL_T, CHECK_T)
ans("good", "你是說上週繳了十二個月的會費，一萬兩千塊，才去到第三趟，就有兩台跑步機故障，到今天都擺著沒人來修，讓你覺得不受尊重，對嗎？", "台: 第三趟 for 第三次, 沒人來修 for 還沒修, 不受尊重")
ans("partial", "你是說上週繳了十二個月的會費，一萬兩千塊，才去到第三趟，就有兩台跑步機故障，到今天都擺著沒人來修。對嗎？", "台: no feeling")
ans("poor", "你是說會費八千塊太貴，跑步機有點舊，對嗎？", "台: amount wrong, most facts missing")

cust("zh-Hans", "我们公司订了你们的会议室，说好九点开门，结果保安九点半才来，二十个客户在门口站了半个多小时。我在客户面前丢尽了脸。",
     [("nine", ["九点", "9点"]), ("late", ["九点半", "9点半", "迟到"]), ("twenty", ["二十个", "20个", "二十位"]), ("waited", ["半个多小时", "三十多分钟"])],
     FEEL_S, CHECK_S)
ans("good", "您是说会议室约好九点开，保安拖到九点半才露面，二十位客人在门外干站了三十几分钟，让您在客户面前很没面子。是这样吗？", "三十几分钟 for 半个多小时, 二十位客人")
ans("partial", "您是说会议室约好九点开，保安拖到九点半才露面，十位客人在门外干站了三十几分钟，让您在客户面前很没面子。是这样吗？", "one count wrong (十位 for 二十个)")
ans("poor", "您是说保安一直没来，会议取消了，您要求退款。对吗？", "account changed: the guard came late, nothing was called off")

cust("zh-Hant", "我部電話拎去你哋度整，話三日就整好，點知過咗一個禮拜先通知我，仲要多收我三百蚊零件費。我覺得好唔公道。",
     [("threedays", ["三日", "三天"]), ("week", ["一個禮拜", "一星期", "七日", "一週"]), ("extra", ["三百", "300"]), ("parts", ["零件"])],
     FEEL_T, CHECK_T)
ans("good", "你話部手機送嚟整，講好三日搞掂，結果拖咗成個星期先話你知，仲另外加收三百蚊零件錢，你覺得唔公平，係咪咁呀？", "粵: 成個星期 for 一個禮拜, 零件錢, 唔公平")
ans("partial", "你話部手機送嚟整，講好三日搞掂，仲另外加收三百蚊零件錢，你覺得唔公平，係咪咁呀？", "粵: the week's wait missing")
ans("poor", "你話部手機整咗三日，收多咗三千蚊，係咪？", "粵: amount wrong, the wait wrong")

cust("zh-Hans", "我在你们网站买了一双跑鞋，收到的是左脚四十二码、右脚四十三码。申请退货两个星期了，一直没人处理。我真的很无语。",
     [("shoes", ["跑鞋", "运动鞋"]), ("left", ["四十二", "42"]), ("right", ["四十三", "43"]), ("twoweeks", ["两个星期", "两周", "十四天"]), ("unhandled", ["没人处理", "没处理", "没动静"])],
     FEEL_S, CHECK_S)
ans("good", "您是说网上买的跑步鞋两只尺码不一样，左脚四十二码，右脚四十三码，退货申请交上去两个礼拜了，到现在都没人管，换谁都会很无奈。我理解得对吗？", "跑步鞋 for 跑鞋, 两个礼拜, 没人管 for 没人处理")
ans("partial", "您是说网上买的跑步鞋两只尺码不一样，左脚四十二码，右脚四十三码，退货申请交上去两个礼拜了，到现在都没人管，换谁都会很无奈。", "no check")
ans("poor", "您是说买的皮鞋太小了，想换大一码。对吗？", "item and complaint wrong")

cust("zh-Hant", "我女兒的生日蛋糕在你們店訂的，說好寫「十歲生日快樂」，拿到的卻寫成「七歲」。派對上所有小朋友都在笑她，她哭了一整晚。我真的很心疼。",
     [("ten", ["十歲"]), ("seven", ["七歲"]), ("laughed", ["笑她", "嘲笑"]), ("cried", ["哭了一整晚", "哭了一晚"])],
     FEEL_T, CHECK_T)
ans("good", "你是說幫女兒訂的蛋糕本來要寫十歲生日快樂，結果被寫成七歲，派對上被其他小朋友取笑，孩子整晚都在哭，你看了很捨不得，我這樣說對嗎？", "台: 被…取笑 for 笑她, 整晚都在哭")
ans("partial", "你是說幫女兒訂的蛋糕本來要寫十歲生日快樂，結果被寫成七歲，派對上被其他小朋友取笑，孩子整晚都在哭，不過你們訂的時候也應該再確認一下，我這樣說對嗎？", "台: blame of the customer (你們…應該) inside a complete restatement")
ans("poor", "你是說蛋糕寫成十七歲，小朋友都很開心，對嗎？", "台: value wrong, account reversed")

cust("zh-Hans", "我预约了周六上午十点的洗牙，提前一个小时到了，结果前台说医生请假，白跑一趟。来回打车花了八十块。我很生气。",
     [("saturday", ["周六", "星期六", "礼拜六"]), ("ten", ["十点", "10点"]), ("leave", ["请假", "不在", "休假"]), ("wasted", ["白跑", "白去"]), ("taxi", ["八十", "80"])],
     FEEL_S, CHECK_S)
ans("good", "您是说约了礼拜六早上十点洗牙，还早到了一个钟头，前台却说医生休假，害您空跑一趟，打车来回花了八十元，您很窝火，对吗？", "空跑 for 白跑, 早上 for 上午, 一个钟头")
ans("partial", "您是说约了礼拜六早上十一点洗牙，还早到了一个钟头，前台却说医生休假，害您空跑一趟，打车来回花了八十元，您很窝火，对吗？", "one time wrong (十一点 for 十点)")
ans("poor", "您是说医生迟到了，您花了八百块打车。对吗？", "what happened wrong, amount wrong")

n = 0
with open("paraphrases.jsonl", "w", encoding="utf-8") as f:
    for lang, text, criteria, answers in C:
        for label, answer, why in answers:
            n += 1
            f.write(json.dumps({"id": f"pz25-{n:03d}", "lang": lang, "customer": text, "criteria": criteria, "answer": answer, "label": label, "why": why}, ensure_ascii=False) + "\n")
