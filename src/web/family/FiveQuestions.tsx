import { useTranslation } from 'react-i18next';
import type { QuestionAnswerView } from '../../api/contract.ts';
import { Section } from '../components/Section.tsx';
import { questionText } from '../format.ts';

const badge = { answered: 'rondom-badge--ok', unanswered: 'rondom-badge--danger', not_yet_answerable: 'rondom-badge--neutral' } as const;

/** The inspectorate's five questions, answered live; an unanswered one is an alert, never a hidden field. */
export function FiveQuestions({ answers }: { answers: QuestionAnswerView[] }) {
  const { t } = useTranslation();
  const open = answers.filter((a) => a.status === 'unanswered').length;
  return (
    <Section id="questions" title={t('family.sections.questions')}>
      <p className="utrecht-paragraph">{open > 0 ? t('questions.openCount', { count: open }) : t('questions.allAnswered')}</p>
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
