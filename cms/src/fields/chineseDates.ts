import type { Field } from 'payload';

/** How a person in China writes a date: 2026年11月30日, with the time as 22:41 (24-hour). */
export const chineseDay = 'yyyy年M月d日';
export const chineseDateTime = 'yyyy年M月d日 HH:mm';

const beijingDateField = '/components/fields/BeijingDateField.tsx#BeijingDateField';

type Appearance = 'dayAndTime' | 'dayOnly' | 'default' | 'monthOnly' | 'timeOnly';

const formatFor: Record<Appearance, string> = {
  dayOnly: chineseDay,
  monthOnly: 'yyyy年M月',
  timeOnly: 'HH:mm',
  dayAndTime: chineseDateTime,
  // Payload's default picker shows MM/dd/yyyy; most such fields here are timestamps.
  default: chineseDateTime,
};

function withFormats(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'date') {
      const date = field.admin?.date ?? {};
      if (date.displayFormat) return field;
      const appearance = (date.pickerAppearance ?? 'default') as Appearance;
      // Nobody types a read-only date: shown as Beijing-time text rather than in the browser's zone.
      const components = field.admin?.readOnly && !field.admin.components?.Field ? { ...field.admin.components, Field: beijingDateField } : field.admin?.components;
      return { ...field, admin: { ...field.admin, components, date: { ...date, displayFormat: formatFor[appearance] } } } as Field;
    }
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withFormats(tab.fields) })) };
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withFormats(block.fields) })) };
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: withFormats(field.fields) } as Field;
    return field;
  });
}

/**
 * Every date field's list cell *and input* in Chinese year-month-day order. The root
 * `admin.dateFormat` covers list cells and 创建/修改时间 only; the date picker's input falls back to
 * US order (10/31/2026) unless the field has its own `admin.date.displayFormat`. List cells and
 * 创建/修改时间 read Beijing time through the patched `formatDate` (scripts/patch-payload-ui.mjs);
 * read-only dates are Beijing-time text (BeijingDateField).
 */
export function withChineseDates<T extends { fields: Field[] }>(entities: T[]): T[] {
  return entities.map((entity) => ({ ...entity, fields: withFormats(entity.fields) }));
}
