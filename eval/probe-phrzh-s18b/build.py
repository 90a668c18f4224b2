# Session 18's held-out Chinese phrase probe (issue 11): written after the session's first changes and
# committed before they were run on it. Domains (not in used-domains.md): hospital escort service (陪诊),
# home organiser (收纳整理), phone trade-in (手机回收), ceramics repair (陶瓷修复), franchise consulting
# (加盟咨询), festive lighting hire (灯饰租赁), cocktail classes (调酒课), home accessibility works (适老化改造),
# kids' football academy (少儿足球), garden pond cleaning (鱼池清洁).
import json

HANS = [
    ("跟您讲一下，您约的周四陪诊师傅临时请假了。", True, "dead-end", "陪诊: announced, the customer's escort gone, nothing after."),
    ("周四的陪诊师傅临时请假了，我给您换了王师傅，时间不变。", False, "clean-refusal-alt", "陪诊: bad news with a replacement."),
    ("挂号我们只能帮您挂普通号，专家号不挂。", True, "refusal-no-alternative", "陪诊: only-X, the rest refused."),
    ("整理完才一个星期就乱了？那八成是您家里人没按标签放。", True, "blame", "收纳: guess that the customer's family did it."),
    ("衣柜的隔板我们明天下午带过去，顺便帮您装好。", False, "clean-offer", "收纳: the agent brings it."),
    ("旧手机估价出来就是这个数，高了我们不收。", True, "policy-shield", "手机回收: take it or leave it on price."),
    ("屏幕有划痕？我们质检拍的照片里没有，您再看看是不是回收后自己划的。", True, "doubting-customer", "手机回收: own photos against the customer."),
    ("质检照片我已经发到您微信了，您对照看一下，有出入的话我们重新估价。", False, "clean-offer", "手机回收: evidence shared with a way forward."),
    ("修复好的碗裂了？我们用的胶水从来没出过问题。", True, "precedent", "陶瓷修复: never had a problem, the customer doubted."),
    ("碗又裂了真的很抱歉，您寄回来，我们免费重修，运费我们出。", False, "clean-apology-action", "陶瓷修复: apology with action."),
    ("加盟费交了就不退，这个签合同时都讲清楚了。", True, "policy-shield", "加盟: contract as shield."),
    ("选址不好那是您自己定的，总部只是给建议。", True, "blame", "加盟: the customer's own choice blamed."),
    ("选址的评估报告下周一前发给您，有疑问我们约个时间当面聊。", False, "clean-ordinary", "加盟: a plan with a date."),
    ("灯串亮了一半？您装的时候是不是把插头接反了吧。", True, "blame", "灯饰: the customer's fitting blamed as a guess."),
    ("灯串明天一早送到，装不好的话师傅上门帮您调。", False, "clean-offer", "灯饰: delivery and help."),
    ("调酒课满十六岁的学员才能报名，这是场地的规定，您可以给孩子报我们的无酒精饮品课。", False, "clean-requirement-info", "调酒: rule for all with an alternative."),
    ("您就别问了，配方是不外传的。", True, "brush-off", "调酒: the customer told to stop asking."),
    ("扶手装歪了？我们师傅装了十几年了，不可能装歪。", True, "doubting-customer", "适老化: staff's years against the customer's account."),
    ("卫生间的扶手下周三装，装之前师傅会先打电话跟您确认位置。", False, "clean-ordinary", "适老化: plan with a call first."),
    ("下周训练服自己带过来，别又忘了。", True, "order", "足球: bare order with a jab."),
    ("训练服下周训练时发，不用自己准备。", False, "clean-ordinary", "足球: plain information."),
    ("鱼池清洗完水又绿了很正常，过几天就好了，您别管它。", True, "brush-off", "鱼池: waved away."),
]

