"""Builds paraphrases.jsonl of probe slip22-s22 (see README.md). Run: python3 build.py"""
import json

EN_FEEL = ["frustrating", "upsetting", "worrying", "annoying", "stressful", "understand how you feel",
           "must have been", "sorry", "I can see why", "no wonder", "embarrassing", "disappointing"]
EN_CHECK = ["is that right", "have I got that right", "did I get that right", "is that correct",
            "anything I've missed", "does that sound right", "have I missed anything", "have I understood"]
HANS_FEEL = ["理解", "抱歉", "着急", "难受", "生气", "失望", "委屈", "担心", "闹心", "不好受", "换谁都", "对不起", "窝火", "糟心"]
HANS_CHECK = ["对吗", "对不对", "是这样吗", "没错吧", "我理解得对吗", "我说得对吗", "有没有漏", "是不是这样"]
HANT_FEEL = ["理解", "抱歉", "著急", "難受", "生氣", "失望", "委屈", "擔心", "唔開心", "嬲", "火大", "對不起", "明白", "換作是我"]
HANT_CHECK = ["對嗎", "對不對", "是這樣嗎", "沒錯吧", "我理解得對嗎", "啱唔啱", "係咪咁", "有冇漏", "我講得啱唔啱"]

rows = []


def item(lang, customer, facts, answers):
    feel, check = {"en": (EN_FEEL, EN_CHECK), "zh-Hans": (HANS_FEEL, HANS_CHECK)}.get(lang, (HANT_FEEL, HANT_CHECK))
    criteria = [{"id": k, "any": v} for k, v in facts] + [{"id": "feeling", "any": feel}, {"id": "check", "any": check}]
    for answer, label, why in answers:
        prefix = {"en": "en", "zh-Hans": "zhs"}.get(lang, "zht")
        n = sum(1 for r in rows if r["lang"] == lang) + 1
        rows.append({"id": f"p-{prefix}-s22-{n:03d}", "lang": lang, "customer": customer, "criteria": criteria,
                     "answer": answer, "label": label, "why": why})


# 1. sign-writing: counts of letters, an amount
item("en",
     "We paid your sign-writer £640 to paint our bakery's name above the shop window. He gilded only nine of the "
     "fourteen letters before leaving on Friday, and nobody has been back since. The opening is on Monday and I'm "
     "panicking.",
     [("paid", ["£640", "640", "six hundred and forty"]),
      ("letters", ["nine of the fourteen", "fourteen letters", "14 letters", "five letters"]),
      ("left", ["leaving on Friday", "left on Friday", "Friday"]),
      ("nobody", ["nobody has been back", "no one has been back", "hasn't been back", "not come back"]),
      ("opening", ["opening is on Monday", "open on Monday", "opening"])],
     [("So you paid us six hundred and forty pounds to paint the bakery's name over the window, our sign-writer "
       "finished just nine of the fourteen letters and went on Friday, and no one's returned since — with your "
       "opening on Monday. I can see why you're panicking. Have I got that right?", "good",
       "Every fact in other words, amount in words; feeling; check."),
      ("So you paid us £460 to paint the bakery's name over the window, our sign-writer finished nine of the "
       "fourteen letters and left on Friday, and nobody has been back, with the opening on Monday. That's really "
       "stressful. Is that right?", "partial", "One amount wrong (£460 for £640) among right facts; feeling; check."),
      ("So our sign-writer gilded nine of the twelve letters and left on Friday, you paid £640, nobody's been back, "
       "and the shop opens on Monday. No wonder you're worried. Is that correct?", "partial",
       "One count wrong (twelve letters for fourteen); the rest right; feeling; check."),
      ("So you paid £460, he gilded fourteen of the nine letters and left on Monday. Is that right?", "poor",
       "Amount wrong, counts swapped, day wrong; no feeling.")])

