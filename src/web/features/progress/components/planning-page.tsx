import {
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { LoadState } from '../../../components/load-state';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n';
import { useQuarterPlan } from '../api/get-planning';
import { TableScroll } from './table-scroll';
import { ProgressHeader, progressPath } from './progress-nav';
import { DemoLabel, MilestoneMark } from './status-badge';
import { NodeRef } from './node-ref';

/** Quarter milestone planning: rows are projects, columns Q1–Q4 of the chosen year. */
export function PlanningPage() {
  const { programmeId = '' } = useParams();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('jaar')) || new Date().getFullYear();
  const [input, setInput] = useState(String(year));
  const plan = useQuarterPlan(programmeId, year);
  return (
    <>
      <ProgressHeader programme={programmeId} title={t('progress.planning.title', { year })} />
      <form
        className="rt-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (/^\d{4}$/.test(input.trim())) setParams({ jaar: input.trim() });
        }}
      >
        <TextField label={t('progress.planning.year')} name="jaar" value={input} onValue={setInput} />
        <Button type="submit" appearance="secondary-action-button">
          {t('progress.period.show')}
        </Button>
      </form>
      <Paragraph>{t('progress.planning.note')}</Paragraph>
      <LoadState value={plan}>
        {(p) =>
          p.rows.every((r) => r.quarters.every((q) => q.length === 0)) ? (
            <Paragraph>{t('progress.planning.empty')}</Paragraph>
          ) : (
            <>
              {p.hasDemo && (
                <Paragraph className="rt-demo-notice" data-testid="demo-notice">
                  <DemoLabel /> {t('reading.demo.planning')}
                </Paragraph>
              )}
              <TableScroll label={t('progress.planning.caption', { level: p.levelLabel, year: p.year })}>
                <Table className="rt-planning">
                  <TableCaption>{t('progress.planning.caption', { level: p.levelLabel, year: p.year })}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{p.levelLabel}</TableHeaderCell>
                      {[1, 2, 3, 4].map((q) => (
                        <TableHeaderCell scope="col" key={q}>{`Q${q} ${p.year}`}</TableHeaderCell>
                      ))}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {p.rows.map((r) => (
                      <TableRow key={r.nodeId} data-testid="planning-row">
                        <TableHeaderCell scope="row">
                          <NodeRef path={r.path} code={r.code} title={r.title} to={progressPath(programmeId, `/elementen/${r.nodeId}`)} />
                        </TableHeaderCell>
                        {r.quarters.map((cells, i) => (
                          <TableCell key={i}>
                            <ul className="rt-plain-list">
                              {cells.map((c) => (
                                <li key={c.milestoneId}>
                                  <span className={c.isPlaceholder ? 'rt-placeholder' : undefined}>{c.title}</span>{' '}
                                  {c.dueLabel && <span className="rt-muted">({c.dueLabel})</span>} <MilestoneMark state={c.state} />{' '}
                                  {c.isDemo && <DemoLabel />}
                                </li>
                              ))}
                            </ul>
                          </TableCell>
                        ))}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableScroll>
            </>
          )
        }
      </LoadState>
    </>
  );
}
