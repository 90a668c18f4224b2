# Session 20 Chinese phrase probe (zh-Hans Mandarin; zh-Hant Cantonese 粵 and Taiwan Mandarin 台):
# written and committed before its first run. Domains (not in used-domains.md nor earlier probes):
# tie-dye / indigo workshop (扎染 / 藍染), custom music boxes (八音盒), festival lanterns (花灯), rooftop
# garden design (屋顶花园 / 天台), paper-cutting classes (剪纸), snow clearing (铲雪), moss terrarium
# workshop (苔藓微景观), Pilates studio (普拉提), children's sand-painting classes (沙画), custom kites (风筝).
import json

HANS = [
    ("您放在我们这儿养护的那瓶苔藓微景观，上周全发霉了。", True, "dead-end", "苔藓: the customer's own thing lost, no next step."),
    ("瓶子天天放在太阳底下晒，您还指望苔藓活？", True, "hostile-question", "苔藓: rhetorical question at the customer."),
    ("颜色洗掉是因为您第一次就用热水洗，跟我们的染料没关系。", True, "blame", "扎染: the customer as the cause."),
    ("褪一点色很正常，穿穿就习惯了。", True, "brush-off", "扎染: complaint waved away."),
    ("放心，跟着我练一个月，腰疼保证全好。", True, "false-reassurance", "普拉提: a promise nobody can keep."),
    ("私教课过期不退不延，这是公司规定，我也没办法。", True, "policy-shield", "普拉提: policy as a shield."),
    ("今天全城都在叫铲雪，您家门口那点雪先自己铲铲吧，我们忙不过来。", True, "busy", "铲雪: too busy, the customer left to it."),
    ("小区里面的路我们不负责铲。", True, "refusal-no-alternative", "铲雪: refusal, nothing offered."),
    ("孩子说老师凶他？小孩子的话您也全信啊？", True, "doubting-customer", "沙画: the customer's account doubted."),
    ("报哪个班您自己定吧，反正我都介绍过了。", True, "your-call", "沙画: decision pushed back on the customer."),
    ("您定做的那只龙头蜈蚣风筝，试飞的时候骨架断了，做不成了。", True, "dead-end", "风筝: the customer's order failed, no next step."),
    ("这个我都给您说三遍了，风小就是飞不起来！", True, "impatience", "风筝: impatience."),
    ("把手机收起来，课上不许拍。", True, "order", "剪纸: bare command."),
    ("材料费一直都是另收的，以前的学员也没谁说过什么。", True, "precedent", "剪纸: precedent."),
    ("机芯为什么卡我也不知道，反正不是我装的。", True, "nine-forbidden", "八音盒: 我不知道 + 不是我的错."),
    ("想换曲子您找我们老板去，他电话在官网上。", True, "send-to-manager", "八音盒: sent to the boss alone."),
    ("可不是嘛，我们这批花灯做得是真够糙的，我都看不下去。", True, "false-reaction", "花灯: running down the company."),
    ("灯不亮那是电池厂家的事，您找他们去。", True, "passing-buck", "花灯: sent to a third party."),
    ("防水都没做就想在楼顶种菜，这不是自找麻烦吗？", True, "hostile-question", "屋顶花园: rhetorical question."),
    ("您好像没理解我的意思，设计费跟施工费是两回事。", True, "taboo", "屋顶花园: 你好像不明白."),
    ("苔藓瓶不能寄快递，路上容易碎，不过您可以周六来店里自取，我给您留着。", False, "clean-refusal-alt", "苔藓: refusal with an alternative."),
    ("您挑的那个圆肚玻璃瓶我已经帮您配好石头了，明天就能来拿。", False, "clean-ordinary", "苔藓: 您 in a modifier."),
    ("您应该先用冷水单独泡一遍，这样颜色固得住。", False, "clean-recommendation", "扎染: advice with its reason."),
    ("周六下午的扎染课还剩三个位置，要给您和朋友留两个吗？", False, "clean-ordinary", "扎染: offer."),
    ("上器械课需要穿防滑袜，前台有卖，十五块一双。", False, "clean-requirement-info", "普拉提: requirement as information."),
    ("您腰椎的情况适不适合上团课我现在说不准，周三康复老师在，我帮您约她给您评估一下。", False, "clean-not-sure", "普拉提: not sure, with a contact."),
    ("我们不会让您等到中午，铲雪车八点前一定到您楼下。", False, "clean-wont", "铲雪: won't keep you waiting."),
    ("您家车道上的雪已经清完了，门口台阶也撒了防滑盐。", False, "clean-ordinary", "铲雪: done."),
    ("您说孩子回家讲“老师不让我用蓝色”，我问过老师了，是那天蓝沙用完了，下节课我们多备两盒。", False, "clean-quote", "沙画: quoted, then action."),
    ("寒假班只能排上午了，要是上午不方便，周末下午还有一个小班，我先帮您占个位？", False, "clean-only-alt", "沙画: 只能 then another way."),
    ("实在抱歉风筝晚到了，这次的运费我们已经退回您的账户。", False, "clean-apology-action", "风筝: apology with action."),
    ("不是的，风筝线是配好的，不用另外买。", False, "clean-factual-no", "风筝: 不是 answering with the fact."),
    ("您孩子的作品照片我们从来不会拿去做广告。", False, "clean-never", "剪纸: protection promise."),
    ("您报的那个亲子班下周二开课，红纸和剪刀我们都准备好了。", False, "clean-ordinary", "剪纸: 您 in a modifier."),
    ("我去库房看一下还有没有胡桃木的盒子，您稍等两分钟，我马上回来告诉您。", False, "clean-hold", "八音盒: proper hold."),
    ("改编曲子要调音师傅来做，我现在把您转给王师傅，您的订单号我已经告诉他了。", False, "clean-transfer", "八音盒: proper transfer."),
    ("您需要我们先帮您把电池装好吗？", False, "clean-need-question", "花灯: need in a question."),
    ("您要的兔子灯做好了，比样品大一圈，晚上挂起来特别亮。", False, "clean-ordinary", "花灯: done."),
    ("没有，防水不在这次报价里；您要是需要，我明天另外给您出一份。", False, "clean-no-answer", "屋顶花园: no as answer, then offer."),
    ("没关系，设计稿您慢慢看，下周再定也来得及。", False, "clean-fine", "屋顶花园: that's fine."),
]

