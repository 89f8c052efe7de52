import { Button, ButtonGroup, Heading2, Heading3, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { SideListView } from '../../../../domain/knowledge/responses';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadState } from '../../../components/load-state';
import { PlainText } from '../../../components/plain-text';
import { StatusMessage } from '../../../components/status-message';
import { useKeptWhileLoading } from '../../../components/use-kept-while-loading';
import { TextAreaField, TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { createSideList, deleteSideList, updateSideList, useSideLists, type SideListInput } from '../api/side-lists';

const SEPARATOR = ' — ';
/** Items as the form's text: one per line, "titel — toelichting". */
export const itemsToText = (items: SideListView['items']) =>
  items.map((i) => (i.text ? `${i.title}${SEPARATOR}${i.text}` : i.title)).join('\n');
export const textToItems = (text: string): SideListInput['items'] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf(SEPARATOR);
      return at < 0
        ? { title: line, text: null }
        : { title: line.slice(0, at).trim(), text: line.slice(at + SEPARATOR.length).trim() || null };
    });

/** Named lists beside the tree of a programme (nodeId null) or a node: shown in order, editable by who may. */
export function SideListsSection({ programme, nodeId, mayEdit }: { programme: string; nodeId: string | null; mayEdit: boolean }) {
  const { t } = useI18n();
  const [revision, setRevision] = useState(0);
  const lists = useKeptWhileLoading(useSideLists(programme, nodeId, revision));
  const [editing, setEditing] = useState<SideListView | 'new' | null>(null);
  const [removing, setRemoving] = useState<SideListView | null>(null);
  const [status, setStatus] = useState('');
  const changed = (message: string) => {
    setStatus(message);
    setEditing(null);
    setRevision((r) => r + 1);
  };
  return (
    <section aria-labelledby={`lists-title-${nodeId ?? 'programma'}`} data-testid="side-lists">
      <Heading2 id={`lists-title-${nodeId ?? 'programma'}`}>{t('lists.title')}</Heading2>
      <StatusMessage message={status} testId="lists-status" />
      <LoadState value={lists}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('lists.empty')}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('lists.intro')}</Paragraph>
              {items.map((l) => (
                <section key={l.id} aria-label={l.title}>
                  <Heading3>{l.title}</Heading3>
                  {l.description && <PlainText text={l.description} />}
                  <OrderedList>
                    {l.items.map((i) => (
                      <OrderedListItem key={i.id}>
                        <strong>{i.title}</strong>
                        {i.text && (
                          <>
                            {SEPARATOR}
                            {i.text}
                          </>
                        )}
                      </OrderedListItem>
                    ))}
                  </OrderedList>
                  {mayEdit && (
                    <ButtonGroup>
                      <Button
                        type="button"
                        appearance="subtle-button"
                        aria-label={`${t('lists.edit')}: ${l.title}`}
                        onClick={() => setEditing(l)}
                      >
                        {t('lists.edit')}
                      </Button>
                      <Button
                        type="button"
                        appearance="subtle-button"
                        aria-label={`${t('lists.delete')}: ${l.title}`}
                        onClick={() => setRemoving(l)}
                      >
                        {t('lists.delete')}
                      </Button>
                    </ButtonGroup>
                  )}
                </section>
              ))}
            </>
          )
        }
      </LoadState>
      {mayEdit && editing === null && (
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" onClick={() => setEditing('new')}>
            {t('lists.add')}
          </Button>
        </ButtonGroup>
      )}
      {mayEdit && editing !== null && (
        <SideListForm
          key={editing === 'new' ? 'new' : editing.id}
          programme={programme}
          nodeId={nodeId}
          list={editing === 'new' ? null : editing}
          onSaved={(title) => changed(t('lists.saved', { title }))}
          onCancel={() => setEditing(null)}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={t('lists.deleteTitle')}
          onClose={() => setRemoving(null)}
          actions={[
            {
              label: t('lists.deleteConfirm'),
              danger: true,
              run: async () => {
                await deleteSideList(programme, removing.id, removing.version);
                setRemoving(null);
                changed(t('lists.removed', { title: removing.title }));
              },
            },
          ]}
        >
          <Paragraph>{removing.title}</Paragraph>
        </ConfirmDialog>
      )}
    </section>
  );
}

function SideListForm({
  programme,
  nodeId,
  list,
  onSaved,
  onCancel,
}: {
  programme: string;
  nodeId: string | null;
  list: SideListView | null;
  onSaved(title: string): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [title, setTitle] = useState(list?.title ?? '');
  const [description, setDescription] = useState(list?.description ?? '');
  const [items, setItems] = useState(itemsToText(list?.items ?? []));
  const [version, setVersion] = useState(list?.version ?? 0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  return (
    <form
      className="rt-form"
      aria-labelledby={`list-form-${nodeId ?? 'programma'}`}
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (!title.trim()) {
          setErrors({ title: t('lists.form.title') });
          return;
        }
        setErrors({});
        const input = { title: title.trim(), description: description.trim() || null, items: textToItems(items) };
        try {
          const saved = list ? await updateSideList(programme, list.id, version, input) : await createSideList(programme, nodeId, input);
          onSaved(saved.title);
        } catch (err) {
          if (err instanceof ApiError && err.status === 409) {
            const current = (err.details as { current?: SideListView } | null)?.current;
            if (current) {
              setTitle(current.title);
              setDescription(current.description ?? '');
              setItems(itemsToText(current.items));
              setVersion(current.version);
              setMessage(t('knowledge.conflict', { version: current.version }));
              return;
            }
          }
          setMessage(err instanceof ApiError ? err.message : String(err));
        }
      }}
    >
      <Heading3 id={`list-form-${nodeId ?? 'programma'}`}>{list ? t('lists.edit') : t('lists.add')}</Heading3>
      <FormErrorSummary title={t('lists.form.errors')} errors={errors} message={message} />
      <TextField label={t('lists.form.title')} name="listTitle" value={title} onValue={setTitle} errorMessage={errors.title} required />
      <TextAreaField label={t('lists.form.description')} name="listDescription" value={description} onValue={setDescription} rows={2} />
      <TextAreaField label={t('lists.form.items')} name="listItems" value={items} onValue={setItems} rows={6} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          {t('lists.form.save')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('lists.form.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
