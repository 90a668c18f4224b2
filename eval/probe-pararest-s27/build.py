"""Session 27 probe (pararest27): complete restatements (good), the same with ONE sentence of the
trainee's own excuse or blame added (partial: the thing's nature as the cause, what the customer
should have done told after the fact, a concession turned against the customer), and good ones
that RETELL someone else's excuse or blame from the customer's story. Written from the digest,
not from dev rows; run: python3 build.py."""
import json

FEEL_EN = ["sorry", "frustrating", "annoying", "upsetting", "disappointing", "worrying", "stressful",
           "devastating", "understand", "no wonder", "I can see", "must be", "that sounds"]
CHECK_EN = ["is that right", "have I got that right", "did I get that right", "is that correct"]
FEEL_ZH = ["理解", "难怪", "换了谁都", "生气", "着急", "窝火", "心疼", "委屈", "嬲", "明白", "難受", "火大", "失望"]
CHECK_ZH = ["对吗", "对不对", "是这样吗", "我理解得对吗", "啱唔啱", "係咪咁", "對嗎", "是這樣嗎", "对不"]

rows = []


def add(id_, lang, customer, facts, answer, label, why):
    feel, check = (FEEL_EN, CHECK_EN) if lang == "en" else (FEEL_ZH, CHECK_ZH)
    crit = [{"id": k, "any": v} for k, v in facts] + [{"id": "feeling", "any": feel}, {"id": "check", "any": check}]
    rows.append({"id": id_, "lang": lang, "customer": customer, "criteria": crit, "answer": answer,
                 "label": label, "why": why})


BOILER = ("I paid £95 for a boiler service on 3 May. Two days later the heating stopped completely, and when "
          "I phoned, your engineer said I should have topped up the pressure myself. I've got a newborn and I'm really anxious.")
BOILER_F = [("price", ["£95", "95"]), ("may", ["3 May", "May 3", "third of May", "3rd of May"]),
            ("stopped", ["stopped", "died", "packed up", "no heating", "gave up"])]
add("prs-en-01g", "en", BOILER, BOILER_F,
    "You paid £95 to have the boiler serviced on 3 May, the heating died two days later, and the engineer's answer was that you should have topped the pressure up yourself. With a newborn at home that must be so worrying. Is that right?",
    "good", "the engineer's blame retold")
add("prs-en-01p", "en", BOILER, BOILER_F,
    "You paid £95 for the service on 3 May and two days later the heating stopped completely. You should have checked the pressure gauge before ringing us, but I can see why you're anxious with a newborn. Is that right?",
    "partial", "the customer told after the fact what they should have done")
add("prs-en-01q", "en", BOILER, BOILER_F,
    "The service on 3 May cost you £95, and the heating gave up two days afterwards. Boilers are temperamental by nature, though I can see why you're anxious with a baby in the house. Have I got that right?",
    "partial", "the thing's nature given as the excuse")

INVITES = ("We ordered 300 wedding invitations for £180 and approved the proof on the 10th. They arrived with "
           "the month printed as June instead of July. The shop says it's not their problem. I'm devastated.")
INVITES_F = [("count", ["300", "three hundred"]), ("price", ["£180", "180"]),
             ("month", ["June", "wrong month"])]
add("prs-en-02g", "en", INVITES, INVITES_F,
    "So the 300 invitations you paid £180 for came back saying June rather than July, and the shop told you it wasn't their problem. That's devastating so close to a wedding. Have I got that right?",
    "good", "the shop's brush-off retold after 'told you'")
add("prs-en-02p", "en", INVITES, INVITES_F,
    "So the 300 invitations you paid £180 for came back saying June rather than July. Still, you did approve the proof yourself. I'm so sorry, it's devastating. Is that right?",
    "partial", "a concession turned against the customer")
add("prs-en-02q", "en", INVITES, INVITES_F,
    "Your 300 invitations cost £180 and arrived with June printed where July should be. I'm sorry, that's devastating, but you signed off the proof on the 10th. Is that right?",
    "partial", "'but you signed off' turns against the customer")

EBIKE = ("My new e-bike cost £2,400 and the battery stopped charging after three weeks. The repair centre "
         "wants six weeks to look at it, and I rely on it to get to work.")
EBIKE_F = [("price", ["£2,400", "2,400", "2400"]), ("battery", ["battery", "won't charge", "stopped charging"]),
           ("weeks", ["six weeks", "6 weeks"])]
