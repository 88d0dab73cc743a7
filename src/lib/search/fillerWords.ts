/**
 * Words that say nothing about what someone is looking for: left out of the index's English text
 * (to keep it small) and out of queries (so "how do I get a vaccine for my kid" is about vaccines).
 * No dictionary: a short list of the question words and particles people type around what they mean.
 */

/** Too common in the plan's English to tell one page from another. */
export const englishStopWords = new Set(
  'a an and are as at be by for from has have in into is it its of on or other such that the their them they this to under which who whose will with'.split(
    ' ',
  ),
);

/** Said around an English question: never the subject of it. */
const englishQuestionWords = new Set(
  'i me my we our you your he she his her how what where when why do does did can could should would get got need want please help find about any there here is are'.split(
    ' ',
  ),
);

/**
 * Said around a Chinese question (怎么办, 去哪里, 吗): cut out of a query before it is compared, so
 * they neither match nor count against a match. Longest first, so 去哪里 goes before 哪里; not 怎么办,
 * which would take the 办 of 怎么办理.
 */
const chineseQuestionWords = [
  '怎么样',
  '怎么',
  '怎样',
  '如何',
  '去哪里',
  '在哪里',
  '哪里',
  '哪儿',
  '在哪',
  '去哪',
  '什么',
  '能不能',
  '可不可以',
  '有没有',
  '是不是',
  '可以',
  '请问',
  '想问',
  '我想',
  '我住在',
  '我家',
  '我的',
  '我们',
  '一下',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '嘛',
];

/**
 * A normalised query with the question words taken out (each replaced by a space, so the words on
 * either side are not joined). Returns the query unchanged if nothing else would be left.
 * @example withoutQuestionWords('孩子打疫苗去哪里') // '孩子打疫苗 '
 * @example withoutQuestionWords('how do i get a vaccine') // 'vaccine'
 */
export function withoutQuestionWords(query: string): string {
  let result = query;
  for (const word of chineseQuestionWords) result = result.split(word).join(' ');
  result = result
    .split(' ')
    .filter((word) => !englishQuestionWords.has(word) && !englishStopWords.has(word))
    .join(' ');
  const trimmed = result.replace(/\s+/gu, ' ').trim();
  return trimmed === '' ? query : trimmed;
}
