/** SPEC §4: reading values. */
import { cellScalar, cellText } from '../../src/core/values/cell';
import { parseDate } from '../../src/core/values/dates';
import { parseDateRange } from '../../src/core/values/dateRange';
import { parsePerson } from '../../src/core/values/person';
import { parsePriority } from '../../src/core/values/priority';
import { parseStatus } from '../../src/core/values/status';

const date = (value: unknown) => parseDate(cellScalar(value));
const range = (value: unknown) => parseDateRange(cellScalar(value));
const status = (value: unknown) => parseStatus(value);
const priority = (value: unknown) => parsePriority(value);
const person = (value: unknown) => parsePerson(cellText(value));

describe('dates', () => {
  it.each([
    ['2023-07-05'],
    ['2023/7/5'],
    ['2023.07.05'],
    ['2023年7月5日'],
    ['2023-07-05 14:00'],
    ['2023/7/5 9:30:15'],
    ['2023年7月5日 14:00'],
    ['2023-07-05T00:00:00.000Z'],
    ['2023/7/5 下午2:00'],
    ['2023-07-05 14:00-16:00'],
    ['2023年7月5日 9:30 AM'],
    ['２０２３－０７－０５'],
    ['  2023-07-05  '],
  ])('text date %s reads as 2023-07-05 (time ignored)', (text) => {
    expect(date(text)).toEqual({ ok: true, value: '2023-07-05' });
  });

  it('an Excel serial reads as its day', () => {
    expect(date(45112)).toEqual({ ok: true, value: '2023-07-05' });
  });

  it('a Date object reads as its day', () => {
    expect(date(new Date(Date.UTC(2023, 6, 5)))).toEqual({ ok: true, value: '2023-07-05' });
  });

  it('a formula result is read through', () => {
    expect(date({ formula: 'DATE(2023,7,5)', result: new Date(Date.UTC(2023, 6, 5)) })).toEqual({
      ok: true,
      value: '2023-07-05',
    });
  });

  it.each([['下周'], ['待定下周'], ['2023-02-30'], ['2023-13-01'], ['45112x']])(
    'not dates: %s → invalid-date',
    (text) => {
      expect(date(text)).toEqual({ ok: false, reason: 'invalid', text });
    },
  );

  it.each([['待定'], ['待商定'], [' TBD '], ['tbd'], ['N/A'], ['-'], ['？']])(
    'a placeholder for a day not set yet (%s) is no day, as a blank is',
    (text) => {
      expect(date(text)).toEqual({ ok: false, reason: 'blank' });
    },
  );

  it('blank cells are blank, not invalid', () => {
    for (const value of [null, undefined, '', '   ', '\u3000', { richText: [] }]) {
      expect(date(value)).toEqual({ ok: false, reason: 'blank' });
    }
  });

  it('errors, booleans, objects and arrays are typed "not a value" results, never exceptions', () => {
    for (const value of [
      { error: '#N/A' },
      true,
      {},
      [],
      [1],
      Symbol('s'),
      () => 1,
      NaN,
      Infinity,
      1e308,
    ]) {
      expect(date(value)).toMatchObject({ ok: false, reason: 'invalid' });
    }
  });
});

describe('ranges in one cell', () => {
  it.each([
    ['2023.07.01-07.15', '2023-07-01', '2023-07-15'],
    ['2023/07/01-2023/07/09', '2023-07-01', '2023-07-09'],
    ['2023-07-05~2023-07-26', '2023-07-05', '2023-07-26'],
    ['2023-07-05-2023-07-26', '2023-07-05', '2023-07-26'],
    ['2023-07-05 - 07-26', '2023-07-05', '2023-07-26'],
    ['2023年7月1日至7月15日', '2023-07-01', '2023-07-15'],
    ['2023年7月1日到2023年8月2日', '2023-07-01', '2023-08-02'],
    ['2023.07.01–07.15', '2023-07-01', '2023-07-15'],
    ['2023.07.01—07.15', '2023-07-01', '2023-07-15'],
    ['2023.07.01～07.15', '2023-07-01', '2023-07-15'],
    ['2023.07.01-15', '2023-07-01', '2023-07-15'],
    ['2023.12.20-01.05', '2023-12-20', '2023-01-05'],
  ])('%s reads as %s … %s (a year-less end takes the start year)', (text, start, end) => {
    expect(range(text)).toEqual({ ok: true, value: { start, end } });
  });

  it('ISO dates are not split at their own hyphens', () => {
    expect(range('2023-07-05')).toEqual({
      ok: true,
      value: { start: '2023-07-05', end: '2023-07-05' },
    });
  });

  it.each([['7月1日至7月15日'], ['2023.07.01-07.32'], ['下周'], ['2023-02-30~2023-03-02']])(
    'a range that does not read is invalid-date: %s',
    (text) => {
      expect(range(text)).toMatchObject({ ok: false, reason: 'invalid' });
    },
  );
});

