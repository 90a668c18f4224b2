# Session 19 Chinese phrase probe, held-out check: written after the session's first changes and
# committed before they were run on it. Domains (not in used-domains.md nor in probe-phrzh19-s19):
# silk-duvet workshop (蚕丝被定制), bonsai boarding (盆景寄养), home battery storage installer,
# handmade-soap workshop, errand-runner service (跑腿代办), textbook buy-back, vintage clothing shop.
import json

HANS = [
    ("蚕丝被的尺寸做好了就改不了。", True, "refusal-no-alternative", "蚕丝被: bare refusal, no way forward."),
    ("蚕丝被的尺寸做好了改不了，不过可以加一圈包边，您看要不要？", False, "clean-refusal-alt", "蚕丝被: refusal with an alternative."),
    ("您定的那床被子在晾晒的时候被雨淋坏了。", True, "dead-end", "蚕丝被: the customer's own thing befallen, nothing after."),
    ("寄养的那盆黑松这个月没能救活。", True, "dead-end", "盆景: tried and failed, nothing after."),
    ("寄养期间没有人能每天给您的盆景拍照，我们每周一统一发一次照片给您。", False, "clean-requirement-info", "盆景: limit then the way it is done."),
    ("叶子发黄是您送来前就这样了，跟我们养护没关系。", True, "blame", "盆景: cause put on the customer."),
    ("储能电池装好后我们会免费上门复查一次，时间您来定。", False, "clean-offer", "储能: offer, customer chooses time."),
    ("这个型号的逆变器我们装不了。", True, "refusal-no-alternative", "储能: agent can't, no way forward."),
    ("电网公司没有批复，这个并网我们做不了。", True, "refusal-no-alternative", "储能: not approved, can't do, nothing after."),
    ("是啊，我们家的安装排期乱得很，我看着也来气。", True, "false-reaction", "储能: joins the complaint about the company."),
    ("手工皂课不是我们负责的活儿，您去问场地方吧。", True, "passing-buck", "手工皂: disowned and sent off, no handover."),
    ("这块皂才二十块还嫌小？", True, "hostile-question", "手工皂: scorn for the customer's complaint."),
    ("这块皂要是嫌小，我给您换一块大号的，不另加钱。", False, "clean-offer", "手工皂: condition, then the agent's offer."),
    ("您应该放在通风的地方晾四周，不然容易软烂。", False, "clean-recommendation", "手工皂: advice with the harm it spares."),
    ("跑腿小哥已经出发了，大概二十分钟到，您留意一下电话。", False, "clean-ordinary", "跑腿: update with time."),
    ("今天下雨，附近没有人可以接单。", True, "dead-end", "跑腿: nobody to do it, nothing after."),
    ("跑腿费涨了是平台定的，我们也没办法。", True, "policy-shield", "跑腿: rule from above, 没办法 with nothing after."),
    ("旧教材有笔记的我们一律不收，这是规定。", True, "policy-shield", "教材: rule as shield."),
    ("有笔记的旧教材我们按半价收，您愿意的话我现在给您报价。", False, "clean-offer", "教材: partial yes, agent acts."),
    ("我先把您的书拍照登记，估好价格发给您确认。", False, "clean-offer", "教材: agent's 把 clause, its own act."),
    ("古着都是孤品，卖了就没了，您别纠结了，赶紧决定吧。", True, "impatience", "古着: hurrying the customer."),
    ("那件外套的扣子我们明天请裁缝换一颗同色的，换好给您打电话。", False, "clean-offer", "古着: agent acts with a time."),
]

HANT = [
    ("張蠶絲被做好咗就改唔到尺寸㗎喇。", True, "refusal-no-alternative", "粵: 蠶絲被 refusal, nothing after."),
    ("你訂嗰張被喺曬嘅時候俾雨淋壞咗。", True, "dead-end", "粵: 蠶絲被 the customer's own thing befallen."),
    ("蠶絲被尺寸改不了，不過可以幫你加一圈包邊，你看好不好？", False, "clean-refusal-alt", "台: 蠶絲被 refusal with alternative."),
    ("寄養那盆真柏這個月沒能救回來。", True, "dead-end", "台: 盆景 tried and failed, nothing after."),
    ("盆景寄養期間我哋每個禮拜一發相俾你，有咩問題即刻通知你。", False, "clean-offer", "粵: 盆景 the agent's routine and promise."),
    ("這台逆變器的型號我們裝不了喔。", True, "refusal-no-alternative", "台: 儲能 can't, nothing after."),
    ("係囉，我哋公司排期真係亂到冇得救，我都好頭痕。", True, "false-reaction", "粵: 儲能 joins the complaint about the company."),
    ("幫你裝嘢唔係我哋嘅工作，你自己搵師傅啦。", True, "passing-buck", "粵: 手工皂/儲能 disowned and sent off."),
    ("一塊皂才二十塊你還嫌小喔？", True, "hostile-question", "台: 手工皂 scorn."),
    ("如果嫌小，我幫你換一塊大的，不用加錢。", False, "clean-offer", "台: 手工皂 condition then offer."),
    ("今日落大雨，附近冇人可以接單。", True, "dead-end", "粵: 跑腿 nobody to do it."),
    ("跑腿的小哥已經出發了，大概二十分鐘到，你留意一下電話喔。", False, "clean-ordinary", "台: 跑腿 update."),
    ("有筆記嘅舊書我哋照收，不過係半價，你想嘅話我而家報價俾你。", False, "clean-offer", "粵: 教材 partial yes, agent acts."),
    ("古著都是孤品，你快點決定啦，後面還有人在等。", True, "impatience", "台: 古著 hurrying."),
]

with open("replies.jsonl", "w", encoding="utf-8") as out:
    for lang, rows, tag in (("zh-Hans", HANS, "hans"), ("zh-Hant", HANT, "hant")):
        for i, (text, flag, category, why) in enumerate(rows, 1):
            row = {"id": f"phrzh19b-{tag}-{i:03d}", "lang": lang, "text": text, "flag": flag, "category": category, "why": why}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