HANT = [
    ("話你知，你約咗聽日嗰位陪診姑娘臨時請假。", True, "dead-end", "粵: 陪診 — announced, the escort gone, nothing after."),
    ("聽日嗰位陪診姑娘臨時請假，我幫你換咗陳姑娘，時間照舊。", False, "clean-refusal-alt", "粵: 陪診 — replacement given."),
    ("掛號我們只能幫你掛一般門診，特約門診不掛喔。", True, "refusal-no-alternative", "台: 陪診 — only-X, the rest refused."),
    ("執完一個禮拜又亂？多數係你屋企人冇跟標籤擺啫。", True, "blame", "粵: 收納 — guess that the family did it."),
    ("層板聽日下晝我哋帶過嚟，順手幫你裝埋。", False, "clean-offer", "粵: 收納 — the agent brings it."),
    ("舊手機估出來就是這個價，高了我們不收。", True, "policy-shield", "台: 手機回收 — take it or leave it."),
    ("螢幕有刮痕？我們驗機拍的照片沒有，你要不要想想是不是寄出後自己刮到的。", True, "doubting-customer", "台: 手機回收 — own photos against the customer."),
    ("驗機相我已經send咗俾你，你對下，有出入我哋重新估價。", False, "clean-offer", "粵: 手機回收 — evidence with a way forward."),
    ("補好嘅碗又裂？我哋用嘅膠從來冇出過事。", True, "precedent", "粵: 陶瓷修復 — never had a problem."),
    ("碗又裂真係唔好意思，你寄返嚟，我哋免費再補，運費我哋出。", False, "clean-apology-action", "粵: 陶瓷修復 — apology with action."),
    ("加盟金繳了就是繳了，合約都寫得很清楚。", True, "policy-shield", "台: 加盟 — A就是A plus contract."),
    ("選址唔好係你自己揀嘅，總部只係俾意見。", True, "blame", "粵: 加盟 — the customer's own choice blamed."),
    ("燈串只亮一半？應該是你接線的方式不對啦。", True, "blame", "台: 燈飾 — a guess the customer did it wrong."),
    ("燈串聽朝一早送到，裝唔好嘅話師傅上嚟幫你調。", False, "clean-offer", "粵: 燈飾 — delivery and help."),
    ("調酒課要滿十八歲的學員才能報名，這是法規，你可以先報我們的無酒精飲品課。", False, "clean-requirement-info", "台: 調酒 — rule for all with an alternative."),
    ("你唔好再問喇，配方唔外傳㗎。", True, "brush-off", "粵: 調酒 — told to stop asking."),
    ("扶手裝歪？我們師傅做了十幾年，怎麼可能裝歪。", True, "doubting-customer", "台: 適老化 — staff's years against the customer."),
    ("浴室扶手下禮拜三裝，裝之前師傅會先打電話同你確認位置。", False, "clean-ordinary", "粵: 適老化 — plan with a call first."),
    ("下禮拜練習將球衣帶過嚟，唔好又唔記得。", True, "order", "粵: 足球 — bare 將 order with a jab."),
    ("你講得啱，啲小朋友喺大太陽底下等咗半粒鐘真係好辛苦。下次我哋會安排喺有蓋嘅地方集合。", False, "clean-acknowledge", "粵: 足球 — agreement with the hardship, then a change."),
    ("魚池清完水又綠很正常啦，過幾天就好了，不用管它。", True, "brush-off", "台: 魚池 — waved away."),
    ("我們絕對不會把你家的門鎖密碼給其他廠商。", False, "clean-never", "台: 適老化 — a protection."),
]

with open("replies.jsonl", "w", encoding="utf-8") as out:
    for lang, rows, tag in (("zh-Hans", HANS, "hans"), ("zh-Hant", HANT, "hant")):
        for i, (text, flag, category, why) in enumerate(rows, 1):
            row = {"id": f"phrzh18b-{tag}-{i:03d}", "lang": lang, "text": text, "flag": flag, "category": category, "why": why}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
