/**
 * Issue 14: the pane speaks one register in Chinese. Business software says
 * 您, not 你; Chinese text takes full-width punctuation (`错误（2）`, not
 * `错误 (2)`); the pane is Office's 任务窗格, never 面板. Checked over every
 * string of the pane's Chinese catalogue, so a new string cannot slip.
 */
import { paneMessages } from '../../src/taskpane/messages';

const CJK = '[\\u3400-\\u9fff]';
// Half-width punctuation touching a Chinese character (spaces between allowed), either side.
const HALF_WIDTH_BESIDE_CJK = new RegExp(`${CJK}\\s*[(),:;!?]|[(),;!?]\\s*${CJK}`);

const chinese = Object.entries(paneMessages['zh-CN']);

describe('the pane’s Chinese catalogue (issue 14: one register)', () => {
  it('holds strings to check', () => {
    expect(chinese.length).toBeGreaterThan(100);
  });

  it('addresses the user as 您, never 你', () => {
    expect(chinese.filter(([, text]) => text.includes('你'))).toEqual([]);
  });

  it('uses full-width punctuation beside Chinese text', () => {
    expect(chinese.filter(([, text]) => HALF_WIDTH_BESIDE_CJK.test(text))).toEqual([]);
  });

  it('calls the pane 任务窗格, as Office does', () => {
    expect(chinese.filter(([, text]) => text.includes('面板'))).toEqual([]);
  });
});
