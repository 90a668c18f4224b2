/**
 * A feeling named first and then acknowledged as understood, in Chinese: the agent's own "I
 * understand" closing a clause (这种感觉我懂, 心里发慌，这我能体会, 气成这样，我懂, 心都乱埋，我好明白)
 * after two or more Han characters of its sentence that say what is understood. The stock frames
 * put 理解 / 体会 before the feeling word (我理解您的心情); a sentence that is nothing but 我明白 says
 * no feeling, 我明白了 (with 了) is the false reaction the digest warns of, and 我理解得对吗 asks
 * about the restatement: none of them ends here.
 */
export const FEELING_NAMED_FIRST =
  /(?<=[\u3400-\u9fff][^.!?]*[\u3400-\u9fff][^.!?]*)我(?:都|也|完全|非常|很|好|真的|真|十分|特别|相当|实在|挺|蛮|超){0,2}(?:能|可以)?够?(?:体会|理解|懂|明白|了解)(?:的|啦|喔|嘅)?(?=[,.!?;]|$)/;
