"""Probe of open/closed questions, session 29 (helper q29), written before any change to the judge.
Polite requests for an account in gerund or "is there more" frames, request-to-tell verbs whose
object is one fact, where/which of a described aspect or a wished kind, Cantonese requests to tell
(話俾我知, 講俾我聽吓) and 點 + verb, Japanese 説明/話 as nouns before ありましたか — each with near
misses the other way."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = {
 "en": [
  ("Would you mind going through what happened when the courier arrived?", "open", "mind + gerund of a request to tell"),
  ("Do you mind explaining how the charge ended up on your card?", "open", "mind + gerund, how"),
  ("Would you mind filling me in on what the technician said on Tuesday?", "open", "mind + gerund, account"),
  ("Would you mind running me through the steps you took before it froze?", "open", "mind + gerund, steps"),
  ("Is there more you'd like me to note down before I pass this to billing?", "open", "floor: more + your wish + me to add"),
  ("Is there anything more you want me to include in the complaint?", "open", "floor: anything more to include"),
  ("Is there more you want to tell me about the neighbours?", "open", "floor: more to tell"),
  ("Could you walk me through when the leak started and what you did next?", "open", "request, a time and an account"),
  ("Could you explain why the form was sent back to you?", "open", "request, why"),
  ("Could you go over what time the engineer turned up?", "closed", "request frame, embedded one time"),
  ("Would you mind going over your booking reference with me?", "closed", "request frame, one identifier"),
  ("Would you mind sharing which branch you went to?", "closed", "request frame, embedded which"),
  ("Could you explain how many sessions are left on the pass?", "closed", "request frame, one number"),
  ("Would you mind if I put you on hold for two minutes?", "closed", "permission, yes/no"),
  ("Would you mind going through to the waiting room?", "closed", "movement, not telling"),
  ("Is there more than one account under your name?", "closed", "is there more than: yes/no"),
  ("Are there any more boxes left to collect?", "closed", "yes/no about things"),
 ],
 "zh-Hans": [
  ("这次旅行您希望安排哪一类的活动?", "open", "wished kind with 哪一类"),
  ("您打算报哪一种类型的培训班?", "open", "planned kind with 哪一种"),
  ("这款手机跟您之前用的比，用着不顺手的地方在哪儿?", "open", "negated predicate before 的地方在哪儿"),
  ("您觉得这次的服务和以前比，差别在哪里?", "open", "difference, the customer's view"),
  ("您方便说说问题是从哪儿开始的吗?", "open", "problem, where it began"),
  ("您住的地方在哪儿?", "closed", "where someone lives: one place"),
  ("取货的地点在哪里?", "closed", "one place"),
  ("您想要哪一种颜色的外壳?", "closed", "wished value from a known range"),
  ("您是在哪一家门店办的卡?", "closed", "which store"),
  ("您跟我说一下是几号发的货?", "closed", "request frame, one date"),
  ("您之前有没有遇到过类似的问题?", "closed", "yes/no with 问题"),
 ],
 "zh-Hant": [
  ("不如你話俾我知，嗰晚啲師傅點搬你啲傢俬?", "open", "粵: 不如 + 話俾我知 + 點 + verb"),
  ("話俾我知你覺得新系統用落點?", "open", "粵: tell me + how"),
  ("你心目中個廚房想整成點,講俾我聽吓?", "open", "粵: account first, 講俾我聽吓 after"),
  ("你想報邊類興趣班俾個仔?", "open", "粵: wished kind with 邊類"),
  ("你哋想去邊種風格嘅餐廳慶祝?", "open", "粵: wished kind with 邊種"),
  ("你住邊區?", "closed", "粵: which district"),
  ("話我知你張單號碼係幾多?", "closed", "粵: tell me + one identifier"),
  ("你想要邊種顏色?", "closed", "粵: wished value from a known range"),
  ("你講俾我知你喺邊間分店買?", "closed", "粵: tell me + which branch"),
  ("你方便跟我說說看，那天師傅是怎麼處理的?", "open", "台: invitation, how"),
  ("你覺得這台跟之前那台用起來不一樣的地方在哪裡?", "open", "台: negated predicate before 的地方在哪裡"),
  ("你希望安排哪一類的行程?", "open", "台: wished kind with 哪一類"),
  ("你想要哪一種尺寸的?", "closed", "台: wished value from a known range"),
  ("那場說明會有提到退費的事嗎?", "closed", "台: yes/no with 說明會"),
 ],
 "ja": [
  ("契約のときに解約料についてのご説明はございましたか。", "closed", "説明 as a noun before ございましたか"),
  ("スタッフからお話はありましたか。", "closed", "お話 as a noun before ありましたか"),
  ("修理のあとで異音はありましたか。", "closed", "existence yes/no"),
  ("その時どんなことがありましたか。", "open", "どんな"),
  ("何があったのか詳しく教えていただけますか。", "open", "embedded 何 + tell"),
  ("当日の様子をご説明いただけますか。", "open", "request to explain"),
  ("ほかに何か気になったことはございましたか。", "open", "floor: anything that bothered you"),
  ("ご説明の内容で、納得できない点はどこですか。", "open", "negated predicate before 点はどこ"),
  ("受け取りの場所はどこですか。", "closed", "one place"),
 ],
}
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for lang, rows in ROWS.items():
        for text, label, note in rows:
            f.write(json.dumps({"text": text, "lang": lang, "label": label, "note": note}, ensure_ascii=False) + "\n")
