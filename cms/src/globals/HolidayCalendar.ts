import type { Field, GlobalConfig } from 'payload';
import { authenticated } from '../access/authenticated.ts';
import { isAdmin } from '../access/isAdmin.ts';

const day = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'yyyy年M月d日' } };

/** A list of dated days with a note: the shape of both lists of the calendar. */
function dateList(name: string, label: string, singular: string, noteLabel: string): Field {
  return {
    name,
    type: 'array',
    label,
    labels: { singular, plural: singular },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'date', type: 'date', label: '日期', required: true, admin: day },
          { name: 'name', type: 'text', label: noteLabel },
        ],
      },
    ],
  };
}

/**
 * 节假日安排: the days that are not working days although they fall Monday to Friday (法定节假日),
 * and the weekend days that are (调休上班), as the State Council publishes them each year. Working-day
 * periods (征求意见期、办理时限) are counted on this calendar in Beijing time.
 */
export const HolidayCalendar: GlobalConfig = {
  slug: 'holiday-calendar',
  label: '节假日安排',
  admin: { group: '审核与发布', description: '按国务院办公厅每年发布的放假安排维护；工作日计算的征求意见期、办理时限按此计算。' },
  access: { read: authenticated, update: isAdmin },
  fields: [
    dateList('holidays', '放假日期（工作日中休息的日子）', '放假日', '节日'),
    dateList('workdays', '调休上班日期（周末上班的日子）', '调休上班日', '说明'),
  ],
};