add("prs-en-03g", "en", EBIKE, EBIKE_F,
    "Your £2,400 e-bike's battery quit charging within three weeks, the repair centre is asking for six weeks, and that's how you get to work. No wonder you're frustrated. Is that right?",
    "good", "plain complete restatement")
add("prs-en-03p", "en", EBIKE, EBIKE_F,
    "Your £2,400 e-bike's battery quit charging within three weeks and the repair centre is asking for six weeks. These batteries are just fussy, that's the nature of them, but I understand it's stressful when you need it for work. Is that right?",
    "partial", "the thing's nature given as the excuse")
add("prs-en-03q", "en", EBIKE, EBIKE_F,
    "Your £2,400 e-bike's battery quit charging within three weeks and the repair centre is asking for six weeks. You really ought to have bought the extended cover, but that sounds stressful when you need it for work. Did I get that right?",
    "partial", "'ought to have' told to the customer after the fact")

ROOM = ("I booked a sea-view room for four nights at £520, but we were given a room facing the car park. "
        "Reception said sea views are never guaranteed in August. It was our anniversary.")
ROOM_F = [("nights", ["four nights", "4 nights"]), ("price", ["£520", "520"]),
          ("carpark", ["car park", "parking"]), ("anniversary", ["anniversary"])]
add("prs-en-04g", "en", ROOM, ROOM_F,
    "You booked four nights with a sea view for £520, ended up looking over the car park, and reception's line was that the view is never promised in August — on your anniversary, too. That's so disappointing. Is that right?",
    "good", "reception's excuse retold")
add("prs-en-04p", "en", ROOM, ROOM_F,
    "You booked four nights with a sea view for £520 and ended up over the car park on your anniversary. You could have asked for the view in writing when you booked, but I understand it's disappointing. Is that right?",
    "partial", "'could have' told to the customer after the fact")
add("prs-en-04q", "en", ROOM, ROOM_F,
    "You booked four nights with a sea view for £520 and ended up over the car park on your anniversary. August is always our busiest month, but I understand it's disappointing. Is that correct?",
    "partial", "the agent's own excuse before 'but I understand'")

WASHER = "我上个月花两千八买的洗衣机，用了十天就漏水，师傅上门说是我自己没放平。地板都泡坏了，我很生气。"
WASHER_F = [("price", ["两千八", "2800", "二千八"]), ("days", ["十天", "10天"]), ("leak", ["漏水"]),
            ("floor", ["地板"])]
add("prs-zhs-01g", "zh-Hans", WASHER, WASHER_F,
    "您上个月两千八买的洗衣机，才用十天就漏水，地板都泡坏了，师傅来了还说是您自己没放平，换了谁都生气。我说得对吗？",
    "good", "师傅的指责被复述")
add("prs-zhs-01p", "zh-Hans", WASHER, WASHER_F,
    "您上个月两千八买的洗衣机，才用十天就漏水，地板都泡坏了。您当时应该先把机器放平再用的，不过我理解您很生气。对吗？",
    "partial", "事后告诉客户当时应该怎么做")

GLASSES = "我配了一副一千二的眼镜，等了两个星期，拿到手发现度数不对，看东西头晕。店员说新眼镜本来就要适应。"
GLASSES_F = [("price", ["一千二", "1200"]), ("wait", ["两个星期", "两周", "半个月"]), ("wrong", ["度数不对", "度数"]),
             ("dizzy", ["头晕", "晕"])]
add("prs-zhs-02g", "zh-Hans", GLASSES, GLASSES_F,
    "您花一千二配的眼镜等了两周，到手度数不对，戴着头晕，店员还说新眼镜本来就要适应，难怪您窝火。我理解得对吗？",
    "good", "店员的推托被复述（说）")
add("prs-zhs-02p", "zh-Hans", GLASSES, GLASSES_F,
    "您花一千二配的眼镜等了两周，到手度数不对，戴着头晕。新眼镜本来就需要一段适应期，不过我理解您的难受。对吗？",
    "partial", "东西的本性当作借口")

FRUIT = "我寄了一箱水果给我妈，运费八十，说好两天到，结果第五天才到，烂了一半。你们客服说生鲜不保价。"
FRUIT_F = [("fee", ["八十", "80"]), ("promised", ["两天"]), ("late", ["第五天", "五天"]), ("rotten", ["烂了一半", "烂了", "一半"])]
add("prs-zhs-03g", "zh-Hans", FRUIT, FRUIT_F,
    "您给妈妈寄的一箱水果，运费八十，说好两天到，拖到第五天才到，烂了一半，客服还跟您说生鲜不保价，您肯定很心疼。是这样吗？",
    "good", "客服的规定被复述")
