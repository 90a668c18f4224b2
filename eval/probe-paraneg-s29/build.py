"""Session 29's Chinese restatement probe (paraneg29): the customer denies a thing named with a
modifier before it — 没有原来的蓬松感, 冇平時嘅香味, 沒有照片上的草莓裝飾, 不是我揀嘅灰色 — and the
answer denies it plainly (不蓬松, 唔香, 沒放草莓) or in other words; guards: the same answer with the
feeling left out, and an answer that says the thing is there (a contradiction). zh-Hans, 粵 and 台,
domains of my own; written from the digest's rules and my own sense of agent language."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from probe_rows_s29 import CHECK_S, CHECK_T, Probe  # noqa: E402

FEEL_S = ["理解", "难怪", "换谁都", "生气", "着急", "抱歉", "对不起", "失望", "担心", "心疼"]
FEEL_T = ["理解", "明白", "了解", "難怪", "換邊個都", "換作是我", "嬲", "生氣", "抱歉", "對不起", "擔心", "失望"]

P = Probe()
cust, ans = P.cust, P.ans


cust("zh-Hans", "新买的羽绒服洗了一次就没有原来的蓬松感了，袖口还开线了。我穿了不到一个月，真是心疼钱。",
     [("fluff", ["蓬松"]), ("seam", ["开线", "脱线"]), ("month", ["一个月"])], FEEL_S, CHECK_S)
ans("good", "您的新羽绒服只洗了一次就不蓬松了，袖口也开了线，穿了还不到一个月，难怪您心疼。我理解得对吗？", "不蓬松 for 没有原来的蓬松感")
ans("partial", "您的新羽绒服洗了一次就不蓬松了，袖口开了线，穿了不到一个月。对吗？", "no feeling")
ans("poor", "您的羽绒服洗完还是很蓬松，只是袖口有个线头，对吗？", "said fluffy: the account reversed, no feeling")

cust("zh-Hant", "我喺你哋度買嘅咖啡豆，開咗包一啲都冇平時嘅香味，仲有陣霉味。我係開咖啡店㗎，啲客人都投訴。",
     [("smell", ["香味", "香"]), ("mould", ["霉味", "發霉"]), ("shop", ["咖啡店"])], FEEL_T, CHECK_T)
ans("good", "你買嘅咖啡豆一開包就唔香，仲有陣霉味，你開咖啡店啲客人都投訴，梗係好嬲啦。我理解得啱唔啱？", "粵: 唔香 for 冇平時嘅香味")
ans("partial", "你開咖啡店買嘅豆一開包就唔香，仲有霉味，啲客人都投訴。係咪咁？", "粵: no feeling")
ans("poor", "你買嘅咖啡豆好香，只係個包裝有少少霉味，係咪咁？", "粵: said fragrant, no feeling")

cust("zh-Hant", "我訂的生日蛋糕送來時完全沒有照片上的草莓裝飾，奶油也塌了一半。派對晚上七點就開始了，我現在不知道怎麼辦。",
     [("deco", ["草莓"]), ("cream", ["塌"]), ("time", ["七點", "7點"])], FEEL_T + ["怎麼辦"], CHECK_T)
ans("good", "您訂的生日蛋糕送來根本沒放草莓，奶油還塌了一半，晚上七點派對就要開始，難怪您不知道怎麼辦，真的很抱歉。我這樣理解對嗎？", "台: 沒放草莓 for 沒有照片上的草莓裝飾")
ans("partial", "您的生日蛋糕送來沒有草莓，奶油塌了一半，晚上七點派對就開始。對嗎？", "台: no feeling")
ans("poor", "您的蛋糕草莓都放好了，只是奶油有一點點塌，對嗎？", "台: said the strawberries were there, no feeling")

cust("zh-Hans", "你们装的热水器根本没有说明书上写的恒温功能，水一会儿烫一会儿凉。我老婆刚生完孩子，洗澡特别怕着凉。",
     [("const", ["恒温"]), ("hotcold", ["一会儿烫一会儿凉", "忽冷忽热"]), ("wife", ["生完孩子", "坐月子"])], FEEL_S, CHECK_S)
ans("good", "您家装的热水器并不恒温，水忽冷忽热，您太太刚生完孩子最怕着凉，换谁都着急。我理解得对吗？", "不恒温 for 没有说明书上写的恒温功能")
ans("partial", "您家热水器不恒温，水忽冷忽热，您太太刚生完孩子。对吗？", "no feeling")
ans("poor", "您家热水器恒温效果很好，只是偶尔有点烫，对吗？", "said it keeps the heat, no feeling")

cust("zh-Hant", "你哋送嚟嘅梳化唔係我揀嘅灰色，送咗張米色嚟。我成個客廳係為咗佢重新設計過㗎。",
     [("grey", ["灰色"]), ("beige", ["米色"]), ("room", ["客廳"])], FEEL_T, CHECK_T)
ans("good", "送嚟嗰張梳化唔係灰色，係米色，你成個客廳都係為咗佢重新設計，真係好嬲人。我理解得啱唔啱？", "粵: 唔係灰色 for 唔係我揀嘅灰色")
ans("partial", "送嚟嘅梳化唔係灰色而係米色，你個客廳為咗佢重新設計過。係咪咁？", "粵: no feeling")
ans("poor", "送嚟嘅梳化係灰色，你只係想換返米色，係咪咁？", "粵: said grey came, the account reversed")

cust("zh-Hant", "我在你們店買的手機殼沒有包裝上說的防摔功能，手機掉一次螢幕就裂了。修螢幕要四千多，我覺得被騙了。",
     [("proof", ["防摔"]), ("crack", ["裂"]), ("cost", ["四千"])], FEEL_T + ["被騙"], CHECK_T)
ans("good", "您買的手機殼根本不防摔，手機掉一次螢幕就裂了，修要四千多，難怪您覺得被騙。我這樣理解對嗎？", "台: 不防摔 for 沒有包裝上說的防摔功能")
ans("partial", "您的手機殼不防摔，手機掉一次螢幕就裂了，修要四千多。對嗎？", "台: no feeling")
ans("poor", "您的手機殼很防摔，是螢幕本來就有裂痕，對嗎？", "台: said it protects, blame turned, no feeling")

cust("zh-Hans", "酒店房间完全没有网上图片里的海景，窗外就是一堵墙。我们是来度蜜月的，订的时候还特意多付了三百。",
     [("sea", ["海景"]), ("wall", ["墙"]), ("honeymoon", ["蜜月"]), ("extra", ["三百", "300"])], FEEL_S, CHECK_S)
ans("good", "您的房间根本看不到海景，窗外只有一堵墙，这是您的蜜月，还特意多付了三百，换谁都会失望。我理解得对吗？", "看不到海景 for 没有网上图片里的海景")
ans("partial", "您的房间没海景，窗外是一堵墙，您来度蜜月还多付了三百。对吗？", "no feeling")
ans("poor", "您的房间能看到海景，只是窗外有面墙挡了一点，对吗？", "said there is a sea view, no feeling")

P.write("paraphrases.jsonl", "pn29")
