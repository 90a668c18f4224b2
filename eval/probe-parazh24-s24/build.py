"""Session 24's Chinese restatement probe (parazh24), written before any judge change.

Classes: counts said with measure words the reader lacked (扇, 针); 一块 before a price with an
order of magnitude (a watch, not one yuan); N日 as a length in 粵; the feeling acknowledged by a
perception verb with a potential complement (听得出/看得出 + you), by a degree word before the
agent's own 理解, by a must-be frame with a fear word; guards: a wrong count of such a measure word,
a wrong length, swapped values, reversed accounts.
"""
import json

HANS_FEEL = ["理解", "着急", "难怪", "换谁都", "抱歉", "委屈", "生气", "窝火"]
HANS_CHECK = ["对吗", "对不对", "理解得对吗", "我说得对吗", "没错吧"]
HANT_FEEL = ["理解", "難怪", "抱歉", "不好意思", "辛苦"]
HANT_CHECK = ["對嗎", "對不對", "這樣理解對嗎", "是這樣嗎"]
YUE_FEEL = ["明白", "理解", "唔好意思", "對唔住", "難受"]
YUE_CHECK = ["啱唔啱", "係咪咁", "有冇講錯"]

customers = [
    ("zh-Hans", "你们上周给我家装了八扇窗的窗帘，收了三千二。结果有三扇的轨道装歪了，一拉就卡住。我妈腿脚不好，每天拉窗帘都费劲，我真的很生气。",
     [("windows", ["八扇", "8扇"]), ("price", ["三千二", "3200"]), ("crooked", ["三扇", "3扇"]), ("stuck", ["卡住", "拉不动"])], HANS_FEEL, HANS_CHECK,
     [("您是说上周装了八扇窗的窗帘，花了三千二，其中三扇轨道歪了，一拉就卡住，老人家拉着费劲，我特别理解。我说得对吗？", "good", "feeling: a degree word before the agent's own 理解 closing its clause"),
      ("您是说上周装了八扇窗的窗帘，花了三千二，其中两扇轨道歪了，一拉就卡住，老人家拉着费劲，换谁都窝火。我说得对吗？", "partial", "one minor count wrong (两扇 for 三扇), counted with 扇"),
      ("您是说上周装了三扇窗的窗帘，八扇轨道都歪了，您觉得我们收三千二太贵。对吗？", "poor", "counts swapped (八扇 ↔ 三扇), complaint changed")]),
    ("zh-Hans", "我上个月在你们店买了一块四千五的手表，才戴了十天表带就断了。送修说要等三个星期，我每天上班都没表戴，心里特别窝火。",
     [("price", ["四千五", "4500"]), ("days", ["十天", "10天"]), ("wait", ["三个星期", "三周", "3周"]), ("strap", ["表带"])], HANS_FEEL, HANS_CHECK,
     [("您上个月花四千五百块买的表，才戴了十天表带就断了，修一下要等三周，每天上班手上都空着，换谁都窝火。对吗？", "good", "price said as 四千五百块; the customer's 一块 counts the watch"),
      ("您上个月花四千五百块买的表，才戴了十天表带就断了，修一下要等三周，每天上班手上都空着。对吗？", "partial", "no feeling"),
      ("您上个月花一千五买的表，表带断了，修一下要三天，您觉得太久了。对吗？", "poor", "price and wait wrong, days missing")]),
    ("zh-Hant", "我阿爸部輪椅上個禮拜拎去換電池，你哋話三日就搞掂。而家十日喇都未攞返，佢日日要坐喺屋企，出唔到街。",
     [("battery", ["電池"]), ("promise", ["三日", "3日"]), ("waited", ["十日", "10日"]), ("home", ["屋企", "出唔到街"])], YUE_FEEL, YUE_CHECK,
     [("粵:你意思係阿爸部輪椅拎嚟換電池，講好三日交返，點知等咗十日都未攞到，佢要日日喺屋企坐，出唔到街，真係好難受。我咁講啱唔啱?", "good", "粵: 三日 before a verb is a length, not the 3rd"),
      ("粵:你意思係阿爸部輪椅拎嚟換電池，講好三日交返，點知等咗五日都未攞到，佢要日日喺屋企坐，出唔到街，真係好難受。我咁講啱唔啱?", "partial", "粵: the wait wrong (五日 for 十日), the rest right"),
      ("粵:你意思係部輪椅換電池慢咗少少，其實都唔使咁急。係咪咁?", "poor", "粵: most facts missing, the feeling waved away")]),
    ("zh-Hans", "你们搬家师傅上周六把我家的玻璃茶几打碎了，还把冰箱门撞出一个坑。当时说三天内给答复，到现在一个多星期了也没人理我。",
     [("table", ["茶几"]), ("fridge", ["冰箱"]), ("promise", ["三天", "3天"]), ("now", ["一个多星期", "一周多"])], HANS_FEEL, HANS_CHECK,
     [("您是说上周六搬家时师傅把玻璃茶几打碎了，冰箱门也撞了个坑，说好三天内答复，现在一周多了还没人管。听得出您已经忍了很久了。我理解得对吗？", "good", "feeling: perception verb with a potential complement, the customer as what is perceived"),
      ("您是说上周六搬家时师傅把玻璃茶几打碎了，冰箱门也撞了个坑，说好三天内答复，现在一周多了还没人管。看得出来是搬运时磕的。我理解得对吗？", "partial", "no feeling: 看得出 perceives how the damage happened, not the customer"),
      ("您是说上周六您自己搬茶几时碰碎了，冰箱是旧伤，想让我们赔。对吗？", "poor", "account reversed: the customer broke it")]),
    ("zh-Hant", "我爸上週五搭你們的復康巴士，司機沒把輪椅扣好，轉彎時整台滑出去撞到門。他額頭縫了三針，到現在晚上都睡不好。",
     [("when", ["週五", "禮拜五", "星期五"]), ("belt", ["沒扣好", "沒固定"]), ("stitches", ["三針", "3針"]), ("sleep", ["睡不好", "睡不著"])], HANT_FEEL, HANT_CHECK,
     [("台:你是說上週五你爸爸搭復康巴士，司機輪椅沒扣好，轉彎整台滑出去撞到門，額頭縫了三針，現在晚上還是睡不好。你們一定都嚇到了。我這樣理解對嗎?", "good", "台: feeling as a must-be frame with a fear word"),
      ("台:你是說上週五你爸爸搭復康巴士，司機輪椅沒扣好，轉彎整台滑出去撞到門，額頭縫了五針，現在晚上還是睡不好。真的很抱歉。我這樣理解對嗎?", "partial", "台: one minor count wrong (五針 for 三針)"),
      ("台:你是說你爸自己沒坐穩，滑了一下，還好沒什麼事。對嗎?", "poor", "台: account reversed, facts missing")]),
    ("zh-Hans", "我在你们平台买的二手相机，卖家说快门只按过两千次，结果我拿去检测是两万多次。申请退货被拒了三回，说超过七天。",
     [("seller", ["两千次", "2000次"]), ("real", ["两万多", "2万多"]), ("refused", ["三回", "三次", "3次"]), ("rule", ["七天", "7天"])], HANS_FEEL, HANS_CHECK,
     [("您是说买的二手相机，卖家说快门才按了两千次，一测是两万多次，退货被驳回三次，理由是过了七天。看得出来您这几天一直悬着心。我没理解错吧？", "good", "feeling: 看得出来 + you"),
      ("您是说买的二手相机，卖家说快门才按了两千次，一测是两万多次，退货被驳回三次，理由是过了七天，换谁都窝火。", "partial", "no check"),
      ("您是说卖家说快门按过两万多次，您测出来只有两千次，退货被拒了三回。换谁都窝火。对吗？", "poor", "the two counts swapped")]),
    ("zh-Hant", "我喺你哋度訂咗兩打紙杯蛋糕畀個女生日，講明要粉紅色。點知送嚟係藍色，仲遲咗個半鐘。啲細路等到喊晒。",
     [("count", ["兩打", "二十四個", "24個"]), ("colour", ["粉紅"]), ("wrong", ["藍色"]), ("late", ["個半鐘", "一個半鐘"])], YUE_FEEL, YUE_CHECK,
     [("粵:即係你訂咗二十四個紙杯蛋糕畀個女做生日，講好粉紅色，送嚟變咗藍色，仲遲咗九十分鐘，啲細路等到喊。聽得出你真係好冇面。啱唔啱?", "good", "粵: feeling as 聽得出 + you"),
      ("粵:即係你訂咗二十四個紙杯蛋糕畀個女做生日，講好粉紅色，送嚟變咗藍色，仲遲咗半個鐘，啲細路等到喊。真係對唔住。啱唔啱?", "partial", "粵: lateness wrong (半個鐘 for 個半鐘)"),
      ("粵:即係你訂咗藍色蛋糕，我哋送咗粉紅色，啱唔啱?", "poor", "粵: colours swapped, most facts missing")]),
    ("zh-Hans", "我给孩子报了你们的游泳课，一共十二节，交了一千八。结果教练换了四次，孩子现在一下水就哭。",
     [("lessons", ["十二节", "12节"]), ("fee", ["一千八", "1800"]), ("coach", ["换了四次", "四次", "换了4次"]), ("cry", ["哭"])], HANS_FEEL, HANS_CHECK,
     [("您是说给孩子报了十二节游泳课，交了一千八，教练前后换了四次，孩子现在一下水就哭，这种滋味，我特别能理解。我说得对吗？", "good", "feeling: degree word + 能理解 closing its clause"),
      ("您是说给孩子报了十二节游泳课，交了一千八，孩子现在一下水就哭，我特别能理解。我说得对吗？", "partial", "coach changes missing"),
      ("您是说孩子胆子小不敢下水，这个我们也没办法。对吗？", "poor", "facts missing, blame")]),
]

rows = []
n = 0
for lang, customer, facts, feel, check, answers in customers:
    criteria = [{"id": i, "any": a} for i, a in facts] + [{"id": "feeling", "any": feel}, {"id": "check", "any": check}]
    for answer, label, why in answers:
        n += 1
        rows.append({"id": f"pz24-{n:03d}", "lang": lang, "customer": customer, "criteria": criteria, "answer": answer, "label": label, "why": why})

with open("paraphrases.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
