/**
 * Text as the engine matches it: full-width forms folded to half-width
 * (`（`→`(`, `０`→`0`, `～`→`~`), spaces trimmed. Matching keys also drop case
 * and inner spaces and fold the Traditional characters of our vocabulary.
 */

/** Full-width ASCII block and the ideographic space: the only characters NFKC needs to touch for us. */
const NEEDS_FOLDING = /[\u3000\uFF01-\uFF5E]/;

export function foldWidth(text: string): string {
  return NEEDS_FOLDING.test(text) ? text.normalize('NFKC') : text;
}

/**
 * Traditional → Simplified for the characters of the words we recognise
 * (headers, statuses, priorities, placeholders); other text is never rewritten.
 */
const TRADITIONAL =
  '進啟暫務稱負責門狀態備註間時開優級當關鍵節點際況協項編號發議結執處辦劃計實無單週復盤標數員溝總與題產銷場畢經歸屬內風險說預調論會續確認錄記範圍終據緊類別決啓須補畫佈參贊動個們來對為後從應導報層問歷戶額評價質試訓練課講師隊線營運監檢聯絡紀檔擔廠購資財帳賬稅詳細區團訖達長鐘繫係滿訪審請見領過準駁欄費設討績陣統響觸條閾閉規轉諮詢訂縮減輕緩體術';
const SIMPLIFIED =
  '进启暂务称负责门状态备注间时开优级当关键节点际况协项编号发议结执处办划计实无单周复盘标数员沟总与题产销场毕经归属内风险说预调论会续确认录记范围终据紧类别决启须补划布参赞动个们来对为后从应导报层问历户额评价质试训练课讲师队线营运监检联络纪档担厂购资财账账税详细区团讫达长钟系系满访审请见领过准驳栏费设讨绩阵统响触条阈闭规转咨询订缩减轻缓体术';
const TRADITIONAL_CHARS = new RegExp(`[${TRADITIONAL}]`, 'g');

export function toSimplified(text: string): string {
  return text.replace(TRADITIONAL_CHARS, (char) => SIMPLIFIED.charAt(TRADITIONAL.indexOf(char)));
}

/**
 * Simplified → Traditional for the characters of our vocabulary, the first
 * Traditional form of each: the sheet's formulas cannot fold script as
 * `matchKey` does, so they list a word's Traditional spelling too.
 */
export function toTraditional(text: string): string {
  let out = '';
  for (const char of text) {
    const at = SIMPLIFIED.indexOf(char);
    out += at >= 0 && TRADITIONAL.charAt(at) !== char ? TRADITIONAL.charAt(at) : char;
  }
  return out;
}

/** The key a header or a vocabulary word is matched by. */
export function matchKey(text: string): string {
  let key = MATCH_KEYS.get(text);
  if (key === undefined) {
    key = toSimplified(foldWidth(text).replace(/\s+/g, '').toLowerCase());
    // A long text is a note, not a repeated word: memoising it would only hold it.
    if (text.length > MATCH_KEY_LONGEST_CACHED) return key;
    if (MATCH_KEYS.size >= MATCH_KEY_CACHE_LIMIT) MATCH_KEYS.clear();
    MATCH_KEYS.set(text, key);
  }
  return key;
}

/** Statuses, owners and departments repeat down a sheet: each distinct text is folded once (a pure memo). */
const MATCH_KEYS = new Map<string, string>();
const MATCH_KEY_CACHE_LIMIT = 10_000;
const MATCH_KEY_LONGEST_CACHED = 256;
