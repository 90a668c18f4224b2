#!/usr/bin/env python3
"""Writes replies.jsonl for probe-phren20-s20 (hand-written en/ja replies, labels by blind-labelling-rules.md)."""
import json

EN = [
    # flagged
    ("Drain the old well yourself before our rig turns up. We don't do that part.", True, "order", "bare command plus a refusal, no help offered"),
    ("The sign flickers because whoever wired it at your end put it on a dimmer switch.", True, "blame", "cause pinned on the customer's side"),
    ("Bitten? Our alpacas don't bite. It was probably a nudge.", True, "doubting-customer", "doubts the customer's account"),
    ("Who told you a twenty-tonne crane would fit down a lane that narrow?", True, "hostile-question", "rhetorical question blaming the customer"),
    ("It's a bit of paint on the skirting board, hardly the end of the world.", True, "brush-off", "minimises the complaint"),
    ("Yes, yes, I heard you the first time, the fish have cloudy eyes.", True, "impatience", "impatient interruption"),
    ("I'm swamped with the Saturday weddings at the moment, try another week.", True, "busy", "being busy as the reason"),
    ("Whether you re-line the pond is really your business, I only do the maintenance.", True, "your-call", "that's your business, decide yourself"),
    ("We've tuned that organ the same way for thirty years and the parish never minded.", True, "precedent", "we've always done it this way"),
    ("Your parrot won't catch anything at ours, I guarantee it, zero risk.", True, "false-reassurance", "promise nobody can keep"),
    ("Deposits aren't refundable, those are the rules and I don't make them.", True, "policy-shield", "rules as a shield"),
    ("The lantern kits come from a supplier, so missing pieces are between you and them.", True, "passing-buck", "passes the customer on, no handover"),
    ("If you want your money back you'll have to take it up with the owner yourself.", True, "send-to-manager", "customer sent to find the manager"),
    ("We couldn't get the car out for Saturday. Nothing more to be done, I'm afraid.", True, "refusal-no-alternative", "past refusal, no way forward"),
    ("Your float session tonight has been cancelled because the pump failed.", True, "dead-end", "bad news about the customer's booking, no next step"),
    ("We never drill deeper than forty metres, full stop.", True, "taboo", "we never … as a refusal"),
    ("Honestly, that crane firm we use is a nightmare, I'd be fuming too.", True, "false-reaction", "runs down the company / agrees it's awful"),
    ("No idea when the mural will be done, the artist works when she works.", True, "nine-forbidden", "I don't know, no follow-up"),
    ("Had you read the aftercare sheet, the koi wouldn't have got sick.", True, "blame", "blames the customer by a counterfactual"),
    ("Do you want the sign or not? I can't hold the slot forever.", True, "impatience", "pressuring, impatient question"),
    # clean near-misses
    ("We can't lift on Sunday, but I can have the crane on site first thing Monday and waive the call-out fee.", False, "clean-refusal-alt", "refusal with an alternative"),
    ("I'm not sure how deep the water table is on your plot; I'll ask our surveyor and ring you this afternoon.", False, "clean-not-sure", "not sure + call-back"),
    ("You should get the pond water tested before winter, and I can send someone on Thursday if that suits.", False, "clean-recommendation", "recommendation with an offer"),
    ("Do you need the lanterns packed flat, or already assembled?", False, "clean-need-question", "need inside a question"),
    ("Guests need to shower before using the tank; towels are in every room.", False, "clean-requirement-info", "requirement as information"),
    ("We never pass on your parrot's microchip details to anyone.", False, "clean-never", "protection promise"),
    ("We won't leave you without water: a temporary tank goes in tomorrow morning.", False, "clean-wont", "we won't + action"),
    ("The owner said 'no refunds after the trek', but I've checked and yours counts as a cancellation, so the money is on its way.", False, "clean-quote", "quoted words then action"),
    ("May I put you on hold for two minutes while I check the crane schedule?", False, "clean-hold", "hold with reason, permission and time"),
    ("The artist handles colour changes herself, so I'll put you through to her now and stay on until she picks up.", False, "clean-transfer", "proper transfer"),
    ("I'm sorry the sign arrived cracked. A replacement is being made and will reach you on Friday.", False, "clean-apology-action", "apology with action"),
    ("I've asked my manager to call you at four today about the deposit.", False, "clean-manager-brought", "manager brought to the customer"),
    ("That's fine, we can switch you to the silver car.", False, "clean-fine", "that's fine + action"),
    ("No, the tuning doesn't include the pedal board; that's a separate half-day visit.", False, "clean-no-answer", "no answering a question with the fact"),
    ("Your trek is booked for ten on Sunday, meet us at the farm gate.", False, "clean-ordinary", "confirmation"),
    ("The first sketch of the mural is attached, let me know what you think.", False, "clean-ordinary", "ordinary"),
    ("Losing a fish you've had for twelve years is awful. I'll come out today and test the water myself.", False, "clean-acknowledge", "feeling + action"),
    ("The only slot left this week is Thursday at six. Shall I hold it for you?", False, "clean-only-alt", "only + offer"),
    ("Would it help if I emailed you the drilling quote tonight?", False, "clean-offer", "offer"),
    ("The parrots are much calmer since we moved them to the quiet room.", False, "clean-ordinary", "ordinary (calm, not calm down)"),
]

JA = [
    ("今ちょっと手が離せないので、後にしてもらえます？", True, "busy", "我现在很忙"),
    ("クレーンの手配は別の会社なので、そっちに聞いてください。", True, "passing-buck", "passes the customer on"),
    ("今までそんな苦情は一件もありませんでしたけど。", True, "precedent", "nobody has complained before"),
    ("説明書をよく読んでから、もう一度かけ直して。", True, "order", "scolding bare command"),
    ("本当に毎日エサをあげていたんですか？", True, "doubting-customer", "doubts the customer"),
    ("絶対に水は出ますから、百パーセント保証しますよ。", True, "false-reassurance", "promise nobody can keep"),
    ("どの色にするかはそちらで決めてください。うちは関係ないので。", True, "your-call", "your business, decide yourself"),
    ("ご予約のフロート体験は、機械の故障のため中止となりました。", True, "dead-end", "bad news, no next step"),
    ("あいにく土曜は満車ですが、日曜の同じ時間でしたらご用意できます。", False, "clean-refusal-alt", "refusal with an alternative"),
    ("確認いたしまして、本日中に折り返しお電話いたします。", False, "clean-not-sure", "call-back promised"),
    ("提灯の色は赤と白、どちらになさいますか？", False, "clean-ordinary", "choice question"),
    ("在庫を確認しますので、一分ほどお待ちいただけますか。", False, "clean-hold", "hold with reason and time"),
    ("ご不便をおかけして申し訳ございません。明日の朝、交換品をお届けします。", False, "clean-apology-action", "apology with action"),
    ("お客様の情報を第三者にお渡しすることは決してございません。", False, "clean-never", "protection promise"),
    ("インコちゃんはとても元気に過ごしていますよ。", False, "clean-ordinary", "ordinary"),
    ("壁画の下絵ができましたので、メールでお送りしますね。", False, "clean-ordinary", "ordinary"),
]

with open("replies.jsonl", "w", encoding="utf-8") as f:
    for lang, rows in (("en", EN), ("ja", JA)):
        for i, (text, flag, cat, why) in enumerate(rows, 1):
            f.write(json.dumps({"id": f"p20-{lang}-{i:02d}", "lang": lang, "text": text, "flag": flag,
                                "category": cat, "why": why}, ensure_ascii=False) + "\n")
