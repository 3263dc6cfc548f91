/** The minutes as the strings they print, for asking whether the PDF writer can set them all. */
import type { Minutes } from '../model';

/** Every string the minutes print. */
export function* minutesTexts(minutes: Minutes): Generator<string> {
  yield minutes.title;
  yield minutes.generated;
  for (const section of minutes.sections) {
    yield section.heading;
    for (const block of section.blocks) {
      switch (block.kind) {
        case 'subheading':
        case 'paragraph':
          yield block.text;
          break;
        case 'fields':
          for (const field of block.fields) {
            yield field.label;
            yield field.value;
          }
          break;
        case 'list':
          yield* block.items;
          break;
        case 'table':
          yield* block.header;
          for (const row of block.rows) yield* row;
          break;
        case 'chart':
          yield* block.chart.axis;
          yield* block.chart.labels;
          yield* block.chart.header;
          for (const row of block.chart.rows) yield* row;
          break;
      }
    }
  }
}