# 2. letterpress stationery: item counts and a size
item("en",
     "I ordered 120 letterpress wedding invitations on cream card, A5 size. The box that arrived holds 80, printed on "
     "white card, and the wedding is in three weeks. I'm so disappointed.",
     [("ordered", ["120", "a hundred and twenty", "hundred and twenty"]),
      ("arrived", ["80", "eighty", "only 80"]),
      ("card", ["white card", "white instead of cream", "not cream", "cream card"]),
      ("size", ["A5"]),
      ("wedding", ["three weeks", "3 weeks"])],
     [("So you asked for a hundred and twenty A5 invitations on cream card, but only eighty came and they're on "
       "white, with the wedding three weeks away. That's so disappointing. Did I get that right?", "good",
       "All facts in other words; feeling; check."),
      ("So you asked for a hundred and fifty A5 invitations on cream card, but only eighty came and they're on "
       "white, with the wedding three weeks away. That's so disappointing. Did I get that right?", "partial",
       "One count wrong (150 for 120), the rest right."),
      ("So you asked for 80 A5 invitations on cream card, but 120 came printed on white, and the wedding is in "
       "three weeks. That's disappointing. Did I get that right?", "poor", "Counts swapped (ordered / arrived)."),
      ("So you ordered 120 A5 invitations on cream card and they all arrived fine, just a little late for the "
       "wedding. I'm sorry. Is that right?", "poor", "Account reversed (all arrived).")])

# 3. hot-tub hire: identifier wrong vs duration wrong
item("en",
     "Booking HT-4471 was for a hot tub delivered to our cottage on Saturday morning. It came at 6 pm, the heater "
     "took nine hours to warm it, and the whole birthday weekend was spoilt. I'm really upset.",
     [("booking", ["HT-4471", "4471"]),
      ("when", ["Saturday morning", "Saturday"]),
      ("came", ["6 pm", "six in the evening", "6pm"]),
      ("heater", ["nine hours", "9 hours"]),
      ("spoilt", ["spoilt", "spoiled", "ruined"])],
     [("So booking HT-4417 was meant to reach your cottage on Saturday morning, it turned up at 6 pm, took nine "
       "hours to heat, and the birthday weekend was ruined. I'm so sorry. Is that right?", "poor",
       "Wrong booking number (identifier)."),
      ("So on booking 4471 the tub should have come on Saturday morning, it didn't arrive until 6 pm, the heater "
       "needed nine hours, and your birthday weekend was spoilt. That's upsetting. Have I got that right?", "good",
       "All facts; feeling; check."),
      ("So on booking 4471 the tub should have come on Saturday morning, it arrived at 6 pm, the heater took six "
       "hours, and your birthday weekend was spoilt. That's upsetting. Have I got that right?", "partial",
       "One duration wrong (six hours for nine).")])

# 4. rope-access window cleaning: polarity said another way, and a value restated twice
item("en",
     "Your rope-access team cleaned the windows of our office block on 3 April instead of 10 April, when nobody "
     "had been warned. They left the blinds up and the fourth floor has no curtains now, because they took them "
     "down and never rehung them. We're furious.",
     [("date", ["3 April", "third of April", "a week early"]),
      ("planned", ["10 April", "tenth of April", "10th"]),
      ("warned", ["nobody had been warned", "no warning", "without warning", "nobody warned"]),
      ("curtains", ["no curtains", "never rehung", "not rehung", "didn't put them back"])],
     [("So the rope team came on the 3rd of April, a week before the 10th you'd booked, without anyone being told, "
       "and the fourth-floor curtains they took down were never put back up, so that floor is left without "
       "curtains. I can see why you're furious. Is that right?", "good",
       "Both dates said; absence said as 'without'; feeling; check."),
      ("So the rope team came on the 3rd of April instead of the 10th, without warning, and the fourth-floor "
       "curtains were never put back up. Is that right?", "partial", "No feeling."),
      ("So the team came on 10 April as booked, everyone had been warned, and the curtains were rehung. I'm "
       "sorry. Is that right?", "poor", "Account reversed.")])

# 5. curtains (zh-Hans): counts, amount
item("zh-Hans",
     "我在你们店定做了六幅遮光窗帘，付了两千四。上周送来只有四幅，而且长度都短了二十公分，根本挡不住光。我等了一个多月，太失望了。",
     [("ordered", ["六幅", "6幅"]),
      ("paid", ["两千四", "2400"]),
      ("arrived", ["四幅", "只有四幅", "少了两幅"]),
      ("short", ["短了二十公分", "短了二十厘米", "短了"]),
      ("waited", ["一个多月"])],
     [("您在我们这儿定了六幅遮光窗帘，花了两千四，上周到货只有四幅，每幅还都短了二十公分，光根本挡不住，您等了一个多月，真的很让人失望。我说得对吗？",
       "good", "事实齐全，情感，核对。"),
      ("您在我们这儿定了八幅遮光窗帘，花了两千四，上周到货只有四幅，每幅还都短了二十公分，挡不住光，您等了一个多月，真让人失望。我说得对吗？",
       "partial", "一个数值错（八幅应为六幅），其余正确。"),
      ("您定了六幅遮光窗帘，付了四千二，上周只送来四幅，还短了二十公分，您等了一个多月，确实让人失望。对吗？",
       "partial", "一个金额错（四千二应为两千四），其余正确。"),
      ("您定了四幅窗帘，送来了六幅，长度也短了。对吗？", "poor", "数量对调，缺情感。")])

