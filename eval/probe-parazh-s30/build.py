"""Session 30's Chinese restatement probe (parazh30): a fact the customer told as something NOT done
(没通知我, 不肯给我看, 冇同我講, 沒有先報價) retold with another verb of the same polarity, the same
actor and the same thing (没跟您说一声, 就是不让您看, 冇問過你, 沒先講價錢); the feeling in the
trainee's own words and the check in a less common form (係咪咁樣, 沒錯吧). Partials: every fact but no
feeling or no check, or the denied fact left out; poors: the denial turned round (说过了 for 没说) or
put on the customer, with facts missing. zh-Hans, 粵 and 台, in domains of my own; written from the
digest's rules and my own sense of agent language, not from any round's rows."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from probe_rows_s29 import CHECK_S, CHECK_T, Probe  # noqa: E402

FEEL_S = ["理解", "难怪", "换谁都", "生气", "着急", "抱歉", "对不起", "失望", "担心", "烦", "心疼"]
FEEL_T = ["理解", "明白", "了解", "難怪", "換邊個都", "換作是我", "嬲", "生氣", "抱歉", "對不起", "擔心", "失望", "心痛", "煩"]

P = Probe()
cust, ans = P.cust, P.ans

cust("zh-Hans", "我在你们店配的助听器，三千八。调试完第二天右耳那只就开始啸叫，你们换了个零件，也没告诉我要另收两百。我爸戴着总响，根本没法用，我很生气。",
     [("price", ["三千八", "3800"]), ("squeal", ["啸叫", "总响"]), ("no-notice", ["没告诉我", "没通知", "没说要收费"]), ("fee", ["两百", "200"])],
     FEEL_S, CHECK_S)
ans("good", "您花三千八配的助听器，调完第二天右耳就开始啸叫，我们换零件时没跟您说一声就多收了两百，老人家戴着一直响没法用，换了谁都会火大。我理解得对吗？", "没跟您说一声 for 没告诉我, same actor")
ans("partial", "您花三千八配的助听器，右耳第二天就啸叫，换零件又多收了两百，您父亲没法用。我理解得对吗？", "the no-notice fact left out, no feeling")
ans("poor", "助听器是您自己调的，换零件前我们也跟您说了要收两百，对吗？", "no-notice turned round, blame on the customer, no feeling")

cust("zh-Hans", "我的盆景放你们那儿寄养了一个月，交了六百。取回来叶子全黄了，掉了一大半。我想看看你们这一个月浇水的记录，店员不肯给我看。",
     [("month", ["一个月"]), ("paid", ["六百", "600"]), ("yellow", ["叶子全黄", "黄了", "掉了一大半"]), ("refused", ["不肯给我看", "不给看", "不让看"])],
     FEEL_S, CHECK_S)
ans("good", "您的盆景在我们这儿寄养了一个月，付了六百，拿回去叶子都黄了，掉了大半；您想查这个月的浇水记录，店员却死活不拿出来。这么用心养的树，您一定很心疼。是这样吗？", "死活不拿出来 for 不肯给我看")
ans("partial", "您的盆景寄养一个月，付了六百，取回来叶子黄了一大半，店员也不拿记录给您看。是这样吗？", "every fact, no feeling")
ans("poor", "您的盆景寄养了一个月，店员已经把浇水记录给您看过了，叶子黄是季节原因，对吗？", "refused turned round, excuse, facts missing")

cust("zh-Hans", "我报了你们的风筝冲浪体验课，周六上午十点，八百块。我在海边等到十一点，教练一直没来，打他电话也关机。我请了一天假专门来的，太失望了。",
     [("when", ["周六", "十点"]), ("paid", ["八百", "800"]), ("noshow", ["教练没来", "没来", "没出现"]), ("phone", ["关机", "打不通"])],
     FEEL_S, CHECK_S)
ans("good", "您周六上午十点的风筝冲浪课，交了八百，在海边一直等到十一点教练都没现身，电话也是关机，您还专门请了一天假，白跑一趟真的太让人泄气了。我没理解错吧？", "没现身 for 没来; feeling in own words")
ans("partial", "您周六十点的冲浪课，交了八百，等到十一点教练没现身，电话关机，您还请了假。真是抱歉。", "every fact and feeling, no check")
ans("poor", "您周六的课，教练准时到了，是您迟到了一个小时，对吗？", "noshow turned round and put on the customer, facts missing")

cust("zh-Hans", "我请你们的师傅来给钢琴调音，收了四百五。他只调了中间一段，高音那几个键根本没调，半个小时就走了。下周孩子就要考级，我急死了。",
     [("paid", ["四百五", "450"]), ("middle", ["只调了中间", "中间一段"]), ("high", ["高音没调", "高音", "没调"]), ("exam", ["考级", "下周"])],
     FEEL_S, CHECK_S)
ans("good", "师傅收了四百五，只把中间那段调了，高音那几个键碰都没碰，半小时就走了，孩子下周就考级，难怪您急得不行。我说得对吗？", "碰都没碰 for 没调")
ans("partial", "师傅收了四百五，只调了中间一段就走了，孩子下周考级，您很着急。我说得对吗？", "the high keys left out")
ans("poor", "师傅把整台琴都调好了，高音也调了，孩子考级没问题，对吗？", "high keys turned round, no feeling, facts missing")

cust("zh-Hans", "我拿去你们那儿装裱的一幅字，是我外公写的。取回来一看，左下角的印章被裁掉了一半，装之前也没人跟我确认尺寸。这是他留下的唯一一幅字。",
     [("grandpa", ["外公"]), ("seal", ["印章", "章"]), ("cut", ["裁掉", "裁了", "剪掉"]), ("not-asked", ["没人跟我确认", "没确认尺寸", "没问过"])],
     FEEL_S, CHECK_S)
ans("good", "您外公的那幅字在我们这儿装裱，左下角的印章被裁掉了一半，动手前也没人找您核对尺寸，这是他唯一留下的字，您一定很难过。我理解得对吗？", "没人找您核对 for 没人跟我确认")
ans("partial", "您外公那幅字装裱后，左下角印章被裁掉一半，装之前也没人跟您核对尺寸。我理解得对吗？", "every fact, no feeling")
ans("poor", "您外公那幅字装裱得很好，印章是完整的，尺寸也是您自己定的，对吗？", "cut and not-asked turned round, no feeling")

cust("zh-Hans", "我在你们驾校约了周三下午的练车，提前二十分钟就到了。结果教练说我的预约没登记上，让我改天再来，也不给我安排别的车。这是我这个月第二次白跑了。",
     [("wed", ["周三", "星期三"]), ("early", ["提前二十分钟", "二十分钟"]), ("not-booked", ["没登记", "预约没登记上", "没记上"]), ("no-car", ["不给我安排", "没安排别的车", "不安排"])],
     FEEL_S, CHECK_S)
ans("good", "您周三下午约了练车，提早二十分钟到了，教练却说您的预约没录进去，让您改天再来，也没给您另外派车，这个月已经是第二次白跑了，换谁都会恼火。是这样吗？", "没录进去 for 没登记, 没给您另外派车 for 不给我安排")
ans("partial", "您周三约的练车，提前二十分钟到，教练说预约没登记上，叫您改天来，这月第二次白跑了，我理解您很烦。", "no check")
ans("poor", "您周三约的练车，是您自己没预约上，教练也给您安排了别的车，对吗？", "who acts swapped, no-car turned round, no feeling")

cust("zh-Hant", "我拎條西褲去你哋度改褲腳，講明改短一吋。攞返嚟短咗成三吋，著落去見到腳眼。你哋又冇問過我就剪咗佢，而家冇得改返。下個禮拜我要飲宴著㗎，好嬲。",
     [("asked", ["改短一吋", "一吋"]), ("got", ["短咗三吋", "三吋"]), ("not-asked", ["冇問過我", "冇同我講", "冇問我"]), ("dinner", ["飲宴", "下個禮拜"])],
     FEEL_T, CHECK_T)
ans("good", "你講明改短一吋，結果短咗三吋，我哋又冇同你確認就剪咗，而家改唔返，下個禮拜仲要著去飲，換邊個都會嬲。係咪咁樣？", "粵: 冇同你確認 for 冇問過我")
ans("partial", "你要改短一吋，結果短咗三吋，改唔返，下個禮拜要飲宴，真係對唔住。", "粵: the not-asked fact left out, no check")
ans("poor", "你自己叫我哋剪短三吋，我哋照做咋，係咪？", "粵: asked turned round, blame, no feeling")

cust("zh-Hant", "我隻狗喺你哋度剪毛，剪完之後肚皮損咗一大塊，流晒血。我問點解，你哋職員話唔關佢哋事，話係隻狗郁嚟郁去。我帶佢睇獸醫使咗八百蚊。",
     [("cut", ["肚皮損咗", "損咗", "流血"]), ("denied", ["唔關佢哋事", "唔關事", "唔認"]), ("vet", ["睇獸醫", "獸醫"]), ("cost", ["八百", "800"])],
     FEEL_T, CHECK_T)
ans("good", "你隻狗喺我哋度剪完毛，肚皮損咗一大塊仲流血，職員仲話唔係佢哋責任、怪隻狗郁，你帶佢睇獸醫使咗八百蚊。睇住隻狗受傷，我明白你有幾心痛。我理解得啱唔啱？", "粵: 話唔係佢哋責任 for 話唔關佢哋事")
ans("partial", "你隻狗剪完毛肚皮損咗，職員話唔關佢哋事，你睇獸醫使咗八百蚊。係咪咁？", "粵: every fact, no feeling")
ans("poor", "你隻狗剪毛時郁嚟郁去先會損，我哋職員已經即刻認咗，係咪咁？", "粵: denied turned round, blame on the dog, facts missing")

cust("zh-Hant", "我架單車喺你哋度換咗剎車皮，收咗三百五。踩返屋企落斜嗰陣完全剎唔住，差啲撞車。打返嚟問，你哋話一定係我自己整鬆咗，唔肯幫我睇。",
     [("paid", ["三百五", "350"]), ("brakes", ["剎唔住", "剎車唔得"]), ("blamed", ["話係我自己整鬆", "怪我"]), ("refused", ["唔肯幫我睇", "唔肯睇", "唔幫我睇"])],
     FEEL_T, CHECK_T)
ans("good", "你喺我哋度換剎車皮畀咗三百五，落斜嗰陣完全剎唔住，差啲撞車；打嚟問，我哋又話係你自己整鬆咗，仲唔願意幫你檢查。咁樣真係好危險，難怪你咁嬲。係咪咁樣？", "粵: 唔願意幫你檢查 for 唔肯幫我睇")
ans("partial", "你換剎車皮畀咗三百五，落斜剎唔住差啲撞車，我哋話係你整鬆咗，唔肯幫你睇。我明白你好嬲。", "粵: every fact and feeling, no check")
ans("poor", "你換完剎車之後我哋已經幫你睇過，一切正常，係咪？", "粵: refused turned round, brakes denied, no feeling")

cust("zh-Hant", "我把婚紗送來你們這裡乾洗，付了兩千二。拿回來裙襬有一大塊黃漬，比送洗前還明顯。店員說那是本來就有的，也不願意退錢。下個月我妹妹要穿，我真的很傻眼。",
     [("paid", ["兩千二", "2200"]), ("stain", ["黃漬", "一大塊黃"]), ("blamed", ["本來就有", "原本就有"]), ("refund", ["不願意退錢", "不退錢", "不退費"])],
     FEEL_T, CHECK_T)
ans("good", "您付了兩千二乾洗婚紗，拿回來裙襬多了一大塊黃漬，比送洗前還明顯，店員卻說是本來就有的，錢也不肯還您，下個月妹妹還要穿，真的很讓人傻眼，我了解。我這樣說沒錯吧？", "台: 錢也不肯還您 for 不願意退錢")
ans("partial", "您付了兩千二乾洗婚紗，裙襬多了黃漬，店員說本來就有，也不退錢。我這樣說沒錯吧？", "台: every fact, no feeling")
ans("poor", "婚紗的黃漬本來就有，店員也已經退錢給您了，對嗎？", "台: refund turned round, stain put on the customer, no feeling")

cust("zh-Hant", "我昨晚被鎖在門外，叫你們的鎖匠來開門。師傅沒有先報價就動手，開完說要三千，門框還被撬壞了一塊。那時候已經半夜一點，我只好先付錢。",
     [("no-quote", ["沒有先報價", "沒報價", "沒先說價錢"]), ("fee", ["三千", "3000"]), ("frame", ["門框", "撬壞"]), ("night", ["半夜", "一點"])],
     FEEL_T, CHECK_T)
ans("good", "您昨晚被鎖在門外找我們的鎖匠，師傅沒先講價錢就開，開完要三千，門框還被撬壞一塊，半夜一點您也只能先付。遇到這種事真的很無奈，我明白。我這樣理解對嗎？", "台: 沒先講價錢 for 沒有先報價")
ans("partial", "您昨晚叫鎖匠開門，開完收三千，門框被撬壞了，那時是半夜一點。我明白您很生氣。對嗎？", "台: the no-quote fact left out")
ans("poor", "師傅開門前已經跟您講好三千了，門框本來就有舊傷，對嗎？", "台: no-quote turned round, frame blamed away, no feeling")

cust("zh-Hant", "我每個月付你們一千五做魚缸保養。上週技師換完水，隔天死了三條七彩神仙。我後來問他，他說換水前根本沒有測水質。那幾條魚我養了四年。",
     [("monthly", ["一千五", "1500"]), ("dead", ["死了三條", "三條"]), ("no-test", ["沒有測水質", "沒測水質", "沒驗水"]), ("years", ["四年"])],
     FEEL_T, CHECK_T)
ans("good", "您每月付一千五做魚缸保養，上週技師換完水，隔天就死了三條七彩神仙，而且他換水前連水質都沒檢查，那是您養了四年的魚，真的很心痛，我了解。是這樣嗎？", "台: 連水質都沒檢查 for 沒有測水質")
ans("partial", "您每月付一千五保養魚缸，換完水隔天死了三條神仙，技師換水前沒測水質，養了四年。是這樣嗎？", "台: every fact, no feeling")
ans("poor", "技師換水前有測過水質，魚是自然老死的，對嗎？", "台: no-test turned round, excuse, facts missing")

cust("zh-Hans", "我在你们平台订了三天两晚的房车营地，一千六。到了才发现房车里没有热水，空调也坏了。找营地的人，他们说修不了，也不给换车。两个孩子冻了一晚上。",
     [("paid", ["一千六", "1600"]), ("no-hot-water", ["没有热水", "没热水"]), ("aircon", ["空调也坏了", "空调坏了"]), ("no-swap", ["不给换车", "不换车", "没给换"])],
     FEEL_S, CHECK_S)
ans("good", "您花一千六订了三天两晚的房车营地，到了发现车里没热水，空调也坏了，营地说修不了，还不肯给您调一辆车，两个孩子冻了一整晚，您肯定心疼坏了。我理解得对不对？", "不肯给您调一辆车 for 不给换车")
ans("partial", "您订了一千六的房车营地，没热水，空调坏了，营地也不给换车，孩子冻了一晚上。我理解得对不对？", "every fact, no feeling")
ans("poor", "您的房车有热水，只是空调小问题，营地也给您换车了，对吗？", "no-hot-water and no-swap turned round, no feeling")

P.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "paraphrases.jsonl"), "pz30")
