/** Fake charts: a chart remembers its type, source block, title, name and placement. */
import type { Chart, ChartCollection } from '../../../src/excel/context';
import { parseRect } from '../address';
import { fakeError } from '../errors';
import type { FakeChart, FakeSheet } from '../state';
import { assertWritable, FakeClientObject, FakeRequestContext, once, parseItemsLoad } from './base';
import type { FakeRange } from './range';

interface ChartTarget {
  readonly sheet: FakeSheet;
  readonly chart: FakeChart;
}

export class FakeChartProxy extends FakeClientObject<ChartTarget> implements Chart {
  readonly title: { text: string };

  constructor(
    context: FakeRequestContext,
    path: string,
    resolve: () => ChartTarget | null,
    nullable = false,
  ) {
    super(context, path, once(resolve), nullable);
    const queue = (value: string): void =>
      this.queue({ set: 'title.text', value }, ({ sheet, chart }) => {
        assertWritable(sheet, 'chart.title');
        chart.title = value;
      });
    this.title = {
      get text(): string {
        throw fakeError('PropertyNotLoaded', `${path}.title.text`);
      },
      set text(value: string) {
        queue(value);
      },
    };
  }

  protected readers() {
    return { name: (t: ChartTarget) => t.chart.name };
  }

  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.queue({ set: 'name', value: name }, ({ sheet, chart }) => {
      assertWritable(sheet, 'chart.name');
      chart.name = name;
    });
  }

  setPosition(startCell: string, endCell?: string): void {
    this.queue({ method: 'setPosition', args: [startCell, endCell] }, ({ sheet, chart }) => {
      assertWritable(sheet, 'chart.setPosition');
      if (!parseRect(startCell) || (endCell !== undefined && !parseRect(endCell))) {
        throw fakeError('InvalidArgument', 'setPosition');
      }
      chart.position =
        endCell === undefined ? { start: startCell } : { start: startCell, end: endCell };
    });
  }

  delete(): void {
    this.queue({ method: 'delete' }, ({ sheet, chart }) => {
      assertWritable(sheet, 'chart.delete');
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
    });
  }
}

export class FakeChartCollection implements ChartCollection {
  private loadedItems: FakeChartProxy[] | null = null;

  constructor(
    private readonly context: FakeRequestContext,
    private readonly path: string,
    private readonly sheet: () => FakeSheet,
  ) {}

  get items(): FakeChartProxy[] {
    if (!this.loadedItems) throw fakeError('PropertyNotLoaded', `${this.path}.items`);
    return this.loadedItems;
  }

  private proxyFor(sheet: FakeSheet, chart: FakeChart, path: string): FakeChartProxy {
    return new FakeChartProxy(this.context, path, () =>
      sheet.charts.includes(chart) ? { sheet, chart } : null,
    );
  }

  load(propertyNames: string): this {
    const names = parseItemsLoad(propertyNames);
    if (!names || !names.every((name) => name === 'name')) {
      throw fakeError('InvalidArgument', `${this.path}.load(${propertyNames})`);
    }
    this.context.enqueue({
      request: { path: this.path, load: propertyNames },
      apply: () => {
        const sheet = this.sheet();
        return sheet.charts.map((chart) => ({ chart, name: chart.name }));
      },
      commit: (items) => {
        const sheet = this.sheet();
        this.loadedItems = (items as { chart: FakeChart; name: string }[]).map(({ chart }, i) => {
          const proxy = this.proxyFor(sheet, chart, `${this.path}.items[${i}]`);
          proxy.preload('name', chart.name);
          return proxy;
        });
      },
    });
    return this;
  }

  add(
    type: 'ColumnClustered',
    sourceData: FakeRange,
    seriesBy: 'Auto' | 'Columns' | 'Rows' = 'Auto',
  ): FakeChartProxy {
    let created: ChartTarget | null = null;
    this.context.enqueue({
      request: { path: this.path, method: 'add', args: [type, sourceData.path, seriesBy] },
      apply: () => {
        const sheet = this.sheet();
        assertWritable(sheet, 'charts.add');
        const source = sourceData.resolved();
        let n = sheet.charts.length + 1;
        while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
        const chart: FakeChart = {
          name: `Chart ${n}`,
          type,
          source: source.rect,
          seriesBy,
          title: '',
          position: null,
        };
        sheet.charts.push(chart);
        created = { sheet, chart };
        return null;
      },
    });
    return new FakeChartProxy(this.context, `${this.path}.add()`, () => created);
  }

  getItemOrNullObject(name: string): FakeChartProxy {
    return new FakeChartProxy(
      this.context,
      `${this.path}.getItemOrNullObject(${name})`,
      () => {
        const sheet = this.sheet();
        const chart = sheet.charts.find((c) => c.name === name);
        return chart ? { sheet, chart } : null;
      },
      true,
    );
  }
}