describe('status synonyms', () => {
  it.each([
    ['待启动', 'notStarted'],
    ['未开始', 'notStarted'],
    ['未启动', 'notStarted'],
    ['待开始', 'notStarted'],
    ['待啟動', 'notStarted'],
    ['To do', 'notStarted'],
    ['not started', 'notStarted'],
    ['进行中', 'inProgress'],
    ['處理中', 'inProgress'],
    ['进行中', 'inProgress'],
    ['進行中', 'inProgress'],
    ['处理中', 'inProgress'],
    ['执行中', 'inProgress'],
    ['DOING', 'inProgress'],
    ['In Progress', 'inProgress'],
    ['已完成', 'done'],
    ['完成', 'done'],
    ['已完结', 'done'],
    ['Completed', 'done'],
    ['done', 'done'],
    ['已暫停', 'onHold'],
    ['暂停', 'onHold'],
    ['Paused', 'onHold'],
    ['On hold', 'onHold'],
    ['取消', 'cancelled'],
    ['已取消', 'cancelled'],
    ['Canceled', 'cancelled'],
    ['CANCELLED', 'cancelled'],
    [' 进行中 ', 'inProgress'],
  ])('%s → %s', (text, value) => {
    expect(status(text)).toEqual({ ok: true, value });
  });

  it('an unknown status is invalid with its text', () => {
    expect(status('搞定了吧')).toEqual({ ok: false, reason: 'invalid', text: '搞定了吧' });
  });
});

describe('priority synonyms', () => {
  it.each([
    ['高', 'high'],
    ['High', 'high'],
    ['h', 'high'],
    ['中', 'medium'],
    ['MEDIUM', 'medium'],
    ['M', 'medium'],
    ['低', 'low'],
    ['low', 'low'],
    ['L', 'low'],
  ])('%s → %s', (text, value) => {
    expect(priority(text)).toEqual({ ok: true, value });
  });

  it('other text is invalid; blank is blank', () => {
    expect(priority('超高')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(priority('')).toEqual({ ok: false, reason: 'blank' });
  });
});

describe('owners', () => {
  it.each([
    [''],
    ['-'],
    ['—'],
    ['/'],
    ['*'],
    ['?'],
    ['？'],
    ['待定'],
    ['待分配'],
    ['未分配'],
    ['无'],
    ['TBD'],
    ['tbd'],
    ['N/A'],
    ['NA'],
    ['none'],
    [null],
  ])('no owner: %s', (text) => {
    expect(person(text)).toBeNull();
  });

  it('a masked name such as 张* is an owner', () => {
    expect(person('张*')).toBe('张*');
  });
});

describe('full-width normalisation', () => {
  it('full-width digits and punctuation are folded before matching', () => {
    expect(date('２０２３年７月５日')).toEqual({ ok: true, value: '2023-07-05' });
    expect(range('２０２３．０７．０１－０７．１５')).toEqual({
      ok: true,
      value: { start: '2023-07-01', end: '2023-07-15' },
    });
    expect(priority('Ｈｉｇｈ')).toEqual({ ok: true, value: 'high' });
  });

  it('rich text is read as its concatenated runs', () => {
    expect(status({ richText: [{ text: '进行' }, { text: '中' }] })).toEqual({
      ok: true,
      value: 'inProgress',
    });
  });
});
