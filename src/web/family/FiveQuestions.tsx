import { useTranslation } from 'react-i18next';
import type { QuestionAnswerView } from '../../api/contract.ts';
import { Section } from '../components/Section.tsx';
import { questionText } from '../format.ts';

const badge = { answered: 'rondom-badge--ok', unanswered: 'rondom-badge--danger', not_yet_answerable: 'rondom-badge--neutral' } as const;

/**
 * The inspectorate's five questions, answered live; an unanswered one is an alert, never a hidden field. The
 * headline counts what is open — questions and patterns — and never says "all answered" while anything is.
 */
export function FiveQuestions({ answers, openPatternAlerts }: { answers: QuestionAnswerView[]; openPatternAlerts: number }) {
  const { t } = useTranslation();
  const open = answers.filter((a) => a.status === 'unanswered').length;
  const notYet = answers.filter((a) => a.status === 'not_yet_answerable').length;
  const headline = [
    open > 0 && t('questions.openCount', { count: open }),
    notYet > 0 && t('questions.notYetCount', { count: notYet }),
    openPatternAlerts > 0 && t('questions.patternsOpen', { count: openPatternAlerts }),
  ].filter((part): part is string => typeof part === 'string');
  return (
    <Section id="questions" title={t('family.sections.questions')}>
      <p className="utrecht-paragraph">{headline.length > 0 ? headline.join(' ') : t('questions.allAnswered')}</p>
      <ol className="rondom-questions">
        {answers.map((answer) => (
          <li key={answer.number} className={`rondom-question rondom-question--${answer.status}`}>
            <p className="rondom-question__title">
              <strong>{answer.number}. {t(`questions.titles.${answer.number}`)}</strong>{' '}
              <span className={`rondom-badge ${badge[answer.status]}`}>{t(`questions.status.${answer.status}`)}</span>
            </p>
            <p className="utrecht-paragraph">{questionText(t, answer)}</p>
          </li>
        ))}
      </ol>
    </Section>
  );
}
