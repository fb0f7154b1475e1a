import { useTranslation } from 'react-i18next';
import type { HouseholdDetail } from '../../api/contract.ts';
import { activeInvolvements, activeNetwork } from './props.ts';

interface Node { key: string; name: string; label: string; kind: 'professional' | 'network' }

/**
 * The family in the middle, professionals and network around it. The drawing is decorative for screen
 * readers (its title says what it is); the same information follows as a list right after it.
 */
export function NetworkPicture({ family }: { family: HouseholdDetail }) {
  const { t } = useTranslation();
  const nodes: Node[] = [
    ...activeInvolvements(family).map((i): Node => ({ key: i.id, name: i.name, label: `${i.name} · ${i.organisationName}`, kind: 'professional' })),
    ...activeNetwork(family).map((n): Node => ({ key: n.id, name: n.name, label: `${n.name} · ${n.relation}`, kind: 'network' })),
  ];
  const size = 440;
  const centre = size / 2;
  const radius = 150;
  const short = (text: string) => (text.length > 28 ? `${text.slice(0, 27)}…` : text);
  const titleId = `network-picture-${family.id}`;
  return (
    <>
    <h3 className="utrecht-heading-3">{t('picture.heading')}</h3>
    <figure className="rondom-figure">
      <svg role="img" aria-labelledby={titleId} viewBox={`0 0 ${size} ${size}`} className="rondom-network-svg">
        <title id={titleId}>{t('picture.title', { name: family.name, professionals: activeInvolvements(family).length, network: activeNetwork(family).length })}</title>
        {nodes.map((node, index) => {
          const angle = (2 * Math.PI * index) / Math.max(nodes.length, 1) - Math.PI / 2;
          const x = centre + radius * Math.cos(angle);
          const y = centre + radius * Math.sin(angle);
          return (
            <g key={node.key}>
              <line x1={centre} y1={centre} x2={x} y2={y} className={`rondom-svg-line rondom-svg-line--${node.kind}`} />
              <circle cx={x} cy={y} r={10} className={`rondom-svg-node rondom-svg-node--${node.kind}`} />
              <text x={x} y={y + (y < centre ? -18 : 28)} textAnchor="middle" className="rondom-svg-label">{short(node.name)}</text>
            </g>
          );
        })}
        <circle cx={centre} cy={centre} r={58} className="rondom-svg-family" />
        <text x={centre} y={centre - 4} textAnchor="middle" className="rondom-svg-family-label">{short(family.name)}</text>
        <text x={centre} y={centre + 18} textAnchor="middle" className="rondom-svg-family-sub">{t('picture.children', { count: family.children.length })}</text>
      </svg>
      <figcaption className="utrecht-paragraph">
        <span className="rondom-legend rondom-legend--professional">{t('picture.professionals')}</span>{' '}
        <span className="rondom-legend rondom-legend--network">{t('picture.network')}</span>
        <ul className="utrecht-unordered-list rondom-picture-list">
          {nodes.map((node) => <li key={node.key} className="utrecht-unordered-list__item">{t(`picture.kind.${node.kind}`)}: {node.label}</li>)}
        </ul>
      </figcaption>
    </figure>
    </>
  );
}
