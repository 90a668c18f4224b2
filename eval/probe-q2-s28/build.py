"""Second probe of open/closed questions, session 28, written by the lead before any change: polite or
imperative frames around ONE fact (closed), and plain-looking questions that ask for an account (open)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = {
 "en": [
  ("Could you tell me your membership number?", "closed", "polite frame, one fact"),
  ("Can you tell me what time you got to the venue?", "closed", "polite frame, one time"),
  ("Tell me your booking reference and I'll pull it up.", "closed", "imperative, one fact"),
  ("I'd like to know which pitch you were playing on.", "closed", "embedded which, one fact"),
  ("Could you let me know how many people are coming?", "closed", "polite, one number"),
  ("Talk me through how the evening went.", "open", "imperative invitation"),
  ("What was it like trying to get through to the office?", "open", "what was it like"),
  ("What kind of difference has the new surface made for your players?", "open", "invites an account despite 'what kind'"),
  ("How are things with the sled since the repair?", "open", "how are things"),
  ("How often does the alarm go off?", "closed", "frequency, one fact"),
  ("Do you remember roughly when you first noticed the damp?", "closed", "yes/no about one time"),
  ("Would it be easier if we came out on a weekday?", "closed", "yes/no suggestion"),
  ("What else should I know before I send someone round?", "open", "anything to add"),
  ("Are you after the half-day course or the full day?", "closed", "choice"),
  ("Could you describe the noise it makes?", "open", "describe"),
  ("Let me know the postcode for the site, please.", "closed", "imperative, one fact"),
  ("What went through your mind when the match was called off?", "open", "account"),
  ("Whose name is the permit under?", "closed", "one fact"),
 ],
 "zh-Hans": [
  ("麻烦告诉我一下您的会员号。", "closed", "imperative, one fact"),
  ("能告诉我您几点到的场馆吗？", "closed", "polite frame, one time"),
  ("请您说一下是哪天寄出的。", "closed", "imperative, one date"),
  ("您能跟我讲讲那天到底发生了什么吗？", "open", "polite invitation"),
  ("您那边一共来几个人？", "closed", "one number"),
  ("这段时间用下来感觉怎么样？", "open", "how does it feel"),
  ("这事对您生活影响大不大？", "closed", "A-not-A yes/no"),
  ("您多久去一次训练？", "closed", "frequency"),
  ("说说您希望我们怎么处理。", "open", "imperative invitation"),
  ("您是要半天的还是全天的？", "closed", "choice"),
  ("当时工作人员是什么态度？", "open", "account of manner"),
  ("许可证上写的是谁的名字？", "closed", "one fact"),
 ],
 "zh-Hant": [
  ("唔該講低你嘅會員號碼。", "closed", "粵: imperative, one fact"),
  ("可以話我知你幾點到嗎？", "closed", "粵: polite, one time"),
  ("你講吓嗰日到底發生咩事。", "open", "粵: imperative invitation"),
  ("你用咗呢排覺得點呀？", "open", "粵: how is it"),
  ("你要半日定全日嘅課程？", "closed", "粵: choice"),
  ("可以跟我說說你們希望怎麼處理嗎？", "open", "台: polite invitation"),
  ("請告訴我你的訂單編號。", "closed", "台: imperative, one fact"),
  ("你多久去練一次？", "closed", "台: frequency"),
 ],
 "ja": [
  ("会員番号を教えていただけますか。", "closed", "polite frame, one fact"),
  ("何時ごろ会場に着かれたか、教えてください。", "closed", "imperative, one time"),
  ("その日の様子を詳しく教えてください。", "open", "describe"),
  ("お使いになってみて、いかがでしたか。", "open", "how was it"),
  ("半日コースと一日コース、どちらになさいますか。", "closed", "choice"),
  ("どのくらいの頻度で練習されていますか。", "closed", "frequency"),
  ("ご希望の対応について、お聞かせください。", "open", "imperative invitation"),
  ("許可証はどなたのお名前になっていますか。", "closed", "one fact"),
 ],
}
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for lang, rows in ROWS.items():
        for text, label, note in rows:
            f.write(json.dumps({"text": text, "lang": lang, "label": label, "note": note}, ensure_ascii=False) + "\n")
