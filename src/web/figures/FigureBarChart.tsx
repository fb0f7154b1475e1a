import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface FigureBar { label: string; value: number }

/**
 * One horizontal bar per category, with its number at the end of the bar. The chart is for the eye; the
 * same numbers are in the table beside it for a screen reader and the keyboard (the chart itself is hidden from
 * both, so it takes no focus either).
 */
export function FigureBarChart({ bars, valueLabel }: { bars: FigureBar[]; valueLabel: string }) {
  const height = 48 + bars.length * 40;
  return (
    <div className="rondom-chart" aria-hidden="true" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: 48, bottom: 8, left: 8 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 14 }} />
          <YAxis type="category" dataKey="label" width={260} tick={{ fontSize: 14 }} interval={0} />
          <Tooltip formatter={(value) => [value, valueLabel]} />
          <Bar dataKey="value" name={valueLabel} fill="var(--rondom-chart-bar, #01689b)" isAnimationActive={false}>
            <LabelList dataKey="value" position="right" style={{ fontSize: 14 }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
