"""Session 30's second Chinese and Japanese probe (简体, 粵, 台, 日本語), written from the training digest after
the first probe's change and before any change for these acts. Passing the buck as a bare statement: the
matter put with another unit by a copula (那是另一个部门的事 / 嗰啲係會計部嘅嘢 / 這個歸別的科管) and nothing after
it, no handover, no contact. A decision announced as already made (已经否了 / 已經拒咗) with no next step; a
shrug (さあ、私にはさっぱり). Hard clean twins: the same statements with the agent handing over, a number to
call, our own side named, the decision followed by another option, the shrug followed by a callback."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_replies  # noqa: E402

ROWS = [
    # the matter put with another unit, nothing after
    ("hans", True, "passing-buck", "发票抬头写错了？那是财务部的事。", "简: 那是X的事, nothing after"),
    ("hans", True, "passing-buck", "路灯不亮这种事，属于市政那边的管辖范围。", "简: 属于X的范围, nothing after"),
    ("hans", True, "passing-buck", "积分的问题是另外一个组负责的。", "简: 是X负责的, nothing after"),
    ("yue", True, "passing-buck", "張發票？嗰啲係會計部嘅嘢。", "粵: 係X嘅嘢, nothing after"),
    ("yue", True, "passing-buck", "冷氣滴水呢啲係管理處嘅事。", "粵: 係X嘅事, nothing after"),
    ("tw", True, "passing-buck", "停車證喔？那是管委會的事。", "台: 那是X的事, nothing after"),
    ("tw", True, "passing-buck", "這個歸別的科管。", "台: 歸X管, nothing after"),
    # the same with a handover, a number or our own side
    ("hans", False, "clean-handover", "发票是财务部负责的，我已经帮您催了，明天寄出。", "简: the agent acts after"),
    ("hans", False, "clean-transfer", "那是另一个部门的事，我帮您转过去，接电话的同事姓周。", "简: a transfer"),
    ("hans", False, "clean-handover", "路灯归市政管，他们的热线是12319，报一下灯杆编号就行。", "简: a number to call"),
    ("yue", False, "clean-handover", "嗰啲係會計部嘅嘢，我而家幫你打過去問。", "粵: the agent calls them"),
    ("tw", False, "clean-requirement-info", "停車證是管委會在發的，一樓服務台就可以辦。", "台: where to get it"),
    ("hans", False, "clean-apology-action", "这是我们部门的事，今天下班前一定给您处理好。", "简: our own side named"),
    ("tw", False, "clean-handover", "這個歸別的科管，我把您的案子轉給他們，科長明天會打給您。", "台: handed over with a callback"),
    # a decision announced as already made, nothing after
    ("hans", True, "refusal-no-alternative", "你们的包场申请，理事会上周已经否了。", "简: 已经否了, nothing after"),
    ("tw", True, "refusal-no-alternative", "延長營業的申請，里長那邊已經否決了。", "台: 已經否決了, nothing after"),
    ("yue", True, "refusal-no-alternative", "你申請嗰個攤位，主辦方已經拒咗。", "粵: 已經拒咗, nothing after"),
    ("hans", False, "clean-refusal-alternative", "包场申请理事会已经否了，不过周日下午那场还空着，我先帮您留着。", "简: another option after"),
    ("yue", False, "clean-refusal-alternative", "個攤位主辦方已經拒咗，但係隔籬街嗰個市集仲收緊，我send報名表俾你。", "粵: another market offered"),
    # the shrug
    ("ja", True, "nine-forbidden", "さあ、私にはさっぱりです。", "ja: a shrug, nothing after"),
    ("ja", True, "nine-forbidden", "さあ、どうなんでしょうね。", "ja: a shrug put as a musing"),
    ("ja", False, "clean-not-sure-callback", "さあ、私ではわかりかねますので、担当の者に確認して折り返しお電話いたします。", "ja: a callback after"),
]

write_replies("pb30", ROWS)