HANT = [
    ("你訂嗰隻鷹仔風箏喺運輸途中斷咗骨，用唔到喇。", True, "dead-end", "粵: 風箏: the customer's order lost, no next step."),
    ("個細路成堂課都喺度玩沙，你仲想佢畫到幾靚？", True, "hostile-question", "粵: 沙畫: rhetorical question."),
    ("苔蘚黃晒係你自己淋水太多，唔關我哋事。", True, "blame", "粵: 苔蘚: the customer as the cause."),
    ("天台漏水我哋唔負責，你自己搵人睇。", True, "taboo", "粵: 天台花園: 我们可不负责."),
    ("我而家好忙，今日冇時間幫你查單。", True, "busy", "粵: 八音盒: busy."),
    ("你真係用凍水洗咩？我睇唔似喎。", True, "doubting-customer", "粵: 扎染: doubting the customer."),
    ("剪刀放低，等老師講完先好郁手。", True, "order", "粵: 剪紙: bare command."),
    ("甩少少色啫，掛起嚟冇人會留意。", True, "brush-off", "粵: 花燈: complaint waved away."),
    ("放心啦，上完十堂你的骨盆一定會正回來，我保證。", True, "false-reassurance", "台: 普拉提: a promise nobody can keep."),
    ("要不要換老師你自己決定，我不管喔。", True, "your-call", "台: 沙畫: decision pushed back."),
    ("我們教室一直都是這樣收材料費的，從來沒人有意見。", True, "precedent", "台: 剪紙: precedent."),
    ("我剛剛不是講過了嗎？藍染本來就會褪色啦。", True, "impatience", "台: 藍染: impatience."),
    ("您寄放的那缸苔蘚，根都爛掉了，救不回來。", True, "dead-end", "台: 苔蘚: the customer's thing dead, no next step."),
    ("要退錢的話你要自己去跟我們店長講。", True, "send-to-manager", "台: 八音盒: sent to the manager alone."),
    ("風箏已經開始糊紙了，尺寸不能改。", True, "refusal-no-alternative", "台: 風箏: refusal, nothing offered."),
    ("你揀嗰個玻璃樽已經鋪好苔蘚，聽日可以嚟攞。", False, "clean-ordinary", "粵: 苔蘚: 你 in a modifier."),
    ("呢隻風箏今日整唔切，不過聽朝十點前可以送到，我幫你改時間好唔好？", False, "clean-refusal-alt", "粵: 風箏: refusal with an alternative."),
    ("我哋唔會畀你等超過十分鐘，師傅已經喺樓下。", False, "clean-wont", "粵: 鏟雪-like call-out: won't keep you waiting."),
    ("你話上次啲燈一開就閃，我已經幫你換咗新燈帶，今晚再試吓。", False, "clean-quote", "粵: 花燈: the customer's account, then action."),
    ("我入倉睇吓仲有冇藍色布，你等我兩分鐘。", False, "clean-hold", "粵: 扎染: proper hold."),
    ("唔係，普拉提器械課嘅襪係另外買，堂費唔包。", False, "clean-factual-no", "粵: 普拉提: 唔係 answering with the fact."),
    ("你應該揀朝早嗰班，人少啲，老師可以教得仔細啲。", False, "clean-recommendation", "粵: 沙畫: advice with its reason."),
    ("你量的那面牆貼三幅剪紙剛好，框我已經幫你配好了。", False, "clean-ordinary", "台: 剪紙: 你 in a modifier."),
    ("上器械課要穿止滑襪，這是為了安全，櫃台有賣。", False, "clean-requirement-info", "台: 普拉提: requirement as information."),
    ("這個我不太確定，我問一下師傅，下午三點前回電話給您。", False, "clean-not-sure", "台: 八音盒: not sure, call-back."),
    ("您小孩的作品照片我們絕對不會拿去做宣傳。", False, "clean-never", "台: 剪紙: protection promise."),
    ("這要請店長處理，我現在幫您轉過去，訂單號碼我已經跟他說了。", False, "clean-transfer", "台: 八音盒: proper transfer."),
    ("週六只能排晚上那場，如果您想白天來，週日上午還有位子。", False, "clean-only-alt", "台: 花燈 workshop: 只能 then another way."),
    ("您訂的兔子燈已經寄出了，明天下午會到。", False, "clean-ordinary", "台: 花燈: 您 in a modifier."),
    ("不好意思讓您久等，苔蘚瓶已經重新包好寄出，運費我們出。", False, "clean-apology-action", "台: 苔蘚: apology with action."),
]

with open("replies.jsonl", "w", encoding="utf-8") as out:
    for lang, rows, tag in (("zh-Hans", HANS, "hans"), ("zh-Hant", HANT, "hant")):
        for i, (text, flag, category, why) in enumerate(rows, 1):
            row = {"id": f"phrzh20-{tag}-{i:03d}", "lang": lang, "text": text, "flag": flag, "category": category, "why": why}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
