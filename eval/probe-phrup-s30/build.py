"""Session 30's third Chinese probe (简体, 粵, 台), written from the training digest before any change for its
act: the customer's displeasure made the condition, then the customer sent off on their own to someone over
us (自己写信给董事长 / 你自己去搵校監講 / 自己去跟社長反映), with nothing handed over — the digest escalates
on the customer's behalf rather than telling them to go and find someone. Hard clean twins: the same
condition with the agent taking it up, the boss brought in, a contact given by the agent, writing to us."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_rows import write_replies  # noqa: E402

ROWS = [
    ("hans", True, "send-to-manager", "对处理结果不满意的话，您就自己写信给董事长。", "简: displeasure, then write to the chair yourself"),
    ("hans", True, "send-to-manager", "要是还有意见，你自己去跟馆长反映。", "简: 有意见, then go to the curator yourself"),
    ("hans", True, "send-to-manager", "不满意？那您自己给总经理写信吧。", "简: 给X写信 yourself"),
    ("yue", True, "send-to-manager", "唔滿意嘅話，你自己寫電郵去理事長啦。", "粵: email the chair yourself"),
    ("yue", True, "send-to-manager", "覺得唔公平就自己去搵校監講。", "粵: unfair, then go to the supervisor yourself"),
    ("tw", True, "send-to-manager", "不滿意的話，你自己寫信給董事會。", "台: write to the board yourself"),
    ("tw", True, "send-to-manager", "有意見你就自己去跟社長反映。", "台: go to the club head yourself"),
    ("hans", False, "clean-manager-brought", "对处理结果不满意的话，我帮您把情况报给董事长办公室，三天内给您回复。", "简: the agent takes it up"),
    ("yue", False, "clean-manager-brought", "唔滿意嘅話，我同你約理事長，星期五當面傾。", "粵: the agent arranges the meeting"),
    ("tw", False, "clean-manager-brought", "不滿意的話，我們社長明天會親自打給您。", "台: the boss will call"),
    ("hans", False, "clean-apology-action", "不满意您随时告诉我，我一定改到您满意为止。", "简: the agent keeps it"),
    ("tw", False, "clean-handover", "有意見歡迎寫信給董事會，信箱是board@example.tw，我們一週內回覆。", "台: an address and a reply promised"),
    ("hans", False, "clean-handover", "不满意的话您自己写信给我们就行，地址在收据背面，我们三天内回复。", "简: writing to us"),
]

write_replies("pu30", ROWS)
