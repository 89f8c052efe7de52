import {
  Button,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { amountProblem, readDutchAmount } from '../../../../domain/finance/amount';
import { DISTRIBUTION_KEYS, type DistributionKey } from '../../../../domain/finance/distribution-key';
import { nodePath } from '../../../../domain/finance/sheet';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadState } from '../../../components/load-state';
import { RadioOption } from '../../../components/radio-option';
import { SelectField } from '../../../components/select-field';
import { StatusMessage } from '../../../components/status-message';
import { TextAreaField, TextField } from '../../../components/text-field';
import { formatCents, formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useProgrammeRights } from '../../auth';
import {
  previewCostSplit,
  saveCostSplit,
  useCostSplits,
  useFinance,
  useRegions,
  type CostSplitPreview,
  type CostSplitRequest,
  type FinanceView,
  type RegionOption,
} from '../api/finance';
import { FinanceHeader } from './finance-nav';

/** The cost-sharing tool: amount, municipalities, key and reference year → exact shares, stored as a decision. */
export function CostSplitPage() {
  const { programmeId = '' } = useParams();
  const finance = useFinance(programmeId);
  const regions = useRegions();
  return (
    <LoadState value={finance}>
      {(f) => <LoadState value={regions}>{(r) => <CostSplitTool f={f} programme={programmeId} regions={r.items} />}</LoadState>}
    </LoadState>
  );
}

