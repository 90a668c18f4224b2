"""Session 30's Chinese turn-after-acknowledgement probe (paraturn30): restatements with every fact, the
feeling acknowledged and a check, where the acknowledgement is followed by a turn (不过, 但是, 可是, 只是)
into the agent's own word against the customer — what they should have done (你应该先问清楚, 你哋應該自己
帶), the business's excuse (我哋都係等供應商, 這是規定) — partial; and good ones whose turn after the
acknowledgement only goes on with the customer's own story (可是师傅只调了中间一段). zh-Hans, 粵 and 台,
in domains of my own; written from the digest's rules and my own sense of agent language, not from any
round's rows."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from probe_rows_s29 import CHECK_S, CHECK_T, Probe  # noqa: E402

FEEL_S = ["理解", "难怪", "换谁都", "生气", "着急", "抱歉", "对不起", "失望", "担心", "烦", "心疼"]
FEEL_T = ["理解", "明白", "了解", "難怪", "換邊個都", "換作是我", "嬲", "生氣", "抱歉", "對不起", "擔心", "失望", "心痛", "煩"]

P = Probe()
cust, ans = P.cust, P.ans

cust("zh-Hans", "我在你们这儿报了十次的游泳私教课，两千块。上了三次教练就说要调去别的店，剩下七次让我自己约别人，可别的教练都排满了。我儿子暑假就这么耽误了。",
     [("paid", ["两千", "2000"]), ("three", ["上了三次", "三次"]), ("moved", ["调去别的店", "调走"]), ("full", ["排满", "约不上"])],
     FEEL_S, CHECK_S)
ans("partial", "您两千块报了十次私教，上了三次教练就调去别的店，剩下的课约不上别的教练，孩子暑假耽误了，我理解您着急。不过您当初应该选固定教练的套餐。对吗？", "every fact, feeling, check; then what the customer should have done")
ans("good", "您两千块报了十次私教，上了三次教练就调去别的店，我理解您着急，可是剩下七次想约别的教练又都排满了，孩子暑假就这么耽误了。对吗？", "the turn goes on with the customer's story")

cust("zh-Hans", "我在你们网店买的婴儿推车，一千三，用了两周左边轮子就掉了。我在小区里推着孩子，差点摔倒，吓死我了。",
     [("price", ["一千三", "1300"]), ("two-weeks", ["两周", "两个星期"]), ("wheel", ["轮子就掉了", "轮子掉了", "掉了"]), ("nearly", ["差点摔倒", "差点"])],
     FEEL_S, CHECK_S)
ans("partial", "您一千三买的推车，用了两周左边轮子就掉了，推着孩子差点摔倒，我理解您有多害怕，但是轮子一般都是装的时候没卡紧才会掉。我说得对吗？", "the business's excuse after the feeling")
ans("good", "您一千三买的推车，才用了两周左边轮子就掉了，推着孩子差点摔倒，我理解您一定吓坏了。我说得对吗？", "no turn")

cust("zh-Hant", "我喺你哋度訂咗張梳化，八千蚊，講明三個禮拜送到。而家六個禮拜都未到，我屋企得返兩張膠櫈，親戚下個禮拜嚟食飯。",
     [("price", ["八千", "8000"]), ("promised", ["三個禮拜"]), ("now", ["六個禮拜"]), ("guests", ["親戚", "下個禮拜"])],
     FEEL_T, CHECK_T)
ans("partial", "你八千蚊訂咗張梳化，講明三個禮拜，而家六個禮拜都未到，下個禮拜親戚嚟食飯，我明白你好心急，不過我哋都係等緊廠方出貨。係咪咁？", "粵: the business's excuse after the feeling")
ans("good", "你八千蚊訂梳化，講明三個禮拜送，我明白你好心急，但係而家六個禮拜都未到，屋企得返兩張膠櫈，下個禮拜親戚仲要嚟食飯。係咪咁？", "粵: the turn goes on with the customer's story")

cust("zh-Hant", "我哋一家四口去你哋度行山導賞，每人三百。導賞員行到一半話落雨要返轉頭，但係其實得幾滴雨，仲冇退錢。",
     [("four", ["四口", "四個人", "四位"]), ("each", ["三百", "300"]), ("turned", ["返轉頭", "行到一半"]), ("no-refund", ["冇退錢", "唔退錢"])],
     FEEL_T, CHECK_T)
ans("partial", "你哋一家四口，每人三百，行到一半導賞員話落雨要返轉頭，又冇退錢。我明白你哋好失望，不過你哋報名前應該睇定天氣預報。係咪咁？", "粵: what the customer should have done, after the feeling")
ans("good", "你哋一家四口每人三百去行山，行到一半導賞員話落雨就返轉頭，又冇退錢，其實得幾滴雨，換邊個都會嬲。係咪咁？", "粵: no turn")

cust("zh-Hant", "我在你們的課程平台買了一年的日文課，四千八。上個月開始影片一直卡，客服回信要我換瀏覽器，換了還是一樣。我下個月要考N3。",
     [("price", ["四千八", "4800"]), ("lag", ["卡", "播不順"]), ("browser", ["換瀏覽器"]), ("exam", ["N3", "考試"])],
     FEEL_T, CHECK_T)
ans("partial", "您花四千八買一年日文課，上個月起影片一直卡，客服叫您換瀏覽器也沒用，下個月就要考N3，我了解您很著急，可是您家裡的網路可能本來就比較慢。對嗎？", "台: the business's excuse after the feeling")
ans("good", "您花四千八買了一年的日文課，上個月起影片一直卡，我了解您很著急，可是客服只叫您換瀏覽器，換了還是一樣，下個月就要考N3了。對嗎？", "台: the turn goes on with the customer's story")

cust("zh-Hans", "我在你们店里做的美甲，三百八，第二天就掉了两片。回去找你们，店员说要再收一百才补。我明天还要当伴娘。",
     [("price", ["三百八", "380"]), ("fell", ["掉了两片", "两片"]), ("charge", ["再收一百", "一百"]), ("bridesmaid", ["伴娘", "明天"])],
     FEEL_S, CHECK_S)
ans("partial", "您三百八做的美甲，第二天就掉了两片，回来补还要再收一百，明天还要当伴娘，我理解您很着急。只是补甲收费是我们店的规定。对吗？", "a rule after the feeling")
ans("good", "您三百八做的美甲，第二天就掉了两片，回来找我们补还要您再付一百，明天您还要当伴娘，难怪您这么着急。对吗？", "no turn")

P.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "paraphrases.jsonl"), "pt30")
