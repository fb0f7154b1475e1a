import type { FigureBar } from './FigureBarChart.tsx';

/** The numbers of a chart as a table: what a screen reader reads, and what anyone can copy. */
export function FigureTable({ caption, bars, categoryLabel, valueLabel }: { caption: string; bars: FigureBar[]; categoryLabel: string; valueLabel: string }) {
  return (
    <div className="rondom-table-scroll">
      <table className="utrecht-table rondom-figures-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{categoryLabel}</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">{valueLabel}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {bars.map((bar) => (
            <tr key={bar.label} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">{bar.label}</th>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{bar.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