function CostSplitTool({ f, programme, regions }: { f: FinanceView; programme: string; regions: RegionOption[] }) {
  const { t } = useI18n();
  const mayStore = useProgrammeRights(f.programme.id).may('redacteur');
  const [revision, setRevision] = useState(0);
  const stored = useCostSplits(programme, revision);
  const [amount, setAmount] = useState('');
  const [key, setKey] = useState<DistributionKey>('inwoners');
  const [over, setOver] = useState<'region' | 'node'>('region');
  const [regionId, setRegionId] = useState(regions[0]?.id ?? '');
  const [nodeId, setNodeId] = useState('');
  const [year, setYear] = useState('');
  const [weights, setWeights] = useState<Record<string, string>>({});
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [result, setResult] = useState<CostSplitPreview | null>(null);
  const [saved, setSaved] = useState('');

  const region = regions.find((r) => r.id === regionId);
  const weighted = key === 'gewichten' || key === 'percentages';

  const request = (): CostSplitRequest | null => {
    const errs: Record<string, string> = {};
    const a = readDutchAmount(amount);
    if (!a.ok) errs.amount = amountProblem(a.reason);
    const y = year.trim() === '' ? null : Number(year);
    if (y !== null && !(Number.isInteger(y) && y >= 1900 && y <= 2100)) errs.year = 'Vul een jaartal in, of laat het leeg.';
    if (over === 'node' && !nodeId) errs.nodeId = 'Kies een element.';
    setErrors(errs);
    if (!a.ok || Object.keys(errs).length > 0) return null;
    return { totalCents: a.cents, key, year: y, ...(over === 'region' ? { regionId } : { nodeId }), ...(weighted ? { weights } : {}) };
  };

  const run = async (work: () => Promise<void>) => {
    setMessage(undefined);
    setSaved('');
    try {
      await work();
    } catch (e) {
      setResult(null);
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <>
      <FinanceHeader programme={programme} title={t('finance.split.title')} programmeTitle={f.programme.title} />
      <Paragraph>{t('finance.split.intro')}</Paragraph>
      <FormErrorSummary title={t('finance.split.errorTitle')} errors={errors} message={message} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const body = request();
          if (body) void run(async () => setResult(await previewCostSplit(programme, body)));
        }}
      >
        <TextField
          label={t('finance.split.amount')}
          name="amount"
          value={amount}
          onValue={setAmount}
          description={t('finance.form.amountHint')}
          errorMessage={errors.amount}
        />
        <SelectField
          label={t('finance.split.key')}
          name="key"
          value={key}
          options={DISTRIBUTION_KEYS.map((k) => ({ value: k, label: t(`finance.split.key.${k}`) }))}
          onChange={(v) => setKey(v as DistributionKey)}
        />
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">{t('finance.split.over')}</legend>
          <RadioOption name="over" value="region" checked={over === 'region'} onChange={() => setOver('region')}>
            {t('finance.split.overRegion')}
          </RadioOption>
          <RadioOption name="over" value="node" checked={over === 'node'} onChange={() => setOver('node')}>
            {t('finance.split.overNode')}
          </RadioOption>
        </fieldset>
        {over === 'region' ? (
          <SelectField
            label={t('finance.split.region')}
            name="region"
            value={regionId}
            options={regions.map((r) => ({ value: r.id, label: r.name }))}
            onChange={setRegionId}
          />
        ) : (
          <SelectField
            label={t('finance.split.node')}
            name="node"
            value={nodeId}
            emptyLabel="–"
            options={f.nodes.map((n) => ({ value: n.id, label: nodePath(f.nodes, n.id) }))}
            onChange={setNodeId}
            errorMessage={errors.nodeId}
          />
        )}
        {key === 'inwoners' && (
          <TextField
            label={t('finance.split.year')}
            name="year"
            value={year}
            onValue={setYear}
            description={t('finance.split.yearHint')}
            errorMessage={errors.year}
          />
        )}
        {weighted &&
          over === 'region' &&
          region?.municipalities.map((m) => (
            <TextField
              key={m.id}
              label={t('finance.split.weight', { name: m.name })}
              name={`weight-${m.id}`}
              value={weights[m.id] ?? ''}
              onValue={(v) => setWeights((w) => ({ ...w, [m.id]: v }))}
            />
          ))}
        <Button type="submit" appearance="primary-action-button">
          {t('finance.split.preview')}
        </Button>
      </form>

      {result && (
        <>
          <Heading2>{t('finance.split.result')}</Heading2>
          {result.referenceYear !== null && <Paragraph>{t('finance.split.referenceYear', { year: result.referenceYear })}</Paragraph>}
          <Table>
            <TableCaption>{t('finance.split.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('finance.split.col.code')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('finance.split.col.gemeente')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('finance.split.col.weight')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('finance.split.col.amount')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.rows.map((r) => (
                <TableRow key={r.organisationId} data-testid="split-row">
                  <TableCell>{r.cbsCode ?? ''}</TableCell>
                  <TableHeaderCell scope="row">{r.name}</TableHeaderCell>
                  <TableCell>{formatWeight(r.weight)}</TableCell>
                  <TableCell>{formatCents(r.cents)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
            <TableFooter>
              <TableRow>
                <TableCell />
                <TableHeaderCell scope="row">{t('finance.split.total')}</TableHeaderCell>
                <TableCell />
                <TableCell data-testid="split-total">{formatCents(result.rows.reduce((s, r) => s + r.cents, 0))}</TableCell>
              </TableRow>
            </TableFooter>
          </Table>
          {mayStore && (
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                const body = request();
                if (!body) return;
                if (title.trim() === '') {
                  setErrors({ title: 'Geef de verdeling een naam.' });
                  return;
                }
                void run(async () => {
                  await saveCostSplit(programme, { ...body, title, note: note.trim() || null });
                  setSaved(t('finance.split.saved'));
                  setRevision((r) => r + 1);
                });
              }}
            >
              <TextField label={t('finance.split.saveTitle')} name="title" value={title} onValue={setTitle} errorMessage={errors.title} />
              <TextAreaField label={t('finance.split.note')} name="note" value={note} onValue={setNote} />
              <Button type="submit" appearance="secondary-action-button">
                {t('finance.split.save')}
              </Button>
            </form>
          )}
        </>
      )}
      <StatusMessage message={saved} />

      <Heading2>{t('finance.split.stored')}</Heading2>
      <LoadState value={stored}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('finance.split.storedEmpty')}</Paragraph>
          ) : (
            <UnorderedList>
              {items.map((s) => (
                <UnorderedListItem key={s.id} data-testid="stored-split">
                  {t('finance.split.storedLine', {
                    title: s.title,
                    amount: formatCents(s.totalCents),
                    key: t(`finance.split.key.${s.key}`).toLowerCase(),
                    date: formatDate(s.decidedAt),
                  })}
                  <UnorderedList>
                    {s.rows.map((r) => (
                      <UnorderedListItem key={r.organisationId}>
                        {r.name}: {formatCents(r.cents)}
                      </UnorderedListItem>
                    ))}
                  </UnorderedList>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )
        }
      </LoadState>
    </>
  );
}

/** "32041" → "32.041", "12.5" → "12,5": weights written the Dutch way. */
function formatWeight(w: string): string {
  const [whole = '', frac] = w.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}
