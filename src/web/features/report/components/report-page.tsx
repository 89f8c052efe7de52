import { Button, Fieldset, FieldsetLegend, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { LoadState } from '../../../components/load-state';
import { RadioOption } from '../../../components/radio-option';
import { SelectField } from '../../../components/select-field';
import { StatusMessage } from '../../../components/status-message';
import { AppLink } from '../../../components/app-link';
import { useI18n } from '../../../lib/i18n';
import { downloadReport, type ReportChoice, type ReportFormat } from '../api/download-report';
import { useReportOptions } from '../api/report-options';

const FORMATS: ReportFormat[] = ['docx', 'pdf', 'xlsx', 'html'];

/** Make the board report: format, part, period and language, with progress while it builds. */
export function ReportPage() {
  const { programmeId = '' } = useParams();
  const { t, locale } = useI18n();
  const options = useReportOptions(programmeId);
  const [choice, setChoice] = useState<ReportChoice>({ format: 'docx', theme: '', period: '', lang: locale });
  const [phase, setPhase] = useState<'idle' | 'building' | 'done' | 'failed'>('idle');
  const [received, setReceived] = useState(0);
  const [message, setMessage] = useState('');
  const [file, setFile] = useState<{ url: string; name: string } | null>(null);
  const link = useRef<HTMLAnchorElement>(null);

  useEffect(() => () => (file ? URL.revokeObjectURL(file.url) : undefined), [file]);
  useEffect(() => {
    if (phase === 'done') link.current?.click();
  }, [phase]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (phase === 'building') return;
    setPhase('building');
    setReceived(0);
    setMessage(t('report.building'));
    try {
      const { blob, fileName } = await downloadReport(programmeId, choice, setReceived);
      setFile({ url: URL.createObjectURL(blob), name: fileName });
      setMessage(t('report.done', { file: fileName, size: Math.max(1, Math.round(blob.size / 1024)) }));
      setPhase('done');
    } catch (err) {
      setMessage(t('report.failed', { message: (err as Error).message }));
      setPhase('failed');
    }
  };

  return (
    <div className="rt-page">
      <LoadState value={options}>
        {({ programme, themes, periods }) => (
          <>
            <Paragraph>
              <AppLink to={`/programmas/${programme.slug}`}>{programme.title}</AppLink>
            </Paragraph>
            <Heading1>{t('report.title')}</Heading1>
            <Paragraph>{t('report.intro')}</Paragraph>
            <form className="rt-report-form" onSubmit={submit} aria-busy={phase === 'building'}>
              <Fieldset>
                <FieldsetLegend>{t('report.format')}</FieldsetLegend>
                {FORMATS.map((f) => (
                  <RadioOption
                    key={f}
                    name="format"
                    value={f}
                    checked={choice.format === f}
                    onChange={() => setChoice({ ...choice, format: f })}
                  >
                    {t(`report.format.${f}`)}
                  </RadioOption>
                ))}
              </Fieldset>
              <SelectField
                label={t('report.theme')}
                name="theme"
                value={choice.theme}
                emptyLabel={t('report.theme.all')}
                options={themes.map((n) => ({ value: n.id, label: n.code ? `${n.code} ${n.title}` : n.title }))}
                onChange={(theme) => setChoice({ ...choice, theme })}
              />
              <SelectField
                label={t('report.period')}
                name="period"
                value={choice.period}
                emptyLabel={t('report.period.default')}
                options={periods.map((p) => ({
                  value: p.id,
                  label: t(p.lockedAt ? 'report.period.locked' : 'report.period.open', { label: p.label }),
                }))}
                onChange={(period) => setChoice({ ...choice, period })}
              />
              <Fieldset>
                <FieldsetLegend>{t('report.language')}</FieldsetLegend>
                {(['nl', 'en'] as const).map((l) => (
                  <RadioOption key={l} name="lang" value={l} checked={choice.lang === l} onChange={() => setChoice({ ...choice, lang: l })}>
                    {t(`report.language.${l}`)}
                  </RadioOption>
                ))}
              </Fieldset>
              <Button type="submit" appearance="primary-action-button" disabled={phase === 'building'}>
                {t('report.submit')}
              </Button>
            </form>
            {phase === 'building' && (
              <div className="rt-report-progress">
                <label htmlFor="report-progress">{t('report.progressLabel')}</label>
                {/* Indeterminate while the server builds, then the bytes as they arrive. */}
                <progress id="report-progress" {...(received > 0 ? { value: received, max: received * 1.2 } : {})} />
              </div>
            )}
            <StatusMessage message={message} testId="report-status" />
            {file && (
              <Paragraph>
                <a ref={link} className="utrecht-link utrecht-link--html-a" href={file.url} download={file.name}>
                  {t('report.again')} ({file.name})
                </a>
              </Paragraph>
            )}
          </>
        )}
      </LoadState>
    </div>
  );
}