# 6. picture framing (zh-Hans): two wrong values vs one; a day said twice
item("zh-Hans",
     "我十二号把一幅油画送到你们店装裱，说好十九号取。我十九号去了，店员说还没做，要再等五天。这幅画是给我爸七十大寿的礼物，我特别着急。",
     [("sent", ["十二号", "12号"]),
      ("pickup", ["十九号", "19号"]),
      ("notdone", ["还没做", "没做好", "没装好"]),
      ("wait", ["再等五天", "五天"]),
      ("gift", ["七十大寿", "七十岁生日"])],
     [("您十二号把油画拿来装裱，约好十九号来取，十九号您来了却说还没做，要再等五天，这是给您父亲七十大寿的礼物，难怪您着急。我理解得对吗？",
       "good", "事实齐全，情感，核对。"),
      ("您十二号把油画拿来装裱，约好十九号来取，结果十九号到了还没做，要再等三天，这是给您父亲七十大寿的礼物，难怪您着急。我理解得对吗？",
       "partial", "一个次要数值错（三天应为五天）。"),
      ("您十五号把油画拿来装裱，约好二十号来取，结果还没做，要再等五天，是给您父亲七十大寿的礼物，您一定很着急。对吗？",
       "poor", "两个数值错（十五号、二十号）。"),
      ("您十二号送来油画，十九号来取的时候已经装好了，您父亲七十大寿用得上。对吗？", "poor", "事件颠倒，缺情感。")])

# 7. plaque (台): counts
item("zh-Hant",
     "我們公司在你們這裡訂了三塊木頭牌匾，一塊八千。上禮拜只送來兩塊，其中一塊的字還刻錯了。下週就要開幕了，我真的很火大。",
     [("ordered", ["三塊", "3塊"]),
      ("price", ["八千", "8000"]),
      ("arrived", ["兩塊", "只送來兩塊", "少了一塊"]),
      ("wrong", ["刻錯", "字錯"]),
      ("opening", ["開幕"])],
     [("你們公司跟我們訂了三塊木牌匾，每塊八千，上禮拜卻只到兩塊，還有一塊字刻錯了，下週就要開幕，換作是我也會火大。我這樣理解對嗎？",
       "good", "台: 事實齊全，情感，核對。"),
      ("你們公司跟我們訂了五塊木牌匾，每塊八千，上禮拜只到兩塊，還有一塊字刻錯了，下週就要開幕，換作是我也會火大。我這樣理解對嗎？",
       "partial", "台: 一個數值錯（五塊應為三塊）。"),
      ("你們公司訂了兩塊牌匾，送來三塊，字都沒問題。對嗎？", "poor", "台: 數量對調、事實顛倒。")])

# 8. locksmith (粵): amount
item("zh-Hant",
     "我上個禮拜六鎖咗自己出門口，叫你哋師傅嚟開鎖，電話講好三百蚊，佢開完之後收咗我九百蚊，仲話夜晚要加錢。我覺得好唔公道。",
     [("locked", ["鎖咗自己出門口", "鎖咗喺門外", "入唔到屋"]),
      ("quoted", ["三百蚊", "三百", "300"]),
      ("charged", ["九百蚊", "九百", "900"]),
      ("night", ["夜晚要加錢", "夜晚加錢", "加錢"]),
      ("when", ["禮拜六", "星期六"])],
     [("你上個禮拜六鎖咗喺門外，叫我哋師傅上嚟開鎖，電話講好三百蚊，開完佢收咗你九百，仲話夜晚要加錢，我明白你覺得唔公道。我講得啱唔啱？",
       "good", "粵: 事實齊全，情感，核對。"),
      ("你上個禮拜六鎖咗喺門外，叫我哋師傅上嚟開鎖，電話講好三百蚊，開完佢收咗你七百，仲話夜晚要加錢，我明白你覺得唔公道。我講得啱唔啱？",
       "partial", "粵: 一個金額錯（七百應為九百）。"),
      ("你上個禮拜六鎖咗喺門外，師傅電話講好九百蚊，開完收你三百，仲話夜晚要加錢。係咪咁？", "poor",
       "粵: 金額對調，冇情感。")])

with open("paraphrases.jsonl", "w", encoding="utf-8") as out:
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
