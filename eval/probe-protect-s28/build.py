"""Probe, session 28 (lead, written before any change): promises that protect the customer ('we never
publish … without', 'we won't drag this out', 我们从不擅自…, 不会拖), recommendations with a reason (您应该选…,
等高线清楚得多) and requirements stated with their source (…这是安全规定) are clean; their twins — refusing the
customer's own request with 'never', a bare order, a rule used to shut the customer down — are flagged."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = [
 # (lang, text, flag, category)
 ("en", "We never pass your address to the builders without asking you first, so only the site manager will have it.", False, "clean-wont-wait"),
 ("en", "We won't sit on your complaint: I've sent it to the warden today and you'll hear back by Friday.", False, "clean-wont-wait"),
 ("en", "Nobody here will hand your child's photo to the press; the consent form covers the club newsletter only.", False, "clean-wont-wait"),
 ("en", "You'd be better off with the larger scale map for that ridge, the contours are much clearer.", False, "clean-recommendation"),
 ("en", "Riders must be fourteen or over and under a hundred kilos; that's the track's safety rule for everyone.", False, "clean-requirement-info"),
 ("en", "We never refund a deposit, whatever the reason.", True, "policy-shield"),
 ("en", "We won't be chasing the builders for you.", True, "refusal-no-alternative"),
 ("en", "Take the bigger map. End of discussion.", True, "order"),
 ("en", "Rules are rules, madam, I can't discuss it any further.", True, "policy-shield"),
 ("zh-Hans", "您的住址我们从不擅自给施工方，只有现场负责人知道。", False, "clean-wont-wait"),
 ("zh-Hans", "投诉这件事我们不会压着，今天就转给场馆，周五前给您答复。", False, "clean-wont-wait"),
 ("zh-Hans", "去那段山路，您最好带五万分之一的图，岔路标得更清楚。", False, "clean-recommendation"),
 ("zh-Hans", "参加者须满十六岁，这是协会统一的安全要求，报名时带身份证就行。", False, "clean-requirement-info"),
 ("zh-Hans", "定金我们从来不退，什么原因都一样。", True, "policy-shield"),
 ("zh-Hans", "施工方那边我们不会去催的。", True, "refusal-no-alternative"),
 ("zh-Hans", "规定就是规定，没什么好说的。", True, "policy-shield"),
 ("zh-Hant", "粵:你嘅地址我哋從來唔會擅自俾判頭，淨係地盤負責人知。", False, "clean-wont-wait"),
 ("zh-Hant", "粵:投訴我哋唔會拖，今日就轉介，禮拜五之前覆你。", False, "clean-wont-wait"),
 ("zh-Hant", "台:走那段山路，你最好帶五萬分之一的圖，岔路標得比較清楚。", False, "clean-recommendation"),
 ("zh-Hant", "台:參加者要滿十六歲，這是協會統一的安全規定，報名時帶證件就可以。", False, "clean-requirement-info"),
 ("zh-Hant", "粵:訂金我哋從來都唔退㗎，咩原因都一樣。", True, "policy-shield"),
 ("zh-Hant", "台:施工那邊我們不會幫你催。", True, "refusal-no-alternative"),
]
with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
    for i, (lang, text, flag, cat) in enumerate(ROWS, 1):
        body = text.split(":", 1)[1] if lang == "zh-Hant" else text
        f.write(json.dumps({"id": f"pp28-{i:02d}", "lang": lang, "text": body, "flag": flag, "category": cat}, ensure_ascii=False) + "\n")