add("prs-zhs-03p", "zh-Hans", FRUIT, FRUIT_F,
    "您给妈妈寄的一箱水果，运费八十，说好两天到，拖到第五天才到，烂了一半。可是您寄的时候也没选保价，我理解您心疼。对吗？",
    "partial", "让步转而指向客户")
add("prs-zhs-03q", "zh-Hans", FRUIT, FRUIT_F,
    "您给妈妈寄的一箱水果，运费八十，说好两天到，拖到第五天才到，烂了一半。水果这东西本来就不耐放，不过换了谁都心疼。是这样吗？",
    "partial", "东西的本性当作借口")

COFFEE = "我喺你哋度買咗部咖啡機，四千蚊，用咗一個月就唔出水。維修中心話要等三個禮拜，我日日都要飲咖啡返工。"
COFFEE_F = [("price", ["四千", "4000"]), ("month", ["一個月", "個月"]), ("water", ["唔出水", "冇水出"]),
            ("wait", ["三個禮拜", "三個星期"])]
add("prs-zht-01g", "zh-Hant", COFFEE, COFFEE_F,
    "你喺我哋度買嘅咖啡機四千蚊，用咗一個月就唔出水，維修中心仲要你等三個禮拜，你日日返工都靠佢，梗係好嬲啦。我講得啱唔啱？",
    "good", "粵: 完整")
add("prs-zht-01p", "zh-Hant", COFFEE, COFFEE_F,
    "你喺我哋度買嘅咖啡機四千蚊，用咗一個月就唔出水，維修中心要你等三個禮拜。不過你買嗰陣應該加埋延長保養㗎，我明白你好嬲。係咪咁？",
    "partial", "粵: 事後話客人應該點做")
add("prs-zht-01q", "zh-Hant", COFFEE, COFFEE_F,
    "你喺我哋度買嘅咖啡機四千蚊，用咗一個月就唔出水，維修中心要你等三個禮拜。咖啡機本身就好易出毛病，不過我明白你好嬲。啱唔啱？",
    "partial", "粵: 部機嘅本性當藉口")

DESK = "我在你們網站訂了一張實木書桌，六千五，說十天到，結果等了快一個月，送來桌腳還裂了。客服說木頭本來就會裂。"
DESK_F = [("price", ["六千五", "6500"]), ("promised", ["十天"]), ("month", ["一個月", "快一個月"]), ("crack", ["裂"])]
add("prs-zht-02g", "zh-Hant", DESK, DESK_F,
    "你在網站訂的實木書桌六千五，說好十天，結果等了快一個月，送來桌腳還裂了，客服還說木頭本來就會裂，難怪你這麼火大。是這樣嗎？",
    "good", "台: 客服的推託被複述")
add("prs-zht-02p", "zh-Hant", DESK, DESK_F,
    "你在網站訂的實木書桌六千五，說好十天，結果等了快一個月，送來桌腳還裂了。實木本來就會熱脹冷縮，不過我理解你很火大。是這樣嗎？",
    "partial", "台: 東西的本性當藉口")
add("prs-zht-02q", "zh-Hant", DESK, DESK_F,
    "你在網站訂的實木書桌六千五，說好十天，結果等了快一個月，送來桌腳還裂了。不過你下單時也有勾選同意條款，我理解你很火大。對嗎？",
    "partial", "台: 讓步轉向指責客人")

SHOES = "我喺網店買咗對跑鞋，九百蚊，着咗兩次鞋底就甩咗。客服話我應該收貨嗰陣試定先，而家過咗七日唔換得。"
SHOES_F = [("price", ["九百", "900"]), ("twice", ["兩次", "兩鋪"]), ("sole", ["鞋底", "甩"]), ("days", ["七日", "七天"])]
add("prs-zht-03g", "zh-Hant", SHOES, SHOES_F,
    "你喺網店買咗對九百蚊嘅跑鞋，着咗兩次鞋底就甩，客服仲話你應該收貨嗰陣試定先，過咗七日唔換得，你一定好委屈。我講得啱唔啱？",
    "good", "粵: 客服嘅『應該』被覆述")
add("prs-zht-03p", "zh-Hant", SHOES, SHOES_F,
    "你喺網店買咗對九百蚊嘅跑鞋，着咗兩次鞋底就甩，過咗七日唔換得。你收貨嗰陣真係應該試定先㗎，我明白你好委屈。係咪咁？",
    "partial", "粵: 學員自己事後講客人應該點做")

with open("paraphrases.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows))
