/**
 * How search compares words: the server's rule (sync/content/src/reading/search_folding.rs),
 * which this follows letter for letter; both are tested against
 * tests/fixtures/content/search-folding.json. Lowercase, no accents or vowel marks,
 * Arabic-script letters people type interchangeably made one, and the Arabic article
 * with its common prefixes dropped: "شتاء" finds "الشتاء", "medecin" finds "médecin".
 */

/** The article and the article behind a one-letter prefix, longest first, in folded letters, with the letters a word keeps after it. */
const ARTICLES: readonly [string, number][] = [["وال", 3], ["بال", 3], ["کال", 3], ["فال", 3], ["لل", 3], ["ال", 2]];

const LETTERS: Record<string, string> = { "ـ": "", "إ": "ا", "أ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ی", "ي": "ی", "ك": "ک", "ة": "ه" };

/** One word folded for search. */
export function foldWord(word: string): string {
  const letters = word
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[ـإأآٱىيكة]/g, (letter) => LETTERS[letter]);
  for (const [article, keep] of ARTICLES) {
    if (letters.startsWith(article) && [...letters.slice(article.length)].length >= keep) return letters.slice(article.length);
  }
  return letters;
}

/** The words of a text, as search splits it (before folding). */
export function splitWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
}
