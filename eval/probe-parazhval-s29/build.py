"""Session 29's Chinese restatement probe (parazhval29): a count or length said in a form that names
it without the customer's number and unit — a share of an hour (三分之二个钟头, Cantonese 四分三個鐘,
三分之一個小時), a household counted by 口 (一家五口 for 五个人), dozens (一打, 两打, 三打) for a count by
another measure word, 片 for things the customer counted with 块, a bare number after its unit was
said once (送嚟得返一百 for 一百公分, 秤成八 for 八公斤). Guards: the same forms with a wrong value, a
feeling or one fact missing, an account reversed. zh-Hans, 粵 and 台, in domains of my own; written
from the digest's rules and my own sense of agent language, not from any round's rows."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from probe_rows_s29 import CHECK_S, CHECK_T, Probe  # noqa: E402

FEEL_S = ["理解", "难怪", "换谁都", "生气", "着急", "抱歉", "对不起", "失望", "担心", "烦"]
FEEL_T = ["理解", "明白", "了解", "難怪", "換邊個都", "換作是我", "嬲", "生氣", "抱歉", "對不起", "擔心", "失望", "頭痛", "煩"]

P = Probe()
cust, ans = P.cust, P.ans


cust("zh-Hans", "我约了你们搬家公司上午九点到，工人晚了四十分钟才来，还把我家的穿衣镜碰碎了。我下午还要上班，真是急死了。",
     [("late", ["晚了四十分钟", "迟到四十分钟", "四十分钟"]), ("mirror", ["穿衣镜", "镜子"]), ("broke", ["碰碎", "打碎", "碎了"]), ("work", ["上班", "工作"])],
     FEEL_S, CHECK_S)
ans("good", "您约的是上午九点，师傅晚了三分之二个钟头才到，还把穿衣镜碰碎了，您下午还得上班，难怪您着急。我理解得对吗？", "三分之二个钟头 for 四十分钟")
ans("partial", "您约的九点，工人晚了三分之二个钟头，把穿衣镜打碎了，您下午还要上班。对吗？", "no feeling")
ans("poor", "师傅只晚了三分之一个钟头，镜子是您自己碰碎的，对吗？", "wrong length (20 min), blame turned on the customer, no feeling")

cust("zh-Hant", "我喺你哋度約咗十點睇牙，等咗成四十五分鐘都未叫我入去，個姑娘仲話我遲到。我請咗半日假㗎，真係好火滾。",
     [("appt", ["十點", "10點"]), ("wait", ["四十五分鐘", "45分鐘"]), ("blamed", ["話我遲到", "話你遲到", "怪你遲到"]), ("leave", ["請咗半日假", "請假"])],
     FEEL_T, CHECK_T)
ans("good", "你約咗十點睇牙，等咗成四分三個鐘都未叫你，個姑娘仲話你遲到，你專登請咗半日假，梗係好嬲啦。我理解得啱唔啱？", "粵: 四分三個鐘 for 四十五分鐘")
ans("partial", "你約十點睇牙，等咗四分三個鐘，姑娘仲話你遲到，我明白你好火滾。係咪咁？", "粵: the leave left out")
ans("poor", "你約十點，等咗三分一個鐘，其實係你自己遲到，係咪咁？", "粵: wrong length (20 min), account reversed, no feeling")

cust("zh-Hant", "我打你們的客服專線，光是等人接就等了二十分鐘，接起來又被轉了三次，最後還斷線。我是利用上班空檔打的，真的很煩。",
     [("wait", ["二十分鐘", "20分鐘"]), ("transfer", ["轉了三次", "轉三次"]), ("drop", ["斷線", "掛斷"]), ("work", ["上班"])],
     FEEL_T, CHECK_T)
ans("good", "您打客服光等人接就等了三分之一個小時，接通後又被轉了三次，最後還斷線，而且是趁上班空檔打的，真的很煩人，我懂。我這樣理解對嗎？", "台: 三分之一個小時 for 二十分鐘")
ans("partial", "您等了三分之一個小時才有人接，被轉了三次，最後還斷線。真的很抱歉。對嗎？", "台: 上班 left out")
ans("poor", "您等了三分之二個小時，轉了兩次，後來接通問題就解決了，對嗎？", "台: wrong length and count, account reversed, no feeling")

cust("zh-Hans", "我们一家子五个人订了你们农家乐两晚，到了才说只剩一间房，五个人挤一张床。孩子才两岁，一晚上没睡好。我真是气坏了。",
     [("five", ["五个人", "5个人", "五位"]), ("nights", ["两晚", "两个晚上"]), ("room", ["一间房", "只剩一间"]), ("kid", ["两岁", "孩子"])],
     FEEL_S, CHECK_S)
ans("good", "您一家五口订了两晚农家乐，到了却说只剩一间房，大家挤一张床，两岁的孩子一晚上没睡好，换谁都会生气。我说得对吗？", "一家五口 for 五个人")
ans("partial", "您一家五口订了两晚，到了只剩一间房，孩子一晚上没睡好。对吗？", "no feeling")
ans("poor", "您一家三口订了一晚，房间够住，只是床小了点，对吗？", "wrong count and nights, account reversed")

cust("zh-Hant", "我哋一家六個人嚟飲茶，訂咗十二點，等到成一點先有位。點咗十二粒蝦餃，上嚟得八粒。阿爺八十幾歲，等到好攰。我真係好嬲。",
     [("six", ["六個人", "六位", "6位"]), ("booked", ["十二點", "12點"]), ("dumplings", ["十二粒", "12粒"]), ("got", ["八粒", "8粒"])],
     FEEL_T, CHECK_T)
ans("good", "你哋一家六口嚟飲茶，訂咗十二點，等到一點先有位，叫咗一打蝦餃得返八粒，阿爺咁大年紀等到好攰，換邊個都會嬲。我理解得啱唔啱？", "粵: 六口 for 六個人, 一打 for 十二粒")
ans("partial", "你哋一家六口訂咗十二點，等到一點先入座，蝦餃叫咗一打得八粒。係咪咁？", "粵: no feeling")
ans("poor", "你哋一家四口訂咗一點，準時入座，蝦餃叫咗半打，係咪咁？", "粵: wrong counts and time, account reversed, no feeling")

cust("zh-Hant", "我在你們網站訂了二十四支原子筆要發給補習班的學生，收到只有十八支，而且有五支寫不出來。開學就在後天，真的很頭痛。",
     [("ordered", ["二十四支", "24支"]), ("got", ["十八支", "18支"]), ("broken", ["五支寫不出來", "寫不出來"]), ("when", ["後天"])],
     FEEL_T, CHECK_T)
ans("good", "您訂了兩打原子筆要給補習班學生，結果只來了十八支，還有五支寫不出來，後天就開學了，真的很頭痛，我了解。我這樣理解對嗎？", "台: 兩打 for 二十四支")
ans("partial", "您訂了兩打原子筆，只收到十八支，有五支寫不出來，真的很抱歉。對嗎？", "台: 後天 left out")
ans("poor", "您訂了一打原子筆，全都收到了，只是有幾支寫不太順，對嗎？", "台: wrong count, account reversed, no feeling")

cust("zh-Hans", "我家装修在你们这买了四十块地砖，送来数了只有三十六块，还有三块是裂的。师傅明天就要铺，我真是急死了。",
     [("bought", ["四十块", "40块"]), ("got", ["三十六块", "36块"]), ("cracked", ["三块", "裂"]), ("when", ["明天"])],
     FEEL_S, CHECK_S)
ans("good", "您装修买了四十片地砖，送到一数只有三十六片，还有三片是裂的，师傅明天就要来铺，难怪您这么着急。我理解得对吗？", "片 for 块")
ans("partial", "您买了四十片地砖，送来只有三十六片，有三片裂了。我理解您的心情。对吗？", "明天 left out")
ans("poor", "您买了三十六片地砖，送来四十片，多了几片，对吗？", "counts swapped, no feeling")

cust("zh-Hant", "我喺你哋度訂咗張書枱，講明要一百二十公分闊，送嚟一度得一百公分，放唔到部電腦同打印機。我畀咗三千蚊㗎，好失望。",
     [("width", ["一百二十公分", "120公分"]), ("actual", ["一百公分", "100公分"]), ("paid", ["三千蚊", "3000"]), ("fit", ["放唔到"])],
     FEEL_T, CHECK_T)
ans("good", "你訂張書枱講明要一百二十公分闊，送到一度得返一百，部電腦同打印機都放唔到，你畀咗三千蚊，梗係失望啦。我理解得啱唔啱？", "粵: 得返一百 for 一百公分 after 一百二十公分")
ans("partial", "你訂咗張一百二十公分嘅書枱，送嚟得一百，電腦同打印機放唔到。明白你好失望。係咪咁？", "粵: the price left out")
ans("poor", "你訂咗張一百公分嘅書枱，送嚟有一百二十，太大放唔到，係咪咁？", "粵: widths swapped, no feeling")

cust("zh-Hant", "我寄了一箱五公斤的芒果給客戶，結果你們秤成八公斤，多收了我三百塊運費。我們小本生意，這樣真的很傷。",
     [("real", ["五公斤", "5公斤"]), ("weighed", ["八公斤", "8公斤"]), ("extra", ["三百", "300"]), ("client", ["客戶"])],
     FEEL_T, CHECK_T)
ans("good", "您寄給客戶的那箱芒果只有五公斤，我們卻秤成八，多收了您三百塊運費，小本生意這樣真的很傷，換作是我也會很生氣。我這樣理解對嗎？", "台: 秤成八 for 八公斤 after 五公斤")
ans("partial", "芒果五公斤被秤成八，多收了三百塊運費。真的很抱歉。對嗎？", "台: 客戶 left out")
ans("poor", "您的芒果秤出來就是八公斤，運費收三百是對的，對嗎？", "台: account reversed, no feeling")

cust("zh-Hans", "我给女儿班上订了三十六个纸杯蛋糕，取货时说只做好了二十四个，剩下的要等到明天。今天下午就是她的生日会，我真不知道怎么跟老师交代。",
     [("ordered", ["三十六个", "36个"]), ("ready", ["二十四个", "24个"]), ("rest", ["明天"]), ("party", ["今天下午", "生日会"])],
     FEEL_S + ["交代"], CHECK_S)
ans("good", "您给女儿班上订了三打纸杯蛋糕，取货时只做好了两打，剩下的要明天才有，可生日会今天下午就开，难怪您不知道怎么跟老师交代，真是抱歉。我理解得对吗？", "三打 for 三十六个, 两打 for 二十四个")
ans("partial", "您订了三打纸杯蛋糕，只做好两打，剩下的明天才有，今天下午就是生日会。对吗？", "no feeling")
ans("poor", "您订了两打纸杯蛋糕，已经全部做好了，对吗？", "wrong count, account reversed, no feeling")

cust("zh-Hant", "我哋一家四口喺你哋度訂咗去沖繩嘅套票，出發前一日先話酒店冇房，要我哋自己搵。機票都買咗，我老婆氣到喊。",
     [("four", ["四個人", "四位", "4位"]), ("trip", ["沖繩"]), ("when", ["出發前一日", "前一日"]), ("hotel", ["冇房", "酒店"])],
     FEEL_T, CHECK_T)
ans("good", "你哋一家四口訂咗去沖繩嘅套票，出發前一日先話酒店冇房要你哋自己搵，機票又買晒，太太都氣到喊，換邊個都會好嬲。我理解得啱唔啱？", "粵: 一家四口 for 四個人")
ans("partial", "你哋一家四口出發前一日先知酒店冇房，要自己搵。我明白你好嬲。係咪咁？", "粵: 沖繩 left out")
ans("poor", "你哋一家三口去沖繩，酒店我哋已經幫你搵好，係咪咁？", "粵: wrong count, account reversed, no feeling")

cust("zh-Hant", "我在你們駕訓班報了十二堂路考課，每堂四十五分鐘。教練每次都遲到十五分鐘，還照樣準時下課。我上了八堂，算起來少了兩個鐘頭。",
     [("lessons", ["十二堂", "12堂"]), ("length", ["四十五分鐘", "45分鐘"]), ("late", ["遲到十五分鐘", "十五分鐘"]), ("lost", ["兩個鐘頭", "兩小時"])],
     FEEL_T + ["不划算", "不滿"], CHECK_T)
ans("good", "您報了十二堂路考課，每堂四分之三個小時，教練每次都晚到一刻鐘還準時下課，上了八堂等於少了兩個鐘頭，真的很不划算，我了解您的不滿。我這樣理解對嗎？", "台: 四分之三個小時 for 四十五分鐘, 一刻鐘 for 十五分鐘")
ans("partial", "您報了十二堂，每堂四分之三個小時，教練每次晚到一刻鐘，上了八堂少了兩個鐘頭。對嗎？", "台: no feeling")
ans("poor", "您報了八堂課，每堂四分之一個小時，教練只是偶爾晚到，對嗎？", "台: wrong counts and length, account reversed, no feeling")

P.write("paraphrases.jsonl", "pv29")
