/** The customer let choose (您自己挑就好 / 你定就得): a permission, not the bare 您自己拿主意. */
const CUSTOMER_CHOOSES =
  /(?:你|您)(?:们|哋)?(?:自己)?(?:随便|随意|慢慢)?(?:定|决定|选|挑|拣|揀|拿主意|做主)(?:就好|就行|就得|就可以)/u;
/**
 * Our side able to serve every option (三种我们都有 / 我们都能做 / 我哋都做得): a capability, not the
 * indifference of a bare 我们都行 / 我都可以.
 */
const ALL_SERVED = /(?:我们|我哋|咱们|我)[^,.!?;]{0,8}?都(?:有|(?:能|可以|会)(?![,.!?;]|$)|做得)/u;
/** The matter disowned (我不管 / 随便你 / 无所谓): the choice pushed back after all. */
const DISOWNED = /不管|随便你|无所谓|不关|唔关/u;

/**
 * A free choice offered: the customer left to pick, with our side able to serve whichever they
 * pick (颜色您自己挑就好，三种我们仓库都有 / 您自己定就好，我们都能做) and nothing disowned — the
 * opposite of the choice handed back alone.
 */
export function choiceServedZh(text: string): boolean {
  return CUSTOMER_CHOOSES.test(text) && ALL_SERVED.test(text) && !DISOWNED.test(text);
}
