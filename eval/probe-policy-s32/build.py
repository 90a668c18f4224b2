#!/usr/bin/env python3
"""Probe policy-s32: a written rule cited as the whole ground of an outcome against the customer
(English, Japanese), and clean twins — the rule in the customer's favour, the rule with an
alternative or our own step after it, a citation of something that is not a rule. Written by the
lead in session 32 before any change, from the digest's "这是我们公司的规定 (It's company policy)"."""
import json
F, C = True, False
ROWS = [
    ('en', "Under the terms of the membership, the joining fee is kept if you leave in the first month.", F),
    ('en', "As per our conditions of hire, the damage deposit won't be returned.", F),
    ('en', "In line with company policy, the cancellation charge still applies.", F),
    ('en', "According to the rental agreement, you're liable for the full repair.", F),
    ('en', "Per the contract, the second visit is charged at the full rate.", F),
    ('en', "Under our booking rules the date can't be moved once the invoice is paid.", F),
    ('en', "By the terms you signed, no refunds are given after the course starts.", F),
    ('en', "In accordance with our policy, late entries are not accepted.", F),
    ('en', "Per our guidelines, the storage fee stands for the whole quarter.", F),
    ('en', "Under the hire agreement the trailer must be returned clean or the valet charge is taken.", F),
    ('en', "According to our terms, you're entitled to a full refund within fourteen days.", C),
    ('en', "Under our policy the second visit is free, so I've booked it for Tuesday at ten.", C),
    ('en', "As per the conditions of hire the deposit is kept for damage, but I can waive it this time since the scratch was already there.", C),
    ('en', "In line with company policy we replace faulty parts at no charge; a new one is on its way.", C),
    ('en', "Per your request, I've moved the booking to Saturday.", C),
    ('en', "According to the engineer's notes, the pump was replaced in March.", C),
    ('en', "Under the warranty, the repair is covered, and I'll send you the claim number today.", C),
    ('en', "The contract says the fee applies, but I've asked my manager to make an exception and I'll ring you by four.", C),
    ('ja', "規約上、キャンセル料はいただくことになっております。", F),
    ('ja', "契約により、二回目の出張費は全額ご負担となります。", F),
    ('ja', "規定上、保証金はお返ししておりません。", F),
    ('ja', "規約上、十四日以内でしたら全額返金できます。", C),
    ('ja', "規定では有料ですが、今回は無料で対応いたします。", C),
    ('ja', "契約書によりますと、点検は年二回無料でございます。", C),
]
out = [{'id': f'ppol32-{i:02d}', 'lang': l, 'text': t, 'flag': f, 'category': 'policy-shield' if f else 'clean'}
       for i, (l, t, f) in enumerate(ROWS, 1)]
with open('replies.jsonl', 'w', encoding='utf-8') as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), 'rows')
